//! The garden on every past day, for the time-lapse and the charts: one pass
//! keeps a checkpoint per day, so any day costs a checkpoint plus that day's
//! events, never a full replay.

use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::garden::day::{DayEnd, DayState};
use crate::garden::record::Record;
use crate::garden::replay::run_days;
use crate::garden::species::SpeciesRules;
use crate::garden::state::Garden;
use crate::journal::Event;

/// One day of the charts.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct DayPoint {
    pub day: NaiveDate,
    /// Overall trust at the end of the day.
    pub trust: f32,
    /// Actions logged that day, per partner (index by `Partner::index`).
    pub actions: [u32; 2],
}

#[derive(Clone, Debug)]
pub struct Timeline {
    rules: Arc<SpeciesRules>,
    record: Record,
    first: NaiveDate,
    last: NaiveDate,
    /// `checkpoints[i]`: the state after day `first + i` is over, up to the
    /// day before `last`.
    checkpoints: Vec<DayState>,
    series: Vec<DayPoint>,
}

impl Timeline {
    /// The history as known at `now`, from the first action's day to `now`'s day.
    pub fn build(events: &[Event], now: DateTime<Utc>) -> Timeline {
        Timeline::build_with(SpeciesRules::embedded(), events, now)
    }

    pub fn build_with(rules: Arc<SpeciesRules>, events: &[Event], now: DateTime<Utc>) -> Timeline {
        let record = Record::build(events.iter(), |e| e.at <= now);
        let last = record.clock.day_of(&now);
        let first = record.first_day().unwrap_or(last).min(last);
        let mut checkpoints = Vec::new();
        let mut series = Vec::new();
        let mut state = DayState::new();
        let mut day = first;
        run_days(&rules, &record, &mut state, first, last, |s| {
            series.push(DayPoint {
                day,
                trust: s.trust(&rules),
                actions: s.actions_today(),
            });
            checkpoints.push(s.clone());
            day = day.succ_opt().unwrap_or(day);
        });
        let mut timeline = Timeline {
            rules,
            record,
            first,
            last,
            checkpoints,
            series,
        };
        let today = timeline.state_on(last);
        timeline.series.push(DayPoint {
            day: last,
            trust: today.trust(&timeline.rules),
            actions: today.actions_today(),
        });
        timeline
    }

    /// The first day with an action (or the last day, if there is none).
    pub fn first_day(&self) -> NaiveDate {
        self.first
    }

    /// The day of the moment the timeline was built for.
    pub fn last_day(&self) -> NaiveDate {
        self.last
    }

    /// The garden at the end of `day` (at the build moment for the last day),
    /// clamped to the timeline's days.
    pub fn garden_on(&self, day: NaiveDate) -> Garden {
        let day = day.clamp(self.first, self.last);
        self.state_on(day).garden(&self.rules, &self.record, day)
    }

    /// Trust and actions per day, from the first day to the last.
    pub fn series(&self) -> Vec<DayPoint> {
        self.series.clone()
    }

    fn state_on(&self, day: NaiveDate) -> DayState {
        let index = (day - self.first).num_days();
        let mut state = match usize::try_from(index - 1) {
            Ok(before) => self.checkpoints[before].clone(),
            Err(_) => DayState::new(),
        };
        let acts = self.record.day(day);
        state.step(
            &self.rules,
            &self.record,
            day,
            acts,
            None,
            DayEnd::InProgress,
        );
        state
    }
}
