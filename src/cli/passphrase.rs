//! Where a script's passphrase comes from: a file, or the environment;
//! never an argument, which every user of the machine can read in the
//! process list.

use std::path::Path;
use trust_garden::t;

use zeroize::Zeroizing;

use crate::cli::error::{CliError, CliResult};
use trust_garden::journal::Keys;

pub const PASSPHRASE_VARIABLE: &str = "TRUST_GARDEN_PASSPHRASE";

/// The keys for this run: the passphrase from `--passphrase-file`, else
/// from the environment, else none.
pub fn keys(file: Option<&Path>) -> CliResult<Keys> {
    let passphrase = match file {
        Some(file) => Some(from_file(file)?),
        None => std::env::var_os(PASSPHRASE_VARIABLE)
            .map(|value| {
                value.into_string().map(Zeroizing::new).map_err(|_| {
                    CliError(t!(
                        "cli-passphrase-not-utf8",
                        variable = PASSPHRASE_VARIABLE
                    ))
                })
            })
            .transpose()?,
    };
    match passphrase {
        Some(p) if p.is_empty() => Err(CliError(t!(
            "cli-passphrase-empty",
            source = file.map_or(PASSPHRASE_VARIABLE.to_owned(), |f| f.display().to_string())
        ))),
        Some(p) => Ok(Keys::with_passphrase(p)),
        None => Ok(Keys::none()),
    }
}

/// The file's first line, without its line end (editors add one).
fn from_file(file: &Path) -> CliResult<Zeroizing<String>> {
    let bytes = Zeroizing::new(std::fs::read(file).map_err(|e| {
        CliError(t!(
            "cli-passphrase-file-unreadable",
            path = file.display().to_string(),
            error = e.to_string()
        ))
    })?);
    let text = std::str::from_utf8(&bytes).map_err(|_| {
        CliError(t!(
            "cli-passphrase-file-not-text",
            path = file.display().to_string()
        ))
    })?;
    let line = text.split('\n').next().unwrap_or_default();
    Ok(Zeroizing::new(
        line.strip_suffix('\r').unwrap_or(line).to_owned(),
    ))
}
