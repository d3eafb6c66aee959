//! The log resolved and indexed for replay: the couple's clock and names, the
//! actions that count bucketed by day in replay order, pauses, promises and
//! amended notes. Owned and compact, so the incremental replayer can keep it.
//!
//! Which events count when: actions (acknowledgements included) count from
//! their instant on. Corrections of the record (retract, amend, setup, rename,
//! pause) apply to the whole history whenever they were logged: a retracted
//! entry never shows, not even in the time-lapse of the days before it was
//! retracted, and a pause logged after an illness covers the days it names.

use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::garden::clock::CoupleClock;
use crate::garden::effective::{replay_order, retracted_in};
use crate::garden::rules::quality_time_scale;
use crate::journal::{Action, Event, EventId, IdMap, Kind, Partner};

/// What the rules need to know about one action beyond its family.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Detail {
    Plain,
    Mood {
        mood: u8,
        calm: bool,
    },
    /// The promise kept or broken, or the action acknowledged.
    Target(EventId),
    /// Scale of the effect (quality time's minutes).
    Scale(f32),
}

/// One action that counts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Act {
    pub id: EventId,
    pub by: Partner,
    pub at: DateTime<FixedOffset>,
    pub day: NaiveDate,
    pub action: Action,
    pub detail: Detail,
}

impl Act {
    /// Replay order, as `effective::replay_order`.
    pub fn key(&self) -> (DateTime<FixedOffset>, EventId) {
        (self.at, self.id)
    }

    pub fn scale(&self) -> f32 {
        match self.detail {
            Detail::Scale(s) => s,
            _ => 1.0,
        }
    }

    pub fn target(&self) -> Option<EventId> {
        match self.detail {
            Detail::Target(t) => Some(t),
            _ => None,
        }
    }

