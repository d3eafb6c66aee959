//! `decide`: one request from a front end, checked against the ledger,
//! becomes the event to append, or a refusal saying why not. The same
//! request gets the same answer from the app and the command line.

use chrono::{DateTime, FixedOffset, NaiveTime, Utc};

use super::Refusal;
use super::when::{When, check_when, to_the_second};
use crate::garden::Ledger;
use crate::garden::clock::CoupleClock;
use crate::journal::{Event, EventId, Hurt, Kind, Partner, out_of_range};
use crate::t;

/// A quality-time entry longer than a day is a typo, not a weekend away.
pub const MAX_MINUTES: u32 = 24 * 60;

/// Pauses (illness, travel) may be logged afterwards, up to this many days back.
pub const PAUSE_BACK_DAYS: i64 = 31;

/// Everything a front end can ask to add to the log.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// The couple's names, time zone, the hour their day starts, and who
    /// was hurt.
    Setup {
        names: (String, String),
        zone: String,
        day_start: NaiveTime,
        hurt: Hurt,
    },
    /// Say again who was hurt; it takes effect once the other partner
    /// acknowledges it.
    Roles { hurt: Hurt, when: When },
    /// The couple's time zone (an IANA name, any case) or the hour their day
    /// starts, changed from now on by either partner: the days before stay
    /// as they were, the days after follow the new clock (see
    /// `garden::clock`). Written as a setup `from_now_on` that carries the
    /// couple's names and roles, so older versions still read the save.
    ChangeClock { zone: String, day_start: NaiveTime },
    /// A partner's new name; either partner may change either name (a typo,
    /// a nickname). History keeps which partner did what, never the name.
    Rename { partner: Partner, name: String },
    /// An action (or a pause), with an optional note.
    Log {
        kind: Kind,
        when: When,
        note: Option<String>,
    },
    /// "I saw this, and it mattered", about the other partner's entry.
    Acknowledge { entry: EventId, when: When },
    /// Take back one's own entry; nothing is deleted.
    Retract {
        entry: EventId,
        reason: Option<String>,
        when: When,
    },
    /// Replace the note of one's own entry.
    Amend {
        entry: EventId,
        note: String,
        when: When,
    },
    /// Erase the words of one's own entry (its note, or an amendment's note,
    /// a retraction's reason) for good; the entry and its effect stay.
    Erase { entry: EventId, when: When },
    /// Of two versions of one's own entry (two devices hold different lines
    /// for its id), say which one stands.
    Settle {
        entry: EventId,
        keep: Event,
        when: When,
    },
}

