//! The garden the log grows at one moment, in one pass over the days. The
//! [`Timeline`](crate::garden::Timeline) keeps a checkpoint per day instead,
//! for a garden that changes as entries arrive and for any past day; both run
//! the same day step, so they agree to the bit.

use chrono::{DateTime, NaiveDate, Utc};

use crate::garden::day::{DayEnd, DayState};
use crate::garden::ledger::Ledger;
use crate::garden::species::SpeciesRules;
use crate::garden::state::Garden;
use crate::journal::Event;

/// The garden the log grows, as of `now`, with the embedded species rules.
/// Events may come in any order; actions after `now` do not count yet, while
/// corrections (retract, amend, setup, rename, pause) apply whenever logged.
pub fn replay(events: &[Event], now: DateTime<Utc>) -> Garden {
    garden_at(
        &SpeciesRules::embedded(),
        &Ledger::from_events(events.iter().cloned()),
        now,
    )
}

/// The garden of a resolved log as of `now`.
pub fn garden_at(rules: &SpeciesRules, ledger: &Ledger, now: DateTime<Utc>) -> Garden {
    let today = ledger.couple().clock.day_of(&now);
    let mut state = DayState::new();
    if let Some(first) = ledger.first_day() {
        run_days(rules, ledger, &mut state, first, today, |_, _| {});
    }
    state.step(
        rules,
        ledger,
        today,
        ledger.day(today),
        Some(now),
        DayEnd::InProgress,
    );
    state.garden(rules, ledger, today)
}

/// Steps every day from `from` up to, not including, `until` as finished days,
/// calling `each` after each day.
pub(crate) fn run_days(
    rules: &SpeciesRules,
    ledger: &Ledger,
    state: &mut DayState,
    from: NaiveDate,
    until: NaiveDate,
    mut each: impl FnMut(NaiveDate, &DayState),
) {
    for day in from.iter_days().take_while(|d| *d < until) {
        state.step(rules, ledger, day, ledger.day(day), None, DayEnd::Over);
        each(day, state);
    }
}
