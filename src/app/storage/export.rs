//! CSV export from the app: the CLI's format (`crate::export`) and the same
//! rules about where it may be written.

use std::path::{Path, PathBuf};

use crate::export::{to_csv, write_csv_file};
use crate::garden::Garden;
use crate::journal::Event;

/// Where a typed path points: a relative one is beside the save (a phone has
/// no meaningful working folder).
pub fn export_path(save: &Path, typed: &Path) -> PathBuf {
    if typed.is_absolute() {
        typed.to_path_buf()
    } else {
        crate::journal::folder_of(save).join(typed)
    }
}

/// Writes the CSV unless the rules refuse the target; returns the number of events.
pub fn write_csv(
    save: &Path,
    path: &Path,
    events: &[Event],
    garden: &Garden,
) -> Result<usize, String> {
    let text = to_csv(events, &garden.partners);
    write_csv_file(save, path, &text).map_err(|e| e.to_string())?;
    Ok(events.len())
}
