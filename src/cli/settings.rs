//! `clock`, `rename` and `zones`: what a couple set up at the start, changed
//! later. Each change is an entry in the log, decided by the command layer
//! as the app's Settings decide it; a refused one leaves the save as it was.

use chrono::Utc;

use crate::cli::args::{ClockArgs, RenameArgs, ZonesArgs};
use crate::cli::couple::{partner_named, set_up};
use crate::cli::error::{CliError, CliResult, fail};
use crate::cli::out;
use crate::cli::save::{Save, journal_error};
use crate::cli::time::parse_day_start;
use trust_garden::actions::{Command, decide};
use trust_garden::garden::{Ledger, zones};
use trust_garden::t;

/// A new time zone or day start, from now on.
pub fn clock(save: &Save, args: &ClockArgs) -> CliResult<()> {
    let mut journal = save.open()?;
    let ledger = Ledger::from_events(journal.events().iter().cloned());
    set_up(&ledger)?;
    let by = partner_named(&ledger, &args.by)?;
    let now_clock = &ledger.couple().clock;
    let zone = args
        .tz
        .clone()
        .unwrap_or_else(|| now_clock.zone.name().to_owned());
    let day_start = match &args.day_starts {
        Some(text) => parse_day_start(text)?,
        None => now_clock.day_start,
    };
    let command = Command::ChangeClock { zone, day_start };
    let event = decide(&command, &ledger, by, Utc::now()).map_err(|why| fail!("{why}"))?;
    journal.append(event).map_err(journal_error)?;
    let clock = Ledger::from_events(journal.events().iter().cloned())
        .couple()
        .clock
        .clone();
    out::println(&t!(
        "cli-clock-done",
        zone = clock.zone.name(),
        day_start = clock.day_start.format("%H:%M").to_string()
    ))
}

/// A partner's new name.
pub fn rename(save: &Save, args: &RenameArgs) -> CliResult<()> {
    let mut journal = save.open()?;
    let ledger = Ledger::from_events(journal.events().iter().cloned());
    set_up(&ledger)?;
    let by = partner_named(&ledger, &args.by)?;
    let partner = partner_named(&ledger, &args.partner)?;
    let before = ledger.couple().name(partner).to_owned();
    let command = Command::Rename {
        partner,
        name: args.to.clone(),
    };
    let event = decide(&command, &ledger, by, Utc::now()).map_err(|why| fail!("{why}"))?;
    journal.append(event).map_err(journal_error)?;
    let ledger = Ledger::from_events(journal.events().iter().cloned());
    out::println(&t!(
        "cli-rename-done",
        before = before,
        name = ledger.couple().name(partner)
    ))
}

/// The zones a few letters find, best first, one per line (the names
/// `init --tz` and `clock --tz` take).
pub fn zones(args: &ZonesArgs) -> CliResult<()> {
    let found = zones::search(&args.query);
    if found.is_empty() {
        return Err(CliError(t!(
            "cli-zones-none",
            query = format!("{:?}", args.query)
        )));
    }
    for name in found.into_iter().take(args.limit.max(1)) {
        out::println(name)?;
    }
    Ok(())
}
