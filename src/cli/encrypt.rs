//! `encrypt` and `decrypt`: the whole save, and the files beside it.

use crate::cli::args::EncryptArgs;
use crate::cli::error::{CliResult, fail};
use crate::cli::out;
use crate::cli::save::{Save, journal_error};
use trust_garden::journal::SealReport;

pub fn encrypt(save: &Save, args: &EncryptArgs) -> CliResult<()> {
    let passphrase = save.keys.passphrase().ok_or_else(|| {
        fail!(
            "encrypt: give the passphrase with --passphrase-file FILE or \
             TRUST_GARDEN_PASSPHRASE (never on the command line); nothing was changed"
        )
    })?;
    let mut journal = save.open()?;
    let report = journal
        .encrypt(passphrase, args.discard_unreadable)
        .map_err(journal_error)?;
    let what = if report.save_rewritten {
        "encrypted"
    } else {
        "was already encrypted"
    };
    out::print(&describe(save, what, &report, "removed"))
}

pub fn decrypt(save: &Save) -> CliResult<()> {
    let mut journal = save.open()?;
    let report = journal.decrypt().map_err(journal_error)?;
    let what = if report.save_rewritten {
        "is plain text again"
    } else {
        "was already plain text"
    };
    out::print(&describe(
        save,
        what,
        &report,
        "left as they were (they do not open)",
    ))
}

fn describe(save: &Save, what: &str, report: &SealReport, unreadable: &str) -> String {
    let mut text = format!("{} {what}", save.path().display());
    if !report.side_files.is_empty() {
        text.push_str(&format!(
            "; {} file(s) beside it too",
            report.side_files.len()
        ));
    }
    text.push('\n');
    for file in &report.removed {
        text.push_str(&format!(
            "removed {} (it held only lines that could not be encrypted)\n",
            file.display()
        ));
    }
    if report.unreadable_lines > 0 {
        text.push_str(&format!(
            "{} unreadable line(s) beside the save were {unreadable}\n",
            report.unreadable_lines
        ));
    }
    text
}
