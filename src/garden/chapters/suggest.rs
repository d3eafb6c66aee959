//! One gentle line for the app's "today" card: what the current chapter still
//! invites the partner holding the device to do, in words for their role,
//! offered as a possibility. It never counts what was missed, never compares
//! the partners, and says "that's plenty" once today holds something.

use super::progress::{ChapterProgress, GoalProgress, Journey};
use super::schema::Who;
use super::words::invitation_for;
use crate::journal::Partner;
use crate::t;

/// `partner` narrows the line to what that partner could do; `None` speaks to both.
pub fn suggest_today(journey: &Journey, partner: Option<Partner>) -> Option<String> {
    let chapter = journey.current_chapter()?;
    let title = &chapter.title;
    if chapter.started_on.is_none() {
        let first = chapter.goals.iter().find(|g| asks(g, partner))?;
        return Some(t!(
            "garden-today-begins",
            title = title,
            invitation = invitation_for(first.action, first.who)
        ));
    }
    if chapter.completed_on.is_some() {
        return Some(t!("garden-today-all-complete"));
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
        return Some(t!("garden-today-tended", title = title));
    };
    let mut line = t!(
        "garden-today-how-about",
        title = title,
        invitation = invitation_for(goal.action, goal.who),
        done = goal.done,
        needed = goal.needed
    );
    if goal.acknowledged {
        line.push(' ');
        line.push_str(&t!("garden-today-once-acknowledged"));
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
        return t!(
            "garden-today-optional",
            title = title,
            invitation = invitation_for(goal.action, goal.who)
        );
    }
    if !chapter.goals.iter().all(|g| g.optional || g.is_met()) {
        return t!("garden-today-part-done", title = title);
    }
    let left = chapter.min_days.saturating_sub(chapter.days_in);
    if left > 0 {
        return t!("garden-today-days-left", title = title, days = left);
    }
    t!(
        "garden-today-trust-left",
        title = title,
        percent = format!("{:.0}", chapter.min_trust * 100.0)
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
