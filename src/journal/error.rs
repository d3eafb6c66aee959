//! What can go wrong with a save file, worded for the person who owns it:
//! every message names the file, and the line when there is one.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use super::codec::OutOfRange;
use super::event::EventId;
use super::seal::SealProblem;
use crate::t;

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
    OutOfRange { why: OutOfRange },
    /// A sealed line that does not open with the save's key.
    Unopened,
    /// A plain-text line in an encrypted save.
    PlainInSealed,
    /// An encrypted line in a plain save.
    SealedInPlain,
}

impl fmt::Display for LineDamage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            LineDamage::NotUtf8 { at } => t!("report-journal-not-utf8", column = at + 1),
            LineDamage::NoChecksum => t!("report-journal-no-checksum"),
            LineDamage::BadChecksum { expected, found } => t!(
                "report-journal-bad-checksum",
                found = format!("{found:08x}"),
                expected = format!("{expected:08x}")
            ),
            LineDamage::Unreadable { why } => t!("report-journal-unreadable", why = why),
            LineDamage::OutOfRange { why } => {
                t!("report-journal-out-of-range", why = why.to_string())
            }
            LineDamage::Unopened => t!("report-journal-unopened"),
            LineDamage::PlainInSealed => t!("report-journal-plain-in-sealed"),
            LineDamage::SealedInPlain => t!("report-journal-sealed-in-plain"),
            LineDamage::DuplicateId { id, first_line } => t!(
                "report-journal-duplicate-line",
                id = id.to_string(),
                first_line = *first_line
            ),
        };
        f.write_str(&text)
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
        let problem = match &self.kind {
            ProblemKind::Damaged(damage) => damage.to_string(),
            ProblemKind::TornTail { bytes } => t!("report-journal-torn-tail", bytes = *bytes),
            ProblemKind::MissingNewline => t!("report-journal-missing-newline"),
            ProblemKind::DamagedNewline => t!("report-journal-damaged-newline"),
            ProblemKind::NewerVersion { id: Some(id), why } => {
                t!("report-journal-newer-event", id = id.to_string(), why = why)
            }
            ProblemKind::NewerVersion { id: None, why } => {
                t!("report-journal-newer-line", why = why)
            }
            ProblemKind::NewerFormat { found, supported } => t!(
                "report-journal-newer-format-line",
                found = *found,
                supported = *supported
            ),
        };
        f.write_str(&t!(
            "report-journal-line",
            line = self.line,
            problem = problem
        ))
    }
}

/// Why a file's first line is not a save's header (or, for `verify
/// --repair`, cannot be rebuilt). Worded when shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HeaderProblem {
    NotUtf8,
    /// The checksum or the text of the line is damaged.
    Damaged(LineDamage),
    /// Intact, but not a header; RON's own words.
    NotAHeader(String),
    /// A sealed header on a format that cannot be encrypted.
    FormatUnsealable {
        format: u32,
    },
    /// An encrypted save's format without its seal settings.
    SealMissing,
    /// Nothing in the file but one damaged line.
    OnlyOneDamagedLine,
    /// No intact entry follows the damaged first line.
    NoIntactEntry,
    /// The lines are sealed and no copy of the garden holds the lost settings.
    SealedNoCopy,
}

impl fmt::Display for HeaderProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            HeaderProblem::NotUtf8 => t!("report-journal-header-not-utf8"),
            HeaderProblem::Damaged(damage) => {
                t!("report-journal-header-damaged", damage = damage.to_string())
            }
            HeaderProblem::NotAHeader(error) => {
                t!("report-journal-header-not-a-header", error = error)
            }
            HeaderProblem::FormatUnsealable { format } => {
                t!("report-journal-header-format-unsealable", format = *format)
            }
            HeaderProblem::SealMissing => t!("report-journal-header-seal-missing"),
            HeaderProblem::OnlyOneDamagedLine => t!("report-journal-repair-one-damaged-line"),
            HeaderProblem::NoIntactEntry => t!("report-journal-repair-no-intact-entry"),
            HeaderProblem::SealedNoCopy => t!("report-journal-repair-sealed-no-copy"),
        };
        f.write_str(&text)
    }
}

/// Why a save must not be rewritten now. Worded when shown, so the words
/// follow the current language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RewriteBlocker {
    /// The header names a newer format than this version's.
    NewerFormat { found: u32 },
    /// A line written by a newer version of the app.
    NewerLine { line: usize },
    /// A damaged line set aside when the save was opened.
    SetAside { line: usize, damage: LineDamage },
    /// A line of the save that cannot be read to be converted.
    UnreadableLine { line: usize },
    /// Files beside the save with lines that cannot be encrypted: each file
    /// with its unreadable line numbers.
    UnreadableBeside { files: Vec<(PathBuf, Vec<usize>)> },
}

