//! The save file as the commands see it: opened with a clear message when it
//! is missing, recovery notices shown on stderr, events appended one by one.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};

use crate::cli::error::{CliError, CliResult, fail};
use trust_garden::journal::{
    Event, EventId, Header, Journal, JournalError, Kind, Partner, encode_event, encode_header,
};

pub struct Save {
    pub path: PathBuf,
}

impl Save {
    pub fn new(path: PathBuf) -> Save {
        Save { path }
    }

    /// Opens an existing save, telling the user on stderr what recovery did.
    pub fn open(&self) -> CliResult<Journal> {
        self.must_exist()?;
        let journal = Journal::open(&self.path).map_err(journal_error)?;
        for notice in journal.report().notices() {
            eprintln!("note: {}: {notice}", self.path.display());
        }
        Ok(journal)
    }

    pub fn must_exist(&self) -> CliResult<()> {
        if self.path.exists() {
            return Ok(());
        }
        Err(fail!(
            "no save at {}; start one with `trust-garden init --partners NAME NAME` \
             (or point --save / TRUST_GARDEN_SAVE at an existing one)",
            self.path.display()
        ))
    }

    /// Refuses to touch an existing file: `init` and `demo` only ever create.
    pub fn must_not_exist(&self) -> CliResult<()> {
        if self.path.exists() {
            return Err(fail!(
                "{} already exists; nothing was changed (choose another --save path, \
                 or move that file away first)",
                self.path.display()
            ));
        }
        Ok(())
    }

    /// Creates a new save holding `events` (parent folders too), one fsync'd
    /// append per event: right for a handful of events.
    pub fn create_with(&self, events: Vec<Event>) -> CliResult<Journal> {
        self.must_not_exist()?;
        self.create_folder()?;
        let mut journal = Journal::create(&self.path).map_err(journal_error)?;
        for event in events {
            journal.append(event).map_err(journal_error)?;
        }
        Ok(journal)
    }

    /// Creates a new save holding many events in one write. The journal has no
    /// batch append, and one fsync per event makes a ten-year demo take
    /// minutes; so the lines are encoded with the journal's own codec into a
    /// private temp file, fsync'd once, linked into place only if the save
    /// still does not exist, and read back through `Journal::open` to prove
    /// the result is a clean save.
    pub fn create_in_one_write(&self, events: &[Event]) -> CliResult<Journal> {
        self.must_not_exist()?;
        self.create_folder()?;
        let mut text = encode_header(&Header::new());
        text.push('\n');
        for event in events {
            text.push_str(&encode_event(event).map_err(journal_error)?);
            text.push('\n');
        }
        let temp = self.temp_path();
        write_private(&temp, text.as_bytes())?;
        let linked = std::fs::hard_link(&temp, &self.path);
        let _ = std::fs::remove_file(&temp);
        linked.map_err(|e| CliError::io("create", &self.path, &e))?;
        sync_folder(&self.path);
        let journal = Journal::open(&self.path).map_err(journal_error)?;
        if !journal.report().is_clean() || journal.events().len() != events.len() {
            return Err(fail!(
                "{} was written but does not read back cleanly ({} of {} events); \
                 please report this",
                self.path.display(),
                journal.events().len(),
                events.len()
            ));
        }
        Ok(journal)
    }

    fn create_folder(&self) -> CliResult<()> {
        if let Some(folder) = self.path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder)
                .map_err(|e| CliError::io("create the folder", folder, &e))?;
        }
        Ok(())
    }

    fn temp_path(&self) -> PathBuf {
        let name = self
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.path
            .with_file_name(format!(".{name}.{}.writing", std::process::id()))
    }

    pub fn append(
        &self,
        journal: &mut Journal,
        by: Partner,
        at: DateTime<FixedOffset>,
        kind: Kind,
        note: Option<String>,
    ) -> CliResult<EventId> {
        let event = Event {
            id: EventId::new_v7(),
            by,
            at,
            kind,
            note,
        };
        let id = event.id;
        journal.append(event).map_err(journal_error)?;
        Ok(id)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Writes a new file only its owner can read, and fsyncs it.
fn write_private(path: &Path, bytes: &[u8]) -> CliResult<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let written = options.open(path).and_then(|mut file| {
        file.write_all(bytes)?;
        file.sync_all()
    });
    written.map_err(|e| {
        let _ = std::fs::remove_file(path);
        CliError::io("write", path, &e)
    })
}

/// Makes the new name durable. Best effort: some platforms cannot open a
/// folder, and the data itself is already on disk.
fn sync_folder(path: &Path) {
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty())
        && let Ok(dir) = File::open(folder)
    {
        let _ = dir.sync_all();
    }
}

/// The journal's errors already name the file and line; the CLI adds nothing.
pub fn journal_error(error: JournalError) -> CliError {
    CliError(error.to_string())
}
