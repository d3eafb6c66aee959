//! Replaying the log into a garden: in one pass (`replay`), or incrementally
//! as events arrive (`Replayer`), which keeps a checkpoint per day so a new
//! event costs a re-run of its own day, not of the whole history.

use std::collections::HashSet;
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};

use crate::garden::day::{DayEnd, DayState};
use crate::garden::record::Record;
use crate::garden::species::SpeciesRules;
use crate::garden::state::Garden;
use crate::journal::{Event, EventId, Kind};

/// The garden the log grows, as of `now`, with the embedded species rules.
/// Events may come in any order; actions after `now` do not count yet, while
/// corrections (retract, amend, setup, rename, pause) apply whenever logged.
pub fn replay(events: &[Event], now: DateTime<Utc>) -> Garden {
    replay_with(&SpeciesRules::embedded(), events, now)
}

/// `replay` with other species rules.
pub fn replay_with(rules: &SpeciesRules, events: &[Event], now: DateTime<Utc>) -> Garden {
    let record = Record::build(events.iter(), |e| e.at <= now);
    let today = record.clock.day_of(&now);
    let mut state = DayState::new();
    if let Some(first) = record.first_day() {
        run_days(rules, &record, &mut state, first, today, |_| {});
    }
    state.step(
        rules,
        &record,
        today,
        record.day(today),
        None,
        DayEnd::InProgress,
    );
    state.garden(rules, &record, today)
}

/// Steps every day from `from` up to, not including, `until` as finished days,
/// calling `each` after each day.
pub(crate) fn run_days(
    rules: &SpeciesRules,
    record: &Record,
    state: &mut DayState,
    from: NaiveDate,
    until: NaiveDate,
    mut each: impl FnMut(&DayState),
) {
    for day in from.iter_days().take_while(|d| *d < until) {
        state.step(rules, record, day, record.day(day), None, DayEnd::Over);
        each(state);
    }
}

/// Incremental replay: `apply` events as they are logged or merged, in any
/// order, and ask for the `garden` at any moment; the result is always the same
/// as `replay` over the events applied so far.
#[derive(Clone, Debug)]
pub struct Replayer {
    rules: Arc<SpeciesRules>,
    events: Vec<Event>,
    ids: HashSet<EventId>,
    record: Record,
    /// The first action day the checkpoints start from.
    first: Option<NaiveDate>,
    /// `checkpoints[i]`: the state after day `first + i` is over, up to the
    /// last day with an action.
    checkpoints: Vec<DayState>,
}

impl Default for Replayer {
    fn default() -> Self {
        Replayer::new()
    }
}

impl Replayer {
    pub fn new() -> Replayer {
        Replayer::with_rules(SpeciesRules::embedded())
    }

    pub fn with_rules(rules: Arc<SpeciesRules>) -> Replayer {
        Replayer {
            rules,
            events: Vec::new(),
            ids: HashSet::new(),
            record: Record::default(),
            first: None,
            checkpoints: Vec::new(),
        }
    }

    /// A replayer over a whole log at once (cheaper than applying one by one).
    pub fn from_events(events: &[Event]) -> Replayer {
        let mut replayer = Replayer::new();
        replayer.extend(events);
        replayer
    }

    /// The events applied so far (each id once), in the order applied.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// Applies many events, re-running the history once.
    pub fn extend(&mut self, events: &[Event]) {
        let before = self.events.len();
        for e in events {
            if self.ids.insert(e.id) {
                self.events.push(e.clone());
            }
        }
        if self.events.len() > before {
            self.record = Record::build(self.events.iter(), |_| true);
            self.rerun_from(None);
        }
    }

    /// Applies one event. An event id already applied is ignored (merging is
    /// idempotent); the journal reports conflicting duplicates.
    pub fn apply(&mut self, event: &Event) {
        if !self.ids.insert(event.id) {
            return;
        }
        self.events.push(event.clone());
        match self.changed_from(event) {
            Change::Nothing => {}
            Change::From(day) => self.rerun_from(Some(day)),
            Change::Everything => {
                let old = std::mem::replace(
                    &mut self.record,
                    Record::build(self.events.iter(), |_| true),
                );
                match difference(&old, &self.record) {
                    Change::Nothing => {}
                    Change::From(day) => self.rerun_from(Some(day)),
                    Change::Everything => self.rerun_from(None),
                }
            }
        }
    }

