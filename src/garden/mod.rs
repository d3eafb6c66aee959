//! The rules: replaying the journal into a garden. Pure functions, no I/O, no Bevy.

pub mod chapters;
pub mod clock;
mod day;
pub mod effective;
pub mod explain;
mod record;
pub mod replay;
pub mod rules;
pub mod species;
pub mod state;
#[doc(hidden)]
pub mod synthetic;
pub mod timeline;

pub use clock::CoupleClock;
pub use explain::{Feeding, explain};
pub use replay::{Replayer, replay, replay_with};
pub use species::SpeciesRules;
pub use state::{Garden, Plant, Species, Stage};
pub use timeline::{DayPoint, Timeline};
