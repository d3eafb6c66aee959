//! Why a command was refused, in the words both front ends show. Every
//! refusal leaves the save exactly as it was.

use std::fmt;
use std::path::PathBuf;

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::journal::{EventId, OutOfRange};
use crate::t;

/// A command the rules turned down, with what was wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    NotSetUp,
    AlreadySetUp,
    NameMissing,
    SameNames {
        name: String,
    },
    UnknownZone {
        zone: String,
    },
    InTheFuture {
        at: DateTime<FixedOffset>,
    },
    BeforeTheGardenBegan {
        at: DateTime<FixedOffset>,
        began: DateTime<FixedOffset>,
    },
    TooLate {
        at: DateTime<FixedOffset>,
        days: i64,
    },
    NotAnAction,
    RolesUnchanged,
    /// The zone and day start asked for are the ones the garden has.
    ClockUnchanged {
        zone: String,
    },
    /// The partner already has that name.
    NameUnchanged {
        name: String,
    },
    MoodOutOfRange {
        mood: u8,
    },
    MinutesOutOfRange {
        minutes: u32,
    },
    PromiseWithoutWords,
    DueBeforeMade {
        due: NaiveDate,
        made: NaiveDate,
    },
    PauseBackwards {
        from: NaiveDate,
        to: NaiveDate,
    },
    PauseTooFarBack {
        from: NaiveDate,
        days: i64,
    },
    /// Nothing to erase: the entry holds no note (or it was erased already).
    NoWordsToErase {
        entry: EventId,
    },
    /// What was offered to settle a conflict is not a version of that entry.
    NotAVersion {
        entry: EventId,
    },
    /// A date the log cannot hold (see `journal::YEARS`).
    OutOfRange {
        why: OutOfRange,
    },
    NoSuchEntry {
        entry: EventId,
    },
    TakenBack {
        entry: EventId,
    },
    NotAPromise {
        entry: EventId,
        is: String,
    },
    NotYourPromise {
        text: String,
        maker: String,
    },
    PromiseAlreadyClosed {
        text: String,
        outcome: String,
        by_entry: EventId,
    },
    CannotBeAcknowledged {
        entry: EventId,
        is: String,
    },
    OwnEntry {
        other: String,
    },
    AlreadyAcknowledged {
        entry: EventId,
    },
    SetupStays,
    NotYourEntry {
        entry: EventId,
        author: String,
    },
    EmptyNote,
    NoNoteToAmend {
        entry: EventId,
        is: String,
    },
    BeforeItsEntry {
        at: DateTime<FixedOffset>,
        entry: EventId,
        entry_at: DateTime<FixedOffset>,
    },
    ExportOntoTheSave {
        path: PathBuf,
    },
    ExportBesideTheSave {
        path: PathBuf,
    },
    ExportOntoASave {
        path: PathBuf,
    },
    ExportIntoAFolder {
        path: PathBuf,
    },
    ExportOntoAnotherFile {
        path: PathBuf,
    },
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Times and dates as the command line takes them back (`--at`,
        // `--due`), in every language: a refusal names a value to correct.
        let time = |t: &DateTime<FixedOffset>| t.format("%Y-%m-%d %H:%M").to_string();
        let day = |d: &NaiveDate| d.format("%Y-%m-%d").to_string();
        let id = |e: &EventId| e.to_string();
        let path = |p: &PathBuf| p.display().to_string();
        let text = match self {
            Refusal::NotSetUp => t!("refusal-not-set-up"),
            Refusal::AlreadySetUp => t!("refusal-already-set-up"),
            Refusal::NameMissing => t!("refusal-name-missing"),
            Refusal::SameNames { name } => t!("refusal-same-names", name = format!("{name:?}")),
            Refusal::UnknownZone { zone } => {
                t!("refusal-unknown-zone", zone = format!("{zone:?}"))
            }
            Refusal::InTheFuture { at } => t!("refusal-in-the-future", at = time(at)),
            Refusal::BeforeTheGardenBegan { at, began } => t!(
                "refusal-before-the-garden-began",
                at = time(at),
                began = time(began)
            ),
            Refusal::TooLate { at, days } => t!("refusal-too-late", at = time(at), days = *days),
            Refusal::NotAnAction => t!("refusal-not-an-action"),
            Refusal::RolesUnchanged => t!("refusal-roles-unchanged"),
            Refusal::ClockUnchanged { zone } => t!("refusal-clock-unchanged", zone = zone),
            Refusal::NameUnchanged { name } => {
                t!("refusal-name-unchanged", name = format!("{name:?}"))
            }
            Refusal::MoodOutOfRange { mood } => t!("refusal-mood-out-of-range", mood = *mood),
            Refusal::MinutesOutOfRange { minutes } => {
                t!("refusal-minutes-out-of-range", minutes = *minutes)
            }
            Refusal::PromiseWithoutWords => t!("refusal-promise-without-words"),
            Refusal::DueBeforeMade { due, made } => {
                t!("refusal-due-before-made", due = day(due), made = day(made))
            }
            Refusal::PauseBackwards { from, to } => {
                t!("refusal-pause-backwards", from = day(from), to = day(to))
            }
            Refusal::OutOfRange { why } => t!("refusal-out-of-range", why = why.to_string()),
            Refusal::NoWordsToErase { entry } => {
                t!("refusal-no-words-to-erase", entry = id(entry))
            }
            Refusal::NotAVersion { entry } => t!("refusal-not-a-version", entry = id(entry)),
            Refusal::PauseTooFarBack { from, days } => {
                t!("refusal-pause-too-far-back", from = day(from), days = *days)
            }
            Refusal::NoSuchEntry { entry } => t!("refusal-no-such-entry", entry = id(entry)),
            Refusal::TakenBack { entry } => t!("refusal-taken-back", entry = id(entry)),
            Refusal::NotAPromise { entry, is } => {
                t!("refusal-not-a-promise", entry = id(entry), is = is)
            }
            Refusal::NotYourPromise { text, maker } => t!(
                "refusal-not-your-promise",
                text = format!("{text:?}"),
                maker = maker
            ),
            Refusal::PromiseAlreadyClosed {
                text,
                outcome,
                by_entry,
            } => t!(
                "refusal-promise-already-closed",
                text = format!("{text:?}"),
                outcome = outcome,
                by_entry = id(by_entry)
            ),
            Refusal::CannotBeAcknowledged { entry, is } => {
                t!("refusal-cannot-be-acknowledged", entry = id(entry), is = is)
            }
            Refusal::OwnEntry { other } => t!("refusal-own-entry", other = other),
            Refusal::AlreadyAcknowledged { entry } => {
                t!("refusal-already-acknowledged", entry = id(entry))
            }
            Refusal::SetupStays => t!("refusal-setup-stays"),
            Refusal::NotYourEntry { entry, author } => {
                t!("refusal-not-your-entry", entry = id(entry), author = author)
            }
            Refusal::EmptyNote => t!("refusal-empty-note"),
            Refusal::NoNoteToAmend { entry, is } => {
                t!("refusal-no-note-to-amend", entry = id(entry), is = is)
            }
            Refusal::BeforeItsEntry {
                at,
                entry,
                entry_at,
            } => t!(
                "refusal-before-its-entry",
                at = time(at),
                entry = id(entry),
                entry_at = time(entry_at)
            ),
            Refusal::ExportOntoTheSave { path: p } => {
                t!("refusal-export-onto-the-save", path = path(p))
            }
            Refusal::ExportBesideTheSave { path: p } => {
                t!("refusal-export-beside-the-save", path = path(p))
            }
            Refusal::ExportOntoASave { path: p } => {
                t!("refusal-export-onto-a-save", path = path(p))
            }
            Refusal::ExportIntoAFolder { path: p } => {
                t!("refusal-export-into-a-folder", path = path(p))
            }
            Refusal::ExportOntoAnotherFile { path: p } => {
                t!("refusal-export-onto-another-file", path = path(p))
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for Refusal {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, scoped};

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap()
    }

    #[test]
    fn english_refusals_read_as_they_always_did() {
        scoped(Lang::En, || {
            let own = Refusal::OwnEntry {
                other: "Sam".into(),
            };
            assert_eq!(
                own.to_string(),
                "this is your own entry; only Sam can acknowledge it"
            );
            let late = Refusal::TooLate {
                at: at("2026-05-01T21:30:00+02:00"),
                days: 7,
            };
            assert_eq!(
                late.to_string(),
                "2026-05-01 21:30 is more than 7 days ago; an entry can be logged up to 7 \
                 days after it happened"
            );
        });
    }

    #[test]
    fn german_refusals_are_kind_and_name_who_and_when() {
        scoped(Lang::De, || {
            let own = Refusal::OwnEntry {
                other: "Sam".into(),
            };
            assert_eq!(
                own.to_string(),
                "Das ist dein eigener Eintrag; nur Sam kann ihn würdigen."
            );
            let future = Refusal::InTheFuture {
                at: at("2026-05-01T21:30:00+02:00"),
            };
            assert_eq!(
                future.to_string(),
                "2026-05-01 21:30 liegt in der Zukunft; trag etwas ein, sobald es geschehen ist."
            );
            let promise = Refusal::NotYourPromise {
                text: "call my sister".into(),
                maker: "Alex".into(),
            };
            let text = promise.to_string();
            assert!(text.contains("\"call my sister\""), "{text}");
            assert!(text.contains("nur Alex kann es"), "{text}");
        });
    }

    #[test]
    fn spanish_refusals_fill_in_numbers_and_dates() {
        scoped(Lang::Es, || {
            let late = Refusal::TooLate {
                at: at("2026-05-01T21:30:00+02:00"),
                days: 7,
            };
            assert_eq!(
                late.to_string(),
                "2026-05-01 21:30 fue hace más de 7 días; una entrada se puede registrar \
                 hasta 7 días después de que ocurrió"
            );
            let pause = Refusal::PauseBackwards {
                from: NaiveDate::from_ymd_opt(2026, 5, 10).unwrap(),
                to: NaiveDate::from_ymd_opt(2026, 5, 1).unwrap(),
            };
            assert_eq!(
                pause.to_string(),
                "la pausa termina (2026-05-01) antes de empezar (2026-05-10)"
            );
            let mood = Refusal::MoodOutOfRange { mood: 9 };
            assert!(mood.to_string().starts_with("el ánimo 9 está fuera"));
        });
    }

    #[test]
    fn nothing_to_change_is_said_kindly_in_every_language() {
        let clock = Refusal::ClockUnchanged {
            zone: "America/New_York".into(),
        };
        let name = Refusal::NameUnchanged { name: "Sam".into() };
        assert_eq!(
            scoped(Lang::En, || clock.to_string()),
            "the garden already follows America/New_York with this day start; nothing changed"
        );
        assert_eq!(
            scoped(Lang::De, || clock.to_string()),
            "Euer Garten richtet sich schon nach America/New_York mit diesem Tagesbeginn; \
             es ändert sich nichts."
        );
        assert_eq!(
            scoped(Lang::Es, || clock.to_string()),
            "el jardín ya sigue America/New_York con esta hora de inicio del día; no cambió nada"
        );
        assert_eq!(
            scoped(Lang::En, || name.to_string()),
            "the name is already \"Sam\"; nothing changed"
        );
        assert_eq!(
            scoped(Lang::De, || name.to_string()),
            "Der Name ist schon \"Sam\"; es ändert sich nichts."
        );
        assert_eq!(
            scoped(Lang::Es, || name.to_string()),
            "el nombre ya es \"Sam\"; no cambió nada"
        );
    }
}
