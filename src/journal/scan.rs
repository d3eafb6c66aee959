//! Reads the bytes of a save into intact lines and everything else, without
//! touching the file: the same scan serves `open`, `reload`, `verify` and merging.
//! A save is read a block of lines at a time and only what its lines say is
//! kept (each event, and where each line is), never the file's text, so
//! reading a long save takes little more memory than its events.

use std::io::{self, Read, Seek, SeekFrom};
use std::ops::Range;
use std::sync::Arc;

use std::collections::HashMap;

use chrono::{DateTime, FixedOffset};

use super::codec::{
    Codec, Decoded, Envelope, Header, Line, decode_header, decode_line, line_content, looks_sealed,
    out_of_range, sealed_parts, verified_payload,
};
use super::error::{HeaderProblem, LineDamage};
use super::event::{Event, EventId, Kind};
use super::keys::Keys;
use super::seal::SealProblem;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A damaged line, kept out of the replay and reported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetAside {
    /// 1-based; the header is line 1.
    pub line: usize,
    pub damage: LineDamage,
    /// The line's bytes as found (without line end).
    pub bytes: Vec<u8>,
}

/// An intact line this build cannot read: left in place, reported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewerLine {
    pub line: usize,
    pub id: Option<EventId>,
    pub why: String,
}

/// How the file ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tail {
    /// Ends with a line end (or is just the header and a line end).
    Clean,
    /// The last line is intact but has no line end.
    MissingNewline { line: usize },
    /// The last line is intact and ends in one damaged byte where its line
    /// end was: the event is whole (a torn write never ends past a line).
    DamagedNewline { line: usize },
    /// The last line is incomplete or damaged and has no line end: a write cut
    /// short. `start` is its offset in the file.
    Torn { line: usize, start: u64 },
}

/// Why the first line does not make the file a save.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotASave {
    Empty,
    Header(HeaderProblem),
    /// The first line is damaged, and what follows it reads as a save's lines.
    DamagedHeader(HeaderProblem),
    /// An encrypted save the keys given do not open.
    Sealed(SealProblem),
}

/// Where an intact line with an id is in its file. The journal keeps this
/// instead of the line's text, and reads the text again when a merge needs it;
/// its id and time are its event's (see `Body::entries`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placed {
    /// The line's first byte in the file.
    pub start: u64,
    /// Its length in bytes, without line end.
    pub len: u32,
    /// 1-based; the header is line 1.
    pub number: u32,
}

impl Placed {
    fn new(base: u64, span: Range<usize>, number: usize) -> Placed {
        Placed {
            start: base + span.start as u64,
            len: span.len() as u32,
            number: number as u32,
        }
    }

    /// Its bytes, as a range of a buffer holding the whole file.
    pub fn span(&self) -> Range<usize> {
        let start = self.start as usize;
        start..start + self.len as usize
    }
}

/// Everything read from a file's lines after the header. Reading on from
/// where it stopped continues the same record (that is how `reload` works).
/// No line's text is kept: where it is, and its event.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Body {
    /// Intact lines with an id, file order, each id once.
    pub placed: Vec<Placed>,
    /// The events among `placed`, same order.
    pub events: Vec<Event>,
    pub set_aside: Vec<SetAside>,
    pub newer: Vec<NewerLine>,
    /// The places in `placed`, sorted by id. Checking a million ids is one
    /// pass over a list that is nearly always sorted already (ids are UUIDv7,
    /// and lines are appended as they are made), where a hash table would
    /// take a million scattered writes.
    index: Vec<u32>,
    /// The lines without an event (from a newer version), by place in
    /// `placed`, ascending, with the id and time their envelope gives.
    without_event: Vec<(usize, EventId, DateTime<FixedOffset>)>,
    /// Whether any line read is a `Settle` entry (see `settle`).
    has_settle: bool,
    /// Whether any line read is an `Erase` entry (see `erased`).
    has_erase: bool,
    /// How its lines are read: plain, or opened with the save's key.
    pub codec: Codec,
}

/// What a line with an id holds: an event, or a newer version's envelope.
enum Content {
    Event(Event),
    Newer(EventId, DateTime<FixedOffset>),
}

/// How reading to the end of a file ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ending {
    pub tail: Tail,
    /// The bytes after the last line end: a torn line, or one missing its line end.
    pub tail_bytes: Vec<u8>,
    /// The file offset just past the last line end.
    pub end: u64,
    /// The number of the line after the last whole one.
    pub next_line: usize,
}

