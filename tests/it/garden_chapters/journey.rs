//! Progress by replay: sequence, minimum durations, windows, mutuality,
//! acknowledgement, retraction and merge order.

use chrono::Days;
use proptest::prelude::*;
use trust_garden::garden::chapters::{Chapter, Journey, Who, Window, embedded};
use trust_garden::journal::{Action, Partner};

use super::couple::{Couple, at, day, end_of, journey, journey_at, start_of};

fn roots() -> Chapter {
    embedded().remove(0)
}

#[test]
fn an_empty_log_has_not_started() {
    let chapters = embedded();
    let journey = journey(&chapters, &[], start_of(0));
    assert_eq!(journey.current, 0);
    assert_eq!(journey.chapters.len(), chapters.len());
    for (progress, chapter) in journey.chapters.iter().zip(&chapters) {
        assert_eq!(progress.started_on, None);
        assert_eq!(progress.progress, 0.0);
        assert_eq!(progress.goals.len(), chapter.goals.len());
    }
}

#[test]
fn a_burst_cannot_finish_a_chapter_before_its_minimum_duration() {
    let chapters = embedded();
    let min_days = u64::from(chapters[0].min_days);
    let mut couple = Couple::new();
    couple.burst(&chapters[0], 0);

    let after_burst = journey_at(&chapters, &couple.log, 0);
    let roots = &after_burst.chapters[0];
    assert!(roots.goals.iter().all(|g| g.done >= g.needed), "{roots:#?}");
    assert_eq!(roots.completed_on, None);
    assert!(roots.progress < 1.0);

    // Every day up to the last one before the minimum: still open, and the
    // journey only differs in how many days have passed.
    for n in 1..min_days - 1 {
        let later = journey_at(&chapters, &couple.log, n);
        assert_eq!(later.current, 0);
        assert_eq!(later.chapters[0].completed_on, None, "day {n}");
        let counts = |j: &Journey| {
            j.chapters[0]
                .goals
                .iter()
                .map(|g| (g.done, g.by))
                .collect::<Vec<_>>()
        };
        assert_eq!(counts(&later), counts(&after_burst));
        assert_eq!(later.chapters[0].days_in, roots.days_in + n as u32);
        assert!(later.chapters[0].progress > after_burst.chapters[0].progress);
    }

    // A second, bigger burst changes nothing either.
    let mut eager = Couple::new();
    eager.burst(&chapters[0], 0);
    eager.burst(&chapters[0], 0);
    let eager_journey = journey_at(&chapters, &eager.log, min_days - 2);
    assert_eq!(eager_journey.chapters[0].completed_on, None);
}

#[test]
fn goals_met_then_the_minimum_waited_completes_and_the_next_chapter_begins() {
    let chapters = embedded();
    let min_days = u64::from(chapters[0].min_days);
    let mut couple = Couple::new();
    couple.burst(&chapters[0], 0);

    let done = journey(&chapters, &couple.log, start_of(min_days - 1));
    let roots = &done.chapters[0];
    assert_eq!(roots.completed_on, Some(day(min_days - 1)));
    assert_eq!(roots.days_in, chapters[0].min_days);
    assert_eq!(roots.progress, 1.0);
    assert_eq!(done.current, 1);
    let next = &done.chapters[1];
    assert_eq!(next.started_on, roots.completed_on);
    assert_eq!(next.days_in, 1);
    // What was done for the first chapter does not count again for the next,
    // even where the two ask for the same action.
    assert!(next.goals.iter().all(|g| g.done == 0), "{next:#?}");
    assert!(done.chapters[2..].iter().all(|c| c.started_on.is_none()));
    assert_eq!(done.unlocked(), chapters[0].unlocks);
}

#[test]
fn goals_met_late_complete_the_chapter_the_moment_they_are_met() {
    let chapters = embedded();
    let late = u64::from(chapters[0].min_days) + 3;
    let mut couple = Couple::new();
    couple.burst(&chapters[0], late);
    let before = journey_at(&chapters, &couple.log, late - 1);
    assert_eq!(before.chapters[0].completed_on, None);
    let after = journey_at(&chapters, &couple.log, late);
    assert_eq!(after.chapters[0].completed_on, Some(day(late)));
    assert_eq!(after.chapters[0].days_in, late as u32 + 1);
    assert_eq!(after.chapters[1].started_on, Some(day(late)));
}

