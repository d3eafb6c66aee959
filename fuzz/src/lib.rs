//! The fuzz targets' bodies for `trust_garden::journal`, shared by the
//! cargo-fuzz targets (`fuzz_targets/`, libFuzzer, nightly) and the stable
//! loop (`src/bin/fuzz_loop.rs`). Each takes arbitrary bytes, never panics on
//! its own account, and panics when the journal breaks an invariant: that
//! panic is the finding. Each returns a small hash of what the input made the
//! journal do, which the stable loop uses to keep inputs that did something new.
//!
//! - [`line`]: `decode_line` on any text; an event read from a line is
//!   written again and reads back the same, and sealed (the encrypted save's
//!   codec) opens again to the same event; any text read as a sealed line is
//!   damage unless it really was sealed.
//! - [`open`]: `Journal::open` on any file; every intact event line is
//!   replayed, no intact line leaves the file, recovery is done once.
//! - [`merge`]: two diverged copies of one save, damaged at will, merged;
//!   no event of either side is lost, a merge again adds nothing.
//!
//! The harness's own failures (no scratch folder, a full disk) are not
//! findings: it says so and exits with status 2.

pub mod events;
pub mod mutate;
pub mod seeds;

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt::{Debug, Display};
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::Datelike;
use trust_garden::journal::{
    Codec, Decoded, Event, EventId, FORMAT_VERSION, Header, Journal, JournalError, Line,
    LineDamage, PLAIN_FORMAT, ProblemKind, SAVE_FILE_NAME, Seal, Written, decode_header,
    decode_line, encode_event, encode_header, inspect, verify,
};
use uuid::Uuid;

/// The checksum comment that closes every line: ` // crc32c=` and 8 hex digits.
pub const CHECKSUM_MARK: &str = " // crc32c=";
const SUFFIX_LEN: usize = CHECKSUM_MARK.len() + 8;

/// The log named by the header the targets put before arbitrary bytes.
pub const LOG: Uuid = Uuid::from_u128(0x0195_0000_0000_7000_8000_0000_0000_0001);

/// The header line (without line end) of a save of `LOG`.
pub fn header_line() -> String {
    encode_header(&Header {
        format: PLAIN_FORMAT,
        log: LOG,
        seal: None,
    })
}

/// `payload` closed by a checksum comment that matches it.
pub fn with_checksum(payload: &[u8]) -> Vec<u8> {
    let mut out = payload.to_vec();
    out.extend_from_slice(CHECKSUM_MARK.as_bytes());
    out.extend_from_slice(format!("{:08x}", crc32c::crc32c(payload)).as_bytes());
    out
}

/// `line` with its checksum comment (if it ends with one, before any `\r`)
/// made to match the text before it again: how a mutation of a line's text
/// gets past the checksum to the parser.
pub fn rechecksum(line: &[u8]) -> Vec<u8> {
    let (text, cr) = match line.strip_suffix(b"\r") {
        Some(text) => (text, &b"\r"[..]),
        None => (line, &b""[..]),
    };
    let payload = match text.len().checked_sub(SUFFIX_LEN) {
        Some(at) if text[at..].starts_with(CHECKSUM_MARK.as_bytes()) => &text[..at],
        _ => text,
    };
    let mut out = with_checksum(payload);
    out.extend_from_slice(cr);
    out
}

/// Every line of `bytes` that ends with a checksum comment, rechecksummed.
pub fn rechecksum_lines(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + 64);
    for (i, line) in bytes.split(|&b| b == b'\n').enumerate() {
        if i > 0 {
            out.push(b'\n');
        }
        let text = line.strip_suffix(b"\r").unwrap_or(line);
        let marked = text
            .len()
            .checked_sub(SUFFIX_LEN)
            .is_some_and(|at| text[at..].starts_with(CHECKSUM_MARK.as_bytes()));
        if marked {
            out.extend_from_slice(&rechecksum(line));
        } else {
            out.extend_from_slice(line);
        }
    }
    out
}

/// A line as the journal reads it: UTF-8, without one trailing `\r`.
fn line_text(segment: &[u8]) -> Option<&str> {
    let text = std::str::from_utf8(segment).ok()?;
    Some(text.strip_suffix('\r').unwrap_or(text))
}

/// The file's lines (without line ends); the last is the bytes after the last
/// line end, left out when there are none.
fn segments(bytes: &[u8]) -> Vec<&[u8]> {
    let mut lines: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
    if lines.last().is_some_and(|last| last.is_empty()) {
        lines.pop();
    }
    lines
}