impl Body {
    pub fn contains(&self, id: &EventId) -> bool {
        self.index
            .binary_search_by(|&at| self.id_at(at as usize).cmp(id))
            .is_ok()
    }

    /// The id of the line at place `at` of `placed`.
    fn id_at(&self, at: usize) -> EventId {
        match self.without_event.binary_search_by_key(&at, |w| w.0) {
            Ok(newer) => self.without_event[newer].1,
            Err(before) => self.events[at - before].id,
        }
    }

    /// Each line with an id: its id, its time and where it is, file order.
    pub fn entries(&self) -> impl Iterator<Item = (EventId, DateTime<FixedOffset>, Placed)> {
        let mut events = self.events.iter();
        let mut newer = self.without_event.iter().peekable();
        self.placed
            .iter()
            .enumerate()
            .filter_map(move |(at, placed)| match newer.next_if(|w| w.0 == at) {
                Some(&(_, id, time)) => Some((id, time, *placed)),
                None => events.next().map(|e| (e.id, e.at, *placed)),
            })
    }

    /// The lines, their text taken from `bytes`, the file they were read from.
    pub fn lines_in(&self, bytes: Vec<u8>) -> Vec<Line> {
        match String::from_utf8(bytes) {
            Ok(text) => {
                let source = Arc::new(text);
                self.entries()
                    .map(|(id, at, p)| Line::in_source(id, at, &source, p.span()))
                    .collect()
            }
            // Some other line is not UTF-8; each intact one is on its own.
            Err(e) => {
                let bytes = e.into_bytes();
                self.entries()
                    .map(|(id, at, p)| {
                        let text = String::from_utf8_lossy(&bytes[p.span()]).into_owned();
                        let len = text.len();
                        Line::in_source(id, at, &Arc::new(text), 0..len)
                    })
                    .collect()
            }
        }
    }

    /// Puts the version each `Settle` entry chose (the latest one, in replay
    /// order) in place of the entry it names, so two devices whose files hold
    /// different lines for one id replay the same event. A chosen version
    /// that is not a readable event with that id is ignored.
    fn settle(&mut self) {
        if !self.has_settle {
            return;
        }
        let mut chosen: HashMap<EventId, (DateTime<FixedOffset>, EventId, Event)> = HashMap::new();
        for entry in &self.events {
            let Kind::Settle { event, keep } = &entry.kind else {
                continue;
            };
            let Ok(version) = ron::from_str::<Event>(keep) else {
                continue;
            };
            let fits = version.id == *event
                && out_of_range(&version).is_none()
                && !matches!(version.kind, Kind::Settle { .. });
            let later = chosen
                .get(event)
                .is_none_or(|(at, id, _)| (entry.at, entry.id) > (*at, *id));
            if fits && later {
                chosen.insert(*event, (entry.at, entry.id, version));
            }
        }
        for event in &mut self.events {
            if let Some((_, _, version)) = chosen.get(&event.id)
                && event != version
            {
                *event = version.clone();
            }
        }
    }

    /// The entries whose words an `Erase` entry erased.
    pub fn erased(&self) -> std::collections::HashSet<EventId> {
        if !self.has_erase {
            return Default::default();
        }
        self.events
            .iter()
            .filter_map(|e| match e.kind {
                Kind::Erase { event } => Some(event),
                _ => None,
            })
            .collect()
    }

    /// Keeps erased words out of the events read, even while a line in the
    /// file still holds them (a file that cannot be rewritten yet).
    fn forget_erased(&mut self) {
        let erased = self.erased();
        if erased.is_empty() {
            return;
        }
        for event in &mut self.events {
            if erased.contains(&event.id) && event.has_words() {
                *event = event.without_words();
            }
        }
    }

    /// Whether a `Settle` entry names `id`: its versions are no conflict.
    pub fn is_settled(&self, id: EventId) -> bool {
        self.has_settle
            && self
                .events
                .iter()
                .any(|e| matches!(&e.kind, Kind::Settle { event, .. } if *event == id))
    }

    /// Adds an event this process just wrote, whose id the body lacks.
    pub fn push_event(&mut self, placed: Placed, event: Event) {
        debug_assert!(!self.contains(&event.id));
        let sorted_at = self
            .index
            .partition_point(|&other| self.id_at(other as usize) < event.id);
        self.push(placed, Content::Event(event));
        let at = self.placed.len() as u32 - 1;
        self.index.pop();
        self.index.insert(sorted_at, at);
        self.settle();
        self.forget_erased();
    }

