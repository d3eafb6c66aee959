//! A couple writing a log, day by day, for the chapter tests.

use chrono::{DateTime, Days, FixedOffset, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use trust_garden::garden::chapters::{self, Chapter, Journey, Who};
use trust_garden::garden::{CoupleClock, Ledger};
use trust_garden::journal::{Action, Event, EventId, Kind, Partner, SupportKind};
use uuid::Uuid;

pub const ZONE: &str = "Europe/Berlin";

pub fn day_start() -> NaiveTime {
    NaiveTime::from_hms_opt(4, 0, 0).unwrap()
}

pub fn clock() -> CoupleClock {
    CoupleClock::new(ZONE, day_start()).unwrap()
}

/// The first day of every test log; the journey crosses the March DST change.
pub fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()
}

pub fn day(n: u64) -> NaiveDate {
    first_day() + Days::new(n)
}

/// Local wall time `hour:minute` of couple day `n` (hours past midnight count
/// for the evening before, as the day starts at 04:00).
pub fn at(n: u64, hour: u32, minute: u32) -> DateTime<FixedOffset> {
    let zone: Tz = ZONE.parse().unwrap();
    let mut date = day(n);
    let mut hour = hour;
    if hour >= 24 {
        hour -= 24;
        date = date + Days::new(1);
    }
    let local = date.and_hms_opt(hour, minute, 0).unwrap();
    zone.from_local_datetime(&local)
        .earliest()
        .unwrap()
        .fixed_offset()
}

/// The instant a couple day begins.
pub fn start_of(n: u64) -> DateTime<Utc> {
    clock().start_of(day(n))
}

/// Just before day `n` ends: everything logged on day `n` is known.
pub fn end_of(n: u64) -> DateTime<Utc> {
    start_of(n + 1) - chrono::Duration::seconds(1)
}

pub struct Couple {
    pub log: Vec<Event>,
    next_id: u128,
}

impl Couple {
    /// A log that begins with the couple's setup on day 0 at 08:00.
    pub fn new() -> Couple {
        let mut couple = Couple {
            log: Vec::new(),
            next_id: 1,
        };
        couple.push(
            Partner::A,
            at(0, 8, 0),
            Kind::Setup {
                partners: ("Sam".into(), "Robin".into()),
                zone: ZONE.into(),
                day_start: day_start(),
                hurt: trust_garden::journal::Hurt::One(Partner::B),
                from_now_on: false,
            },
        );
        couple
    }

    pub fn push(&mut self, by: Partner, when: DateTime<FixedOffset>, kind: Kind) -> EventId {
        // Ids descend as time goes on, so replay must not rely on id order alone.
        let id = EventId(Uuid::from_u128(u128::MAX - self.next_id));
        self.next_id += 1;
        self.log.push(Event {
            id,
            by,
            at: when,
            kind,
            note: None,
        });
        id
    }

    /// Logs `action` (a promise first, if it is a kept or broken one).
    pub fn act(&mut self, by: Partner, when: DateTime<FixedOffset>, action: Action) -> EventId {
        let kind = match action {
            Action::HonestTalk => Kind::HonestTalk,
            Action::CheckIn => Kind::CheckIn {
                mood: 4,
                calm: true,
            },
            Action::PromiseMade => Kind::PromiseMade {
                text: "home by seven".into(),
                due: None,
            },
            Action::PromiseKept | Action::PromiseBroken => {
                let made = when - chrono::Duration::minutes(1);
                let promise = self.act(by, made, Action::PromiseMade);
                if action == Action::PromiseKept {
                    Kind::PromiseKept { promise }
                } else {
                    Kind::PromiseBroken { promise }
                }
            }
            Action::QualityTime => Kind::QualityTime {
                minutes: 60,
                what: Some("a walk".into()),
            },
            Action::Apology => Kind::Apology,
            Action::Support => Kind::Support {
                kind: SupportKind::Counselling,
            },
            Action::LetItGo => Kind::LetItGo,
            Action::Kindness => Kind::Kindness,
            Action::Gratitude => Kind::Gratitude,
            Action::FeelsOff => Kind::FeelsOff,
            Action::MovingForward => Kind::MovingForward,
            Action::Acknowledge => {
                // Something of the other's to acknowledge.
                let earlier = when - chrono::Duration::minutes(1);
                let event = self.act(by.other(), earlier, Action::Kindness);
                Kind::Acknowledge { event }
            }
        };
        self.push(by, when, kind)
    }