/// `bytes` as `open` reads them: a last line without a line end that is not
/// intact but is once its last byte goes (the bytes before it are a whole
/// line, so that byte is a damaged line end: a torn write never ends past a
/// line) has that byte read as its line end. The header line is left alone.
fn line_end_restored(bytes: &[u8]) -> Cow<'_, [u8]> {
    let Some(start) = bytes.iter().rposition(|&b| b == b'\n').map(|i| i + 1) else {
        return Cow::Borrowed(bytes);
    };
    let tail = &bytes[start..];
    let intact = |line: &[u8]| line_text(line).is_some_and(|text| decode_line(text).is_ok());
    if tail.len() > 1 && !intact(tail) && intact(&tail[..tail.len() - 1]) {
        let mut restored = bytes.to_vec();
        restored[bytes.len() - 1] = b'\n';
        Cow::Owned(restored)
    } else {
        Cow::Borrowed(bytes)
    }
}

/// The intact lines of a file (`decode_line` accepts them, `\r` stripped),
/// with how often each occurs.
fn intact_lines(bytes: &[u8]) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for text in segments(bytes).into_iter().filter_map(line_text) {
        if decode_line(text).is_ok() {
            *counts.entry(text.to_owned()).or_insert(0) += 1;
        }
    }
    counts
}

/// The header, as `open` finds it: the first line, after a byte-order mark.
fn header_of(bytes: &[u8]) -> Option<Header> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first = bytes.split(|&b| b == b'\n').next()?;
    decode_header(line_text(first)?).ok()
}

/// Dates the journal is announced to set aside (outside 1900–2200): an
/// intact event so dated may be set aside instead of replayed.
fn may_be_set_aside(event: &Event) -> bool {
    let years = [event.at.year(), event.at.naive_utc().year()];
    years.iter().any(|y| !(1900..=2200).contains(y))
}

/// Stops the process for a failure of the harness itself, not the journal.
fn setup<T, E: Display>(what: &str, result: Result<T, E>) -> T {
    match result {
        Ok(value) => value,
        Err(e) => {
            eprintln!("fuzz harness: {what}: {e} (a problem of this machine, not a finding)");
            std::process::exit(2);
        }
    }
}

/// Where scratch saves go: `$TRUST_GARDEN_FUZZ_TMP`, else `/dev/shm` (no
/// disk writes, fsync costs nothing), else the system's temp folder.
fn scratch_root() -> &'static Path {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    ROOT.get_or_init(|| {
        if let Some(dir) = std::env::var_os("TRUST_GARDEN_FUZZ_TMP") {
            return PathBuf::from(dir);
        }
        let shm = Path::new("/dev/shm");
        let writable = fs::metadata(shm).is_ok_and(|m| m.is_dir() && !m.permissions().readonly());
        if writable {
            shm.to_path_buf()
        } else {
            std::env::temp_dir()
        }
    })
}

/// A scratch folder, removed when dropped (also when a finding unwinds).
fn scratch() -> tempfile::TempDir {
    setup(
        "making a scratch folder",
        tempfile::Builder::new()
            .prefix("trust-garden-fuzz-")
            .tempdir_in(scratch_root()),
    )
}

/// A save path in a folder of its own inside `dir`.
fn save_in(dir: &Path, name: &str) -> PathBuf {
    let folder = dir.join(name);
    setup("making a scratch folder", fs::create_dir(&folder));
    folder.join(SAVE_FILE_NAME)
}

fn read(path: &Path) -> Vec<u8> {
    setup("reading a scratch save", fs::read(path))
}

fn write(path: &Path, bytes: &[u8]) {
    setup("writing a scratch save", fs::write(path, bytes));
}

/// A hash of what an input made the journal do (stable across runs).
#[derive(Default)]
struct Signature(u64);

impl Signature {
    fn add(&mut self, value: impl Hash) -> &mut Self {
        struct Fnv(u64);
        impl Hasher for Fnv {
            fn finish(&self) -> u64 {
                self.0
            }
            fn write(&mut self, bytes: &[u8]) {
                for &b in bytes {
                    self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
                }
            }
        }
        let mut fnv = Fnv(self.0 ^ 0xcbf2_9ce4_8422_2325);
        value.hash(&mut fnv);
        self.0 = fnv.finish();
        self
    }
}

fn damage_kind(damage: &LineDamage) -> u8 {
    match damage {
        LineDamage::NotUtf8 { .. } => 0,
        LineDamage::NoChecksum => 1,
        LineDamage::BadChecksum { .. } => 2,
        LineDamage::Unreadable { .. } => 3,
        LineDamage::DuplicateId { .. } => 4,
        LineDamage::OutOfRange { .. } => 5,
        LineDamage::Unopened => 6,
        LineDamage::PlainInSealed => 7,
        LineDamage::SealedInPlain => 8,
    }
}

fn kind_name(event: &Event) -> String {
    let debug = format!("{:?}", event.kind);
    debug
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_owned()
}