    fn reserve(&mut self, lines: usize) {
        self.placed.reserve(lines);
        self.events.reserve(lines);
        self.index.reserve(lines);
    }

    /// Adds a line whose content is already known, leaving its id
    /// unchecked until `check_ids`.
    fn push(&mut self, placed: Placed, content: Content) {
        let at = self.placed.len();
        self.index.push(at as u32);
        match content {
            Content::Event(event) => {
                self.has_settle |= matches!(event.kind, Kind::Settle { .. });
                self.has_erase |= matches!(event.kind, Kind::Erase { .. });
                self.events.push(event);
            }
            Content::Newer(id, time) => self.without_event.push((at, id, time)),
        }
        self.placed.push(placed);
    }

    /// Reads the line at `span` of `bytes`, which start at file offset `base`.
    fn take(&mut self, number: usize, base: u64, bytes: &[u8], span: Range<usize>) {
        let line = &bytes[span.clone()];
        match std::str::from_utf8(line) {
            Ok(text) => self.take_span(number, base + span.start as u64, text, 0..text.len()),
            Err(e) => self.set_aside(
                number,
                LineDamage::NotUtf8 {
                    at: e.valid_up_to(),
                },
                line,
            ),
        }
    }

    /// Reads the line at `span` of `source` (without its line end), whose
    /// first byte is at file offset `base`; its id is checked later by `check_ids`.
    fn take_span(&mut self, number: usize, base: u64, source: &str, span: Range<usize>) {
        if let Some(span) = content_of(source, span) {
            let decoded = self.codec.decode(&source[span.clone()]);
            self.accept(number, base, source, span, decoded);
        }
    }

    /// Keeps a decoded line: its event, a newer version's line, or damage.
    fn accept(
        &mut self,
        number: usize,
        base: u64,
        source: &str,
        span: Range<usize>,
        decoded: Result<Decoded, LineDamage>,
    ) {
        match decoded {
            Ok(Decoded::Event(event)) => {
                self.push(Placed::new(base, span, number), Content::Event(event));
            }
            Ok(Decoded::Newer { envelope, why }) => {
                self.newer.push(NewerLine {
                    line: number,
                    id: envelope.as_ref().map(|e| e.id),
                    why,
                });
                if let Some(envelope) = envelope {
                    let placed = Placed::new(base, span, number);
                    self.push(placed, Content::Newer(envelope.id, envelope.at));
                }
            }
            Err(damage) => self.set_aside(number, damage, source[span].as_bytes()),
        }
    }

    /// Checks the ids of the lines pushed since the index held `checked`
    /// places. The first line with an id stays; a repeat with the same content
    /// is dropped, one with different content is set aside. `text` reads a
    /// line's bytes again (only ever for a repeat).
    fn check_ids(
        &mut self,
        checked: usize,
        set_aside_before: usize,
        text: &mut dyn FnMut(&Placed) -> io::Result<Vec<u8>>,
    ) -> io::Result<()> {
        let id = |at: &u32| self.id_at(*at as usize);
        let unchecked = &self.index[checked.saturating_sub(1)..];
        if unchecked.is_sorted_by(|a, b| id(a) < id(b)) {
            return Ok(());
        }
        // Sorted with each id beside its place rather than looked up at every
        // comparison. Stable: for one id, the first is the line that came first.
        let mut keyed: Vec<(EventId, u32)> = self.index.iter().map(|at| (id(at), *at)).collect();
        keyed.sort_by_key(|(id, _)| *id);
        let mut repeats = Vec::new();
        keyed.dedup_by(|later, first| {
            let repeat = later.0 == first.0;
            if repeat {
                repeats.push((later.1 as usize, first.1 as usize));
            }
            repeat
        });
        self.index.clear();
        self.index.extend(keyed.into_iter().map(|(_, at)| at));
        if repeats.is_empty() {
            return Ok(());
        }
        for &(later, first) in &repeats {
            let (repeat, kept) = (self.placed[later], self.placed[first]);
            let bytes = text(&repeat)?;
            if line_content(&bytes) != line_content(&text(&kept)?) {
                self.set_aside.push(SetAside {
                    line: repeat.number as usize,
                    damage: LineDamage::DuplicateId {
                        id: self.id_at(later),
                        first_line: kept.number as usize,
                    },
                    bytes,
                });
            }
        }
        self.set_aside[set_aside_before..].sort_by_key(|s| s.line);
        let mut gone: Vec<usize> = repeats.iter().map(|(later, _)| *later).collect();
        gone.sort_unstable();
        self.remove_lines(&gone);
        Ok(())
    }

