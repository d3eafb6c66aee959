//! The events a couple logs. Every field is part of the save-file format:
//! add new optional fields with `#[serde(default)]` and new variants at the end,
//! never rename or remove, so old lines keep reading the same.

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A unique event id: a UUIDv7, so two devices never need to agree on a counter
/// and ids sort roughly by creation time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EventId(pub Uuid);

impl EventId {
    pub fn new_v7() -> Self {
        EventId(Uuid::now_v7())
    }

    /// A UUIDv7 of the moment `written`: the moment an entry is written,
    /// which the rules read back (see `garden::ledger::written_at`). An app
    /// started at a fixed moment writes ids of that moment.
    pub fn new_v7_at(written: DateTime<Utc>) -> Self {
        let seconds = u64::try_from(written.timestamp()).unwrap_or(0);
        let stamp =
            uuid::Timestamp::from_unix(uuid::NoContext, seconds, written.timestamp_subsec_nanos());
        EventId(Uuid::new_v7(stamp))
    }
}

impl fmt::Display for EventId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

impl std::str::FromStr for EventId {
    type Err = uuid::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Uuid::parse_str(s).map(EventId)
    }
}

/// Which of the two partners. Names live in the setup event, so a rename never
/// rewrites history.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Partner {
    A,
    B,
}

impl Partner {
    pub const BOTH: [Partner; 2] = [Partner::A, Partner::B];

    pub fn index(self) -> usize {
        match self {
            Partner::A => 0,
            Partner::B => 1,
        }
    }

    pub fn other(self) -> Partner {
        match self {
            Partner::A => Partner::B,
            Partner::B => Partner::A,
        }
    }
}

