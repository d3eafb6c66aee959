//! What can go wrong with a save file, worded for the person who owns it:
//! every message names the file, and the line when there is one.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use super::event::EventId;
use super::seal::SealProblem;

/// Why one line of a save file cannot be used as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LineDamage {
    /// The bytes are not UTF-8; `at` is the offset of the first bad byte in the line.
    NotUtf8 { at: usize },
    /// No `// crc32c=xxxxxxxx` comment at the end of the line.
    NoChecksum,
    /// The checksum comment does not match the text before it.
    BadChecksum { expected: u32, found: u32 },
    /// The checksum matches but the line is not an event and carries no id.
    Unreadable { why: String },
    /// A second line with an id already seen earlier in the file, with different content.
    DuplicateId { id: EventId, first_line: usize },
    /// Intact, but dated outside the years a couple's log can hold.
    OutOfRange { why: String },
    /// A sealed line that does not open with the save's key.
    Unopened,
    /// A plain-text line in an encrypted save.
    PlainInSealed,
    /// An encrypted line in a plain save.
    SealedInPlain,
}

impl fmt::Display for LineDamage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LineDamage::NotUtf8 { at } => write!(f, "not UTF-8 (bad byte at column {})", at + 1),
            LineDamage::NoChecksum => {
                f.write_str("no `// crc32c=` checksum at the end of the line")
            }
            LineDamage::BadChecksum { expected, found } => write!(
                f,
                "bad checksum (the line says {found:08x}, its text gives {expected:08x})"
            ),
            LineDamage::Unreadable { why } => {
                write!(f, "unreadable line with a valid checksum: {why}")
            }
            LineDamage::OutOfRange { why } => write!(f, "out of range: {why}"),
            LineDamage::Unopened => f.write_str(
                "encrypted line that does not open with this save's key (damaged, cut, or \
                 moved from another entry or save)",
            ),
            LineDamage::PlainInSealed => f.write_str("a plain-text line in an encrypted save"),
            LineDamage::SealedInPlain => f.write_str("an encrypted line in a plain-text save"),
            LineDamage::DuplicateId { id, first_line } => write!(
                f,
                "event {id} appears again with different content (first on line {first_line})"
            ),
        }
    }
}

/// What a read-only check found, one per line at fault.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// 1-based; the header is line 1.
    pub line: usize,
    pub kind: ProblemKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// A damaged line in the file; `open` sets it aside and keeps the rest.
    Damaged(LineDamage),
    /// The last line was cut short (a crash mid-write); `open` moves it to a side file.
    TornTail { bytes: usize },
    /// The last line is whole but lacks its line end; `open` adds it.
    MissingNewline,
    /// The last line is whole but its line end is a damaged byte; `open` restores it.
    DamagedNewline,
    /// A line written by a newer version of the app; kept as it is, and it
    /// stops this version from ever rewriting the file.
    NewerVersion { id: Option<EventId>, why: String },
    /// The header says a newer file format: this version reads what it can and writes nothing.
    NewerFormat { found: u32, supported: u32 },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: ", self.line)?;
        match &self.kind {
            ProblemKind::Damaged(damage) => damage.fmt(f),
            ProblemKind::TornTail { bytes } => {
                write!(
                    f,
                    "last line cut short ({bytes} bytes, no line end); it did not finish writing"
                )
            }
            ProblemKind::MissingNewline => f.write_str("last line has no line end"),
            ProblemKind::DamagedNewline => {
                f.write_str("last line ends in a damaged byte where its line end was")
            }
            ProblemKind::NewerVersion { id: Some(id), why } => {
                write!(
                    f,
                    "event {id} is from a newer version of trust-garden ({why})"
                )
            }
            ProblemKind::NewerVersion { id: None, why } => {
                write!(f, "line from a newer version of trust-garden ({why})")
            }
            ProblemKind::NewerFormat { found, supported } => write!(
                f,
                "save format {found} is newer than this version supports ({supported}); read only"
            ),
        }
    }
}

