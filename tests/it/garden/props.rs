//! Properties over random logs: incremental equals full replay, order does not
//! matter, retraction equals absence, the timeline equals replay, and no
//! setbacks end the garden.

use chrono::{Days, NaiveTime};
use proptest::prelude::*;
use trust_garden::garden::{Species, Timeline, replay};
use trust_garden::journal::{Kind, SupportKind};

use super::*;

/// One random event: day, hour, minute, author, what, and which earlier event
/// it refers to (when it refers to one).
type Spec = (i64, i64, i64, bool, u8, usize);

fn spec() -> impl Strategy<Value = Spec> {
    (
        0..40i64,
        0..24i64,
        0..60i64,
        any::<bool>(),
        0..40u8,
        any::<usize>(),
    )
}

fn build(specs: &[Spec]) -> Log {
    let mut log = Log::new();
    for &(day, hour, minute, a, what, pick) in specs {
        let by = if a { A } else { B };
        let when = at(day, hour) + chrono::Duration::minutes(minute);
        let earlier = (!log.events.is_empty()).then(|| log.events[pick % log.events.len()].id);
        let kind = match (what, earlier) {
            (0..=4, _) => Kind::CheckIn {
                mood: 1 + what,
                calm: what % 2 == 0,
            },
            (5, _) => Kind::HonestTalk,
            (6..=7, _) => Kind::PromiseMade {
                text: format!("promise {pick}"),
                due: None,
            },
            (8, Some(promise)) => Kind::PromiseKept { promise },
            (9, Some(promise)) => Kind::PromiseBroken { promise },
            (10, _) => Kind::QualityTime {
                minutes: (pick % 180) as u32,
                what: None,
            },
            (11, _) => Kind::Apology,
            (12, _) => Kind::Support {
                kind: SupportKind::Book,
            },
            (13, _) => Kind::LetItGo,
            (14..=15, _) => Kind::Kindness,
            (16, _) => Kind::Gratitude,
            (17, _) => Kind::FeelsOff,
            (18, _) => Kind::MovingForward,
            (19..=23, Some(event)) => Kind::Acknowledge { event },
            (24..=25, Some(event)) => Kind::Retract {
                event,
                reason: None,
            },
            (26, Some(event)) => Kind::Amend {
                event,
                note: format!("note {pick}"),
            },
            (27, _) => {
                let from = day0() + Days::new((pick % 40) as u64);
                Kind::Pause {
                    from,
                    to: from + Days::new((pick % 9) as u64),
                }
            }
            (28, _) => Kind::Setup {
                partners: ("Ana".into(), "Ben".into()),
                zone: ["Europe/Berlin", "America/New_York", "Australia/Sydney"][pick % 3].into(),
                day_start: NaiveTime::from_hms_opt((pick % 6) as u32, 0, 0).unwrap(),
                hurt: trust_garden::journal::Hurt::NotSaid,
                // Half of them a change of clock from that moment on.
                from_now_on: pick % 2 == 0,
            },
            _ => Kind::Kindness,
        };
        log.at(by, when, kind);
    }
    log
}

