//! Which entries are taken back. A retraction can itself be retracted, which
//! restores its target; chains resolve from the newest retraction backwards.

use std::collections::{HashMap, HashSet};

use crate::journal::{Event, EventId, Kind};

/// The ids of the entries a standing retraction takes back.
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
        .filter(|(retraction, _)| stands(**retraction, &retracted_by, &mut memo, 0))
        .map(|(_, target)| *target)
        .collect()
}

/// Whether a retraction is in force: it is unless a standing retraction targets it.
fn stands(
    retraction: EventId,
    retracted_by: &HashMap<EventId, Vec<EventId>>,
    memo: &mut HashMap<EventId, bool>,
    depth: usize,
) -> bool {
    if let Some(&known) = memo.get(&retraction) {
        return known;
    }
    // Cycles cannot be written by the app, but a hand-edited file could hold
    // one: stop after a bounded depth and treat the retraction as in force.
    if depth > 64 {
        return true;
    }
    let countered = retracted_by.get(&retraction).is_some_and(|others| {
        others
            .iter()
            .any(|&other| stands(other, retracted_by, memo, depth + 1))
    });
    memo.insert(retraction, !countered);
    !countered
}
