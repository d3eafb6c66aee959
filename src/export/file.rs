//! Writing an export where the person asked, after the rules said yes, and
//! checking again just before the file appears (the disk can change between
//! the question and the write).

use std::fmt;
use std::path::Path;

use crate::actions::{Refusal, export_target};
use crate::journal::{JournalError, inspect_output};

use super::csv::CSV_HEADER;
use crate::t;

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
            ExportError::Io(e) => {
                f.write_str(&t!("cli-export-nothing-exported", error = e.to_string()))
            }
        }
    }
}

impl std::error::Error for ExportError {}

/// Writes `csv` to `output` unless that would replace `save`, a file kept
/// beside it, another save, or any file that is not an earlier export.
pub fn write_csv_file(save: &Path, output: &Path, csv: &str) -> Result<(), ExportError> {
    write_export(save, output, csv, CSV_HEADER)
}

/// Writes a counselling summary page to `output` under the same rules: only
/// a new file, an empty one or an earlier summary is replaced.
pub fn write_summary_file(save: &Path, output: &Path, html: &str) -> Result<(), ExportError> {
    write_export(save, output, html, crate::report::summary::SUMMARY_START)
}

/// `start`: what every export of this kind begins with, so an earlier one
/// is recognised and may be replaced.
fn write_export(save: &Path, output: &Path, text: &str, start: &str) -> Result<(), ExportError> {
    let allowed = || export_target(output, &inspect_output(save, output, start));
    allowed().map_err(ExportError::Refused)?;
    crate::journal::write_output(output, text.as_bytes(), allowed)
        .map_err(ExportError::Io)?
        .map_err(ExportError::Refused)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, scoped};

    #[test]
    fn a_failed_export_write_says_nothing_was_exported_in_every_language() {
        let error = || {
            ExportError::Io(JournalError::AlreadyExists {
                path: "/tmp/out.csv".into(),
            })
        };
        assert_eq!(
            scoped(Lang::En, || error().to_string()),
            "/tmp/out.csv: already exists; refusing to overwrite it; nothing was exported"
        );
        assert_eq!(
            scoped(Lang::De, || error().to_string()),
            "/tmp/out.csv: gibt es schon; sie wird nicht überschrieben; es wurde nichts exportiert"
        );
        assert!(scoped(Lang::Es, || error().to_string()).ends_with("; no se exportó nada"));
    }
}
