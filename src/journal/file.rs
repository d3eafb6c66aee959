//! An open save file: recovery on open, fsync'd appends under a lock, reloads,
//! merges and atomic rewrites.

use super::disk::{self as fs, File, OpenOptions};
use std::io::{self, Cursor, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use uuid::Uuid;

use super::codec::{
    Codec, Decoded, Envelope, FORMAT_VERSION, Header, Line, encode_event, encode_header,
    verified_payload,
};
use super::copies::{archive, find_copies};
use super::error::{JournalError, RewriteBlocker};
use super::event::{Event, EventId, Kind};
use super::fsutil::{
    FileId, Locked, append_to_side_file, followed, is_not_found, open_lock, read,
    remove_stale_temps, replace_atomically, sibling, stamp, sync_folder, unused, write_new,
};
use super::keys::Keys;
use super::merge::{Conflict, merge};
use super::report::{MergeReport, MergedCopy, OpenReport, TornTail, UnmergedCopy, Written};
use super::scan::{Body, NotASave, Placed, Tail, header_of, scan_file};
use super::seal::Seal;
use crate::t;

/// How much of the file this view has read.
#[derive(Clone, Copy, Debug, Default)]
struct Seen {
    file: FileId,
    /// Bytes up to the end of the last whole line.
    len: u64,
    next_line: usize,
}

/// An open save file.
pub struct Journal {
    path: PathBuf,
    header: Header,
    header_text: String,
    body: Body,
    report: OpenReport,
    seen: Seen,
    /// `None` on read-only storage, where nobody can write and reading
    /// needs no lock.
    lock: Option<Arc<File>>,
    appender: Option<(File, FileId)>,
    /// What opens this save and its copies, if they are encrypted.
    keys: Keys,
}

/// Whether `line` is still the line with `id` that was read there: intact,
/// and with that id. Lines this build writes start with the id as it prints
/// it; any other spelling of an id (upper case, no hyphens) is parsed.
fn still_holds(line: &str, id: EventId) -> bool {
    let Ok(payload) = verified_payload(line) else {
        return false;
    };
    let mut buffer = Uuid::encode_buffer();
    let printed = id.0.hyphenated().encode_lower(&mut buffer);
    if payload
        .strip_prefix("(id:\"")
        .is_some_and(|rest| rest.starts_with(&*printed))
    {
        return true;
    }
    ron::from_str::<Envelope>(payload).is_ok_and(|envelope| envelope.id == id)
}

/// Whether two versions of one entry differ only by words a partner may erase.
fn same_but_words(codec: &Codec, conflict: &Conflict) -> bool {
    match (
        codec.decode(conflict.ours.text()),
        codec.decode(conflict.theirs.text()),
    ) {
        (Ok(Decoded::Event(ours)), Ok(Decoded::Event(theirs))) => {
            ours.without_words() == theirs.without_words()
        }
        _ => false,
    }
}

/// Two versions of one entry, as `<save>.conflicts` records them.
#[derive(Clone, Debug, PartialEq)]
pub struct RecordedConflict {
    pub id: EventId,
    /// The version this save holds.
    pub ours: Event,
    /// The version the merged file held.
    pub theirs: Event,
}

/// How often an append or a merge tries again when a sync tool keeps
/// replacing the save under it.
pub(super) const MAX_ATTEMPTS: usize = 8;

fn replaced_while_writing(path: &Path) -> JournalError {
    JournalError::io(path, "appending")(io::Error::other(t!(
        "report-journal-kept-replaced-writing"
    )))
}

/// Storage that cannot be written: read-only media, or a folder without
/// write permission.
fn is_read_only(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::ReadOnlyFilesystem | io::ErrorKind::PermissionDenied
    )
}

/// Writes `bytes` at `offset` of `file`, leaving the rest as it is.
fn write_at(file: &File, bytes: &[u8], offset: u64) -> io::Result<()> {
    #[cfg(unix)]
    {
        std::os::unix::fs::FileExt::write_all_at(file, bytes, offset)
    }
    #[cfg(not(unix))]
    {
        let mut file = file;
        file.seek(SeekFrom::Start(offset))?;
        file.write_all(bytes)
    }
}

/// The header at the start of the file, if its first line is one: which
/// log it is and whether it is sealed, read without a key.
pub fn read_header(path: &Path) -> Result<Option<Header>, JournalError> {
    let file = File::open(path).map_err(JournalError::io(path, "opening"))?;
    let mut start = Vec::new();
    io::Read::read_to_end(&mut io::Read::take(file, 64 << 10), &mut start)
        .map_err(JournalError::io(path, "reading"))?;
    Ok(header_of(&start))
}

