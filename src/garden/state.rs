//! What the garden looks like at one moment: the output of replay, and all the
//! app draws. Plain data; the rules that fill it live in the sibling modules.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::garden::clock::CoupleClock;
use crate::journal::{Action, EventId, Partner};

/// A plant or garden feature, one per action family in the design table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Species {
    /// Honest talks deepen them; honestly admitted broken promises feed them too.
    Roots,
    /// Calm check-ins water it.
    Soil,
    /// Kept promises: slow, sturdy.
    Tree,
    /// Quality time.
    Flowers,
    /// Support sessions; speeds all growth.
    Trellis,
    /// Let-it-go keeps them clear of weeds.
    Paths,
    /// Kindness.
    Pollinators,
    /// Gratitude and memories; glow at night.
    Lanterns,
}

impl Species {
    pub const ALL: [Species; 8] = [
        Species::Roots,
        Species::Soil,
        Species::Tree,
        Species::Flowers,
        Species::Trellis,
        Species::Paths,
        Species::Pollinators,
        Species::Lanterns,
    ];

    /// Position in `ALL`, for per-species tables.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The stable id used in JSON output and message keys; [`Species::label`]
    /// is what people read.
    pub fn name(self) -> &'static str {
        match self {
            Species::Roots => "roots",
            Species::Soil => "soil",
            Species::Tree => "tree",
            Species::Flowers => "flowers",
            Species::Trellis => "trellis",
            Species::Paths => "paths",
            Species::Pollinators => "pollinators",
            Species::Lanterns => "lanterns",
        }
    }

    /// The plant's name as its card shows it ("Roots", "The tree"), in the
    /// current language.
    pub fn label(self) -> String {
        crate::t!(&format!("garden-species-{}", self.name()))
    }
}

/// Named growth stages for text and the view; `Plant::growth` is the
/// continuous value the view draws.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    Seed,
    Sprout,
    Young,
    Mature,
    Flourishing,
}

impl Stage {
    /// The stage a plant grows into after this one; `None` at the last.
    pub fn next(self) -> Option<Stage> {
        match self {
            Stage::Seed => Some(Stage::Sprout),
            Stage::Sprout => Some(Stage::Young),
            Stage::Young => Some(Stage::Mature),
            Stage::Mature => Some(Stage::Flourishing),
            Stage::Flourishing => None,
        }
    }

