//! "Start with being honest": admitting a broken promise ends ahead of
//! leaving it unspoken, keeping it ends ahead of both, making and breaking
//! promises never pays, and saying calmly that something feels off is
//! communication, never a loss.

use trust_garden::journal::Kind;

use super::life::{A, B, Life, check_in, ordinary_day};

#[derive(Clone, Copy, PartialEq, Debug)]
enum Slip {
    Kept,
    Admitted,
    Unspoken,
}

/// 90 days of ordinary care; Alex promises something every third day and
/// two days later, first thing in the morning, says how it went. Every third
/// promise slips, and `slip` says what Alex does about it. Entries are written
/// in the order the days pass.
fn promises(slip: Slip) -> Life {
    let mut life = Life::sam_hurt();
    let mut due: Vec<(u64, Kind)> = Vec::new();
    for day in 0..=90 {
        for (_, kind) in due.extract_if(.., |(on, _)| *on == day) {
            life.log_at(A, day, 7, 0, kind);
        }
        ordinary_day(&mut life, day);
        if day % 3 == 0 && day + 2 <= 90 {
            let promise = life.promise(A, day, 22, "home by seven");
            let slips = (day / 3) % 3 == 2;
            let outcome = match (slips, slip) {
                (false, _) | (true, Slip::Kept) => Some(Kind::PromiseKept { promise }),
                (true, Slip::Admitted) => Some(Kind::PromiseBroken { promise }),
                (true, Slip::Unspoken) => None,
            };
            if let Some(kind) = outcome {
                due.push((day + 2, kind));
            }
        }
    }
    life
}

#[test]
fn keeping_beats_admitting_and_admitting_beats_leaving_it_unspoken() {
    let kept = promises(Slip::Kept);
    let admitted = promises(Slip::Admitted);
    let unspoken = promises(Slip::Unspoken);
    for day in [30, 60, 90] {
        let (k, a, u) = (kept.trust(day), admitted.trust(day), unspoken.trust(day));
        assert!(k > a, "day {day}: kept {k} <= admitted {a}");
        assert!(a > u, "day {day}: admitted {a} <= unspoken {u}");
    }
    let unspoken = unspoken.garden(90);
    let long_due = Life::at(78, 0, 0);
    assert!(
        unspoken
            .open_promises
            .iter()
            .filter(|p| p.made < long_due)
            .all(|p| p.overdue)
    );
    assert!(unspoken.weeds.iter().any(|w| w.silent));
}

#[test]
fn a_promise_left_open_past_its_due_date_weighs_like_an_unadmitted_break() {
    let due = trust_garden::journal::Kind::PromiseMade {
        text: "call the counsellor".into(),
        due: chrono::NaiveDate::from_ymd_opt(2026, 3, 7),
    };
    let live = |promise: bool, admit_on: Option<u64>| {
        let mut life = Life::sam_hurt();
        let mut id = None;
        for day in 0..=30 {
            ordinary_day(&mut life, day);
            if promise && day == 1 {
                id = Some(life.log(A, day, 12, due.clone()));
            }
            if let (Some(promise), Some(admit)) = (id, admit_on)
                && admit == day
            {
                life.log(A, day, 12, Kind::PromiseBroken { promise });
            }
        }
        life
    };
    let none = live(false, None);
    let open = live(true, None);
    let on_time = live(true, Some(5));
    let late = live(true, Some(20));
    let day = 30;
    assert!(
        open.trust(day) < none.trust(day),
        "{} vs {}",
        open.trust(day),
        none.trust(day)
    );
    assert!(on_time.trust(day) > open.trust(day));
    // Admitting late still beats staying silent, from the day it is said.
    assert!(late.trust(day) > open.trust(day));
    assert_eq!(late.trust(19), open.trust(19));
    assert!(open.garden(day).open_promises[0].overdue);
}

#[test]
fn making_and_breaking_promises_never_beats_not_promising() {
    for let_go in [false, true] {
        let mut broken = Life::sam_hurt();
        let mut none = Life::sam_hurt();
        for day in 0..60 {
            for life in [&mut broken, &mut none] {
                ordinary_day(life, day);
                if let_go {
                    life.log(B, day, 23, Kind::LetItGo);
                }
            }
            let promise = broken.promise(A, day, 12, "a trivial thing");
            broken.log(A, day, 13, Kind::PromiseBroken { promise });
            if matches!(day, 10 | 30 | 59) {
                let (b, n) = (broken.garden(day), none.garden(day));
                assert!(
                    b.trust < n.trust,
                    "let go {let_go}, day {day}: {} vs {}",
                    b.trust,
                    n.trust
                );
                assert_eq!(b.share, n.share, "promises are not effort");
                assert!(b.weather.storm >= n.weather.storm);
            }
        }
    }
}

#[test]
fn saying_calmly_that_something_feels_off_never_ends_behind_saying_nothing() {
    let mut said = Life::sam_hurt();
    let mut quiet = Life::sam_hurt();
    for day in 0..40 {
        ordinary_day(&mut said, day);
        ordinary_day(&mut quiet, day);
        if day % 4 == 1 {
            said.log(B, day, 12, Kind::FeelsOff);
        }
        assert!(
            said.trust(day) >= quiet.trust(day),
            "day {day}: {} < {}",
            said.trust(day),
            quiet.trust(day)
        );
    }
}

#[test]
fn a_tense_check_in_is_a_check_in_and_only_a_calm_one_clears_a_cloud() {
    let mut life = Life::sam_hurt();
    life.log(B, 0, 12, Kind::FeelsOff);
    life.log(A, 0, 13, check_in(1, false));
    assert_eq!(life.garden(0).weather.clouds.len(), 1, "a tense check-in");
    life.log(A, 0, 14, check_in(3, true));
    assert!(life.garden(0).weather.clouds.is_empty(), "a calm one");
    assert_eq!(
        life.garden(0).counts[&trust_garden::journal::Action::CheckIn],
        [2, 0]
    );
    let label = trust_garden::journal::Action::CheckIn
        .label()
        .to_lowercase();
    assert!(!label.contains("calm"), "{label}");
}
