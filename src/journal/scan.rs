//! Reads the bytes of a save into intact lines and everything else, without
//! touching the file: the same scan serves `open`, `reload`, `verify` and merging.

use std::ops::Range;
use std::sync::Arc;

use super::codec::{Decoded, Header, Line, decode_header, decode_line};
use super::error::LineDamage;
use super::event::{Event, EventId};
use super::id_map::IdMap;

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
    /// The last line is incomplete or damaged and has no line end: a write cut
    /// short. `start` is its byte offset.
    Torn { line: usize, start: usize },
}

/// Why the first line does not make the file a save.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotASave {
    Empty,
    Header(String),
}

/// A file's bytes. Text that is UTF-8 throughout (the usual case) is kept once
/// and shared by the lines read from it; other bytes are read line by line.
pub enum Source {
    Text(Arc<String>),
    Bytes(Vec<u8>),
}

impl Source {
    pub fn new(bytes: Vec<u8>) -> Source {
        match String::from_utf8(bytes) {
            Ok(text) => Source::Text(Arc::new(text)),
            Err(e) => Source::Bytes(e.into_bytes()),
        }
    }

    pub fn as_bytes(&self) -> &[u8] {
        match self {
            Source::Text(text) => text.as_bytes(),
            Source::Bytes(bytes) => bytes,
        }
    }
}

/// Where an id is: its place in `Body::lines` and its file line.
#[derive(Clone, Copy, Debug)]
struct Slot {
    id: EventId,
    line: usize,
    number: usize,
}

/// Everything read from a file's lines after the header. Appending more bytes
/// and scanning them continues the same record (that is how `reload` works).
#[derive(Clone, Debug, Default)]
pub struct Body {
    /// Intact lines with an id, file order, each id once.
    pub lines: Vec<Line>,
    /// The events among `lines`, same order.
    pub events: Vec<Event>,
    pub set_aside: Vec<SetAside>,
    pub newer: Vec<NewerLine>,
    /// Every id of `lines`, sorted by id. Checking a million ids is one pass
    /// over a list that is nearly always sorted already (ids are UUIDv7, and
    /// lines are appended as they are made), where a hash table would take a
    /// million scattered writes.
    index: Vec<Slot>,
    /// The places in `lines` of the lines without an event, ascending.
    without_event: Vec<usize>,
}

impl Body {
    pub fn contains(&self, id: &EventId) -> bool {
        self.index.binary_search_by(|slot| slot.id.cmp(id)).is_ok()
    }

    /// Adds an event this process just wrote (or already read) as line `number`.
    pub fn push_event(&mut self, number: usize, line: Line, event: Event) {
        let checked = self.index.len();
        let set_aside = self.set_aside.len();
        self.push(number, line, Some(event));
        self.check_ids(checked, set_aside);
    }

    /// The body of a save just rewritten as `source`: the header, then
    /// `lines`, the merge of `ours` and `theirs` starting at byte `first`.
    /// The events are taken from the two bodies instead of parsing every line
    /// again; only a line whose event neither holds is read.
    pub fn of_merge(
        source: &Arc<String>,
        first: usize,
        lines: &[Line],
        ours: Body,
        theirs: Body,
    ) -> Body {
        let mut events = IdMap::with_capacity_and_hasher(
            ours.events.len() + theirs.events.len(),
            Default::default(),
        );
        // Where both hold an id the merge kept our line, so only our event fits.
        let theirs_only = theirs.events.into_iter().filter(|e| !ours.contains(&e.id));
        events.extend(theirs_only.map(|e| (e.id, e)));
        events.extend(ours.events.into_iter().map(|e| (e.id, e)));
        let mut body = Body::default();
        body.lines.reserve(lines.len());
        body.events.reserve(lines.len());
        body.index.reserve(lines.len());
        let mut at = first;
        for (number, line) in (2..).zip(lines) {
            let span = at..at + line.text().len();
            at = span.end + 1;
            match events.remove(&line.id) {
                Some(event) => {
                    let line = Line::in_source(line.id, line.at, source, span);
                    body.push(number, line, Some(event));
                }
                None => body.take_span(number, source, span),
            }
        }
        body.check_ids(0, 0);
        body
    }

    /// Adds a line whose event is already known, leaving its id unchecked
    /// until `check_ids`.
    fn push(&mut self, number: usize, line: Line, event: Option<Event>) {
        let at = self.lines.len();
        self.index.push(Slot {
            id: line.id,
            line: at,
            number,
        });
        match event {
            Some(event) => self.events.push(event),
            None => self.without_event.push(at),
        }
        self.lines.push(line);
    }

