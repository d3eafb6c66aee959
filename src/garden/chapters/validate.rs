//! The checks RON's types cannot express: known action names, goals that can
//! be met, durations of at least a day. Problems are (field path, message).

use super::schema::{Chapter, Goal, RawChapter, RawGoal, Who, Window};
use crate::journal::Action;

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
            format!(
                "{:?} is not a usable id (expected lowercase letters, digits and '-', e.g. \"open-ground\")",
                raw.id
            ),
        ));
    }
    for (field, text) in [("title", &raw.title), ("story", &raw.story)] {
        if text.trim().is_empty() {
            problems.push((field.to_owned(), "must not be empty".to_owned()));
        }
    }
    if raw.min_days == 0 {
        problems.push((
            "min_days".to_owned(),
            "must be at least 1 (no chapter finishes in no time)".to_owned(),
        ));
    }
    if !(0.0..1.0).contains(&raw.min_trust) {
        problems.push((
            "min_trust".to_owned(),
            format!(
                "{} is out of range (0 to below 1, e.g. 0.3 for 30%)",
                raw.min_trust
            ),
        ));
    }
    if raw.goals.iter().all(|g| g.optional) && !raw.goals.is_empty() {
        problems.push((
            "goals".to_owned(),
            "every goal is optional; a chapter needs at least one it asks for".to_owned(),
        ));
    }
    if raw.goals.is_empty() {
        problems.push((
            "goals".to_owned(),
            "a chapter needs at least one goal".to_owned(),
        ));
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
            format!(
                "unknown action {:?} (expected one of: {})",
                raw.action,
                known.join(", ")
            ),
        ));
    }
    if raw.count == 0 {
        problems.push((field("count"), "must be at least 1".to_owned()));
    }
    if raw.who == Who::Both && raw.count == 1 {
        problems.push((
            field("count"),
            "`who: Both` needs at least 2 (one from each partner); use `Either` for 1".to_owned(),
        ));
    }
    if raw.acknowledged && action == Some(Action::Acknowledge) {
        problems.push((
            field("acknowledged"),
            "an acknowledgement cannot itself be acknowledged".to_owned(),
        ));
    }
    if let Window::Days(days) = raw.within {
        if days == 0 {
            problems.push((
                field("within"),
                "Days(0) is an empty window; use at least Days(1)".to_owned(),
            ));
        } else if raw.daily {
            // At most one a day from each partner counts, so the window caps the count.
            let most = match raw.who {
                Who::Each | Who::Hurt | Who::Caused => days,
                Who::Both | Who::Either => days.saturating_mul(2),
            };
            if raw.count > most {
                problems.push((
                    field("count"),
                    format!("can never be met: at most {most} count within Days({days}) when `daily: true`"),
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
