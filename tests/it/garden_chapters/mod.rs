//! Integration tests: the seven chapters (level files, progress by replay,
//! the "today" line).

mod couple;
mod journey;
mod levels;
mod today;
mod words;
