//! `init`: a new, empty garden for two partners.

use chrono::Utc;

use crate::cli::args::InitArgs;
use crate::cli::couple::{check_names, setup_kind};
use crate::cli::error::CliResult;
use crate::cli::out;
use crate::cli::save::Save;
use crate::cli::time::{parse_day_start, system_zone};
use trust_garden::garden::CoupleClock;
use trust_garden::journal::{Event, Partner};

pub fn init(save: &Save, args: &InitArgs) -> CliResult<()> {
    save.must_not_exist()?;
    let names = check_names(&args.partners)?;
    let zone = args.tz.clone().unwrap_or_else(system_zone);
    let day_start = parse_day_start(&args.day_starts)?;
    let kind = setup_kind(names.clone(), &zone, day_start)?;
    let clock = CoupleClock::new(&zone, day_start).map_err(crate::cli::error::CliError)?;
    let at = Utc::now().with_timezone(&clock.zone).fixed_offset();
    let setup = Event::new(Partner::A, at, kind, None);
    save.create_with(vec![setup])?;
    out::println(&format!(
        "A new garden for {} and {} ({zone}, days start at {}).\nSaved in {}",
        names.0,
        names.1,
        day_start.format("%H:%M"),
        save.path().display()
    ))
}
