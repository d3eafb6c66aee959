//! Who the couple is, from the log: names from the latest setup and the
//! renames after it, their clock (with the changes of zone or day start
//! logged since, each from its moment on), when the garden began, and who
//! was hurt.

use std::collections::HashMap;

use chrono::{DateTime, FixedOffset, Utc};

use super::acts::{Key, key_of};
use super::written::written_at;
use crate::garden::clock::CoupleClock;
use crate::journal::{Event, EventId, Hurt, Kind, Partner};

/// Names before the couple has set the garden up.
pub const DEFAULT_NAMES: [&str; 2] = ["Partner A", "Partner B"];

#[derive(Clone, Debug, PartialEq)]
pub struct Couple {
    pub names: [String; 2],
    pub clock: CoupleClock,
    /// When the first setup that still stands was logged; `None` before setup.
    pub began: Option<DateTime<FixedOffset>>,
    /// `began`, or when that setup was written if later (see `began_known`).
    began_written: Option<DateTime<Utc>>,
    /// Who was hurt, as the couple said at setup or later agreed.
    pub hurt: Hurt,
    /// Changes of who was hurt that wait for the other partner's acknowledgement.
    pub proposed: Vec<EventId>,
}

impl Default for Couple {
    fn default() -> Self {
        Couple {
            names: DEFAULT_NAMES.map(String::from),
            clock: CoupleClock::default(),
            began: None,
            began_written: None,
            hurt: Hurt::NotSaid,
            proposed: Vec::new(),
        }
    }
}

impl Couple {
    /// From the events that stand, in any order.
    pub(super) fn of<'a>(standing: impl Iterator<Item = &'a Event> + Clone) -> Couple {
        let mut settings: Vec<&Event> = standing
            .clone()
            .filter(|e| matches!(e.kind, Kind::Setup { .. } | Kind::Rename { .. }))
            .collect();
        settings.sort_by_key(|e| key_of(e));
        let mut couple = Couple::default();
        for e in settings {
            match &e.kind {
                Kind::Setup {
                    zone,
                    day_start,
                    from_now_on: true,
                    ..
                } if couple.began.is_some() => {
                    // A zone this build does not know (newer zone data)
                    // keeps the clock the couple had.
                    if let Ok(zone) = zone.parse() {
                        let from = e.at.with_timezone(&Utc);
                        couple.clock = couple.clock.changed(from, zone, *day_start);
                    }
                }
                Kind::Setup {
                    partners: (a, b),
                    zone,
                    day_start,
                    hurt,
                    ..
                } => {
                    couple.names = [a.clone(), b.clone()];
                    // A zone the app did not accept when logging cannot be
                    // guessed now; the day falls back to UTC.
                    couple.clock = CoupleClock::new(zone, *day_start).unwrap_or_default();
                    if couple.began.is_none() {
                        couple.began = Some(e.at);
                        let written = written_at(e.id, &e.at);
                        couple.began_written = Some(written.max(e.at.with_timezone(&Utc)));
                    }
                    couple.hurt = *hurt;
                }
                Kind::Rename { partner, name } => couple.names[partner.index()] = name.clone(),
                _ => {}
            }
        }
        couple.agree_on_roles(standing);
        couple
    }

    /// Applies the changes of roles the other partner acknowledged, in the
    /// order they were agreed; the others stay proposed.
    fn agree_on_roles<'a>(&mut self, standing: impl Iterator<Item = &'a Event> + Clone) {
        let proposals: HashMap<EventId, &Event> = standing
            .clone()
            .filter(|e| matches!(e.kind, Kind::Roles { .. }))
            .map(|e| (e.id, e))
            .collect();
        if proposals.is_empty() {
            return;
        }
        let mut agreed: HashMap<EventId, Key> = HashMap::new();
        for ack in standing {
            let Kind::Acknowledge { event } = ack.kind else {
                continue;
            };
            let Some(proposal) = proposals.get(&event) else {
                continue;
            };
            if ack.by != proposal.by && key_of(ack) > key_of(proposal) {
                let key = agreed.entry(event).or_insert(key_of(ack));
                *key = (*key).min(key_of(ack));
            }
        }
        let mut in_order: Vec<(Key, Hurt)> = agreed
            .iter()
            .filter_map(|(id, key)| match proposals.get(id)?.kind {
                Kind::Roles { hurt } => Some((*key, hurt)),
                _ => None,
            })
            .collect();
        in_order.sort_by_key(|(key, _)| *key);
        for (_, hurt) in in_order {
            self.hurt = hurt;
        }
        let mut waiting: Vec<&Event> = proposals
            .values()
            .filter(|e| !agreed.contains_key(&e.id))
            .copied()
            .collect();
        waiting.sort_by_key(|e| key_of(e));
        self.proposed = waiting.into_iter().map(|e| e.id).collect();
    }

    /// When the garden began in real time: the first setup's moment, or
    /// when it was written if that was later.
    pub fn began_known(&self) -> Option<DateTime<Utc>> {
        self.began_written
    }

    pub fn is_set_up(&self) -> bool {
        self.began.is_some()
    }

    pub fn name(&self, partner: Partner) -> &str {
        &self.names[partner.index()]
    }

    /// The names of the hurt partners (both when not said).
    pub fn hurt_names(&self) -> Vec<&str> {
        self.hurt
            .partners()
            .into_iter()
            .map(|p| self.name(p))
            .collect()
    }
}