    /// Removes the lines at the ascending places `gone` (already out of the
    /// index) and their events.
    fn remove_lines(&mut self, gone: &[usize]) {
        let newer_at = |at: &usize| self.without_event.binary_search_by_key(at, |w| w.0);
        let gone_events: Vec<usize> = gone
            .iter()
            .filter(|at| newer_at(at).is_err())
            .map(|&at| at - self.without_event.partition_point(|w| w.0 < at))
            .collect();
        remove_at(&mut self.events, &gone_events);
        remove_at(&mut self.placed, gone);
        let moved = |at: usize| at - gone.partition_point(|&g| g < at);
        self.without_event
            .retain(|w| gone.binary_search(&w.0).is_err());
        for w in &mut self.without_event {
            w.0 = moved(w.0);
        }
        for at in &mut self.index {
            *at = moved(*at as usize) as u32;
        }
    }

    fn set_aside(&mut self, line: usize, damage: LineDamage, bytes: &[u8]) {
        self.set_aside.push(SetAside {
            line,
            damage,
            bytes: bytes.to_vec(),
        });
    }

    /// Reads whole lines: `bytes` ends with a line end (or is empty), starts
    /// at file offset `base` with line number `first_line`. Returns the
    /// number of the line after them.
    fn scan_lines(&mut self, bytes: &[u8], base: u64, first_line: usize) -> usize {
        let mut number = first_line;
        match std::str::from_utf8(bytes) {
            Ok(text) => {
                let mut at = 0;
                let mut spans = Vec::new();
                for line in text.split_terminator('\n') {
                    if let Some(span) = content_of(text, at..at + line.len()) {
                        spans.push((number, span));
                    }
                    at += line.len() + 1;
                    number += 1;
                }
                for ((number, span), decoded) in
                    spans
                        .iter()
                        .cloned()
                        .zip(decode_all(&self.codec, text, &spans))
                {
                    self.accept(number, base, text, span, decoded);
                }
            }
            // Some line is not UTF-8: each is read on its own.
            Err(_) => {
                let mut at = 0;
                while at < bytes.len() {
                    let end = bytes[at..]
                        .iter()
                        .position(|&b| b == b'\n')
                        .map_or(bytes.len(), |i| at + i);
                    self.take(number, base, bytes, at..end);
                    at = end + 1;
                    number += 1;
                }
            }
        }
        number
    }

    /// Reads `reader` to its end, a block of whole lines at a time, so the
    /// file's text is never all in memory. `pending` holds bytes already read
    /// from it; they start at file offset `base` with line number
    /// `first_line`. `size` is about where the reader ends (room for the
    /// lines is made once, from the first block). Then the ids are checked;
    /// a repeat's text is read again through `reader`.
    pub fn read_to_end<R: Read + Seek>(
        &mut self,
        reader: &mut R,
        pending: Vec<u8>,
        base: u64,
        first_line: usize,
        size: u64,
    ) -> io::Result<Ending> {
        self.read_blocks(reader, pending, base, first_line, size, block_size())
    }

