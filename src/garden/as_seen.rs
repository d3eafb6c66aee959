//! The garden on each past day as it was seen that day: replayed with only
//! what had been written by the end of it. Entries logged late, corrections
//! and retractions change today's garden, but a day already lived shows
//! what the couple saw then, so the time-lapse and the charts of past days
//! never change silently ("what the partner saw stays visible").
//!
//! Deterministic: it depends only on the log (each entry's UUIDv7 says when
//! it was written), so both devices show the same past.

use std::sync::Arc;

use chrono::{DateTime, Days, NaiveDate, Utc};

use crate::garden::day::DayState;
use crate::garden::ledger::{Ledger, written_at};
use crate::garden::species::SpeciesRules;
use crate::garden::state::Garden;
use crate::garden::timeline::Timeline;
use crate::journal::Event;

#[derive(Clone, Debug)]
pub struct AsSeen {
    first: NaiveDate,
    /// `days[i]`: the state at the end of day `first + i` as it stood then,
    /// with the trust it showed.
    days: Vec<(DayState, f32)>,
    /// The ledger as it stood at the end of each day is not kept; gardens
    /// are rendered with these rules and the current names and notes.
    rules: Arc<SpeciesRules>,
}

impl AsSeen {
    /// Every day from the first action to the day before `now`'s.
    pub fn build(ledger: &Ledger, now: DateTime<Utc>) -> AsSeen {
        AsSeen::build_with(SpeciesRules::embedded(), ledger, now)
    }

    pub fn build_with(rules: Arc<SpeciesRules>, ledger: &Ledger, now: DateTime<Utc>) -> AsSeen {
        let clock = &ledger.couple().clock;
        let today = clock.day_of(&now);
        let first = ledger.first_day().unwrap_or(today).min(today);
        let mut written: Vec<(DateTime<Utc>, &Event)> = ledger
            .events()
            .iter()
            .map(|e| (written_at(e.id, &e.at), e))
            .collect();
        written.sort_by_key(|(at, e)| (*at, e.at, e.id));
        let mut known = Timeline::with_rules(Arc::clone(&rules), Ledger::default());
        let mut next = written.iter().peekable();
        let mut days = Vec::new();
        for day in first.iter_days().take_while(|d| *d < today) {
            let end = clock.start_of(day + Days::new(1));
            while let Some((_, event)) = next.next_if(|(at, _)| *at < end) {
                known.apply((*event).clone());
            }
            let state = known.state_on(day, Some(end - chrono::Duration::nanoseconds(1)));
            let trust = state.trust(&rules, known.ledger());
            days.push((state, trust));
        }
        AsSeen { first, days, rules }
    }

    /// The garden at the end of `day` as it was seen then, if `day` is a
    /// past day this covers.
    pub fn garden_on(&self, day: NaiveDate, ledger: &Ledger) -> Option<Garden> {
        let (state, trust) = self.day(day)?;
        let mut garden = state.garden(&self.rules, ledger, day);
        garden.trust = *trust;
        Some(garden)
    }

    /// The trust shown at the end of `day`, if this covers it.
    pub fn trust_on(&self, day: NaiveDate) -> Option<f32> {
        self.day(day).map(|(_, trust)| *trust)
    }

    fn day(&self, day: NaiveDate) -> Option<&(DayState, f32)> {
        let index = usize::try_from((day - self.first).num_days()).ok()?;
        self.days.get(index)
    }
}
