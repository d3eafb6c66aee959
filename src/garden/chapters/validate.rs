//! The checks RON's types cannot express: known action names, goals that can
//! be met, durations of at least a day. Problems are (field path, message).

use super::schema::{Chapter, Goal, RawChapter, RawGoal, Who, Window};
use crate::journal::Action;
use crate::t;

pub(crate) type Problem = (String, String);

pub(crate) fn validate(raw: RawChapter) -> Result<Chapter, Vec<Problem>> {
    let mut problems = Vec::new();
    let id_is_plain = !raw.id.is_empty()
        && raw
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    if !id_is_plain {
        problems.push((
            "id".to_owned(),
            t!("level-bad-id", id = format!("{:?}", raw.id)),
        ));
    }
    for (field, text) in [("title", &raw.title), ("story", &raw.story)] {
        if text.trim().is_empty() {
            problems.push((field.to_owned(), t!("level-empty")));
        }
    }
    if raw.min_days == 0 {
        problems.push(("min_days".to_owned(), t!("level-min-days-zero")));
    }
    if !(0.0..1.0).contains(&raw.min_trust) {
        problems.push((
            "min_trust".to_owned(),
            t!("level-min-trust-range", value = raw.min_trust.to_string()),
        ));
    }
    if raw.goals.iter().all(|g| g.optional) && !raw.goals.is_empty() {
        problems.push(("goals".to_owned(), t!("level-all-optional")));
    }
    if raw.goals.is_empty() {
        problems.push(("goals".to_owned(), t!("level-no-goals")));
    }
    let goals: Vec<Goal> = raw
        .goals
        .iter()
        .enumerate()
        .filter_map(|(i, goal)| validate_goal(&format!("goals[{i}]"), goal, &mut problems))
        .collect();
    if problems.is_empty() {
        Ok(Chapter {
            id: raw.id,
            title: raw.title,
            story: raw.story,
            to_hurt: Some(raw.to_hurt).filter(|t| !t.trim().is_empty()),
            to_caused: Some(raw.to_caused).filter(|t| !t.trim().is_empty()),
            goals,
            min_days: raw.min_days,
            min_trust: raw.min_trust,
            unlocks: raw.unlocks,
        })
    } else {
        Err(problems)
    }
}

fn validate_goal(path: &str, raw: &RawGoal, problems: &mut Vec<Problem>) -> Option<Goal> {
    let before = problems.len();
    let field = |name: &str| format!("{path}.{name}");
    let action = Action::from_name(&raw.action);
    if action.is_none() {
        let known: Vec<&str> = Action::ALL.iter().map(|a| a.name()).collect();
        problems.push((
            field("action"),
            t!(
                "level-unknown-action",
                action = format!("{:?}", raw.action),
                expected = known.join(", ")
            ),
        ));
    }
    if raw.count == 0 {
        problems.push((field("count"), t!("level-count-zero")));
    }
    if raw.who == Who::Both && raw.count == 1 {
        problems.push((field("count"), t!("level-both-needs-two")));
    }
    if raw.acknowledged && action == Some(Action::Acknowledge) {
        problems.push((field("acknowledged"), t!("level-ack-of-ack")));
    }
    if let Window::Days(days) = raw.within {
        if days == 0 {
            problems.push((field("within"), t!("level-empty-window")));
        } else if raw.daily {
            // At most one a day from each partner counts, so the window caps the count.
            let most = match raw.who {
                Who::Each | Who::Hurt | Who::Caused => days,
                Who::Both | Who::Either => days.saturating_mul(2),
            };
            if raw.count > most {
                problems.push((
                    field("count"),
                    t!("level-never-met", most = most, days = days),
                ));
            }
        }
    }
    let action = action?;
    (problems.len() == before).then_some(Goal {
        action,
        count: raw.count,
        who: raw.who,
        acknowledged: raw.acknowledged,
        daily: raw.daily,
        within: raw.within,
        optional: raw.optional,
    })
}
