//! The history as people read it: every entry that is not a reply to
//! another, with the replies folded in (who acknowledged it, its latest
//! note, whether and by whom it was taken back).

use super::Ledger;
use super::acts::key_of;
use super::written::written_at;
use crate::journal::{Event, EventId, Kind};

/// One entry of the history, with what later events said about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry<'a> {
    pub event: &'a Event,
    /// A standing retraction takes it back.
    pub retracted: bool,
    /// Its note after the latest standing amendment.
    pub note: Option<&'a str>,
    pub amended: bool,
    /// The other partner's standing acknowledgements, in replay order.
    pub acks: Vec<&'a Event>,
    /// Its retractions, and retractions of those (an undone retraction), in
    /// replay order, standing or not.
    pub retractions: Vec<Reply<'a>>,
    /// How many couple days after it happened it was written (0: that day).
    pub late_days: u32,
    /// What the other partner saw when they first acknowledged it.
    pub seen: Option<Seen<'a>>,
}

/// An entry as the other partner saw it: what stays visible when it changes.
#[derive(Clone, Debug, PartialEq)]
pub struct Seen<'a> {
    /// The first standing acknowledgement by the other partner.
    pub ack: &'a Event,
    /// The note the entry showed at that moment.
    pub note: Option<&'a str>,
    /// Its note was edited after they saw it.
    pub edited_after: bool,
    /// It was taken back after they saw it (and still is).
    pub taken_back_after: bool,
}

/// A retraction shown on the entry it is about.
#[derive(Clone, Debug, PartialEq)]
pub struct Reply<'a> {
    pub event: &'a Event,
    /// Whether it names the entry itself (not an earlier retraction of it).
    pub direct: bool,
}

/// Acknowledgements, retractions, amendments and settlements are shown on
/// their entry.
pub fn is_reply(kind: &Kind) -> bool {
    matches!(
        kind,
        Kind::Acknowledge { .. } | Kind::Retract { .. } | Kind::Amend { .. } | Kind::Settle { .. }
    )
}

impl Ledger {
    /// Every entry, in replay order.
    pub fn history(&self) -> Vec<Entry<'_>> {
        self.history_order()
            .into_iter()
            .filter_map(|id| self.entry(id))
            .collect()
    }

    /// The ids of every entry, in replay order: for a view that shows a few
    /// at a time and builds only those with [`Ledger::entry`].
    pub fn history_order(&self) -> Vec<EventId> {
        let mut top: Vec<&Event> = self
            .events()
            .iter()
            .filter(|e| !is_reply(&e.kind))
            .collect();
        top.sort_by_key(|e| key_of(e));
        top.into_iter().map(|e| e.id).collect()
    }

    /// One entry with its replies, if `id` names an entry.
    pub fn entry(&self, id: EventId) -> Option<Entry<'_>> {
        self.event(id)
            .filter(|e| !is_reply(&e.kind))
            .map(|e| self.entry_of(e))
    }

    fn entry_of<'a>(&'a self, event: &'a Event) -> Entry<'a> {
        let standing = |e: &&Event| !self.is_retracted(e.id);
        let mut acks: Vec<&Event> = self
            .replies_to(event.id)
            .filter(standing)
            .filter(|e| matches!(e.kind, Kind::Acknowledge { .. }))
            .filter(|e| e.by != event.by && key_of(e) > key_of(event))
            .collect();
        acks.sort_by_key(|e| key_of(e));
        let amended = self
            .replies_to(event.id)
            .filter(standing)
            .any(|e| matches!(e.kind, Kind::Amend { .. }));
        let mut retractions = Vec::new();
        self.collect_retractions(event.id, true, 0, &mut retractions);
        retractions.sort_by_key(|r| key_of(r.event));
        let retracted = self.is_retracted(event.id);
        let seen = acks.first().map(|ack| {
            let seen_at = key_of(ack);
            let amendments: Vec<&Event> = self
                .replies_to(event.id)
                .filter(standing)
                .filter(|e| matches!(e.kind, Kind::Amend { .. }))
                .collect();
            let note_then = amendments
                .iter()
                .filter(|e| key_of(e) < seen_at)
                .max_by_key(|e| key_of(e))
                .and_then(|e| match &e.kind {
                    Kind::Amend { note, .. } => Some(note.as_str()),
                    _ => None,
                })
                .or(event.note.as_deref());
            Seen {
                ack,
                note: note_then,
                edited_after: amendments.iter().any(|e| key_of(e) > seen_at),
                taken_back_after: retracted
                    && retractions
                        .iter()
                        .any(|r| r.direct && key_of(r.event) > seen_at),
            }
        });
        Entry {
            event,
            retracted,
            note: self.note_of(event.id),
            amended,
            acks,
            retractions,
            late_days: self.late_days(event),
            seen,
        }
    }

    /// How many couple days after it happened an entry was written.
    pub fn late_days(&self, event: &Event) -> u32 {
        let clock = &self.couple().clock;
        let written = written_at(event.id, &event.at);
        let late = (clock.day_of(&written) - clock.day_of(&event.at)).num_days();
        u32::try_from(late).unwrap_or(0)
    }

    fn collect_retractions<'a>(
        &'a self,
        id: EventId,
        direct: bool,
        depth: usize,
        out: &mut Vec<Reply<'a>>,
    ) {
        // Chains are short; a hand-made cycle stops here.
        if depth > 64 {
            return;
        }
        for reply in self.replies_to(id) {
            if matches!(reply.kind, Kind::Retract { .. }) {
                out.push(Reply {
                    event: reply,
                    direct,
                });
                self.collect_retractions(reply.id, false, depth + 1, out);
            }
        }
    }
}
