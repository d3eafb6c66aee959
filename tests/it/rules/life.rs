//! A couple living their garden in real time: every entry goes through the
//! command layer (`actions::decide`, as the app and the command line do) at
//! the moment it is written, and is applied to the timeline and the journey
//! as the app applies it. Scenarios compare two such lives by what a couple
//! sees (trust, the storm, shares, chapters), never against fixed numbers.

use chrono::{DateTime, Days, NaiveDate, NaiveTime, TimeZone, Utc};
use trust_garden::actions::{Command, Refusal, When, decide};
use trust_garden::garden::chapters::{Journey, JourneyTracker, embedded};
use trust_garden::garden::{Garden, Ledger, Timeline};
use trust_garden::journal::{EventId, Hurt, Kind, Partner};

pub const A: Partner = Partner::A;
pub const B: Partner = Partner::B;

/// The first day of every life.
pub fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_default()
}

pub struct Life {
    pub timeline: Timeline,
    tracker: JourneyTracker,
}

impl Life {
    /// A garden set up on day 0 at 08:00, Berlin time, days starting at 04:00.
    pub fn new(hurt: Hurt) -> Life {
        let mut life = Life {
            timeline: Timeline::default(),
            tracker: JourneyTracker::new(embedded()),
        };
        let setup = Command::Setup {
            names: ("Alex".into(), "Sam".into()),
            zone: "Europe/Berlin".into(),
            day_start: NaiveTime::from_hms_opt(4, 0, 0).unwrap_or_default(),
            hurt,
        };
        life.command(A, 0, 8, 0, setup)
            .unwrap_or_else(|why| panic!("setup: {why}"));
        life
    }

    /// Sam was hurt; Alex caused the hurt.
    pub fn sam_hurt() -> Life {
        Life::new(Hurt::One(B))
    }

    pub fn ledger(&self) -> &Ledger {
        self.timeline.ledger()
    }

    /// The moment `hour:minute` (Berlin) of day `day` of this life.
    pub fn at(day: u64, hour: u32, minute: u32) -> DateTime<Utc> {
        let local = (first_day() + Days::new(day))
            .and_hms_opt(hour, minute, 0)
            .unwrap_or_default();
        chrono_tz::Europe::Berlin
            .from_local_datetime(&local)
            .earliest()
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_default()
    }

    /// `by` asks for `command` at that moment; applied as the app applies it.
    pub fn command(
        &mut self,
        by: Partner,
        day: u64,
        hour: u32,
        minute: u32,
        command: Command,
    ) -> Result<EventId, Refusal> {
        let now = Life::at(day, hour, minute);
        let event = decide(&command, self.ledger(), by, now)?;
        let id = event.id;
        let change = self.timeline.apply(event);
        self.tracker.changed(self.timeline.ledger(), change);
        Ok(id)
    }

    /// Logs an action that happened just now.
    pub fn log(&mut self, by: Partner, day: u64, hour: u32, kind: Kind) -> EventId {
        self.log_at(by, day, hour, 0, kind)
    }

    pub fn log_at(&mut self, by: Partner, day: u64, hour: u32, minute: u32, kind: Kind) -> EventId {
        let command = Command::Log {
            kind: kind.clone(),
            when: When::Now,
            note: None,
        };
        self.command(by, day, hour, minute, command)
            .unwrap_or_else(|why| panic!("day {day} {hour}:{minute:02} {kind:?}: {why}"))
    }

    pub fn ack(&mut self, by: Partner, day: u64, hour: u32, entry: EventId) {
        let command = Command::Acknowledge {
            entry,
            when: When::Now,
        };
        self.command(by, day, hour, 30, command)
            .unwrap_or_else(|why| panic!("day {day}: ack: {why}"));
    }

    pub fn promise(&mut self, by: Partner, day: u64, hour: u32, text: &str) -> EventId {
        self.log(
            by,
            day,
            hour,
            Kind::PromiseMade {
                text: text.into(),
                due: None,
            },
        )
    }

    /// The garden at the end of day `day` (23:00).
    pub fn garden(&self, day: u64) -> Garden {
        self.timeline.garden(Life::at(day, 23, 0))
    }

    /// The journey at the end of day `day`.
    pub fn journey(&mut self, day: u64) -> Journey {
        self.tracker
            .journey(self.timeline.ledger(), &self.timeline, Life::at(day, 23, 0))
    }

    pub fn trust(&self, day: u64) -> f32 {
        self.garden(day).trust
    }

    pub fn storm(&self, day: u64) -> f32 {
        self.garden(day).weather.storm
    }
}

