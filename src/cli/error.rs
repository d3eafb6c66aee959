//! The one error type of the command line: a sentence for the user, printed as
//! `error: …` on stderr, and the exit code that goes with it.

use std::fmt;
use std::path::Path;

/// Exit codes: 0 fine; 1 the command ran and found problems (verify, merge
/// conflicts, levels check); 2 the command could not run (bad input, missing
/// save, I/O). clap's own usage errors also exit 2.
pub const EXIT_PROBLEMS: i32 = 1;
pub const EXIT_ERROR: i32 = 2;

#[derive(Debug, PartialEq, Eq)]
pub struct CliError(pub String);

pub type CliResult<T> = Result<T, CliError>;

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl CliError {
    /// An I/O failure on a file, naming it.
    pub fn io(action: &str, path: &Path, err: &std::io::Error) -> Self {
        CliError(format!("cannot {action} {}: {err}", path.display()))
    }
}

/// Builds a `CliError` from a format string: `fail!("mood {mood} is not 1-5")`.
macro_rules! fail {
    ($($arg:tt)*) => {
        $crate::cli::error::CliError(format!($($arg)*))
    };
}
pub(crate) use fail;
