//! "Actions must be seen", and rebuilding is mutual: an action the other
//! partner acknowledges counts clearly more, but acknowledging is a
//! response, not work: it never counts in a share.

use trust_garden::journal::Kind;

use super::life::{A, B, Life, acknowledge_all, check_in, ordinary_day};

#[test]
fn an_acknowledged_routine_ends_clearly_ahead_of_the_same_routine_unacknowledged() {
    let mut seen = Life::sam_hurt();
    let mut unseen = Life::sam_hurt();
    for day in 0..=30 {
        let done = ordinary_day(&mut seen, day);
        acknowledge_all(&mut seen, day, &done);
        ordinary_day(&mut unseen, day);
    }
    let (seen, unseen) = (seen.trust(30), unseen.trust(30));
    assert!(
        seen >= 1.10 * unseen,
        "acknowledged {seen} vs unacknowledged {unseen}: less than 10% more"
    );
}

/// Alex does every action of an ordinary day.
fn alex_does_it_all(life: &mut Life, day: u64) -> Vec<trust_garden::journal::EventId> {
    let mut done = vec![
        life.log(A, day, 8, check_in(4, true)),
        life.log(A, day, 9, check_in(4, true)),
        life.log(A, day, 18, Kind::Kindness),
        life.log(A, day, 21, Kind::Gratitude),
    ];
    if day % 7 == 6 {
        done.push(life.log(A, day, 20, Kind::HonestTalk));
    }
    done
}

#[test]
fn acknowledging_is_not_work_and_shows_on_its_own() {
    let mut split = Life::sam_hurt();
    let mut alone = Life::sam_hurt();
    let mut acknowledged = 0;
    for day in 0..=30 {
        let done = ordinary_day(&mut split, day);
        acknowledge_all(&mut split, day, &done);
        let done = alex_does_it_all(&mut alone, day);
        acknowledged += done.len() as u32;
        acknowledge_all(&mut alone, day, &done);
    }
    let (split, alone) = (split.garden(30), alone.garden(30));
    assert!(
        alone.share[1] < 0.01,
        "Sam only acknowledged: {:?}",
        alone.share
    );
    assert_eq!(alone.noticed, [0, acknowledged]);
    assert!(
        split.trust > 1.05 * alone.trust,
        "both doing the work {} vs one doing it and one watching {}",
        split.trust,
        alone.trust
    );
}

#[test]
fn acknowledging_months_of_old_entries_at_once_moves_no_share_and_no_burst() {
    let mut life = Life::sam_hurt();
    let mut alexs = Vec::new();
    for day in 0..180 {
        let done = ordinary_day(&mut life, day);
        alexs.extend(
            done.into_iter()
                .filter(|id| life.ledger().event(*id).is_some_and(|e| e.by == A)),
        );
    }
    let before = life.garden(180);
    for id in &alexs {
        life.ack(B, 180, 10, *id);
    }
    let after = life.garden(180);
    assert_eq!(after.share, before.share);
    assert!(
        after.trust < 1.05 * before.trust,
        "{} entries acknowledged at once: trust {} -> {}",
        alexs.len(),
        before.trust,
        after.trust
    );
    assert!(after.trust >= before.trust);
}

#[test]
fn more_care_never_ends_behind_less() {
    let mut more = Life::sam_hurt();
    let mut less = Life::sam_hurt();
    for day in 0..40 {
        for life in [&mut more, &mut less] {
            let done = ordinary_day(life, day);
            acknowledge_all(life, day, &done);
        }
        // Unacknowledged extras, by the partner who already does more.
        more.log(A, day, 12, Kind::Kindness);
        more.log(A, day, 13, Kind::Gratitude);
        assert!(
            more.trust(day) >= less.trust(day),
            "day {day}: {} < {}",
            more.trust(day),
            less.trust(day)
        );
    }
}

#[test]
fn an_acknowledgement_in_the_very_second_of_its_entry_still_counts() {
    // A fixed clock (or a quick tap) writes both in one second; replay
    // breaks ties by id, and the reply must still come after its entry.
    for _ in 0..50 {
        let mut life = Life::sam_hurt();
        let kind = life.log_at(A, 1, 12, 0, Kind::Kindness);
        let ack = trust_garden::actions::Command::Acknowledge {
            entry: kind,
            when: trust_garden::actions::When::Now,
        };
        life.command(B, 1, 12, 0, ack).unwrap();
        let ledger = life.ledger();
        assert!(ledger.acknowledged_at(kind).is_some());
        assert_eq!(life.garden(1).noticed, [0, 1]);
    }
}

#[test]
fn the_charts_know_on_which_day_each_partner_noticed_the_other() {
    // Sam acknowledges Alex's kindness of day 2 on day 5, and two of Alex's
    // entries long after, on day 40; Alex acknowledges Sam's gratitude on day 41.
    let mut life = Life::sam_hurt();
    let kindness = life.log(A, 2, 18, Kind::Kindness);
    let talk = life.log(A, 3, 20, Kind::HonestTalk);
    let sorry = life.log(A, 4, 19, Kind::Apology);
    life.ack(B, 5, 9, kindness);
    let thanks = life.log(B, 40, 8, Kind::Gratitude);
    life.ack(B, 40, 10, talk);
    life.ack(B, 40, 11, sorry);
    life.ack(A, 41, 9, thanks);
    let series = life.timeline.series(Life::at(41, 23, 0));
    let noticed: Vec<(u64, [u32; 2])> = series
        .iter()
        .filter(|p| p.noticed != [0, 0])
        .map(|p| {
            (
                (p.day - super::life::first_day()).num_days() as u64,
                p.noticed,
            )
        })
        .collect();
    assert_eq!(noticed, vec![(5, [0, 1]), (40, [0, 2]), (41, [1, 0])]);
    // Noticing is not also counted as a thing done: on day 5 Sam only
    // acknowledged, on day 40 Sam did one thing (the gratitude).
    let done = |day: u64| {
        series
            .iter()
            .find(|p| (p.day - super::life::first_day()).num_days() as u64 == day)
            .map(|p| p.actions)
    };
    assert_eq!(done(5), Some([0, 0]));
    assert_eq!(done(40), Some([0, 1]));
    assert_eq!(done(41), Some([0, 0]));
    // The whole garden's count agrees with the days'.
    assert_eq!(life.garden(41).noticed, [1, 3]);
}