/// What a couple who look after each other do on an ordinary day: both check
/// in, Alex does something kind, Sam says thank you for something; an honest
/// talk on Sundays and time together on Wednesdays and Saturdays.
pub fn ordinary_day(life: &mut Life, day: u64) -> Vec<EventId> {
    let mut done = vec![
        life.log(A, day, 8, check_in(4, true)),
        life.log(B, day, 9, check_in(4, true)),
        life.log(A, day, 18, Kind::Kindness),
        life.log(B, day, 21, Kind::Gratitude),
    ];
    match day % 7 {
        6 => done.push(life.log(A, day, 20, Kind::HonestTalk)),
        2 | 5 => done.push(life.log(
            B,
            day,
            19,
            Kind::QualityTime {
                minutes: 60,
                what: None,
            },
        )),
        _ => {}
    }
    done
}

/// The other partner acknowledges each of `entries` at 22:30.
pub fn acknowledge_all(life: &mut Life, day: u64, entries: &[EventId]) {
    for id in entries {
        let by = life.ledger().event(*id).map(|e| e.by.other()).unwrap_or(A);
        life.ack(by, day, 22, *id);
    }
}

pub fn check_in(mood: u8, calm: bool) -> Kind {
    Kind::CheckIn { mood, calm }
}

/// An entry for `action` with the fields a goal needs, made up.
pub fn kind_for(life: &Life, by: Partner, action: trust_garden::journal::Action) -> Option<Kind> {
    use trust_garden::journal::{Action, SupportKind};
    Some(match action {
        Action::HonestTalk => Kind::HonestTalk,
        Action::CheckIn => check_in(3, true),
        Action::PromiseMade => Kind::PromiseMade {
            text: "a small thing".into(),
            due: None,
        },
        Action::PromiseKept | Action::PromiseBroken => {
            let promise = life
                .garden_now()
                .open_promises
                .iter()
                .find(|p| p.by == by)?
                .id;
            if action == Action::PromiseKept {
                Kind::PromiseKept { promise }
            } else {
                Kind::PromiseBroken { promise }
            }
        }
        Action::QualityTime => Kind::QualityTime {
            minutes: 30,
            what: None,
        },
        Action::Apology => Kind::Apology,
        Action::Support => Kind::Support {
            kind: SupportKind::Therapy,
        },
        Action::LetItGo => Kind::LetItGo,
        Action::Kindness => Kind::Kindness,
        Action::Gratitude => Kind::Gratitude,
        Action::FeelsOff => Kind::FeelsOff,
        Action::MovingForward => Kind::MovingForward,
        Action::Acknowledge => return None,
    })
}

impl Life {
    /// The garden at the moment of the last entry (for picking promises).
    pub fn garden_now(&self) -> Garden {
        let last = self
            .ledger()
            .events()
            .iter()
            .map(|e| e.at.with_timezone(&Utc))
            .max()
            .unwrap_or_default();
        self.timeline.garden(last)
    }

    /// Exactly what the current chapter's goals still ask, each evening, and
    /// nothing more: one of each missing action from each partner it asks
    /// (optional ones left out), acknowledged by the other where a goal
    /// wants that; an acknowledgement goal is met by acknowledging the
    /// other's latest entry.
    pub fn do_what_the_goals_ask(&mut self, day: u64) {
        use trust_garden::journal::Action;
        let journey = self.journey(day.saturating_sub(1));
        let Some(chapter) = journey.current_chapter().cloned() else {
            return;
        };
        if chapter.completed_on.is_some() {
            return;
        }
        for (i, goal) in chapter.goals.iter().enumerate() {
            if goal.is_met() || goal.optional {
                continue;
            }
            for by in [A, B] {
                if !goal.asks[by.index()] {
                    continue;
                }
                let minute = 5 * i as u32 + if by == A { 0 } else { 2 };
                if goal.action == Action::Acknowledge {
                    let latest = self
                        .ledger()
                        .events()
                        .iter()
                        .rev()
                        .find(|e| {
                            e.by != by && e.kind.action().is_some_and(|a| a != Action::Acknowledge)
                        })
                        .map(|e| e.id);
                    if let Some(entry) = latest {
                        let _ = self.command(
                            by,
                            day,
                            20,
                            minute,
                            Command::Acknowledge {
                                entry,
                                when: When::Now,
                            },
                        );
                    }
                    continue;
                }
                let Some(kind) = kind_for(self, by, goal.action) else {
                    continue;
                };
                let Ok(id) = self.command(
                    by,
                    day,
                    19,
                    minute,
                    Command::Log {
                        kind,
                        when: When::Now,
                        note: None,
                    },
                ) else {
                    continue;
                };
                if goal.acknowledged {
                    let _ = self.command(
                        by.other(),
                        day,
                        21,
                        minute,
                        Command::Acknowledge {
                            entry: id,
                            when: When::Now,
                        },
                    );
                }
            }
        }
    }
}

/// The couple day `n` of every life.
pub fn day(n: u64) -> NaiveDate {
    first_day() + Days::new(n)
}
