//! A deterministic, plausible log for benchmarks and tests: a couple in
//! Europe/Berlin logging 6 to 10 actions a day, with promises kept and broken,
//! acknowledgements, the odd retraction and amendment, missed days and a
//! yearly pause. Not the CLI's `demo` story; just realistic load.

use chrono::{DateTime, Days, FixedOffset, NaiveDate, NaiveTime, TimeZone};
use chrono_tz::Tz;
use uuid::Uuid;

use crate::journal::{Event, EventId, Kind, Partner, SupportKind};
use crate::noise::Noise;

struct Writer {
    noise: Noise,
    seed: u64,
    count: u64,
    events: Vec<Event>,
}

impl Writer {
    fn push(&mut self, by: Partner, at: DateTime<FixedOffset>, kind: Kind) -> EventId {
        self.count += 1;
        let id = EventId(Uuid::from_u128(
            (u128::from(self.seed) << 64) | u128::from(self.count),
        ));
        self.events.push(Event {
            id,
            by,
            at,
            kind,
            note: None,
        });
        id
    }
}

/// `days` days of a couple's log starting on `start`, the same for the same seed.
pub fn synthetic_log(start: NaiveDate, days: u32, seed: u64) -> Vec<Event> {
    let zone = Tz::Europe__Berlin;
    let mut w = Writer {
        noise: Noise(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1),
        seed,
        count: 0,
        events: Vec::with_capacity(days as usize * 9),
    };
    let at = |day: NaiveDate, minute: u64| -> DateTime<FixedOffset> {
        let local = day.and_time(NaiveTime::MIN) + chrono::Duration::minutes(minute as i64);
        zone.from_local_datetime(&local)
            .earliest()
            .unwrap_or_else(|| zone.from_utc_datetime(&local))
            .fixed_offset()
    };
    let setup = Kind::Setup {
        partners: ("Alex".into(), "Sam".into()),
        zone: "Europe/Berlin".into(),
        day_start: NaiveTime::from_hms_opt(4, 0, 0).unwrap_or(NaiveTime::MIN),
        hurt: crate::journal::Hurt::One(Partner::B),
        from_now_on: false,
    };
    w.push(Partner::A, at(start, 6 * 60), setup);
    let mut open_promises: Vec<(EventId, Partner)> = Vec::new();
    let mut recent: Vec<(EventId, Partner)> = Vec::new();

    for n in 0..days {
        let Some(day) = start.checked_add_days(Days::new(u64::from(n))) else {
            break;
        };
        if n % 365 == 200 {
            let to = day.checked_add_days(Days::new(6)).unwrap_or(day);
            w.push(Partner::B, at(day, 8 * 60), Kind::Pause { from: day, to });
        }
        if w.noise.chance(4) {
            continue; // a missed day
        }
        let actions = 6 + w.noise.below(5);
        recent.clear();
        for k in 0..actions {
            // Spread over 07:00 to 23:59, in order.
            let minute = 7 * 60 + (k * 17 * 60) / actions + w.noise.below(40);
            let when = at(day, minute);
            let by = w.noise.partner();
            let roll = w.noise.below(100);
            let kind = match roll {
                0..=29 => Kind::CheckIn {
                    mood: 1 + (w.noise.below(5) as u8),
                    calm: w.noise.chance(85),
                },
                30..=41 => Kind::Kindness,
                42..=51 => Kind::Gratitude,
                52..=59 => Kind::QualityTime {
                    minutes: 20 + w.noise.below(120) as u32,
                    what: None,
                },
                60..=65 => Kind::HonestTalk,
                66..=71 => Kind::PromiseMade {
                    text: "call when I'm late".into(),
                    due: day.checked_add_days(Days::new(3)),
                },
                72..=79 if !open_promises.is_empty() => {
                    let i = w.noise.below(open_promises.len() as u64) as usize;
                    let (promise, promiser) = open_promises.swap_remove(i);
                    let kind = if w.noise.chance(85) {
                        Kind::PromiseKept { promise }
                    } else {
                        Kind::PromiseBroken { promise }
                    };
                    let id = w.push(promiser, when, kind);
                    recent.push((id, promiser));
                    continue;
                }
                80..=89 if !recent.is_empty() => {
                    let i = w.noise.below(recent.len() as u64) as usize;
                    let (event, author) = recent[i];
                    w.push(author.other(), when, Kind::Acknowledge { event });
                    continue;
                }
                90..=91 => Kind::Apology,
                92..=93 => Kind::LetItGo,
                94 => Kind::FeelsOff,
                95 => Kind::Support {
                    kind: SupportKind::Therapy,
                },
                96 => Kind::MovingForward,
                97 if !recent.is_empty() => {
                    let (event, author) = recent[recent.len() - 1];
                    let note = "edited".to_string();
                    w.push(author, when, Kind::Amend { event, note });
                    continue;
                }
                98 if !recent.is_empty() => {
                    let (event, author) = recent[recent.len() - 1];
                    w.push(
                        author,
                        when,
                        Kind::Retract {
                            event,
                            reason: None,
                        },
                    );
                    recent.pop();
                    continue;
                }
                _ => Kind::Kindness,
            };
            let made_promise = matches!(kind, Kind::PromiseMade { .. });
            let id = w.push(by, when, kind);
            if made_promise {
                open_promises.push((id, by));
            }
            recent.push((id, by));
        }
    }
    w.events
}
