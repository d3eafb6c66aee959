//! A read-only check of a save: every problem with its line number, and no
//! recovery or writes of any kind.

use super::disk::File;
use std::path::Path;

use super::codec::{FORMAT_VERSION, Header};
use super::error::{JournalError, Problem, ProblemKind};
use super::event::Event;
use super::file::not_a_save;
use super::keys::Keys;
use super::scan::{Tail, scan_file};

/// Every problem in the save at `path`, by line. An empty list means `open`
/// would find the file clean. A file that is not a save is an error.
pub fn verify(path: &Path) -> Result<Vec<Problem>, JournalError> {
    inspect(path).map(|inspection| inspection.problems)
}

/// As `verify`, for a save `keys` may open.
pub fn verify_with(path: &Path, keys: &Keys) -> Result<Vec<Problem>, JournalError> {
    inspect_with(path, keys).map(|inspection| inspection.problems)
}

/// What a save holds, read without recovering or writing anything.
#[derive(Clone, Debug)]
pub struct Inspection {
    pub header: Header,
    /// The readable events, file order (a torn last line left out).
    pub events: Vec<Event>,
    /// As `verify` reports them.
    pub problems: Vec<Problem>,
}

/// Reads a save without changing anything: for read-only media and checks.
pub fn inspect(path: &Path) -> Result<Inspection, JournalError> {
    inspect_with(path, &Keys::none())
}

/// As `inspect`, for a save `keys` may open.
pub fn inspect_with(path: &Path, keys: &Keys) -> Result<Inspection, JournalError> {
    let mut file = File::open(path).map_err(JournalError::io(path, "reading"))?;
    let size = file
        .metadata()
        .map_err(JournalError::io(path, "reading"))?
        .len();
    let scanned = scan_file(&mut file, size, keys)
        .map_err(JournalError::io(path, "reading"))?
        .map_err(not_a_save(path))?;
    let mut problems = Vec::new();
    if scanned.header.format > FORMAT_VERSION {
        problems.push(Problem {
            line: 1,
            kind: ProblemKind::NewerFormat {
                found: scanned.header.format,
                supported: FORMAT_VERSION,
            },
        });
    }
    problems.extend(scanned.body.set_aside.iter().map(|s| Problem {
        line: s.line,
        kind: ProblemKind::Damaged(s.damage.clone()),
    }));
    problems.extend(scanned.body.newer.iter().map(|n| Problem {
        line: n.line,
        kind: ProblemKind::NewerVersion {
            id: n.id,
            why: n.why.clone(),
        },
    }));
    match scanned.tail {
        Tail::Clean => {}
        Tail::MissingNewline { line } => problems.push(Problem {
            line,
            kind: ProblemKind::MissingNewline,
        }),
        Tail::DamagedNewline { line } => problems.push(Problem {
            line,
            kind: ProblemKind::DamagedNewline,
        }),
        Tail::Torn { line, .. } => problems.push(Problem {
            line,
            kind: ProblemKind::TornTail {
                bytes: scanned.tail_bytes.len(),
            },
        }),
    }
    problems.sort_by_key(|p| p.line);
    Ok(Inspection {
        header: scanned.header,
        events: scanned.body.events,
        problems,
    })
}
