//! When an entry says it happened, and the rules for it: never in the
//! future, never before the garden began, and at most a week late, so a
//! history cannot be filled in after the fact ("rebuilding it takes time").

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, Timelike, Utc};

use super::Refusal;
use crate::garden::Ledger;
use crate::garden::clock::CoupleClock;

/// How late an entry may be logged.
pub const LATEST_DAYS: i64 = 7;

/// Clock differences between two phones that are not an entry in the future.
pub const CLOCK_SKEW_MINUTES: i64 = 5;

/// When the action happened, as a front end asks for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    Now,
    /// An exact moment (the command line's `--at`).
    At(DateTime<FixedOffset>),
    /// A few hours ago, but never before today began.
    HoursAgo(u32),
    /// Some time inside that couple day: the time of day it is now, when
    /// that has already passed on that day, else the middle of the day.
    Day(NaiveDate),
}

impl When {
    /// The moment meant, with the offset the couple's zone has then, to the
    /// second (the log records when things happened, not to the nanosecond).
    pub fn resolve(self, clock: &CoupleClock, now: DateTime<Utc>) -> DateTime<FixedOffset> {
        let local = |t: DateTime<Utc>| {
            let t = t.with_nanosecond(0).unwrap_or(t);
            whole_minutes(t.with_timezone(&clock.zone).fixed_offset())
        };
        match self {
            When::Now => local(now),
            When::At(at) => whole_minutes(at),
            When::HoursAgo(hours) => {
                let today_began = clock.start_of(clock.day_of(&now));
                local((now - Duration::hours(i64::from(hours))).max(today_began))
            }
            When::Day(day) => {
                let start = clock.start_of(day);
                let next = clock.start_of(day + Duration::days(1));
                let same_time = start + (now - clock.start_of(clock.day_of(&now)));
                let at = if same_time >= start && same_time < next && same_time <= now {
                    same_time
                } else if now >= start && now < next {
                    now
                } else {
                    start + Duration::hours(12)
                };
                local(at)
            }
        }
    }
}

/// The same moment with its UTC offset in whole minutes, as the save keeps
/// offsets (a zone's local mean time before 1972 can have seconds).
fn whole_minutes(at: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
    let seconds = at.offset().local_minus_utc();
    FixedOffset::east_opt(seconds - seconds % 60).map_or(at, |offset| at.with_timezone(&offset))
}

/// `at` without its fraction of a second.
pub fn to_the_second(at: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
    at.with_nanosecond(0).unwrap_or(at)
}

/// Checks when an entry says it happened against now and the garden's start.
pub fn check_when(
    at: DateTime<FixedOffset>,
    ledger: &Ledger,
    now: DateTime<Utc>,
) -> Result<(), Refusal> {
    // Refusals name times as the couple's clocks show them.
    let zone = ledger.couple().clock.zone;
    let local = |t: DateTime<FixedOffset>| t.with_timezone(&zone).fixed_offset();
    if at > now + Duration::minutes(CLOCK_SKEW_MINUTES) {
        return Err(Refusal::InTheFuture { at: local(at) });
    }
    // Moments are to the second: an entry in the very second the garden
    // began is not before it.
    if let Some(began) = ledger.couple().began
        && at < to_the_second(began)
    {
        return Err(Refusal::BeforeTheGardenBegan {
            at: local(at),
            began: local(began),
        });
    }
    if at < now - Duration::days(LATEST_DAYS) {
        return Err(Refusal::TooLate {
            at: local(at),
            days: LATEST_DAYS,
        });
    }
    Ok(())
}