fn show(bytes: &[u8]) -> String {
    format!("{:?}", String::from_utf8_lossy(bytes))
}

fn must<T, E: Debug>(result: Result<T, E>, what: impl FnOnce() -> String) -> T {
    match result {
        Ok(value) => value,
        Err(e) => panic!("{}: {e:?}", what()),
    }
}

// ---------------------------------------------------------------------------
// line

/// `decode_line` (and `decode_header`) on the input as text, and on the same
/// text with its checksum made to match, so the parser sees mutated RON:
/// - nothing panics;
/// - a line read as an event encodes again, and that line reads back as the
///   same event (and encodes to itself);
/// - a checksum mismatch reports the checksum the text really has;
/// - a header read from a line is written again and reads back the same.
pub fn line(data: &[u8]) -> u64 {
    let text = String::from_utf8_lossy(data);
    let fixed = rechecksum(text.as_bytes());
    let fixed = String::from_utf8_lossy(&fixed);
    let mut signature = Signature::default();
    signature.add(check_line(&text)).add(check_line(&fixed));
    signature.0
}

/// A sealed codec for `LOG`, its key derived once per process.
fn sealed() -> &'static Codec {
    static SEALED: OnceLock<Codec> = OnceLock::new();
    SEALED.get_or_init(|| {
        let seal = setup(
            "deriving the fuzz key",
            Seal::create(LOG, "fuzzing passphrase"),
        );
        Codec::Sealed(std::sync::Arc::new(seal))
    })
}

fn check_line(text: &str) -> String {
    // Any text read as a sealed line: damage or an event, never a panic, and
    // an event only from a line that really was sealed for its id.
    if let Ok(Decoded::Event(event)) = sealed().decode(text) {
        let again = must(sealed().encode(&event), || "sealing again".into());
        assert_eq!(again, text, "a sealed line does not seal again to itself");
    }
    if let Ok(header) = decode_header(text) {
        let again = encode_header(&header);
        assert_eq!(
            decode_header(&again).as_ref(),
            Ok(&header),
            "a header read from {text:?} does not read back from {again:?}"
        );
    }
    match decode_line(text) {
        Ok(Decoded::Event(event)) => {
            let again = must(encode_event(&event), || {
                format!("the event read from {text:?} cannot be written again")
            });
            assert!(
                !again.contains(['\n', '\r']),
                "the event read from {text:?} is written with a line break: {again:?}"
            );
            assert_eq!(
                decode_line(&again),
                Ok(Decoded::Event(event.clone())),
                "the event read from {text:?} is written as {again:?}, which reads differently"
            );
            let third = must(encode_event(&event), || "encoding twice".into());
            assert_eq!(again, third, "encoding the same event twice differs");
            let sealed_line = must(sealed().encode(&event), || {
                format!("the event read from {text:?} cannot be sealed")
            });
            assert_eq!(
                sealed().decode(&sealed_line),
                Ok(Decoded::Event(event.clone())),
                "the event read from {text:?} does not open again from {sealed_line:?}"
            );
            format!("event {}", kind_name(&event))
        }
        Ok(Decoded::Newer { envelope, .. }) => format!("newer {}", envelope.is_some()),
        Err(LineDamage::BadChecksum { expected, found }) => {
            let payload = &text.as_bytes()[..text.len() - SUFFIX_LEN];
            assert_eq!(
                expected,
                crc32c::crc32c(payload),
                "a bad checksum reported with the wrong expected value for {text:?}"
            );
            assert_ne!(expected, found, "a matching checksum reported as bad");
            "bad checksum".into()
        }
        Err(damage) => format!("damage {}", damage_kind(&damage)),
    }
}

// ---------------------------------------------------------------------------
// open

/// What a file's lines say, read line by line as the save format describes.
struct Expected {
    /// The first line is a header `decode_header` accepts.
    header: bool,
    /// Events of intact lines whose id no earlier intact line had, file order.
    events: Vec<Event>,
    /// Every event an intact line holds.
    intact: Vec<Event>,
    /// Some intact event is dated where it may be set aside.
    odd_dates: bool,
}

fn expected(bytes: &[u8]) -> Expected {
    let mut seen = HashSet::new();
    let mut out = Expected {
        header: header_of(bytes).is_some(),
        events: Vec::new(),
        intact: Vec::new(),
        odd_dates: false,
    };
    for text in segments(bytes).into_iter().skip(1).filter_map(line_text) {
        match decode_line(text) {
            Ok(Decoded::Event(event)) => {
                out.odd_dates |= may_be_set_aside(&event);
                if seen.insert(event.id) {
                    out.events.push(event.clone());
                }
                out.intact.push(event);
            }
            Ok(Decoded::Newer {
                envelope: Some(envelope),
                ..
            }) => {
                seen.insert(envelope.id);
            }
            _ => {}
        }
    }
    out
}

