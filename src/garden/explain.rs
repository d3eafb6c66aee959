//! "What grew this plant?": the actions that fed a plant, for the app to list
//! when a plant is tapped.

use std::collections::HashMap;

use chrono::{DateTime, FixedOffset, Utc};
use serde::Serialize;

use crate::garden::day::is_acknowledged;
use crate::garden::record::Record;
use crate::garden::rules::ACKNOWLEDGED_MULTIPLIER;
use crate::garden::species::SpeciesRules;
use crate::garden::state::Species;
use crate::journal::{Action, Event, EventId, Partner};

/// One action that fed a plant.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Feeding {
    pub id: EventId,
    pub by: Partner,
    pub at: DateTime<FixedOffset>,
    pub action: Action,
    /// How much it fed the plant (before the day's diminishing returns),
    /// doubled when acknowledged.
    pub gain: f32,
    /// Whether the other partner acknowledged it (at or before `now`).
    pub acknowledged: bool,
    /// Its note after the latest amendment.
    pub note: Option<String>,
}

/// The actions that count and fed `species`, newest first.
pub fn explain(events: &[Event], species: Species, now: DateTime<Utc>) -> Vec<Feeding> {
    let rules = SpeciesRules::embedded();
    let record = Record::build(events.iter(), |e| e.at <= now);
    let by_id: HashMap<EventId, &Event> = events.iter().map(|e| (e.id, e)).collect();
    record
        .days
        .values()
        .rev()
        .flat_map(|acts| acts.iter().rev())
        .filter_map(|act| {
            let gain = rules.gain[act.action as usize][species.index()] * act.scale();
            if gain <= 0.0 {
                return None;
            }
            let acknowledged = is_acknowledged(&record, act);
            let note = by_id
                .get(&act.id)
                .and_then(|e| record.note_of(e))
                .map(str::to_owned);
            Some(Feeding {
                id: act.id,
                by: act.by,
                at: act.at,
                action: act.action,
                gain: if acknowledged {
                    gain * ACKNOWLEDGED_MULTIPLIER
                } else {
                    gain
                },
                acknowledged,
                note,
            })
        })
        .collect()
}
