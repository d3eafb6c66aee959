//! Conflict copies that sync tools leave beside a save when both devices wrote
//! it at once: Syncthing `garden.sync-conflict-20250301-201500-DEVICE.ron`,
//! Dropbox `garden (Sam's conflicted copy 2025-03-01).ron`, iCloud `garden 2.ron`.

use super::disk as fs;
use std::path::{Path, PathBuf};

use super::error::JournalError;
use super::fsutil::{folder_of, sibling, sync_dir, unused};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum CopyScheme {
    Syncthing,
    Dropbox,
    ICloud,
}

/// Which sync tool's conflict copy of `save_name` the file `candidate` is, if any.
pub fn copy_scheme(save_name: &str, candidate: &str) -> Option<CopyScheme> {
    let (stem, extension) = match save_name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem, Some(ext)),
        _ => (save_name, None),
    };
    let base = match extension {
        Some(ext) => candidate.strip_suffix(ext)?.strip_suffix('.')?,
        None => candidate,
    };
    let rest = base.strip_prefix(stem)?;
    if let Some(marker) = rest.strip_prefix(".sync-conflict-") {
        return is_syncthing_marker(marker).then_some(CopyScheme::Syncthing);
    }
    if let Some(inner) = rest.strip_prefix(" (").and_then(|r| r.strip_suffix(')')) {
        return inner
            .contains("conflicted copy")
            .then_some(CopyScheme::Dropbox);
    }
    let number = rest.strip_prefix(' ')?;
    (!number.is_empty() && number.bytes().all(|b| b.is_ascii_digit())).then_some(CopyScheme::ICloud)
}

/// `YYYYMMDD-HHMMSS-DEVICE`.
fn is_syncthing_marker(marker: &str) -> bool {
    let bytes = marker.as_bytes();
    bytes.len() > 16
        && bytes[..8].iter().all(u8::is_ascii_digit)
        && bytes[8] == b'-'
        && bytes[9..15].iter().all(u8::is_ascii_digit)
        && bytes[15] == b'-'
}

/// The conflict copies of `save` in its folder, sorted by name.
pub fn find_copies(save: &Path) -> Result<Vec<(PathBuf, CopyScheme)>, JournalError> {
    let Some(save_name) = save.file_name().and_then(|n| n.to_str()) else {
        return Ok(Vec::new());
    };
    let folder = folder_of(save);
    let entries = fs::read_dir(folder).map_err(JournalError::io(folder, "listing the folder"))?;
    let mut copies = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let is_file = entry.file_type().is_ok_and(|t| t.is_file());
        if let Some(scheme) = copy_scheme(save_name, name).filter(|_| is_file) {
            copies.push((save.with_file_name(name), scheme));
        }
    }
    copies.sort();
    Ok(copies)
}

/// The folder merged copies are moved into: `garden.ron.merged-copies/`.
pub fn archive_folder(save: &Path) -> PathBuf {
    sibling(save, ".merged-copies")
}

/// Moves a merged copy into the archive folder (never deletes it); returns
/// its new path. The folder is private (0700): the copies hold the notes.
pub fn archive(save: &Path, copy: &Path) -> Result<PathBuf, JournalError> {
    let folder = archive_folder(save);
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(&folder)
        .map_err(JournalError::io(&folder, "creating the folder"))?;
    // One an earlier version made is opened to its owner only too.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = fs::set_permissions(&folder, fs::Permissions::from_mode(0o700));
    }
    let target = unused(&folder.join(copy.file_name().unwrap_or_default()));
    fs::rename(copy, &target).map_err(JournalError::io(copy, "moving into the archive"))?;
    sync_dir(&folder)?;
    sync_dir(folder_of(copy))?;
    Ok(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_each_sync_tool_are_recognised() {
        let cases = [
            (
                "garden.sync-conflict-20250301-201500-ABCDEF7.ron",
                Some(CopyScheme::Syncthing),
            ),
            (
                "garden (Sam's conflicted copy 2025-03-01).ron",
                Some(CopyScheme::Dropbox),
            ),
            (
                "garden (conflicted copy 2025-03-01 (1)).ron",
                Some(CopyScheme::Dropbox),
            ),
            ("garden 2.ron", Some(CopyScheme::ICloud)),
            ("garden 13.ron", Some(CopyScheme::ICloud)),
            ("garden.ron", None),
            ("garden.ron.bak", None),
            ("garden.ron.lock", None),
            ("garden 2.ron.bak", None),
            ("gardens 2.ron", None),
            ("garden x.ron", None),
            ("garden .ron", None),
            ("garden.sync-conflict-2025.ron", None),
            ("other (conflicted copy).ron", None),
            ("garden (copy).ron", None),
        ];
        for (name, expected) in cases {
            assert_eq!(copy_scheme("garden.ron", name), expected, "{name}");
        }
    }

    #[test]
    fn a_save_without_extension_has_copies_too() {
        assert_eq!(
            copy_scheme("journal", "journal 2"),
            Some(CopyScheme::ICloud)
        );
        assert_eq!(
            copy_scheme("journal", "journal.sync-conflict-20250301-201500-XYZ1234"),
            Some(CopyScheme::Syncthing)
        );
    }
}
