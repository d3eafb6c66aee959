//! One scenario per rule, each comparing two replays.

use trust_garden::garden::state::Sky;
use trust_garden::garden::{Ledger, Species, explain, replay};
use trust_garden::journal::{Kind, SupportKind};

use super::*;

#[test]
fn thirty_steady_days_beat_the_same_actions_in_one_day() {
    let mut steady = Log::new();
    let mut burst_first = Log::new();
    let mut burst_last = Log::new();
    for day in 0..30 {
        for by in [A, B] {
            steady.add(by, day, 20, check_in());
            burst_first.add(by, 0, 20, check_in());
            burst_last.add(by, 29, 20, check_in());
        }
    }
    let steady = steady.garden(29);
    for burst in [burst_first.garden(29), burst_last.garden(29)] {
        assert_eq!(steady.counts, burst.counts);
        assert!(strength(&steady, Species::Soil) > 2.0 * strength(&burst, Species::Soil));
        assert!(steady.trust > burst.trust);
    }
}

#[test]
fn both_partners_beat_one() {
    let mut one = Log::new();
    let mut both = Log::new();
    for day in 0..30 {
        one.add(A, day, 9, check_in());
        one.add(A, day, 18, Kind::Kindness);
        both.add(A, day, 9, check_in());
        both.add(B, day, 18, Kind::Kindness);
    }
    let (one, both) = (one.garden(29), both.garden(29));
    assert!(both.trust > one.trust);
    for s in [Species::Soil, Species::Pollinators] {
        assert!(strength(&both, s) > strength(&one, s), "{s:?}");
    }
    assert_eq!(one.share, [1.0, 0.0]);
    assert!((both.share[0] - both.share[1]).abs() < 1e-3);
    assert!((both.share[0] + both.share[1] - 1.0).abs() < 1e-6);
}

#[test]
fn acknowledged_beats_unacknowledged() {
    // Both logs hold the same acknowledgements; only what they see differs.
    let mut seen = Log::new();
    let mut unseen = Log::new();
    for day in 0..42 {
        for (log, ack_talk) in [(&mut seen, true), (&mut unseen, false)] {
            log.add(A, day, 8, check_in());
            log.add(B, day, 9, check_in());
            let talk = log.add(A, day, 19, Kind::HonestTalk);
            let thanks = log.add(
                A,
                day,
                20,
                Kind::PromiseMade {
                    text: "tomorrow".into(),
                    due: None,
                },
            );
            log.ack(B, day, 21, if ack_talk { talk } else { thanks });
        }
    }
    // Being seen lights the whole garden; the plants grow the same, and the
    // acknowledgement itself is nobody's work.
    let (seen, unseen) = (seen.garden(41), unseen.garden(41));
    assert!(
        seen.trust > unseen.trust,
        "{} vs {}",
        seen.trust,
        unseen.trust
    );
    assert_eq!(seen.plants, unseen.plants);
    assert_eq!(seen.share, unseen.share);
}

#[test]
fn own_acknowledgement_does_not_count() {
    let mut own = Log::new();
    let mut none = Log::new();
    for day in 0..10 {
        let talk = own.add(A, day, 19, Kind::HonestTalk);
        own.ack(A, day, 20, talk);
        none.add(A, day, 19, Kind::HonestTalk);
        none.add(A, day, 20, Kind::Kindness);
    }
    assert_eq!(
        strength(&own.garden(9), Species::Roots),
        strength(&none.garden(9), Species::Roots)
    );
}

#[test]
fn an_honest_broken_promise_beats_silence() {
    let mut honest = Log::new();
    let mut silent = Log::new();
    for (log, admits) in [(&mut honest, true), (&mut silent, false)] {
        for day in 0..13 {
            log.add(A, day, 8, check_in());
            log.add(B, day, 9, check_in());
            log.add(A, day, 18, Kind::Kindness);
            log.add(B, day, 19, Kind::Gratitude);
            log.add(A, day, 21, Kind::HonestTalk);
        }
        let promise = log.add(
            A,
            0,
            9,
            Kind::PromiseMade {
                text: "home by 7".into(),
                due: None,
            },
        );
        log.add(A, 0, 10, Kind::HonestTalk);
        if admits {
            log.add(A, 2, 20, Kind::PromiseBroken { promise });
        }
    }
    // Before the promise is due, silence looks free: an admitted break
    // shows a weed at once.
    let (honest_then, silent_then) = (honest.garden(5), silent.garden(5));
    assert_eq!(honest_then.weeds.len(), 1);
    assert!(silent_then.weeds.is_empty());
    assert!(honest_then.open_promises.is_empty());
    assert_eq!(silent_then.open_promises.len(), 1);
    assert!(!silent_then.open_promises[0].overdue);
    assert!(honest_then.plants[&Species::Tree].wilt > 0.0);
    // Once it is past due with no word, silence weighs more than honesty.
    let (honest, silent) = (honest.garden(12), silent.garden(12));
    assert!(silent.open_promises[0].overdue);
    assert!(silent.weeds.iter().any(|w| w.silent));
    assert!(
        honest.trust > silent.trust,
        "{} vs {}",
        honest.trust,
        silent.trust
    );
}