    fn take(&mut self, number: usize, bytes: &[u8]) {
        match std::str::from_utf8(bytes) {
            Ok(text) => {
                let source = Arc::new(text.to_owned());
                self.take_span(number, &source, 0..text.len());
            }
            Err(e) => self.set_aside(
                number,
                LineDamage::NotUtf8 {
                    at: e.valid_up_to(),
                },
                bytes,
            ),
        }
    }

    /// Reads the line at `span` of `source` (without its line end); its id is
    /// checked later by `check_ids`.
    fn take_span(&mut self, number: usize, source: &Arc<String>, span: Range<usize>) {
        if let Some(span) = content_of(source, span) {
            let decoded = decode_line(&source[span.clone()]);
            self.accept(number, source, span, decoded);
        }
    }

    /// Keeps a decoded line: its event, a newer version's line, or damage.
    fn accept(
        &mut self,
        number: usize,
        source: &Arc<String>,
        span: Range<usize>,
        decoded: Result<Decoded, LineDamage>,
    ) {
        match decoded {
            Ok(Decoded::Event(event)) => {
                let line = Line::in_source(event.id, event.at, source, span);
                self.push(number, line, Some(event));
            }
            Ok(Decoded::Newer { envelope, why }) => {
                self.newer.push(NewerLine {
                    line: number,
                    id: envelope.as_ref().map(|e| e.id),
                    why,
                });
                if let Some(envelope) = envelope {
                    let line = Line::in_source(envelope.id, envelope.at, source, span);
                    self.push(number, line, None);
                }
            }
            Err(damage) => self.set_aside(number, damage, source[span].as_bytes()),
        }
    }

    /// Checks the ids of the lines pushed since the index held `checked`
    /// slots. The first line with an id stays; a repeat with the same content
    /// is dropped, one with different content is set aside.
    fn check_ids(&mut self, checked: usize, set_aside_before: usize) {
        let unchecked = &self.index[checked.saturating_sub(1)..];
        if unchecked.is_sorted_by(|a, b| a.id < b.id) {
            return;
        }
        // Stable: for one id, the first slot is the line that came first.
        self.index.sort_by_key(|slot| slot.id);
        let mut repeats = Vec::new();
        self.index.dedup_by(|later, first| {
            let repeat = later.id == first.id;
            if repeat {
                repeats.push((*later, *first));
            }
            repeat
        });
        if repeats.is_empty() {
            return;
        }
        for (later, first) in &repeats {
            let (repeat, kept) = (&self.lines[later.line], &self.lines[first.line]);
            if repeat.content() != kept.content() {
                let bytes = repeat.text().as_bytes().to_vec();
                self.set_aside.push(SetAside {
                    line: later.number,
                    damage: LineDamage::DuplicateId {
                        id: later.id,
                        first_line: first.number,
                    },
                    bytes,
                });
            }
        }
        self.set_aside[set_aside_before..].sort_by_key(|s| s.line);
        let mut gone: Vec<usize> = repeats.iter().map(|(later, _)| later.line).collect();
        gone.sort_unstable();
        self.remove_lines(&gone);
    }

    /// Removes the lines at the ascending places `gone` (whose slots are
    /// already out of the index) and their events.
    fn remove_lines(&mut self, gone: &[usize]) {
        let gone_events: Vec<usize> = gone
            .iter()
            .filter(|at| self.without_event.binary_search(at).is_err())
            .map(|&at| at - self.without_event.partition_point(|&other| other < at))
            .collect();
        remove_at(&mut self.events, &gone_events);
        remove_at(&mut self.lines, gone);
        let moved = |at: usize| at - gone.partition_point(|&g| g < at);
        self.without_event
            .retain(|at| gone.binary_search(at).is_err());
        for at in &mut self.without_event {
            *at = moved(*at);
        }
        for slot in &mut self.index {
            slot.line = moved(slot.line);
        }
    }

    fn set_aside(&mut self, line: usize, damage: LineDamage, bytes: &[u8]) {
        self.set_aside.push(SetAside {
            line,
            damage,
            bytes: bytes.to_vec(),
        });
    }

