//! `verify` (read-only check) and `merge OTHER...`.

use std::path::{Path, PathBuf};

use crate::cli::args::VerifyArgs;
use crate::cli::error::{CliResult, EXIT_PROBLEMS, fail};
use crate::cli::out;
use crate::cli::save::{Save, journal_error};
use trust_garden::journal::{JournalError, MergeReport, Written, repair_header, verify_with};

/// Lists every problem of the save, one per line; exit 1 when there are any.
/// Never writes (recovery is left to the next command that opens the save),
/// unless asked to repair a damaged first line.
pub fn verify(save: &Save, args: &VerifyArgs) -> CliResult<i32> {
    save.must_exist()?;
    if args.repair
        && let Some(repair) = repair_header(save.path(), &args.from).map_err(journal_error)?
    {
        out::println(&repair.describe(save.path()))?;
    }
    let problems = match verify_with(save.path(), &save.keys) {
        Ok(problems) => problems,
        Err(damaged @ JournalError::DamagedHeader { .. }) => {
            out::println(&damaged.to_string())?;
            return Ok(EXIT_PROBLEMS);
        }
        Err(e) => return Err(journal_error(e)),
    };
    if problems.is_empty() {
        out::println(&format!("ok: {} has no problems", save.path().display()))?;
        return Ok(0);
    }
    let listed: Vec<String> = problems
        .iter()
        .map(|p| format!("{}: {p}", save.path().display()))
        .collect();
    out::println(&listed.join("\n"))?;
    Ok(EXIT_PROBLEMS)
}

/// Merges each other save in turn. Exit 0 when everything merged cleanly, 1
/// when conflicts or damaged lines were set aside (each listed).
pub fn merge(save: &Save, others: &[PathBuf]) -> CliResult<i32> {
    // Check every argument first, so a typo in the last one does not leave the
    // save half merged.
    for other in others {
        check_other(save.path(), other)?;
    }
    let mut journal = save.open()?;
    let mut problems = 0;
    for other in others {
        let report = journal.merge_from(other).map_err(journal_error)?;
        problems += report.conflicts.len() + report.other_problems.len();
        out::print(&describe(&report))?;
    }
    Ok(if problems == 0 { 0 } else { EXIT_PROBLEMS })
}

fn check_other(save: &Path, other: &Path) -> CliResult<()> {
    if !other.is_file() {
        return Err(fail!("{}: no such file to merge", other.display()));
    }
    if let (Ok(a), Ok(b)) = (save.canonicalize(), other.canonicalize())
        && a == b
    {
        return Err(fail!(
            "{} is the save itself; there is nothing to merge",
            other.display()
        ));
    }
    Ok(())
}

fn describe(report: &MergeReport) -> String {
    let other = report.other.display();
    let written = match &report.written {
        Written::Nothing => String::new(),
        Written::Appended => "; appended to the save".to_owned(),
    };
    let settled = match report.settled {
        0 => String::new(),
        n => format!(", {n} in another version, settled"),
    };
    let mut text = format!(
        "merged {other}: {} new, {} already here{settled}{written}\n",
        report.added, report.already_present
    );
    for conflict in &report.conflicts {
        text.push_str(&format!(
            "conflict: event {} differs between the save and {other}; the save's version stays\n",
            conflict.id
        ));
    }
    if let Some(file) = &report.conflicts_file
        && !report.conflicts.is_empty()
    {
        text.push_str(&format!(
            "both versions of each conflict are in {}\n",
            file.display()
        ));
    }
    for problem in &report.other_problems {
        text.push_str(&format!("{other}: {problem} (not merged)\n"));
    }
    text
}
