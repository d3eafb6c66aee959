//! Who the couple is, from the log: names from the latest setup and the
//! renames after it, their clock, and when the garden began.

use chrono::{DateTime, FixedOffset};

use super::acts::key_of;
use crate::garden::clock::CoupleClock;
use crate::journal::{Event, Kind, Partner};

/// Names before the couple has set the garden up.
pub const DEFAULT_NAMES: [&str; 2] = ["Partner A", "Partner B"];

#[derive(Clone, Debug, PartialEq)]
pub struct Couple {
    pub names: [String; 2],
    pub clock: CoupleClock,
    /// When the first setup that still stands was logged; `None` before setup.
    pub began: Option<DateTime<FixedOffset>>,
}

impl Default for Couple {
    fn default() -> Self {
        Couple {
            names: DEFAULT_NAMES.map(String::from),
            clock: CoupleClock::default(),
            began: None,
        }
    }
}

impl Couple {
    /// From the setup and rename events that stand, in any order.
    pub(super) fn of<'a>(settings: impl Iterator<Item = &'a Event>) -> Couple {
        let mut settings: Vec<&Event> = settings
            .filter(|e| matches!(e.kind, Kind::Setup { .. } | Kind::Rename { .. }))
            .collect();
        settings.sort_by_key(|e| key_of(e));
        let mut couple = Couple::default();
        for e in settings {
            match &e.kind {
                Kind::Setup {
                    partners: (a, b),
                    zone,
                    day_start,
                } => {
                    couple.names = [a.clone(), b.clone()];
                    // A zone the app did not accept when logging cannot be
                    // guessed now; the day falls back to UTC.
                    couple.clock = CoupleClock::new(zone, *day_start).unwrap_or_default();
                    couple.began.get_or_insert(e.at);
                }
                Kind::Rename { partner, name } => couple.names[partner.index()] = name.clone(),
                _ => {}
            }
        }
        couple
    }

    pub fn is_set_up(&self) -> bool {
        self.began.is_some()
    }

    pub fn name(&self, partner: Partner) -> &str {
        &self.names[partner.index()]
    }
}
