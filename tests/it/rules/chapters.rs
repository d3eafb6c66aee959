//! Chapters are the journey, and they need the garden too: each waits for
//! real days and for trust, asks each partner for what fits their role, and
//! offers support and moving forward at the right moment.

use trust_garden::garden::chapters::suggest_today;
use trust_garden::journal::{Action, Hurt, Kind};

use super::life::{A, B, Life, acknowledge_all, ordinary_day};

fn completed(life: &mut Life, day: u64) -> usize {
    life.journey(day)
        .chapters
        .iter()
        .filter(|c| c.completed_on.is_some())
        .count()
}

#[test]
fn a_couple_doing_only_what_the_goals_ask_never_hears_every_chapter_is_complete() {
    let mut bot = Life::sam_hurt();
    let mut caring = Life::sam_hurt();
    for day in 0..200 {
        bot.do_what_the_goals_ask(day);
        let done = ordinary_day(&mut caring, day);
        acknowledge_all(&mut caring, day, &done);
        caring.do_what_the_goals_ask(day);
    }
    let day = 199;
    let (bot_done, caring_done) = (completed(&mut bot, day), completed(&mut caring, day));
    let chapters = bot.journey(day).chapters.len();
    assert!(
        bot_done < chapters,
        "the bot finished at trust {}",
        bot.trust(day)
    );
    assert_eq!(
        caring_done,
        chapters,
        "a caring couple finishes (trust {})",
        caring.trust(day)
    );
    for partner in [A, B] {
        let line = suggest_today(&bot.journey(day), Some(partner)).unwrap_or_default();
        assert!(!line.contains("Every chapter is complete"), "{line}");
    }
    // Where the bot waits, the words say so truthfully.
    let journey = bot.journey(day);
    let waiting = journey.current_chapter().unwrap();
    assert!(!waiting.trust_met, "{waiting:?}");
}

#[test]
fn the_hurt_partner_is_never_asked_to_promise_apologise_or_let_go() {
    let mut life = Life::sam_hurt();
    let mut seen_chapters = std::collections::BTreeSet::new();
    for day in 0..200 {
        let done = ordinary_day(&mut life, day);
        acknowledge_all(&mut life, day, &done);
        life.do_what_the_goals_ask(day);
        let journey = life.journey(day);
        let chapter = journey.current_chapter().unwrap();
        seen_chapters.insert(chapter.id.clone());
        for goal in &chapter.goals {
            if matches!(
                goal.action,
                Action::PromiseMade | Action::PromiseKept | Action::Apology | Action::LetItGo
            ) {
                assert!(
                    !goal.asks[B.index()],
                    "{}: {}",
                    chapter.id,
                    goal.description
                );
            }
        }
        let line = suggest_today(&journey, Some(B)).unwrap_or_default();
        for word in ["promise", "apolog", "letting one small thing go"] {
            assert!(!line.contains(word), "{}: {line}", chapter.id);
        }
    }
    assert!(seen_chapters.contains("steady-growth") && seen_chapters.contains("clearing-weeds"));
    // Nobody logged an apology or let-it-go for Sam.
    let sam = life.garden(199);
    assert_eq!(
        sam.counts.get(&Action::LetItGo).map_or(0, |c| c[B.index()]),
        0
    );
}

#[test]
fn when_both_were_hurt_each_carries_their_part() {
    let mut life = Life::new(Hurt::Both);
    for day in 0..120 {
        let done = ordinary_day(&mut life, day);
        acknowledge_all(&mut life, day, &done);
        life.do_what_the_goals_ask(day);
        let journey = life.journey(day);
        for goal in &journey.current_chapter().unwrap().goals {
            assert_eq!(goal.asks, [true, true], "{}", goal.description);
        }
    }
}

#[test]
fn support_speeds_the_journey_but_is_not_required() {
    let mut life = Life::sam_hurt();
    for day in 0..200 {
        let done = ordinary_day(&mut life, day);
        acknowledge_all(&mut life, day, &done);
        life.do_what_the_goals_ask(day);
    }
    let journey = life.journey(199);
    let trellis = journey.chapters.iter().find(|c| c.id == "trellis").unwrap();
    assert!(trellis.completed_on.is_some(), "{trellis:?}");
    assert_eq!(life.garden(199).counts.get(&Action::Support), None);
    let support = trellis
        .goals
        .iter()
        .find(|g| g.action == Action::Support)
        .unwrap();
    assert!(support.optional && support.description.contains("if it helps"));
}

