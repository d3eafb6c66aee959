//! The couple's day: actions are bucketed into days in the couple's IANA time
//! zone, starting at their chosen hour, so midnight and DST never split a day.
//!
//! A couple can change their zone or day start later (a move from Berlin to
//! New York, a day that starts at 04:00 instead of midnight). The change
//! holds from its moment on; the days before it stay as they were. So the
//! clock is a sequence of eras, each with its own zone and day start, and
//! a moment's day is the day its era's clock gives it, never earlier than
//! the day the era began on:
//!
//! - moving west (Berlin to New York at 20:00 Berlin time, 14:00 there) or
//!   starting the day later (00:00 to 04:00 at 02:00): the day in progress
//!   goes on until the new clock's next day starts; it is a longer day,
//!   counted once;
//! - moving east (New York to Berlin at 22:00, 04:00 in Berlin): the day in
//!   progress ends at the move and the new zone's day begins; a shorter day;
//! - crossing the date line can jump past a whole date: no moment belongs to
//!   it, and the rules treat it as a paused day (see `skips`), so neither a
//!   streak nor the plants suffer for a date the couple never lived.
//!
//! Days never go backwards, no moment belongs to two days, and every moment
//! belongs to one; replay is by moment, so two devices that merge the same
//! changes bucket every day alike.

use std::sync::Arc;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoupleClock {
    /// The zone now (the latest era's).
    pub zone: Tz,
    /// Local time at which a new day begins now (e.g. 04:00, so a late-night
    /// talk still counts for the evening it belongs to).
    pub day_start: NaiveTime,
    /// The eras after the first, oldest first; empty for a couple who never
    /// changed their clock (and then every day is exactly as before).
    changes: Arc<[Era]>,
    /// The first era's zone and day start.
    first: (Tz, NaiveTime),
}

/// A zone and day start in force from a moment on.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Era {
    from: DateTime<Utc>,
    zone: Tz,
    day_start: NaiveTime,
    /// The day in progress when the era began: no moment of it has an
    /// earlier day.
    floor: NaiveDate,
}

impl Default for CoupleClock {
    fn default() -> Self {
        CoupleClock::fixed(Tz::UTC, NaiveTime::MIN)
    }
}

/// One zone's days, starting at `day_start` local time.
fn day_in(zone: Tz, day_start: NaiveTime, at: DateTime<Utc>) -> NaiveDate {
    let local = at.with_timezone(&zone).naive_local();
    (local - (day_start - NaiveTime::MIN)).date()
}

/// The first instant of `day` in one zone's days (the day start in local
/// time; when DST skips that hour, the first valid instant after it).
fn start_in(zone: Tz, day_start: NaiveTime, day: NaiveDate) -> DateTime<Utc> {
    let naive = day.and_time(NaiveTime::MIN) + (day_start - NaiveTime::MIN);
    let mut probe = naive;
    // A DST gap is at most a few hours; step forward until the time exists.
    for _ in 0..(4 * 60) {
        if let Some(t) = zone.from_local_datetime(&probe).earliest() {
            return t.with_timezone(&Utc);
        }
        probe += Duration::minutes(1);
    }
    Utc.from_utc_datetime(&naive)
}

impl CoupleClock {
    /// Parses an IANA zone name; the error names the zone.
    pub fn new(zone: &str, day_start: NaiveTime) -> Result<Self, String> {
        let zone: Tz = zone.parse().map_err(|_| {
            format!("unknown time zone {zone:?} (expected an IANA name such as Europe/Berlin)")
        })?;
        Ok(CoupleClock::fixed(zone, day_start))
    }

    /// One zone and day start for all time.
    fn fixed(zone: Tz, day_start: NaiveTime) -> Self {
        CoupleClock {
            zone,
            day_start,
            changes: Arc::from(Vec::new()),
            first: (zone, day_start),
        }
    }

    /// This clock until `from`, then `zone` and `day_start` (a change
    /// logged at that moment). A change at or before a later one's moment
    /// replaces it: changes are applied in replay order.
    pub fn changed(&self, from: DateTime<Utc>, zone: Tz, day_start: NaiveTime) -> CoupleClock {
        let mut eras: Vec<Era> = self
            .changes
            .iter()
            .filter(|era| era.from < from)
            .cloned()
            .collect();
        let before = CoupleClock::with_eras(self.first, eras.clone());
        eras.push(Era {
            from,
            zone,
            day_start,
            floor: before.day_of(&from),
        });
        CoupleClock::with_eras(self.first, eras)
    }