/// Every intact line of `before` is in `after` at least as often.
fn keeps_intact_lines(before: &[u8], after: &[u8], what: &str) {
    let after_lines = intact_lines(after);
    for (text, count) in intact_lines(before) {
        let kept = after_lines.get(&text).copied().unwrap_or(0);
        assert!(
            kept >= count,
            "{what}: the intact line {text:?} was in the save {count} time(s), now {kept}\n\
             before: {}\nafter: {}",
            show(before),
            show(after)
        );
    }
}

/// Arbitrary bytes as a save, opened. The first input byte steers: bit 0
/// set means the rest is the whole file (header included), else the rest
/// follows a valid header; bit 1 set makes every checksum comment match.
///
/// - `inspect` (read only) changes nothing; a failed `open` changes nothing,
///   and fails only when the first line is not a header;
/// - every intact line (one `decode_line` accepts) is still in the file
///   after `open`, as often as before;
/// - `events()` is exactly the events of the intact lines whose id no earlier
///   intact line had, in file order (an event dated outside 1900–2200 may
///   instead be set aside, as announced), and `inspect` reads the same;
/// - a torn last line is moved to its side file byte for byte; a last line
///   whose line end is one damaged byte (the bytes before it are intact)
///   counts as intact, its line end restored;
/// - `lines()` reads, every line in it is intact, and it covers the events;
/// - after `open` the file has nothing left to recover (`verify`);
/// - an event appended then is read back, and a second `open` reads the
///   same events and leaves the file as it was.
pub fn open(data: &[u8]) -> u64 {
    let (control, rest) = data.split_first().map_or((0, &[][..]), |(c, r)| (*c, r));
    let mut before = Vec::with_capacity(rest.len() + 100);
    if control & 1 == 0 {
        before.extend_from_slice(header_line().as_bytes());
        before.push(b'\n');
    }
    before.extend_from_slice(rest);
    if control & 2 != 0 {
        before = rechecksum_lines(&before);
    }
    let dir = scratch();
    let path = save_in(dir.path(), "save");
    write(&path, &before);
    let expect = expected(&line_end_restored(&before));
    let mut signature = Signature::default();
    signature
        .add(control & 3)
        .add(expect.header)
        .add(expect.events.len().min(3));

    let inspected = inspect(&path);
    assert!(
        read(&path) == before,
        "inspect changed the save {}",
        show(&before)
    );
    let journal = match Journal::open(&path) {
        Ok(journal) => journal,
        Err(e) => {
            assert!(
                !expect.header,
                "open failed on a save with a valid header: {e}\nsave: {}",
                show(&before)
            );
            assert!(
                read(&path) == before,
                "a failed open ({e}) changed the save {}",
                show(&before)
            );
            signature.add("refused");
            return signature.0;
        }
    };
    let after = read(&path);
    keeps_intact_lines(&before, &after, "open");
    let events = journal.events().to_vec();

    // No phantom events, no lost ones.
    for event in &events {
        assert!(
            expect.intact.contains(event),
            "open replays {event:?}, which no intact line holds\nsave: {}",
            show(&before)
        );
    }
    let mut ids = HashSet::new();
    for event in &events {
        assert!(ids.insert(event.id), "open replays id {} twice", event.id);
    }
    if expect.header {
        for wanted in &expect.events {
            let set_aside = may_be_set_aside(wanted)
                && journal.report().set_aside.iter().any(|s| {
                    line_text(&s.bytes).is_some_and(|t| t.contains(&wanted.id.to_string()))
                });
            assert!(
                events.contains(wanted) || set_aside,
                "the intact event {wanted:?} is not replayed after open\nsave: {}\nevents: {events:?}",
                show(&before)
            );
        }
        if !expect.odd_dates {
            assert_eq!(
                events,
                expect.events,
                "open replays other events than the save's intact lines hold\nsave: {}",
                show(&before)
            );
        }
        let inspected = must(inspected, || {
            format!("inspect fails on a save with a header: {}", show(&before))
        });
        assert_eq!(
            inspected.events,
            events,
            "inspect and open read different events from {}",
            show(&before)
        );
    }

    // A torn tail is moved, not lost.
    let report = journal.report();
    for torn in &report.torn_tails {
        let tail = &before[before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1)..];
        let moved = read(&torn.side_file);
        assert_eq!(
            moved,
            tail,
            "the torn last line's side file differs from the tail of {}",
            show(&before)
        );
    }
    let newer_format = journal.header().format > FORMAT_VERSION;
    signature
        .add(report.torn_tails.len())
        .add(report.completed_line.is_some())
        .add(report.restored_line_end.is_some())
        .add(report.newer_lines.len().min(2))
        .add(newer_format)
        .add(
            report
                .set_aside
                .iter()
                .map(|s| damage_kind(&s.damage))
                .collect::<BTreeSet<_>>(),
        );

    // The lines: intact, each id once, covering the events.
    let lines = journal.lines().unwrap_or_else(|e| {
        panic!(
            "lines() fails right after open: {e}\nbefore: {}\nafter: {}",
            show(&before),
            show(&after)
        )
    });
    let line_ids: HashSet<EventId> = lines.iter().map(|l| l.id).collect();
    assert_eq!(line_ids.len(), lines.len(), "lines() holds an id twice");
    for line in &lines {
        assert!(
            decode_line(line.text()).is_ok(),
            "lines() holds a line that is not intact: {:?}",
            line.text()
        );
    }
    for event in &events {
        assert!(
            line_ids.contains(&event.id),
            "event {} is replayed but has no line",
            event.id
        );
    }

    // Nothing left to recover; the read-only view agrees.
    let problems = must(verify(&path), || "verify after open".into());
    if !newer_format {
        let unfinished = problems.iter().find(|p| {
            matches!(
                p.kind,
                ProblemKind::TornTail { .. }
                    | ProblemKind::MissingNewline
                    | ProblemKind::DamagedNewline
            )
        });
        assert!(
            unfinished.is_none(),
            "after open, verify still finds {unfinished:?}\nbefore: {}\nafter: {}",
            show(&before),
            show(&after)
        );
    }
    let reread = must(inspect(&path), || "inspect after open".into());
    assert_eq!(
        reread.events, events,
        "inspect after open reads other events"
    );

    // An append after recovery reads back; a second open changes nothing.
    let mut journal = journal;
    let mut events = events;
    let fresh = events::event(0, 7, 16);
    let fresh = Event {
        id: events::fresh_id(),
        ..fresh
    };
    let appended = journal.append(fresh.clone());
    match (&appended, newer_format, line_ids.contains(&fresh.id)) {
        (Ok(()), false, false) => events.push(fresh),
        (Err(JournalError::NewerFormat { .. }), true, _) => {}
        (Err(JournalError::DuplicateId { .. }), false, true) => {}
        _ => panic!(
            "appending a new event after open: {appended:?} (newer format: {newer_format})\nsave: {}",
            show(&after)
        ),
    }
    assert_eq!(
        journal.events(),
        events,
        "the appended event is not replayed"
    );
    drop(journal);
    let settled = read(&path);
    keeps_intact_lines(&after, &settled, "append");
    let again = must(Journal::open(&path), || {
        format!("open again fails\nbefore: {}", show(&before))
    });
    assert_eq!(
        again.events(),
        events,
        "a second open replays other events\nbefore: {}\nafter: {}",
        show(&before),
        show(&settled)
    );
    assert!(
        read(&path) == settled,
        "a second open changed the file again\nbefore: {}",
        show(&before)
    );
    assert!(
        again.report().torn_tails.is_empty()
            && again.report().completed_line.is_none()
            && again.report().restored_line_end.is_none(),
        "a second open recovers again: {:?}",
        again.report()
    );
    signature.0
}

