//! `history`: every entry with who and when, its latest note, who
//! acknowledged it, whether it was logged late, edited or taken back after it
//! was seen. Acknowledgements, retractions and amendments are shown on the
//! entry they are about.

use serde_json::{Value, json};

use crate::export::kind_name;
use crate::garden::Ledger;
use crate::garden::ledger::Entry;
use crate::garden::words::{late, who_was_hurt};
use crate::journal::{Event, Kind};

/// The last `limit` entries (all when `None`), oldest first, as JSON.
pub fn history_json(ledger: &Ledger, limit: Option<usize>) -> Value {
    Value::Array(
        shown(ledger, limit)
            .iter()
            .map(|e| to_json(e, ledger))
            .collect(),
    )
}

/// The last `limit` entries as text, oldest first.
pub fn history_text(ledger: &Ledger, limit: Option<usize>) -> String {
    let entries = shown(ledger, limit);
    if entries.is_empty() {
        return "Nothing logged yet.\n".to_owned();
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
            partners,
            zone,
            day_start,
            hurt,
        } => format!(
            "{} & {}, {zone}, days start at {}, {}",
            partners.0,
            partners.1,
            day_start.format("%H:%M"),
            who_was_hurt(*hurt, &ledger.couple().names)
        ),
        Kind::Roles { hurt } => who_was_hurt(*hurt, &ledger.couple().names),
        Kind::Rename { name, .. } => format!("now called {name}"),
        Kind::CheckIn { mood, calm } => {
            format!("mood {mood}/5, {}", if *calm { "calm" } else { "tense" })
        }
        Kind::PromiseMade { text, due } => match due {
            Some(due) => format!("{text:?}, due {due}"),
            None => format!("{text:?}"),
        },
        Kind::QualityTime { minutes, what } => match what {
            Some(what) => format!("{minutes} min, {what}"),
            None => format!("{minutes} min"),
        },
        Kind::Support { kind } => format!("{kind:?}").to_lowercase(),
        Kind::Pause { from, to } => format!("{from} to {to}"),
        Kind::PromiseKept { promise } | Kind::PromiseBroken { promise } => {
            match ledger.promise(*promise) {
                Some((text, _)) => format!("{text:?}"),
                None => format!("promise {promise}"),
            }
        }
        _ => String::new(),
    }
}

fn label(kind: &Kind) -> String {
    match kind.action() {
        Some(action) => action.label().to_owned(),
        None => match kind {
            Kind::Setup { .. } => "Garden set up".to_owned(),
            Kind::Rename { .. } => "Renamed".to_owned(),
            Kind::Pause { .. } => "Pause".to_owned(),
            Kind::Roles { .. } => "Who was hurt".to_owned(),
            Kind::Settle { .. } => "Conflict settled".to_owned(),
            Kind::Erase { .. } => "Note erased".to_owned(),
            other => kind_name(other).to_owned(),
        },
    }
}

fn to_text(entry: &Entry<'_>, ledger: &Ledger) -> String {
    let couple = ledger.couple();
    let zone = couple.clock.zone;
    let when = |e: &Event| {
        e.at.with_timezone(&zone)
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
    let struck = if entry.retracted { " [retracted]" } else { "" };
    let mut text = format!(
        "{}  {:<8} {}{details}{struck}\n    id {}\n",
        when(e),
        couple.name(e.by),
        label(&e.kind),
        e.id
    );
    if let Some(late) = late(entry.late_days) {
        text.push_str(&format!("    {late}\n"));
    }
    if let Some(note) = entry.note {
        let amended = if entry.amended { " (amended)" } else { "" };
        text.push_str(&format!("    note: {note:?}{amended}\n"));
    }
    for ack in &entry.acks {
        text.push_str(&format!(
            "    ✓ seen by {} ({})\n",
            couple.name(ack.by),
            when(ack)
        ));
    }
    if let Some(seen) = &entry.seen {
        let who = couple.name(seen.ack.by);
        if seen.edited_after {
            let then = seen.note.map_or("no note".to_owned(), |n| format!("{n:?}"));
            text.push_str(&format!(
                "    ✎ edited after {who} saw it; {who} saw: {then}\n"
            ));
        }
        if seen.taken_back_after {
            text.push_str(&format!("    ✗ taken back after {who} saw it\n"));
        }
    }
    for retraction in &entry.retractions {
        let reason = match &retraction.event.kind {
            Kind::Retract { reason, .. } => reason.as_deref(),
            _ => None,
        };
        let reason = reason.map(|r| format!(": {r}")).unwrap_or_default();
        let what = if retraction.direct {
            "✗ retracted"
        } else {
            "↺ a retraction undone"
        };
        text.push_str(&format!(
            "    {what} by {} ({}){reason}\n",
            couple.name(retraction.event.by),
            when(retraction.event)
        ));
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
