//! One gentle line for the app's "today" card: what the current chapter still
//! invites, offered as a possibility. It never counts what was missed, never
//! compares the partners, and says "that's plenty" once today holds something.

use super::progress::{GoalProgress, Journey};
use super::schema::Who;
use super::words::invitation;
use crate::journal::Partner;

/// `partner` narrows the line to what that partner could do; `None` speaks to both.
pub fn suggest_today(journey: &Journey, partner: Option<Partner>) -> Option<String> {
    let chapter = journey.current_chapter()?;
    let title = &chapter.title;
    if chapter.started_on.is_none() {
        let first = chapter.goals.first()?;
        return Some(format!(
            "Whenever you are ready, {title} begins with {}.",
            invitation(first.action)
        ));
    }
    if chapter.completed_on.is_some() {
        return Some(
            "Every chapter is complete, and the garden is yours. Whatever small thing you do today keeps it growing."
                .to_owned(),
        );
    }
    let open: Vec<&GoalProgress> = chapter
        .goals
        .iter()
        .filter(|g| !g.is_met() && !own_part_done(g, partner))
        .collect();
    if open.is_empty() {
        if chapter.goals.iter().all(GoalProgress::is_met) {
            let left = chapter.min_days.saturating_sub(chapter.days_in).max(1);
            let days = if left == 1 { "day" } else { "days" };
            return Some(format!(
                "Everything {title} asks for is done; it completes in {left} more {days}, because trust grows at its own pace. Enjoy the quiet."
            ));
        }
        return Some(format!(
            "Your part of {title} is done for now. The rest can unfold in its own time, and anything kind you do today still grows the garden."
        ));
    }
    let Some(goal) = open.iter().find(|g| !touched_today(g, partner)) else {
        return Some(format!(
            "You have already tended {title} today. That is plenty; the rest can wait for another day."
        ));
    };
    let mut line = format!(
        "{title}: how about {}? ({} of {} so far)",
        invitation(goal.action),
        goal.done,
        goal.needed
    );
    if goal.acknowledged {
        line.push_str(" It counts once the other has seen and acknowledged it.");
    }
    Some(line)
}

/// In an "each of you" goal, this partner has already given their share.
fn own_part_done(goal: &GoalProgress, partner: Option<Partner>) -> bool {
    match (goal.who, partner) {
        (Who::Each, Some(p)) => goal.by[p.index()] >= goal.needed / 2,
        _ => false,
    }
}

fn touched_today(goal: &GoalProgress, partner: Option<Partner>) -> bool {
    match partner {
        Some(p) => goal.today[p.index()] > 0,
        None => goal.today.iter().any(|&n| n > 0),
    }
}
