//! The event log: event types, the RON line codec, append, open and recovery,
//! and merging two logs. No Bevy, no game rules.

pub mod event;

pub use event::{Action, Event, EventId, Kind, Partner, SupportKind};
