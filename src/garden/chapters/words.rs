//! The words shown for goals: a plain description built from the level data,
//! and a gentle invitation for the "today" card. Warm, never shaming. The
//! words live in `assets/locales/<lang>/garden.ftl`.

use super::schema::{Goal, Who, Window};
use crate::journal::{Action, Hurt};
use crate::t;

/// What `count` of an action are called in a goal ("honest talks"), without
/// the number, in the form the current language uses for that many.
pub fn noun(action: Action, count: u32) -> String {
    t!(&format!("garden-noun-{}", action.name()), count = count)
}

/// An invitation to do the action today, in the words for whom the goal
/// asks: moving forward is the hurt partner's readiness, but for the partner
/// who caused the hurt it is setting down the guilt.
pub fn invitation_for(action: Action, who: Who) -> String {
    match (action, who) {
        (Action::MovingForward, Who::Caused) => t!("garden-invite-moving-forward-caused"),
        (Action::MovingForward, Who::Hurt) => t!("garden-invite-moving-forward-hurt"),
        _ => invitation(action),
    }
}

/// An invitation to do the action today, phrased as a possibility.
pub fn invitation(action: Action) -> String {
    t!(&format!("garden-invite-{}", action.name()))
}

impl Goal {
    /// E.g. "2 check-ins from each of you, on different days, within 7 days".
    /// Who it asks follows the roles: with both hurt (or not said), a goal
    /// for the hurt partner or for the one who caused it asks each of you.
    pub fn description(&self, hurt: Hurt) -> String {
        let one_named = matches!(hurt, Hurt::One(_));
        let who = match self.who {
            Who::Each => "garden-goal-each",
            Who::Both => "garden-goal-both",
            Who::Either => "garden-goal-either",
            Who::Hurt if one_named => "garden-goal-hurt",
            Who::Caused if one_named => "garden-goal-caused",
            Who::Hurt | Who::Caused => "garden-goal-each",
        };
        let mut clauses = vec![t!(
            who,
            count = self.count,
            noun = noun(self.action, self.count)
        )];
        if self.optional {
            clauses.push(t!("garden-goal-if-it-helps"));
        }
        if self.acknowledged {
            clauses.push(t!("garden-goal-acknowledged"));
        }
        if self.daily {
            clauses.push(t!("garden-goal-daily"));
        }
        if let Window::Days(days) = self.within {
            clauses.push(t!("garden-goal-within", days = days));
        }
        clauses.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, scoped};

    fn goal(action: Action, count: u32, who: Who) -> Goal {
        Goal {
            action,
            count,
            who,
            acknowledged: false,
            daily: false,
            within: Window::SinceStart,
            optional: false,
        }
    }

    #[test]
    fn a_goal_reads_the_same_in_english_as_before() {
        let mut check_ins = goal(Action::CheckIn, 4, Who::Each);
        check_ins.daily = true;
        check_ins.within = Window::Days(7);
        assert_eq!(
            check_ins.description(Hurt::Both),
            "4 check-ins from each of you, on different days, within 7 days"
        );
        let mut talk = goal(Action::HonestTalk, 1, Who::Either);
        talk.acknowledged = true;
        talk.optional = true;
        talk.within = Window::Days(1);
        assert_eq!(
            talk.description(Hurt::NotSaid),
            "1 honest talk from either of you, if it helps, acknowledged by the other, within a day"
        );
    }

    #[test]
    fn german_counts_one_and_two_in_their_own_forms() {
        scoped(Lang::De, || {
            let one = goal(Action::HonestTalk, 1, Who::Either).description(Hurt::Both);
            let two = goal(Action::HonestTalk, 2, Who::Either).description(Hurt::Both);
            assert!(one.starts_with("1 ehrliches Gespräch,"), "{one}");
            assert!(two.starts_with("2 ehrliche Gespräche,"), "{two}");
            let mut days = goal(Action::CheckIn, 4, Who::Each);
            days.within = Window::Days(7);
            let text = days.description(Hurt::Both);
            assert!(text.contains("4 Check-ins"), "{text}");
            assert!(text.contains("innerhalb von 7 Tagen"), "{text}");
            assert!(!text.contains("garden-"), "{text}");
        });
    }

    #[test]
    fn spanish_names_the_hurt_partner_kindly_and_counts_apologies() {
        scoped(Lang::Es, || {
            let one = goal(Action::Apology, 1, Who::Caused)
                .description(Hurt::One(crate::journal::Partner::A));
            assert_eq!(one, "1 disculpa sincera de la persona que causó la herida");
            let two = goal(Action::Apology, 2, Who::Caused).description(Hurt::Both);
            assert!(two.starts_with("2 disculpas sinceras"), "{two}");
        });
    }

    #[test]
    fn unlocks_are_named_in_the_couples_language() {
        use super::super::schema::Unlock;
        assert_eq!(Unlock::Pond.label(), "A quiet pond");
        scoped(Lang::De, || {
            assert_eq!(Unlock::Swing.label(), "Eine Schaukel für zwei")
        });
        scoped(Lang::Es, || {
            assert_eq!(Unlock::Bench.label(), "Un banco para sentarse a hablar")
        });
        for lang in Lang::ALL {
            scoped(lang, || {
                for unlock in Unlock::ALL {
                    assert!(
                        !unlock.label().starts_with("garden-"),
                        "{lang:?} {unlock:?}"
                    );
                }
            });
        }
    }

    #[test]
    fn every_action_has_its_words_in_every_language() {
        for lang in crate::i18n::Lang::ALL {
            scoped(lang, || {
                for action in Action::ALL {
                    for text in [noun(action, 1), noun(action, 2), invitation(action)] {
                        assert!(
                            !text.is_empty() && !text.starts_with("garden-"),
                            "{lang:?} {text}"
                        );
                    }
                }
            });
        }
    }
}
