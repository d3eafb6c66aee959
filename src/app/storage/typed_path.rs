//! Where a path typed in the app points (an export, a partner's save).

use std::path::{Path, PathBuf};

/// A relative path is beside the save (a phone has no meaningful working folder).
pub fn beside_the_save(save: &Path, typed: &Path) -> PathBuf {
    if typed.is_absolute() {
        typed.to_path_buf()
    } else {
        crate::journal::folder_of(save).join(typed)
    }
}
