//! The log resolved once: the couple and their clock, which entries were
//! taken back, the latest note of each entry, acknowledgements, promises and
//! their outcomes, and the actions that count bucketed by couple day in
//! replay order. History, export, the garden, the chapters and the command
//! layer all read this one resolution, so they cannot disagree.
//!
//! Built in one pass (`from_events`) and kept up to date one event at a time
//! (`apply`), which says from which day the garden must be replayed again.
//! Corrections (retract, amend, setup, rename, pause) apply to the whole
//! record whenever they were logged; what that means for the days already
//! seen is the timeline's business.

mod acts;
mod couple;
mod entries;
mod retractions;
mod written;

use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, FixedOffset, NaiveDate};

pub(crate) use acts::{Act, Detail};
pub use acts::{Key, key_of};
pub use couple::{Couple, DEFAULT_NAMES};
pub use entries::{Entry, Reply, Seen};
pub use retractions::retracted_in;
pub use written::{id_time, written_at};

use crate::journal::{Action, Event, EventId, IdMap, Kind};

/// The resolved log. Owns its events (each id once, in the order applied).
#[derive(Clone, Debug, Default)]
pub struct Ledger {
    events: Vec<Event>,
    slots: IdMap<u32>,
    /// Events that name another one (kept, broken, acknowledge, retract,
    /// amend), by the event they name, as slots; standing or not.
    replies: IdMap<Vec<u32>>,
    retracted: HashSet<EventId>,
    couple: Couple,
    pub(crate) days: BTreeMap<NaiveDate, Vec<Act>>,
    pub(crate) acts: IdMap<Act>,
    /// Standing actions that name another event (kept, broken,
    /// acknowledged), by that event.
    pub(crate) referrers: IdMap<Vec<EventId>>,
    pauses: Vec<(NaiveDate, NaiveDate)>,
}

/// From which day what is derived from the ledger (the garden, the
/// chapters) has to be worked out again after a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Nothing,
    From(NaiveDate),
    /// The couple's clock changed: every day is bucketed anew.
    Everything,
}

impl Ledger {
    /// Resolves a whole log at once. A second event with an id already seen
    /// is ignored (the journal reports conflicting duplicates).
    pub fn from_events(events: impl IntoIterator<Item = Event>) -> Ledger {
        let mut ledger = Ledger::default();
        for event in events {
            ledger.push(event);
        }
        ledger.resolve();
        ledger
    }

    /// Adds one event and says from which day its effect starts. An id
    /// already applied is ignored, so merging the same events twice is a no-op.
    pub fn apply(&mut self, event: Event) -> Change {
        let Some(slot) = self.push(event) else {
            return Change::Nothing;
        };
        let event = &self.events[slot as usize];
        if self.retracted.contains(&event.id) {
            // Its retraction arrived first: it never counts.
            return Change::Nothing;
        }
        if self.corrects_the_couple(event) {
            return self.rebuild();
        }
        match &event.kind {
            kind if kind.action().is_some() => {
                let Some(act) = Act::of(event, &self.couple.clock) else {
                    return Change::Nothing;
                };
                self.insert(act);
                Change::From(self.earliest(act.id, act.day))
            }
            Kind::Amend { .. } => Change::Nothing,
            Kind::Pause { from, to } => {
                let pause = (*from, *to);
                if self.pauses.contains(&pause) {
                    Change::Nothing
                } else {
                    self.pauses.push(pause);
                    Change::From(*from)
                }
            }
            Kind::Retract { event: target, .. } => {
                let target = *target;
                if !self.retracted.insert(target) {
                    return Change::Nothing;
                }
                match self.acts.get(&target).map(|a| a.day) {
                    Some(day) => {
                        let from = self.earliest(target, day);
                        self.remove(target);
                        Change::From(from)
                    }
                    None => Change::Nothing,
                }
            }
            // Kinds a newer version adds.
            _ => self.rebuild(),
        }
    }

    /// Whether an event changes who the couple is or what stands beyond one
    /// action: setup, rename, roles and their acknowledgement, and taking
    /// back any of those or another retraction. These resolve everything again.
    fn corrects_the_couple(&self, event: &Event) -> bool {
        let is_roles = |id: EventId| {
            self.event(id)
                .is_some_and(|e| matches!(e.kind, Kind::Roles { .. }))
        };
        let acks_roles =
            |e: &Event| matches!(e.kind, Kind::Acknowledge { event } if is_roles(event));
        match &event.kind {
            Kind::Setup { .. } | Kind::Rename { .. } | Kind::Roles { .. } => true,
            Kind::Acknowledge { event } => is_roles(*event),
            Kind::Retract { event: target, .. } => self.event(*target).is_some_and(|t| {
                (t.kind.action().is_none() && !is_amend(&t.kind)) || acks_roles(t)
            }),
            _ => false,
        }
    }