// ---------------------------------------------------------------------------
// merge

/// Reads the input a byte at a time; zeros once it runs out.
struct Source<'a>(&'a [u8]);

impl Source<'_> {
    fn byte(&mut self) -> u8 {
        match self.0.split_first() {
            Some((&b, rest)) => {
                self.0 = rest;
                b
            }
            None => 0,
        }
    }

    fn bytes(&mut self, n: usize) -> &[u8] {
        let (taken, rest) = self.0.split_at(n.min(self.0.len()));
        self.0 = rest;
        taken
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Where the lines after the header start.
fn body_start(file: &[u8]) -> usize {
    file.iter()
        .position(|&b| b == b'\n')
        .map_or(file.len(), |i| i + 1)
}

/// The `(start, end)` of each line after the header (end without the line end).
fn body_lines(file: &[u8]) -> Vec<(usize, usize)> {
    let mut at = body_start(file);
    let mut lines = Vec::new();
    while at < file.len() {
        let end = file[at..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(file.len(), |i| at + i);
        lines.push((at, end));
        at = end + 1;
    }
    lines
}

fn push_line(file: &mut Vec<u8>, line: &[u8]) {
    if !file.is_empty() && !file.ends_with(b"\n") {
        file.push(b'\n');
    }
    file.extend_from_slice(line);
    file.push(b'\n');
}

/// Damages the two files as the input says: raw bytes, flipped bytes, lines
/// repeated, copied over from the other side, cut short, joined, CRLF.
fn mutate_files(files: &mut [Vec<u8>; 2], source: &mut Source) {
    for _ in 0..32 {
        if source.is_empty() {
            break;
        }
        let op = source.byte();
        let side = usize::from(op & 1);
        let [a, b] = files;
        let (file, other) = if side == 0 { (a, &*b) } else { (b, &*a) };
        let start = body_start(file);
        let lines = body_lines(file);
        let pick = |n: u8, lines: &[(usize, usize)]| lines[usize::from(n) % lines.len()];
        match (op >> 1) % 8 {
            0 => {
                let len = usize::from(source.byte() % 48);
                file.extend_from_slice(source.bytes(len));
            }
            1 if file.len() > start => {
                let at = usize::from(source.byte()) << 8 | usize::from(source.byte());
                let at = start + at % (file.len() - start);
                file[at] ^= source.byte() | 1;
            }
            2 if !lines.is_empty() => {
                let (s, e) = pick(source.byte(), &lines);
                let line = file[s..e].to_vec();
                push_line(file, &line);
            }
            3 => {
                let cut = usize::from(source.byte() % 64) + 1;
                file.truncate(file.len().saturating_sub(cut).max(start));
            }
            4 => {
                let theirs = body_lines(other);
                if !theirs.is_empty() {
                    let (s, e) = pick(source.byte(), &theirs);
                    push_line(file, &other[s..e]);
                }
            }
            5 if !lines.is_empty() => {
                let (s, _) = pick(source.byte(), &lines);
                let len = usize::from(source.byte() % 32);
                let chunk = source.bytes(len).to_vec();
                file.splice(s..s, chunk);
            }
            6 if !lines.is_empty() => {
                let (_, e) = pick(source.byte(), &lines);
                if e < file.len() {
                    if source.byte() & 1 == 0 {
                        file.insert(e, b'\r');
                    } else {
                        file.remove(e);
                    }
                }
            }
            7 if !file.is_empty() => {
                let at = usize::from(source.byte()) % file.len();
                file[at] ^= source.byte() | 1;
            }
            _ => {}
        }
    }
}

/// After a merge that appended to `path`, the journal reads what a fresh
/// open of the save reads: the same events and the same lines.
fn appended_reads_as_opened(
    journal: &Journal,
    path: &Path,
    written: &Written,
    context: &dyn Fn() -> String,
) {
    if *written != Written::Appended {
        return;
    }
    let fresh = must(Journal::open(path), || {
        format!("open after an appending merge{}", context())
    });
    let lines = |j: &Journal| must(j.lines(), || format!("lines() after merge{}", context()));
    let (journal_lines, fresh_lines) = (lines(journal), lines(&fresh));
    assert_eq!(
        journal.events(),
        fresh.events(),
        "after an appending merge, the journal replays other events than a fresh open{}",
        context()
    );
    assert_eq!(
        journal_lines,
        fresh_lines,
        "after an appending merge, the journal holds other lines than a fresh open ({} against {}){}",
        journal_lines.len(),
        fresh_lines.len(),
        context()
    );
}

fn id_set(lines: &[Line]) -> BTreeSet<EventId> {
    lines.iter().map(|l| l.id).collect()
}

/// Two copies of one save that diverged, built from the input: a pool of
/// events, each shared, on one side only, on both with different content
/// (a conflict) or appended to both alike; then both files are damaged as
/// the rest of the input says (`mutate_files`), and the second is merged
/// into the first. With `B` the second copy as it reads on its own:
///
/// - the merge fails only for a file that is not a save of the same log or
///   a save in a newer format, and then changes nothing; it never writes `B`;
/// - afterwards the save holds exactly the ids of both sides, each of its own
///   lines unchanged, and each line of `B` it lacked as `B` has it;
/// - a line of `B` whose id the save held with other content is a reported
///   conflict (written to the conflicts file), and nothing else is;
///   `added` and `already_present` count the rest;
/// - every event of the save before, and every event of `B` it lacked, is
///   replayed after; every intact line the save had is still in it, and the
///   save as it was is the start of the file (merges only append);
/// - right after a merge that appended, the journal's events and lines are
///   those of the save opened afresh;
/// - merging `B` again adds nothing and writes nothing;
/// - opening the save again replays the same events and lines;
/// - merging the save (as it was) into `B` instead gives the same ids.
pub fn merge(data: &[u8]) -> u64 {
    let mut source = Source(data);
    let flags = source.byte();
    let pool = source.byte() % 12 + 1;
    let (mut shared, mut ours, mut theirs) = (Vec::new(), Vec::new(), Vec::new());
    for n in 0..pool {
        let (side, time, look) = (source.byte(), source.byte(), source.byte());
        let event = events::event(u64::from(n), time, look);
        match side % 5 {
            0 => shared.push(event),
            1 => ours.push(event),
            2 => theirs.push(event),
            3 => {
                let other = Event {
                    note: Some(format!("their version {side}")),
                    ..event.clone()
                };
                ours.push(event);
                theirs.push(other);
            }
            _ => {
                ours.push(event.clone());
                theirs.push(event);
            }
        }
    }
    let mut signature = Signature::default();
    signature.add(flags & 7);

    let dir = scratch();
    let (a, b) = (save_in(dir.path(), "a"), save_in(dir.path(), "b"));
    let made = must(Journal::create_with(&a, &shared), || {
        format!("create_with {shared:?}")
    });
    drop(made);
    write(&b, &read(&a));
    for (path, events) in [(&a, &ours), (&b, &theirs)] {
        let mut journal = must(Journal::open(path), || "open a new save".into());
        for event in events {
            must(journal.append(event.clone()), || {
                format!("append {event:?} to a clean save")
            });
        }
    }
    let mut files = [read(&a), read(&b)];
    mutate_files(&mut files, &mut source);
    for (side, file) in files.iter_mut().enumerate() {
        if flags >> side & 1 != 0 {
            *file = rechecksum_lines(file);
        }
    }
    write(&a, &files[0]);
    write(&b, &files[1]);

    // The save, recovered as a user's would be; B as it reads on its own.
    let Ok(mut journal) = Journal::open(&a) else {
        // Its header is damaged: that is the open target's ground.
        signature.add("ours refused");
        return signature.0;
    };
    let ours_before = read(&a);
    let ours_lines = journal.lines().unwrap_or_else(|e| {
        panic!(
            "lines() of the save fails right after open: {e}\nsave: {}",
            show(&ours_before)
        )
    });
    let ours_events = journal.events().to_vec();
    let theirs_bytes = read(&b);
    let theirs_copy = save_in(dir.path(), "b-alone");
    write(&theirs_copy, &theirs_bytes);
    let theirs_journal = Journal::open(&theirs_copy);
    let refused = match &theirs_journal {
        Err(_) => true,
        Ok(theirs) => theirs.header().log != journal.header().log,
    } || journal.header().format > FORMAT_VERSION;
    let theirs_view = theirs_journal.ok().map(|j| {
        let lines = j.lines().unwrap_or_else(|e| {
            panic!(
                "lines() of the other file fails right after open: {e}\nfile: {}",
                show(&theirs_bytes)
            )
        });
        (lines, j.into_events())
    });

    let merged = journal.merge_from(&b);
    assert!(
        read(&b) == theirs_bytes,
        "merging changed the other file {}",
        show(&theirs_bytes)
    );
    let report = match (merged, refused) {
        (Err(_), true) => {
            assert!(read(&a) == ours_before, "a refused merge changed the save");
            assert_eq!(
                journal.events(),
                ours_events,
                "a refused merge changed the events"
            );
            signature.add("refused");
            return signature.0;
        }
        (Err(e), false) => panic!(
            "merging a copy of the same save failed: {e}\nours: {}\ntheirs: {}",
            show(&ours_before),
            show(&theirs_bytes)
        ),
        (Ok(report), true) => panic!(
            "merged a file it should refuse: {report:?}\nours: {}\ntheirs: {}",
            show(&ours_before),
            show(&theirs_bytes)
        ),
        (Ok(report), false) => report,
    };
    let Some((theirs_lines, theirs_events)) = theirs_view else {
        unreachable!("a merge of a file that does not open was refused above");
    };
    let context = || {
        format!(
            "\nours: {}\ntheirs: {}\nafter: {}",
            show(&ours_before),
            show(&theirs_bytes),
            show(&read(&a))
        )
    };
    signature
        .add(match &report.written {
            Written::Nothing => 0,
            Written::Appended => 1,
        })
        .add(report.added.min(2))
        .add(report.conflicts.len().min(2))
        .add(report.other_problems.len().min(2));

    appended_reads_as_opened(&journal, &a, &report.written, &context);

    // Ids, lines and conflicts.
    let after_lines = must(journal.lines(), || {
        format!("lines() after merge{}", context())
    });
    let after_by_id: HashMap<EventId, &Line> = after_lines.iter().map(|l| (l.id, l)).collect();
    assert_eq!(
        after_by_id.len(),
        after_lines.len(),
        "an id twice after merge{}",
        context()
    );
    let ours_by_id: HashMap<EventId, &Line> = ours_lines.iter().map(|l| (l.id, l)).collect();
    let mut want_ids = id_set(&ours_lines);
    want_ids.extend(id_set(&theirs_lines));
    assert_eq!(
        id_set(&after_lines),
        want_ids,
        "after merge the save holds other ids than both sides{}",
        context()
    );
    for line in &ours_lines {
        assert!(
            after_by_id
                .get(&line.id)
                .is_some_and(|l| l.text() == line.text()),
            "the save's own line {:?} changed or went in the merge{}",
            line.text(),
            context()
        );
    }
    let mut want_conflicts = BTreeSet::new();
    let (mut added, mut present) = (0, 0);
    for line in &theirs_lines {
        match ours_by_id.get(&line.id) {
            Some(kept) if kept.content() != line.content() => {
                want_conflicts.insert((line.id, kept.text().to_owned(), line.text().to_owned()));
            }
            Some(_) => present += 1,
            None => {
                added += 1;
                assert!(
                    after_by_id
                        .get(&line.id)
                        .is_some_and(|l| l.text() == line.text()),
                    "the other file's line {:?} was not merged as it is{}",
                    line.text(),
                    context()
                );
            }
        }
    }
    let got_conflicts: BTreeSet<_> = report
        .conflicts
        .iter()
        .map(|c| (c.id, c.ours.text().to_owned(), c.theirs.text().to_owned()))
        .collect();
    assert_eq!(
        got_conflicts,
        want_conflicts,
        "the conflicts reported{}",
        context()
    );
    assert_eq!(
        (report.added, report.already_present),
        (added, present),
        "added and already present{}",
        context()
    );
    if !report.conflicts.is_empty() {
        let file = must(
            report.conflicts_file.as_deref().ok_or("no conflicts file"),
            || format!("conflicts reported{}", context()),
        );
        let written = String::from_utf8_lossy(&read(file)).into_owned();
        for (_, _, theirs_text) in &want_conflicts {
            assert!(
                written.lines().any(|l| l == theirs_text),
                "the conflicts file lacks {theirs_text:?}"
            );
        }
    }

    // Events: none lost, none made up.
    let after_events = journal.events().to_vec();
    for event in &ours_events {
        assert!(
            after_events.contains(event),
            "the save's event {event:?} is not replayed after merge{}",
            context()
        );
    }
    for event in &theirs_events {
        if !ours_by_id.contains_key(&event.id) {
            assert!(
                after_events.contains(event),
                "the other file's event {event:?} is not replayed after merge{}",
                context()
            );
        }
    }
    for event in &after_events {
        assert!(
            ours_events.contains(event) || theirs_events.contains(event),
            "merge replays {event:?}, which neither side held{}",
            context()
        );
    }

    // The file: nothing intact lost; an append keeps the save as the start.
    let ours_after = read(&a);
    let kept_lines: BTreeSet<String> = intact_lines(&ours_after).into_keys().collect();
    for text in intact_lines(&ours_before).into_keys() {
        assert!(
            kept_lines.contains(&text),
            "the save's intact line {text:?} is gone after merge{}",
            context()
        );
    }
    match &report.written {
        Written::Nothing => assert!(
            ours_after == ours_before,
            "a merge that wrote nothing changed the save{}",
            context()
        ),
        Written::Appended => assert!(
            ours_after.starts_with(&ours_before),
            "an appending merge changed what the save held{}",
            context()
        ),
    }
    assert_eq!(
        report.written == Written::Nothing,
        report.added == 0,
        "written vs added{}",
        context()
    );

    // Again: nothing to add.
    let again = must(journal.merge_from(&b), || {
        format!("merging again{}", context())
    });
    assert_eq!(
        (again.added, &again.written),
        (0, &Written::Nothing),
        "merging the same file again wrote{}",
        context()
    );
    assert!(
        read(&a) == ours_after,
        "merging again changed the save{}",
        context()
    );
    drop(journal);

    // Opened afresh, the same.
    let reopened = must(Journal::open(&a), || {
        format!("open after merge{}", context())
    });
    assert_eq!(
        reopened.events(),
        after_events,
        "open after merge replays other events{}",
        context()
    );
    assert_eq!(
        must(reopened.lines(), || "lines() after reopening".into()),
        after_lines,
        "open after merge reads other lines{}",
        context()
    );
    drop(reopened);

    // The other way round: the same ids.
    if flags & 4 != 0 {
        let (ours_copy, theirs_again) = (save_in(dir.path(), "a2"), save_in(dir.path(), "b2"));
        write(&ours_copy, &ours_before);
        write(&theirs_again, &theirs_bytes);
        let mut other_way = must(Journal::open(&theirs_again), || {
            format!("open the other file{}", context())
        });
        if other_way.header().format <= FORMAT_VERSION {
            let report = must(other_way.merge_from(&ours_copy), || {
                format!("merging the save into the other file{}", context())
            });
            appended_reads_as_opened(&other_way, &theirs_again, &report.written, &context);
            let ids = id_set(&must(other_way.lines(), || "lines() the other way".into()));
            assert_eq!(
                ids,
                want_ids,
                "merging the other way gives other ids{}",
                context()
            );
        }
    }
    signature.0
}
