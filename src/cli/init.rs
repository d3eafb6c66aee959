//! `init`: a new, empty garden for two partners.

use chrono::{NaiveTime, Utc};
use trust_garden::t;

use crate::cli::args::InitArgs;
use crate::cli::couple::{check_names, hurt_named};
use crate::cli::error::{CliError, CliResult, fail};
use crate::cli::out;
use crate::cli::save::{Save, journal_error};
use crate::cli::time::{parse_day_start, system_zone};
use trust_garden::actions::{Command, decide};
use trust_garden::garden::Ledger;
use trust_garden::journal::{Kind, Partner};

/// A new save holding its header and setup, written at once. A save that
/// holds no setup (an interrupted `init` of an older version, or a setup
/// line that was damaged) gets one appended, and nothing else changes.
pub fn init(save: &Save, args: &InitArgs) -> CliResult<()> {
    if args.encrypt && save.keys.passphrase().is_none() {
        return Err(CliError(t!("cli-encrypt-needs-passphrase")));
    }
    let mut existing = match save.path().exists() {
        true => Some(save.open()?),
        false => None,
    };
    let ledger = match &existing {
        Some(journal) => Ledger::from_events(journal.events().iter().cloned()),
        None => Ledger::default(),
    };
    if ledger.couple().is_set_up() {
        save.must_not_exist()?;
    }
    let names = check_names(&args.partners)?;
    let zone = args.tz.clone().unwrap_or_else(system_zone);
    let day_start: NaiveTime = parse_day_start(&args.day_starts)?;
    let hurt = hurt_named([&names.0, &names.1], &args.hurt)?;
    let command = Command::Setup {
        names: names.clone(),
        zone: zone.clone(),
        day_start,
        hurt,
    };
    let setup =
        decide(&command, &ledger, Partner::A, Utc::now()).map_err(|why| fail!("--tz: {why}"))?;
    // The zone as written: its IANA name, however it was typed.
    let zone = match &setup.kind {
        Kind::Setup { zone, .. } => zone.clone(),
        _ => zone,
    };
    match existing.as_mut() {
        Some(journal) => journal.append(setup).map_err(journal_error)?,
        None if args.encrypt => drop(save.create_encrypted(vec![setup])?),
        None => drop(save.create_with(vec![setup])?),
    }
    out::println(&t!(
        "cli-init-done",
        first = &names.0,
        second = &names.1,
        zone = &zone,
        day_start = day_start.format("%H:%M").to_string(),
        path = save.path().display().to_string()
    ))
}
