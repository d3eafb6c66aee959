//! Files written beside the save on the user's say-so (a CSV export): what a
//! chosen path names as far as the couple's log is concerned, and the write
//! itself. Whether a path may be written is a rule (`actions::export_target`);
//! this module only looks at the disk and writes.

use super::disk as fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::copies::{archive_folder, copy_scheme};
use super::error::JournalError;
use super::fsutil::{FileId, folder_of, sibling, sync_folder, unused, write_new};

/// What is at a path someone chose to write to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OutputFile {
    /// Nothing yet.
    Missing,
    /// A folder, not a file.
    Folder,
    /// The save itself (the same path, a link to it, or the same file under another name).
    TheSave,
    /// One of the files this device keeps beside the save (backup, lock,
    /// set-aside lines, conflicts, merged copies, device settings) or a name
    /// a sync tool uses for a conflict copy of it.
    BesideTheSave,
    /// Another Trust Garden save: a partner's copy, a backup, an older save.
    AnotherSave,
    /// A file whose first line is `first_line`, the header of an earlier export.
    EarlierExport,
    /// An empty file.
    Empty,
    /// Any other file (a document, a photo, something unreadable).
    Other,
}

/// The first bytes of every save file.
const SAVE_MAGIC: &[u8] = b"TrustGarden(";

/// Looks at `output` in relation to `save`. Never writes. `export_header` is
/// the first line an earlier export of the same kind starts with.
pub fn inspect_output(save: &Path, output: &Path, export_header: &str) -> OutputFile {
    let meta = fs::metadata(output);
    if let Ok(meta) = &meta {
        if meta.is_dir() {
            return OutputFile::Folder;
        }
        if let Ok(save_meta) = fs::metadata(save)
            && FileId::of(&save_meta) == FileId::of(meta)
            && cfg!(unix)
        {
            return OutputFile::TheSave;
        }
    }
    if same_place(save, output) {
        return OutputFile::TheSave;
    }
    if is_beside_the_save(save, output) {
        return OutputFile::BesideTheSave;
    }
    let Ok(meta) = meta else {
        return OutputFile::Missing;
    };
    if meta.len() == 0 {
        return OutputFile::Empty;
    }
    let mut start = vec![0u8; export_header.len().max(SAVE_MAGIC.len()) + 2];
    let read = fs::File::open(output).and_then(|mut f| read_up_to(&mut f, &mut start));
    let Ok(read) = read else {
        return OutputFile::Other;
    };
    let start = &start[..read];
    let start = start.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(start);
    if start.starts_with(SAVE_MAGIC) {
        OutputFile::AnotherSave
    } else if start.starts_with(export_header.as_bytes())
        && matches!(
            start.get(export_header.len()),
            None | Some(b'\n') | Some(b'\r')
        )
    {
        OutputFile::EarlierExport
    } else {
        OutputFile::Other
    }
}

fn read_up_to(file: &mut fs::File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match file.read(&mut buf[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}

/// The path as the file system resolves it: the folder canonicalised (links
/// followed), the name kept, so a file that does not exist yet still compares.
fn resolved(path: &Path) -> Option<PathBuf> {
    if let Ok(full) = path.canonicalize() {
        return Some(full);
    }
    let name = path.file_name()?;
    let folder = folder_of(path).canonicalize().ok()?;
    Some(folder.join(name))
}

fn same_place(save: &Path, output: &Path) -> bool {
    match (resolved(save), resolved(output)) {
        (Some(a), Some(b)) => a == b,
        _ => save == output,
    }
}

/// `garden.ron.bak`, `garden.ron.lock`, `garden.ron.merged-copies/…`,
/// `garden.sync-conflict-….ron`: names this device or a sync tool uses for
/// the save's own files.
fn is_beside_the_save(save: &Path, output: &Path) -> bool {
    let (Some(save), Some(output)) = (resolved(save), resolved(output)) else {
        return false;
    };
    let archive = archive_folder(&save);
    if output.starts_with(&archive) {
        return true;
    }
    if folder_of(&save) != folder_of(&output) {
        return false;
    }
    let (Some(save_name), Some(name)) = (
        save.file_name().and_then(|n| n.to_str()),
        output.file_name().and_then(|n| n.to_str()),
    ) else {
        return false;
    };
    name.starts_with(&format!("{save_name}.")) || copy_scheme(save_name, name).is_some()
}

/// Writes `bytes` to `output` so a crash leaves the old file or the new one,
/// never half of one: a private temp file beside it (mode 0600, as the notes
/// in it are the couple's), synced, checked by `still_allowed` just before it
/// is renamed over `output`, and the folder synced. If the check fails the
/// temp file is removed and `output` is left as it was.
pub fn write_output<E>(
    output: &Path,
    bytes: &[u8],
    still_allowed: impl FnOnce() -> Result<(), E>,
) -> Result<Result<(), E>, JournalError> {
    let temp = unused(&sibling(
        output,
        &format!(".tmp-{}", super::disk::process_id()),
    ));
    write_new(&temp, bytes)?;
    if let Err(refused) = still_allowed() {
        let _ = fs::remove_file(&temp);
        return Ok(Err(refused));
    }
    if let Err(e) = fs::rename(&temp, output) {
        let _ = fs::remove_file(&temp);
        return Err(JournalError::io(output, "replacing")(e));
    }
    sync_folder(output)?;
    Ok(Ok(()))
}
