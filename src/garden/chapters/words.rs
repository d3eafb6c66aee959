//! The words shown for goals: a plain description built from the level data,
//! and a gentle invitation for the "today" card. Warm, never shaming.

use super::schema::{Goal, Who, Window};
use crate::journal::{Action, Hurt};

/// What one (or several) of an action is called in a goal.
pub fn noun(action: Action, plural: bool) -> &'static str {
    let (one, many) = match action {
        Action::HonestTalk => ("honest talk", "honest talks"),
        Action::CheckIn => ("check-in", "check-ins"),
        Action::PromiseMade => ("promise made", "promises made"),
        Action::PromiseKept => ("promise kept", "promises kept"),
        Action::PromiseBroken => (
            "broken promise, honestly admitted",
            "broken promises, honestly admitted",
        ),
        Action::QualityTime => ("stretch of quality time", "stretches of quality time"),
        Action::Apology => ("sincere apology", "sincere apologies"),
        Action::Support => ("support session", "support sessions"),
        Action::LetItGo => ("small thing let go", "small things let go"),
        Action::Kindness => ("act of kindness", "acts of kindness"),
        Action::Gratitude => ("moment of gratitude", "moments of gratitude"),
        Action::FeelsOff => (
            "calm word that something feels off",
            "calm words that something feels off",
        ),
        Action::MovingForward => ("step of moving forward", "steps of moving forward"),
        Action::Acknowledge => ("acknowledgement", "acknowledgements"),
    };
    if plural { many } else { one }
}

/// An invitation to do the action today, in the words for whom the goal
/// asks: moving forward is the hurt partner's readiness, but for the partner
/// who caused the hurt it is setting down the guilt.
pub fn invitation_for(action: Action, who: Who) -> &'static str {
    match (action, who) {
        (Action::MovingForward, Who::Caused) => {
            "setting down the guilt: marking that you are moving forward from it, when you are ready"
        }
        (Action::MovingForward, Who::Hurt) => {
            "marking that you are ready to move forward, when it truly feels right to you and not a moment sooner"
        }
        _ => invitation(action),
    }
}

/// An invitation to do the action today, phrased as a possibility.
pub fn invitation(action: Action) -> &'static str {
    match action {
        Action::HonestTalk => {
            "an honest talk about what happened and why, at a pace that feels safe"
        }
        Action::CheckIn => "a check-in about how you are each feeling",
        Action::PromiseMade => "a small promise, one you know you can keep",
        Action::PromiseKept => "keeping one of the promises you have made",
        Action::PromiseBroken => {
            "if a promise slipped, simply saying so; it weighs far less than silence"
        }
        Action::QualityTime => "some time together: a walk, a meal, an evening in",
        Action::Apology => "a sincere apology for something that still hurts, if there is one",
        Action::Support => "a support session: counselling, therapy, or a book you read together",
        Action::LetItGo => "letting one small thing go",
        Action::Kindness => "a small act of kindness",
        Action::Gratitude => "sharing something you are grateful for, or a favourite memory",
        Action::FeelsOff => "if something feels off, saying so gently",
        Action::MovingForward => {
            "marking that you are ready to move forward, when it truly feels right and not a moment sooner"
        }
        Action::Acknowledge => {
            "telling the other \"I saw this, and it mattered\" about something they did"
        }
    }
}

impl Goal {
    /// E.g. "2 check-ins from each of you, on different days, within 7 days".
    /// Who it asks follows the roles: with both hurt (or not said), a goal
    /// for the hurt partner or for the one who caused it asks each of you.
    pub fn description(&self, hurt: Hurt) -> String {
        let mut text = format!("{} {}", self.count, noun(self.action, self.count != 1));
        let one_named = matches!(hurt, Hurt::One(_));
        text.push_str(match self.who {
            Who::Each => " from each of you",
            Who::Both => " between you, with both of you taking part",
            Who::Either => " from either of you",
            Who::Hurt if one_named => " from the one who was hurt",
            Who::Caused if one_named => " from the one who caused the hurt",
            Who::Hurt | Who::Caused => " from each of you",
        });
        if self.optional {
            text.push_str(", if it helps");
        }
        if self.acknowledged {
            text.push_str(", acknowledged by the other");
        }
        if self.daily {
            text.push_str(", on different days");
        }
        match self.within {
            Window::SinceStart => {}
            Window::Days(1) => text.push_str(", within a day"),
            Window::Days(days) => text.push_str(&format!(", within {days} days")),
        }
        text
    }
}