/// How many line numbers of one file are listed before "…".
const LINES_LISTED: usize = 5;

impl fmt::Display for RewriteBlocker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            RewriteBlocker::NewerFormat { found } => {
                t!("report-journal-blocked-newer-format", found = *found)
            }
            RewriteBlocker::NewerLine { line } => {
                t!("report-journal-blocked-newer-line", line = *line)
            }
            RewriteBlocker::SetAside { line, damage } => t!(
                "report-journal-blocked-set-aside",
                line = *line,
                damage = damage.to_string()
            ),
            RewriteBlocker::UnreadableLine { line } => {
                t!("report-journal-blocked-unreadable-line", line = *line)
            }
            RewriteBlocker::UnreadableBeside { files } => {
                let listed: Vec<String> = files
                    .iter()
                    .map(|(file, lines)| {
                        let mut shown: Vec<String> = lines
                            .iter()
                            .take(LINES_LISTED)
                            .map(usize::to_string)
                            .collect();
                        if lines.len() > LINES_LISTED {
                            shown.push("…".to_owned());
                        }
                        t!(
                            "report-journal-blocked-file-lines",
                            path = file.display().to_string(),
                            count = lines.len(),
                            lines = shown.join(", ")
                        )
                    })
                    .collect();
                t!(
                    "report-journal-blocked-unreadable-beside",
                    files = listed.join("; ")
                )
            }
        };
        f.write_str(&text)
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
    NotASave { path: PathBuf, why: HeaderProblem },
    /// The first line is damaged but the lines after it are a save's:
    /// `Journal::repair_header` rebuilds it.
    DamagedHeader { path: PathBuf, why: HeaderProblem },
    /// The file was written by a newer format; this version never writes to it.
    NewerFormat {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    /// A rewrite would lose lines this version cannot read or has set aside.
    RewriteRefused { path: PathBuf, why: RewriteBlocker },
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
        let file = |path: &PathBuf| path.display().to_string();
        let text = match self {
            JournalError::Io {
                path,
                doing,
                source,
            } => t!(
                "report-journal-io",
                path = file(path),
                doing = doing_words(doing),
                error = source.to_string()
            ),
            JournalError::AlreadyExists { path } => {
                t!("report-journal-already-exists", path = file(path))
            }
            JournalError::Empty { path } => t!("report-journal-empty", path = file(path)),
            JournalError::NotASave { path, why } => t!(
                "report-journal-not-a-save",
                path = file(path),
                why = why.to_string()
            ),
            JournalError::DamagedHeader { path, why } => {
                t!(
                    "report-journal-damaged-header",
                    path = file(path),
                    why = why.to_string()
                )
            }
            JournalError::NewerFormat {
                path,
                found,
                supported,
            } => t!(
                "report-journal-newer-format",
                path = file(path),
                found = *found,
                supported = *supported
            ),
            JournalError::RewriteRefused { path, why } => {
                t!(
                    "report-journal-rewrite-refused",
                    path = file(path),
                    why = why.to_string()
                )
            }
            JournalError::DuplicateId { path, id } => t!(
                "report-journal-duplicate-id",
                path = file(path),
                id = id.to_string()
            ),
            JournalError::Encode { id, why } => {
                t!("report-journal-encode", id = id.to_string(), why = why)
            }
            JournalError::AnotherGarden { path } => {
                t!("report-journal-another-garden", path = file(path))
            }
            JournalError::Sealed { path, problem } => t!(
                "report-journal-sealed",
                path = file(path),
                problem = problem.to_string()
            ),
            JournalError::OtherSeal {
                path,
                ours_sealed,
                theirs_sealed,
            } => {
                let what = match (ours_sealed, theirs_sealed) {
                    (true, false) => t!("report-journal-plain-copy"),
                    (false, true) => t!("report-journal-encrypted-copy"),
                    _ => t!("report-journal-own-seal-copy"),
                };
                t!("report-journal-other-seal", path = file(path), what = what)
            }
        };
        f.write_str(&text)
    }
}

