//! `demo`: a new save holding a sample couple's history of the last N days.

use chrono::{Days, Utc};
use chrono_tz::Tz;
use trust_garden::t;

use crate::cli::args::DemoArgs;
use crate::cli::couple::check_names;
use crate::cli::error::{CliError, CliResult};
use crate::cli::out;
use crate::cli::save::{Save, journal_error};
use trust_garden::garden::ledger::written_at;
use trust_garden::journal::Journal;
use trust_garden::sample::{DemoCouple, demo_events};

/// A century is plenty, and keeps the save under a few hundred megabytes.
const MAX_DAYS: u32 = 36_525;

pub fn demo(save: &Save, args: &DemoArgs) -> CliResult<()> {
    save.must_not_exist()?;
    if args.days == 0 || args.days > MAX_DAYS {
        return Err(CliError(t!(
            "cli-demo-days-out-of-range",
            days = args.days,
            max = MAX_DAYS
        )));
    }
    let zone: Tz = args
        .tz
        .parse()
        .map_err(|_| CliError(t!("cli-demo-bad-zone", typed = format!("{:?}", args.tz))))?;
    let mut couple = DemoCouple {
        zone,
        ..DemoCouple::default()
    };
    if let Some(names) = &args.partners {
        couple.names = check_names(names)?;
    }
    let now = Utc::now();
    let today = now.with_timezone(&zone).date_naive();
    let first_day = today
        .checked_sub_days(Days::new(u64::from(args.days)))
        .ok_or_else(|| CliError(t!("cli-demo-too-far-back", days = args.days)))?;
    let mut events = demo_events(&couple, first_day, args.days, args.seed);
    // The story ends yesterday, so every event is in the past; the filter only
    // guards against a clock that moved backwards.
    events.retain(|e| e.at <= now && written_at(e.id, &e.at) <= now);
    let count = events.len();
    Journal::create_with(save.path(), &events).map_err(journal_error)?;
    out::println(&t!(
        "cli-demo-done",
        count = count,
        days = args.days,
        seed = args.seed.to_string(),
        first = &couple.names.0,
        second = &couple.names.1,
        path = save.path().display().to_string()
    ))?;
    Ok(())
}
