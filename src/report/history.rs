//! `history`: every entry with who and when, its latest note, who
//! acknowledged it, whether it was logged late, edited or taken back after it
//! was seen. Acknowledgements, retractions and amendments are shown on the
//! entry they are about.

use serde_json::{Value, json};

use crate::export::kind_name;
use crate::garden::Ledger;
use crate::garden::ledger::Entry;
use crate::garden::words::{late, who_was_hurt};
use crate::i18n::{self, Lang};
use crate::journal::{Event, Kind, SupportKind};
use crate::t;

/// The last `limit` entries (all when `None`), oldest first, as JSON. Its
/// labels and details are English in every language: JSON is for programs.
pub fn history_json(ledger: &Ledger, limit: Option<usize>) -> Value {
    i18n::scoped(Lang::En, || {
        Value::Array(
            shown(ledger, limit)
                .iter()
                .map(|e| to_json(e, ledger))
                .collect(),
        )
    })
}

/// The last `limit` entries as text, oldest first.
pub fn history_text(ledger: &Ledger, limit: Option<usize>) -> String {
    let entries = shown(ledger, limit);
    if entries.is_empty() {
        return format!("{}\n", t!("report-history-empty"));
    }
    entries.iter().map(|e| to_text(e, ledger)).collect()
}

fn shown(ledger: &Ledger, limit: Option<usize>) -> Vec<Entry<'_>> {
    let order = ledger.history_order();
    let skip = limit.map_or(0, |limit| order.len().saturating_sub(limit));
    order[skip..]
        .iter()
        .filter_map(|id| ledger.entry(*id))
        .collect()
}

/// The kind's own fields in a few words; `promises` names promises by their text.
fn details(kind: &Kind, ledger: &Ledger) -> String {
    match kind {
        Kind::Setup {
            zone,
            day_start,
            from_now_on: true,
            ..
        } => t!(
            "report-history-clock",
            zone = zone,
            day_start = day_start.format("%H:%M").to_string()
        ),
        Kind::Setup {
            partners,
            zone,
            day_start,
            hurt,
            ..
        } => t!(
            "report-history-setup",
            first = &partners.0,
            second = &partners.1,
            zone = zone,
            day_start = day_start.format("%H:%M").to_string(),
            hurt = who_was_hurt(*hurt, &ledger.couple().names)
        ),
        Kind::Roles { hurt } => who_was_hurt(*hurt, &ledger.couple().names),
        Kind::Rename { name, .. } => t!("report-history-renamed", name = name),
        Kind::CheckIn { mood, calm } => t!(
            "report-history-check-in",
            mood = *mood,
            calm = if *calm { "yes" } else { "no" }
        ),
        Kind::PromiseMade { text, due } => match due {
            Some(due) => t!(
                "report-history-due",
                text = format!("{text:?}"),
                due = due.to_string()
            ),
            None => format!("{text:?}"),
        },
        Kind::QualityTime { minutes, what } => match what {
            Some(what) => t!(
                "report-history-minutes-what",
                minutes = *minutes,
                what = what
            ),
            None => t!("report-history-minutes", minutes = *minutes),
        },
        Kind::Support { kind } => t!(match kind {
            SupportKind::Therapy => "report-history-support-therapy",
            SupportKind::Counselling => "report-history-support-counselling",
            SupportKind::Book => "report-history-support-book",
            SupportKind::Other => "report-history-support-other",
        }),
        Kind::Pause { from, to } => t!(
            "report-history-pause",
            from = from.to_string(),
            to = to.to_string()
        ),
        Kind::PromiseKept { promise } | Kind::PromiseBroken { promise } => {
            match ledger.promise(*promise) {
                Some((text, _)) => format!("{text:?}"),
                None => t!("report-history-promise", id = promise.to_string()),
            }
        }
        _ => String::new(),
    }
}

fn label(kind: &Kind) -> String {
    match kind.action() {
        Some(action) => action.label().to_owned(),
        None => match kind {
            Kind::Setup {
                from_now_on: true, ..
            } => t!("report-history-label-clock"),
            Kind::Setup { .. } => t!("report-history-label-setup"),
            Kind::Rename { .. } => t!("report-history-label-rename"),
            Kind::Pause { .. } => t!("report-history-label-pause"),
            Kind::Roles { .. } => t!("report-history-label-roles"),
            Kind::Settle { .. } => t!("report-history-label-settle"),
            Kind::Erase { .. } => t!("report-history-label-erase"),
            other => kind_name(other).to_owned(),
        },
    }
}

