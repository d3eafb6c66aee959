//! An action that counts, as the rules see it: who, when, on which couple
//! day, and the one detail its rule needs.

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};

use super::written::written_at;
use crate::garden::clock::CoupleClock;
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

/// One action that counts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Act {
    pub id: EventId,
    pub by: Partner,
    pub at: DateTime<FixedOffset>,
    /// When it was written (see `written`): late entries, real time.
    pub written: DateTime<Utc>,
    pub day: NaiveDate,
    pub action: Action,
    pub detail: Detail,
}

impl Act {
    pub fn key(&self) -> Key {
        (self.at, self.id)
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

    pub fn of(event: &Event, clock: &CoupleClock) -> Option<Act> {
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
            written: written_at(event.id, &event.at),
            day: clock.day_of(&event.at),
            action,
            detail,
        })
    }
}
