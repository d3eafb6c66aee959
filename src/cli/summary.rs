//! `summary [--from DATE] [--to DATE] [--with-notes] [-o FILE]`: the couple's
//! weeks as one HTML page to bring to counselling.

use std::path::Path;
use trust_garden::t;

use chrono::{Days, Utc};

use crate::cli::args::SummaryArgs;
use crate::cli::couple::set_up;
use crate::cli::error::{CliError, CliResult, fail};
use crate::cli::levels::chapters;
use crate::cli::out;
use crate::cli::save::Save;
use crate::cli::time::parse_date;
use trust_garden::export::write_summary_file;
use trust_garden::garden::chapters::journey;
use trust_garden::garden::{Ledger, Timeline};
use trust_garden::report::summary::{Period, summarize, to_html};

pub fn summary(save: &Save, levels: Option<&Path>, args: &SummaryArgs) -> CliResult<()> {
    let journal = save.open()?;
    if journal.is_sealed() && !args.plain_text {
        return Err(CliError(t!(
            "cli-summary-sealed",
            path = save.path().display().to_string()
        )));
    }
    let ledger = Ledger::from_events(journal.into_events());
    set_up(&ledger)?;
    let now = Utc::now();
    let today = ledger.couple().clock.day_of(&now);
    let to = match &args.to {
        Some(text) => parse_date(text, "--to")?,
        None => today,
    };
    let from = match &args.from {
        Some(text) => parse_date(text, "--from")?,
        None => to - Days::new(27),
    };
    if from > to {
        return Err(CliError(t!(
            "cli-summary-from-after-to",
            from = from.to_string(),
            to = to.to_string()
        )));
    }
    if to > today {
        return Err(CliError(t!(
            "cli-summary-to-after-today",
            to = to.to_string(),
            today = today.to_string()
        )));
    }
    let chapters = chapters(levels)?;
    let timeline = Timeline::from_ledger(ledger);
    let journey = journey(&chapters, timeline.ledger(), &timeline, now);
    let period = Period {
        from,
        to,
        with_notes: args.with_notes,
    };
    let html = to_html(&summarize(&timeline, &journey, &period, now));
    match &args.output {
        None => out::print(&html),
        Some(file) => {
            write_summary_file(save.path(), file, &html).map_err(|e| fail!("-o: {e}"))?;
            let key = if args.with_notes {
                "cli-summary-done-with-notes"
            } else {
                "cli-summary-done"
            };
            let done = t!(
                key,
                from = from.to_string(),
                to = to.to_string(),
                path = file.display().to_string()
            );
            eprintln!("{done}");
            Ok(())
        }
    }
}