    fn of(event: &Event, clock: &CoupleClock) -> Option<Act> {
        let action = event.kind.action()?;
        let detail = match &event.kind {
            Kind::CheckIn { mood, calm } => Detail::Mood {
                mood: *mood,
                calm: *calm,
            },
            Kind::QualityTime { minutes, .. } => Detail::Scale(quality_time_scale(*minutes)),
            kind => kind.target().map_or(Detail::Plain, Detail::Target),
        };
        Some(Act {
            id: event.id,
            by: event.by,
            at: event.at,
            day: clock.day_of(&event.at),
            action,
            detail,
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct PromiseInfo {
    pub text: String,
    pub due: Option<NaiveDate>,
    pub note: Option<String>,
}

/// The latest amendment of an event's note, with its replay key.
type Amendment = ((DateTime<FixedOffset>, EventId), String);

#[derive(Clone, Debug)]
pub(crate) struct Record {
    pub clock: CoupleClock,
    pub partners: [String; 2],
    pub days: BTreeMap<NaiveDate, Vec<Act>>,
    pub acts: IdMap<Act>,
    /// Actions that refer to an event (kept, broken, acknowledged), by target.
    pub referrers: IdMap<Vec<EventId>>,
    pub promises: IdMap<PromiseInfo>,
    pub amendments: IdMap<Amendment>,
    pub pauses: Vec<(NaiveDate, NaiveDate)>,
    pub retracted: HashSet<EventId>,
}

pub(crate) const DEFAULT_NAMES: [&str; 2] = ["Partner A", "Partner B"];

impl Default for Record {
    fn default() -> Self {
        Record {
            clock: CoupleClock::default(),
            partners: DEFAULT_NAMES.map(String::from),
            days: BTreeMap::new(),
            acts: IdMap::default(),
            referrers: IdMap::default(),
            promises: IdMap::default(),
            amendments: IdMap::default(),
            pauses: Vec::new(),
            retracted: HashSet::new(),
        }
    }
}

impl Record {
    /// Resolves a log. `counts_action` says which actions are known (e.g. those
    /// at or before the moment asked about); corrections always count.
    pub fn build<'a>(
        events: impl Iterator<Item = &'a Event> + Clone,
        counts_action: impl Fn(&Event) -> bool,
    ) -> Record {
        let retracted = retracted_in(events.clone());
        let live = || events.clone().filter(|e| !retracted.contains(&e.id));

        let mut settings: Vec<&Event> = live()
            .filter(|e| matches!(e.kind, Kind::Setup { .. } | Kind::Rename { .. }))
            .collect();
        settings.sort_by(|a, b| replay_order(a, b));
        let (clock, partners) = settings_of(&settings);

        let mut record = Record {
            clock,
            partners,
            retracted: retracted.clone(),
            ..Record::default()
        };
        for e in live() {
            match &e.kind {
                Kind::Amend { event, note } => record.amend(e, *event, note),
                Kind::Pause { from, to } if !record.pauses.contains(&(*from, *to)) => {
                    record.pauses.push((*from, *to));
                }
                _ if e.kind.action().is_some() && counts_action(e) => record.insert_unsorted(e),
                _ => {}
            }
        }
        for acts in record.days.values_mut() {
            acts.sort_by_key(Act::key);
        }
        record
    }

    pub fn is_paused(&self, day: NaiveDate) -> bool {
        self.pauses
            .iter()
            .any(|&(from, to)| from <= day && day <= to)
    }

    pub fn first_day(&self) -> Option<NaiveDate> {
        self.days.keys().next().copied()
    }

    pub fn last_day(&self) -> Option<NaiveDate> {
        self.days.keys().next_back().copied()
    }

    pub fn day(&self, day: NaiveDate) -> &[Act] {
        self.days.get(&day).map_or(&[], Vec::as_slice)
    }

    /// The note an event shows: its latest amendment, else its own.
    pub fn note_of<'a>(&'a self, event: &'a Event) -> Option<&'a str> {
        self.amendments
            .get(&event.id)
            .map(|(_, note)| note.as_str())
            .or(event.note.as_deref())
    }

    /// Adds one action in its place; returns its day.
    pub fn insert(&mut self, event: &Event) -> Option<NaiveDate> {
        if self.acts.contains_key(&event.id) {
            return None;
        }
        let act = Act::of(event, &self.clock)?;
        let acts = self.days.entry(act.day).or_default();
        let at = acts.partition_point(|a| a.key() < act.key());
        acts.insert(at, act);
        self.index(event, act);
        Some(act.day)
    }

    /// Removes one action (retracted); returns it.
    pub fn remove(&mut self, id: EventId) -> Option<Act> {
        let act = self.acts.remove(&id)?;
        if let Some(acts) = self.days.get_mut(&act.day) {
            acts.retain(|a| a.id != id);
            if acts.is_empty() {
                self.days.remove(&act.day);
            }
        }
        if let Some(target) = act.target()
            && let Some(referrers) = self.referrers.get_mut(&target)
        {
            referrers.retain(|r| *r != id);
        }
        self.promises.remove(&id);
        Some(act)
    }

    /// Records an amendment if it is the latest for its target.
    pub fn amend(&mut self, amendment: &Event, target: EventId, note: &str) {
        let key = (amendment.at, amendment.id);
        let newer = self
            .amendments
            .get(&target)
            .is_none_or(|(current, _)| *current < key);
        if newer {
            self.amendments.insert(target, (key, note.to_owned()));
            if let Some(promise) = self.promises.get_mut(&target) {
                promise.note = Some(note.to_owned());
            }
        }
    }

    /// Adds an action; a second copy of an id (a merge that saw it twice) is ignored.
    fn insert_unsorted(&mut self, event: &Event) {
        if self.acts.contains_key(&event.id) {
            return;
        }
        if let Some(act) = Act::of(event, &self.clock) {
            self.days.entry(act.day).or_default().push(act);
            self.index(event, act);
        }
    }

    fn index(&mut self, event: &Event, act: Act) {
        self.acts.insert(act.id, act);
        if let Some(target) = act.target() {
            self.referrers.entry(target).or_default().push(act.id);
        }
        if let Kind::PromiseMade { text, due } = &event.kind {
            self.promises.insert(
                event.id,
                PromiseInfo {
                    text: text.clone(),
                    due: *due,
                    note: self
                        .amendments
                        .get(&event.id)
                        .map(|(_, note)| note.clone())
                        .or_else(|| event.note.clone()),
                },
            );
        }
    }
}

/// The clock and names from the setup and rename events, in replay order.
fn settings_of(settings: &[&Event]) -> (CoupleClock, [String; 2]) {
    let mut clock = CoupleClock::default();
    let mut partners = DEFAULT_NAMES.map(String::from);
    for e in settings {
        match &e.kind {
            Kind::Setup {
                partners: (a, b),
                zone,
                day_start,
            } => {
                partners = [a.clone(), b.clone()];
                // A zone the app did not accept when logging cannot be guessed
                // now; the day falls back to UTC, as chapters do.
                clock = CoupleClock::new(zone, *day_start).unwrap_or_default();
            }
            Kind::Rename { partner, name } => partners[partner.index()] = name.clone(),
            _ => {}
        }
    }
    (clock, partners)
}