/// What a file operation was doing, in words: the code names it in English
/// ("reading"), the translation files say it in the couple's language.
fn doing_words(doing: &str) -> String {
    let key = format!("report-journal-doing-{}", doing.replace(' ', "-"));
    let words = t!(&key);
    // A missing message comes back as its key: keep the code's own words.
    if words == key {
        doing.to_owned()
    } else {
        words
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, scoped};

    #[test]
    fn problems_keep_file_and_line_in_every_language() {
        let problem = Problem {
            line: 4,
            kind: ProblemKind::Damaged(LineDamage::BadChecksum {
                expected: 0xabc,
                found: 0x12,
            }),
        };
        assert_eq!(
            scoped(Lang::En, || problem.to_string()),
            "line 4: bad checksum (the line says 00000012, its text gives 00000abc)"
        );
        assert_eq!(
            scoped(Lang::De, || problem.to_string()),
            "Zeile 4: falsche Prüfsumme (die Zeile sagt 00000012, ihr Text ergibt 00000abc)"
        );
        let torn = Problem {
            line: 9,
            kind: ProblemKind::TornTail { bytes: 31 },
        };
        assert!(
            scoped(Lang::Es, || torn.to_string())
                .starts_with("línea 9: la última línea está cortada (31 bytes")
        );
    }

    #[test]
    fn what_a_failed_file_operation_was_doing_is_said_in_words() {
        let error = |doing| JournalError::Io {
            path: PathBuf::from("/tmp/garden.ron"),
            doing,
            source: io::Error::other("disk full"),
        };
        assert_eq!(
            scoped(Lang::En, || error("opening for append").to_string()),
            "/tmp/garden.ron: opening for append: disk full"
        );
        assert_eq!(
            scoped(Lang::De, || error("opening for append").to_string()),
            "/tmp/garden.ron: beim Öffnen zum Anhängen: disk full"
        );
        assert_eq!(
            scoped(Lang::Es, || error("reading").to_string()),
            "/tmp/garden.ron: al leer: disk full"
        );
        // Words the translation files do not know stay as the code says them.
        assert_eq!(
            scoped(Lang::De, || error("juggling").to_string()),
            "/tmp/garden.ron: juggling: disk full"
        );
    }

    #[test]
    fn why_a_save_is_not_rewritten_is_worded_when_shown() {
        let beside = RewriteBlocker::UnreadableBeside {
            files: vec![
                (PathBuf::from("/tmp/garden.ron.bak"), vec![4]),
                (
                    PathBuf::from("/tmp/garden.ron.set-aside"),
                    (1..=7).collect(),
                ),
            ],
        };
        let refused = JournalError::RewriteRefused {
            path: PathBuf::from("/tmp/garden.ron"),
            why: beside,
        };
        assert_eq!(
            scoped(Lang::En, || refused.to_string()),
            "/tmp/garden.ron: not rewriting the save: files beside it hold lines that cannot be \
             encrypted (a line cut short by a crash, a damaged line, another garden's): \
             /tmp/garden.ron.bak (line 4); /tmp/garden.ron.set-aside (lines 1, 2, 3, 4, 5, …); \
             nothing was changed. Look at them, then run `encrypt --discard-unreadable` to \
             remove those lines"
        );
        let german = scoped(Lang::De, || refused.to_string());
        assert!(
            german.starts_with("/tmp/garden.ron: Die Speicherdatei wird nicht neu geschrieben: ")
                && german.contains("/tmp/garden.ron.bak (Zeile 4); ")
                && german.contains("(Zeilen 1, 2, 3, 4, 5, …)"),
            "{german}"
        );

        let set_aside = RewriteBlocker::SetAside {
            line: 3,
            damage: LineDamage::NoChecksum,
        };
        assert_eq!(
            scoped(Lang::Es, || set_aside.to_string()),
            "la línea 3 está apartada (falta la suma de control `// crc32c=` al final de la línea)"
        );
        assert_eq!(
            scoped(Lang::De, || RewriteBlocker::NewerLine { line: 8 }
                .to_string()),
            "Zeile 8 stammt aus einer neueren Version von trust-garden"
        );
    }

    #[test]
    fn why_a_first_line_is_not_a_header_is_worded_when_shown() {
        let error = JournalError::NotASave {
            path: PathBuf::from("/tmp/notes.txt"),
            why: HeaderProblem::NotUtf8,
        };
        assert_eq!(
            scoped(Lang::En, || error.to_string()),
            "/tmp/notes.txt:1: not a trust-garden save (the first line is not UTF-8 text); \
             the file was left as it is"
        );
        assert_eq!(
            scoped(Lang::De, || error.to_string()),
            "/tmp/notes.txt:1: keine trust-garden-Speicherdatei (die erste Zeile ist kein \
             UTF-8-Text); die Datei bleibt, wie sie ist"
        );
        let damaged = HeaderProblem::Damaged(LineDamage::NoChecksum);
        assert_eq!(
            scoped(Lang::Es, || damaged.to_string()),
            "primera línea: falta la suma de control `// crc32c=` al final de la línea"
        );
    }
}
