//! `history`: what was logged, by whom and when (the words are the
//! library's, shared with the app).

use crate::cli::args::HistoryArgs;
use crate::cli::couple::set_up;
use crate::cli::error::{CliError, CliResult};
use crate::cli::out;
use crate::cli::save::Save;
use trust_garden::garden::Ledger;
use trust_garden::report::{history_json, history_text};
use trust_garden::t;

pub fn history(save: &Save, args: &HistoryArgs) -> CliResult<()> {
    let journal = save.open()?;
    let ledger = Ledger::from_events(journal.into_events());
    set_up(&ledger)?;
    if args.json {
        let text = serde_json::to_string_pretty(&history_json(&ledger, args.limit))
            .map_err(|e| CliError(t!("cli-cannot-write-history-json", error = e.to_string())))?;
        return out::println(&text);
    }
    out::print(&history_text(&ledger, args.limit))
}
