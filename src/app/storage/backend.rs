//! The one place the app calls the core: journal file, replay, timeline and
//! chapters. Everything else in the app sees only these functions.

use std::path::Path;

use chrono::{DateTime, Utc};

use crate::garden::Garden;
use crate::journal::{Event, JournalError};

/// An open save file.
pub struct Log {
    journal: crate::journal::Journal,
}

/// What opening the save found.
pub struct Opened {
    pub log: Log,
    /// What was set aside, recovered or merged on open, one sentence each.
    pub notices: Vec<String>,
}

fn is_missing(e: &JournalError) -> bool {
    matches!(e, JournalError::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound)
}

impl Log {
    /// Opens an existing save; `Ok(None)` when there is none yet.
    pub fn open(path: &Path) -> Result<Option<Opened>, String> {
        match crate::journal::Journal::open(path) {
            Ok(journal) => Ok(Some(Opened {
                notices: journal.report().notices(),
                log: Log { journal },
            })),
            Err(e) if is_missing(&e) => Ok(None),
            Err(e) => Err(e.to_string()),
        }
    }

    pub fn create(path: &Path) -> Result<Log, String> {
        crate::journal::Journal::create(path)
            .map(|journal| Log { journal })
            .map_err(|e| e.to_string())
    }

    /// Appends one event; returns once it is on disk.
    pub fn append(&mut self, event: Event) -> Result<(), String> {
        self.journal.append(event).map_err(|e| e.to_string())
    }

    pub fn events(&self) -> &[Event] {
        self.journal.events()
    }

    pub fn path(&self) -> &Path {
        self.journal.path()
    }

    /// Merges another save into this one; returns what happened, in words.
    pub fn merge_from(&mut self, other: &Path) -> Result<String, String> {
        let report = self.journal.merge_from(other).map_err(|e| e.to_string())?;
        let mut text = format!(
            "Merged {}: {} new entries, {} already here.",
            other.display(),
            report.added,
            report.already_present
        );
        if !report.conflicts.is_empty() {
            text.push_str(&format!(
                " {} entries differ between the two files; this save's version was kept{}.",
                report.conflicts.len(),
                report
                    .conflicts_file
                    .as_ref()
                    .map(|f| format!(" and both are in {}", f.display()))
                    .unwrap_or_default()
            ));
        }
        Ok(text)
    }
}

/// The garden the log grows, as of `now`.
pub fn replay(events: &[Event], now: DateTime<Utc>) -> Garden {
    crate::garden::replay(events, now)
}