    /// Scans `source[start..]`, whose first line is line number `first_line`.
    /// Returns how the bytes end, the offset just past the last line end, and
    /// the number of the line after it.
    pub fn scan(
        &mut self,
        source: &Source,
        start: usize,
        first_line: usize,
    ) -> (Tail, usize, usize) {
        let bytes = source.as_bytes();
        let rest = &bytes[start..];
        let complete_len = rest.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let end = start + complete_len;
        let mut number = first_line;
        let count = rest[..complete_len].iter().filter(|&&b| b == b'\n').count();
        self.lines.reserve(count);
        self.events.reserve(count);
        self.index.reserve(count);
        let checked = self.index.len();
        let set_aside = self.set_aside.len();
        match source {
            Source::Text(text) => {
                // `start` and `end` follow a line end (or are 0), so both
                // are character boundaries.
                let mut at = start;
                let mut spans = Vec::with_capacity(count);
                for line in text[start..end].split_terminator('\n') {
                    if let Some(span) = content_of(text, at..at + line.len()) {
                        spans.push((number, span));
                    }
                    at += line.len() + 1;
                    number += 1;
                }
                for ((number, span), decoded) in spans.iter().cloned().zip(decode_all(text, &spans))
                {
                    self.accept(number, text, span, decoded);
                }
            }
            Source::Bytes(_) if complete_len > 0 => {
                for line in bytes[start..end - 1].split(|&b| b == b'\n') {
                    self.take(number, line);
                    number += 1;
                }
            }
            Source::Bytes(_) => {}
        }
        let tail = &bytes[end..];
        let result = if tail.is_empty() {
            (Tail::Clean, end, number)
        } else if is_intact(tail) {
            match source {
                Source::Text(text) => self.take_span(number, text, end..text.len()),
                Source::Bytes(_) => self.take(number, tail),
            }
            (Tail::MissingNewline { line: number }, end, number + 1)
        } else {
            (
                Tail::Torn {
                    line: number,
                    start: end,
                },
                end,
                number,
            )
        };
        self.check_ids(checked, set_aside);
        result
    }
}

/// The span of a line without its `\r`, or `None` for a blank line.
fn content_of(source: &str, mut span: Range<usize>) -> Option<Range<usize>> {
    if source[span.clone()].ends_with('\r') {
        span.end -= 1;
    }
    (!source[span.clone()].trim().is_empty()).then_some(span)
}

/// Below this many lines a save is decoded on the calling thread alone.
const LINES_PER_THREAD: usize = 8192;

/// Decodes the lines at `spans` of `source`, in order. Checksums and parsing
/// are most of the time it takes to open a save and each line stands alone,
/// so a long save is decoded in chunks on every core (a phone has 6 to 8).
fn decode_all(source: &str, spans: &[(usize, Range<usize>)]) -> Vec<Result<Decoded, LineDamage>> {
    let decode = |chunk: &[(usize, Range<usize>)]| -> Vec<_> {
        chunk
            .iter()
            .map(|(_, span)| decode_line(&source[span.clone()]))
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
fn is_intact(tail: &[u8]) -> bool {
    std::str::from_utf8(tail)
        .ok()
        .map(|text| text.strip_suffix('\r').unwrap_or(text))
        .is_some_and(|text| decode_line(text).is_ok())
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

/// A whole file, scanned.
#[derive(Clone, Debug)]
pub struct Scanned {
    pub header: Header,
    /// The header line as found, without line end.
    pub header_text: String,
    pub body: Body,
    pub tail: Tail,
    /// Offset just past the last line end.
    pub complete_end: usize,
    pub next_line: usize,
}

pub fn scan_file(source: &Source) -> Result<Scanned, NotASave> {
    let bytes = source.as_bytes();
    if bytes.is_empty() {
        return Err(NotASave::Empty);
    }
    let header_start = if bytes.starts_with(BOM) { BOM.len() } else { 0 };
    let after_bom = &bytes[header_start..];
    let header_len = after_bom.iter().position(|&b| b == b'\n');
    let header_bytes = &after_bom[..header_len.unwrap_or(after_bom.len())];
    let header_text = std::str::from_utf8(header_bytes)
        .map_err(|_| NotASave::Header("the first line is not UTF-8 text".into()))?;
    let header_text = header_text.strip_suffix('\r').unwrap_or(header_text);
    let header = decode_header(header_text).map_err(NotASave::Header)?;
    let mut body = Body::default();
    let (tail, complete_end, next_line) = match header_len {
        Some(len) => body.scan(source, header_start + len + 1, 2),
        None => (Tail::MissingNewline { line: 1 }, bytes.len(), 2),
    };
    Ok(Scanned {
        header,
        header_text: header_text.to_owned(),
        body,
        tail,
        complete_end,
        next_line,
    })
}
