//! `verify` (read-only check) and `merge OTHER...`.

use std::path::{Path, PathBuf};
use trust_garden::t;

use crate::cli::args::VerifyArgs;
use crate::cli::error::{CliError, CliResult, EXIT_PROBLEMS};
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
        out::println(&t!(
            "cli-verify-ok",
            path = save.path().display().to_string()
        ))?;
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
        return Err(CliError(t!(
            "cli-merge-no-such-file",
            path = other.display().to_string()
        )));
    }
    if let (Ok(a), Ok(b)) = (save.canonicalize(), other.canonicalize())
        && a == b
    {
        return Err(CliError(t!(
            "cli-merge-itself",
            path = other.display().to_string()
        )));
    }
    Ok(())
}

fn describe(report: &MergeReport) -> String {
    let other = report.other.display().to_string();
    let written = match &report.written {
        Written::Nothing => String::new(),
        Written::Appended => t!("cli-merged-appended"),
    };
    let settled = match report.settled {
        0 => String::new(),
        n => t!("cli-merged-settled", count = n),
    };
    let mut lines = vec![t!(
        "cli-merged",
        other = &other,
        added = report.added,
        present = report.already_present,
        settled = settled,
        written = written
    )];
    for conflict in &report.conflicts {
        lines.push(t!(
            "cli-merge-conflict",
            id = conflict.id.to_string(),
            other = &other
        ));
    }
    if let Some(file) = &report.conflicts_file
        && !report.conflicts.is_empty()
    {
        lines.push(t!(
            "cli-merge-conflicts-file",
            path = file.display().to_string()
        ));
    }
    for problem in &report.other_problems {
        lines.push(t!(
            "cli-merge-not-merged",
            other = &other,
            problem = problem.to_string()
        ));
    }
    lines.iter().map(|line| format!("{line}\n")).collect()
}