fn to_text(entry: &Entry<'_>, ledger: &Ledger) -> String {
    let couple = ledger.couple();
    // Each moment on the clock the couple had then: after a move, what was
    // logged before it still reads in the old zone.
    let when = |e: &Event| {
        e.at.with_timezone(&couple.clock.at(&e.at).0)
            .format("%Y-%m-%d %H:%M")
            .to_string()
    };
    let e = entry.event;
    let details = details(&e.kind, ledger);
    let details = if details.is_empty() {
        String::new()
    } else {
        format!(" ({details})")
    };
    let struck = if entry.retracted {
        t!("report-history-retracted")
    } else {
        String::new()
    };
    let mut text = format!(
        "{}  {:<8} {}{details}{struck}\n    {}\n",
        when(e),
        couple.name(e.by),
        label(&e.kind),
        t!("report-history-id", id = e.id.to_string())
    );
    if let Some(late) = late(entry.late_days) {
        text.push_str(&format!("    {late}\n"));
    }
    if let Some(note) = entry.note {
        let amended = if entry.amended {
            t!("report-history-amended")
        } else {
            String::new()
        };
        let note = t!("report-history-note", note = format!("{note:?}"));
        text.push_str(&format!("    {note}{amended}\n"));
    }
    for ack in &entry.acks {
        let seen = t!(
            "report-history-seen-by",
            name = couple.name(ack.by),
            when = when(ack)
        );
        text.push_str(&format!("    {seen}\n"));
    }
    if let Some(seen) = &entry.seen {
        let who = couple.name(seen.ack.by);
        if seen.edited_after {
            let then = seen
                .note
                .map_or_else(|| t!("report-history-no-note"), |n| format!("{n:?}"));
            let edited = t!("report-history-edited-after-seen", name = who, then = then);
            text.push_str(&format!("    {edited}\n"));
        }
        if seen.taken_back_after {
            let taken = t!("report-history-taken-back-after-seen", name = who);
            text.push_str(&format!("    {taken}\n"));
        }
    }
    for retraction in &entry.retractions {
        let reason = match &retraction.event.kind {
            Kind::Retract { reason, .. } => reason.as_deref(),
            _ => None,
        };
        let reason = reason.map(|r| format!(": {r}")).unwrap_or_default();
        let key = if retraction.direct {
            "report-history-retracted-by"
        } else {
            "report-history-unretracted-by"
        };
        let what = t!(
            key,
            name = couple.name(retraction.event.by),
            when = when(retraction.event),
            reason = reason
        );
        text.push_str(&format!("    {what}\n"));
    }
    text
}

fn to_json(entry: &Entry<'_>, ledger: &Ledger) -> Value {
    let couple = ledger.couple();
    let e = entry.event;
    let reply = |r: &Event| {
        let reason = match &r.kind {
            Kind::Retract { reason, .. } => reason.clone(),
            _ => None,
        };
        json!({
            "id": r.id.to_string(),
            "by": couple.name(r.by),
            "at": r.at.to_rfc3339(),
            "reason": reason,
        })
    };
    json!({
        "id": e.id.to_string(),
        "at": e.at.to_rfc3339(),
        "by": couple.name(e.by),
        "kind": kind_name(&e.kind),
        "label": label(&e.kind),
        "details": details(&e.kind, ledger),
        "note": entry.note,
        "amended": entry.amended,
        "acknowledged_by": entry.acks.iter().map(|a| reply(a)).collect::<Vec<_>>(),
        "retracted": entry.retracted,
        "retractions": entry.retractions.iter().map(|r| reply(r.event)).collect::<Vec<_>>(),
        "late_days": entry.late_days,
        "seen": entry.seen.as_ref().map(|seen| json!({
            "by": couple.name(seen.ack.by),
            "at": seen.ack.at.to_rfc3339(),
            "note": seen.note,
            "edited_after": seen.edited_after,
            "taken_back_after": seen.taken_back_after,
        })),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::scoped;
    use crate::journal::{EventId, Hurt, Partner};
    use chrono::{DateTime, NaiveTime};
    use uuid::Uuid;

    fn event(n: u128, minute: u32, by: Partner, kind: Kind) -> Event {
        Event {
            id: EventId(Uuid::from_u128(n)),
            by,
            at: DateTime::parse_from_rfc3339(&format!("2026-05-01T10:{minute:02}:00+02:00"))
                .unwrap(),
            kind,
            note: None,
        }
    }

    fn ledger() -> Ledger {
        let setup = Kind::Setup {
            partners: ("Alex".into(), "Sam".into()),
            zone: "Europe/Berlin".into(),
            day_start: NaiveTime::from_hms_opt(4, 0, 0).unwrap(),
            hurt: Hurt::NotSaid,
            from_now_on: false,
        };
        let mut check_in = event(
            2,
            1,
            Partner::B,
            Kind::CheckIn {
                mood: 2,
                calm: false,
            },
        );
        check_in.note = Some("long day".into());
        Ledger::from_events([
            event(1, 0, Partner::A, setup),
            check_in,
            event(
                3,
                2,
                Partner::A,
                Kind::Acknowledge {
                    event: check_in_id(),
                },
            ),
        ])
    }

    fn check_in_id() -> EventId {
        EventId(Uuid::from_u128(2))
    }

    #[test]
    fn the_history_reads_in_german_with_names_and_numbers() {
        let text = scoped(Lang::De, || history_text(&ledger(), None));
        assert!(
            text.contains(
                "Alex     Garten angelegt (Alex & Sam, Europe/Berlin, Tage beginnen um 04:00"
            ),
            "{text}"
        );
        assert!(
            text.contains("Sam      Check-in (Stimmung 2/5, angespannt)"),
            "{text}"
        );
        assert!(text.contains("    Notiz: \"long day\"\n"), "{text}");
        assert!(
            text.contains("    ✓ gesehen von Alex (2026-05-01 10:02)\n"),
            "{text}"
        );
        assert!(
            text.contains(&format!("    ID {}\n", check_in_id())),
            "{text}"
        );
    }

    #[test]
    fn the_history_reads_in_spanish() {
        let text = scoped(Lang::Es, || history_text(&ledger(), None));
        assert!(text.contains("(ánimo 2/5, con tensión)"), "{text}");
        assert!(
            text.contains("✓ vista por Alex (2026-05-01 10:02)"),
            "{text}"
        );
        let empty = scoped(Lang::Es, || history_text(&Ledger::default(), None));
        assert_eq!(empty, "Aún no hay nada registrado.\n");
    }

    #[test]
    fn history_json_is_english_in_every_language() {
        let english = scoped(Lang::En, || history_json(&ledger(), None));
        let german = scoped(Lang::De, || history_json(&ledger(), None));
        assert_eq!(german, english);
        assert_eq!(english[1]["details"], "mood 2/5, tense");
    }
}
