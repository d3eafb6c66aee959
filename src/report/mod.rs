//! What the command line prints and the app's parity tests compare: the
//! status of the garden and the history, as text and JSON, and the summary
//! for counselling as HTML. No I/O.

mod history;
mod status;
pub mod summary;

pub use history::{history_json, history_text};
pub use status::Status;
