//! A sample couple's history for `trust-garden demo`: for trying the app, for
//! screenshots and for benchmarks. It tells a story rather than spraying
//! events: a hard start with weekly therapy and many honest talks, moods that
//! climb with setbacks along the way, promises mostly kept and a few broken and
//! apologised for, a yearly trip paused, and the hurt partner moving forward
//! after months. Partner A broke the trust; partner B was hurt. Their habits
//! differ: A shows care through kindness and promises, B through check-ins,
//! gratitude and acknowledging. Pure: the same input gives the same events.

use chrono::{DateTime, Days, FixedOffset, LocalResult, NaiveDate, NaiveTime, TimeZone};
use chrono_tz::Tz;
use uuid::Builder;

use crate::journal::{Event, EventId, Kind, Partner, SupportKind};
use crate::noise::Noise;

/// Who the sample couple is.
#[derive(Clone, Debug, PartialEq)]
pub struct DemoCouple {
    pub names: (String, String),
    pub zone: Tz,
    pub day_start: NaiveTime,
}

impl Default for DemoCouple {
    fn default() -> Self {
        DemoCouple {
            names: ("Alex".to_owned(), "Sam".to_owned()),
            zone: chrono_tz::Europe::London,
            day_start: NaiveTime::from_hms_opt(4, 0, 0).unwrap_or(NaiveTime::MIN),
        }
    }
}

/// `days` days of history beginning on `first_day` (a setup event first),
/// sorted by time. Event ids are UUIDv7 built from the event's own time and
/// the seed, so the same arguments always give byte-identical logs.
pub fn demo_events(couple: &DemoCouple, first_day: NaiveDate, days: u32, seed: u64) -> Vec<Event> {
    let mut story = Story {
        couple,
        noise: Noise(seed ^ 0x9E37_79B9_7F4A_7C15),
        events: Vec::with_capacity(days as usize * 9 + 8),
        open_promises: [None, None],
        mood: 2.2,
    };
    story.push(
        Partner::A,
        story.at(first_day, 7, 0),
        Kind::Setup {
            partners: couple.names.clone(),
            zone: couple.zone.name().to_owned(),
            day_start: couple.day_start,
            hurt: crate::journal::Hurt::One(Partner::B),
            from_now_on: false,
        },
        None,
    );
    let mut paused_until: Option<NaiveDate> = None;
    for index in 0..days {
        let Some(day) = first_day.checked_add_days(Days::new(u64::from(index))) else {
            break;
        };
        if paused_until.is_some_and(|until| day <= until) {
            continue;
        }
        if let Some(until) = story.maybe_plan_trip(index, day) {
            paused_until = Some(until);
            continue;
        }
        story.live(index, day);
    }
    story
        .events
        .sort_by(|a, b| a.at.cmp(&b.at).then(a.id.cmp(&b.id)));
    story.events
}

const PROMISES_A: [&str; 6] = [
    "Home by seven on weeknights",
    "Tell you when I'm meeting anyone from work",
    "Phone stays on the table at dinner",
    "No more lying about money",
    "Plan our Saturday together",
    "Call if I'm running late",
];
const PROMISES_B: [&str; 3] = [
    "Say it when something feels off instead of going quiet",
    "Ask before checking your phone",
    "Plan one evening out this week",
];
const FEELINGS: [&str; 6] = [
    "I felt anxious when your phone buzzed late",
    "I felt relieved when you told me first",
    "I felt close to you on our walk",
    "I felt tired and short-tempered today",
    "I felt hopeful after the session",
    "I felt left out when plans changed",
];
const TOGETHER: [&str; 6] = [
    "dinner",
    "a walk by the river",
    "a night in",
    "cooking together",
    "a film",
    "coffee in the park",
];
const THANKS: [&str; 4] = [
    "Remembered our first trip",
    "Grateful you stayed",
    "Thank you for listening tonight",
    "Found the photo from our wedding",
];