    pub fn ack(&mut self, by: Partner, when: DateTime<FixedOffset>, event: EventId) -> EventId {
        self.push(by, when, Kind::Acknowledge { event })
    }

    pub fn retract(&mut self, by: Partner, when: DateTime<FixedOffset>, event: EventId) {
        self.push(
            by,
            when,
            Kind::Retract {
                event,
                reason: Some("logged by mistake".into()),
            },
        );
    }

    /// Everything a chapter asks for, at once on day `n`: each goal's full
    /// count from the partners it needs, acknowledged where required.
    pub fn burst(&mut self, chapter: &Chapter, n: u64) {
        let mut minute = 0;
        for goal in &chapter.goals {
            let per_partner = match goal.who {
                Who::Each | Who::Hurt | Who::Caused => goal.count,
                Who::Both | Who::Either => goal.count.div_ceil(2),
            };
            for by in Partner::BOTH {
                for _ in 0..per_partner {
                    minute += 3;
                    let when = at(n, 10 + minute / 60, minute % 60);
                    let id = self.act(by, when, goal.action);
                    if goal.acknowledged {
                        self.ack(
                            by.other(),
                            at(n, 10 + (minute + 1) / 60, (minute + 1) % 60),
                            id,
                        );
                    }
                }
            }
        }
    }

    /// A couple doing a little most days: each evening, one of each action the
    /// current chapter still asks for (from whoever it still needs), the other
    /// acknowledging where that matters; a rest day every seventh day.
    pub fn live_steadily(&mut self, chapters: &[Chapter], days: u64) {
        for n in 0..days {
            if n % 7 == 6 {
                continue;
            }
            let journey = journey(chapters, &self.log, start_of(n));
            let chapter = &chapters[journey.current];
            let progress = &journey.chapters[journey.current];
            if progress.completed_on.is_some() {
                continue;
            }
            for (i, goal) in chapter.goals.iter().enumerate() {
                let report = &progress.goals[i];
                if report.done >= report.needed || report.optional {
                    continue;
                }
                let asked = |p: &Partner| report.asks[p.index()];
                let doers: Vec<Partner> = match goal.who {
                    Who::Each | Who::Both | Who::Hurt | Who::Caused => {
                        Partner::BOTH.into_iter().filter(asked).collect()
                    }
                    Who::Either if n % 2 == 0 => vec![Partner::A],
                    Who::Either => vec![Partner::B],
                };
                for by in doers {
                    let minute = 5 * i as u32 + if by == Partner::A { 0 } else { 2 };
                    let id = self.act(by, at(n, 19, minute), goal.action);
                    if goal.acknowledged {
                        self.ack(by.other(), at(n, 21, minute), id);
                    }
                }
            }
        }
    }
}

/// The journey of a log at the end of day `n`.
pub fn journey_at(chapters: &[Chapter], log: &[Event], n: u64) -> Journey {
    journey(chapters, log, end_of(n))
}

/// The journey of a log given as events, counting goals and days alone: the
/// garden's trust is taken as full (the rules' tests play it for real).
pub fn journey(chapters: &[Chapter], log: &[Event], now: DateTime<Utc>) -> Journey {
    chapters::journey(
        chapters,
        &Ledger::from_events(log.iter().cloned()),
        &GrownGarden,
        now,
    )
}

/// A garden whose trust is always full: these tests count goals and days
/// alone (tests/it/rules/ plays the chapters with the real garden).
struct GrownGarden;

impl chapters::DailyTrust for GrownGarden {
    fn trust_after(&self, _: NaiveDate) -> f32 {
        1.0
    }
}
