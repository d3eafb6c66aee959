//! The one command layer: a request from any front end (the app, the command
//! line) becomes a checked event or a typed refusal. No rule about who may do
//! what lives in a front end. No Bevy, no I/O.

mod export;
mod refusal;

pub use export::export_target;
pub use refusal::Refusal;
