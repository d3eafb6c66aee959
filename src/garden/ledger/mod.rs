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
mod slots;
mod written;

use std::collections::{BTreeMap, HashSet};
use std::hash::BuildHasherDefault;

use chrono::{DateTime, FixedOffset, NaiveDate};

pub(crate) use acts::{Act, Detail};
pub use acts::{Key, key_of};
pub use couple::{Couple, DEFAULT_NAMES};
pub use entries::{Entry, Reply, Seen};
pub use retractions::retracted_in;
pub use written::{id_time, written_at};

use crate::journal::{Action, Event, EventId, IdHasher, Kind};
use slots::{NONE, Replies, Slots};

/// The resolved log. Owns its events (each id once, in the order applied).
///
/// A long log is mostly its events, so everything else refers to them by
/// their place in `events` (a slot, 4 bytes), and an action that counts is
/// made from its event when asked for (`Act`), never stored.
#[derive(Clone, Debug, Default)]
pub struct Ledger {
    events: Vec<Event>,
    /// Each event's slot, by id.
    slots: Slots,
    /// Events that name another one (kept, broken, acknowledge, retract,
    /// amend), by the event they name; standing or not.
    replies: Replies,
    /// The entries a standing retraction takes back (in a set hashed as ids
    /// are: every note and acknowledgement shown asks it).
    retracted: HashSet<EventId, BuildHasherDefault<IdHasher>>,
    couple: Couple,
    /// By slot: the couple day of an event that is an action that counts
    /// (it stands), `None` for the others.
    act_days: Vec<Option<NaiveDate>>,
    /// The actions that count, by couple day, as slots in replay order.
    days: BTreeMap<NaiveDate, Vec<u32>>,
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
    /// is ignored (the journal reports conflicting duplicates). A `Vec` of
    /// events becomes the ledger's own, without a copy.
    pub fn from_events(events: impl IntoIterator<Item = Event>) -> Ledger {
        let mut events: Vec<Event> = events.into_iter().collect();
        // Slots are `u32`s and `NONE` is none; four billion events are ignored
        // past that, as `push` would.
        events.truncate(NONE as usize);
        let mut slots = Slots::with_capacity(events.len());
        // Each event whose id is new moves up to the end of those kept so
        // far, in order; the duplicates left behind are dropped.
        let mut kept = 0;
        for at in 0..events.len() {
            if slots.get(&events[..kept], &events[at].id).is_none() {
                events.swap(kept, at);
                kept += 1;
                slots.push(&events[..kept]);
            }
        }
        events.truncate(kept);
        let mut replies = Replies::for_events(&events);
        for (slot, event) in (0..).zip(&events) {
            replies.push(event.kind.target(), slot);
        }
        let mut ledger = Ledger {
            events,
            slots,
            replies,
            ..Ledger::default()
        };
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
                let (id, day) = (event.id, self.couple.clock.day_of(&event.at));
                self.insert(slot, day);
                Change::From(self.earliest(id, day))
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
                match self.act_day(target) {
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
        self.slot(id).map(|slot| &self.events[slot as usize])
    }

    fn slot(&self, id: EventId) -> Option<u32> {
        self.slots.get(&self.events, &id)
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
        self.replies.to(&id).map(|slot| &self.events[slot as usize])
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
    pub(crate) fn day(&self, day: NaiveDate) -> impl DoubleEndedIterator<Item = Act> + '_ {
        self.days
            .get(&day)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .filter_map(move |&slot| self.act_on(slot, day))
    }

    /// Every action that counts, in replay order.
    pub(crate) fn all_acts(&self) -> impl DoubleEndedIterator<Item = Act> + '_ {
        self.days.iter().flat_map(move |(&day, slots)| {
            slots.iter().filter_map(move |&slot| self.act_on(slot, day))
        })
    }