    /// Adds many events (a merge), resolving once.
    pub fn extend(&mut self, events: impl IntoIterator<Item = Event>) -> Change {
        let before = self.events.len();
        for event in events {
            self.push(event);
        }
        if self.events.len() == before {
            return Change::Nothing;
        }
        self.rebuild()
    }

    /// Every event, each id once, in the order applied.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// The events, for a reader done with the resolution.
    pub fn into_events(self) -> Vec<Event> {
        self.events
    }

    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    pub fn event(&self, id: EventId) -> Option<&Event> {
        self.slots.get(&id).map(|&slot| &self.events[slot as usize])
    }

    pub fn couple(&self) -> &Couple {
        &self.couple
    }

    /// Whether a standing retraction takes this entry back.
    pub fn is_retracted(&self, id: EventId) -> bool {
        self.retracted.contains(&id)
    }

    /// The note an entry shows: its latest standing amendment, else its own.
    pub fn note_of(&self, id: EventId) -> Option<&str> {
        self.latest_amendment(id)
            .map(|(_, note)| note)
            .or_else(|| self.event(id).and_then(|e| e.note.as_deref()))
    }

    /// The latest standing amendment of an entry, with its key.
    fn latest_amendment(&self, id: EventId) -> Option<(Key, &str)> {
        self.replies_to(id)
            .filter(|e| !self.retracted.contains(&e.id))
            .filter_map(|e| match &e.kind {
                Kind::Amend { note, .. } => Some((key_of(e), note.as_str())),
                _ => None,
            })
            .max_by_key(|(key, _)| *key)
    }

    /// Every event naming `id` (standing or not), in the order applied.
    pub fn replies_to(&self, id: EventId) -> impl Iterator<Item = &Event> {
        self.replies
            .get(&id)
            .into_iter()
            .flatten()
            .map(|&slot| &self.events[slot as usize])
    }

    /// A promise's words and due date, if `id` is a promise in this log.
    pub fn promise(&self, id: EventId) -> Option<(&str, Option<NaiveDate>)> {
        match &self.event(id)?.kind {
            Kind::PromiseMade { text, due } => Some((text.as_str(), *due)),
            _ => None,
        }
    }

    /// The kept or broken that stands for a promise, the first in replay order.
    pub fn outcome_of(&self, promise: EventId) -> Option<&Event> {
        self.replies_to(promise)
            .filter(|e| !self.retracted.contains(&e.id))
            .filter(|e| {
                matches!(
                    e.kind,
                    Kind::PromiseKept { .. } | Kind::PromiseBroken { .. }
                )
            })
            .min_by_key(|e| key_of(e))
    }

    /// The actions that count on a couple day, in replay order.
    pub(crate) fn day(&self, day: NaiveDate) -> &[Act] {
        self.days.get(&day).map_or(&[], Vec::as_slice)
    }

    /// Every action that counts, in replay order.
    pub(crate) fn all_acts(&self) -> impl DoubleEndedIterator<Item = &Act> {
        self.days.values().flatten()
    }

    /// The actions that count from the couple day `from` on, in replay order.
    pub(crate) fn acts_from(&self, from: NaiveDate) -> impl Iterator<Item = &Act> {
        self.days.range(from..).flat_map(|(_, acts)| acts)
    }

    pub(crate) fn act(&self, id: EventId) -> Option<&Act> {
        self.acts.get(&id)
    }

    /// The first standing acknowledgement of an action by the other partner,
    /// after the action itself.
    pub(crate) fn first_ack(&self, act: &Act) -> Option<&Act> {
        self.referrers
            .get(&act.id)?
            .iter()
            .filter_map(|r| self.acts.get(r))
            .filter(|a| a.action == Action::Acknowledge && a.by != act.by && a.key() > act.key())
            .min_by_key(|a| a.key())
    }

    /// When the other partner first acknowledged an entry, if they did.
    pub fn acknowledged_at(&self, id: EventId) -> Option<DateTime<FixedOffset>> {
        let act = self.acts.get(&id)?;
        self.first_ack(act).map(|ack| ack.at)
    }

    pub fn pauses(&self) -> &[(NaiveDate, NaiveDate)] {
        &self.pauses
    }

    pub fn is_paused(&self, day: NaiveDate) -> bool {
        self.pauses
            .iter()
            .any(|&(from, to)| from <= day && day <= to)
    }

    /// The first couple day with an action that counts.
    pub fn first_day(&self) -> Option<NaiveDate> {
        self.days.keys().next().copied()
    }