/// The save is no longer what was read from it.
fn changed(path: &Path) -> JournalError {
    JournalError::io(path, "reading")(io::Error::other(t!("report-journal-changed-since-read")))
}

pub(crate) fn not_a_save(path: &Path) -> impl FnOnce(NotASave) -> JournalError {
    let path = path.to_path_buf();
    move |why| match why {
        NotASave::Empty => JournalError::Empty { path },
        NotASave::Header(why) => JournalError::NotASave { path, why },
        NotASave::DamagedHeader(why) => JournalError::DamagedHeader { path, why },
        NotASave::Sealed(problem) => JournalError::Sealed { path, problem },
    }
}

impl Journal {
    /// A new save at `path` holding only its header (mode 0600). Refuses to
    /// touch an existing file. A crash while creating leaves no half-made save.
    pub fn create(path: &Path) -> Result<Journal, JournalError> {
        Journal::create_with(path, &[])
    }

    /// A new save at `path` holding `events`, in the order given, written at
    /// once: one temp file, one fsync, then linked into place, so a long
    /// history costs one fsync instead of one per event. As `create`, it
    /// refuses to touch an existing file, makes it mode 0600, and a crash
    /// leaves no half-made save. Two events with one id are refused.
    pub fn create_with(path: &Path, events: &[Event]) -> Result<Journal, JournalError> {
        Journal::create_sealed(path, events, None)
    }

