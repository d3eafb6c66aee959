//! "What the partner saw stays visible": editing or taking back an entry
//! the other partner acknowledged shows as such, history keeps the version
//! that was seen, a replacement logged late is marked late, and the days
//! already lived keep the garden the couple saw then.

use trust_garden::actions::{Command, When};
use trust_garden::garden::{AsSeen, Ledger, replay};
use trust_garden::journal::{Event, Kind};

use super::life::{A, B, Life, acknowledge_all, ordinary_day};

#[test]
fn an_apology_edited_after_it_was_acknowledged_shows_what_was_seen() {
    let mut life = Life::sam_hurt();
    let sorry = life
        .command(
            A,
            3,
            20,
            0,
            Command::Log {
                kind: Kind::Apology,
                when: When::Now,
                note: Some("I am sorry I lied about the messages".into()),
            },
        )
        .unwrap();
    life.ack(B, 3, 21, sorry);
    life.command(
        A,
        5,
        9,
        0,
        Command::Amend {
            entry: sorry,
            note: "sorry you were upset".into(),
            when: When::Now,
        },
    )
    .unwrap();
    let entry = life.ledger().entry(sorry).unwrap();
    assert_eq!(entry.note, Some("sorry you were upset"));
    let seen = entry.seen.expect("acknowledged");
    assert!(seen.edited_after);
    assert_eq!(seen.note, Some("I am sorry I lied about the messages"));
    assert!(!seen.taken_back_after);
}

#[test]
fn a_break_taken_back_and_replaced_late_is_marked_and_past_days_keep_what_was_seen() {
    let mut life = Life::sam_hurt();
    for day in 0..=20 {
        let done = ordinary_day(&mut life, day);
        acknowledge_all(&mut life, day, &done);
    }
    let promise = life.promise(A, 10, 12, "home by seven");
    let broken = life.log(A, 12, 23, Kind::PromiseBroken { promise });
    life.ack(B, 12, 23, broken);
    let seen_then = AsSeen::build(life.ledger(), Life::at(14, 12, 0));
    let before: Vec<_> = (10..14)
        .map(|d| seen_then.garden_on(super::life::day(d), life.ledger()))
        .collect();
    let today_before = life.garden(14);

    // Two days later Alex takes the break back and says it was kept after all.
    life.command(
        A,
        14,
        12,
        0,
        Command::Retract {
            entry: broken,
            reason: None,
            when: When::Now,
        },
    )
    .unwrap();
    let kept = life
        .command(
            A,
            14,
            12,
            5,
            Command::Log {
                kind: Kind::PromiseKept { promise },
                when: When::Day(super::life::day(12)),
                note: None,
            },
        )
        .unwrap();

    let history = life.ledger();
    assert_eq!(history.entry(kept).unwrap().late_days, 2);
    let broken_entry = history.entry(broken).unwrap();
    assert!(broken_entry.retracted);
    assert!(
        broken_entry
            .seen
            .as_ref()
            .is_some_and(|s| s.taken_back_after)
    );

    // Today's garden takes the correction in...
    assert_ne!(life.garden(14).weeds, today_before.weeds);
    // ...while the days already lived show what was seen then.
    let seen_now = AsSeen::build(life.ledger(), Life::at(15, 12, 0));
    let after: Vec<_> = (10..14)
        .map(|d| seen_now.garden_on(super::life::day(d), life.ledger()))
        .collect();
    assert_eq!(
        before
            .iter()
            .map(|g| g.as_ref().map(|g| (g.trust, g.weeds.clone())))
            .collect::<Vec<_>>(),
        after
            .iter()
            .map(|g| g.as_ref().map(|g| (g.trust, g.weeds.clone())))
            .collect::<Vec<_>>()
    );
    assert!(
        after[3].as_ref().is_some_and(|g| !g.weeds.is_empty()),
        "day 13 showed the weed"
    );
}

#[test]
fn each_past_day_shows_the_garden_of_what_was_written_by_its_end() {
    let mut life = Life::sam_hurt();
    for day in 0..40 {
        let done = ordinary_day(&mut life, day);
        if day % 3 == 0 {
            acknowledge_all(&mut life, day, &done);
        }
        if day % 5 == 4 {
            // Yesterday's kindness, remembered late; and one taken back.
            life.command(
                B,
                day,
                7,
                0,
                Command::Log {
                    kind: Kind::Kindness,
                    when: When::Day(super::life::day(day - 2)),
                    note: None,
                },
            )
            .unwrap();
            life.command(
                A,
                day,
                23,
                30,
                Command::Retract {
                    entry: done[0],
                    reason: None,
                    when: When::Now,
                },
            )
            .unwrap();
        }
    }
    let now = Life::at(40, 12, 0);
    let seen = AsSeen::build(life.ledger(), now);
    let clock = life.ledger().couple().clock.clone();
    for d in [0, 3, 9, 14, 22, 38, 39] {
        let day = super::life::day(d);
        let end = clock.start_of(day + chrono::Days::new(1));
        let written: Vec<Event> = life
            .ledger()
            .events()
            .iter()
            .filter(|e| trust_garden::garden::ledger::written_at(e.id, &e.at) < end)
            .cloned()
            .collect();
        let then = replay(&written, end - chrono::Duration::nanoseconds(1));
        let shown = seen.garden_on(day, &Ledger::from_events(written)).unwrap();
        assert_eq!(shown.trust, then.trust, "day {d}");
        assert_eq!(shown.weeds, then.weeds, "day {d}");
        assert_eq!(shown.counts, then.counts, "day {d}");
    }
}
