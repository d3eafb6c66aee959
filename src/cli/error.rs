//! The one error type of the command line: a sentence for the user, printed as
//! `error: …` on stderr, and the exit code that goes with it.

use std::fmt;
use std::path::Path;
use trust_garden::t;

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
    /// A folder that could not be made, naming it.
    pub fn cannot_create_folder(path: &Path, err: &std::io::Error) -> Self {
        CliError(t!(
            "cli-cannot-create-folder",
            path = path.display().to_string(),
            error = err.to_string()
        ))
    }
}

/// Builds a `CliError` from a format string: `fail!("mood {mood} is not 1-5")`.
macro_rules! fail {
    ($($arg:tt)*) => {
        $crate::cli::error::CliError(format!($($arg)*))
    };
}
pub(crate) use fail;