    /// As `create_with`, encrypted with a new key from `passphrase` when one
    /// is given: no line of it is ever on disk in plain text.
    pub fn create_sealed(
        path: &Path,
        events: &[Event],
        passphrase: Option<&str>,
    ) -> Result<Journal, JournalError> {
        if fs::symlink_metadata(path).is_ok() {
            return Err(JournalError::AlreadyExists { path: path.into() });
        }
        let mut ids: Vec<_> = events.iter().map(|e| e.id).collect();
        ids.sort_unstable();
        if let Some(pair) = ids.windows(2).find(|pair| pair[0] == pair[1]) {
            return Err(JournalError::DuplicateId {
                path: path.into(),
                id: pair[0],
            });
        }
        let keys = Keys::none();
        let (header, codec) = match passphrase {
            None => (Header::new(), Codec::Plain),
            Some(passphrase) => {
                let plain = Header::new();
                let seal = Seal::create(plain.log, passphrase).map_err(|problem| {
                    JournalError::Sealed {
                        path: path.into(),
                        problem,
                    }
                })?;
                let seal = Arc::new(seal);
                keys.remember(Arc::clone(&seal));
                (plain.sealed(&seal), Codec::Sealed(seal))
            }
        };
        let mut text = encode_header(&header);
        text.push('\n');
        for event in events {
            text.push_str(&codec.encode(event)?);
            text.push('\n');
        }
        if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(folder).map_err(JournalError::io(folder, "creating the folder"))?;
        }
        let temp = unused(&sibling(
            path,
            &format!(".tmp-create-{}", super::disk::process_id()),
        ));
        write_new(&temp, text.as_bytes())?;
        // A hard link appears complete or not at all, and never replaces a file.
        let linked = fs::hard_link(&temp, path);
        let _ = fs::remove_file(&temp);
        match linked {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(JournalError::AlreadyExists { path: path.into() });
            }
            // Some file systems have no hard links: create in place instead.
            Err(_) => write_new(path, text.as_bytes()).map_err(|e| match e {
                JournalError::Io { source, .. }
                    if source.kind() == std::io::ErrorKind::AlreadyExists =>
                {
                    JournalError::AlreadyExists { path: path.into() }
                }
                other => other,
            })?,
        }
        sync_folder(path)?;
        Journal::open_keyed(path, keys)
    }

    /// Opens a plain save, or an encrypted one `keys` opens (see `open`).
    pub fn open_with(path: &Path, keys: &Keys) -> Result<Journal, JournalError> {
        Journal::open_keyed(path, keys.clone())
    }

    /// Opens a save: recovers a torn last line, sets damaged lines aside,
    /// keeps lines from newer versions, then merges and archives the conflict
    /// copies sync tools left beside it. `report()` says what it found.
    pub fn open(path: &Path) -> Result<Journal, JournalError> {
        Journal::open_keyed(path, Keys::none())
    }

    fn open_keyed(path: &Path, keys: Keys) -> Result<Journal, JournalError> {
        // Check before the lock file gets created beside a save that is not there.
        fs::metadata(path).map_err(JournalError::io(path, "opening"))?;
        let path = &followed(path);
        // A passphrase that does not open the save leaves no trace, not even the lock file.
        if let Some(header) = read_header(path)?
            && let Err(problem) = keys.codec_for(&header)
        {
            return Err(JournalError::Sealed {
                path: path.to_path_buf(),
                problem,
            });
        }
        let mut journal = Journal {
            path: path.to_path_buf(),
            header: Header::new(),
            header_text: String::new(),
            body: Body::default(),
            report: OpenReport::default(),
            seen: Seen::default(),
            lock: match open_lock(path) {
                Ok(lock) => Some(Arc::new(lock)),
                Err(JournalError::Io { source, .. }) if is_read_only(&source) => None,
                Err(e) => return Err(e),
            },
            appender: None,
            keys,
        };
        {
            let _locked = journal.lock_to_read()?;
            journal.load_all()?;
        }
        if journal.lock.is_some() {
            remove_stale_temps(path);
        }
        journal.merge_conflict_copies();
        if journal.lock.is_some() && !journal.body.erased().is_empty() {
            let _locked = journal.lock_to_write()?;
            journal.catch_up()?;
            let copies_came = !journal.report.merged_copies.is_empty();
            let torn = !journal.report.torn_tails.is_empty();
            journal.scrub(copies_came || torn)?;
        }
        Ok(journal)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn header(&self) -> &Header {
        &self.header
    }

    /// Whether the save is encrypted.
    pub fn is_sealed(&self) -> bool {
        self.header.seal.is_some()
    }

    /// How this save's lines are read and written.
    pub fn codec(&self) -> &Codec {
        &self.body.codec
    }

    pub fn keys(&self) -> &Keys {
        &self.keys
    }

    /// The readable events, in file order.
    pub fn events(&self) -> &[Event] {
        &self.body.events
    }

    /// The events, for a reader that is done with the file (the lines and
    /// the lock go with the rest of the journal).
    pub fn into_events(self) -> Vec<Event> {
        self.body.events
    }

    /// Every intact line with an id (events and lines from newer versions),
    /// file order. The journal keeps where each line is, not its text, so
    /// the text is read from the file again; an error if the file no longer
    /// holds these lines where they were read (`reload` first).
    pub fn lines(&self) -> Result<Vec<Line>, JournalError> {
        self.lines_in_file()?.ok_or_else(|| changed(&self.path))
    }

    pub fn report(&self) -> &OpenReport {
        &self.report
    }

    /// Appends one event as one fsync'd line; returns once it is on disk in
    /// the file the save's path names.
    pub fn append(&mut self, event: Event) -> Result<(), JournalError> {
        self.refuse_newer_format()?;
        encode_event(&event)?;
        let _locked = self.lock_to_write()?;
        self.catch_up()?;
        self.refuse_newer_format()?;
        // Sealed with the key of the file as it is now (it may just have
        // been encrypted by another process).
        let line = self.body.codec.encode(&event)?;
        if self.body.contains(&event.id) {
            return Err(JournalError::DuplicateId {
                path: self.path.clone(),
                id: event.id,
            });
        }
        let mut bytes = line.into_bytes();
        bytes.push(b'\n');
        for _ in 0..MAX_ATTEMPTS {
            let placed = Placed {
                start: self.seen.len,
                len: (bytes.len() - 1) as u32,
                number: self.seen.next_line as u32,
            };
            self.write_at_end(&bytes)?;
            if self.landed(placed.start, &bytes)? {
                let erases = matches!(event.kind, Kind::Erase { .. });
                self.body.push_event(placed, event);
                self.seen.next_line += 1;
                if erases {
                    self.scrub(true)?;
                }
                return Ok(());
            }
            // A sync tool put another file in its place: read that one, and
            // write the line again unless it already holds the event.
            self.load_all()?;
            self.refuse_newer_format()?;
            if self.body.contains(&event.id) {
                return Ok(());
            }
        }
        Err(replaced_while_writing(&self.path))
    }

    /// Reads what other processes appended (or rewrote) since.
    pub fn reload(&mut self) -> Result<(), JournalError> {
        let _locked = self.lock_to_read()?;
        self.catch_up()
    }

    /// Merges another save into this one: the union by event id. The events
    /// this save lacks are appended (replay order does not depend on file
    /// order), so a merge never replaces the file a sync tool is carrying.
    /// Lines with a known id but different content are conflicts: the save's
    /// version stays, both go to `<save>.conflicts`.
    pub fn merge_from(&mut self, other: &Path) -> Result<MergeReport, JournalError> {
        let bytes = read(other)?;
        let size = bytes.len() as u64;
        if let Some(header) = header_of(&bytes)
            && header.log == self.header.log
            && header.seal != self.header.seal
        {
            return Err(JournalError::OtherSeal {
                path: other.to_path_buf(),
                ours_sealed: self.header.seal.is_some(),
                theirs_sealed: header.seal.is_some(),
            });
        }
        let theirs = scan_file(&mut Cursor::new(&bytes), size, &self.keys)
            .map_err(JournalError::io(other, "reading"))?
            .map_err(not_a_save(other))?;
        if theirs.header.log != self.header.log {
            return Err(JournalError::AnotherGarden {
                path: other.to_path_buf(),
            });
        }
        let torn = match theirs.tail {
            Tail::Torn { line, .. } => Some((line, theirs.tail_bytes.len())),
            _ => None,
        };
        let other_problems =
            MergeReport::problems_of_other(&theirs.body.set_aside, &theirs.body.newer, torn);
        let their_lines = theirs.body.lines_in(bytes);
        drop(theirs.body);

        self.refuse_newer_format()?;
        let _locked = self.lock_to_write()?;
        self.catch_up()?;
        for _ in 0..MAX_ATTEMPTS {
            self.refuse_newer_format()?;
            let mut merged = merge(&self.read_lines()?, &their_lines);
            let added = merged.added.len();
            let written = if merged.added.is_empty() {
                Written::Nothing
            } else {
                let mut bytes = Vec::new();
                for line in &merged.added {
                    bytes.extend_from_slice(line.text().as_bytes());
                    bytes.push(b'\n');
                }
                let start = self.seen.len;
                self.write_at_end(&bytes)?;
                if !self.landed(start, &bytes)? {
                    // Replaced by a sync tool: merge into what is there now.
                    self.load_all()?;
                    continue;
                }
                // Read back what was appended, so the view holds it too.
                self.seen.len = start;
                self.catch_up()?;
                Written::Appended
            };
            // Settled by an entry either file holds (now both do): no conflict.
            let settled = merged.conflicts.len();
            merged.conflicts.retain(|c| !self.body.is_settled(c.id));
            let settled = settled - merged.conflicts.len();
            // Nor is a line that differs only by words erased.
            let erased = self.body.erased();
            merged
                .conflicts
                .retain(|c| !(erased.contains(&c.id) && same_but_words(&self.body.codec, c)));
            if !erased.is_empty() {
                self.scrub(true)?;
            }
            let conflicts_file = self.record_conflicts(&merged.conflicts, other)?;
            return Ok(MergeReport {
                other: other.to_path_buf(),
                added,
                already_present: their_lines.len() - added - merged.conflicts.len() - settled,
                settled,
                conflicts: merged.conflicts,
                conflicts_file,
                written,
                other_problems,
            });
        }
        Err(replaced_while_writing(&self.path))
    }

    pub(super) fn body_erased(&self) -> std::collections::HashSet<EventId> {
        self.body.erased()
    }

    /// The save still holds erased words: it cannot be rewritten yet.
    pub(super) fn note_words_left(&mut self, why: RewriteBlocker) {
        self.report.words_left = Some(why);
    }

    /// Reads the whole file again. Call with the lock held.
    pub(super) fn reread(&mut self) -> Result<(), JournalError> {
        self.load_all()
    }

    /// The writers' lock, to read a consistent file (none on read-only storage).
    fn lock_to_read(&self) -> Result<Option<Locked>, JournalError> {
        self.lock
            .as_ref()
            .map(|lock| Locked::take(lock, &self.path))
            .transpose()
    }

    pub(super) fn lock_to_write(&self) -> Result<Locked, JournalError> {
        match &self.lock {
            Some(lock) => Locked::take(lock, &self.path),
            None => Err(JournalError::io(&self.path, "writing")(io::Error::from(
                io::ErrorKind::ReadOnlyFilesystem,
            ))),
        }
    }

    /// The conflicts recorded in `<save>.conflicts` that no entry settled
    /// yet: each id once, with the save's version and the other one (the
    /// latest recorded), both checked against their checksums.
    pub fn recorded_conflicts(&self) -> Result<Vec<RecordedConflict>, JournalError> {
        let side_file = sibling(&self.path, ".conflicts");
        let text = match fs::read(&side_file) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) if is_not_found(&e) => return Ok(Vec::new()),
            Err(e) => return Err(JournalError::io(&side_file, "reading")(e)),
        };
        let event = |line: &str| match self.body.codec.decode(line) {
            Ok(Decoded::Event(event)) => Some(event),
            _ => None,
        };
        let lines: Vec<&str> = text.lines().filter(|l| !l.starts_with("// ")).collect();
        let mut found: Vec<RecordedConflict> = Vec::new();
        for pair in lines.chunks_exact(2) {
            let (Some(ours), Some(theirs)) = (event(pair[0]), event(pair[1])) else {
                continue;
            };
            if ours.id != theirs.id || self.body.is_settled(ours.id) {
                continue;
            }
            found.retain(|c| c.id != ours.id);
            found.push(RecordedConflict {
                id: ours.id,
                ours,
                theirs,
            });
        }
        Ok(found)
    }

    /// Why this save must not be rewritten, if it must not.
    pub fn rewrite_blocker(&self) -> Option<RewriteBlocker> {
        if self.header.format > FORMAT_VERSION {
            Some(RewriteBlocker::NewerFormat {
                found: self.header.format,
            })
        } else if let Some(newer) = self.body.newer.first() {
            Some(RewriteBlocker::NewerLine { line: newer.line })
        } else {
            self.body
                .set_aside
                .first()
                .map(|s| RewriteBlocker::SetAside {
                    line: s.line,
                    damage: s.damage.clone(),
                })
        }
    }

    fn refuse_newer_format(&self) -> Result<(), JournalError> {
        if self.header.format > FORMAT_VERSION {
            return Err(JournalError::NewerFormat {
                path: self.path.clone(),
                found: self.header.format,
                supported: FORMAT_VERSION,
            });
        }
        Ok(())
    }

    /// Reads the whole file afresh. Call with the lock held.
    fn load_all(&mut self) -> Result<(), JournalError> {
        let mut file = File::open(&self.path).map_err(JournalError::io(&self.path, "opening"))?;
        let meta = file
            .metadata()
            .map_err(JournalError::io(&self.path, "reading"))?;
        // The old body goes first, not to hold two at once; should reading
        // fail, the next look at the file reads it all again.
        self.body = Body::default();
        self.seen = Seen {
            len: u64::MAX,
            ..Seen::default()
        };
        let scanned = scan_file(&mut file, meta.len(), &self.keys)
            .map_err(JournalError::io(&self.path, "reading"))?
            .map_err(not_a_save(&self.path))?;
        self.header = scanned.header;
        self.header_text = scanned.header_text;
        self.body = scanned.body;
        self.report.newer_format =
            (self.header.format > FORMAT_VERSION).then_some(self.header.format);
        self.seen = Seen {
            file: FileId::of(&meta),
            len: scanned.complete_end,
            next_line: scanned.next_line,
        };
        self.appender = None;
        self.settle_tail(scanned.tail, &scanned.tail_bytes)?;
        self.update_report();
        Ok(())
    }

    /// Our lines with their text, read from the file again. Call with the
    /// lock held and the view caught up. Should the file no longer hold them
    /// where they were read (a tool rewrote it in place), it is read afresh.
    fn read_lines(&mut self) -> Result<Vec<Line>, JournalError> {
        if let Some(lines) = self.lines_in_file()? {
            return Ok(lines);
        }
        self.load_all()?;
        self.lines_in_file()?.ok_or_else(|| changed(&self.path))
    }

    /// Our lines with their text from the file, or `None` if it no longer
    /// holds them where they were read.
    fn lines_in_file(&self) -> Result<Option<Vec<Line>>, JournalError> {
        let mut file = File::open(&self.path).map_err(JournalError::io(&self.path, "opening"))?;
        let meta = file
            .metadata()
            .map_err(JournalError::io(&self.path, "reading"))?;
        if FileId::of(&meta) != self.seen.file || meta.len() < self.seen.len {
            return Ok(None);
        }
        let mut bytes = Vec::with_capacity(meta.len() as usize);
        io::Read::read_to_end(&mut file, &mut bytes)
            .map_err(JournalError::io(&self.path, "reading"))?;
        let in_place = self.body.entries().all(|(id, _, placed)| {
            bytes
                .get(placed.span())
                .and_then(|line| std::str::from_utf8(line).ok())
                .is_some_and(|line| still_holds(line, id))
        });
        Ok(in_place.then(|| self.body.lines_in(bytes)))
    }

    /// Takes in what was written since the last read. Call with the lock held.
    fn catch_up(&mut self) -> Result<(), JournalError> {
        let meta = match fs::metadata(&self.path) {
            Ok(meta) => meta,
            Err(e) => return Err(JournalError::io(&self.path, "reading")(e)),
        };
        if FileId::of(&meta) != self.seen.file || meta.len() < self.seen.len {
            return self.load_all();
        }
        if meta.len() == self.seen.len {
            return Ok(());
        }
        let mut file = File::open(&self.path).map_err(JournalError::io(&self.path, "opening"))?;
        let before = self.body.set_aside.len() + self.body.newer.len();
        let ending = file
            .seek(SeekFrom::Start(self.seen.len))
            .and_then(|base| {
                self.body
                    .read_to_end(&mut file, Vec::new(), base, self.seen.next_line, meta.len())
            })
            .map_err(JournalError::io(&self.path, "reading"))?;
        self.seen.len = ending.end;
        self.seen.next_line = ending.next_line;
        self.settle_tail(ending.tail, &ending.tail_bytes)?;
        if self.body.set_aside.len() + self.body.newer.len() != before {
            self.update_report();
        }
        Ok(())
    }

    /// Finishes a last line that lacks its line end (or whose line end is a
    /// damaged byte), or moves a torn one out. `bytes` are the file's after
    /// its last line end (where `seen` stops). A save on read-only storage
    /// is left as it is: its whole lines are read, nothing is written.
    fn settle_tail(&mut self, tail: Tail, bytes: &[u8]) -> Result<(), JournalError> {
        if self.header.format > FORMAT_VERSION || tail == Tail::Clean {
            return Ok(());
        }
        let file = match OpenOptions::new().write(true).open(&self.path) {
            Ok(file) => file,
            Err(e) if is_read_only(&e) => {
                self.report.read_only_tail = Some(match tail {
                    Tail::MissingNewline { line }
                    | Tail::DamagedNewline { line }
                    | Tail::Torn { line, .. } => line,
                    Tail::Clean => unreachable!("a clean end returned above"),
                });
                return Ok(());
            }
            Err(e) => return Err(JournalError::io(&self.path, "opening for writing")(e)),
        };
        match tail {
            Tail::Clean => {}
            Tail::MissingNewline { line } => {
                self.seen.len += bytes.len() as u64;
                self.write_at_end(b"\n")?;
                self.report.completed_line = Some(line);
            }
            Tail::DamagedNewline { line } => {
                let end = self.seen.len + bytes.len() as u64 - 1;
                write_at(&file, b"\n", end)
                    .and_then(|()| file.sync_data())
                    .map_err(JournalError::io(&self.path, "restoring the last line end"))?;
                self.seen.len = end + 1;
                self.report.restored_line_end = Some(line);
            }
            Tail::Torn { line, start } => {
                let side_file = unused(&sibling(&self.path, &format!(".torn-{}", stamp())));
                write_new(&side_file, bytes)?;
                sync_folder(&side_file)?;
                file.set_len(start)
                    .and_then(|()| file.sync_all())
                    .map_err(JournalError::io(
                        &self.path,
                        "cutting off the torn last line",
                    ))?;
                self.seen.len = start;
                self.report.torn_tails.push(TornTail {
                    line,
                    bytes: bytes.len(),
                    side_file,
                });
            }
        }
        Ok(())
    }

    /// Appends whole lines at the end of the file with one write, then syncs.
    /// Call with the lock held and the view caught up.
    fn write_at_end(&mut self, bytes: &[u8]) -> Result<(), JournalError> {
        let current = matches!(&self.appender, Some((_, id)) if *id == self.seen.file);
        if !current {
            let file = OpenOptions::new()
                .append(true)
                .open(&self.path)
                .map_err(JournalError::io(&self.path, "opening for append"))?;
            let id = file
                .metadata()
                .map(|meta| FileId::of(&meta))
                .map_err(JournalError::io(&self.path, "opening for append"))?;
            self.appender = Some((file, id));
        }
        let Some((file, _)) = self.appender.as_mut() else {
            unreachable!("the appender was just opened");
        };
        #[cfg(test)]
        tests::before_sync(&self.path);
        if let Err(e) = file.write_all(bytes).and_then(|()| file.sync_data()) {
            // Leave the save as it was: a partial line would read as torn.
            let _ = file.set_len(self.seen.len).and_then(|()| file.sync_data());
            return Err(JournalError::io(&self.path, "appending")(e));
        }
        self.seen.len += bytes.len() as u64;
        Ok(())
    }

    /// Whether the file the save's path names now is the one just appended
    /// to and holds `bytes` at `start`. A sync tool ignores our lock: should
    /// it replace the save between our open and our fsync, the line is in a
    /// file nobody reads any more.
    fn landed(&self, start: u64, bytes: &[u8]) -> Result<bool, JournalError> {
        let Some((_, written_to)) = &self.appender else {
            return Ok(false);
        };
        let mut file = match File::open(&self.path) {
            Ok(file) => file,
            Err(e) if is_not_found(&e) => return Ok(false),
            Err(e) => return Err(JournalError::io(&self.path, "reading")(e)),
        };
        let meta = file
            .metadata()
            .map_err(JournalError::io(&self.path, "reading"))?;
        if FileId::of(&meta) != *written_to || meta.len() < start + bytes.len() as u64 {
            return Ok(false);
        }
        let mut found = vec![0; bytes.len()];
        file.seek(SeekFrom::Start(start))
            .and_then(|_| io::Read::read_exact(&mut file, &mut found))
            .map_err(JournalError::io(&self.path, "reading"))?;
        Ok(found == bytes)
    }

    /// Copies set-aside and newer-version findings into the report, and the
    /// set-aside lines into `<save>.set-aside` for the user to look at.
    fn update_report(&mut self) {
        self.report.newer_lines = self.body.newer.clone();
        if self.report.set_aside == self.body.set_aside {
            return;
        }
        self.report.set_aside = self.body.set_aside.clone();
        if self.body.set_aside.is_empty() {
            return;
        }
        let mut text = Vec::new();
        for set_aside in &self.body.set_aside {
            let _ = writeln!(text, "// line {}: {}", set_aside.line, set_aside.damage);
            text.extend_from_slice(&set_aside.bytes);
            text.push(b'\n');
        }
        let side_file = sibling(&self.path, ".set-aside");
        // The lines stay in the save itself; the side file is only a copy to
        // look at, so failing to write it (a read-only folder) loses nothing.
        self.report.set_aside_file = replace_atomically(&side_file, &text)
            .ok()
            .map(|()| side_file);
    }

    /// Writes both versions of each new conflict to `<save>.conflicts`.
    fn record_conflicts(
        &self,
        conflicts: &[Conflict],
        other: &Path,
    ) -> Result<Option<PathBuf>, JournalError> {
        if conflicts.is_empty() {
            return Ok(None);
        }
        let side_file = sibling(&self.path, ".conflicts");
        let known = match fs::read(&side_file) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) if is_not_found(&e) => String::new(),
            Err(e) => return Err(JournalError::io(&side_file, "reading")(e)),
        };
        let mut text = String::new();
        for conflict in conflicts {
            let recorded = known.lines().any(|line| line == conflict.theirs.text());
            if recorded {
                continue;
            }
            text.push_str(&format!(
                "// {} event {}: the save keeps the first line; the second is from {}\n{}\n{}\n",
                stamp(),
                conflict.id,
                other.display(),
                conflict.ours.text(),
                conflict.theirs.text()
            ));
        }
        if !text.is_empty() {
            append_to_side_file(&side_file, text.as_bytes())?;
        }
        Ok(Some(side_file))
    }

    /// Merges the conflict copies sync tools left beside the save, then moves
    /// them into `<save>.merged-copies/`. One that fails stays where it is.
    fn merge_conflict_copies(&mut self) {
        let copies = match find_copies(&self.path) {
            Ok(copies) => copies,
            Err(e) => {
                self.report.unmerged_copies.push(UnmergedCopy {
                    copy: self.path.clone(),
                    error: e.to_string(),
                });
                return;
            }
        };
        for (copy, _scheme) in copies {
            let merged = self.merge_from(&copy).and_then(|merge| {
                let archived_as = archive(&self.path, &copy)?;
                Ok(MergedCopy {
                    copy: copy.clone(),
                    archived_as,
                    merge,
                })
            });
            match merged {
                Ok(merged) => self.report.merged_copies.push(merged),
                // Another device merged and archived it first.
                Err(JournalError::Io { path, source, .. })
                    if path == copy && is_not_found(&source) => {}
                // Named like a copy, but not of this garden: not ours to touch.
                Err(JournalError::AnotherGarden { path }) => self.report.other_gardens.push(path),
                Err(e) => self.report.unmerged_copies.push(UnmergedCopy {
                    copy,
                    error: e.to_string(),
                }),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;

    use chrono::DateTime;

    use super::*;
    use crate::journal::event::{Kind, Partner};

    type Step = Box<dyn FnOnce(&Path)>;

    thread_local! {
        static BEFORE_SYNC: RefCell<Option<Step>> = RefCell::new(None);
    }

    /// Runs the step a test set up, once, where a write is between its open
    /// and its fsync.
    pub(super) fn before_sync(path: &Path) {
        if let Some(step) = BEFORE_SYNC.with(|hook| hook.borrow_mut().take()) {
            step(path);
        }
    }

    fn once_before_sync(step: impl FnOnce(&Path) + 'static) {
        BEFORE_SYNC.with(|hook| *hook.borrow_mut() = Some(Box::new(step)));
    }

    fn event(note: &str) -> Event {
        let at = DateTime::parse_from_rfc3339("2026-03-01T21:15:00+01:00").unwrap();
        Event::new(Partner::A, at, Kind::Kindness, Some(note.into()))
    }

    /// What a sync tool does with the partner's newer version: writes it
    /// beside the save, then renames it over.
    fn replace_with_partners_version(path: &Path, partners: &Event) {
        let mut bytes = fs::read(path).unwrap();
        bytes.extend_from_slice(encode_event(partners).unwrap().as_bytes());
        bytes.push(b'\n');
        let temp = sibling(path, ".syncthing.tmp");
        fs::write(&temp, bytes).unwrap();
        fs::rename(&temp, path).unwrap();
    }

    fn notes(events: &[Event]) -> Vec<String> {
        let mut notes: Vec<String> = events.iter().filter_map(|e| e.note.clone()).collect();
        notes.sort();
        notes
    }

    #[test]
    fn an_append_into_a_file_a_sync_tool_replaced_is_written_again() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("garden.ron");
        let mut journal = Journal::create_with(&path, &[event("first")]).unwrap();
        let partners = event("partner's");
        once_before_sync(move |path| replace_with_partners_version(path, &partners));

        journal.append(event("mine")).unwrap();

        let on_disk = Journal::open(&path).unwrap();
        let all = ["first", "mine", "partner's"];
        assert_eq!(notes(on_disk.events()), all);
        assert_eq!(notes(journal.events()), all);
    }

    #[test]
    fn a_merge_into_a_file_a_sync_tool_replaced_merges_into_the_new_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("garden.ron");
        let copy = dir.path().join("copy.ron");
        let mut journal = Journal::create_with(&path, &[event("first")]).unwrap();
        fs::copy(&path, &copy).unwrap();
        Journal::open(&copy)
            .unwrap()
            .append(event("theirs"))
            .unwrap();
        let partners = event("partner's");
        once_before_sync(move |path| replace_with_partners_version(path, &partners));

        let report = journal.merge_from(&copy).unwrap();

        assert_eq!((report.added, report.written), (1, Written::Appended));
        let all = ["first", "partner's", "theirs"];
        assert_eq!(notes(Journal::open(&path).unwrap().events()), all);
        assert_eq!(notes(journal.events()), all);
    }

    #[test]
    fn after_a_merge_the_open_save_knows_what_it_appended() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("garden.ron");
        let copy = dir.path().join("copy.ron");
        let mut journal = Journal::create_with(&path, &[event("first")]).unwrap();
        fs::copy(&path, &copy).unwrap();
        let theirs = event("theirs");
        Journal::open(&copy)
            .unwrap()
            .append(theirs.clone())
            .unwrap();

        assert_eq!(journal.merge_from(&copy).unwrap().added, 1);

        assert_eq!(notes(journal.events()), ["first", "theirs"]);
        assert_eq!(journal.merge_from(&copy).unwrap().added, 0);
        assert!(matches!(
            journal.append(theirs),
            Err(JournalError::DuplicateId { .. })
        ));
        let lines = fs::read_to_string(&path).unwrap().lines().count();
        assert_eq!(lines, 3, "header and two events, each once");
    }

    #[test]
    fn lines_of_any_id_spelling_are_read_again_and_merged() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("garden.ron");
        Journal::create_with(&path, &[event("first")]).unwrap();
        let written = event("upper case id");
        let line = encode_event(&written).unwrap();
        let payload = line.split(" // ").next().unwrap();
        let lower = written.id.to_string();
        let upper = payload.replace(&lower, &lower.to_uppercase());
        let crc = crc32c::crc32c(upper.as_bytes());
        let mut bytes = fs::read(&path).unwrap();
        bytes.extend_from_slice(format!("{upper} // crc32c={crc:08x}\n").as_bytes());
        fs::write(&path, &bytes).unwrap();
        let copy = dir.path().join("copy.ron");
        fs::copy(&path, &copy).unwrap();
        Journal::open(&copy)
            .unwrap()
            .append(event("theirs"))
            .unwrap();

        let mut journal = Journal::open(&path).unwrap();
        assert_eq!(journal.lines().unwrap().len(), 2);
        assert_eq!(journal.merge_from(&copy).unwrap().added, 1);
        assert_eq!(
            notes(journal.events()),
            ["first", "theirs", "upper case id"]
        );
    }
}