#[test]
fn a_couple_doing_a_little_most_days_walks_through_every_chapter_in_weeks() {
    let chapters = embedded();
    let mut couple = Couple::new();
    let total: u64 = chapters.iter().map(|c| u64::from(c.min_days)).sum();
    couple.live_steadily(&chapters, total * 2);
    let journey = journey(&chapters, &couple.log, end_of(total * 2));
    for (progress, chapter) in journey.chapters.iter().zip(&chapters) {
        assert!(progress.completed_on.is_some(), "{progress:#?}");
        assert!(progress.days_in >= chapter.min_days, "{progress:#?}");
        assert!(
            progress.days_in <= 28,
            "{} took {} days",
            chapter.id,
            progress.days_in
        );
    }
    // The last chapter stays current once done.
    assert_eq!(journey.current, chapters.len() - 1);
    let all: Vec<_> = chapters.iter().flat_map(|c| c.unlocks.clone()).collect();
    assert_eq!(journey.unlocked(), all);
}

#[test]
fn a_retraction_logged_later_also_corrects_the_journey_of_earlier_days() {
    let chapters = embedded();
    let mut honest = Couple::new();
    honest.burst(&chapters[0], 0);
    let mut corrected = Couple::new();
    corrected.burst(&chapters[0], 0);
    let extra = corrected.act(Partner::B, at(1, 9, 0), Action::HonestTalk);
    // Noticed and retracted a few days later: a mistaken entry, not a change of heart.
    corrected.retract(Partner::B, at(4, 9, 0), extra);
    assert_eq!(
        journey_at(&chapters, &corrected.log, 1),
        journey_at(&chapters, &honest.log, 1)
    );
}

#[test]
fn a_retracted_action_counts_as_if_it_never_happened() {
    let chapters = embedded();
    let min_days = u64::from(chapters[0].min_days);
    let mut honest = Couple::new();
    honest.burst(&chapters[0], 0);
    let mut mistaken = Couple::new();
    mistaken.burst(&chapters[0], 0);
    let extra = mistaken.act(Partner::B, at(1, 9, 0), Action::HonestTalk);
    mistaken.ack(Partner::A, at(1, 9, 5), extra);
    let mut corrected = Couple::new();
    corrected.burst(&chapters[0], 0);
    let extra = corrected.act(Partner::B, at(1, 9, 0), Action::HonestTalk);
    corrected.ack(Partner::A, at(1, 9, 5), extra);
    corrected.retract(Partner::B, at(1, 9, 10), extra);

    for n in [0, 1, min_days, min_days + 3] {
        let with_retraction = journey_at(&chapters, &corrected.log, n);
        assert_eq!(
            with_retraction,
            journey_at(&chapters, &honest.log, n),
            "day {n}"
        );
    }
    // The retraction matters: without it, the extra talk did count.
    let counted = journey_at(&chapters, &mistaken.log, 1);
    let talk = goal_index(&chapters[0], Action::HonestTalk);
    let with_retraction = journey_at(&chapters, &corrected.log, 1);
    assert!(counted.chapters[0].goals[talk].by[1] > with_retraction.chapters[0].goals[talk].by[1]);

    // Retracting what the burst needed leaves the chapter open.
    let mut undone = Couple::new();
    let first_talk = undone.act(Partner::A, at(0, 9, 0), Action::HonestTalk);
    undone.ack(Partner::B, at(0, 9, 1), first_talk);
    undone.burst(&chapters[0], 0);
    let complete = journey_at(&chapters, &undone.log, min_days);
    assert!(complete.chapters[0].completed_on.is_some());
    let needed = chapters[0].goals[talk].count;
    let mut all_talks = Vec::new();
    for e in &undone.log {
        if e.kind.action() == Some(Action::HonestTalk) {
            all_talks.push(e.id);
        }
    }
    assert!(all_talks.len() as u32 > needed);
    let surplus = all_talks.len() as u32 - needed;
    for id in all_talks.iter().take(surplus as usize + 1) {
        undone.retract(Partner::A, at(1, 8, 0), *id);
    }
    let reopened = journey_at(&chapters, &undone.log, min_days);
    assert_eq!(reopened.chapters[0].completed_on, None);
}

fn goal_index(chapter: &Chapter, action: Action) -> usize {
    chapter
        .goals
        .iter()
        .position(|g| g.action == action)
        .unwrap()
}

/// A copy of `base` whose goals ask for `who`, each needing an acknowledgement
/// as given, so the rule can be tested whatever the level files say.
fn single_goal(action: Action, who: Who, count: u32, acknowledged: bool) -> Vec<Chapter> {
    let mut chapter = roots();
    chapter.goals.truncate(1);
    let goal = &mut chapter.goals[0];
    goal.action = action;
    goal.who = who;
    goal.count = count;
    goal.acknowledged = acknowledged;
    goal.daily = false;
    goal.within = Window::SinceStart;
    vec![chapter]
}