    /// The actions that count from the couple day `from` on, in replay order.
    pub(crate) fn acts_from(&self, from: NaiveDate) -> impl Iterator<Item = Act> + '_ {
        self.days.range(from..).flat_map(move |(&day, slots)| {
            slots.iter().filter_map(move |&slot| self.act_on(slot, day))
        })
    }

    /// The action that counts with this id, if it is one.
    pub(crate) fn act(&self, id: EventId) -> Option<Act> {
        let slot = self.slot(id)?;
        self.act_on(slot, self.act_days[slot as usize]?)
    }

    /// The action the event at `slot` counts as, on couple day `day`.
    fn act_on(&self, slot: u32, day: NaiveDate) -> Option<Act> {
        Act::on(&self.events[slot as usize], day)
    }

    /// The couple day of the action that counts with this id, if it is one.
    fn act_day(&self, id: EventId) -> Option<NaiveDate> {
        self.act_days[self.slot(id)? as usize]
    }

    /// The standing actions that name `id` (kept, broken, acknowledge), in
    /// the order applied.
    pub(crate) fn referrers(&self, id: EventId) -> impl Iterator<Item = Act> + '_ {
        self.replies
            .to(&id)
            .filter_map(|slot| self.act_on(slot, self.act_days[slot as usize]?))
    }

    /// The first standing acknowledgement of an action by the other partner,
    /// after the action itself.
    pub(crate) fn first_ack(&self, act: &Act) -> Option<Act> {
        self.referrers(act.id)
            .filter(|a| a.action == Action::Acknowledge && a.by != act.by && a.key() > act.key())
            .min_by_key(|a| a.key())
    }

    /// When the other partner first acknowledged an entry, if they did.
    pub fn acknowledged_at(&self, id: EventId) -> Option<DateTime<FixedOffset>> {
        let act = self.act(id)?;
        self.first_ack(&act).map(|ack| ack.at)
    }

    /// Whether decay and streaks freeze on `day`: a pause the couple
    /// logged, or a date a change of zone across the date line skipped
    /// (no moment belongs to it, so nobody could have missed it).
    pub fn is_paused(&self, day: NaiveDate) -> bool {
        self.pauses
            .iter()
            .any(|&(from, to)| from <= day && day <= to)
            || self.couple.clock.skips(day)
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
        if self.slot(event.id).is_some() {
            return None;
        }
        let slot = u32::try_from(self.events.len())
            .ok()
            .filter(|&slot| slot != NONE)?;
        self.replies.push(event.kind.target(), slot);
        self.events.push(event);
        self.slots.push(&self.events);
        self.act_days.push(None);
        Some(slot)
    }

    /// Everything derived from the events, from scratch.
    fn resolve(&mut self) {
        self.retracted = retracted_in(&self.events).into_iter().collect();
        let retracted = &self.retracted;
        self.couple = Couple::of(self.events.iter().filter(|e| !retracted.contains(&e.id)));
        self.days.clear();
        self.act_days.clear();
        self.act_days.resize(self.events.len(), None);
        self.pauses.clear();
        let clock = self.couple.clock.clone();
        for (slot, e) in (0..).zip(&self.events) {
            if retracted.contains(&e.id) {
                continue;
            }
            match &e.kind {
                Kind::Pause { from, to } if !self.pauses.contains(&(*from, *to)) => {
                    self.pauses.push((*from, *to));
                }
                kind if kind.action().is_some() => {
                    let day = clock.day_of(&e.at);
                    self.act_days[slot as usize] = Some(day);
                    self.days.entry(day).or_default().push(slot);
                }
                _ => {}
            }
        }
        let events = &self.events;
        for slots in self.days.values_mut() {
            slots.sort_by_key(|&slot| key_of(&events[slot as usize]));
        }
    }

    /// Resolves again and says from which day the result differs.
    fn rebuild(&mut self) -> Change {
        let (clock, began, hurt) = (
            self.couple.clock.clone(),
            self.couple.began,
            self.couple.hurt,
        );
        let before_days = std::mem::take(&mut self.act_days);
        let before_pauses = std::mem::take(&mut self.pauses);
        self.resolve();
        if clock != self.couple.clock || began != self.couple.began || hurt != self.couple.hurt {
            return Change::Everything;
        }
        // With the same clock an event that counts counts the same way, on
        // the same day (an `Act` is made from its event and day alone): only
        // whether it counts can have changed.
        let mut from: Option<NaiveDate> = None;
        let mut mark = |day: NaiveDate| from = Some(from.map_or(day, |f| f.min(day)));
        for (slot, event) in self.events.iter().enumerate() {
            // Events added since (a merge) did not count before.
            let before = before_days.get(slot).copied().flatten();
            let after = self.act_days[slot];
            if before.is_some() == after.is_some() {
                continue;
            }
            if let Some(day) = before {
                mark(self.earliest_in(&before_days, event.id, day));
            }
            if let Some(day) = after {
                mark(self.earliest(event.id, day));
            }
        }
        for pause in self.pauses.iter().chain(&before_pauses) {
            if !(self.pauses.contains(pause) && before_pauses.contains(pause)) {
                mark(pause.0);
            }
        }
        from.map_or(Change::Nothing, Change::From)
    }

    /// Counts the event at `slot` on couple day `day`, in replay order.
    fn insert(&mut self, slot: u32, day: NaiveDate) {
        self.act_days[slot as usize] = Some(day);
        let events = &self.events;
        let key = key_of(&events[slot as usize]);
        let slots = self.days.entry(day).or_default();
        let at = slots.partition_point(|&other| key_of(&events[other as usize]) < key);
        slots.insert(at, slot);
    }

    /// Stops counting the action with this id.
    fn remove(&mut self, id: EventId) {
        let Some(slot) = self.slot(id) else {
            return;
        };
        let Some(day) = self.act_days[slot as usize].take() else {
            return;
        };
        if let Some(slots) = self.days.get_mut(&day) {
            slots.retain(|&other| other != slot);
            if slots.is_empty() {
                self.days.remove(&day);
            }
        }
    }

    /// The earliest day an action's presence can change: its own, or that of
    /// an action naming it (an acknowledgement that now counts, or no longer).
    fn earliest(&self, id: EventId, day: NaiveDate) -> NaiveDate {
        self.earliest_in(&self.act_days, id, day)
    }

    /// As `earliest`, with the actions that counted as `act_days` says.
    fn earliest_in(
        &self,
        act_days: &[Option<NaiveDate>],
        id: EventId,
        day: NaiveDate,
    ) -> NaiveDate {
        self.replies
            .to(&id)
            .filter_map(|slot| act_days.get(slot as usize).copied().flatten())
            .fold(day, NaiveDate::min)
    }
}

fn is_amend(kind: &Kind) -> bool {
    matches!(kind, Kind::Amend { .. })
}
