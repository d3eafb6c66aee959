//! The couple's data out of the app: the log as CSV, and writing it to a
//! file the person chose without ever touching the save.

mod csv;
mod file;

pub use csv::{CSV_HEADER, kind_name, parse_csv, to_csv};
pub use file::{ExportError, write_csv_file, write_summary_file};