#[test]
fn an_acknowledged_apology_or_letting_go_clears_a_weed() {
    let mut base = Log::new();
    let promise = base.add(
        A,
        0,
        9,
        Kind::PromiseMade {
            text: "no secrets".into(),
            due: None,
        },
    );
    base.add(A, 1, 9, Kind::PromiseBroken { promise });
    let mut apology = base.clone();
    let sorry = apology.add(A, 1, 10, Kind::Apology);
    assert_eq!(
        apology.garden(2).weeds.len(),
        1,
        "an unseen apology is not enough"
    );
    apology.ack(B, 2, 10, sorry);
    assert!(apology.garden(2).weeds.is_empty());
    let mut let_go = base.clone();
    let_go.add(B, 2, 10, Kind::LetItGo);
    assert!(let_go.garden(2).weeds.is_empty());
    assert_eq!(base.garden(2).weeds.len(), 1);
}

#[test]
fn feeling_off_raises_a_cloud_the_next_calm_talk_clears() {
    let mut log = Log::new();
    log.add(B, 0, 9, Kind::FeelsOff);
    assert_eq!(log.garden(0).weather.clouds.len(), 1);
    log.add(
        A,
        0,
        12,
        Kind::CheckIn {
            mood: 2,
            calm: false,
        },
    );
    assert_eq!(log.garden(0).weather.clouds.len(), 1, "a tense check-in");
    log.add(A, 0, 13, Kind::HonestTalk);
    assert!(log.garden(0).weather.clouds.is_empty());
}

#[test]
fn moving_forward_lifts_the_storm_and_care_lifts_it_slowly() {
    let mut care = Log::new();
    for day in 0..20 {
        care.add(A, day, 9, check_in());
    }
    let mut forward = care.clone();
    forward.add(B, 10, 20, Kind::MovingForward);
    let start = care.garden(0).weather.storm;
    let cared = care.garden(19).weather.storm;
    assert!(cared < start);
    assert!(forward.garden(19).weather.storm < cared);
    assert_eq!(Log::new().garden(19).weather.sky, Sky::Storm);
}

#[test]
fn a_trellis_speeds_all_growth() {
    let mut plain = Log::new();
    let mut supported = Log::new();
    for day in 0..30 {
        for log in [&mut plain, &mut supported] {
            log.add(A, day, 9, check_in());
            log.add(B, day, 9, Kind::Kindness);
        }
        if day % 3 == 0 {
            supported.add(
                A,
                day,
                17,
                Kind::Support {
                    kind: SupportKind::Therapy,
                },
            );
        } else if day % 3 == 1 {
            plain.add(A, day, 17, Kind::Gratitude);
        }
    }
    let (plain, supported) = (plain.garden(29), supported.garden(29));
    assert!(strength(&supported, Species::Trellis) > 0.0);
    for s in [Species::Soil, Species::Pollinators] {
        assert!(strength(&supported, s) > strength(&plain, s), "{s:?}");
    }
}

#[test]
fn a_retracted_event_leaves_the_garden_as_without_it() {
    let mut without = Log::new();
    for day in 0..10 {
        without.add(A, day, 9, check_in());
    }
    let mut with = without.clone();
    let mistake = with.add(
        B,
        4,
        10,
        Kind::PromiseBroken {
            promise: without.events[0].id,
        },
    );
    with.ack(A, 5, 10, mistake);
    with.add(
        B,
        6,
        10,
        Kind::Retract {
            event: mistake,
            reason: Some("wrong button".into()),
        },
    );
    let mut without_ack = without.clone();
    without_ack
        .events
        .push(with.events[with.events.len() - 2].clone());
    assert_eq!(with.garden(9), without_ack.garden(9));
    // Even on the days before the retraction was logged.
    assert_eq!(with.garden(4), without_ack.garden(4));
}

