//! What the command line prints and the app's parity tests compare: the
//! status of the garden and the history, as text and JSON. No I/O.

mod history;
mod status;

pub use history::{history_json, history_text};
pub use status::Status;
