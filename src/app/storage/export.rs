//! Where a CSV export typed in the app goes.

use std::path::{Path, PathBuf};

/// A relative path is beside the save (a phone has no meaningful working folder).
pub fn export_path(save: &Path, typed: &Path) -> PathBuf {
    if typed.is_absolute() {
        typed.to_path_buf()
    } else {
        crate::journal::folder_of(save).join(typed)
    }
}
