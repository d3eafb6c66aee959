//! When an entry was written, as opposed to when it says it happened. Every
//! id the app or the command line makes is a UUIDv7, whose first 48 bits are
//! the milliseconds since 1970 at the moment it was made; that moment cannot
//! be typed in with `--at`, so rules about real time (late entries, chapters
//! that cannot be rushed) read it from the id.

use chrono::{DateTime, FixedOffset, Utc};

use crate::journal::EventId;

/// When the entry with `id` was written: the time in its UUIDv7, or `at` for
/// an id of another kind (a hand-made or very old line), so such a line is
/// taken at its word.
pub fn written_at(id: EventId, at: &DateTime<FixedOffset>) -> DateTime<Utc> {
    id_time(id).unwrap_or_else(|| at.with_timezone(&Utc))
}

/// The time inside a UUIDv7, if the id is one.
pub fn id_time(id: EventId) -> Option<DateTime<Utc>> {
    if id.0.get_version_num() != 7 {
        return None;
    }
    let (seconds, nanos) = id.0.get_timestamp()?.to_unix();
    DateTime::from_timestamp(i64::try_from(seconds).ok()?, nanos)
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::{Timestamp, Uuid};

    #[test]
    fn a_v7_id_carries_its_moment_and_other_ids_fall_back_to_at() {
        let moment = DateTime::parse_from_rfc3339("2026-03-01T20:15:00+01:00").unwrap();
        let id = EventId(Uuid::new_v7(Timestamp::from_unix(
            uuid::NoContext,
            moment.timestamp() as u64,
            0,
        )));
        assert_eq!(id_time(id), Some(moment.with_timezone(&Utc)));
        let claimed = DateTime::parse_from_rfc3339("2020-01-01T00:00:00+00:00").unwrap();
        assert_eq!(written_at(id, &claimed), moment.with_timezone(&Utc));
        let plain = EventId(Uuid::from_u128(42));
        assert_eq!(id_time(plain), None);
        assert_eq!(written_at(plain, &claimed), claimed.with_timezone(&Utc));
    }
}
