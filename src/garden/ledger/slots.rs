//! Where each event is in the ledger's list, by id, and which events name
//! which. Both refer to events by slot (their place in the list, 4 bytes)
//! and read ids from the events themselves, so a long log costs little more
//! than its events: a map from ids to slots would take 20 bytes an entry in
//! a table sized for up to twice the events.

use std::collections::hash_map::Entry;
use std::hash::{BuildHasher, BuildHasherDefault};

use crate::journal::{Event, EventId, IdHasher, IdMap};

/// No slot. The ledger holds fewer events than this, so no event has it.
pub(super) const NONE: u32 = u32::MAX;

fn hash(id: &EventId) -> usize {
    // Only the low bits pick a place in the table, so dropping high bits on a
    // 32-bit target loses nothing.
    BuildHasherDefault::<IdHasher>::default().hash_one(id) as usize
}

/// The slot of each event by its id: an open-addressing table of slots, at
/// most half full, that reads ids from the events.
#[derive(Clone, Debug, Default)]
pub(super) struct Slots {
    /// A power of two long (or empty); `NONE` where no slot is.
    table: Vec<u32>,
    /// How many slots the table holds: those of `0..len`.
    len: usize,
}

impl Slots {
    /// Room for `events` slots without growing.
    pub fn with_capacity(events: usize) -> Slots {
        Slots {
            table: vec![NONE; table_size(events)],
            len: 0,
        }
    }

    /// The slot of the event with `id` among `events` (the list the table
    /// was filled from).
    pub fn get(&self, events: &[Event], id: &EventId) -> Option<u32> {
        if self.table.is_empty() {
            return None;
        }
        let mask = self.table.len() - 1;
        let mut at = hash(id) & mask;
        // The table is never more than half full, so a free place ends the search.
        loop {
            match self.table[at] {
                NONE => return None,
                slot if events.get(slot as usize).is_some_and(|e| e.id == *id) => {
                    return Some(slot);
                }
                _ => at = (at + 1) & mask,
            }
        }
    }

    /// Adds the last of `events`, whose id the table does not hold yet; the
    /// events before it are the ones it holds.
    pub fn push(&mut self, events: &[Event]) {
        debug_assert_eq!(events.len(), self.len + 1);
        if (self.len + 1) * 2 > self.table.len() {
            self.table = vec![NONE; table_size((self.len + 1) * 2)];
            for slot in 0..self.len {
                self.place(events, slot);
            }
        }
        self.place(events, self.len);
        self.len += 1;
    }

    fn place(&mut self, events: &[Event], slot: usize) {
        let mask = self.table.len() - 1;
        let mut at = hash(&events[slot].id) & mask;
        while self.table[at] != NONE {
            at = (at + 1) & mask;
        }
        // The ledger keeps fewer than `NONE` events (see `Ledger::push`).
        self.table[at] = slot as u32;
    }
}

/// A power of two at least twice `events`.
fn table_size(events: usize) -> usize {
    (events.saturating_mul(2)).next_power_of_two().max(8)
}

/// The events naming each event, as chains of slots in the order applied:
/// the first and last of each chain by the id named, and each slot's next.
#[derive(Clone, Debug, Default)]
pub(super) struct Replies {
    ends: IdMap<(u32, u32)>,
    /// By slot: the next event naming the same one, or `NONE`.
    next: Vec<u32>,
}

impl Replies {
    /// Room for the replies among `events`.
    pub fn for_events(events: &[Event]) -> Replies {
        let named = events.iter().filter(|e| e.kind.target().is_some()).count();
        Replies {
            ends: IdMap::with_capacity_and_hasher(named, Default::default()),
            next: Vec::with_capacity(events.len()),
        }
    }

    /// Records the event at `slot`, the one after those recorded, which
    /// names `target` if anything.
    pub fn push(&mut self, target: Option<EventId>, slot: u32) {
        debug_assert_eq!(self.next.len(), slot as usize);
        self.next.push(NONE);
        let Some(target) = target else {
            return;
        };
        match self.ends.entry(target) {
            Entry::Occupied(mut ends) => {
                let (_, last) = ends.get_mut();
                self.next[*last as usize] = slot;
                *last = slot;
            }
            Entry::Vacant(ends) => {
                ends.insert((slot, slot));
            }
        }
    }

    /// The slots of the events naming `id`, in the order applied.
    pub fn to<'a>(&'a self, id: &EventId) -> impl Iterator<Item = u32> + use<'a> {
        let mut at = self.ends.get(id).map_or(NONE, |&(first, _)| first);
        std::iter::from_fn(move || {
            (at != NONE).then(|| {
                let slot = at;
                at = self.next.get(slot as usize).copied().unwrap_or(NONE);
                slot
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use chrono::DateTime;
    use uuid::Uuid;

    use super::*;
    use crate::journal::{Kind, Partner};

    fn event(n: u128, kind: Kind) -> Event {
        Event {
            id: EventId(Uuid::from_u128(n << 64 | n)),
            by: Partner::A,
            at: DateTime::parse_from_rfc3339("2025-03-01T21:15:00+01:00").unwrap(),
            kind,
            note: None,
        }
    }

    #[test]
    fn every_slot_is_found_by_its_id_as_the_table_grows() {
        let mut events = Vec::new();
        let mut slots = Slots::default();
        for n in 0..5000 {
            assert_eq!(slots.get(&events, &event(n, Kind::Kindness).id), None);
            events.push(event(n, Kind::Kindness));
            slots.push(&events);
        }
        for (slot, e) in events.iter().enumerate() {
            assert_eq!(slots.get(&events, &e.id), Some(slot as u32));
        }
        assert_eq!(slots.get(&events, &event(5000, Kind::Kindness).id), None);
        let sized = Slots::with_capacity(5000);
        assert_eq!(sized.table.len(), 16384);
    }

    #[test]
    fn replies_come_in_the_order_applied() {
        let first = event(1, Kind::Kindness).id;
        let events = [
            event(1, Kind::Kindness),
            event(2, Kind::Acknowledge { event: first }),
            event(3, Kind::HonestTalk),
            event(
                4,
                Kind::Retract {
                    event: first,
                    reason: None,
                },
            ),
            event(5, Kind::Acknowledge { event: first }),
        ];
        let mut replies = Replies::for_events(&events);
        for (slot, e) in (0..).zip(&events) {
            replies.push(e.kind.target(), slot);
        }
        assert_eq!(replies.to(&first).collect::<Vec<_>>(), [1, 3, 4]);
        assert_eq!(replies.to(&events[2].id).count(), 0);
    }
}
