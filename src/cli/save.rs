//! The save file as the commands see it: opened with a clear message when it
//! is missing, recovery notices shown on stderr, events appended one by one.

use std::path::{Path, PathBuf};
use trust_garden::t;

use crate::cli::error::{CliError, CliResult};
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
            let path = self.path.display().to_string();
            eprintln!(
                "{}",
                t!("cli-note", path = path, notice = notice.to_string())
            );
        }
        Ok(journal)
    }

    pub fn must_exist(&self) -> CliResult<()> {
        if self.path.exists() {
            return Ok(());
        }
        Err(CliError(t!(
            "cli-no-save",
            path = self.path.display().to_string()
        )))
    }

    /// Refuses to touch an existing file: `init` and `demo` only ever create.
    pub fn must_not_exist(&self) -> CliResult<()> {
        if self.path.exists() {
            return Err(CliError(t!(
                "cli-save-exists",
                path = self.path.display().to_string()
            )));
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
        let passphrase = self
            .keys
            .passphrase()
            .ok_or_else(|| CliError(t!("cli-encrypt-needs-passphrase")))?;
        self.must_not_exist()?;
        self.create_folder()?;
        Journal::create_sealed(&self.path, &events, Some(passphrase)).map_err(journal_error)
    }

    fn create_folder(&self) -> CliResult<()> {
        if let Some(folder) = self.path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder)
                .map_err(|e| CliError::cannot_create_folder(folder, &e))?;
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