/// The event `by` may append for `command` at `now`, or why not. The event's
/// id is a UUIDv7 of `now`, the moment it is written.
pub fn decide(
    command: &Command,
    ledger: &Ledger,
    by: Partner,
    now: DateTime<Utc>,
) -> Result<Event, Refusal> {
    let (kind, at, note) = match command {
        Command::Setup {
            names,
            zone,
            day_start,
            hurt,
        } => {
            let (kind, clock) = setup(ledger, names, zone, *day_start, *hurt)?;
            (kind, When::Now.resolve(&clock, now), None)
        }
        Command::Roles { hurt, when } => {
            let at = moment(ledger, *when, now)?;
            if *hurt == ledger.couple().hurt {
                return Err(Refusal::RolesUnchanged);
            }
            (Kind::Roles { hurt: *hurt }, at, None)
        }
        Command::ChangeClock { zone, day_start } => {
            let at = moment(ledger, When::Now, now)?;
            (change_clock(ledger, zone, *day_start)?, at, None)
        }
        Command::Rename { partner, name } => {
            let at = moment(ledger, When::Now, now)?;
            (rename(ledger, *partner, name)?, at, None)
        }
        Command::Log { kind, when, note } => {
            let at = moment(ledger, *when, now)?;
            (log(ledger, by, kind, at, now)?, at, clean(note.as_deref()))
        }
        Command::Acknowledge { entry, when } => {
            let at = moment(ledger, *when, now)?;
            (acknowledge(ledger, by, *entry, at)?, at, None)
        }
        Command::Retract {
            entry,
            reason,
            when,
        } => {
            let at = moment(ledger, *when, now)?;
            let kind = retract(ledger, by, *entry, at, clean(reason.as_deref()))?;
            (kind, at, None)
        }
        Command::Amend { entry, note, when } => {
            let at = moment(ledger, *when, now)?;
            (amend(ledger, by, *entry, at, note)?, at, None)
        }
        Command::Erase { entry, when } => {
            let at = moment(ledger, *when, now)?;
            (erase(ledger, by, *entry, at)?, at, None)
        }
        Command::Settle { entry, keep, when } => {
            let at = moment(ledger, *when, now)?;
            (settle(ledger, by, *entry, keep, at)?, at, None)
        }
    };
    let target = kind.target().and_then(|t| ledger.event(t));
    // A reply in the second of its entry is at the entry's own moment, not
    // before it (moments are kept to the second, older ones may be finer).
    let at = target.map_or(at, |t| at.max(t.at));
    let id = id_after(target, at, now);
    let event = Event {
        id,
        by,
        at,
        kind,
        note,
    };
    match out_of_range(&event) {
        Some(why) => Err(Refusal::OutOfRange { why }),
        None => Ok(event),
    }
}

/// A new id, written at `now`. A reply in the same second as its entry
/// (a fixed clock, a quick tap) must still replay after it, and replay
/// breaks ties by id: so its id is drawn again until it sorts after the
/// entry's, or, if the entry's clock ran ahead, written a millisecond after it.
fn id_after(target: Option<&Event>, at: DateTime<FixedOffset>, now: DateTime<Utc>) -> EventId {
    let id = EventId::new_v7_at(now);
    let Some(target) = target.filter(|t| t.at == at) else {
        return id;
    };
    if id > target.id {
        return id;
    }
    (0..64)
        .map(|_| EventId::new_v7_at(now))
        .find(|id| *id > target.id)
        .unwrap_or_else(|| {
            let written = crate::garden::ledger::written_at(target.id, &target.at);
            EventId::new_v7_at(written + chrono::Duration::milliseconds(1))
        })
}

/// The moment of an entry on a garden that is set up, checked.
fn moment(
    ledger: &Ledger,
    when: When,
    now: DateTime<Utc>,
) -> Result<DateTime<FixedOffset>, Refusal> {
    if !ledger.couple().is_set_up() {
        return Err(Refusal::NotSetUp);
    }
    let at = when.resolve(&ledger.couple().clock, now);
    check_when(at, ledger, now)?;
    Ok(at)
}

/// A note or reason as typed: trimmed, and none when blank.
fn clean(text: Option<&str>) -> Option<String> {
    text.map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
}

fn setup(
    ledger: &Ledger,
    names: &(String, String),
    zone: &str,
    day_start: NaiveTime,
    hurt: Hurt,
) -> Result<(Kind, CoupleClock), Refusal> {
    if ledger.couple().is_set_up() {
        return Err(Refusal::AlreadySetUp);
    }
    let (a, b) = (names.0.trim(), names.1.trim());
    if a.is_empty() || b.is_empty() {
        return Err(Refusal::NameMissing);
    }
    if a.to_lowercase() == b.to_lowercase() {
        return Err(Refusal::SameNames { name: a.to_owned() });
    }
    // Typed in any case ("europe/berlin"), written as its IANA name.
    let zone = known_zone(zone)?;
    let clock = CoupleClock::new(zone.name(), day_start).map_err(|_| Refusal::UnknownZone {
        zone: zone.name().to_owned(),
    })?;
    let kind = Kind::Setup {
        partners: (a.to_owned(), b.to_owned()),
        zone: zone.name().to_owned(),
        day_start,
        hurt,
        from_now_on: false,
    };
    Ok((kind, clock))
}

