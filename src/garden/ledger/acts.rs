//! An action that counts, as the rules see it: who, when, on which couple
//! day, and the one detail its rule needs.

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};

use super::written::written_at;
use crate::garden::rules::quality_time_scale;
use crate::journal::{Action, Event, EventId, Kind, Partner};

/// What the rules need to know about one action beyond its family.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Detail {
    Plain,
    Mood {
        mood: u8,
        calm: bool,
    },
    /// The promise kept or broken, or the action acknowledged.
    Target(EventId),
    /// Scale of the effect (quality time's minutes).
    Scale(f32),
}

/// Replay order: by instant, then id, so two devices holding the same events
/// replay them identically.
pub type Key = (DateTime<FixedOffset>, EventId);

/// The replay key of an event.
pub fn key_of(event: &Event) -> Key {
    (event.at, event.id)
}

/// One action that counts. The ledger keeps none: it makes one from its
/// event when asked, so a long log is not held twice.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Act {
    pub id: EventId,
    pub by: Partner,
    pub at: DateTime<FixedOffset>,
    pub day: NaiveDate,
    pub action: Action,
    pub detail: Detail,
}

impl Act {
    pub fn key(&self) -> Key {
        (self.at, self.id)
    }

    /// When it was written (see `written`): late entries, real time.
    pub fn written(&self) -> DateTime<Utc> {
        written_at(self.id, &self.at)
    }

    pub fn scale(&self) -> f32 {
        match self.detail {
            Detail::Scale(s) => s,
            _ => 1.0,
        }
    }

    pub fn target(&self) -> Option<EventId> {
        match self.detail {
            Detail::Target(t) => Some(t),
            _ => None,
        }
    }

    /// The action `event` counts as, on couple day `day` (the day of its
    /// moment on the couple's clock); `None` for bookkeeping events.
    pub fn on(event: &Event, day: NaiveDate) -> Option<Act> {
        let action = event.kind.action()?;
        let detail = match &event.kind {
            Kind::CheckIn { mood, calm } => Detail::Mood {
                mood: *mood,
                calm: *calm,
            },
            Kind::QualityTime { minutes, .. } => Detail::Scale(quality_time_scale(*minutes)),
            kind => kind.target().map_or(Detail::Plain, Detail::Target),
        };
        Some(Act {
            id: event.id,
            by: event.by,
            at: event.at,
            day,
            action,
            detail,
        })
    }
}
