//! "What grew this plant?": the actions that fed a plant, for the app to list
//! when a plant is tapped.

use chrono::{DateTime, FixedOffset, Utc};
use serde::Serialize;

use crate::garden::ledger::Ledger;
use crate::garden::species::SpeciesRules;
use crate::garden::state::Species;
use crate::journal::{Action, EventId, Partner};

/// One action that fed a plant.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Feeding {
    pub id: EventId,
    pub by: Partner,
    pub at: DateTime<FixedOffset>,
    pub action: Action,
    /// How much it fed the plant (before the day's diminishing returns).
    pub gain: f32,
    /// Whether the other partner acknowledged it (at or before `now`).
    pub acknowledged: bool,
    /// Its note after the latest amendment.
    pub note: Option<String>,
}

/// The actions that count and fed `species` up to `now`, newest first.
pub fn explain(ledger: &Ledger, species: Species, now: DateTime<Utc>) -> Vec<Feeding> {
    let rules = SpeciesRules::embedded();
    ledger
        .all_acts()
        .rev()
        .filter(|act| act.at <= now)
        .filter_map(|act| {
            let gain = rules.gain[act.action as usize][species.index()] * act.scale();
            if gain <= 0.0 {
                return None;
            }
            let acknowledged = ledger.first_ack(&act).is_some_and(|ack| ack.at <= now);
            Some(Feeding {
                id: act.id,
                by: act.by,
                at: act.at,
                action: act.action,
                gain,
                acknowledged,
                note: ledger.note_of(act.id).map(str::to_owned),
            })
        })
        .collect()
}
