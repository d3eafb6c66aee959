//! The garden the log grows at one moment, in one pass over the days. The
//! [`Timeline`](crate::garden::Timeline) keeps a checkpoint per day instead,
//! for a garden that changes as entries arrive and for any past day; both run
//! the same day step, so they agree to the bit.

use chrono::{DateTime, NaiveDate, Utc};

use crate::garden::chapters::DailyTrust;
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
    garden_and_trust(rules, ledger, now).0
}

/// Trust at the end of each day, kept by a one-pass replay for the chapters.
#[derive(Clone, Debug, Default)]
pub struct TrustSeries {
    first: Option<NaiveDate>,
    trust: Vec<f32>,
}

impl DailyTrust for TrustSeries {
    fn trust_after(&self, day: NaiveDate) -> f32 {
        let Some(first) = self.first else {
            return 0.0;
        };
        usize::try_from((day - first).num_days())
            .ok()
            .and_then(|i| self.trust.get(i).or(self.trust.last()))
            .copied()
            .unwrap_or(0.0)
    }
}

/// The garden as of `now`, and its trust at the end of every day before
/// (what the chapters need), in one pass.
pub fn garden_and_trust(
    rules: &SpeciesRules,
    ledger: &Ledger,
    now: DateTime<Utc>,
) -> (Garden, TrustSeries) {
    let today = ledger.couple().clock.day_of(&now);
    let mut state = DayState::new();
    let mut series = TrustSeries::default();
    if let Some(first) = ledger.first_day() {
        series.first = Some(first);
        run_days(rules, ledger, &mut state, first, today, |_, s| {
            series.trust.push(s.trust(rules, ledger));
        });
    }
    state.step(
        rules,
        ledger,
        today,
        ledger.day(today),
        Some(now),
        DayEnd::InProgress,
    );
    (state.garden(rules, ledger, today), series)
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
