//! The garden on every day, kept up to date as entries arrive. One machine
//! serves the app's garden, the time-lapse and the charts: it owns the
//! [`Ledger`] and a checkpoint at the end of each day, so a new entry costs a
//! re-run from its own day, and any day costs one checkpoint plus that day.

use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::garden::chapters::DailyTrust;
use crate::garden::day::{DayEnd, DayState};
use crate::garden::ledger::{Change, Ledger};
use crate::garden::replay::run_days;
use crate::garden::species::SpeciesRules;
use crate::garden::state::Garden;
use crate::journal::Event;

/// One day of the charts.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct DayPoint {
    pub day: NaiveDate,
    /// Overall trust at the end of the day (at the moment asked, for today).
    pub trust: f32,
    /// Things done that day, per partner (index by `Partner::index`);
    /// acknowledgements are counted apart, in `noticed`.
    pub actions: [u32; 2],
    /// The other's entries each partner acknowledged that day.
    pub noticed: [u32; 2],
}

#[derive(Clone, Debug)]
pub struct Timeline {
    rules: Arc<SpeciesRules>,
    ledger: Ledger,
    /// The day the checkpoints start from: the first day with an action.
    first: Option<NaiveDate>,
    /// `checkpoints[i]`: the state once day `first + i` is over, up to the
    /// last day with an action.
    checkpoints: Vec<DayState>,
}

impl Default for Timeline {
    fn default() -> Self {
        Timeline::from_ledger(Ledger::default())
    }
}

impl Timeline {
    /// A timeline over a whole log, with the embedded species rules.
    pub fn from_events(events: impl IntoIterator<Item = Event>) -> Timeline {
        Timeline::from_ledger(Ledger::from_events(events))
    }

    pub fn from_ledger(ledger: Ledger) -> Timeline {
        Timeline::with_rules(SpeciesRules::embedded(), ledger)
    }

    pub fn with_rules(rules: Arc<SpeciesRules>, ledger: Ledger) -> Timeline {
        let mut timeline = Timeline {
            rules,
            ledger,
            first: None,
            checkpoints: Vec::new(),
        };
        timeline.rerun(Change::Everything);
        timeline
    }

    pub fn ledger(&self) -> &Ledger {
        &self.ledger
    }

    /// Adds one entry (as logged, or arriving from the other device); the
    /// garden is then the same as a replay of everything applied so far. An
    /// id already applied is ignored. Says from which day things changed.
    pub fn apply(&mut self, event: Event) -> Change {
        let change = self.ledger.apply(event);
        self.rerun(change);
        change
    }

    /// Adds many entries at once (a merge), re-running the history once.
    pub fn extend(&mut self, events: impl IntoIterator<Item = Event>) -> Change {
        let change = self.ledger.extend(events);
        self.rerun(change);
        change
    }

    /// The garden as of `now`: the checkpoint of the day before, then the
    /// day itself up to `now`.
    pub fn garden(&self, now: DateTime<Utc>) -> Garden {
        let today = self.ledger.couple().clock.day_of(&now);
        let state = self.state_on(today, Some(now));
        state.garden(&self.rules, &self.ledger, today)
    }

    /// The garden at the end of `day`; for the day of `now`, at `now`. Days
    /// before the first action or after `now` are clamped.
    pub fn garden_on(&self, day: NaiveDate, now: DateTime<Utc>) -> Garden {
        let today = self.ledger.couple().clock.day_of(&now);
        let day = day.clamp(self.first_day(now), today);
        if day == today {
            return self.garden(now);
        }
        let end = self
            .ledger
            .couple()
            .clock
            .start_of(day + chrono::Days::new(1));
        let state = self.state_on(day, Some(end - chrono::Duration::nanoseconds(1)));
        state.garden(&self.rules, &self.ledger, day)
    }

    /// The first day with an action, or the day of `now` before there is one.
    pub fn first_day(&self, now: DateTime<Utc>) -> NaiveDate {
        let today = self.ledger.couple().clock.day_of(&now);
        self.first.unwrap_or(today).min(today)
    }

