//! The save file as the commands see it: opened with a clear message when it
//! is missing, recovery notices shown on stderr, events appended one by one.

use std::path::{Path, PathBuf};

use crate::cli::error::{CliError, CliResult, fail};
use trust_garden::journal::{Event, Journal, JournalError, Keys};

pub struct Save {
    pub path: PathBuf,
    /// The passphrase given, for an encrypted save.
    pub keys: Keys,
}

impl Save {
    pub fn new(path: PathBuf, keys: Keys) -> Save {
        Save { path, keys }
    }

    /// Opens an existing save, telling the user on stderr what recovery did.
    pub fn open(&self) -> CliResult<Journal> {
        self.must_exist()?;
        let journal = Journal::open_with(&self.path, &self.keys).map_err(journal_error)?;
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

    /// Creates a new save holding `events` (parent folders too) at once: a
    /// crash leaves either no save or the whole of it.
    pub fn create_with(&self, events: Vec<Event>) -> CliResult<Journal> {
        self.must_not_exist()?;
        self.create_folder()?;
        Journal::create_with(&self.path, &events).map_err(journal_error)
    }

    /// As `create_with`, encrypted with the passphrase given.
    pub fn create_encrypted(&self, events: Vec<Event>) -> CliResult<Journal> {
        let passphrase = self.keys.passphrase().ok_or_else(|| {
            fail!(
                "--encrypt: give the new passphrase with --passphrase-file FILE or \
                 TRUST_GARDEN_PASSPHRASE (never on the command line); nothing was written"
            )
        })?;
        self.must_not_exist()?;
        self.create_folder()?;
        Journal::create_sealed(&self.path, &events, Some(passphrase)).map_err(journal_error)
    }

    fn create_folder(&self) -> CliResult<()> {
        if let Some(folder) = self.path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder)
                .map_err(|e| CliError::io("create the folder", folder, &e))?;
        }
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// The journal's errors already name the file and line; the CLI adds nothing.
pub fn journal_error(error: JournalError) -> CliError {
    CliError(error.to_string())
}
