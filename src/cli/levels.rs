//! Chapter files: which ones a command uses (`--levels DIR` or the built-in
//! ones) and `levels check DIR`.

use std::path::Path;
use trust_garden::t;

use crate::cli::error::{CliError, CliResult, EXIT_PROBLEMS, fail};
use crate::cli::out;
use trust_garden::garden::chapters::{Chapter, check_dir, load_dir, try_embedded};

/// The chapters to replay against. A bad `--levels` folder is an error naming
/// the file, line and field; nothing is guessed.
pub fn chapters(levels: Option<&Path>) -> CliResult<Vec<Chapter>> {
    match levels {
        Some(dir) => load_dir(dir).map_err(|e| fail!("--levels {}: {e}", dir.display())),
        None => try_embedded().map_err(|errors| {
            let first = errors.first().map(ToString::to_string).unwrap_or_default();
            CliError(t!("cli-levels-broken-built-in", problem = first))
        }),
    }
}

/// Prints each problem on its own line; exit 1 when there are any.
pub fn check(dir: &Path) -> CliResult<i32> {
    if !dir.is_dir() {
        return Err(CliError(t!(
            "cli-not-a-folder",
            path = dir.display().to_string()
        )));
    }
    let problems = check_dir(dir);
    if problems.is_empty() {
        let count = load_dir(dir)
            .map_err(|e| fail!("{}: {e}", dir.display()))?
            .len();
        out::println(&t!(
            "cli-levels-ok",
            count = count,
            path = dir.display().to_string()
        ))?;
        return Ok(0);
    }
    let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
    out::println(&listed.join("\n"))?;
    Ok(EXIT_PROBLEMS)
}
