//! The only writer: every change the UI asks for arrives as a [`Command`],
//! the command layer (`crate::actions`) checks it against the ledger, the
//! event is appended (fsync'd) and then applied to the derived state. The
//! UI never changes state directly.

use std::path::PathBuf;

use bevy::prelude::*;

use crate::actions::{self, When, decide};
use crate::export::to_csv;
use crate::garden::{Garden, Species};
use crate::journal::{self, Event, EventId, Hurt};

use super::derived::GardenState;
use super::notices::Notices;
use super::session::Journal;
use super::typed_path;
use crate::app::clock::AppClock;
use crate::app::device::DeviceSettings;
use crate::app::screens::Screen;

/// Everything the UI can ask of the save.
#[derive(Message, Clone, Debug, PartialEq)]
pub enum Command {
    /// A new entry by the partner holding the device, checked by the
    /// command layer exactly as the command line's.
    Record(actions::Command),
    /// Merge a partner's save file into ours.
    Merge(PathBuf),
    ExportCsv(PathBuf),
    /// Write the last four weeks' summary for counselling beside the save,
    /// or where the system's save dialog was pointed.
    Summary {
        with_notes: bool,
        to: Option<PathBuf>,
    },
    /// Rebuild the damaged first line of the save, keeping every other line.
    RepairSave,
    /// Encrypt the save (and the files beside it) with a new passphrase.
    Encrypt(Passphrase),
}

/// A passphrase on its way to the save: never printed, wiped when dropped.
#[derive(Clone, PartialEq)]
pub struct Passphrase(pub zeroize::Zeroizing<String>);

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

/// The entries the UI adds with a tap, written now.
impl Command {
    pub fn acknowledge(entry: EventId) -> Command {
        Command::Record(actions::Command::Acknowledge {
            entry,
            when: When::Now,
        })
    }

    pub fn retract(entry: EventId) -> Command {
        Command::Record(actions::Command::Retract {
            entry,
            reason: None,
            when: When::Now,
        })
    }

    pub fn erase(entry: EventId) -> Command {
        Command::Record(actions::Command::Erase {
            entry,
            when: When::Now,
        })
    }

    pub fn amend(entry: EventId, note: String) -> Command {
        Command::Record(actions::Command::Amend {
            entry,
            note,
            when: When::Now,
        })
    }

    /// Say again who was hurt; it takes effect once the other acknowledges it.
    pub fn roles(hurt: Hurt) -> Command {
        Command::Record(actions::Command::Roles {
            hurt,
            when: When::Now,
        })
    }
}

/// Sent after an entry was saved, so the view can answer with an animation.
#[derive(Message, Clone, Debug, PartialEq)]
pub struct Grew {
    pub event: EventId,
    /// The plants whose growth went up.
    pub species: Vec<Species>,
}

#[derive(bevy::ecs::system::SystemParam)]
struct Writer<'w> {
    journal: ResMut<'w, Journal>,
    state: ResMut<'w, GardenState>,
    notices: ResMut<'w, Notices>,
    device: Res<'w, DeviceSettings>,
    clock: Res<'w, AppClock>,
    launch: ResMut<'w, crate::app::Launch>,
}

fn apply_commands(
    mut commands_in: MessageReader<Command>,
    mut w: Writer,
    mut grew: MessageWriter<Grew>,
    mut next: ResMut<NextState<Screen>>,
    mut reopen: Commands,
) {
    for command in commands_in.read() {
        let outcome = match command {
            Command::Record(request) => record(request, &mut w).map(|event| {
                if matches!(request, actions::Command::Setup { .. }) {
                    next.set(Screen::Garden);
                }
                grew.write(event);
                None
            }),
            Command::Merge(typed) => {
                let path = typed_path::beside_the_save(&w.journal.path, typed);
                merge(&path, &mut w).map(Some)
            }
            Command::ExportCsv(typed) => export_csv(typed, &w).map(Some),
            Command::Summary { with_notes, to } => {
                summary(*with_notes, to.as_deref(), &w).map(Some)
            }
            Command::Encrypt(passphrase) => encrypt(passphrase, &mut w).map(Some),
            Command::RepairSave => repair(&w).map(|done| {
                reopen.run_system_cached(super::session::open_save);
                Some(done)
            }),
        };
        match outcome {
            Ok(Some(done)) => w.notices.info(done),
            Ok(None) => {}
            Err(why) => w.notices.error(why),
        }
    }
}