fn moments() -> Vec<DateTime<Utc>> {
    [0, 5, 17, 30, 39, 45, 80]
        .into_iter()
        .map(|d| at(d, 13).with_timezone(&Utc))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn applying_one_by_one_in_any_order_equals_replay(
        specs in prop::collection::vec(spec(), 0..120),
        order in any::<u64>(),
    ) {
        let log = build(&specs);
        let mut shuffled = log.events.clone();
        shuffle(&mut shuffled, order);
        let mut replayer = Timeline::default();
        for (n, e) in shuffled.iter().enumerate() {
            replayer.apply(e.clone());
            if n % 17 == 0 {
                let now = at(20, 12).with_timezone(&Utc);
                prop_assert_eq!(replayer.garden(now), replay(&shuffled[..=n], now));
            }
        }
        for now in moments() {
            prop_assert_eq!(replayer.garden(now), replay(&log.events, now));
        }
        let batch = Timeline::from_events(shuffled.clone());
        for now in moments() {
            prop_assert_eq!(batch.garden(now), replay(&log.events, now));
        }
    }

    #[test]
    fn merged_logs_replay_to_the_same_garden(
        specs in prop::collection::vec(spec(), 0..120),
        order in any::<u64>(),
    ) {
        let log = build(&specs);
        let mut other = log.events.clone();
        shuffle(&mut other, order);
        // A merge that saw some events twice is the same set.
        other.extend(log.events.iter().take(5).cloned());
        for now in moments() {
            prop_assert_eq!(replay(&log.events, now), replay(&other, now));
        }
    }

    #[test]
    fn a_retracted_event_is_exactly_as_if_absent(
        specs in prop::collection::vec(spec(), 1..100),
        pick in any::<usize>(),
    ) {
        let log = build(&specs);
        let victim = log.events[pick % log.events.len()].clone();
        // Setups decide the clock the retraction itself is bucketed in; any
        // other event may be retracted.
        prop_assume!(!matches!(victim.kind, Kind::Setup { .. }));
        let mut retracted = log.clone();
        retracted.at(B, at(45, 8), Kind::Retract { event: victim.id, reason: None });
        let absent: Vec<_> = log.events.iter().filter(|e| e.id != victim.id).cloned().collect();
        for now in moments() {
            prop_assert_eq!(replay(&retracted.events, now), replay(&absent, now));
        }
    }

    #[test]
    fn the_timeline_on_any_day_equals_replay_at_its_end(
        specs in prop::collection::vec(spec(), 0..120),
    ) {
        let log = build(&specs);
        let now = at(60, 12).with_timezone(&Utc);
        let timeline = Timeline::from_events(log.events.clone());
        let clock = replay(&log.events, now).clock;
        let last = clock.day_of(&now);
        let mut day = timeline.first_day(now);
        let series = timeline.series(now);
        prop_assert_eq!(series.len() as i64, (last - day).num_days() + 1);
        while day < last {
            let end = clock.start_of(day + Days::new(1)) - chrono::Duration::nanoseconds(1);
            let expected = replay(&log.events, end);
            let index = (day - timeline.first_day(now)).num_days() as usize;
            prop_assert_eq!(series[index].trust, expected.trust);
            prop_assert_eq!(timeline.garden_on(day, now), expected);
            day = day + Days::new(1);
        }
        prop_assert_eq!(timeline.garden_on(last, now), replay(&log.events, now));
    }

    #[test]
    fn no_setbacks_end_the_garden_or_kill_a_plant_for_good(
        setbacks in prop::collection::vec((0..120i64, 0..4u8, any::<bool>()), 0..200),
    ) {
        let mut log = Log::new();
        let mut promises = Vec::new();
        for day in 0..30 {
            for (by, kind) in [(A, check_in()), (B, Kind::Kindness), (A, Kind::HonestTalk),
                (B, Kind::Gratitude), (A, Kind::QualityTime { minutes: 60, what: None }),
                (B, Kind::LetItGo), (A, Kind::Support { kind: SupportKind::Therapy })] {
                log.add(by, day, 10, kind);
            }
            promises.push(log.add(A, day, 11, Kind::PromiseMade { text: "x".into(), due: None }));
            log.add(A, day, 12, Kind::PromiseKept { promise: promises[day as usize] });
        }
        let grown = log.garden(29);
        for (n, &(day, what, a)) in setbacks.iter().enumerate() {
            let by = if a { A } else { B };
            let kind = match what {
                0 => Kind::PromiseBroken { promise: promises[n % promises.len()] },
                1 => Kind::FeelsOff,
                2 => Kind::CheckIn { mood: 1, calm: false },
                _ => Kind::PromiseMade { text: "unkept".into(), due: None },
            };
            log.add(by, 30 + day, 15, kind);
        }
        let worst = log.garden(150 + 365);
        prop_assert!(worst.trust > 0.0);
        for s in Species::ALL {
            prop_assert!(worst.plants[&s].growth > 0.0, "{:?} vanished", s);
        }
        // And care always brings it back.
        let mut recovering = log.clone();
        for day in 0..30 {
            let day = 150 + 366 + day;
            for (by, kind) in [(A, check_in()), (B, Kind::Kindness), (A, Kind::HonestTalk),
                (B, Kind::Gratitude), (A, Kind::QualityTime { minutes: 60, what: None }),
                (B, Kind::LetItGo), (A, Kind::Support { kind: SupportKind::Therapy })] {
                recovering.add(by, day, 10, kind);
            }
        }
        let back = recovering.garden(150 + 366 + 29);
        prop_assert!(back.trust > worst.trust);
        for s in Species::ALL.into_iter().filter(|s| *s != Species::Tree) {
            prop_assert!(strength(&back, s) > strength(&worst, s), "{:?}", s);
        }
        prop_assert!(grown.trust > 0.0);
    }
}

/// A deterministic Fisher-Yates shuffle from a seed.
fn shuffle<T>(items: &mut [T], seed: u64) {
    let mut state = seed | 1;
    for i in (1..items.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        items.swap(i, (state % (i as u64 + 1)) as usize);
    }
}
