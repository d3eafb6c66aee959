//! How events and plants are put into words on screen.

use crate::garden::{Garden, Ledger};
use crate::journal::{Event, EventId, Kind, SupportKind};

/// A short line for an event, e.g. "Check-in · mood 4, calm".
pub fn describe(event: &Event, ledger: &Ledger) -> String {
    let title = match &event.kind {
        Kind::Setup { partners, .. } => {
            return crate::t!("app-entry-setup", first = &partners.0, second = &partners.1);
        }
        Kind::Rename { name, .. } => return crate::t!("app-entry-rename", name = name),
        Kind::Retract { event: target, .. } => {
            return crate::t!("app-entry-retract", what = target_title(*target, ledger));
        }
        Kind::Amend { event: target, .. } => {
            return crate::t!("app-entry-amend", what = target_title(*target, ledger));
        }
        Kind::Pause { from, to } => {
            return crate::t!(
                "app-entry-pause",
                from = crate::i18n::date_long(*from),
                to = crate::i18n::date_long(*to)
            );
        }
        Kind::Roles { hurt } => {
            let said = crate::garden::words::who_was_hurt(*hurt, &ledger.couple().names);
            return crate::t!("app-entry-roles", said = said);
        }
        other => other
            .action()
            .map_or_else(|| crate::t!("app-entry"), |a| a.label()),
    };
    let detail = match &event.kind {
        Kind::CheckIn { mood, calm } => {
            crate::t!(
                "app-entry-mood",
                mood = u32::from(*mood),
                calm = if *calm { "yes" } else { "no" }
            )
        }
        Kind::PromiseMade { text, due } => match due {
            Some(due) => crate::t!(
                "app-entry-promise-due",
                text = text,
                due = crate::i18n::date_long(*due)
            ),
            None => crate::t!("app-quoted", text = text),
        },
        Kind::PromiseKept { promise } | Kind::PromiseBroken { promise } => ledger
            .promise(*promise)
            .map(|(text, _)| crate::t!("app-quoted", text = text))
            .unwrap_or_default(),
        Kind::QualityTime { minutes, what } => match what {
            Some(what) => crate::t!("app-entry-minutes-what", minutes = *minutes, what = what),
            None => crate::t!("app-entry-minutes", minutes = *minutes),
        },
        Kind::Support { kind } => support_name(*kind),
        Kind::Acknowledge { event: target } => target_title(*target, ledger),
        _ => String::new(),
    };
    if detail.is_empty() {
        title
    } else {
        crate::t!("app-entry-detail", title = title, detail = detail)
    }
}

fn target_title(id: EventId, ledger: &Ledger) -> String {
    ledger.event(id).map_or_else(
        || crate::t!("app-entry-unknown"),
        |e| describe(e, &Ledger::default()),
    )
}

pub fn support_name(kind: SupportKind) -> String {
    match kind {
        SupportKind::Therapy => crate::t!("app-support-therapy"),
        SupportKind::Counselling => crate::t!("app-support-counselling"),
        SupportKind::Book => crate::t!("app-support-book"),
        SupportKind::Other => crate::t!("app-support-other"),
    }
}

/// "4 days ago", "today", for a couple day relative to the garden's today.
pub fn days_ago(garden: &Garden, day: chrono::NaiveDate) -> String {
    match (garden.today - day).num_days() {
        days @ 0.. => crate::t!("days-ago", days = days),
        _ => crate::i18n::date_long(day),
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::app::testing::event;
    use crate::i18n::{Lang, scoped};
    use crate::journal::Partner;

    fn line(lang: Lang, kind: Kind) -> String {
        scoped(lang, || {
            describe(&event(Partner::A, kind), &Ledger::default())
        })
    }

    #[test]
    fn an_entry_is_put_into_words_in_each_language() {
        let check_in = || Kind::CheckIn {
            mood: 4,
            calm: true,
        };
        assert_eq!(line(Lang::En, check_in()), "Check-in · mood 4, calm");
        assert_eq!(line(Lang::De, check_in()), "Check-in · Stimmung 4, ruhig");
        assert_eq!(line(Lang::Es, check_in()), "Check-in · ánimo 4, en calma");
        let walk = || Kind::QualityTime {
            minutes: 45,
            what: Some("ein Spaziergang".into()),
        };
        assert!(line(Lang::De, walk()).ends_with(" · 45 Min., ein Spaziergang"));
        let day = |d| NaiveDate::from_ymd_opt(2026, 5, d).unwrap();
        let pause = || Kind::Pause {
            from: day(4),
            to: day(10),
        };
        assert_eq!(
            line(Lang::En, pause()),
            "Paused May 4, 2026 to May 10, 2026"
        );
        assert_eq!(
            line(Lang::De, pause()),
            "Pause vom 4. Mai 2026 bis 10. Mai 2026"
        );
        assert_eq!(
            line(Lang::Es, pause()),
            "Pausa del 4 de mayo de 2026 al 10 de mayo de 2026"
        );
        let promise = || Kind::PromiseMade {
            text: "Ich melde mich".into(),
            due: None,
        };
        assert!(line(Lang::De, promise()).ends_with("„Ich melde mich“"));
        assert_eq!(
            line(
                Lang::Es,
                Kind::Support {
                    kind: SupportKind::Therapy
                }
            ),
            format!(
                "{} · terapia de pareja",
                scoped(Lang::Es, || crate::journal::Action::Support.label())
            )
        );
    }
}
