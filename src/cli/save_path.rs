//! Where the save lives: `--save`, else `TRUST_GARDEN_SAVE` (both handled by
//! clap), else `garden.ron` in the platform data directory.

use std::path::PathBuf;
use trust_garden::t;

use crate::cli::error::{CliError, CliResult};
use trust_garden::journal::SAVE_FILE_NAME;

pub fn resolve(explicit: Option<PathBuf>) -> CliResult<PathBuf> {
    if let Some(path) = explicit {
        if path.as_os_str().is_empty() {
            return Err(CliError(t!("cli-save-path-empty")));
        }
        return Ok(path);
    }
    let dirs = directories::ProjectDirs::from("", "", "trust-garden")
        .ok_or_else(|| CliError(t!("cli-no-home")))?;
    Ok(dirs.data_dir().join(SAVE_FILE_NAME))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_explicit_path_wins() {
        let path = PathBuf::from("/tmp/x/garden.ron");
        assert_eq!(resolve(Some(path.clone())).unwrap(), path);
    }

    #[test]
    fn an_empty_path_is_refused() {
        assert!(resolve(Some(PathBuf::new())).is_err());
    }

    #[test]
    fn the_default_is_garden_ron_in_a_trust_garden_folder() {
        // Without a home directory there is no default; that is an error, not a panic.
        if let Ok(path) = resolve(None) {
            assert!(path.ends_with(SAVE_FILE_NAME));
            assert!(path.to_string_lossy().contains("trust-garden"));
        }
    }
}
