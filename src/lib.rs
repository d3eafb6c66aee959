//! Trust Garden: a shared garden that a couple grows by logging the small,
//! repeated actions that rebuild trust.
//!
//! `journal` is the append-only save file, `garden` the rules that replay it;
//! both build without Bevy. `app` (feature `app`) is the Bevy front end.

pub mod actions;
#[cfg(feature = "app")]
pub mod app;
pub mod export;
pub mod garden;
pub mod i18n;
pub mod journal;
mod noise;
pub mod report;
pub mod sample;