    fn read_blocks<R: Read + Seek>(
        &mut self,
        reader: &mut R,
        mut pending: Vec<u8>,
        mut base: u64,
        first_line: usize,
        size: u64,
        block: usize,
    ) -> io::Result<Ending> {
        let (checked, set_aside_before) = (self.index.len(), self.set_aside.len());
        let mut number = first_line;
        let mut reserved = false;
        let mut target = block;
        loop {
            let ended = fill(reader, &mut pending, target)?;
            if let Some(last) = pending.iter().rposition(|&b| b == b'\n') {
                let before = self.placed.len();
                number = self.scan_lines(&pending[..=last], base, number);
                base += last as u64 + 1;
                pending.drain(..=last);
                target = block;
                if !reserved {
                    reserved = true;
                    let per_byte = (self.placed.len() - before) as f64 / (last + 1) as f64;
                    let rest = size.saturating_sub(base) as f64;
                    self.reserve((rest * per_byte * 1.02) as usize + 16);
                }
            } else if !ended {
                // A line longer than a block: read on until it ends.
                target = pending.len().max(1) * 2;
            }
            if ended {
                break;
            }
        }
        let tail = if pending.is_empty() {
            Tail::Clean
        } else if is_intact(&self.codec, &pending) {
            self.take(number, base, &pending, 0..pending.len());
            number += 1;
            Tail::MissingNewline { line: number - 1 }
        } else if pending.len() > 1 && is_intact(&self.codec, &pending[..pending.len() - 1]) {
            self.take(number, base, &pending, 0..pending.len() - 1);
            number += 1;
            Tail::DamagedNewline { line: number - 1 }
        } else {
            Tail::Torn {
                line: number,
                start: base,
            }
        };
        let mut read_again = |placed: &Placed| -> io::Result<Vec<u8>> {
            reader.seek(SeekFrom::Start(placed.start))?;
            let mut bytes = vec![0; placed.len as usize];
            reader.read_exact(&mut bytes)?;
            Ok(bytes)
        };
        self.check_ids(checked, set_aside_before, &mut read_again)?;
        self.settle();
        self.forget_erased();
        Ok(Ending {
            tail,
            tail_bytes: pending,
            end: base,
            next_line: number,
        })
    }
}

/// How many bytes of a save are decoded at a time: enough lines to keep every
/// core busy, few enough that the file's text is never all in memory.
fn block_size() -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    (cores << 21).max(4 << 20)
}

