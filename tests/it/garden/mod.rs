//! Integration tests: the garden rules, each shown by comparing replays.

mod props;
mod scenarios;
mod time;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone, Utc};
use trust_garden::garden::{Garden, Species};
use trust_garden::journal::{Event, EventId, Kind, Partner};
use uuid::Uuid;

pub use Partner::{A, B};

/// Day 0 is Monday 2026-01-05, in UTC (no setup event: the default clock).
pub fn day0() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()
}

pub fn at(day: i64, hour: i64) -> DateTime<FixedOffset> {
    let start = Utc.from_utc_datetime(&day0().and_hms_opt(0, 0, 0).unwrap());
    (start + Duration::days(day) + Duration::hours(hour)).fixed_offset()
}

/// The last instant of a day of the default clock.
pub fn end_of(day: i64) -> DateTime<Utc> {
    at(day + 1, 0).with_timezone(&Utc) - Duration::nanoseconds(1)
}

#[derive(Clone, Default)]
pub struct Log {
    pub events: Vec<Event>,
    next: u128,
}

impl Log {
    pub fn new() -> Log {
        Log::default()
    }

    pub fn at(&mut self, by: Partner, at: DateTime<FixedOffset>, kind: Kind) -> EventId {
        self.next += 1;
        let id = EventId(Uuid::from_u128(self.next));
        self.events.push(Event {
            id,
            by,
            at,
            kind,
            note: None,
        });
        id
    }

    pub fn add(&mut self, by: Partner, day: i64, hour: i64, kind: Kind) -> EventId {
        self.at(by, at(day, hour), kind)
    }

    pub fn ack(&mut self, by: Partner, day: i64, hour: i64, event: EventId) -> EventId {
        self.add(by, day, hour, Kind::Acknowledge { event })
    }

    pub fn garden(&self, day: i64) -> Garden {
        trust_garden::garden::replay(&self.events, end_of(day))
    }
}

pub fn check_in() -> Kind {
    Kind::CheckIn {
        mood: 4,
        calm: true,
    }
}

pub fn strength(g: &Garden, s: Species) -> f32 {
    g.plants[&s].strength
}
