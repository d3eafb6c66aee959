//! Where a path typed in the app points (an export, a partner's save).

use std::path::{Path, PathBuf};

/// A relative path is beside the save (a phone has no meaningful working folder).
pub fn beside_the_save(save: &Path, typed: &Path) -> PathBuf {
    // In the browser nobody can open a file beside the save: what would be
    // written there (a summary, an export) is handed to the downloads.
    #[cfg(target_arch = "wasm32")]
    {
        let _ = save;
        return crate::app::web_files::downloads_folder()
            .join(typed.file_name().unwrap_or_default());
    }
    #[cfg(not(target_arch = "wasm32"))]
    if typed.is_absolute() {
        typed.to_path_buf()
    } else {
        crate::journal::folder_of(save).join(typed)
    }
}