    /// Trust and actions per day, from the first day to the day of `now`.
    pub fn series(&self, now: DateTime<Utc>) -> Vec<DayPoint> {
        let today = self.ledger.couple().clock.day_of(&now);
        let first = self.first_day(now);
        let mut points = Vec::new();
        let mut state = DayState::new();
        let point = |day, state: &DayState| DayPoint {
            day,
            trust: state.trust(&self.rules, &self.ledger),
            actions: state.actions_today(),
            noticed: state.noticed_today(),
        };
        for day in first.iter_days().take_while(|d| *d < today) {
            match self.checkpoint_after(day) {
                Some(checkpoint) => state.clone_from(checkpoint),
                None => state.step(
                    &self.rules,
                    &self.ledger,
                    day,
                    self.ledger.day(day),
                    None,
                    DayEnd::Over,
                ),
            }
            points.push(point(day, &state));
        }
        points.push(point(today, &self.state_on(today, Some(now))));
        points
    }

    /// The state on `day` up to `until`, from the checkpoint before it: the
    /// day as seen while it lasts (a quiet day costs the streak only once
    /// it is over).
    pub(crate) fn state_on(&self, day: NaiveDate, until: Option<DateTime<Utc>>) -> DayState {
        let mut state = DayState::new();
        if let Some(first) = self.first.filter(|first| *first < day) {
            let done = usize::try_from((day - first).num_days())
                .unwrap_or(0)
                .min(self.checkpoints.len());
            if let Some(checkpoint) = done.checked_sub(1).map(|i| &self.checkpoints[i]) {
                state = checkpoint.clone();
            }
            run_days(
                &self.rules,
                &self.ledger,
                &mut state,
                day_after(first, done),
                day,
                |_, _| {},
            );
        }
        state.step(
            &self.rules,
            &self.ledger,
            day,
            self.ledger.day(day),
            until,
            DayEnd::InProgress,
        );
        state
    }

    fn checkpoint_after(&self, day: NaiveDate) -> Option<&DayState> {
        let first = self.first?;
        let index = usize::try_from((day - first).num_days()).ok()?;
        self.checkpoints.get(index)
    }

    /// Drops the checkpoints a change invalidates and runs the history again
    /// up to the last day with an action.
    fn rerun(&mut self, change: Change) {
        let from = match change {
            Change::Nothing => return,
            Change::From(day) => Some(day),
            Change::Everything => None,
        };
        let first = self.ledger.first_day();
        if first != self.first || from.is_none() {
            self.first = first;
            self.checkpoints.clear();
        }
        let (Some(first), Some(last)) = (first, self.ledger.last_day()) else {
            self.checkpoints.clear();
            return;
        };
        if let Some(day) = from {
            let keep = usize::try_from((day - first).num_days()).unwrap_or(0);
            self.checkpoints.truncate(keep);
        }
        let mut state = self
            .checkpoints
            .last()
            .cloned()
            .unwrap_or_else(DayState::new);
        let from = day_after(first, self.checkpoints.len());
        let until = last.succ_opt().unwrap_or(last);
        let Timeline {
            rules,
            ledger,
            checkpoints,
            ..
        } = self;
        run_days(rules, ledger, &mut state, from, until, |_, s| {
            checkpoints.push(s.clone())
        });
    }
}

/// Chapters wait for the garden's trust at the end of a day.
impl DailyTrust for Timeline {
    fn trust_after(&self, day: NaiveDate) -> f32 {
        if self.first.is_none_or(|first| first > day) {
            return 0.0;
        }
        match self.checkpoint_after(day) {
            Some(state) => state.trust(&self.rules, &self.ledger),
            None => {
                let end = self
                    .ledger
                    .couple()
                    .clock
                    .start_of(day + chrono::Days::new(1));
                self.state_on(day, Some(end - chrono::Duration::nanoseconds(1)))
                    .trust(&self.rules, &self.ledger)
            }
        }
    }
}

fn day_after(first: NaiveDate, days: usize) -> NaiveDate {
    first
        .checked_add_days(chrono::Days::new(days as u64))
        .unwrap_or(NaiveDate::MAX)
}
