//! `status`: the garden now (or as it was at `--at`), as a warm summary or
//! one JSON object (the words are the library's, shared with the app).

use std::path::Path;
use trust_garden::t;

use chrono::Utc;

use crate::cli::args::StatusArgs;
use crate::cli::couple::set_up;
use crate::cli::error::{CliError, CliResult};
use crate::cli::levels::chapters;
use crate::cli::out;
use crate::cli::save::Save;
use crate::cli::time::parse_at_on;
use trust_garden::garden::chapters::journey;
use trust_garden::garden::ledger::written_at;
use trust_garden::garden::{Ledger, SpeciesRules, garden_and_trust};
use trust_garden::i18n::{self, Lang};
use trust_garden::report::Status;

pub fn status(save: &Save, levels: Option<&Path>, args: &StatusArgs) -> CliResult<()> {
    let journal = save.open()?;
    let set_aside = journal.report().set_aside.len();
    let mut ledger = Ledger::from_events(journal.into_events());
    set_up(&ledger)?;
    let now = match args.at.as_deref() {
        Some(text) => {
            let then = parse_at_on(text, &ledger.couple().clock)?.with_timezone(&Utc);
            // As it was then: only what had been written by that moment.
            let mut events = ledger.into_events();
            events.retain(|e| written_at(e.id, &e.at) <= then);
            ledger = Ledger::from_events(events);
            then
        }
        None => Utc::now(),
    };
    let chapters = chapters(levels)?;
    if !args.json {
        let (garden, trust) = garden_and_trust(&SpeciesRules::embedded(), &ledger, now);
        let journey = journey(&chapters, &ledger, &trust, now);
        let status = Status::new(&ledger, &garden, &journey, set_aside, now);
        return out::print(&status.to_text());
    }
    // JSON is for programs: its words (chapter titles, goals, hints) are
    // English whatever the language, so a script always reads the same.
    let json = i18n::scoped(Lang::En, || {
        let chapters = crate::cli::levels::chapters(levels).unwrap_or(chapters);
        let (garden, trust) = garden_and_trust(&SpeciesRules::embedded(), &ledger, now);
        let journey = journey(&chapters, &ledger, &trust, now);
        let status = Status::new(&ledger, &garden, &journey, set_aside, now);
        serde_json::to_string_pretty(&status.to_json())
    });
    let text =
        json.map_err(|e| CliError(t!("cli-cannot-write-status-json", error = e.to_string())))?;
    out::println(&text)
}