    pub fn last_day(&self) -> Option<NaiveDate> {
        self.days.keys().next_back().copied()
    }

    /// Records an event's id and what it names; `None` if the id is known.
    fn push(&mut self, event: Event) -> Option<u32> {
        if self.slots.contains_key(&event.id) {
            return None;
        }
        let slot = u32::try_from(self.events.len()).ok()?;
        self.slots.insert(event.id, slot);
        if let Some(target) = event.kind.target() {
            self.replies.entry(target).or_default().push(slot);
        }
        self.events.push(event);
        Some(slot)
    }

    /// Everything derived from the events, from scratch.
    fn resolve(&mut self) {
        self.retracted = retracted_in(&self.events);
        let retracted = &self.retracted;
        self.couple = Couple::of(self.events.iter().filter(|e| !retracted.contains(&e.id)));
        self.days.clear();
        self.acts.clear();
        self.referrers.clear();
        self.pauses.clear();
        let clock = self.couple.clock;
        for e in self.events.iter().filter(|e| !retracted.contains(&e.id)) {
            match &e.kind {
                Kind::Pause { from, to } if !self.pauses.contains(&(*from, *to)) => {
                    self.pauses.push((*from, *to));
                }
                _ => {
                    if let Some(act) = Act::of(e, &clock) {
                        self.days.entry(act.day).or_default().push(act);
                        index(&mut self.acts, &mut self.referrers, act);
                    }
                }
            }
        }
        for acts in self.days.values_mut() {
            acts.sort_by_key(Act::key);
        }
    }

    /// Resolves again and says from which day the result differs.
    fn rebuild(&mut self) -> Change {
        let before = Snapshot {
            clock: self.couple.clock,
            began: self.couple.began,
            hurt: self.couple.hurt,
            acts: std::mem::take(&mut self.acts),
            referrers: std::mem::take(&mut self.referrers),
            pauses: std::mem::take(&mut self.pauses),
        };
        self.resolve();
        if before.clock != self.couple.clock
            || before.began != self.couple.began
            || before.hurt != self.couple.hurt
        {
            return Change::Everything;
        }
        let mut from: Option<NaiveDate> = None;
        let mut mark = |day: NaiveDate| from = Some(from.map_or(day, |f| f.min(day)));
        for (id, act) in &before.acts {
            if self.acts.get(id) != Some(act) {
                mark(earliest_in(&before.acts, &before.referrers, *id, act.day));
            }
        }
        for (id, act) in &self.acts {
            if before.acts.get(id) != Some(act) {
                mark(self.earliest(*id, act.day));
            }
        }
        for pause in self.pauses.iter().chain(&before.pauses) {
            if !(self.pauses.contains(pause) && before.pauses.contains(pause)) {
                mark(pause.0);
            }
        }
        from.map_or(Change::Nothing, Change::From)
    }

    fn insert(&mut self, act: Act) {
        let acts = self.days.entry(act.day).or_default();
        let at = acts.partition_point(|a| a.key() < act.key());
        acts.insert(at, act);
        index(&mut self.acts, &mut self.referrers, act);
    }

    fn remove(&mut self, id: EventId) {
        let Some(act) = self.acts.remove(&id) else {
            return;
        };
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
    }

    /// The earliest day an action's presence can change: its own, or that of
    /// an action naming it (an acknowledgement that now counts, or no longer).
    fn earliest(&self, id: EventId, day: NaiveDate) -> NaiveDate {
        earliest_in(&self.acts, &self.referrers, id, day)
    }
}

struct Snapshot {
    clock: crate::garden::CoupleClock,
    began: Option<DateTime<FixedOffset>>,
    hurt: crate::journal::Hurt,
    acts: IdMap<Act>,
    referrers: IdMap<Vec<EventId>>,
    pauses: Vec<(NaiveDate, NaiveDate)>,
}

fn index(acts: &mut IdMap<Act>, referrers: &mut IdMap<Vec<EventId>>, act: Act) {
    acts.insert(act.id, act);
    if let Some(target) = act.target() {
        referrers.entry(target).or_default().push(act.id);
    }
}

fn earliest_in(
    acts: &IdMap<Act>,
    referrers: &IdMap<Vec<EventId>>,
    id: EventId,
    day: NaiveDate,
) -> NaiveDate {
    referrers
        .get(&id)
        .into_iter()
        .flatten()
        .filter_map(|r| acts.get(r))
        .map(|a| a.day)
        .fold(day, NaiveDate::min)
}

fn is_amend(kind: &Kind) -> bool {
    matches!(kind, Kind::Amend { .. })
}
