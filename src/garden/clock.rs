//! The couple's day: actions are bucketed into days in the couple's IANA time
//! zone, starting at their chosen hour, so midnight and DST never split a day.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CoupleClock {
    pub zone: Tz,
    /// Local time at which a new day begins (e.g. 04:00, so a late-night talk
    /// still counts for the evening it belongs to).
    pub day_start: NaiveTime,
}

impl Default for CoupleClock {
    fn default() -> Self {
        CoupleClock {
            zone: Tz::UTC,
            day_start: NaiveTime::MIN,
        }
    }
}

impl CoupleClock {
    /// Parses an IANA zone name; the error names the zone.
    pub fn new(zone: &str, day_start: NaiveTime) -> Result<Self, String> {
        let zone: Tz = zone.parse().map_err(|_| {
            format!("unknown time zone {zone:?} (expected an IANA name such as Europe/Berlin)")
        })?;
        Ok(CoupleClock { zone, day_start })
    }

    /// The couple's day that an instant belongs to.
    pub fn day_of<T: TimeZone>(&self, at: &DateTime<T>) -> NaiveDate {
        let local = at.with_timezone(&self.zone).naive_local();
        (local - self.day_start_offset()).date()
    }

    /// The first instant of a couple's day (the day start in local time; when
    /// DST skips that hour, the first valid instant after it).
    pub fn start_of(&self, day: NaiveDate) -> DateTime<Utc> {
        let naive = day.and_time(NaiveTime::MIN) + self.day_start_offset();
        let mut probe = naive;
        // A DST gap is at most a few hours; step forward until the time exists.
        for _ in 0..(4 * 60) {
            if let Some(t) = self.zone.from_local_datetime(&probe).earliest() {
                return t.with_timezone(&Utc);
            }
            probe += Duration::minutes(1);
        }
        Utc.from_utc_datetime(&naive)
    }

    fn day_start_offset(&self) -> Duration {
        self.day_start - NaiveTime::MIN
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn late_night_counts_for_the_evening_before() {
        let clock =
            CoupleClock::new("Europe/Berlin", NaiveTime::from_hms_opt(4, 0, 0).unwrap()).unwrap();
        let at = DateTime::parse_from_rfc3339("2026-03-10T02:30:00+01:00").unwrap();
        assert_eq!(
            clock.day_of(&at),
            NaiveDate::from_ymd_opt(2026, 3, 9).unwrap()
        );
        let at = DateTime::parse_from_rfc3339("2026-03-10T04:30:00+01:00").unwrap();
        assert_eq!(
            clock.day_of(&at),
            NaiveDate::from_ymd_opt(2026, 3, 10).unwrap()
        );
    }

    #[test]
    fn day_start_inside_a_dst_gap_moves_to_the_first_valid_instant() {
        // Europe/Berlin skips 02:00-03:00 on 2026-03-29.
        let clock =
            CoupleClock::new("Europe/Berlin", NaiveTime::from_hms_opt(2, 30, 0).unwrap()).unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 3, 29).unwrap();
        let start = clock.start_of(day);
        assert_eq!(clock.day_of(&start), day);
        assert_eq!(start.to_rfc3339(), "2026-03-29T01:00:00+00:00");
    }

    #[test]
    fn unknown_zone_is_named_in_the_error() {
        let err = CoupleClock::new("Mars/Olympus", NaiveTime::MIN).unwrap_err();
        assert!(err.contains("Mars/Olympus"), "{err}");
    }
}
