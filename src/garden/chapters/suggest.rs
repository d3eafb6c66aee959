//! One gentle line for the app's "today" card: what the current chapter still
//! invites the partner holding the device to do, in words for their role,
//! offered as a possibility. It never counts what was missed, never compares
//! the partners, and says "that's plenty" once today holds something.

use super::progress::{ChapterProgress, GoalProgress, Journey};
use super::schema::Who;
use super::words::invitation_for;
use crate::journal::Partner;

/// `partner` narrows the line to what that partner could do; `None` speaks to both.
pub fn suggest_today(journey: &Journey, partner: Option<Partner>) -> Option<String> {
    let chapter = journey.current_chapter()?;
    let title = &chapter.title;
    if chapter.started_on.is_none() {
        let first = chapter.goals.iter().find(|g| asks(g, partner))?;
        return Some(format!(
            "Whenever you are ready, {title} begins with {}.",
            invitation_for(first.action, first.who)
        ));
    }
    if chapter.completed_on.is_some() {
        return Some(
            "Every chapter is complete, and the garden is yours. Whatever small thing you do today keeps it growing."
                .to_owned(),
        );
    }
    let open = |optional: bool| -> Vec<&GoalProgress> {
        chapter
            .goals
            .iter()
            .filter(|g| g.optional == optional && asks(g, partner))
            .filter(|g| !g.is_met() && !own_part_done(g, partner))
            .collect()
    };
    let required = open(false);
    if required.is_empty() {
        return Some(waiting(chapter, partner, &open(true)));
    }
    let Some(goal) = required.iter().find(|g| !touched_today(g, partner)) else {
        return Some(format!(
            "You have already tended {title} today. That is plenty; the rest can wait for another day."
        ));
    };
    let mut line = format!(
        "{title}: how about {}? ({} of {} so far)",
        invitation_for(goal.action, goal.who),
        goal.done,
        goal.needed
    );
    if goal.acknowledged {
        line.push_str(" It counts once the other has seen and acknowledged it.");
    }
    Some(line)
}

/// What to say when nothing the chapter requires is left for this partner:
/// an optional step, or what the chapter still waits for.
fn waiting(
    chapter: &ChapterProgress,
    partner: Option<Partner>,
    optional: &[&GoalProgress],
) -> String {
    let title = &chapter.title;
    if let Some(goal) = optional.iter().find(|g| !touched_today(g, partner)) {
        return format!(
            "{title}: if it helps, how about {}? It is yours to choose; the chapter does not wait for it.",
            invitation_for(goal.action, goal.who)
        );
    }
    if !chapter.goals.iter().all(|g| g.optional || g.is_met()) {
        return format!(
            "Your part of {title} is done for now. The rest can unfold in its own time, and anything kind you do today still grows the garden."
        );
    }
    let left = chapter.min_days.saturating_sub(chapter.days_in);
    if left > 0 {
        let days = if left == 1 { "day" } else { "days" };
        return format!(
            "Everything {title} asks for is done; it completes in {left} more {days}, because trust grows at its own pace. Enjoy the quiet."
        );
    }
    format!(
        "Everything {title} asks for is done; it completes once the garden has grown a little more (trust {:.0}%). Everyday care is what grows it.",
        chapter.min_trust * 100.0
    )
}

/// Whether a goal asks anything of `partner` (every goal speaks to both).
fn asks(goal: &GoalProgress, partner: Option<Partner>) -> bool {
    partner.is_none_or(|p| goal.asks[p.index()])
}

/// In a goal asking each partner for their part, this partner has given theirs.
fn own_part_done(goal: &GoalProgress, partner: Option<Partner>) -> bool {
    match (goal.who, partner) {
        (Who::Each | Who::Hurt | Who::Caused, Some(p)) => {
            let asked = goal.asks.iter().filter(|&&x| x).count().max(1) as u32;
            goal.by[p.index()] >= goal.needed / asked
        }
        _ => false,
    }
}

fn touched_today(goal: &GoalProgress, partner: Option<Partner>) -> bool {
    match partner {
        Some(p) => goal.today[p.index()] > 0,
        None => goal.today.iter().any(|&n| n > 0),
    }
}
