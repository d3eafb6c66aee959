//! The rules: replaying the journal into a garden. Pure functions, no I/O, no Bevy.

pub mod clock;
pub mod effective;
pub mod state;

pub use clock::CoupleClock;
pub use state::{Garden, Plant, Species, Stage};
