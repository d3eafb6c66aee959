//! Why a command was refused, in the words both front ends show. Every
//! refusal leaves the save exactly as it was.

use std::fmt;
use std::path::PathBuf;

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::journal::EventId;

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
        why: String,
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
        let time = |t: &DateTime<FixedOffset>| t.format("%Y-%m-%d %H:%M").to_string();
        match self {
            Refusal::NotSetUp => write!(
                f,
                "the garden is not set up yet: start with both names and your time zone"
            ),
            Refusal::AlreadySetUp => write!(f, "the garden is already set up"),
            Refusal::NameMissing => write!(f, "a name cannot be empty"),
            Refusal::SameNames { name } => {
                write!(f, "the two names must differ (got {name:?} twice)")
            }
            Refusal::UnknownZone { zone } => write!(
                f,
                "unknown time zone {zone:?} (expected an IANA name such as Europe/Berlin)"
            ),
            Refusal::InTheFuture { at } => write!(
                f,
                "{} is in the future; log things once they have happened",
                time(at)
            ),
            Refusal::BeforeTheGardenBegan { at, began } => write!(
                f,
                "{} is before the garden began ({}); only what happened since can be logged",
                time(at),
                time(began)
            ),
            Refusal::TooLate { at, days } => write!(
                f,
                "{} is more than {days} days ago; an entry can be logged up to {days} days \
                 after it happened",
                time(at)
            ),
            Refusal::NotAnAction => write!(f, "that is not an action to log"),
            Refusal::RolesUnchanged => write!(f, "that is already what the garden says"),
            Refusal::MoodOutOfRange { mood } => {
                write!(
                    f,
                    "mood {mood} is out of range (1 = very low … 5 = very good)"
                )
            }
            Refusal::MinutesOutOfRange { minutes } => {
                write!(f, "{minutes} minutes is out of range (1 to 1440)")
            }
            Refusal::PromiseWithoutWords => write!(f, "say what is promised"),
            Refusal::DueBeforeMade { due, made } => {
                write!(
                    f,
                    "the due date {due} is before the promise is made ({made})"
                )
            }
            Refusal::PauseBackwards { from, to } => {
                write!(f, "the pause ends ({to}) before it starts ({from})")
            }
            Refusal::OutOfRange { why } => write!(f, "{why}; check the date"),
            Refusal::NoWordsToErase { entry } => {
                write!(f, "entry {entry} has no note to erase")
            }
            Refusal::NotAVersion { entry } => {
                write!(
                    f,
                    "that is not a version of entry {entry}; nothing was settled"
                )
            }
            Refusal::PauseTooFarBack { from, days } => write!(
                f,
                "a pause from {from} starts too far back: a pause can start at most {days} \
                 days ago, and not before the garden began"
            ),
            Refusal::NoSuchEntry { entry } => write!(f, "no entry {entry} in this save"),
            Refusal::TakenBack { entry } => write!(f, "entry {entry} was taken back"),
            Refusal::NotAPromise { entry, is } => {
                write!(f, "entry {entry} is not a promise (it is {is})")
            }
            Refusal::NotYourPromise { text, maker } => write!(
                f,
                "the promise {text:?} was made by {maker}; only {maker} can mark it kept or broken"
            ),
            Refusal::PromiseAlreadyClosed {
                text,
                outcome,
                by_entry,
            } => write!(
                f,
                "the promise {text:?} was already marked {outcome} ({by_entry}); take that back \
                 first to change it"
            ),
            Refusal::CannotBeAcknowledged { entry, is } => write!(
                f,
                "entry {entry} is {is}, not an action that can be acknowledged"
            ),
            Refusal::OwnEntry { other } => {
                write!(f, "this is your own entry; only {other} can acknowledge it")
            }
            Refusal::AlreadyAcknowledged { entry } => {
                write!(f, "entry {entry} is already acknowledged")
            }
            Refusal::SetupStays => write!(
                f,
                "the garden's setup cannot be taken back; it holds your names and time zone"
            ),
            Refusal::NotYourEntry { entry, author } => write!(
                f,
                "entry {entry} was logged by {author}; only they can take it back or edit it"
            ),
            Refusal::EmptyNote => write!(f, "the new note cannot be empty"),
            Refusal::NoNoteToAmend { entry, is } => {
                write!(f, "entry {entry} is {is}, which has no note to edit")
            }
            Refusal::BeforeItsEntry {
                at,
                entry,
                entry_at,
            } => write!(
                f,
                "{} is before the entry it refers to ({entry}, logged {})",
                time(at),
                time(entry_at)
            ),
            Refusal::ExportOntoTheSave { path } => write!(
                f,
                "{} is the save file itself; choose another file for the export. \
                 Nothing was written.",
                path.display()
            ),
            Refusal::ExportBesideTheSave { path } => write!(
                f,
                "{} is one of the files that keep the save safe (backup, lock, set-aside \
                 or conflict copy); choose another name for the export. Nothing was written.",
                path.display()
            ),
            Refusal::ExportOntoASave { path } => write!(
                f,
                "{} is a Trust Garden save; an export never replaces one. Choose another \
                 file. Nothing was written.",
                path.display()
            ),
            Refusal::ExportIntoAFolder { path } => write!(
                f,
                "{} is a folder; give the export a file name inside it. Nothing was written.",
                path.display()
            ),
            Refusal::ExportOntoAnotherFile { path } => write!(
                f,
                "{} already exists and is not an earlier export, so it is left alone; \
                 choose a new file name. Nothing was written.",
                path.display()
            ),
        }
    }
}

impl std::error::Error for Refusal {}
