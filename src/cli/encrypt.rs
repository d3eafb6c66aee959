//! `encrypt` and `decrypt`: the whole save, and the files beside it.

use crate::cli::args::EncryptArgs;
use crate::cli::error::{CliError, CliResult};
use crate::cli::out;
use crate::cli::save::{Save, journal_error};
use trust_garden::journal::SealReport;
use trust_garden::t;

pub fn encrypt(save: &Save, args: &EncryptArgs) -> CliResult<()> {
    let passphrase = save
        .keys
        .passphrase()
        .ok_or_else(|| CliError(t!("cli-encrypt-needs-passphrase-now")))?;
    let mut journal = save.open()?;
    let report = journal
        .encrypt(passphrase, args.discard_unreadable)
        .map_err(journal_error)?;
    let what = if report.save_rewritten {
        "cli-encrypted"
    } else {
        "cli-already-encrypted"
    };
    out::print(&describe(save, what, &report, "cli-unreadable-removed"))
}

pub fn decrypt(save: &Save) -> CliResult<()> {
    let mut journal = save.open()?;
    let report = journal.decrypt().map_err(journal_error)?;
    let what = if report.save_rewritten {
        "cli-decrypted"
    } else {
        "cli-already-plain"
    };
    out::print(&describe(save, what, &report, "cli-unreadable-left"))
}

/// `what` and `unreadable` are the messages for what happened to the save
/// and to the unreadable lines beside it.
fn describe(save: &Save, what: &str, report: &SealReport, unreadable: &str) -> String {
    let mut text = t!(what, path = save.path().display().to_string());
    if !report.side_files.is_empty() {
        text.push_str(&t!(
            "cli-sealed-side-files",
            count = report.side_files.len()
        ));
    }
    text.push('\n');
    for file in &report.removed {
        text.push_str(&t!("cli-sealed-removed", path = file.display().to_string()));
        text.push('\n');
    }
    if report.unreadable_lines > 0 {
        text.push_str(&t!(unreadable, count = report.unreadable_lines));
        text.push('\n');
    }
    text
}
