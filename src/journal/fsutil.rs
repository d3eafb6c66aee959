//! File-system steps that keep a save safe through crashes: private new files,
//! atomic replacement, folder syncs, side files and the writers' lock.

use super::disk::{self as fs, File, Metadata, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::Utc;

use super::error::JournalError;

/// `garden.ron` + `.bak` = `garden.ron.bak`, in the same folder.
pub fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// The file a save's path names. A symlinked save is followed, so that the
/// lock, the side files and the conflict copies are beside the real file,
/// the one a sync tool carries.
pub fn followed(path: &Path) -> PathBuf {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
        }
        _ => path.to_path_buf(),
    }
}

/// The folder holding `path` (`.` for a bare file name).
pub fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// Makes a rename or a new file in the folder of `path` durable.
pub fn sync_folder(path: &Path) -> Result<(), JournalError> {
    let folder = folder_of(path);
    sync_dir(folder)
}

pub fn sync_dir(folder: &Path) -> Result<(), JournalError> {
    #[cfg(unix)]
    {
        File::open(folder)
            .and_then(|dir| dir.sync_all())
            .map_err(JournalError::io(folder, "syncing the folder"))?;
    }
    #[cfg(not(unix))]
    let _ = folder;
    Ok(())
}

/// Options for a new file only its owner can read (mode 0600 on Unix).
pub fn private_new() -> OpenOptions {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
}

/// Writes a new file with `bytes` and syncs it; fails if `path` exists. A
/// write that fails (a full disk) removes the half-written file, so no part
/// of the couple's words is left in a stray file.
pub fn write_new(path: &Path, bytes: &[u8]) -> Result<(), JournalError> {
    let mut file = private_new()
        .open(path)
        .map_err(JournalError::io(path, "creating"))?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    if let Err(e) = written {
        drop(file);
        let _ = fs::remove_file(path);
        return Err(JournalError::io(path, "writing")(e));
    }
    Ok(())
}

/// Replaces `path` with `bytes` so that a crash leaves either the old or the
/// new content: temp file, sync, rename over, sync of the folder.
pub fn replace_atomically(path: &Path, bytes: &[u8]) -> Result<(), JournalError> {
    let temp = unused(&sibling(
        path,
        &format!(".tmp-{}", super::disk::process_id()),
    ));
    write_new(&temp, bytes)?;
    if let Err(e) = fs::rename(&temp, path) {
        let _ = fs::remove_file(&temp);
        return Err(JournalError::io(path, "replacing")(e));
    }
    sync_folder(path)
}

/// `base`, or `base-2`, `base-3`… whichever does not exist yet.
pub fn unused(base: &Path) -> PathBuf {
    if fs::symlink_metadata(base).is_err() {
        return base.to_path_buf();
    }
    (2..)
        .map(|n| sibling(base, &format!("-{n}")))
        .find(|candidate| fs::symlink_metadata(candidate).is_err())
        .unwrap_or_else(|| base.to_path_buf())
}

/// A compact UTC time for side-file names, e.g. `20250301T201500Z`.
pub fn stamp() -> String {
    Utc::now().format("%Y%m%dT%H%M%SZ").to_string()
}

/// Which file a path names right now: a rewrite by another process replaces
/// the file, and a writer must then reopen it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FileId {
    dev: u64,
    ino: u64,
}

impl FileId {
    pub fn of(meta: &Metadata) -> FileId {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            FileId {
                dev: meta.dev(),
                ino: meta.ino(),
            }
        }
        #[cfg(target_arch = "wasm32")]
        {
            FileId {
                dev: 0,
                ino: meta.id(),
            }
        }
        #[cfg(not(any(unix, target_arch = "wasm32")))]
        {
            let _ = meta;
            FileId::default()
        }
    }
}

/// The lock file beside the save. Locking a separate file keeps the lock valid
/// when the save itself is replaced by an atomic rewrite.
pub fn open_lock(save: &Path) -> Result<File, JournalError> {
    let path = sibling(save, ".lock");
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
        .open(&path)
        .map_err(JournalError::io(&path, "opening the lock file"))
}

/// Holds the exclusive lock until dropped.
pub struct Locked(Arc<File>);

impl Locked {
    pub fn take(lock: &Arc<File>, save: &Path) -> Result<Locked, JournalError> {
        lock.lock()
            .map_err(JournalError::io(&sibling(save, ".lock"), "locking"))?;
        Ok(Locked(Arc::clone(lock)))
    }
}

impl Drop for Locked {
    fn drop(&mut self) {
        // The lock also ends when the handle closes or the process exits.
        let _ = self.0.unlock();
    }
}

/// Appends `bytes` to a side file (created private if missing) and syncs it.
pub fn append_to_side_file(path: &Path, bytes: &[u8]) -> Result<(), JournalError> {
    let existed = path.exists();
    let mut options = OpenOptions::new();
    options.append(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options
        .open(path)
        .map_err(JournalError::io(path, "opening"))?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(JournalError::io(path, "writing"))?;
    if !existed {
        sync_folder(path)?;
    }
    Ok(())
}

pub fn read(path: &Path) -> Result<Vec<u8>, JournalError> {
    fs::read(path).map_err(JournalError::io(path, "reading"))
}

pub fn is_not_found(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::NotFound
}

/// Removes the temp files a writer killed mid-write left beside `save`
/// (`garden.ron.tmp-<pid>…`, `garden.ron.tmp-create-<pid>…`): full copies of
/// the couple's words that nobody will finish. Only where a process can be
/// looked up (`/proc`), and only those whose writer is gone.
pub fn remove_stale_temps(save: &Path) {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        let Some(name) = save.file_name().and_then(|n| n.to_str()) else {
            return;
        };
        let Ok(entries) = fs::read_dir(folder_of(save)) else {
            return;
        };
        for entry in entries.flatten() {
            let file_name = entry.file_name();
            let Some(rest) = file_name
                .to_str()
                .and_then(|n| n.strip_prefix(name))
                .and_then(|n| n.strip_prefix(".tmp-"))
            else {
                continue;
            };
            let rest = rest.strip_prefix("create-").unwrap_or(rest);
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            let Ok(pid) = digits.parse::<u32>() else {
                continue;
            };
            let gone = pid != super::disk::process_id()
                && !Path::new(&format!("/proc/{pid}")).exists()
                && entry.file_type().is_ok_and(|t| t.is_file());
            if gone {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    let _ = save;
}

/// Replaces `path` with `bytes` unless it changed since it was read as
/// `read_as` with `len` bytes: a sync tool ignores our lock, so this is
/// checked again just before the rename. `false` when it changed (nothing
/// was written; read it again and start over).
pub fn swap_if_unchanged(
    path: &Path,
    bytes: &[u8],
    read_as: FileId,
    len: u64,
) -> Result<bool, JournalError> {
    let temp = unused(&sibling(
        path,
        &format!(".tmp-{}", super::disk::process_id()),
    ));
    write_new(&temp, bytes)?;
    let unchanged = fs::metadata(path).is_ok_and(|m| FileId::of(&m) == read_as && m.len() == len);
    if !unchanged {
        let _ = fs::remove_file(&temp);
        return Ok(false);
    }
    if let Err(e) = fs::rename(&temp, path) {
        let _ = fs::remove_file(&temp);
        return Err(JournalError::io(path, "replacing")(e));
    }
    sync_folder(path)?;
    Ok(true)
}
