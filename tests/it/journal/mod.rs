//! Integration tests: the save file.

mod batch;
mod damage;
mod format;
mod found;
mod merging;
mod processes;
mod repeats;
mod sealed;
mod shared;

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveTime};
use trust_garden::journal::{Event, EventId, Journal, Kind, Partner, SupportKind};
use uuid::Uuid;

pub fn instant(minute: i64) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2025-03-01T08:00:00+01:00").unwrap() + Duration::minutes(minute)
}

/// A fixed id, so tests can build the same event twice.
pub fn id(n: u128) -> EventId {
    EventId(Uuid::from_u128(
        0x0195_0000_0000_7000_8000_0000_0000_0000 | n,
    ))
}

pub fn event(n: u128, kind: Kind) -> Event {
    Event {
        id: id(n),
        by: if n.is_multiple_of(2) {
            Partner::A
        } else {
            Partner::B
        },
        at: instant(n as i64),
        kind,
        note: n
            .is_multiple_of(3)
            .then(|| format!("I felt calm when we talked ({n})")),
    }
}

pub fn every_kind() -> Vec<Kind> {
    let date = NaiveDate::from_ymd_opt(2025, 3, 1).unwrap();
    vec![
        Kind::Setup {
            partners: ("Sam".into(), "Alex \"Al\" Ö".into()),
            zone: "Europe/Berlin".into(),
            day_start: NaiveTime::from_hms_opt(4, 30, 0).unwrap(),
            hurt: trust_garden::journal::Hurt::NotSaid,
            from_now_on: false,
        },
        Kind::Rename {
            partner: Partner::B,
            name: "Alexandra".into(),
        },
        Kind::HonestTalk,
        Kind::CheckIn {
            mood: 3,
            calm: false,
        },
        Kind::PromiseMade {
            text: "home by seven // no excuses".into(),
            due: Some(date),
        },
        Kind::PromiseMade {
            text: "call mum".into(),
            due: None,
        },
        Kind::PromiseKept { promise: id(5) },
        Kind::PromiseBroken { promise: id(6) },
        Kind::QualityTime {
            minutes: 90,
            what: Some("walk\nby the river".into()),
        },
        Kind::QualityTime {
            minutes: 15,
            what: None,
        },
        Kind::Apology,
        Kind::Support {
            kind: SupportKind::Therapy,
        },
        Kind::Support {
            kind: SupportKind::Counselling,
        },
        Kind::Support {
            kind: SupportKind::Book,
        },
        Kind::Support {
            kind: SupportKind::Other,
        },
        Kind::LetItGo,
        Kind::Kindness,
        Kind::Gratitude,
        Kind::FeelsOff,
        Kind::MovingForward,
        Kind::Acknowledge { event: id(11) },
        Kind::Retract {
            event: id(3),
            reason: Some("logged twice".into()),
        },
        Kind::Retract {
            event: id(4),
            reason: None,
        },
        Kind::Amend {
            event: id(9),
            note: "a better note".into(),
        },
        Kind::Pause {
            from: date,
            to: date + Duration::days(3),
        },
    ]
}

/// A new save in `dir` holding `events`, appended in order.
pub fn save_with(dir: &Path, events: &[Event]) -> PathBuf {
    let path = dir.join("garden.ron");
    let mut journal = Journal::create(&path).unwrap();
    for event in events {
        journal.append(event.clone()).unwrap();
    }
    path
}

/// Another device's copy of the save at `ours` (the same garden: its header
/// names the same log), holding `events`, in `dir`.
pub fn copy_of(ours: &Path, dir: &Path, events: &[Event]) -> PathBuf {
    let text = fs::read_to_string(ours).unwrap();
    let mut copy = text.lines().next().unwrap().to_owned();
    copy.push('\n');
    for event in events {
        copy.push_str(&trust_garden::journal::encode_event(event).unwrap());
        copy.push('\n');
    }
    let path = dir.join("garden.ron");
    fs::write(&path, copy).unwrap();
    path
}

/// Some ordinary events, numbered from `first`.
pub fn some_events(first: u128, count: u128) -> Vec<Event> {
    (first..first + count)
        .map(|n| {
            event(
                n,
                Kind::CheckIn {
                    mood: (n % 5 + 1) as u8,
                    calm: n % 2 == 0,
                },
            )
        })
        .collect()
}

/// The line `payload // crc32c=…` with a correct checksum.
pub fn checksummed(payload: &str) -> String {
    format!(
        "{payload} // crc32c={:08x}",
        crc32c::crc32c(payload.as_bytes())
    )
}

pub fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}
