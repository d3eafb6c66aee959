//! The log as CSV (RFC 4180), one row per event in replay order, for
//! spreadsheets and for people who want their data out. Bookkeeping events are
//! rows too, so nothing in the log is hidden; the `retracted` and
//! `acknowledged_by` columns say what later events did to each row.

use crate::garden::Ledger;
use crate::garden::ledger::key_of;
use crate::garden::words::who_was_hurt;
use crate::journal::{Event, Kind, Partner};

pub const CSV_HEADER: &str = "id,at,by,kind,mood,calm,text,due,minutes,what,support,from,to,target,note,retracted,acknowledged_by";

/// The kebab-case name of any event kind: the CLI action name for actions
/// (`check-in`, `ack`, …) and `setup`, `rename`, `retract`, `amend`, `pause`
/// for bookkeeping.
pub fn kind_name(kind: &Kind) -> &'static str {
    match kind {
        Kind::Setup { .. } => "setup",
        Kind::Rename { .. } => "rename",
        Kind::Retract { .. } => "retract",
        Kind::Amend { .. } => "amend",
        Kind::Pause { .. } => "pause",
        Kind::Roles { .. } => "roles",
        Kind::Settle { .. } => "settle",
        Kind::Erase { .. } => "erase",
        other => other.action().map_or("unknown", |action| action.name()),
    }
}

