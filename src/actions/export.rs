//! Where an export may be written: never over the couple's log or the files
//! that keep it safe, never over another save, and never over a file that is
//! not an earlier export.

use std::path::Path;

use super::Refusal;
use crate::journal::OutputFile;

/// Whether a CSV export may be written to `output`, given what is there now.
pub fn export_target(output: &Path, there: &OutputFile) -> Result<(), Refusal> {
    let path = output.to_path_buf();
    match there {
        OutputFile::Missing | OutputFile::Empty | OutputFile::EarlierExport => Ok(()),
        OutputFile::TheSave => Err(Refusal::ExportOntoTheSave { path }),
        OutputFile::BesideTheSave => Err(Refusal::ExportBesideTheSave { path }),
        OutputFile::AnotherSave => Err(Refusal::ExportOntoASave { path }),
        OutputFile::Folder => Err(Refusal::ExportIntoAFolder { path }),
        OutputFile::Other => Err(Refusal::ExportOntoAnotherFile { path }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_new_empty_or_earlier_exports_may_be_written() {
        let path = Path::new("x.csv");
        for ok in [
            OutputFile::Missing,
            OutputFile::Empty,
            OutputFile::EarlierExport,
        ] {
            assert_eq!(export_target(path, &ok), Ok(()), "{ok:?}");
        }
        for refused in [
            OutputFile::TheSave,
            OutputFile::BesideTheSave,
            OutputFile::AnotherSave,
            OutputFile::Folder,
            OutputFile::Other,
        ] {
            let why = export_target(path, &refused).unwrap_err();
            assert!(why.to_string().contains("x.csv"), "{why}");
            assert!(why.to_string().contains("Nothing was written"), "{why}");
        }
    }
}