/// One line of the log.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: EventId,
    pub by: Partner,
    /// Wall time with the UTC offset the device had when the action happened.
    pub at: DateTime<FixedOffset>,
    pub kind: Kind,
    /// Free text, e.g. an "I felt … when …" statement. Amend events replace it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Event {
    /// A new entry with a fresh id (UUIDv7: its first digits are the time).
    pub fn new(by: Partner, at: DateTime<FixedOffset>, kind: Kind, note: Option<String>) -> Event {
        Event {
            id: EventId::new_v7(),
            by,
            at,
            kind,
            note,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum SupportKind {
    Therapy,
    Counselling,
    Book,
    Other,
}

/// What happened. Variant order is not significant; names are the format.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Kind {
    /// The couple's names, time zone (IANA name), the time their day starts
    /// and who was hurt. A later setup event replaces an earlier one, unless
    /// it holds `from_now_on`.
    Setup {
        partners: (String, String),
        zone: String,
        day_start: NaiveTime,
        /// Lines written before roles existed read as "not said".
        #[serde(default, skip_serializing_if = "Hurt::is_not_said")]
        hurt: Hurt,
        /// A change of the zone or day start, from this entry's moment on:
        /// the days before it stay as they were (see `garden::clock`). Its
        /// names and roles are a copy of the couple's at the time; renames
        /// and roles change only through their own entries.
        ///
        /// Why a setup and not a kind of its own: a version before this
        /// field reads a kind it does not know as a line from a newer
        /// version (kept, not replayed, and the save is never rewritten, so
        /// it could no longer erase a note there). It reads this line as a
        /// whole new setup, with the names and roles the couple had, and a
        /// field it does not know is ignored; it just buckets every day in
        /// the new zone, as it always did after a second setup.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        from_now_on: bool,
    },
    Rename {
        partner: Partner,
        name: String,
    },
    /// We discussed what happened and why.
    HonestTalk,
    /// Mood 1-5, calm or tense.
    CheckIn {
        mood: u8,
        calm: bool,
    },
    PromiseMade {
        text: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        due: Option<NaiveDate>,
    },
    PromiseKept {
        promise: EventId,
    },
    /// Honestly admitted.
    PromiseBroken {
        promise: EventId,
    },
    QualityTime {
        minutes: u32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        what: Option<String>,
    },
    /// Counts fully once the other partner acknowledges it.
    Apology,
    Support {
        kind: SupportKind,
    },
    LetItGo,
    Kindness,
    Gratitude,
    /// Something feels off, said calmly.
    FeelsOff,
    /// The hurt partner marks being ready to move past it.
    MovingForward,
    /// "I saw this, and it mattered", by the other partner.
    Acknowledge {
        event: EventId,
    },
    /// Undo a mistaken entry: the retracted event has no effect.
    Retract {
        event: EventId,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
    /// Replace the note of an earlier event.
    Amend {
        event: EventId,
        note: String,
    },
    /// Illness, travel: decay and streaks freeze over these days (inclusive).
    Pause {
        from: NaiveDate,
        to: NaiveDate,
    },
    /// Who was hurt, changed after setup: takes effect once the other
    /// partner acknowledges it.
    Roles {
        hurt: Hurt,
    },
    /// Two devices hold different versions of one entry (one id, different
    /// lines: only damage or hand editing makes them). This says which one
    /// stands, so both devices show the same: `keep` is the chosen version's
    /// line without its checksum.
    Settle {
        event: EventId,
        keep: String,
    },
    /// The words of one's own entry erased for good: its note, or the note
    /// of one's amendment or the reason of one's retraction. The entry and
    /// what it did stay; every copy that holds the words is rewritten
    /// without them.
    Erase {
        event: EventId,
    },
}

/// Who was hurt by the breach that brought the couple here. "One of you
/// will need to recover from guilt and another from pain"; a couple may say
/// both were hurt, or rather not say (which the rules treat as both).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Hurt {
    #[default]
    NotSaid,
    Both,
    One(Partner),
}

impl Hurt {
    pub fn is_not_said(&self) -> bool {
        *self == Hurt::NotSaid
    }

    /// Whether `partner` is one of the hurt (both are, unless one was named).
    pub fn includes(self, partner: Partner) -> bool {
        match self {
            Hurt::One(hurt) => hurt == partner,
            Hurt::Both | Hurt::NotSaid => true,
        }
    }

    /// Whether `partner` caused the hurt: the other one, when one was named;
    /// both of them otherwise (each carries their part).
    pub fn caused_by(self, partner: Partner) -> bool {
        match self {
            Hurt::One(hurt) => hurt != partner,
            Hurt::Both | Hurt::NotSaid => true,
        }
    }

    /// The hurt partners, in order.
    pub fn partners(self) -> Vec<Partner> {
        Partner::BOTH
            .into_iter()
            .filter(|p| self.includes(*p))
            .collect()
    }
}

/// The actions a partner logs, one per family in the design table; used for
/// counts, goals in level files and the CLI's action names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Action {
    HonestTalk,
    CheckIn,
    PromiseMade,
    PromiseKept,
    PromiseBroken,
    QualityTime,
    Apology,
    Support,
    LetItGo,
    Kindness,
    Gratitude,
    FeelsOff,
    MovingForward,
    Acknowledge,
}

impl Action {
    pub const ALL: [Action; 14] = [
        Action::HonestTalk,
        Action::CheckIn,
        Action::PromiseMade,
        Action::PromiseKept,
        Action::PromiseBroken,
        Action::QualityTime,
        Action::Apology,
        Action::Support,
        Action::LetItGo,
        Action::Kindness,
        Action::Gratitude,
        Action::FeelsOff,
        Action::MovingForward,
        Action::Acknowledge,
    ];

    /// The kebab-case name used by the CLI, CSV export and JSON output.
    pub fn name(self) -> &'static str {
        match self {
            Action::HonestTalk => "honest-talk",
            Action::CheckIn => "check-in",
            Action::PromiseMade => "promise",
            Action::PromiseKept => "kept",
            Action::PromiseBroken => "broken",
            Action::QualityTime => "quality-time",
            Action::Apology => "apology",
            Action::Support => "support",
            Action::LetItGo => "let-it-go",
            Action::Kindness => "kindness",
            Action::Gratitude => "gratitude",
            Action::FeelsOff => "feels-off",
            Action::MovingForward => "moving-forward",
            Action::Acknowledge => "ack",
        }
    }

    /// Words for people in the current language, e.g. in the history list
    /// ("Honest talk").
    pub fn label(self) -> String {
        crate::i18n::message(&format!("action-{}", self.name()), None)
    }

    /// The same words as they read mid-sentence ("honest talk"; German
    /// keeps its nouns capitalised).
    pub fn label_inline(self) -> String {
        crate::i18n::message(&format!("action-{}.inline", self.name()), None)
    }

    pub fn from_name(name: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.name() == name)
    }
}

