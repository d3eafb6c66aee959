//! Writing to stdout without panicking when the reader goes away
//! (`trust-garden history | head` must not print a backtrace).

use std::io::{ErrorKind, Write};
use trust_garden::t;

use crate::cli::error::{CliError, CliResult};

/// Writes `text` to stdout. A closed pipe is not an error: the reader has
/// seen all it wanted.
pub fn print(text: &str) -> CliResult<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(CliError(t!(
            "cli-cannot-write-stdout",
            error = e.to_string()
        ))),
    }
}

pub fn println(line: &str) -> CliResult<()> {
    print(&format!("{line}\n"))
}
