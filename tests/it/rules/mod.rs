//! The rules from the articles, each proven by a scenario a couple could
//! live, played through the command layer in real time and compared by
//! replay on what the couple sees.

mod chapters;
mod honesty;
pub mod life;
mod roles;
mod seen;
mod setup_later;
mod spoken;
mod visible;
mod words;