    fn with_eras(first: (Tz, NaiveTime), eras: Vec<Era>) -> CoupleClock {
        let (zone, day_start) = eras.last().map_or(first, |era| (era.zone, era.day_start));
        CoupleClock {
            zone,
            day_start,
            changes: Arc::from(eras),
            first,
        }
    }

    /// Whether the zone or day start was ever changed.
    pub fn has_changed(&self) -> bool {
        !self.changes.is_empty()
    }

    /// The zone and day start in force at `at`.
    pub fn at<T: TimeZone>(&self, at: &DateTime<T>) -> (Tz, NaiveTime) {
        let at = at.with_timezone(&Utc);
        self.changes
            .iter()
            .rev()
            .find(|era| era.from <= at)
            .map_or(self.first, |era| (era.zone, era.day_start))
    }

    /// The couple's day that an instant belongs to.
    pub fn day_of<T: TimeZone>(&self, at: &DateTime<T>) -> NaiveDate {
        let at = at.with_timezone(&Utc);
        match self.changes.iter().rev().find(|era| era.from <= at) {
            Some(era) => day_in(era.zone, era.day_start, at).max(era.floor),
            None => day_in(self.first.0, self.first.1, at),
        }
    }

    /// The first instant of a couple's day (the day start in local time; when
    /// DST skips that hour, the first valid instant after it). For a date
    /// the couple skipped (see `skips`), the start of the day after it.
    pub fn start_of(&self, day: NaiveDate) -> DateTime<Utc> {
        let (zone, day_start) = self.first;
        let mut start = start_in(zone, day_start, day);
        // The first moment whose day is `day` or later: in the first era
        // whose moments reach that far.
        for era in self.changes.iter() {
            if start < era.from {
                return start;
            }
            start = if era.floor >= day {
                era.from
            } else {
                start_in(era.zone, era.day_start, day).max(era.from)
            };
        }
        start
    }