/// A caring couple until Bloom is the current chapter; returns that day.
fn until_bloom(life: &mut Life) -> u64 {
    for day in 0..300 {
        let done = ordinary_day(life, day);
        acknowledge_all(life, day, &done);
        let journey = life.journey(day);
        if journey.current_chapter().is_some_and(|c| c.id == "bloom") {
            return day;
        }
        for partner in [A, B] {
            let line = suggest_today(&journey, Some(partner)).unwrap_or_default();
            assert!(
                !line.contains("moving forward"),
                "day {day}, {}: {line}",
                journey.current_chapter().map_or("", |c| &c.id)
            );
        }
        life.do_what_the_goals_ask(day);
    }
    panic!("Bloom never began");
}

#[test]
fn bloom_waits_for_the_hurt_partner_s_own_readiness_never_the_other_s() {
    let mut life = Life::sam_hurt();
    let start = until_bloom(&mut life);
    let journey = life.journey(start);
    let line = suggest_today(&journey, Some(A)).unwrap_or_default();
    assert!(!line.contains("ready to move forward"), "{line}");
    // Everything but Sam's step, for weeks: Alex's own step does not complete it.
    for day in start + 1..start + 40 {
        let done = ordinary_day(&mut life, day);
        acknowledge_all(&mut life, day, &done);
        for partner in [A, B] {
            life.log(
                partner,
                day,
                19,
                Kind::QualityTime {
                    minutes: 45,
                    what: None,
                },
            );
            life.log(partner, day, 20, Kind::Gratitude);
        }
        life.log(A, day, 22, Kind::MovingForward);
    }
    let day = start + 39;
    let bloom = life.journey(day).current_chapter().cloned().unwrap();
    assert_eq!(bloom.id, "bloom");
    assert!(bloom.completed_on.is_none(), "{bloom:?}");
    let readiness = |c: &trust_garden::garden::chapters::ChapterProgress| {
        c.goals
            .iter()
            .find(|g| g.action == Action::MovingForward && !g.optional)
            .map(|g| (g.asks, g.is_met()))
    };
    assert_eq!(readiness(&bloom), Some(([false, true], false)));
    let sam = suggest_today(&life.journey(day), Some(B)).unwrap_or_default();
    assert!(sam.contains("ready to move forward"), "{sam}");
    life.log(B, day + 1, 22, Kind::MovingForward);
    let bloom = life.journey(day + 1).current_chapter().cloned().unwrap();
    assert!(
        bloom.goals.iter().all(|g| g.optional || g.is_met()),
        "{bloom:?}"
    );
    // Then it completes as soon as the garden has grown enough.
    let mut completed = None;
    for later in day + 2..day + 200 {
        let done = ordinary_day(&mut life, later);
        acknowledge_all(&mut life, later, &done);
        if life
            .journey(later)
            .current_chapter()
            .is_some_and(|c| c.completed_on.is_some())
        {
            completed = Some(later);
            break;
        }
    }
    let completed = completed.expect("Bloom completes once the garden has grown");
    assert!(life.trust(completed - 1) >= bloom.min_trust);
}

#[test]
fn a_history_typed_in_one_afternoon_finishes_no_chapter_meant_to_take_weeks() {
    use trust_garden::garden::Timeline;
    use trust_garden::garden::chapters::{embedded, journey};
    use trust_garden::journal::{Event, EventId};
    // A caring couple's 90 days, lived in real time...
    let mut lived = Life::sam_hurt();
    for day in 0..90 {
        let done = ordinary_day(&mut lived, day);
        acknowledge_all(&mut lived, day, &done);
        lived.do_what_the_goals_ask(day);
    }
    // ...and the very same entries written on the afternoon of day 89 (as a
    // hand-edited or scripted save would be).
    let afternoon = Life::at(89, 15, 0);
    let events = lived.ledger().events();
    let new_ids: std::collections::HashMap<EventId, EventId> = events
        .iter()
        .enumerate()
        .map(|(n, e)| {
            let written = afternoon + chrono::Duration::milliseconds(n as i64);
            (e.id, EventId::new_v7_at(written))
        })
        .collect();
    let typed: Vec<Event> = events
        .iter()
        .map(|e| {
            let mut typed = e.clone();
            typed.id = new_ids[&e.id];
            match &mut typed.kind {
                Kind::Acknowledge { event }
                | Kind::PromiseKept { promise: event }
                | Kind::PromiseBroken { promise: event } => *event = new_ids[event],
                _ => {}
            }
            typed
        })
        .collect();
    let typed = Timeline::from_events(typed);
    let now = Life::at(89, 23, 0);
    let done = |j: &trust_garden::garden::chapters::Journey| {
        j.chapters
            .iter()
            .filter(|c| c.completed_on.is_some())
            .count()
    };
    let real = done(&lived.journey(89));
    let rushed = done(&journey(&embedded(), typed.ledger(), &typed, now));
    assert!(real >= 4, "{real}");
    assert_eq!(
        rushed, 0,
        "one afternoon of typing finished {rushed} chapters"
    );
    // The garden itself grows from when things happened, so it looks the same.
    assert_eq!(typed.garden(now).trust, lived.garden(89).trust);
}
