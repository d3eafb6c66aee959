//! Writing an export where the person asked, after the rules said yes, and
//! checking again just before the file appears (the disk can change between
//! the question and the write).

use std::fmt;
use std::path::Path;

use crate::actions::{Refusal, export_target};
use crate::journal::{JournalError, inspect_output};

use super::csv::CSV_HEADER;

#[derive(Debug)]
pub enum ExportError {
    /// The rules turned the target down; nothing was written.
    Refused(Refusal),
    /// The disk failed; `output` is as it was.
    Io(JournalError),
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExportError::Refused(why) => why.fmt(f),
            ExportError::Io(e) => write!(f, "{e}; nothing was exported"),
        }
    }
}

impl std::error::Error for ExportError {}

/// Writes `csv` to `output` unless that would replace `save`, a file kept
/// beside it, another save, or any file that is not an earlier export.
pub fn write_csv_file(save: &Path, output: &Path, csv: &str) -> Result<(), ExportError> {
    let allowed = || export_target(output, &inspect_output(save, output, CSV_HEADER));
    allowed().map_err(ExportError::Refused)?;
    crate::journal::write_output(output, csv.as_bytes(), allowed)
        .map_err(ExportError::Io)?
        .map_err(ExportError::Refused)
}