/// Reads from `reader` until `buffer` holds `target` bytes or the reader
/// ends; says whether it ended.
fn fill(reader: &mut impl Read, buffer: &mut Vec<u8>, target: usize) -> io::Result<bool> {
    buffer.reserve(target.saturating_sub(buffer.len()));
    while buffer.len() < target {
        let want = (target - buffer.len()) as u64;
        match reader.by_ref().take(want).read_to_end(buffer) {
            Ok(0) => return Ok(true),
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(false)
}

/// The span of a line without its `\r`, or `None` for a blank line.
fn content_of(source: &str, mut span: Range<usize>) -> Option<Range<usize>> {
    if source[span.clone()].ends_with('\r') {
        span.end -= 1;
    }
    (!source[span.clone()].trim().is_empty()).then_some(span)
}

/// Below this many lines a save is decoded on the calling thread alone. A
/// block holds half as many encrypted lines as plain ones (they are longer),
/// and each costs more to decode, so the bar is low enough for both to
/// split a block between two cores; a thread costs tens of microseconds.
const LINES_PER_THREAD: usize = 4096;

/// Decodes the lines at `spans` of `source`, in order. Checksums and parsing
/// are most of the time it takes to open a save and each line stands alone,
/// so a long save is decoded in chunks on every core (a phone has 6 to 8).
fn decode_all(
    codec: &Codec,
    source: &str,
    spans: &[(usize, Range<usize>)],
) -> Vec<Result<Decoded, LineDamage>> {
    let decode = |chunk: &[(usize, Range<usize>)]| -> Vec<_> {
        chunk
            .iter()
            .map(|(_, span)| codec.decode(&source[span.clone()]))
            .collect()
    };
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads = cores.min(spans.len() / LINES_PER_THREAD).max(1);
    if threads == 1 {
        return decode(spans);
    }
    let chunk = spans.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let workers: Vec<_> = spans
            .chunks(chunk)
            .skip(1)
            .map(|part| scope.spawn(move || decode(part)))
            .collect();
        let mut decoded = decode(&spans[..chunk]);
        for worker in workers {
            // A worker only panics if decoding panics, which it would here too.
            match worker.join() {
                Ok(part) => decoded.extend(part),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        decoded
    })
}

/// A last line without line end that reads as a whole line.
fn is_intact(codec: &Codec, tail: &[u8]) -> bool {
    std::str::from_utf8(tail)
        .ok()
        .map(|text| text.strip_suffix('\r').unwrap_or(text))
        .is_some_and(|text| codec.decode(text).is_ok())
}

/// Removes the items at the ascending places `gone`.
fn remove_at<T>(items: &mut Vec<T>, gone: &[usize]) {
    let mut at = 0;
    let mut next = gone.iter().peekable();
    items.retain(|_| {
        let keep = next.peek() != Some(&&at);
        if !keep {
            next.next();
        }
        at += 1;
        keep
    });
}

/// Whether an intact event line is among the first lines after a first line
/// (`start` holds what was read after it). A few lines tell a save with a
/// damaged header from any other file without reading the whole file.
fn event_lines_follow<R: Read>(reader: &mut R, start: &[u8]) -> bool {
    let mut bytes = start.to_vec();
    let _ = fill(reader, &mut bytes, 64 << 10);
    bytes
        .split(|&b| b == b'\n')
        .take(16)
        .filter_map(|line| std::str::from_utf8(line).ok())
        .any(|line| {
            let line = line.trim_end_matches('\r');
            matches!(decode_line(line), Ok(Decoded::Event(_))) || looks_sealed(line)
        })
}

/// A whole file, scanned.
#[derive(Clone, Debug)]
pub struct Scanned {
    pub header: Header,
    /// The header line as found, without line end.
    pub header_text: String,
    pub body: Body,
    pub tail: Tail,
    /// The bytes after the last line end.
    pub tail_bytes: Vec<u8>,
    /// Offset just past the last line end.
    pub complete_end: u64,
    pub next_line: usize,
}

/// The header a file's bytes start with, if they start with one.
pub fn header_of(bytes: &[u8]) -> Option<Header> {
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    let end = bytes
        .iter()
        .position(|&b| b == b'\n')
        .unwrap_or(bytes.len());
    let line = std::str::from_utf8(&bytes[..end]).ok()?;
    decode_header(line.strip_suffix('\r').unwrap_or(line)).ok()
}

/// The ids of the intact lines in `bytes`, plain or sealed, read without a
/// key: enough to tell which garden a file's lines belong to.
pub fn line_ids(bytes: &[u8]) -> Vec<EventId> {
    bytes
        .split(|&b| b == b'\n')
        .filter_map(|line| std::str::from_utf8(line).ok())
        .filter_map(|line| {
            let payload = verified_payload(line.trim_end_matches('\r')).ok()?;
            match sealed_parts(payload) {
                Some((id, _)) => Some(id),
                None => ron::from_str::<Envelope>(payload).ok().map(|e| e.id),
            }
        })
        .collect()
}

/// Reads a whole save from `reader` (a file, or a `Cursor` on its bytes) of
/// about `size` bytes. The outer error is the reader's; the inner one says
/// why the file is not a save.
pub fn scan_file<R: Read + Seek>(
    reader: &mut R,
    size: u64,
    keys: &Keys,
) -> io::Result<Result<Scanned, NotASave>> {
    let mut bytes = Vec::new();
    let mut target = 4096;
    let header_end = loop {
        let ended = fill(reader, &mut bytes, target)?;
        if let Some(end) = bytes.iter().position(|&b| b == b'\n') {
            break Some(end);
        }
        if ended {
            break None;
        }
        target *= 2;
    };
    if bytes.is_empty() {
        return Ok(Err(NotASave::Empty));
    }
    let header_start = if bytes.starts_with(BOM) { BOM.len() } else { 0 };
    let header_bytes = &bytes[header_start..header_end.unwrap_or(bytes.len()).max(header_start)];
    let Ok(header_text) = std::str::from_utf8(header_bytes) else {
        return Ok(Err(NotASave::Header(HeaderProblem::NotUtf8)));
    };
    let header_text = header_text.strip_suffix('\r').unwrap_or(header_text);
    let header = match decode_header(header_text) {
        Ok(header) => header,
        Err(why) if header_end.is_some_and(|end| event_lines_follow(reader, &bytes[end + 1..])) => {
            return Ok(Err(NotASave::DamagedHeader(why)));
        }
        Err(why) => return Ok(Err(NotASave::Header(why))),
    };
    let header_text = header_text.to_owned();
    let codec = match keys.codec_for(&header) {
        Ok(codec) => codec,
        Err(problem) => return Ok(Err(NotASave::Sealed(problem))),
    };
    let mut body = Body {
        codec,
        ..Body::default()
    };
    let ending = match header_end {
        Some(end) => {
            let rest = bytes.split_off(end + 1);
            body.read_to_end(reader, rest, end as u64 + 1, 2, size)?
        }
        None => Ending {
            tail: Tail::MissingNewline { line: 1 },
            tail_bytes: Vec::new(),
            end: bytes.len() as u64,
            next_line: 2,
        },
    };
    Ok(Ok(Scanned {
        header,
        header_text,
        body,
        tail: ending.tail,
        tail_bytes: ending.tail_bytes,
        complete_end: ending.end,
        next_line: ending.next_line,
    }))
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use chrono::DateTime;
    use uuid::Uuid;

    use super::*;
    use crate::journal::codec::encode_event;
    use crate::journal::event::{Kind, Partner};

    fn line(n: u128, note: &str) -> String {
        let event = Event {
            id: EventId(Uuid::from_u128(
                0x0190_0000_0000_7000_8000_0000_0000_0000 | n,
            )),
            by: Partner::A,
            at: DateTime::parse_from_rfc3339("2025-03-01T21:15:00+01:00").unwrap(),
            kind: Kind::Kindness,
            note: Some(note.to_owned()),
        };
        encode_event(&event).unwrap()
    }

    fn checksummed(payload: &str) -> String {
        format!(
            "{payload} // crc32c={:08x}",
            crc32c::crc32c(payload.as_bytes())
        )
    }

    /// Lines after a header: events out of id order, a blank line, a CRLF
    /// line, a long line, damage, a line from a newer version, and both kinds
    /// of repeat.
    fn body_bytes() -> Vec<u8> {
        let newer = line(9, "x").replace("Kindness", "Hug(seconds:20)");
        let newer = checksummed(newer.split(" // ").next().unwrap());
        let changed = line(2, "second").replace("second", "other");
        let lines = [
            line(3, "third"),
            line(1, "first"),
            String::new(),
            line(2, "second") + "\r",
            line(4, &"long ".repeat(100)),
            line(5, "fifth").replace("fifth", "fiftH"),
            newer,
            line(1, "first"),
            checksummed(changed.split(" // ").next().unwrap()),
            line(6, "sixth"),
        ];
        let mut bytes = lines.join("\n").into_bytes();
        bytes.push(b'\n');
        bytes
    }

    fn read(bytes: &[u8], block: usize) -> (Body, Ending) {
        let mut body = Body::default();
        let size = bytes.len() as u64;
        let ending = body
            .read_blocks(&mut Cursor::new(bytes), Vec::new(), 0, 2, size, block)
            .unwrap();
        (body, ending)
    }

    #[test]
    fn a_save_read_in_blocks_of_any_size_reads_as_at_once() {
        let whole = body_bytes();
        let mut not_utf8 = whole.clone();
        not_utf8.extend_from_slice(b"\xff\xfe\n");
        let mut torn = whole.clone();
        torn.extend_from_slice(&line(7, "seventh").as_bytes()[..40]);
        let mut unended = whole.clone();
        unended.extend_from_slice(line(8, "eighth").as_bytes());
        for bytes in [whole, not_utf8, torn, unended] {
            let at_once = read(&bytes, 1 << 20);
            assert!(at_once.0.events.len() >= 5, "{:?}", at_once.0.set_aside);
            assert!(at_once.0.set_aside.len() >= 2, "{:?}", at_once.0.set_aside);
            for block in [1, 2, 7, 64, 150, 700, 4096] {
                assert_eq!(read(&bytes, block), at_once, "blocks of {block}");
            }
            let entries: Vec<_> = at_once.0.entries().collect();
            assert_eq!(entries.len(), at_once.0.placed.len());
            assert!(entries.len() > at_once.0.events.len(), "a newer line");
            for (id, _, p) in entries {
                let text = std::str::from_utf8(&bytes[p.span()]).unwrap();
                let start = format!("(id:\"{id}\"");
                assert!(text.starts_with(&start) && !text.ends_with('\r'), "{text}");
            }
        }
    }

    #[test]
    fn a_file_read_on_from_where_it_stopped_reads_as_at_once() {
        let bytes = body_bytes();
        let at_once = read(&bytes, 1 << 20);
        let split = bytes.len() / 2;
        let split = split + bytes[split..].iter().position(|&b| b == b'\n').unwrap() + 1;
        let mut reader = Cursor::new(&bytes[..]);
        reader.set_position(split as u64);
        let mut half = Body::default();
        let mut head = Cursor::new(&bytes[..split]);
        let first = half
            .read_blocks(&mut head, Vec::new(), 0, 2, 0, 64)
            .unwrap();
        assert_eq!(first.end, split as u64);
        let second = half
            .read_blocks(&mut reader, Vec::new(), first.end, first.next_line, 0, 64)
            .unwrap();
        assert_eq!((half, second), at_once);
    }
}