#[test]
fn each_needs_both_partners_both_needs_each_to_take_part_either_does_not() {
    let levels = embedded();
    let used = |who| levels.iter().flat_map(|c| &c.goals).any(|g| g.who == who);
    assert!(used(Who::Each) && used(Who::Both) && used(Who::Either));
    let count = 3;
    for (who, one_partner_suffices) in [(Who::Each, false), (Who::Both, false), (Who::Either, true)]
    {
        let chapters = single_goal(Action::Kindness, who, count, false);
        let min_days = u64::from(chapters[0].min_days);
        let mut couple = Couple::new();
        // One partner doing twice the count does not stand in for the other.
        for i in 0..count * 2 {
            couple.act(Partner::A, at(0, 12, i), Action::Kindness);
        }
        let solo = journey_at(&chapters, &couple.log, min_days);
        assert_eq!(
            solo.chapters[0].completed_on.is_some(),
            one_partner_suffices,
            "{who:?}"
        );
        assert_eq!(solo.chapters[0].goals[0].by, [count * 2, 0]);
        for i in 0..count {
            couple.act(Partner::B, at(1, 12, i), Action::Kindness);
        }
        let shared = journey_at(&chapters, &couple.log, min_days);
        assert!(shared.chapters[0].completed_on.is_some(), "{who:?}");
    }
}

#[test]
fn an_acknowledged_goal_needs_the_other_partners_acknowledgement() {
    let chapters = single_goal(Action::HonestTalk, Who::Either, 1, true);
    let min_days = u64::from(chapters[0].min_days);
    let mut couple = Couple::new();
    let talk = couple.act(Partner::A, at(0, 20, 0), Action::HonestTalk);
    couple.ack(Partner::A, at(0, 20, 5), talk);
    let self_seen = journey_at(&chapters, &couple.log, min_days);
    assert_eq!(self_seen.chapters[0].completed_on, None);
    assert_eq!(self_seen.chapters[0].goals[0].done, 0);

    // Acknowledged days later, by the other partner: counts from then on,
    // for the day it happened.
    let ack_day = min_days + 2;
    couple.ack(Partner::B, at(ack_day, 9, 0), talk);
    let before_ack = journey_at(&chapters, &couple.log, ack_day - 1);
    assert_eq!(before_ack.chapters[0].completed_on, None);
    let seen = journey_at(&chapters, &couple.log, ack_day);
    assert_eq!(seen.chapters[0].completed_on, Some(day(ack_day)));

    // The same goal without the acknowledgement requirement completes as soon
    // as the minimum allows.
    let plain = single_goal(Action::HonestTalk, Who::Either, 1, false);
    let plain_journey = journey_at(&plain, &couple.log, min_days - 1);
    assert_eq!(
        plain_journey.chapters[0].completed_on,
        Some(day(min_days - 1))
    );
}

#[test]
fn daily_goals_count_one_a_day_and_rolling_windows_forget_old_days() {
    let window = 3;
    let mut chapters = single_goal(Action::CheckIn, Who::Either, 2, false);
    chapters[0].goals[0].daily = true;
    chapters[0].goals[0].within = Window::Days(window);
    chapters[0].min_days = 10;
    let mut couple = Couple::new();
    for minute in 0..5 {
        couple.act(Partner::A, at(0, 9, minute), Action::CheckIn);
    }
    let burst = journey_at(&chapters, &couple.log, 0);
    assert_eq!(burst.chapters[0].goals[0].by, [1, 0]);
    assert_eq!(burst.chapters[0].goals[0].today, [5, 0]);
    couple.act(Partner::A, at(1, 9, 0), Action::CheckIn);
    let two_days = journey_at(&chapters, &couple.log, 1);
    assert_eq!(two_days.chapters[0].goals[0].by, [2, 0]);
    // Day 0 leaves the window after `window` days.
    let later = journey_at(&chapters, &couple.log, u64::from(window));
    assert_eq!(later.chapters[0].goals[0].by, [1, 0]);
    let gone = journey_at(&chapters, &couple.log, u64::from(window) + 1);
    assert_eq!(gone.chapters[0].goals[0].by, [0, 0]);
    // So the goal was met early on but is no longer by the minimum: still open.
    let at_minimum = journey_at(&chapters, &couple.log, u64::from(chapters[0].min_days));
    assert_eq!(at_minimum.chapters[0].completed_on, None);
    // Two fresh days inside the window complete it.
    let last = u64::from(chapters[0].min_days);
    couple.act(Partner::B, at(last - 1, 9, 0), Action::CheckIn);
    couple.act(Partner::A, at(last, 9, 0), Action::CheckIn);
    let done = journey_at(&chapters, &couple.log, last);
    assert_eq!(done.chapters[0].completed_on, Some(day(last)));
}