/// The zone an IANA name typed in any case names, or why not.
fn known_zone(typed: &str) -> Result<chrono_tz::Tz, Refusal> {
    crate::garden::zones::named(typed).ok_or_else(|| Refusal::UnknownZone {
        zone: typed.to_owned(),
    })
}

fn change_clock(ledger: &Ledger, zone: &str, day_start: NaiveTime) -> Result<Kind, Refusal> {
    let couple = ledger.couple();
    let zone = known_zone(zone)?;
    if zone == couple.clock.zone && day_start == couple.clock.day_start {
        return Err(Refusal::ClockUnchanged {
            zone: zone.name().to_owned(),
        });
    }
    let [a, b] = couple.names.clone();
    Ok(Kind::Setup {
        partners: (a, b),
        zone: zone.name().to_owned(),
        day_start,
        hurt: couple.hurt,
        from_now_on: true,
    })
}

fn rename(ledger: &Ledger, partner: Partner, name: &str) -> Result<Kind, Refusal> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Refusal::NameMissing);
    }
    let couple = ledger.couple();
    if couple.name(partner.other()).to_lowercase() == name.to_lowercase() {
        return Err(Refusal::SameNames {
            name: name.to_owned(),
        });
    }
    if couple.name(partner) == name {
        return Err(Refusal::NameUnchanged {
            name: name.to_owned(),
        });
    }
    Ok(Kind::Rename {
        partner,
        name: name.to_owned(),
    })
}

fn log(
    ledger: &Ledger,
    by: Partner,
    kind: &Kind,
    at: DateTime<FixedOffset>,
    now: DateTime<Utc>,
) -> Result<Kind, Refusal> {
    let clock = &ledger.couple().clock;
    match kind {
        Kind::CheckIn { mood, .. } if !(1..=5).contains(mood) => {
            Err(Refusal::MoodOutOfRange { mood: *mood })
        }
        Kind::QualityTime { minutes, what } => {
            if *minutes == 0 || *minutes > MAX_MINUTES {
                return Err(Refusal::MinutesOutOfRange { minutes: *minutes });
            }
            Ok(Kind::QualityTime {
                minutes: *minutes,
                what: clean(what.as_deref()),
            })
        }
        Kind::PromiseMade { text, due } => {
            let text = text.trim();
            if text.is_empty() {
                return Err(Refusal::PromiseWithoutWords);
            }
            let made = clock.day_of(&at);
            if let Some(due) = due
                && *due < made
            {
                return Err(Refusal::DueBeforeMade { due: *due, made });
            }
            Ok(Kind::PromiseMade {
                text: text.to_owned(),
                due: *due,
            })
        }
        Kind::PromiseKept { promise } | Kind::PromiseBroken { promise } => {
            promise_outcome(ledger, by, *promise, at)?;
            Ok(kind.clone())
        }
        Kind::Pause { from, to } => {
            if to < from {
                return Err(Refusal::PauseBackwards {
                    from: *from,
                    to: *to,
                });
            }
            let today = clock.day_of(&now);
            let began = ledger.couple().began.map(|b| clock.day_of(&b));
            let earliest = today - chrono::Duration::days(PAUSE_BACK_DAYS);
            if began.is_some_and(|b| *from < b) || *from < earliest {
                return Err(Refusal::PauseTooFarBack {
                    from: *from,
                    days: PAUSE_BACK_DAYS,
                });
            }
            Ok(kind.clone())
        }
        Kind::Acknowledge { event } => acknowledge(ledger, by, *event, at),
        Kind::Setup { .. }
        | Kind::Rename { .. }
        | Kind::Retract { .. }
        | Kind::Amend { .. }
        | Kind::Roles { .. } => Err(Refusal::NotAnAction),
        _ => Ok(kind.clone()),
    }
}

