//! The bridge between the app and the core, in three parts: the session
//! (opening the save, and again on resume), the commands (the only writer)
//! and the derived state (timeline, today's garden, journey).
//!
//! The rest of the app goes through here for everything the core computes:
//! a change is a [`Command`] (decided by `crate::actions`, appended, applied),
//! and whatever is derived from the log (a past day's garden, what fed a
//! plant, the history's order, the charts' series, today's suggestion) is a
//! method or a field of [`GardenState`]. The panels and the scene still use
//! the core's types (`Garden`, `Species`, `Entry`, the ledger to look an
//! entry up) and small conversions on them (the couple's day of a moment).

mod commands;
mod derived;
mod notices;
mod session;
mod typed_path;

use bevy::prelude::*;

pub use crate::actions::When;
pub use commands::{Command, Grew, Passphrase, summary_file_name};
pub use derived::{Chapters, GardenState, Today};
pub use notices::{Notice, Notices, Offer};
pub use session::{Journal, Preloading, open_in_background};
pub(crate) use session::{open_save, reopen};

/// Storage runs in this order each frame: open, write, derive.
#[derive(SystemSet, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StorageSet {
    Open,
    Write,
    Derive,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Notices>();
    app.configure_sets(
        Update,
        (StorageSet::Open, StorageSet::Write, StorageSet::Derive).chain(),
    );
    session::plugin(app);
    commands::plugin(app);
    derived::plugin(app);
}
