//! A summary of the couple's weeks to bring to counselling: trust over time,
//! what each partner did, promises, check-ins, acknowledgements, the
//! chapter and pause days, with a paragraph per week. One self-contained
//! HTML page, made by the command line and by the app alike.

mod charts;
mod data;
mod html;
mod words;

pub use data::{ChapterNow, CheckIns, Mood, Note, Period, Promises, SummaryData, Week, summarize};
pub use html::{SUMMARY_START, escape, to_html};
pub use words::week_paragraph;