/// Writes the whole log as CSV, header first, one row per event in replay
/// order; the couple's names label the partners.
pub fn to_csv(ledger: &Ledger) -> String {
    let names = &ledger.couple().names;
    let mut sorted: Vec<&Event> = ledger.events().iter().collect();
    sorted.sort_by_key(|e| key_of(e));

    let mut out = String::with_capacity(sorted.len() * 96 + CSV_HEADER.len() + 1);
    out.push_str(CSV_HEADER);
    out.push('\n');
    for e in sorted {
        let mut row = Row::default();
        row.fill(&e.kind, names);
        let acks = acknowledged_by(ledger, e)
            .map(|p| names[p.index()].as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let cells = [
            e.id.to_string(),
            e.at.to_rfc3339(),
            names[e.by.index()].clone(),
            kind_name(&e.kind).to_owned(),
            row.mood,
            row.calm,
            row.text,
            row.due,
            row.minutes,
            row.what,
            row.support,
            row.from,
            row.to,
            e.kind.target().map(|t| t.to_string()).unwrap_or_default(),
            e.note.clone().unwrap_or_default(),
            ledger.is_retracted(e.id).to_string(),
            acks,
        ];
        for (index, cell) in cells.iter().enumerate() {
            if index > 0 {
                out.push(',');
            }
            push_cell(&mut out, cell);
        }
        out.push('\n');
    }
    out
}

/// The partners other than the author whose standing acknowledgement names `e`.
fn acknowledged_by<'a>(ledger: &'a Ledger, e: &'a Event) -> impl Iterator<Item = Partner> + 'a {
    Partner::BOTH.into_iter().filter(move |p| {
        *p != e.by
            && ledger.replies_to(e.id).any(|r| {
                r.by == *p
                    && matches!(r.kind, Kind::Acknowledge { .. })
                    && !ledger.is_retracted(r.id)
            })
    })
}

/// The kind-specific columns; empty where a kind has no such field.
#[derive(Default)]
struct Row {
    mood: String,
    calm: String,
    text: String,
    due: String,
    minutes: String,
    what: String,
    support: String,
    from: String,
    to: String,
}

impl Row {
    fn fill(&mut self, kind: &Kind, names: &[String; 2]) {
        match kind {
            Kind::Setup {
                zone,
                day_start,
                from_now_on: true,
                ..
            } => {
                self.text = format!(
                    "from now on {zone}, day starts {}",
                    day_start.format("%H:%M")
                );
            }
            Kind::Setup {
                partners,
                zone,
                day_start,
                hurt,
                ..
            } => {
                self.text = format!(
                    "{} & {}, {zone}, day starts {}, {}",
                    partners.0,
                    partners.1,
                    day_start.format("%H:%M"),
                    who_was_hurt(*hurt, names)
                );
            }
            Kind::Roles { hurt } => self.text = who_was_hurt(*hurt, names),
            Kind::Rename { partner, name } => {
                self.text = format!("{} is now {name}", names[partner.index()]);
            }
            Kind::CheckIn { mood, calm } => {
                self.mood = mood.to_string();
                self.calm = calm.to_string();
            }
            Kind::PromiseMade { text, due } => {
                self.text = text.clone();
                self.due = due.map(|d| d.to_string()).unwrap_or_default();
            }
            Kind::QualityTime { minutes, what } => {
                self.minutes = minutes.to_string();
                self.what = what.clone().unwrap_or_default();
            }
            Kind::Support { kind } => {
                self.support = format!("{kind:?}").to_lowercase();
            }
            Kind::Retract { reason, .. } => {
                self.text = reason.clone().unwrap_or_default();
            }
            Kind::Amend { note, .. } => {
                self.text = note.clone();
            }
            Kind::Pause { from, to } => {
                self.from = from.to_string();
                self.to = to.to_string();
            }
            _ => {}
        }
    }
}

/// RFC 4180 quoting, plus a leading apostrophe for cells a spreadsheet would
/// run as a formula (a note starting with `=` must stay a note).
fn push_cell(out: &mut String, cell: &str) {
    let formula = cell.starts_with(['=', '+', '-', '@']) && !looks_numeric(cell);
    let quote = formula || cell.contains([',', '"', '\n', '\r']);
    if !quote {
        out.push_str(cell);
        return;
    }
    out.push('"');
    if formula {
        out.push('\'');
    }
    for c in cell.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    out.push('"');
}

fn looks_numeric(cell: &str) -> bool {
    cell.parse::<f64>().is_ok()
}

/// Splits one CSV document back into rows of cells (used by tests and by
/// anyone checking an export; quotes and embedded newlines are honoured).
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, '\r') => {}
            (false, c) => cell.push(c),
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::EventId;
    use chrono::{DateTime, NaiveTime};
    use uuid::Uuid;

    fn event(n: u128, by: Partner, minute: u32, kind: Kind, note: Option<&str>) -> Event {
        Event {
            id: EventId(Uuid::from_u128(n)),
            by,
            at: DateTime::parse_from_rfc3339(&format!("2026-05-01T10:{minute:02}:00+02:00"))
                .unwrap(),
            kind,
            note: note.map(str::to_owned),
        }
    }

    #[test]
    fn every_row_has_every_column_and_awkward_notes_survive() {
        let setup = Kind::Setup {
            partners: ("Alex".into(), "Sam".into()),
            zone: "UTC".into(),
            day_start: NaiveTime::MIN,
            hurt: crate::journal::Hurt::NotSaid,
            from_now_on: false,
        };
        let note = "I felt \"seen\", finally\nthank you";
        let log = [
            event(1, Partner::A, 0, setup, None),
            event(
                2,
                Partner::B,
                1,
                Kind::CheckIn {
                    mood: 4,
                    calm: true,
                },
                Some(note),
            ),
            event(3, Partner::A, 2, Kind::Gratitude, Some("=1+1")),
        ];
        let rows = parse_csv(&to_csv(&Ledger::from_events(log)));
        let columns = CSV_HEADER.split(',').count();
        assert_eq!(rows.len(), 4);
        assert!(rows.iter().all(|r| r.len() == columns), "{rows:?}");
        let note_column = CSV_HEADER.split(',').position(|c| c == "note").unwrap();
        assert_eq!(rows[2][note_column], note);
        assert_eq!(rows[3][note_column], "'=1+1");
        assert_eq!(rows[2][4], "4");
    }

    #[test]
    fn retractions_and_acknowledgements_mark_their_targets() {
        let talk = event(1, Partner::A, 0, Kind::HonestTalk, None);
        let ack = event(2, Partner::B, 1, Kind::Acknowledge { event: talk.id }, None);
        let self_ack = event(3, Partner::A, 2, Kind::Acknowledge { event: talk.id }, None);
        let kindness = event(4, Partner::A, 3, Kind::Kindness, None);
        let undo = event(
            5,
            Partner::A,
            4,
            Kind::Retract {
                event: kindness.id,
                reason: Some("oops".into()),
            },
            None,
        );
        let rows = parse_csv(&to_csv(&Ledger::from_events([
            talk, ack, self_ack, kindness, undo,
        ])));
        let header = &rows[0];
        let col = |name: &str| header.iter().position(|c| c == name).unwrap();
        // Before setup the partners have their default names.
        assert_eq!(rows[1][col("acknowledged_by")], "Partner B");
        assert_eq!(rows[2][col("by")], "Partner B");
        assert_eq!(rows[1][col("kind")], "honest-talk");
        assert_eq!(rows[4][col("retracted")], "true");
        assert_eq!(rows[5][col("kind")], "retract");
        assert_eq!(rows[5][col("text")], "oops");
        assert_eq!(rows[1][col("retracted")], "false");
    }
}