impl Event {
    /// The same event without the words a partner may erase: its note, an
    /// amendment's note, a retraction's reason.
    pub fn without_words(&self) -> Event {
        let mut erased = self.clone();
        erased.note = None;
        match &mut erased.kind {
            Kind::Amend { note, .. } => note.clear(),
            Kind::Retract { reason, .. } => *reason = None,
            _ => {}
        }
        erased
    }

    /// Whether it holds words `without_words` would remove.
    pub fn has_words(&self) -> bool {
        self.note.is_some()
            || matches!(&self.kind, Kind::Amend { note, .. } if !note.is_empty())
            || matches!(
                &self.kind,
                Kind::Retract {
                    reason: Some(_),
                    ..
                }
            )
    }
}

impl Kind {
    /// The action this event counts as, or `None` for bookkeeping events
    /// (setup, rename, retract, amend, pause).
    pub fn action(&self) -> Option<Action> {
        Some(match self {
            Kind::HonestTalk => Action::HonestTalk,
            Kind::CheckIn { .. } => Action::CheckIn,
            Kind::PromiseMade { .. } => Action::PromiseMade,
            Kind::PromiseKept { .. } => Action::PromiseKept,
            Kind::PromiseBroken { .. } => Action::PromiseBroken,
            Kind::QualityTime { .. } => Action::QualityTime,
            Kind::Apology => Action::Apology,
            Kind::Support { .. } => Action::Support,
            Kind::LetItGo => Action::LetItGo,
            Kind::Kindness => Action::Kindness,
            Kind::Gratitude => Action::Gratitude,
            Kind::FeelsOff => Action::FeelsOff,
            Kind::MovingForward => Action::MovingForward,
            Kind::Acknowledge { .. } => Action::Acknowledge,
            Kind::Setup { .. }
            | Kind::Rename { .. }
            | Kind::Retract { .. }
            | Kind::Amend { .. }
            | Kind::Pause { .. }
            | Kind::Roles { .. }
            | Kind::Settle { .. }
            | Kind::Erase { .. } => return None,
        })
    }

    /// The event this one refers to, if any.
    pub fn target(&self) -> Option<EventId> {
        match self {
            Kind::PromiseKept { promise } | Kind::PromiseBroken { promise } => Some(*promise),
            Kind::Acknowledge { event }
            | Kind::Retract { event, .. }
            | Kind::Amend { event, .. }
            | Kind::Settle { event, .. }
            | Kind::Erase { event } => Some(*event),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Kind` as versions before `from_now_on` had it.
    #[derive(Debug, Deserialize)]
    enum KindBefore {
        Setup {
            partners: (String, String),
            zone: String,
            #[allow(dead_code)]
            day_start: NaiveTime,
            #[serde(default)]
            #[allow(dead_code)]
            hurt: Hurt,
        },
    }

    #[test]
    fn a_change_of_clock_reads_as_a_setup_in_versions_before_it() {
        let change = Kind::Setup {
            partners: ("Alex".into(), "Sam".into()),
            zone: "America/New_York".into(),
            day_start: NaiveTime::MIN,
            hurt: Hurt::One(Partner::B),
            from_now_on: true,
        };
        let line = ron::to_string(&change).unwrap();
        assert!(line.contains("from_now_on:true"), "{line}");
        let KindBefore::Setup { partners, zone, .. } = ron::from_str(&line).unwrap();
        assert_eq!(
            (partners.0.as_str(), zone.as_str()),
            ("Alex", "America/New_York")
        );
        // A first setup reads and writes exactly as before.
        let setup = Kind::Setup {
            partners: ("Alex".into(), "Sam".into()),
            zone: "Europe/Berlin".into(),
            day_start: NaiveTime::MIN,
            hurt: Hurt::NotSaid,
            from_now_on: false,
        };
        let line = ron::to_string(&setup).unwrap();
        assert_eq!(
            line,
            "Setup(partners:(\"Alex\",\"Sam\"),zone:\"Europe/Berlin\",day_start:\"00:00:00\")"
        );
        assert_eq!(ron::from_str::<Kind>(&line).unwrap(), setup);
    }
}
