//! Why a command was refused, in the words both front ends show. Every
//! refusal leaves the save exactly as it was.

use std::fmt;
use std::path::PathBuf;

/// A command the rules turned down, with what was wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    ExportOntoTheSave { path: PathBuf },
    ExportBesideTheSave { path: PathBuf },
    ExportOntoASave { path: PathBuf },
    ExportIntoAFolder { path: PathBuf },
    ExportOntoAnotherFile { path: PathBuf },
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::ExportOntoTheSave { path } => write!(
                f,
                "{} is the save file itself; choose another file for the export. \
                 Nothing was written.",
                path.display()
            ),
            Refusal::ExportBesideTheSave { path } => write!(
                f,
                "{} is one of the files that keep the save safe (backup, lock, set-aside \
                 or conflict copy); choose another name for the export. Nothing was written.",
                path.display()
            ),
            Refusal::ExportOntoASave { path } => write!(
                f,
                "{} is a Trust Garden save; an export never replaces one. Choose another \
                 file. Nothing was written.",
                path.display()
            ),
            Refusal::ExportIntoAFolder { path } => write!(
                f,
                "{} is a folder; give the export a file name inside it. Nothing was written.",
                path.display()
            ),
            Refusal::ExportOntoAnotherFile { path } => write!(
                f,
                "{} already exists and is not an earlier export, so it is left alone; \
                 choose a new file name. Nothing was written.",
                path.display()
            ),
        }
    }
}

impl std::error::Error for Refusal {}
