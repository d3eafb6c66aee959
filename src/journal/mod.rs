//! The event log: event types, the RON line codec, append, open and recovery,
//! and merging two logs. No Bevy, no game rules.

mod codec;
mod copies;
pub mod disk;
mod encrypt;
mod erase;
mod error;
pub mod event;
mod file;
mod found;
mod fsutil;
mod id_map;
mod keys;
mod merge;
mod output;
mod repair;
mod report;
mod scan;
mod seal;
mod verify;

pub use codec::{
    Codec, Decoded, Envelope, FORMAT_VERSION, Header, Line, OutOfRange, PLAIN_FORMAT,
    SEALED_FORMAT, YEARS, decode_header, decode_line, encode_event, encode_header, looks_sealed,
    out_of_range, verified_payload,
};
pub use copies::{CopyScheme, archive_folder, copy_scheme};
pub use encrypt::SealReport;
pub use error::{HeaderProblem, JournalError, LineDamage, Problem, ProblemKind, RewriteBlocker};
pub use event::{Action, Event, EventId, Hurt, Kind, Partner, SupportKind};
pub use file::{Journal, RecordedConflict, read_header};
pub use found::{FoundSave, saves_of_log};
pub use fsutil::folder_of;
pub use id_map::{IdHasher, IdMap};
pub use keys::Keys;
pub use merge::{Conflict, Merged, line_order, merge};
pub use output::{OutputFile, inspect_output, write_output};
pub use repair::{HeaderRepair, repair_header};
pub use report::{MergeReport, MergedCopy, OpenReport, TornTail, UnmergedCopy, Written};
pub use scan::{NewerLine, SetAside};
pub use seal::{BadSealParams, MIN_PASSPHRASE_CHARS, Seal, SealParams, SealProblem};
pub use verify::{Inspection, inspect, inspect_with, verify, verify_with};

/// The save's file name in the platform's data folder, for the app and the
/// command line alike (the files beside it are named after it).
pub const SAVE_FILE_NAME: &str = "garden.ron";