struct Story<'a> {
    couple: &'a DemoCouple,
    noise: Noise,
    events: Vec<Event>,
    /// The promise each partner is working on, and the day it is due.
    open_promises: [Option<(EventId, NaiveDate)>; 2],
    /// The hurt partner's underlying mood, 1-5; drifts up with setbacks.
    mood: f32,
}

impl Story<'_> {
    fn at(&self, day: NaiveDate, hour: u32, minute: u32) -> DateTime<FixedOffset> {
        let naive =
            day.and_time(NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or(NaiveTime::MIN));
        match self.couple.zone.from_local_datetime(&naive) {
            LocalResult::Single(at) | LocalResult::Ambiguous(at, _) => at.fixed_offset(),
            // The hour DST skips: an hour later exists.
            LocalResult::None => self.couple.zone.from_utc_datetime(&naive).fixed_offset(),
        }
    }

    /// A time on `day` between `hour:from` and `hour:from + spread`.
    fn around(
        &mut self,
        day: NaiveDate,
        hour: u32,
        from: u32,
        spread: u64,
    ) -> DateTime<FixedOffset> {
        let minute = from + self.noise.below(spread) as u32;
        self.at(day, hour, minute.min(59))
    }

    fn push(
        &mut self,
        by: Partner,
        at: DateTime<FixedOffset>,
        kind: Kind,
        note: Option<&str>,
    ) -> EventId {
        self.push_written(by, at, kind, note, 0)
    }

    /// An entry written `hours_later` than it happened (its id says when).
    fn push_written(
        &mut self,
        by: Partner,
        at: DateTime<FixedOffset>,
        kind: Kind,
        note: Option<&str>,
        hours_later: i64,
    ) -> EventId {
        let written = at + chrono::Duration::hours(hours_later);
        let millis = u64::try_from(written.timestamp_millis()).unwrap_or(0);
        let mut random = [0u8; 10];
        random[..8].copy_from_slice(&self.noise.next().to_le_bytes());
        random[8..].copy_from_slice(&self.noise.next().to_le_bytes()[..2]);
        let id = EventId(Builder::from_unix_timestamp_millis(millis, &random).into_uuid());
        self.events.push(Event {
            id,
            by,
            at,
            kind,
            note: note.map(str::to_owned),
        });
        id
    }

    /// The other partner acknowledges an action, usually within a few hours.
    fn maybe_ack(&mut self, target: EventId, by: Partner, percent: u64) {
        if !self.noise.chance(percent) {
            return;
        }
        let Some(seen) = self.events.iter().rev().find(|e| e.id == target) else {
            return;
        };
        let delay = chrono::Duration::minutes(5 + self.noise.below(180) as i64);
        let at = seen.at + delay;
        self.push(by, at, Kind::Acknowledge { event: target }, None);
    }

    /// Once a year, a trip: a pause is logged the day before, nothing during.
    fn maybe_plan_trip(&mut self, index: u32, day: NaiveDate) -> Option<NaiveDate> {
        if index % 365 != 150 {
            return None;
        }
        let length = 5 + self.noise.below(6);
        let from = day.checked_add_days(Days::new(1))?;
        let to = from.checked_add_days(Days::new(length - 1))?;
        let at = self.at(day, 21, 0);
        self.push(
            Partner::A,
            at,
            Kind::Pause { from, to },
            Some("Trip to see family"),
        );
        Some(to)
    }

    fn live(&mut self, index: u32, day: NaiveDate) {
        // Some days life gets in the way and nobody logs anything.
        if index > 3 && self.noise.chance(3) {
            return;
        }
        let setback = index > 30 && index % 97 < 5;
        let trend = 2.2 + 2.0 * (index as f32 / 540.0).min(1.0);
        self.mood += (trend - self.mood) * 0.1 + 0.35 * self.noise.signed();
        if setback {
            self.mood -= 0.4;
        }
        self.mood = self.mood.clamp(1.0, 5.0);

        let early = index < 120;
        self.talks(index, day, early);
        self.check_ins(day);
        self.promises(index, day, setback);
        self.care(index, day, early, setback);
        self.support(index, day);
        self.corrections(index, day);
    }

    fn talks(&mut self, index: u32, day: NaiveDate, early: bool) {
        let every = if early { 2 } else { 3 };
        if index.is_multiple_of(every) {
            let by = if self.noise.chance(65) {
                Partner::A
            } else {
                Partner::B
            };
            let at = self.around(day, 19, 0, 50);
            let talk = self.push(by, at, Kind::HonestTalk, None);
            self.maybe_ack(talk, by.other(), 70);
        }
    }

    fn check_ins(&mut self, day: NaiveDate) {
        if self.noise.chance(90) {
            let mood = self.mood.round().clamp(1.0, 5.0) as u8;
            let calm = mood >= 3 || self.noise.chance(40);
            let note = self.noise.chance(25).then(|| self.noise.pick(&FEELINGS));
            let at = self.around(day, 21, 0, 40);
            self.push(Partner::B, at, Kind::CheckIn { mood, calm }, note);
            if mood <= 2 && self.noise.chance(50) {
                let at = self.at(day, 21, 45);
                self.push(
                    Partner::B,
                    at,
                    Kind::FeelsOff,
                    Some("Something feels off tonight"),
                );
            }
        }
        if self.noise.chance(75) {
            let mood = (self.mood + 0.6).round().clamp(1.0, 5.0) as u8;
            let at = self.around(day, 8, 0, 50);
            self.push(Partner::A, at, Kind::CheckIn { mood, calm: true }, None);
        }
    }

    /// Each partner works on one promise at a time: A, who broke the trust,
    /// makes them often; B makes their own from the second month on.
    fn promises(&mut self, index: u32, day: NaiveDate, setback: bool) {
        for by in Partner::BOTH {
            let (every, first, texts) = match by {
                Partner::A => (6, 1, &PROMISES_A[..]),
                Partner::B => (10, 40, &PROMISES_B[..]),
            };
            match self.open_promises[by.index()] {
                Some((promise, due)) if day >= due => {
                    self.open_promises[by.index()] = None;
                    self.settle(by, promise, day, setback);
                }
                Some(_) => {}
                None if index >= first && index % every == first % every => {
                    let text = self.noise.pick(texts).to_owned();
                    let due = day.checked_add_days(Days::new(3 + self.noise.below(6)));
                    let at = self.around(day, 9, 0, 50);
                    let promise = self.push(by, at, Kind::PromiseMade { text, due }, None);
                    if let Some(due) = due {
                        self.open_promises[by.index()] = Some((promise, due));
                    }
                }
                None => {}
            }
        }
    }

    /// Mostly kept; sometimes broken, honestly admitted and apologised for.
    fn settle(&mut self, by: Partner, promise: EventId, day: NaiveDate, setback: bool) {
        let at = self.around(day, 18, 0, 50);
        if setback || self.noise.chance(12) {
            let broken = self.push(by, at, Kind::PromiseBroken { promise }, None);
            self.maybe_ack(broken, by.other(), 50);
            let at = self.at(day, 20, 10);
            let apology = self.push(
                by,
                at,
                Kind::Apology,
                Some("I'm sorry. I said I would and I didn't."),
            );
            self.maybe_ack(apology, by.other(), 85);
        } else {
            let kept = self.push(by, at, Kind::PromiseKept { promise }, None);
            self.maybe_ack(kept, by.other(), 75);
        }
    }

    fn care(&mut self, index: u32, day: NaiveDate, early: bool, setback: bool) {
        let seen = if early { 40 } else { 70 };
        if self.noise.chance(if setback { 45 } else { 80 }) {
            let at = self.around(day, 12, 0, 59);
            let kindness = self.push(Partner::A, at, Kind::Kindness, None);
            self.maybe_ack(kindness, Partner::B, seen);
        }
        if self.noise.chance(35) {
            let at = self.around(day, 19, 0, 59);
            let kindness = self.push(Partner::A, at, Kind::Kindness, None);
            self.maybe_ack(kindness, Partner::B, seen);
        }
        if self.noise.chance(if early { 20 } else { 55 }) {
            let at = self.around(day, 10, 0, 59);
            let kindness = self.push(Partner::B, at, Kind::Kindness, None);
            self.maybe_ack(kindness, Partner::A, 60);
        }
        if self.noise.chance(if early { 15 } else { 45 }) {
            let note = self.noise.pick(&THANKS);
            let at = self.around(day, 22, 0, 30);
            if self.noise.chance(8) {
                // Remembered and logged the next morning.
                self.push_written(Partner::B, at, Kind::Gratitude, Some(note), 10);
            } else {
                let thanks = self.push(Partner::B, at, Kind::Gratitude, Some(note));
                self.maybe_ack(thanks, Partner::A, 60);
            }
        }
        if self.noise.chance(if early { 10 } else { 30 }) {
            let at = self.around(day, 7, 30, 29);
            let thanks = self.push(Partner::A, at, Kind::Gratitude, None);
            self.maybe_ack(thanks, Partner::B, seen);
        }
        if self.noise.chance(if early { 30 } else { 55 }) {
            let what = self.noise.pick(&TOGETHER).to_owned();
            let minutes = 20 + 10 * self.noise.below(16) as u32;
            let by = if self.noise.chance(50) {
                Partner::A
            } else {
                Partner::B
            };
            let at = self.around(day, 18, 0, 59);
            let time = self.push(
                by,
                at,
                Kind::QualityTime {
                    minutes,
                    what: Some(what),
                },
                None,
            );
            self.maybe_ack(time, by.other(), 70);
        }
        if self.noise.chance(if setback { 30 } else { 10 }) {
            let by = if self.noise.chance(60) {
                Partner::B
            } else {
                Partner::A
            };
            let at = self.around(day, 17, 0, 59);
            self.push(by, at, Kind::LetItGo, None);
        }
        if setback && self.noise.chance(40) {
            let at = self.at(day, 20, 40);
            self.push(Partner::B, at, Kind::FeelsOff, Some("We drifted this week"));
        }
        // Months in, the hurt partner says they are ready to move on, then again
        // now and then as it holds.
        if index >= 200 && (index == 200 || (index % 120 == 80 && self.noise.chance(70))) {
            let at = self.at(day, 22, 40);
            let forward = self.push(
                Partner::B,
                at,
                Kind::MovingForward,
                Some("I'm ready to stop looking back"),
            );
            self.maybe_ack(forward, Partner::A, 95);
        }
    }

    fn support(&mut self, index: u32, day: NaiveDate) {
        let every = match index {
            0..180 => 7,
            180..365 => 14,
            _ => 30,
        };
        if index % every == 3 {
            let at = self.at(day, 17, 30);
            let by = if self.noise.chance(50) {
                Partner::A
            } else {
                Partner::B
            };
            let session = self.push(
                by,
                at,
                Kind::Support {
                    kind: SupportKind::Therapy,
                },
                None,
            );
            self.maybe_ack(session, by.other(), 60);
        }
        if index % 45 == 20 {
            let at = self.at(day, 21, 50);
            self.push(
                Partner::B,
                at,
                Kind::Support {
                    kind: SupportKind::Book,
                },
                Some("Read a chapter together"),
            );
        }
    }

    /// Mistakes happen: one entry logged twice and retracted, one note amended.
    fn corrections(&mut self, index: u32, day: NaiveDate) {
        if index == 2 {
            let at = self.at(day, 13, 5);
            let twice = self.push(Partner::A, at, Kind::Kindness, None);
            let at = self.at(day, 13, 7);
            self.push(
                Partner::A,
                at,
                Kind::Retract {
                    event: twice,
                    reason: Some("logged it twice".to_owned()),
                },
                None,
            );
        }
        if index == 3 {
            let at = self.at(day, 21, 50);
            let check_in = self.push(
                Partner::B,
                at,
                Kind::CheckIn {
                    mood: 2,
                    calm: true,
                },
                Some("I felt"),
            );
            let at = self.at(day, 21, 55);
            self.push(
                Partner::B,
                at,
                Kind::Amend {
                    event: check_in,
                    note: "I felt scared when you came home late, and glad you told me why"
                        .to_owned(),
                },
                None,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn first_day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, 1, 1).unwrap()
    }

    #[test]
    fn the_same_seed_gives_the_same_history_and_another_seed_another() {
        let couple = DemoCouple::default();
        let one = demo_events(&couple, first_day(), 60, 7);
        assert_eq!(one, demo_events(&couple, first_day(), 60, 7));
        assert_ne!(one, demo_events(&couple, first_day(), 60, 8));
    }

    #[test]
    fn a_year_holds_every_part_of_the_story() {
        let events = demo_events(&DemoCouple::default(), first_day(), 365, 1);
        let has = |test: &dyn Fn(&Kind) -> bool| events.iter().any(|e| test(&e.kind));
        assert!(matches!(events[0].kind, Kind::Setup { .. }));
        assert!(has(&|k| matches!(k, Kind::PromiseBroken { .. })));
        assert!(has(&|k| matches!(k, Kind::PromiseKept { .. })));
        assert!(has(&|k| matches!(k, Kind::Apology)));
        assert!(has(&|k| matches!(k, Kind::Acknowledge { .. })));
        assert!(has(&|k| matches!(k, Kind::FeelsOff)));
        assert!(has(&|k| matches!(k, Kind::MovingForward)));
        assert!(has(&|k| matches!(k, Kind::Pause { .. })));
        assert!(has(&|k| matches!(k, Kind::Retract { .. })));
        assert!(has(&|k| matches!(k, Kind::Amend { .. })));
        for partner in Partner::BOTH {
            assert!(events.iter().filter(|e| e.by == partner).count() > 365);
        }
    }

    #[test]
    fn ids_are_unique_and_references_point_backwards_to_the_other_partner() {
        let events = demo_events(&DemoCouple::default(), first_day(), 400, 3);
        let ids: HashSet<EventId> = events.iter().map(|e| e.id).collect();
        assert_eq!(ids.len(), events.len());
        for (index, event) in events.iter().enumerate() {
            if let Some(target) = event.kind.target() {
                let earlier = events[..index].iter().find(|e| e.id == target);
                let earlier = earlier.unwrap_or_else(|| panic!("{event:?} points forward"));
                if matches!(event.kind, Kind::Acknowledge { .. }) {
                    assert_ne!(earlier.by, event.by, "self-acknowledged: {event:?}");
                }
                if matches!(
                    event.kind,
                    Kind::PromiseKept { .. } | Kind::PromiseBroken { .. }
                ) {
                    assert!(matches!(earlier.kind, Kind::PromiseMade { .. }));
                }
            }
        }
    }

    #[test]
    fn nothing_is_logged_during_a_trip() {
        let events = demo_events(&DemoCouple::default(), first_day(), 200, 5);
        let clock =
            crate::garden::CoupleClock::new("Europe/London", DemoCouple::default().day_start)
                .unwrap();
        let (from, to) = events
            .iter()
            .find_map(|e| match e.kind {
                Kind::Pause { from, to } => Some((from, to)),
                _ => None,
            })
            .unwrap();
        assert!(events.iter().all(|e| {
            let day = clock.day_of(&e.at);
            day < from || day > to
        }));
    }

    #[test]
    fn ten_years_make_a_large_log() {
        let events = demo_events(&DemoCouple::default(), first_day(), 3650, 1);
        assert!(events.len() > 25_000, "{}", events.len());
    }
}