/// Decides, appends and applies one entry.
fn record(request: &actions::Command, w: &mut Writer) -> Result<Grew, String> {
    if let Some(why) = &w.journal.unreadable {
        return Err(crate::t!("app-notice-not-saved-unreadable", why = why));
    }
    let now = w.clock.now();
    // Decide on the file as it is now: the command line or a sync tool may
    // have added entries since the app last looked.
    if let Some(file) = w.journal.file.as_mut() {
        file.reload().map_err(|e| e.to_string())?;
        w.state.take_in(file.events(), now);
    }
    let event: Event =
        decide(request, w.state.ledger(), w.device.acting, now).map_err(|why| why.to_string())?;
    match w.journal.file.as_mut() {
        Some(file) => file.append(event.clone()).map_err(|e| e.to_string())?,
        // The header and the first entry at once: a crash leaves no save
        // without its setup.
        None => {
            let created =
                journal::Journal::create_with(&w.journal.path, std::slice::from_ref(&event))
                    .map_err(|e| e.to_string())?;
            w.journal.file = Some(created);
        }
    }
    let file = w.journal.file.as_mut().ok_or("the save is not open")?;
    let id = event.id;
    let before = w.state.garden.clone();
    if super::derived::rewrites_an_entry(&event.kind) {
        w.state.rebuild(file.events(), now);
    } else {
        w.state.apply(event, now);
    }
    // The append catches up with the file under its lock, too.
    w.state.take_in(file.events(), now);
    Ok(Grew {
        event: id,
        species: grown(&before, &w.state.garden),
    })
}

/// Merges another save into ours; returns what happened, in words.
fn merge(other: &std::path::Path, w: &mut Writer) -> Result<String, String> {
    if let Some(why) = &w.journal.unreadable {
        return Err(crate::t!("app-notice-not-merged-unreadable", why = why));
    }
    let file = w
        .journal
        .file
        .as_mut()
        .ok_or_else(|| crate::t!("app-notice-merge-needs-setup"))?;
    let report = file.merge_from(other).map_err(|e| e.to_string())?;
    let mut text = crate::t!(
        "app-notice-merged",
        file = other.display().to_string(),
        added = report.added,
        already = report.already_present
    );
    if !report.conflicts.is_empty() {
        text.push(' ');
        text.push_str(&match &report.conflicts_file {
            Some(both) => crate::t!(
                "app-notice-merge-conflicts-kept-in",
                count = report.conflicts.len(),
                file = both.display().to_string()
            ),
            None => crate::t!("app-notice-merge-conflicts", count = report.conflicts.len()),
        });
    }
    let now = w.clock.now();
    w.state.take_in(file.events(), now);
    Ok(text)
}

/// Encrypts the save; the passphrase is kept for this run (a phone that
/// comes back opens the save again with it).
fn encrypt(passphrase: &Passphrase, w: &mut Writer) -> Result<String, String> {
    if let Some(why) = &w.journal.unreadable {
        return Err(crate::t!("app-notice-not-encrypted-unreadable", why = why));
    }
    let file = w
        .journal
        .file
        .as_mut()
        .ok_or_else(|| crate::t!("app-notice-encrypt-needs-setup"))?;
    let report = file
        .encrypt(&passphrase.0, false)
        .map_err(|e| e.to_string())?;
    // The key just derived is kept with the passphrase, so "Remember it on
    // this device" and a phone's return need no second Argon2id.
    let keys = journal::Keys::with_passphrase(passphrase.0.clone());
    if let journal::Codec::Sealed(seal) = file.codec() {
        keys.remember(std::sync::Arc::clone(seal));
    }
    w.launch.0.keys = keys;
    Ok(crate::t!(
        "app-notice-encrypted",
        beside = report.side_files.len()
    ))
}

