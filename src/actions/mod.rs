//! The one command layer: a request from any front end (the app, the command
//! line) becomes a checked event or a typed refusal,
//! `decide(command, &ledger, by, now)`. No rule about who may do what lives
//! in a front end. No Bevy, no I/O.

mod decide;
mod export;
mod refusal;
mod when;

pub use decide::{Command, MAX_MINUTES, PAUSE_BACK_DAYS, decide};
pub use export::export_target;
pub use refusal::Refusal;
pub use when::{CLOCK_SKEW_MINUTES, LATEST_DAYS, When};
