//! Rebuilding the first line of a save whose header is damaged, keeping every
//! other line byte for byte. The header names the log; the best source for it
//! is a copy of the same garden (a partner's save, a conflict copy, an archived
//! one), told apart from another garden's file by the entries both hold.

use super::disk::{self as fs, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use super::codec::looks_sealed;
use super::codec::{Header, encode_header};
use super::copies::{archive_folder, find_copies};
use super::error::{HeaderProblem, JournalError};
use super::event::EventId;
use super::fsutil::{
    FileId, Locked, followed, open_lock, read, sibling, stamp, swap_if_unchanged, sync_folder,
    unused, write_new,
};
use super::scan::{header_of, line_ids};
use crate::t;

/// What `repair_header` did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeaderRepair {
    /// The copy whose header was taken, or `None` when no copy of this
    /// garden was found and the save got a new log id.
    pub header_from: Option<PathBuf>,
    /// The damaged first line, kept as it was found.
    pub damaged_line: PathBuf,
    /// Lines after the header, all kept as they were.
    pub lines_kept: usize,
}

impl HeaderRepair {
    /// What was done, in a sentence in the current language.
    pub fn describe(&self, save: &Path) -> String {
        let from = match &self.header_from {
            Some(copy) => t!(
                "report-journal-repair-from-copy",
                path = copy.display().to_string()
            ),
            None => t!("report-journal-repair-new-log"),
        };
        t!(
            "report-journal-repaired",
            path = save.display().to_string(),
            from = from,
            count = self.lines_kept,
            damaged = self.damaged_line.display().to_string()
        )
    }
}

/// Rebuilds the damaged first line of the save at `path`. The header is taken
/// from the first of `copies`, then of the copies a sync tool left beside the
/// save or the app archived, that shares an entry with it. Returns `None` when
/// the header is intact (nothing to do).
pub fn repair_header(
    path: &Path,
    copies: &[PathBuf],
) -> Result<Option<HeaderRepair>, JournalError> {
    let path = &followed(path);
    let lock = open_lock(path)?;
    let lock = std::sync::Arc::new(lock);
    let _locked = Locked::take(&lock, path)?;
    let bytes = read(path)?;
    let read_as = FileId::of(&fs::metadata(path).map_err(JournalError::io(path, "reading"))?);
    let size = bytes.len() as u64;
    if header_of(&bytes).is_some() {
        return Ok(None);
    }
    let Some(header_end) = bytes.iter().position(|&b| b == b'\n') else {
        return Err(JournalError::NotASave {
            path: path.to_path_buf(),
            why: HeaderProblem::OnlyOneDamagedLine,
        });
    };
    let rest = &bytes[header_end + 1..];
    let ours = line_ids(rest);
    if ours.is_empty() {
        return Err(JournalError::NotASave {
            path: path.to_path_buf(),
            why: HeaderProblem::NoIntactEntry,
        });
    }
    let found = candidates(path, copies)
        .into_iter()
        .find_map(|copy| same_garden(&copy, &ours).map(|header| (copy, header)));
    let sealed = rest
        .split(|&b| b == b'\n')
        .filter_map(|line| std::str::from_utf8(line).ok())
        .any(|line| looks_sealed(line.trim_end_matches('\r')));
    let (header_from, header) = match found {
        Some((copy, header)) => (Some(copy), header),
        // The lost line held the key's salt: a new one would open nothing.
        None if sealed => {
            return Err(JournalError::NotASave {
                path: path.to_path_buf(),
                why: HeaderProblem::SealedNoCopy,
            });
        }
        None => (None, Header::new()),
    };

    let damaged_line = unused(&sibling(path, &format!(".damaged-header-{}", stamp())));
    write_new(&damaged_line, &bytes[..header_end])?;
    let line = encode_header(&header);
    if line.len() == header_end {
        // The usual damage, a changed byte, keeps the line's length: the new
        // line is written over it and the file stays the one a sync tool carries.
        overwrite_start(path, line.as_bytes())?;
    } else {
        let mut text = line.into_bytes();
        text.extend_from_slice(&bytes[header_end..]);
        if !swap_if_unchanged(path, &text, read_as, size)? {
            return Err(JournalError::io(path, "repairing")(io::Error::other(t!(
                "report-journal-repair-changed-meanwhile"
            ))));
        }
    }
    sync_folder(path)?;
    Ok(Some(HeaderRepair {
        header_from,
        damaged_line,
        lines_kept: rest
            .split(|&b| b == b'\n')
            .filter(|line| !line.trim_ascii().is_empty())
            .count(),
    }))
}

/// Where a copy of the same garden may be: the files named, the conflict
/// copies beside the save, the archived ones, and an old backup.
fn candidates(path: &Path, named: &[PathBuf]) -> Vec<PathBuf> {
    let mut all = named.to_vec();
    if let Ok(copies) = find_copies(path) {
        all.extend(copies.into_iter().map(|(copy, _)| copy));
    }
    if let Ok(archived) = fs::read_dir(archive_folder(path)) {
        let mut archived: Vec<PathBuf> = archived.flatten().map(|e| e.path()).collect();
        archived.sort();
        all.extend(archived);
    }
    all.push(sibling(path, ".bak"));
    all
}

/// The header of `copy` if it is a save that holds one of `ours`.
fn same_garden(copy: &Path, ours: &[EventId]) -> Option<Header> {
    let bytes = fs::read(copy).ok()?;
    let header = header_of(&bytes)?;
    let ours: std::collections::HashSet<&EventId> = ours.iter().collect();
    line_ids(&bytes)
        .iter()
        .any(|id| ours.contains(id))
        .then_some(header)
}

fn overwrite_start(path: &Path, line: &[u8]) -> Result<(), JournalError> {
    let file = OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(JournalError::io(path, "opening for writing"))?;
    write_start(&file, line)
        .and_then(|()| file.sync_all())
        .map_err(JournalError::io(path, "writing the first line"))
}

fn write_start(file: &File, bytes: &[u8]) -> io::Result<()> {
    #[cfg(unix)]
    {
        std::os::unix::fs::FileExt::write_all_at(file, bytes, 0)
    }
    #[cfg(not(unix))]
    {
        use std::io::{Seek, SeekFrom, Write};
        let mut file = file;
        file.seek(SeekFrom::Start(0))?;
        file.write_all(bytes)
    }
}