#[test]
fn amended_notes_show_the_latest_text() {
    let mut log = Log::new();
    let promise = log.add(
        A,
        0,
        9,
        Kind::PromiseMade {
            text: "phone".into(),
            due: None,
        },
    );
    log.add(
        A,
        0,
        10,
        Kind::Amend {
            event: promise,
            note: "first".into(),
        },
    );
    log.add(
        A,
        0,
        11,
        Kind::Amend {
            event: promise,
            note: "latest".into(),
        },
    );
    let talk = log.add(A, 0, 12, Kind::HonestTalk);
    log.add(
        A,
        0,
        13,
        Kind::Amend {
            event: talk,
            note: "we talked about why".into(),
        },
    );
    let garden = log.garden(0);
    assert_eq!(garden.open_promises[0].note.as_deref(), Some("latest"));
    let fed = explain(
        &Ledger::from_events(log.events.clone()),
        Species::Roots,
        end_of(0),
    );
    assert_eq!(fed.len(), 1);
    assert_eq!(fed[0].note.as_deref(), Some("we talked about why"));
}

#[test]
fn explain_lists_what_fed_a_plant_newest_first() {
    let mut log = Log::new();
    let first = log.add(A, 0, 9, Kind::Kindness);
    let second = log.add(B, 1, 9, Kind::Kindness);
    log.add(A, 1, 10, Kind::Gratitude);
    log.ack(A, 2, 9, second);
    let fed = explain(
        &Ledger::from_events(log.events.clone()),
        Species::Pollinators,
        end_of(2),
    );
    let ids: Vec<_> = fed.iter().map(|f| f.id).collect();
    assert_eq!(ids, [second, first]);
    assert!(fed[0].acknowledged && !fed[1].acknowledged);
    assert_eq!(fed[0].gain, fed[1].gain);
    let before_ack = explain(
        &Ledger::from_events(log.events.clone()),
        Species::Pollinators,
        end_of(1),
    );
    assert!(!before_ack[0].acknowledged);
}

#[test]
fn pause_freezes_decay_and_streak() {
    let mut lapsed = Log::new();
    for day in 0..20 {
        lapsed.add(A, day, 9, check_in());
        lapsed.add(B, day, 9, Kind::Kindness);
    }
    let mut paused = lapsed.clone();
    paused.add(
        A,
        25,
        9,
        Kind::Pause {
            from: day0() + chrono::Days::new(20),
            to: day0() + chrono::Days::new(39),
        },
    );
    let before = paused.garden(19);
    let (lapsed, paused) = (lapsed.garden(39), paused.garden(39));
    assert!(paused.paused && !lapsed.paused);
    for s in [Species::Soil, Species::Pollinators] {
        assert!(
            strength(&paused, s) >= strength(&before, s),
            "{s:?} decayed in a pause"
        );
        assert!(strength(&paused, s) > strength(&lapsed, s), "{s:?}");
    }
    assert_eq!(paused.streak.days, before.streak.days);
    assert!(lapsed.streak.days < before.streak.days);
}

#[test]
fn the_streak_forgives_a_grace_day_and_a_miss_only_shortens_it() {
    let mut log = Log::new();
    // Days 0-27 (four weeks from a Monday), then day 29 missed as well as 28.
    for day in 0..28 {
        log.add(A, day, 9, check_in());
    }
    let four_weeks = log.garden(27).streak;
    assert_eq!(four_weeks.days, 28);
    log.add(B, 29, 9, check_in());
    let graced = log.garden(29).streak;
    assert_eq!(graced.days, 29, "the first missed day of a week is grace");
    assert_eq!(graced.grace_left, 0);
    log.add(B, 31, 9, check_in());
    let missed = log.garden(31).streak;
    assert!(missed.days > 0 && missed.days < 30, "{missed:?}");
    assert_eq!(missed.best, 29);
    // The day in progress never counts as missed.
    let morning = replay(&log.events, end_of(31) + chrono::Duration::hours(1));
    assert_eq!(morning.streak.days, missed.days);
    assert!(!morning.streak.today_done && log.garden(31).streak.today_done);
}

#[test]
fn a_long_neglect_wilts_but_never_ends_the_garden() {
    let mut log = Log::new();
    for day in 0..60 {
        log.add(A, day, 9, check_in());
        log.add(B, day, 9, Kind::Gratitude);
    }
    let grown = log.garden(59);
    let year_later = log.garden(59 + 365);
    assert!(year_later.trust > 0.0);
    for s in [Species::Soil, Species::Lanterns] {
        assert!(year_later.plants[&s].growth > 0.0);
        assert!(year_later.plants[&s].growth < grown.plants[&s].growth);
    }
}