    /// Updates the record for a new event, cheaply when it can; says from
    /// which day the history must run again.
    fn changed_from(&mut self, event: &Event) -> Change {
        if self.record.retracted.contains(&event.id) {
            // A retraction of it arrived first: it never counts, and if it is
            // a retraction itself, its target stays as it is.
            return Change::Nothing;
        }
        match &event.kind {
            kind if kind.action().is_some() => match self.record.insert(event) {
                Some(day) => Change::From(earliest(&self.record, event.id, day)),
                None => Change::Nothing,
            },
            Kind::Amend {
                event: target,
                note,
            } => {
                self.record.amend(event, *target, note);
                Change::Nothing
            }
            Kind::Retract { event: target, .. } => {
                let target_is_correction = self
                    .events
                    .iter()
                    .any(|e| e.id == *target && e.kind.action().is_none());
                if target_is_correction {
                    return Change::Everything;
                }
                if !self.record.retracted.insert(*target) {
                    return Change::Nothing;
                }
                match self.record.acts.get(target).map(|a| a.day) {
                    Some(day) => {
                        let from = earliest(&self.record, *target, day);
                        self.record.remove(*target);
                        Change::From(from)
                    }
                    None => Change::Nothing,
                }
            }
            Kind::Pause { from, to } => {
                if self.record.pauses.contains(&(*from, *to)) {
                    Change::Nothing
                } else {
                    self.record.pauses.push((*from, *to));
                    Change::From(*from)
                }
            }
            _ => Change::Everything,
        }
    }

    /// Drops the checkpoints from `day` on (all when `None`) and runs the
    /// history again up to the last day with an action.
    fn rerun_from(&mut self, day: Option<NaiveDate>) {
        let first = self.record.first_day();
        if first != self.first || day.is_none() {
            self.first = first;
            self.checkpoints.clear();
        }
        let (Some(first), Some(last)) = (first, self.record.last_day()) else {
            self.checkpoints.clear();
            return;
        };
        if let Some(day) = day {
            let keep = (day - first).num_days().max(0) as usize;
            self.checkpoints.truncate(keep);
        }
        let mut state = self
            .checkpoints
            .last()
            .cloned()
            .unwrap_or_else(DayState::new);
        let from = day_after(first, self.checkpoints.len());
        let until = last.succ_opt().unwrap_or(last);
        let Replayer {
            rules,
            record,
            checkpoints,
            ..
        } = self;
        run_days(rules, record, &mut state, from, until, |s| {
            checkpoints.push(s.clone())
        });
    }

    /// The garden as of `now`: the checkpoint of the day before, then the day
    /// itself up to `now`.
    pub fn garden(&self, now: DateTime<Utc>) -> Garden {
        let rules = &self.rules;
        let record = &self.record;
        let today = record.clock.day_of(&now);
        let mut state = DayState::new();
        if let Some(first) = self.first.filter(|first| *first < today) {
            let done = ((today - first).num_days() as usize).min(self.checkpoints.len());
            if done > 0 {
                state = self.checkpoints[done - 1].clone();
            }
            run_days(
                rules,
                record,
                &mut state,
                day_after(first, done),
                today,
                |_| {},
            );
        }
        state.step(
            rules,
            record,
            today,
            record.day(today),
            Some(now),
            DayEnd::InProgress,
        );
        state.garden(rules, record, today)
    }
}

enum Change {
    Nothing,
    From(NaiveDate),
    Everything,
}

fn day_after(first: NaiveDate, days: usize) -> NaiveDate {
    first
        .checked_add_days(chrono::Days::new(days as u64))
        .unwrap_or(NaiveDate::MAX)
}

/// The earliest day an action's presence can change: its own, or that of an
/// action that refers to it (an acknowledgement that now counts, or no longer).
fn earliest(record: &Record, id: EventId, day: NaiveDate) -> NaiveDate {
    record
        .referrers
        .get(&id)
        .into_iter()
        .flatten()
        .filter_map(|r| record.acts.get(r))
        .map(|a| a.day)
        .fold(day, NaiveDate::min)
}

/// From which day two resolutions of the log differ.
fn difference(old: &Record, new: &Record) -> Change {
    if old.clock != new.clock {
        return Change::Everything;
    }
    let mut from: Option<NaiveDate> = None;
    let mut mark = |day: NaiveDate| from = Some(from.map_or(day, |f| f.min(day)));
    for (a, b) in [(old, new), (new, old)] {
        for (id, act) in &a.acts {
            if b.acts.get(id) != Some(act) {
                mark(earliest(a, *id, act.day));
            }
        }
        for pause in &a.pauses {
            if !b.pauses.contains(pause) {
                mark(pause.0);
            }
        }
    }
    from.map_or(Change::Nothing, Change::From)
}
