//! Days in the couple's zone: daily actions across DST changes keep the streak.

use chrono::{Days, NaiveTime, TimeZone};
use chrono_tz::Tz;
use trust_garden::garden::replay;
use trust_garden::journal::Kind;

use super::*;

/// Logs a check-in every day at `local` for `days` days from `start`, in
/// `zone` with the couple's day starting at `day_start`; returns the streak.
fn daily_streak(zone: &str, day_start: (u32, u32), local: (u32, u32), start: NaiveDate) -> u32 {
    let tz: Tz = zone.parse().unwrap();
    let mut log = Log::new();
    let day_start = NaiveTime::from_hms_opt(day_start.0, day_start.1, 0).unwrap();
    log.at(
        A,
        tz.from_local_datetime(&start.and_time(day_start))
            .earliest()
            .unwrap()
            .fixed_offset(),
        Kind::Setup {
            partners: ("Ana".into(), "Ben".into()),
            zone: zone.into(),
            day_start,
            hurt: trust_garden::journal::Hurt::NotSaid,
            from_now_on: false,
        },
    );
    let days = 60;
    let mut last = None;
    for n in 0..days {
        let day = start + Days::new(n);
        let time = NaiveTime::from_hms_opt(local.0, local.1, 0).unwrap();
        // The late-night entry belongs to the couple's day before when it is
        // before their day start.
        let date = if time < day_start {
            day + Days::new(1)
        } else {
            day
        };
        // A time inside a DST gap is read by the phone an hour later.
        let local = date.and_time(time);
        let when = tz
            .from_local_datetime(&local)
            .earliest()
            .or_else(|| {
                tz.from_local_datetime(&(local + chrono::Duration::hours(1)))
                    .earliest()
            })
            .unwrap();
        log.at(
            if n % 2 == 0 { A } else { B },
            when.fixed_offset(),
            check_in(),
        );
        last = Some(when.with_timezone(&Utc));
    }
    let garden = replay(&log.events, last.unwrap());
    assert_eq!(garden.first_day, Some(start), "{zone}");
    assert_eq!(garden.today, start + Days::new(days - 1), "{zone}");
    garden.streak.days
}

#[test]
fn daily_actions_across_dst_keep_the_streak_in_three_zones() {
    let spring = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    let autumn = NaiveDate::from_ymd_opt(2026, 9, 15).unwrap();
    for (zone, start) in [
        ("Europe/Berlin", spring),
        ("Europe/Berlin", autumn),
        ("America/New_York", spring),
        ("America/New_York", autumn),
        ("Australia/Sydney", spring),
        ("Australia/Sydney", autumn),
    ] {
        // Midnight day start, entries just after midnight and late at night.
        assert_eq!(
            daily_streak(zone, (0, 0), (0, 30), start),
            60,
            "{zone} 00:30"
        );
        assert_eq!(
            daily_streak(zone, (0, 0), (23, 30), start),
            60,
            "{zone} 23:30"
        );
        // A 04:00 day start with entries at 02:30, inside the DST gap or
        // overlap hours on the change nights.
        assert_eq!(
            daily_streak(zone, (4, 0), (2, 30), start),
            60,
            "{zone} 02:30"
        );
        assert_eq!(
            daily_streak(zone, (3, 0), (3, 30), start),
            60,
            "{zone} 03:30"
        );
    }
}
