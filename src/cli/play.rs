//! `play` (and no command at all): open the garden app. Builds without the
//! `app` feature say so instead of failing obscurely.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::cli::args::PlayArgs;
use crate::cli::error::CliResult;
use crate::cli::save::Save;
use trust_garden::i18n::Lang;

#[cfg(feature = "app")]
pub fn play(
    save: Save,
    levels: Option<PathBuf>,
    lang: Option<Lang>,
    args: &PlayArgs,
) -> CliResult<ExitCode> {
    use crate::cli::time::parse_at;
    use chrono::Utc;
    use trust_garden::garden::Ledger;
    use trust_garden::journal::Journal;

    // A local `--at` is read in the couple's zone when there is a save to ask.
    let at = match args.at.as_deref() {
        None => None,
        Some(text) => {
            let zone = Journal::open_with(&save.path, &save.keys)
                .ok()
                .map(|j| Ledger::from_events(j.into_events()).couple().clock.zone)
                .unwrap_or(chrono_tz::UTC);
            Some(parse_at(text, zone)?.with_timezone(&Utc))
        }
    };
    Ok(trust_garden::app::run(trust_garden::app::AppOptions {
        save: save.path,
        keys: save.keys,
        keychain: trust_garden::app::keychain::Keychain::platform(),
        screenshot: args.screenshot.clone(),
        screen: args.screen.map(|s| s.name().to_owned()),
        at,
        phone: args.phone,
        levels,
        device_dir: None,
        // Only a language given on the command line: the app itself weighs
        // the device's choice and the system's.
        lang,
    }))
}

#[cfg(not(feature = "app"))]
pub fn play(
    _save: Save,
    _levels: Option<PathBuf>,
    _lang: Option<Lang>,
    _args: &PlayArgs,
) -> CliResult<ExitCode> {
    Err(crate::cli::error::CliError(trust_garden::t!("cli-no-app")))
}