/// An error from a save-file operation. When one is returned, the save is unchanged.
#[derive(Debug)]
pub enum JournalError {
    Io {
        path: PathBuf,
        doing: &'static str,
        source: io::Error,
    },
    /// `create` refuses to replace anything.
    AlreadyExists { path: PathBuf },
    /// A 0-byte file: not a save (a save always starts with its header line).
    Empty { path: PathBuf },
    /// The first line is not a trust-garden header.
    NotASave { path: PathBuf, why: String },
    /// The first line is damaged but the lines after it are a save's:
    /// `Journal::repair_header` rebuilds it.
    DamagedHeader { path: PathBuf, why: String },
    /// The file was written by a newer format; this version never writes to it.
    NewerFormat {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    /// A rewrite would lose lines this version cannot read or has set aside.
    RewriteRefused { path: PathBuf, why: String },
    /// An event with this id is already in the save.
    DuplicateId { path: PathBuf, id: EventId },
    /// A save of another garden (its header names another log): never merged,
    /// so one couple's entries never reach another's file.
    AnotherGarden { path: PathBuf },
    /// An event that cannot be written as one line.
    Encode { id: EventId, why: String },
    /// An encrypted save that cannot be opened with what was given.
    Sealed { path: PathBuf, problem: SealProblem },
    /// A copy of this garden sealed otherwise than the save (one encrypted
    /// and the other not, or each encrypted on its own): never merged, so no
    /// plain line enters an encrypted save.
    OtherSeal {
        path: PathBuf,
        ours_sealed: bool,
        theirs_sealed: bool,
    },
}

impl JournalError {
    pub(crate) fn io(path: &Path, doing: &'static str) -> impl FnOnce(io::Error) -> JournalError {
        let path = path.to_path_buf();
        move |source| JournalError::Io {
            path,
            doing,
            source,
        }
    }

    /// The file the error is about, if any.
    pub fn path(&self) -> Option<&Path> {
        match self {
            JournalError::Io { path, .. }
            | JournalError::AlreadyExists { path }
            | JournalError::Empty { path }
            | JournalError::NotASave { path, .. }
            | JournalError::DamagedHeader { path, .. }
            | JournalError::NewerFormat { path, .. }
            | JournalError::RewriteRefused { path, .. }
            | JournalError::DuplicateId { path, .. }
            | JournalError::AnotherGarden { path }
            | JournalError::Sealed { path, .. }
            | JournalError::OtherSeal { path, .. } => Some(path),
            JournalError::Encode { .. } => None,
        }
    }
}

impl fmt::Display for JournalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JournalError::Io {
                path,
                doing,
                source,
            } => {
                write!(f, "{}: {doing}: {source}", path.display())
            }
            JournalError::AlreadyExists { path } => {
                write!(
                    f,
                    "{}: already exists; refusing to overwrite it",
                    path.display()
                )
            }
            JournalError::Empty { path } => write!(
                f,
                "{}: empty file (0 bytes), not a trust-garden save; it was left as it is",
                path.display()
            ),
            JournalError::NotASave { path, why } => write!(
                f,
                "{}:1: not a trust-garden save ({why}); the file was left as it is",
                path.display()
            ),
            JournalError::DamagedHeader { path, why } => write!(
                f,
                "{}:1: the save's first line is damaged ({why}), the lines after it are \
                 intact; nothing was changed. `trust-garden verify --repair` rebuilds the \
                 first line (from a copy of the save beside it when there is one) and \
                 keeps every other line",
                path.display()
            ),
            JournalError::NewerFormat {
                path,
                found,
                supported,
            } => write!(
                f,
                "{}:1: save format {found} is newer than this version supports ({supported}); \
                 it is read only here, update trust-garden to write to it",
                path.display()
            ),
            JournalError::RewriteRefused { path, why } => {
                write!(f, "{}: not rewriting the save: {why}", path.display())
            }
            JournalError::DuplicateId { path, id } => {
                write!(f, "{}: event {id} is already in the save", path.display())
            }
            JournalError::Encode { id, why } => write!(f, "event {id}: cannot be written: {why}"),
            JournalError::AnotherGarden { path } => write!(
                f,
                "{}:1: the save of another garden (its header names another log), not a \
                 copy of this one; nothing was merged and it was left as it is",
                path.display()
            ),
            JournalError::Sealed { path, problem } => write!(f, "{}: {problem}", path.display()),
            JournalError::OtherSeal {
                path,
                ours_sealed,
                theirs_sealed,
            } => {
                let what = match (ours_sealed, theirs_sealed) {
                    (true, false) => "a plain-text copy of this encrypted garden",
                    (false, true) => "an encrypted copy of this plain-text garden",
                    _ => "a copy of this garden encrypted on its own (another passphrase or salt)",
                };
                write!(
                    f,
                    "{}: {what}; it was not merged and was left as it is, so no plain line \
                     enters an encrypted save. To bring its entries in, make both plain \
                     (`trust-garden decrypt`, and `decrypt --save COPY`), merge, then \
                     `trust-garden encrypt` again",
                    path.display()
                )
            }
        }
    }
}

impl std::error::Error for JournalError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            JournalError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