    /// The stage in a word ("young"), in the current language.
    pub fn label(self) -> String {
        match self {
            Stage::Seed => crate::t!("garden-stage-seed"),
            Stage::Sprout => crate::t!("garden-stage-sprout"),
            Stage::Young => crate::t!("garden-stage-young"),
            Stage::Mature => crate::t!("garden-stage-mature"),
            Stage::Flourishing => crate::t!("garden-stage-flourishing"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Plant {
    /// Decaying habit strength in [0, 1]: grows with actions, fades slowly with neglect.
    pub strength: f32,
    /// Continuous size in [0, 4] for drawing; `stage` is its floor.
    pub growth: f32,
    pub stage: Stage,
    /// How wilted by recent setbacks, in [0, 1]; setbacks wilt, never kill.
    pub wilt: f32,
    /// Actions that fed this plant, per partner (index by `Partner::index`).
    pub fed_by: [u32; 2],
    /// The latest events that grew it, newest last (for "what grew this?").
    pub recent: Vec<EventId>,
}

/// From how wilted a plant is said to droop, in every front end (wilt runs
/// from 0 to 1): the card, the status and the screen reader agree.
pub const DROOPING: f32 = 0.3;
/// How far into its stage a plant is said to be close to the next (growth
/// runs from 0 to 4; one stage is 1.0).
const NEARLY: f32 = 0.75;

impl Plant {
    /// Whether a setback shows on it, enough to be said.
    pub fn drooping(&self) -> bool {
        self.wilt >= DROOPING
    }

    /// The stage it is close to growing into, if it is.
    pub fn close_to(&self) -> Option<Stage> {
        self.stage.next().filter(|_| self.growth.fract() >= NEARLY)
    }
}

/// A weed planted by a broken promise: admitted, or left unspoken past its
/// due date (`silent`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Weed {
    /// The admission (kept or broken entry), or the promise itself when silent.
    pub from: EventId,
    pub since: NaiveDate,
    /// Planted by silence: only saying what happened to the promise clears it.
    pub silent: bool,
}

/// A cloud raised by "something feels off", cleared by the next calm
/// check-in or honest talk.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Cloud {
    pub from: EventId,
    pub since: NaiveDate,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sky {
    Clear,
    Fair,
    Overcast,
    Rain,
    Storm,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Weather {
    /// Average of recent check-in moods (1-5), if there were any.
    pub mood: Option<f32>,
    pub sky: Sky,
    /// The storm over the garden in [0, 1]: the hurt partners' pain, which
    /// steady care and their own moving forward lift.
    pub storm: f32,
    pub clouds: Vec<Cloud>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Streak {
    /// Shared days in a row with at least one action, forgiving grace days.
    pub days: u32,
    pub best: u32,
    /// Grace days still available this week.
    pub grace_left: u32,
    /// Whether today already counts.
    pub today_done: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OpenPromise {
    pub id: EventId,
    pub by: Partner,
    pub text: String,
    pub due: Option<NaiveDate>,
    pub made: DateTime<FixedOffset>,
    /// The promise's note after its latest amendment.
    pub note: Option<String>,
    /// Its due date and grace have passed with no word about it.
    pub overdue: bool,
}

/// The whole garden at one moment.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Garden {
    pub partners: [String; 2],
    #[serde(skip)]
    pub clock: CoupleClock,
    /// The couple's day of the moment this garden was computed for.
    pub today: NaiveDate,
    pub first_day: Option<NaiveDate>,
    pub plants: BTreeMap<Species, Plant>,
    pub weeds: Vec<Weed>,
    pub weather: Weather,
    /// Overall trust in [0, 1].
    pub trust: f32,
    pub streak: Streak,
    /// Each partner's share of the effort, summing to 1 (0.5 each before any
    /// action). Counts each partner's own actions; acknowledging is not effort.
    pub share: [f32; 2],
    /// How many of the other's entries each partner acknowledged, all told.
    pub noticed: [u32; 2],
    /// How seen the partners' recent actions are, in [0, 1] (see `rules::SEEN_FLOOR`).
    pub seen: f32,
    /// Effective actions per partner (retracted ones excluded).
    pub counts: BTreeMap<Action, [u32; 2]>,
    pub open_promises: Vec<OpenPromise>,
    /// Whether today is inside a pause.
    pub paused: bool,
}

#[cfg(test)]
impl Plant {
    /// A plant at `stage` with `growth` and `wilt`, nobody's feeding yet.
    pub(crate) fn at(stage: Stage, growth: f32, wilt: f32) -> Plant {
        Plant {
            strength: 0.5,
            growth,
            stage,
            wilt,
            fed_by: [0, 0],
            recent: Vec::new(),
        }
    }
}

#[cfg(test)]
mod plant_words_tests {
    use super::*;

    #[test]
    fn a_plant_droops_from_one_threshold_and_nears_its_next_stage_late_in_this_one() {
        assert!(Plant::at(Stage::Young, 2.5, DROOPING).drooping());
        assert!(!Plant::at(Stage::Young, 2.5, DROOPING - 0.01).drooping());
        assert_eq!(
            Plant::at(Stage::Sprout, 1.8, 0.0).close_to(),
            Some(Stage::Young)
        );
        assert_eq!(Plant::at(Stage::Sprout, 1.5, 0.0).close_to(), None);
        assert_eq!(Plant::at(Stage::Flourishing, 4.9, 0.0).close_to(), None);
        assert_eq!(Stage::Seed.next(), Some(Stage::Sprout));
    }
}