#[test]
fn the_journey_in_the_past_only_knows_what_had_happened_then() {
    let chapters = embedded();
    let mut couple = Couple::new();
    couple.live_steadily(&chapters, 30);
    let full = couple.log.clone();
    let cut = end_of(12);
    let known: Vec<_> = full.iter().filter(|e| e.at <= cut).cloned().collect();
    assert!(known.len() < full.len());
    assert_eq!(
        journey(&chapters, &full, cut),
        journey(&chapters, &known, cut)
    );
}

#[test]
fn days_follow_the_couples_zone_and_day_start() {
    // A talk at 01:30 on the night after day 6 still belongs to day 6.
    let chapters = single_goal(Action::HonestTalk, Who::Either, 1, false);
    let min_days = u64::from(chapters[0].min_days);
    let mut couple = Couple::new();
    couple.act(Partner::A, at(min_days - 1, 25, 30), Action::HonestTalk);
    let journey = journey_at(&chapters, &couple.log, min_days - 1);
    assert_eq!(journey.chapters[0].completed_on, Some(day(min_days - 1)));
    assert_eq!(day(min_days - 1) + Days::new(1), day(min_days));
}

#[test]
fn progress_serializes_with_readable_names() {
    let chapters = embedded();
    let mut couple = Couple::new();
    couple.live_steadily(&chapters, 10);
    let journey = journey_at(&chapters, &couple.log, 10);
    let json = serde_json::to_value(&journey).unwrap();
    let first_goal = &chapters[0].goals[0];
    assert_eq!(json["chapters"][0]["id"], chapters[0].id.as_str());
    assert_eq!(
        json["chapters"][0]["goals"][0]["action"],
        first_goal.action.name()
    );
    assert_eq!(
        json["chapters"][0]["unlocks"][0],
        chapters[0].unlocks[0].id()
    );
    let progress = json["chapters"][journey.current]["progress"]
        .as_f64()
        .unwrap();
    assert!((0.0..=1.0).contains(&progress));
}

fn shuffled(log: &[trust_garden::journal::Event], seed: u64) -> Vec<trust_garden::journal::Event> {
    let mut out = log.to_vec();
    let mut state = seed | 1;
    for i in (1..out.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        out.swap(i, (state % (i as u64 + 1)) as usize);
    }
    out
}

fn lived(days: u64) -> Couple {
    let chapters = embedded();
    let mut couple = Couple::new();
    couple.live_steadily(&chapters, days);
    // A few retractions and late acknowledgements, so order could matter.
    let talks: Vec<_> = couple
        .log
        .iter()
        .filter(|e| e.kind.action() == Some(Action::CheckIn))
        .map(|e| (e.id, e.by))
        .collect();
    for (i, (id, by)) in talks.iter().enumerate().step_by(5) {
        couple.retract(*by, at(i as u64 % days, 23, 0), *id);
    }
    couple
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    #[test]
    fn merged_logs_in_any_order_give_the_same_journey(seed in any::<u64>(), day in 0u64..60) {
        let chapters = embedded();
        let couple = lived(60);
        let in_order: Journey = journey_at(&chapters, &couple.log, day);
        let reordered = shuffled(&couple.log, seed);
        prop_assert_eq!(journey_at(&chapters, &reordered, day), in_order);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]
    /// The app keeps the journey up to date entry by entry (completed
    /// chapters are kept until a change reaches back to them); in any order
    /// of arrival it must equal the journey worked out from scratch.
    #[test]
    fn the_journey_kept_up_to_date_equals_one_from_scratch(seed in any::<u64>()) {
        let chapters = embedded();
        let couple = lived(60);
        let arrivals = shuffled(&couple.log, seed);
        let mut timeline = trust_garden::garden::Timeline::default();
        let mut tracker = trust_garden::garden::chapters::JourneyTracker::new(chapters.clone());
        for (n, event) in arrivals.into_iter().enumerate() {
            let change = timeline.apply(event);
            tracker.changed(timeline.ledger(), change);
            if n % 23 == 0 {
                let now = end_of(60);
                prop_assert_eq!(
                    tracker.journey(timeline.ledger(), &timeline, now),
                    trust_garden::garden::chapters::journey(&chapters, timeline.ledger(), &timeline, now)
                );
            }
        }
        for day in [0, 10, 30, 60, 90] {
            let now = end_of(day);
            let kept = tracker.journey(timeline.ledger(), &timeline, now);
            let fresh = trust_garden::garden::chapters::journey(&chapters, timeline.ledger(), &timeline, now);
            prop_assert_eq!(kept, fresh);
        }
    }
}
