//! `conflicts` and `settle`: two devices holding different versions of one
//! entry, and the entry that says which one stands on both.

use chrono::Utc;
use trust_garden::t;

use crate::cli::args::{SettleArgs, Version};
use crate::cli::couple::{partner_named, set_up};
use crate::cli::error::{CliError, CliResult, EXIT_PROBLEMS, fail};
use crate::cli::out;
use crate::cli::save::{Save, journal_error};
use trust_garden::actions::{Command, When, decide};
use trust_garden::garden::Ledger;
use trust_garden::journal::{RecordedConflict, encode_event};

/// Lists the conflicts no entry settled; exit 1 when there are any.
pub fn list(save: &Save) -> CliResult<i32> {
    let journal = save.open()?;
    let conflicts = journal.recorded_conflicts().map_err(journal_error)?;
    if conflicts.is_empty() {
        out::println(&t!("cli-no-conflicts"))?;
        return Ok(0);
    }
    let mut text = String::new();
    for conflict in &conflicts {
        // "this" and "other" stay as they are: they are what `--keep` takes.
        text.push_str(&format!(
            "{}\n  this:  {}\n  other: {}\n",
            t!("cli-conflict-entry", id = conflict.id.to_string()),
            line(&conflict.ours)?,
            line(&conflict.theirs)?
        ));
    }
    text.push_str(&t!("cli-conflicts-how"));
    text.push('\n');
    out::print(&text)?;
    Ok(EXIT_PROBLEMS)
}

fn line(event: &trust_garden::journal::Event) -> CliResult<String> {
    let text = encode_event(event).map_err(journal_error)?;
    Ok(text.split(" // crc32c=").next().unwrap_or(&text).to_owned())
}

/// Appends the entry that says which version stands; prints its id.
pub fn settle(save: &Save, args: &SettleArgs) -> CliResult<()> {
    let mut journal = save.open()?;
    let conflicts = journal.recorded_conflicts().map_err(journal_error)?;
    let typed = args.id.trim().to_lowercase();
    let matching: Vec<&RecordedConflict> = conflicts
        .iter()
        .filter(|c| c.id.to_string().starts_with(&typed))
        .collect();
    let conflict = match matching.as_slice() {
        [one] => *one,
        [] => {
            return Err(CliError(t!("cli-no-such-conflict", typed = &args.id)));
        }
        _ => {
            return Err(CliError(t!("cli-ambiguous-conflict", typed = &args.id)));
        }
    };
    let ledger = Ledger::from_events(journal.events().iter().cloned());
    set_up(&ledger)?;
    let by = partner_named(&ledger, &args.by)?;
    let keep = match args.keep {
        Version::This => conflict.ours.clone(),
        Version::Other => conflict.theirs.clone(),
    };
    let command = Command::Settle {
        entry: conflict.id,
        keep,
        when: When::Now,
    };
    let event = decide(&command, &ledger, by, Utc::now()).map_err(|why| fail!("{why}"))?;
    let id = event.id;
    journal.append(event).map_err(journal_error)?;
    out::println(&id.to_string())
}