    /// Whether no moment belongs to `day` although days before and after it
    /// were lived: a change across the date line jumped past it.
    pub fn skips(&self, day: NaiveDate) -> bool {
        self.changes.iter().any(|era| {
            let first = day_in(era.zone, era.day_start, era.from).max(era.floor);
            era.floor < day && day < first
        })
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

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&Utc)
    }

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn hour(h: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, 0, 0).unwrap()
    }

    #[test]
    fn moving_west_makes_the_day_of_the_move_longer_and_keeps_the_days_before() {
        let berlin = CoupleClock::new("Europe/Berlin", NaiveTime::MIN).unwrap();
        // 20:00 in Berlin is 14:00 in New York.
        let moved = utc("2026-05-15T20:00:00+02:00");
        let clock = berlin.changed(moved, Tz::America__New_York, NaiveTime::MIN);
        assert_eq!(clock.zone, Tz::America__New_York);
        assert!(clock.has_changed() && !berlin.has_changed());
        // Before the move, every moment keeps its Berlin day.
        for at in ["2026-05-14T23:30:00+02:00", "2026-05-15T00:30:00+02:00"] {
            assert_eq!(clock.day_of(&utc(at)), berlin.day_of(&utc(at)), "{at}");
        }
        assert_eq!(
            clock.start_of(day("2026-05-15")),
            berlin.start_of(day("2026-05-15"))
        );
        // The evening in New York is still the 15th; the 16th starts at
        // midnight there.
        assert_eq!(
            clock.day_of(&utc("2026-05-15T23:30:00-04:00")),
            day("2026-05-15")
        );
        assert_eq!(
            clock.day_of(&utc("2026-05-16T00:30:00-04:00")),
            day("2026-05-16")
        );
        assert_eq!(
            clock.start_of(day("2026-05-16")),
            utc("2026-05-16T00:00:00-04:00")
        );
        assert!(!clock.skips(day("2026-05-15")) && !clock.skips(day("2026-05-16")));
    }

    #[test]
    fn moving_east_ends_the_day_of_the_move_early() {
        let new_york = CoupleClock::new("America/New_York", NaiveTime::MIN).unwrap();
        // 22:00 in New York is 04:00 the next morning in Berlin.
        let moved = utc("2026-05-15T22:00:00-04:00");
        let clock = new_york.changed(moved, Tz::Europe__Berlin, NaiveTime::MIN);
        assert_eq!(
            clock.day_of(&utc("2026-05-15T21:59:00-04:00")),
            day("2026-05-15")
        );
        assert_eq!(clock.day_of(&moved), day("2026-05-16"));
        assert_eq!(clock.start_of(day("2026-05-16")), moved);
        assert_eq!(
            clock.start_of(day("2026-05-17")),
            utc("2026-05-17T00:00:00+02:00")
        );
        assert!(!clock.skips(day("2026-05-16")));
    }

    #[test]
    fn a_later_day_start_lengthens_the_day_in_progress() {
        let midnight = CoupleClock::new("Europe/Berlin", NaiveTime::MIN).unwrap();
        // Changed at 02:00 on the 16th: under the new rule that is still the
        // 15th, but the 16th has begun and days never go back.
        let changed = utc("2026-05-16T02:00:00+02:00");
        let clock = midnight.changed(changed, Tz::Europe__Berlin, hour(4));
        assert_eq!(
            clock.day_of(&utc("2026-05-15T23:00:00+02:00")),
            day("2026-05-15")
        );
        assert_eq!(
            clock.day_of(&utc("2026-05-16T03:00:00+02:00")),
            day("2026-05-16")
        );
        assert_eq!(
            clock.day_of(&utc("2026-05-17T03:59:00+02:00")),
            day("2026-05-16")
        );
        assert_eq!(
            clock.day_of(&utc("2026-05-17T04:00:00+02:00")),
            day("2026-05-17")
        );
        assert_eq!(
            clock.start_of(day("2026-05-16")),
            utc("2026-05-16T00:00:00+02:00")
        );
        assert_eq!(
            clock.start_of(day("2026-05-17")),
            utc("2026-05-17T04:00:00+02:00")
        );
    }

    #[test]
    fn crossing_the_date_line_eastwards_skips_a_date_nobody_lived() {
        let samoa = CoupleClock::new("Pacific/Pago_Pago", NaiveTime::MIN).unwrap();
        // 23:00 on the 15th in Pago Pago (UTC-11) is midnight on the 17th
        // in Kiritimati (UTC+14).
        let moved = utc("2026-05-15T23:00:00-11:00");
        let clock = samoa.changed(moved, Tz::Pacific__Kiritimati, NaiveTime::MIN);
        assert_eq!(
            clock.day_of(&utc("2026-05-15T22:59:00-11:00")),
            day("2026-05-15")
        );
        assert_eq!(clock.day_of(&moved), day("2026-05-17"));
        assert!(clock.skips(day("2026-05-16")));
        assert!(!clock.skips(day("2026-05-15")) && !clock.skips(day("2026-05-17")));
        assert_eq!(clock.start_of(day("2026-05-16")), moved);
    }

    #[test]
    fn crossing_the_date_line_westwards_never_goes_back_a_day() {
        let kiritimati = CoupleClock::new("Pacific/Kiritimati", NaiveTime::MIN).unwrap();
        let moved = utc("2026-05-17T01:00:00+14:00");
        let clock = kiritimati.changed(moved, Tz::Pacific__Pago_Pago, NaiveTime::MIN);
        // It is the 15th in Pago Pago, but the 17th had begun: it goes on
        // until the 18th begins there.
        assert_eq!(clock.day_of(&moved), day("2026-05-17"));
        assert_eq!(
            clock.day_of(&utc("2026-05-17T23:00:00-11:00")),
            day("2026-05-17")
        );
        assert_eq!(
            clock.day_of(&utc("2026-05-18T00:00:00-11:00")),
            day("2026-05-18")
        );
        assert!((10..20).all(|d| !clock.skips(day(&format!("2026-05-{d}")))));
    }

    #[test]
    fn days_never_go_back_across_two_changes() {
        let clock = CoupleClock::new("Europe/Berlin", NaiveTime::MIN)
            .unwrap()
            .changed(
                utc("2026-05-15T20:00:00+02:00"),
                Tz::America__New_York,
                NaiveTime::MIN,
            )
            .changed(utc("2026-06-01T10:00:00-04:00"), Tz::Asia__Tokyo, hour(4));
        assert_eq!(clock.zone, Tz::Asia__Tokyo);
        assert_eq!(clock.day_start, hour(4));
        let mut at = utc("2026-05-10T00:00:00Z");
        let mut last = clock.day_of(&at);
        while at < utc("2026-06-10T00:00:00Z") {
            at += Duration::minutes(30);
            let day = clock.day_of(&at);
            assert!(
                day == last || day == last + Duration::days(1),
                "{at}: {last} -> {day}"
            );
            if day != last {
                assert!(
                    clock.start_of(day) <= at && clock.start_of(day) > at - Duration::minutes(30)
                );
            }
            last = day;
        }
    }
}
