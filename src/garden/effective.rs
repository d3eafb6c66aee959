//! Resolves the bookkeeping events (retract, amend, acknowledge) into the list
//! of actions that count, so every rule sees the same view of the log.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, FixedOffset};

use crate::journal::{Event, EventId, Kind};

/// An event that still counts, with what later events said about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Effective<'a> {
    pub event: &'a Event,
    /// The note after the latest amendment.
    pub note: Option<&'a str>,
    /// When the other partner first acknowledged it, if they did.
    pub acknowledged_at: Option<DateTime<FixedOffset>>,
}

/// Deterministic replay order: by instant, then id, so two devices that hold
/// the same set of events replay them identically.
pub fn replay_order(a: &Event, b: &Event) -> std::cmp::Ordering {
    a.at.cmp(&b.at).then(a.id.cmp(&b.id))
}

/// The set of retracted event ids. A retraction can itself be retracted, which
/// restores its target; chains resolve from the newest retraction backwards.
pub fn retracted(events: &[Event]) -> HashSet<EventId> {
    retracted_in(events)
}

/// `retracted` over any sequence of events.
pub fn retracted_in<'a>(events: impl IntoIterator<Item = &'a Event>) -> HashSet<EventId> {
    let mut target_of: HashMap<EventId, EventId> = HashMap::new();
    let mut retracted_by: HashMap<EventId, Vec<EventId>> = HashMap::new();
    for e in events {
        if let Kind::Retract { event, .. } = e.kind {
            target_of.insert(e.id, event);
            retracted_by.entry(event).or_default().push(e.id);
        }
    }
    let mut memo: HashMap<EventId, bool> = HashMap::new();
    target_of
        .iter()
        .filter(|(retraction, _)| is_live(**retraction, &retracted_by, &mut memo, 0))
        .map(|(_, target)| *target)
        .collect()
}

/// Whether a retraction is in force: it is unless a live retraction targets it.
fn is_live(
    retraction: EventId,
    retracted_by: &HashMap<EventId, Vec<EventId>>,
    memo: &mut HashMap<EventId, bool>,
    depth: usize,
) -> bool {
    if let Some(&known) = memo.get(&retraction) {
        return known;
    }
    // Cycles cannot be written by the app, but a hand-edited file could hold one:
    // stop after a bounded depth and treat the retraction as in force.
    if depth > 64 {
        return true;
    }
    let countered = retracted_by.get(&retraction).is_some_and(|others| {
        others
            .iter()
            .any(|&other| is_live(other, retracted_by, memo, depth + 1))
    });
    memo.insert(retraction, !countered);
    !countered
}

/// The actions that count, in replay order, with amendments and
/// acknowledgements applied. Bookkeeping events and retracted events are left out.
pub fn effective(events: &[Event]) -> Vec<Effective<'_>> {
    let retracted = retracted(events);
    let mut sorted: Vec<&Event> = events
        .iter()
        .filter(|e| !retracted.contains(&e.id))
        .collect();
    sorted.sort_by(|a, b| replay_order(a, b));

    let authors: HashMap<EventId, &Event> = sorted.iter().map(|e| (e.id, *e)).collect();
    let mut notes: HashMap<EventId, &str> = HashMap::new();
    let mut acks: HashMap<EventId, DateTime<FixedOffset>> = HashMap::new();
    for e in &sorted {
        match &e.kind {
            Kind::Amend { event, note } => {
                notes.insert(*event, note.as_str());
            }
            // Only the other partner's acknowledgement makes an action "seen".
            Kind::Acknowledge { event }
                if authors.get(event).is_some_and(|target| target.by != e.by) =>
            {
                acks.entry(*event).or_insert(e.at);
            }
            _ => {}
        }
    }

    sorted
        .into_iter()
        .filter(|e| e.kind.action().is_some())
        .map(|e| Effective {
            event: e,
            note: notes.get(&e.id).copied().or(e.note.as_deref()),
            acknowledged_at: acks.get(&e.id).copied(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::Partner;
    use uuid::Uuid;

    fn ev(n: u128, by: Partner, minute: u32, kind: Kind) -> Event {
        Event {
            id: EventId(Uuid::from_u128(n)),
            by,
            at: DateTime::parse_from_rfc3339(&format!("2026-05-01T10:{minute:02}:00+02:00"))
                .unwrap(),
            kind,
            note: None,
        }
    }

    #[test]
    fn retracting_a_retraction_restores_the_action() {
        let talk = ev(1, Partner::A, 0, Kind::HonestTalk);
        let undo = ev(
            2,
            Partner::A,
            1,
            Kind::Retract {
                event: talk.id,
                reason: None,
            },
        );
        let redo = ev(
            3,
            Partner::A,
            2,
            Kind::Retract {
                event: undo.id,
                reason: None,
            },
        );
        assert!(effective(&[talk.clone(), undo.clone()]).is_empty());
        assert_eq!(effective(&[talk.clone(), undo, redo]).len(), 1);
    }

    #[test]
    fn only_the_other_partner_acknowledges_and_amend_replaces_the_note() {
        let apology = ev(1, Partner::A, 0, Kind::Apology);
        let self_ack = ev(2, Partner::A, 1, Kind::Acknowledge { event: apology.id });
        let amend = ev(
            3,
            Partner::A,
            2,
            Kind::Amend {
                event: apology.id,
                note: "I'm sorry I hid it".into(),
            },
        );
        let log = [apology.clone(), self_ack.clone(), amend.clone()];
        let seen = effective(&log);
        let first = seen.iter().find(|e| e.event.id == apology.id).unwrap();
        assert_eq!(first.acknowledged_at, None);
        assert_eq!(first.note, Some("I'm sorry I hid it"));
        let other_ack = ev(4, Partner::B, 3, Kind::Acknowledge { event: apology.id });
        let log = [apology.clone(), self_ack, amend, other_ack.clone()];
        let seen = effective(&log);
        let first = seen.iter().find(|e| e.event.id == apology.id).unwrap();
        assert_eq!(first.acknowledged_at, Some(other_ack.at));
    }
}
