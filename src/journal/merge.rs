//! Merging two logs, as pure functions: the set union of their lines by event
//! id, in replay order. Commutative, associative and idempotent on the lines;
//! the same id with different content is a conflict, never a silent winner.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::collections::hash_map::Entry;

use super::codec::Line;
use super::event::EventId;

/// Two different lines with one id. `ours` is the one the merge keeps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub id: EventId,
    pub ours: Line,
    pub theirs: Line,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Merged {
    /// Every id of both sides once, in replay order (instant, then id).
    pub lines: Vec<Line>,
    /// The lines of `theirs` whose id `ours` lacked, in replay order.
    pub added: Vec<Line>,
    /// By id.
    pub conflicts: Vec<Conflict>,
}

/// The deterministic order of a log: by instant, then id, as
/// `garden::effective::replay_order` replays events.
pub fn line_order(a: &Line, b: &Line) -> Ordering {
    a.at.cmp(&b.at).then(a.id.cmp(&b.id))
}

/// The union of two sets of lines. Where both hold an id with different
/// content, `ours` stays in the result and the pair is reported.
pub fn merge(ours: &[Line], theirs: &[Line]) -> Merged {
    let mut by_id: HashMap<EventId, &Line> = HashMap::with_capacity(ours.len() + theirs.len());
    let mut conflicts = Vec::new();
    let mut added = Vec::new();
    let mut note = |kept: &Line, other: &Line| {
        if kept.content() != other.content() {
            conflicts.push(Conflict {
                id: kept.id,
                ours: kept.clone(),
                theirs: other.clone(),
            });
        }
    };
    for line in ours {
        match by_id.entry(line.id) {
            Entry::Occupied(kept) => note(kept.get(), line),
            Entry::Vacant(slot) => {
                slot.insert(line);
            }
        }
    }
    for line in theirs {
        match by_id.entry(line.id) {
            Entry::Occupied(kept) => note(kept.get(), line),
            Entry::Vacant(slot) => {
                slot.insert(line);
                added.push(line.clone());
            }
        }
    }
    let mut lines: Vec<Line> = by_id.into_values().cloned().collect();
    lines.sort_unstable_by(line_order);
    added.sort_unstable_by(line_order);
    conflicts.sort_by(|a, b| {
        a.id.cmp(&b.id)
            .then_with(|| a.theirs.text().cmp(b.theirs.text()))
    });
    conflicts.dedup();
    Merged {
        lines,
        added,
        conflicts,
    }
}
