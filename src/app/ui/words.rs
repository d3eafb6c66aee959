//! How events and plants are put into words on screen.

use crate::garden::{Garden, Ledger};
use crate::journal::{Event, EventId, Kind, SupportKind};

/// A short line for an event, e.g. "Check-in · mood 4, calm".
pub fn describe(event: &Event, ledger: &Ledger) -> String {
    let title = match &event.kind {
        Kind::Setup { partners, .. } => {
            return format!("Started the garden: {} & {}", partners.0, partners.1);
        }
        Kind::Rename { name, .. } => return format!("Renamed to {name}"),
        Kind::Retract { event: target, .. } => {
            return format!("Took back: {}", target_title(*target, ledger));
        }
        Kind::Amend { event: target, .. } => {
            return format!("Edited the note of: {}", target_title(*target, ledger));
        }
        Kind::Pause { from, to } => return format!("Paused {from} to {to}"),
        Kind::Roles { hurt } => {
            let said = crate::garden::words::who_was_hurt(*hurt, &ledger.couple().names);
            return format!("Said again who was hurt: {said}");
        }
        other => other
            .action()
            .map_or_else(|| "Entry".to_owned(), |a| a.label()),
    };
    let detail = match &event.kind {
        Kind::CheckIn { mood, calm } => {
            format!("mood {mood}{}", if *calm { ", calm" } else { ", tense" })
        }
        Kind::PromiseMade { text, due } => match due {
            Some(due) => format!("“{text}” by {due}"),
            None => format!("“{text}”"),
        },
        Kind::PromiseKept { promise } | Kind::PromiseBroken { promise } => ledger
            .promise(*promise)
            .map(|(text, _)| format!("“{text}”"))
            .unwrap_or_default(),
        Kind::QualityTime { minutes, what } => match what {
            Some(what) => format!("{minutes} min, {what}"),
            None => format!("{minutes} min"),
        },
        Kind::Support { kind } => support_name(*kind).to_owned(),
        Kind::Acknowledge { event: target } => target_title(*target, ledger),
        _ => String::new(),
    };
    if detail.is_empty() {
        title
    } else {
        format!("{title} · {detail}")
    }
}

fn target_title(id: EventId, ledger: &Ledger) -> String {
    ledger.event(id).map_or_else(
        || "an entry not in this save".into(),
        |e| describe(e, &Ledger::default()),
    )
}

pub fn support_name(kind: SupportKind) -> &'static str {
    match kind {
        SupportKind::Therapy => "couples therapy",
        SupportKind::Counselling => "counselling",
        SupportKind::Book => "a book together",
        SupportKind::Other => "other support",
    }
}

/// "4 days ago", "today", for a couple day relative to the garden's today.
pub fn days_ago(garden: &Garden, day: chrono::NaiveDate) -> String {
    match (garden.today - day).num_days() {
        days @ 0.. => crate::t!("days-ago", days = days),
        _ => crate::i18n::date_long(day),
    }
}
