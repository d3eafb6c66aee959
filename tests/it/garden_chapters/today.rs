//! The "today" line: helpful, gentle, and quiet once today holds something.

use trust_garden::garden::chapters::{embedded, invitation, suggest_today};
use trust_garden::journal::Partner;

use super::couple::{Couple, at, journey, journey_at, start_of};

/// Words that count what was missed, compare, or command.
const HARSH: [&str; 10] = [
    "missed", "failed", "behind", "only", "should", "must", "never", "late", "streak", "yet",
];

fn assert_gentle(line: &str) {
    assert!(!line.contains('!'), "{line:?} raises its voice");
    let lower = line.to_lowercase();
    for word in lower.split(|c: char| !c.is_alphanumeric()) {
        assert!(!HARSH.contains(&word), "{line:?} says {word:?}");
    }
}

#[test]
fn before_anything_is_logged_it_invites_the_first_step() {
    let chapters = embedded();
    let line = suggest_today(&journey(&chapters, &[], start_of(0)), None).unwrap();
    assert!(line.contains(&chapters[0].title), "{line}");
    assert!(
        line.contains(&invitation(chapters[0].goals[0].action)),
        "{line}"
    );
    assert_gentle(&line);
}

#[test]
fn it_names_an_open_goal_then_rests_once_today_is_tended() {
    let chapters = embedded();
    let mut couple = Couple::new();
    let morning = journey(&chapters, &couple.log, start_of(0));
    let line = suggest_today(&morning, None).unwrap();
    let first = &chapters[0].goals[0];
    assert!(line.contains(&invitation(first.action)), "{line}");
    assert_gentle(&line);

    // Both partners do one of everything the chapter asks: nothing more to ask today.
    for goal in &chapters[0].goals {
        for by in Partner::BOTH {
            couple.act(by, at(0, 18, 0), goal.action);
        }
    }
    let evening = journey_at(&chapters, &couple.log, 0);
    let line = suggest_today(&evening, None).unwrap();
    assert!(!line.contains(&invitation(first.action)), "{line}");
    assert!(line.contains("plenty"), "{line}");
    assert_gentle(&line);
}

#[test]
fn when_only_time_is_left_it_says_how_many_days() {
    let chapters = embedded();
    let mut couple = Couple::new();
    couple.burst(&chapters[0], 0);
    let journey = journey_at(&chapters, &couple.log, 1);
    let roots = &journey.chapters[0];
    let left = roots.min_days - roots.days_in;
    let line = suggest_today(&journey, Some(Partner::A)).unwrap();
    assert!(line.contains(&format!("{left} more days")), "{line}");
    assert_gentle(&line);
}

#[test]
fn lines_stay_gentle_along_a_whole_journey() {
    let chapters = embedded();
    let mut couple = Couple::new();
    let total: u64 = chapters.iter().map(|c| u64::from(c.min_days)).sum();
    couple.live_steadily(&chapters, total * 2);
    let mut seen = std::collections::BTreeSet::new();
    for n in 0..total * 2 {
        for moment in [start_of(n), super::couple::end_of(n)] {
            let journey = journey(&chapters, &couple.log, moment);
            for partner in [None, Some(Partner::A), Some(Partner::B)] {
                let line = suggest_today(&journey, partner).unwrap();
                assert_gentle(&line);
                seen.insert(line);
            }
        }
    }
    // It speaks about more than one thing over a journey.
    assert!(seen.len() > chapters.len(), "{seen:#?}");
}