/// Kept or broken: by the partner who made the promise, once, after it.
fn promise_outcome(
    ledger: &Ledger,
    by: Partner,
    promise: EventId,
    at: DateTime<FixedOffset>,
) -> Result<(), Refusal> {
    let target = standing(ledger, promise)?;
    let Some((text, _)) = ledger.promise(promise) else {
        return Err(Refusal::NotAPromise {
            entry: promise,
            is: describe(&target.kind),
        });
    };
    let text = text.to_owned();
    if target.by != by {
        return Err(Refusal::NotYourPromise {
            text,
            maker: ledger.couple().name(target.by).to_owned(),
        });
    }
    if let Some(earlier) = ledger.outcome_of(promise) {
        return Err(Refusal::PromiseAlreadyClosed {
            text,
            outcome: describe(&earlier.kind),
            by_entry: earlier.id,
        });
    }
    after(ledger, target, at)
}

fn acknowledge(
    ledger: &Ledger,
    by: Partner,
    entry: EventId,
    at: DateTime<FixedOffset>,
) -> Result<Kind, Refusal> {
    let target = standing(ledger, entry)?;
    let answerable = matches!(target.kind, Kind::Roles { .. })
        || (target.kind.action().is_some() && !matches!(target.kind, Kind::Acknowledge { .. }));
    if !answerable {
        return Err(Refusal::CannotBeAcknowledged {
            entry,
            is: describe(&target.kind),
        });
    }
    if target.by == by {
        return Err(Refusal::OwnEntry {
            other: ledger.couple().name(by.other()).to_owned(),
        });
    }
    let already = ledger.replies_to(entry).any(|r| {
        r.by == by && matches!(r.kind, Kind::Acknowledge { .. }) && !ledger.is_retracted(r.id)
    });
    if already {
        return Err(Refusal::AlreadyAcknowledged { entry });
    }
    after(ledger, target, at)?;
    Ok(Kind::Acknowledge { event: entry })
}

fn retract(
    ledger: &Ledger,
    by: Partner,
    entry: EventId,
    at: DateTime<FixedOffset>,
    reason: Option<String>,
) -> Result<Kind, Refusal> {
    let target = standing(ledger, entry)?;
    // A change of the clock can be taken back (the days since follow the
    // clock before it again); the setup itself holds the garden together.
    if matches!(
        target.kind,
        Kind::Setup {
            from_now_on: false,
            ..
        }
    ) {
        return Err(Refusal::SetupStays);
    }
    own(ledger, target, by)?;
    after(ledger, target, at)?;
    Ok(Kind::Retract {
        event: entry,
        reason,
    })
}

fn amend(
    ledger: &Ledger,
    by: Partner,
    entry: EventId,
    at: DateTime<FixedOffset>,
    note: &str,
) -> Result<Kind, Refusal> {
    let note = note.trim();
    if note.is_empty() {
        return Err(Refusal::EmptyNote);
    }
    let target = standing(ledger, entry)?;
    if target.kind.action().is_none() && !matches!(target.kind, Kind::Pause { .. }) {
        return Err(Refusal::NoNoteToAmend {
            entry,
            is: describe(&target.kind),
        });
    }
    own(ledger, target, by)?;
    after(ledger, target, at)?;
    Ok(Kind::Amend {
        event: entry,
        note: note.to_owned(),
    })
}

fn erase(
    ledger: &Ledger,
    by: Partner,
    entry: EventId,
    at: DateTime<FixedOffset>,
) -> Result<Kind, Refusal> {
    let target = ledger.event(entry).ok_or(Refusal::NoSuchEntry { entry })?;
    own(ledger, target, by)?;
    if !target.has_words() {
        return Err(Refusal::NoWordsToErase { entry });
    }
    after(ledger, target, at)?;
    Ok(Kind::Erase { event: entry })
}

