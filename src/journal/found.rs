//! Saves of this same garden found in a few folders (beside the save, the
//! downloads folder), so a partner's copy that arrived by AirDrop, a
//! download or a USB cable can be merged with one tap instead of a typed
//! path. Only `.ron` files whose first line names this log are offered: any other
//! file would be refused by the merge anyway.

use super::disk as fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use uuid::Uuid;

use super::copies::copy_scheme;
use super::file::read_header;

/// A copy of this garden's save that could be merged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundSave {
    pub path: PathBuf,
    /// When the file last changed, for telling two copies apart.
    pub modified: Option<SystemTime>,
    /// Encrypted: merging it needs the same passphrase as ours.
    pub sealed: bool,
}

/// The copies of log `log` in `folders` (`.ron` files, not in subfolders), newest
/// first, leaving out `save` itself and the sync tools' conflict copies of
/// it (opening the save merges those on its own). Folders that cannot be
/// listed and files that cannot be read are passed over: this only offers
/// choices, and the merge itself reports what is wrong with a file.
pub fn saves_of_log(log: Uuid, save: &Path, folders: &[PathBuf]) -> Vec<FoundSave> {
    let save_name = save.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let ours = fs::canonicalize(save).ok();
    let mut found: Vec<FoundSave> = Vec::new();
    for folder in folders {
        let Ok(entries) = fs::read_dir(folder) else {
            continue;
        };
        let beside_the_save = folder_is(folder, save);
        for entry in entries.flatten() {
            let Ok(meta) = entry.metadata() else { continue };
            let path = entry.path();
            let is_conflict_copy = beside_the_save
                && copy_scheme(save_name, &entry.file_name().to_string_lossy()).is_some();
            // Only `.ron` files are opened: Downloads holds whatever else
            // arrived, and this runs when Settings opens.
            let is_ron = path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("ron"));
            if !is_ron
                || !meta.is_file()
                || is_conflict_copy
                || found.iter().any(|f| f.path == path)
            {
                continue;
            }
            let Ok(Some(header)) = read_header(&path) else {
                continue;
            };
            // Only a copy of this log can be our own file under another path.
            let is_ours = || ours.is_some() && fs::canonicalize(&path).ok() == ours;
            if header.log == log && !is_ours() {
                found.push(FoundSave {
                    path,
                    modified: meta.modified().ok(),
                    sealed: header.seal.is_some(),
                });
            }
        }
    }
    found.sort_by(|a, b| {
        b.modified
            .cmp(&a.modified)
            .then_with(|| a.path.cmp(&b.path))
    });
    found
}

fn folder_is(folder: &Path, save: &Path) -> bool {
    let save_folder = super::fsutil::folder_of(save);
    match (fs::canonicalize(folder), fs::canonicalize(save_folder)) {
        (Ok(a), Ok(b)) => a == b,
        _ => folder == save_folder,
    }
}
