//! The bridge between the app and the save, in three parts: the session
//! (opening the save, and again on resume), the commands (the only writer)
//! and the derived state (timeline, today's garden, journey). The UI reads
//! the derived state and sends [`Command`]s; it never changes state itself.

mod commands;
mod derived;
mod export;
mod notices;
mod session;

use bevy::prelude::*;

pub use crate::actions::When;
pub use commands::{Command, Grew};
pub use derived::{Chapters, GardenState, Today};
pub use notices::{Notice, Notices};
pub(crate) use session::open_save;
pub use session::{Journal, Preloading, open_in_background};

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
