//! The rules: the log resolved once into a [`Ledger`], replayed day by day
//! into a [`Garden`]. Pure functions, no I/O, no Bevy.

pub mod as_seen;
pub mod chapters;
pub mod clock;
mod day;
pub mod explain;
pub mod ledger;
pub mod replay;
pub mod rules;
pub mod species;
pub mod spoken;
pub mod state;
#[doc(hidden)]
pub mod synthetic;
pub mod timeline;
pub mod words;
pub mod zones;

pub use as_seen::AsSeen;
pub use clock::CoupleClock;
pub use explain::{Feeding, explain};
pub use ledger::{Change, Ledger};
pub use replay::{TrustSeries, garden_and_trust, garden_at, replay};
pub use species::SpeciesRules;
pub use state::{Garden, Plant, Species, Stage};
pub use timeline::{DayPoint, Timeline};