fn settle(
    ledger: &Ledger,
    by: Partner,
    entry: EventId,
    keep: &Event,
    at: DateTime<FixedOffset>,
) -> Result<Kind, Refusal> {
    let target = ledger.event(entry).ok_or(Refusal::NoSuchEntry { entry })?;
    if keep.id != entry || matches!(keep.kind, Kind::Settle { .. }) {
        return Err(Refusal::NotAVersion { entry });
    }
    if let Some(why) = out_of_range(keep) {
        return Err(Refusal::OutOfRange { why });
    }
    own(ledger, target, by)?;
    after(ledger, target, at)?;
    let keep = ron::to_string(keep).map_err(|_| Refusal::NotAVersion { entry })?;
    Ok(Kind::Settle { event: entry, keep })
}

/// Only the partner who wrote an entry may take it back or edit it.
fn own(ledger: &Ledger, target: &Event, by: Partner) -> Result<(), Refusal> {
    if target.by != by {
        return Err(Refusal::NotYourEntry {
            entry: target.id,
            author: ledger.couple().name(target.by).to_owned(),
        });
    }
    Ok(())
}

/// The entry an id names, if it is in the log and not taken back.
fn standing(ledger: &Ledger, id: EventId) -> Result<&Event, Refusal> {
    let target = ledger.event(id).ok_or(Refusal::NoSuchEntry { entry: id })?;
    if ledger.is_retracted(id) {
        return Err(Refusal::TakenBack { entry: id });
    }
    Ok(target)
}

/// A reply cannot come before what it replies to; replay order depends on it.
fn after(ledger: &Ledger, target: &Event, at: DateTime<FixedOffset>) -> Result<(), Refusal> {
    if at < to_the_second(target.at) {
        let zone = ledger.couple().clock.zone;
        return Err(Refusal::BeforeItsEntry {
            at: at.with_timezone(&zone).fixed_offset(),
            entry: target.id,
            entry_at: target.at.with_timezone(&zone).fixed_offset(),
        });
    }
    Ok(())
}

/// A few words for an event's kind, for refusals, in the language of the
/// moment (the refusal is shown at once).
fn describe(kind: &Kind) -> String {
    if let Some(action) = kind.action() {
        return action.label_inline();
    }
    match kind {
        Kind::Setup { .. } => t!("refusal-kind-setup"),
        Kind::Rename { .. } => t!("refusal-kind-rename"),
        Kind::Retract { .. } => t!("refusal-kind-retract"),
        Kind::Amend { .. } => t!("refusal-kind-amend"),
        Kind::Pause { .. } => t!("refusal-kind-pause"),
        Kind::Roles { .. } => t!("refusal-kind-roles"),
        Kind::Settle { .. } => t!("refusal-kind-settle"),
        Kind::Erase { .. } => t!("refusal-kind-erase"),
        _ => t!("refusal-kind-unknown"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, scoped};

    #[test]
    fn entries_that_are_not_actions_are_named_in_words() {
        let pause = Kind::Pause {
            from: chrono::NaiveDate::from_ymd_opt(2026, 5, 1).unwrap(),
            to: chrono::NaiveDate::from_ymd_opt(2026, 5, 3).unwrap(),
        };
        assert_eq!(scoped(Lang::En, || describe(&pause)), "pause");
        assert_eq!(scoped(Lang::De, || describe(&pause)), "eine Pause");
        assert_eq!(scoped(Lang::Es, || describe(&pause)), "una pausa");
        let refusal = scoped(Lang::De, || {
            Refusal::CannotBeAcknowledged {
                entry: EventId(uuid::Uuid::nil()),
                is: describe(&pause),
            }
            .to_string()
        });
        assert_eq!(
            refusal,
            "Eintrag 00000000-0000-0000-0000-000000000000 ist eine Pause und keine \
             Handlung, die sich würdigen lässt."
        );
    }
}
