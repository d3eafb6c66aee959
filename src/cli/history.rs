//! `history`: what was logged, by whom and when, with the latest note, who
//! acknowledged it and whether it was retracted. Acknowledgements,
//! retractions and amendments are shown on the entry they are about.

use std::collections::HashMap;

use serde_json::{Value, json};

use crate::cli::args::HistoryArgs;
use crate::cli::couple::Couple;
use crate::cli::error::{CliResult, fail};
use crate::cli::out;
use crate::cli::save::Save;
use trust_garden::export::kind_name;
use trust_garden::garden::effective::{replay_order, retracted};
use trust_garden::journal::{Event, EventId, Kind};

pub fn history(save: &Save, args: &HistoryArgs) -> CliResult<()> {
    let journal = save.open()?;
    let events = journal.events();
    let couple = Couple::from_events(events)?;
    let entries = entries(events);
    let skip = args
        .limit
        .map_or(0, |limit| entries.len().saturating_sub(limit));
    let shown = &entries[skip..];
    let promises: HashMap<EventId, &str> = events
        .iter()
        .filter_map(|e| match &e.kind {
            Kind::PromiseMade { text, .. } => Some((e.id, text.as_str())),
            _ => None,
        })
        .collect();
    if args.json {
        let list: Vec<Value> = shown
            .iter()
            .map(|e| e.to_json(&couple, &promises))
            .collect();
        let text = serde_json::to_string_pretty(&list)
            .map_err(|e| fail!("cannot write the history as JSON: {e}"))?;
        return out::println(&text);
    }
    if shown.is_empty() {
        return out::println("Nothing logged yet.");
    }
    let text: String = shown
        .iter()
        .map(|e| e.to_text(&couple, &promises))
        .collect();
    out::print(&text)
}

/// One entry of the history with what later events said about it.
pub struct Entry<'a> {
    pub event: &'a Event,
    pub note: Option<&'a str>,
    pub amended: bool,
    pub acks: Vec<&'a Event>,
    pub retractions: Vec<&'a Event>,
    pub retracted: bool,
}

/// Every event that is not a reply to another (acks, retractions and
/// amendments are folded into their targets), in replay order. A retraction
/// of a retraction is shown on the entry it restored.
pub fn entries(events: &[Event]) -> Vec<Entry<'_>> {
    let gone = retracted(events);
    let mut sorted: Vec<&Event> = events.iter().collect();
    sorted.sort_by(|a, b| replay_order(a, b));
    let by_id: HashMap<EventId, &Event> = sorted.iter().map(|e| (e.id, *e)).collect();
    let mut entries: Vec<Entry> = Vec::new();
    let mut index: HashMap<EventId, usize> = HashMap::new();
    for event in &sorted {
        if is_reply(&event.kind) {
            continue;
        }
        index.insert(event.id, entries.len());
        entries.push(Entry {
            event,
            note: event.note.as_deref(),
            amended: false,
            acks: Vec::new(),
            retractions: Vec::new(),
            retracted: gone.contains(&event.id),
        });
    }
    for event in &sorted {
        let Some(mut target) = event.kind.target() else {
            continue;
        };
        // A reply to a reply (e.g. undoing a retraction) belongs to the entry
        // at the end of the chain.
        let mut hops = 0;
        while let Some(parent) = by_id.get(&target).filter(|t| is_reply(&t.kind)) {
            match parent.kind.target() {
                Some(next) if hops < 64 => target = next,
                _ => break,
            }
            hops += 1;
        }
        let Some(&at) = index.get(&target) else {
            continue;
        };
        let entry = &mut entries[at];
        match &event.kind {
            Kind::Acknowledge { .. } if !gone.contains(&event.id) && event.by != entry.event.by => {
                entry.acks.push(event);
            }
            Kind::Amend { note, .. } if !gone.contains(&event.id) => {
                entry.note = Some(note);
                entry.amended = true;
            }
            Kind::Retract { .. } => entry.retractions.push(event),
            _ => {}
        }
    }
    entries
}

fn is_reply(kind: &Kind) -> bool {
    matches!(
        kind,
        Kind::Acknowledge { .. } | Kind::Retract { .. } | Kind::Amend { .. }
    )
}

/// The kind's own fields in a few words; `promises` names promises by their text.
pub fn details(kind: &Kind, promises: &HashMap<EventId, &str>) -> String {
    match kind {
        Kind::Setup {
            partners,
            zone,
            day_start,
        } => format!(
            "{} & {}, {zone}, days start at {}",
            partners.0,
            partners.1,
            day_start.format("%H:%M")
        ),
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
            match promises.get(promise) {
                Some(text) => format!("{text:?}"),
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
            other => kind_name(other).to_owned(),
        },
    }
}

impl Entry<'_> {
    fn to_text(&self, couple: &Couple, promises: &HashMap<EventId, &str>) -> String {
        let zone = couple.clock.zone;
        let when = |e: &Event| {
            e.at.with_timezone(&zone)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        };
        let e = self.event;
        let details = details(&e.kind, promises);
        let details = if details.is_empty() {
            String::new()
        } else {
            format!(" ({details})")
        };
        let struck = if self.retracted { " [retracted]" } else { "" };
        let mut text = format!(
            "{}  {:<8} {}{details}{struck}\n    id {}\n",
            when(e),
            couple.name(e.by),
            label(&e.kind),
            e.id
        );
        if let Some(note) = self.note {
            let amended = if self.amended { " (amended)" } else { "" };
            text.push_str(&format!("    note: {note:?}{amended}\n"));
        }
        for ack in &self.acks {
            text.push_str(&format!(
                "    ✓ seen by {} ({})\n",
                couple.name(ack.by),
                when(ack)
            ));
        }
        for retraction in &self.retractions {
            let (target, reason) = match &retraction.kind {
                Kind::Retract { event, reason } => (*event, reason.as_deref()),
                _ => continue,
            };
            let reason = reason.map(|r| format!(": {r}")).unwrap_or_default();
            let what = if target == e.id {
                "✗ retracted"
            } else {
                "↺ a retraction undone"
            };
            text.push_str(&format!(
                "    {what} by {} ({}){reason}\n",
                couple.name(retraction.by),
                when(retraction)
            ));
        }
        text
    }

    fn to_json(&self, couple: &Couple, promises: &HashMap<EventId, &str>) -> Value {
        let e = self.event;
        let reply = |r: &&Event| {
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
            "details": details(&e.kind, promises),
            "note": self.note,
            "amended": self.amended,
            "acknowledged_by": self.acks.iter().map(reply).collect::<Vec<_>>(),
            "retracted": self.retracted,
            "retractions": self.retractions.iter().map(reply).collect::<Vec<_>>(),
        })
    }
}
