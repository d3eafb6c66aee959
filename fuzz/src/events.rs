//! Valid events made from a few bytes: fixed ids (so a run reproduces), every
//! kind, notes that need escaping, and several UTC offsets.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveTime, Offset, TimeZone, Utc};
use trust_garden::journal::{Event, EventId, Hurt, Kind, Partner, SupportKind};
use uuid::Uuid;

/// A fixed UUIDv7-shaped id.
pub fn id(n: u64) -> EventId {
    EventId(Uuid::from_u128(
        0x0195_0000_0000_7000_8000_0000_0000_0000 | u128::from(n),
    ))
}

/// An id no seed or pool event uses, for the event the harness appends itself.
pub fn fresh_id() -> EventId {
    EventId(Uuid::from_u128(0x0195_ffff_ffff_7fff_bfff_ffff_ffff_fff0))
}

const OFFSETS: [i32; 5] = [3600, 0, -5 * 3600 - 1800, 14 * 3600, -12 * 3600];

/// 2025-03-01 08:00 plus `minutes`, at one of a few offsets.
pub fn instant(minutes: i64, offset: u8) -> DateTime<FixedOffset> {
    let seconds = OFFSETS[usize::from(offset) % OFFSETS.len()];
    let zone = FixedOffset::east_opt(seconds).unwrap_or(Utc.fix());
    let start = NaiveDate::from_ymd_opt(2025, 3, 1)
        .and_then(|d| d.and_hms_opt(8, 0, 0))
        .unwrap_or_default();
    zone.from_utc_datetime(&start) + Duration::minutes(minutes)
}

const NOTES: [Option<&str>; 8] = [
    None,
    Some("I felt heard when you asked"),
    Some("quotes \" and a // comment mark inside"),
    Some("a line\nbreak and a\r\ncarriage return"),
    Some("ünïcödé 🌱 and a tab\t"),
    Some(""),
    Some("back\\slash and ) ( , : braces"),
    Some(" // crc32c=00000000"),
];

pub fn note(n: u8) -> Option<String> {
    NOTES[usize::from(n) % NOTES.len()].map(str::to_owned)
}

/// Number of distinct kinds `kind` makes.
pub const KINDS: u8 = 26;

/// One of every kind of event (and a few of their variants), by `k`.
pub fn kind(k: u8) -> Kind {
    let date = NaiveDate::from_ymd_opt(2025, 3, 1).unwrap_or_default();
    match k % KINDS {
        0 => Kind::Setup {
            partners: ("Sam".into(), "Alex \"Al\" Ö".into()),
            zone: "Europe/Berlin".into(),
            day_start: NaiveTime::from_hms_opt(4, 30, 0).unwrap_or_default(),
            hurt: Hurt::NotSaid,
            from_now_on: false,
        },
        1 => Kind::Setup {
            partners: (String::new(), "B".into()),
            zone: "UTC".into(),
            day_start: NaiveTime::MIN,
            hurt: Hurt::One(Partner::B),
            // A later change of zone and day start (a clock change).
            from_now_on: true,
        },
        2 => Kind::Rename {
            partner: Partner::B,
            name: "Alexandra".into(),
        },
        3 => Kind::HonestTalk,
        4 => Kind::CheckIn {
            mood: 3,
            calm: false,
        },
        5 => Kind::CheckIn {
            mood: 255,
            calm: true,
        },
        6 => Kind::PromiseMade {
            text: "home by seven // no excuses".into(),
            due: Some(date),
        },
        7 => Kind::PromiseMade {
            text: "call mum".into(),
            due: None,
        },
        8 => Kind::PromiseKept { promise: id(5) },
        9 => Kind::PromiseBroken { promise: id(6) },
        10 => Kind::QualityTime {
            minutes: 90,
            what: Some("walk\nby the river".into()),
        },
        11 => Kind::QualityTime {
            minutes: u32::MAX,
            what: None,
        },
        12 => Kind::Apology,
        13 => Kind::Support {
            kind: SupportKind::Therapy,
        },
        14 => Kind::Support {
            kind: SupportKind::Other,
        },
        15 => Kind::LetItGo,
        16 => Kind::Kindness,
        17 => Kind::Gratitude,
        18 => Kind::FeelsOff,
        19 => Kind::MovingForward,
        20 => Kind::Acknowledge { event: id(11) },
        21 => Kind::Retract {
            event: id(3),
            reason: Some("logged twice".into()),
        },
        22 => Kind::Retract {
            event: id(4),
            reason: None,
        },
        23 => Kind::Amend {
            event: id(9),
            note: "a better note".into(),
        },
        24 => Kind::Pause {
            from: date,
            to: date + Duration::days(3),
        },
        _ => Kind::Roles { hurt: Hurt::Both },
    }
}

/// Event `n` of a pool: its id is `id(n)`; `time` and `look` pick when, what and the note.
pub fn event(n: u64, time: u8, look: u8) -> Event {
    Event {
        id: id(n),
        by: if look & 0x80 == 0 {
            Partner::A
        } else {
            Partner::B
        },
        at: instant(i64::from(time) * 97 - 3000, time % 5),
        kind: kind(look % KINDS),
        note: note(look / KINDS),
    }
}
