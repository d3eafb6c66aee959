//! CSV export of the log from the app (the format is the CLI's, `crate::export`).

use std::path::Path;

use crate::garden::Garden;
use crate::journal::Event;

/// Writes the CSV (temp file, then rename, so a crash never leaves half a
/// file); returns the number of events.
pub fn write_csv(path: &Path, events: &[Event], garden: &Garden) -> Result<usize, String> {
    let text = crate::export::to_csv(events, &garden.partners);
    let tmp = path.with_extension("csv.tmp");
    std::fs::write(&tmp, text).map_err(|e| format!("could not write {}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, path).map_err(|e| format!("could not write {}: {e}", path.display()))?;
    Ok(events.len())
}
