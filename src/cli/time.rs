//! Times and dates typed on the command line. A time without an offset is read
//! in the couple's zone, so "21:30" means 21:30 at home, whatever the machine says.

use std::path::Path;
use trust_garden::t;

use chrono::{DateTime, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use chrono_tz::Tz;
use trust_garden::garden::CoupleClock;

use crate::cli::error::{CliError, CliResult};

const LOCAL_FORMATS: [&str; 4] = [
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%dT%H:%M:%S",
];

/// Parses `--at`: RFC 3339 keeps its own offset; `YYYY-MM-DD HH:MM` is local
/// time in `zone`. A local time that DST skips is an error; one that happens
/// twice (the hour repeated in autumn) is the first of the two.
pub fn parse_at(text: &str, zone: Tz) -> CliResult<DateTime<FixedOffset>> {
    let text = text.trim();
    if let Ok(at) = DateTime::parse_from_rfc3339(text) {
        return Ok(at);
    }
    let naive = LOCAL_FORMATS
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(text, format).ok())
        .ok_or_else(|| {
            CliError(t!(
                "cli-not-a-time",
                typed = format!("{text:?}"),
                zone = zone.name()
            ))
        })?;
    match zone.from_local_datetime(&naive) {
        LocalResult::Single(at) | LocalResult::Ambiguous(at, _) => Ok(at.fixed_offset()),
        LocalResult::None => Err(CliError(t!(
            "cli-skipped-time",
            typed = format!("{text:?}"),
            zone = zone.name()
        ))),
    }
}

/// Parses `--at` on the couple's clock: a local time is read in the zone
/// the couple had at that moment, so after a move a late entry from the
/// days before it is typed as the clocks showed it then.
pub fn parse_at_on(text: &str, clock: &CoupleClock) -> CliResult<DateTime<FixedOffset>> {
    let now = parse_at(text, clock.zone)?;
    let (then, _) = clock.at(&now);
    if then == clock.zone || DateTime::parse_from_rfc3339(text.trim()).is_ok() {
        return Ok(now);
    }
    // Read in the zone of the time before the move; kept when that moment
    // is indeed before it.
    match parse_at(text, then) {
        Ok(earlier) if clock.at(&earlier).0 == then => Ok(earlier),
        _ => Ok(now),
    }
}

pub fn parse_date(text: &str, flag: &str) -> CliResult<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| {
        CliError(t!(
            "cli-not-a-date",
            flag = flag,
            typed = format!("{text:?}")
        ))
    })
}

pub fn parse_day_start(text: &str) -> CliResult<NaiveTime> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M")
        .map_err(|_| CliError(t!("cli-not-a-time-of-day", typed = format!("{text:?}"))))
}

/// The zone a new garden gets without `--tz`: the `TZ` variable when it names
/// an IANA zone, else the zone `/etc/localtime` links to, else UTC. Deliberately
/// simple: on systems where neither is set, pass `--tz`.
pub fn system_zone() -> String {
    let from_env = std::env::var("TZ")
        .ok()
        .map(|tz| tz.trim_start_matches(':').to_owned())
        .filter(|tz| tz.parse::<Tz>().is_ok());
    from_env
        .or_else(|| zone_from_localtime_link(Path::new("/etc/localtime")))
        .unwrap_or_else(|| "UTC".to_owned())
}

fn zone_from_localtime_link(link: &Path) -> Option<String> {
    let target = std::fs::read_link(link).ok()?;
    let target = target.to_string_lossy();
    let (_, name) = target.split_once("zoneinfo/")?;
    name.parse::<Tz>().ok().map(|_| name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_times_are_read_in_the_couples_zone() {
        let at = parse_at("2026-07-01 21:30", chrono_tz::Europe::Berlin).unwrap();
        assert_eq!(at.to_rfc3339(), "2026-07-01T21:30:00+02:00");
        let at = parse_at("2026-01-01 21:30", chrono_tz::Europe::Berlin).unwrap();
        assert_eq!(at.to_rfc3339(), "2026-01-01T21:30:00+01:00");
    }

    #[test]
    fn rfc3339_keeps_its_offset() {
        let at = parse_at("2026-07-01T21:30:00-05:00", chrono_tz::Europe::Berlin).unwrap();
        assert_eq!(at.offset().local_minus_utc(), -5 * 3600);
    }

    #[test]
    fn a_skipped_local_time_is_an_error_and_a_repeated_one_is_the_first() {
        let err = parse_at("2026-03-29 02:30", chrono_tz::Europe::Berlin).unwrap_err();
        assert!(err.0.contains("daylight saving"), "{err}");
        let at = parse_at("2026-10-25 02:30", chrono_tz::Europe::Berlin).unwrap();
        assert_eq!(at.to_rfc3339(), "2026-10-25T02:30:00+02:00");
    }

    #[test]
    fn garbage_is_named_in_the_error() {
        let err = parse_at("yesterday", chrono_tz::UTC).unwrap_err();
        assert!(err.0.contains("\"yesterday\""), "{err}");
        assert!(parse_date("2026-02-30", "--due").is_err());
        assert!(parse_day_start("25:00").is_err());
        assert_eq!(
            parse_day_start("04:30").unwrap(),
            NaiveTime::from_hms_opt(4, 30, 0).unwrap()
        );
    }

    #[test]
    fn the_system_zone_is_always_a_valid_zone() {
        assert!(system_zone().parse::<Tz>().is_ok());
    }
}