/// Rebuilds the save's damaged first line; the save is then opened afresh.
fn repair(w: &Writer) -> Result<String, String> {
    let repaired = journal::repair_header(&w.journal.path, &[]).map_err(|e| e.to_string())?;
    Ok(match repaired {
        Some(repair) => repair.describe(&w.journal.path),
        None => crate::t!("app-notice-header-fine"),
    })
}

fn export_csv(typed: &std::path::Path, w: &Writer) -> Result<String, String> {
    let path = typed_path::beside_the_save(&w.journal.path, typed);
    let ledger = w.state.ledger();
    crate::export::write_csv_file(&w.journal.path, &path, &to_csv(ledger))
        .map_err(|e| e.to_string())?;
    Ok(crate::t!(
        "app-notice-exported",
        count = ledger.len(),
        file = path.display().to_string()
    ))
}

/// The last four weeks as one page, written beside the save (a phone's
/// share sheet is not wired in yet: the file is there to share).
fn summary(with_notes: bool, to: Option<&std::path::Path>, w: &Writer) -> Result<String, String> {
    let now = w.clock.now();
    let today = w.state.ledger().couple().clock.day_of(&now);
    let period = crate::report::summary::Period {
        with_notes,
        ..crate::report::summary::Period::last_four_weeks(today)
    };
    let html = crate::report::summary::to_html(&w.state.summary(&period, now));
    let path = match to {
        Some(chosen) => chosen.to_path_buf(),
        None => typed_path::beside_the_save(&w.journal.path, &summary_file_name(today)),
    };
    crate::export::write_summary_file(&w.journal.path, &path, &html).map_err(|e| e.to_string())?;
    Ok(crate::t!(
        "app-notice-summary",
        notes = if with_notes { "yes" } else { "no" },
        file = path.display().to_string()
    ))
}

/// `summary-2026-12-04.html`: the summary of the four weeks up to `today`.
pub fn summary_file_name(today: chrono::NaiveDate) -> PathBuf {
    PathBuf::from(format!("summary-{today}.html"))
}

/// Species whose growth went up between two gardens.
fn grown(before: &Garden, after: &Garden) -> Vec<Species> {
    Species::ALL
        .into_iter()
        .filter(|s| {
            let old = before.plants.get(s).map_or(0.0, |p| p.growth);
            let new = after.plants.get(s).map_or(0.0, |p| p.growth);
            new > old + 1e-4
        })
        .collect()
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<Command>();
    app.add_message::<Grew>();
    app.add_systems(
        Update,
        apply_commands
            .run_if(resource_exists::<Journal>.and_then(resource_exists::<GardenState>))
            .in_set(super::StorageSet::Write),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::testing::{app_on, new_save};

    #[test]
    fn the_summary_is_written_beside_the_save_with_notes_only_when_ticked() {
        let dir = tempfile::tempdir().unwrap();
        let save = dir.path().join("garden.ron");
        new_save(&save);
        let mut app = app_on(&save);
        app.world_mut()
            .write_message(Command::Record(actions::Command::Log {
                kind: crate::journal::Kind::Gratitude,
                note: Some("for the soup".into()),
                when: When::Now,
            }));
        app.update();
        let page = || {
            let found: Vec<_> = std::fs::read_dir(dir.path())
                .unwrap()
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "html"))
                .collect();
            assert_eq!(found.len(), 1, "{found:?}");
            std::fs::read_to_string(&found[0]).unwrap()
        };
        app.world_mut().write_message(Command::Summary {
            with_notes: false,
            to: None,
        });
        app.update();
        let without = page();
        assert!(without.contains("At a glance") && without.contains("Sam"));
        assert!(!without.contains("for the soup"));
        app.world_mut().write_message(Command::Summary {
            with_notes: true,
            to: None,
        });
        app.update();
        assert!(
            page().contains("for the soup"),
            "the same day's page, replaced"
        );
    }
}
