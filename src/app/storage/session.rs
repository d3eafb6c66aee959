//! The open save: opened at start on a worker thread while the window and
//! the renderer start, and opened afresh when a phone brings the app back
//! (a sync app may have brought the partner's entries meanwhile). Opening
//! merges conflict copies a sync tool left beside the save.

use std::path::{Path, PathBuf};

use bevy::prelude::*;
use chrono::{DateTime, Utc};

use crate::garden::chapters::{self, Chapter};
use crate::journal::{self, Event, JournalError, SealProblem};

use super::derived::{Chapters, GardenState};
use super::notices::Notices;
use crate::app::Launch;
use crate::app::clock::AppClock;
use crate::app::screens::{GardenMode, Screen, StartScreen};

/// The open save, or why there is none.
#[derive(Resource)]
pub struct Journal {
    pub path: PathBuf,
    pub(super) file: Option<journal::Journal>,
    /// Set when the save exists but cannot be read: the app then never writes to it.
    pub unreadable: Option<String>,
    /// Set when the save is encrypted and its passphrase is still wanted.
    pub sealed: Option<SealProblem>,
}

impl Journal {
    /// The events as they are in the file.
    pub fn events(&self) -> &[Event] {
        self.file.as_ref().map_or(&[], |file| file.events())
    }

    /// The open save's header.
    pub fn header(&self) -> Option<&journal::Header> {
        self.file.as_ref().map(|file| file.header())
    }

    /// Whether the save is encrypted (what leaves it in plain text asks first).
    pub fn is_sealed(&self) -> bool {
        self.file.as_ref().is_some_and(|file| file.is_sealed())
    }
}

/// Everything opening the save produces.
pub(super) struct Loaded {
    journal: Journal,
    state: GardenState,
    chapters: Chapters,
    notices: Notices,
}

/// The save being opened on a worker thread while the window and the
/// renderer start, so a long history does not delay the first frame.
#[derive(Resource)]
pub struct Preloading(std::sync::Mutex<Option<std::thread::JoinHandle<Loaded>>>);

fn is_missing(e: &JournalError) -> bool {
    matches!(e, JournalError::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound)
}

/// Why the save cannot be opened yet.
enum NotOpened {
    /// Its passphrase is wanted (none given yet, or a wrong one).
    Sealed(SealProblem),
    Unreadable(String),
}

/// Opens the save at `path`: `Ok(None)` when there is none yet.
fn open_file(
    path: &Path,
    keys: &journal::Keys,
    notices: &mut Notices,
) -> Result<Option<journal::Journal>, NotOpened> {
    match journal::Journal::open_with(path, keys) {
        Ok(file) => {
            let recovered = file.report().notices();
            if !recovered.is_empty() {
                notices.error(crate::t!(
                    "app-notice-opened-with-care",
                    file = path.display().to_string(),
                    problems = recovered.join("\n• ")
                ));
            }
            Ok(Some(file))
        }
        Err(e) if is_missing(&e) => Ok(None),
        Err(JournalError::Sealed {
            problem: problem @ (SealProblem::NoPassphrase | SealProblem::WrongPassphrase),
            ..
        }) => Err(NotOpened::Sealed(problem)),
        Err(e @ JournalError::DamagedHeader { .. }) => {
            notices.error_offering(
                crate::t!("app-notice-damaged-header"),
                super::notices::Offer::RepairSave,
            );
            Err(NotOpened::Unreadable(e.to_string()))
        }
        Err(e) => {
            notices.error(crate::t!("app-notice-not-opened", error = e.to_string()));
            Err(NotOpened::Unreadable(e.to_string()))
        }
    }
}

/// An encrypted save opens without its passphrase page when this device
/// keeps its key. A keychain that fails (locked, refused) only means asking.
fn unlock_from_keychain(options: &crate::app::AppOptions) {
    let Ok(Some(header)) = journal::read_header(&options.save) else {
        return;
    };
    if let Err(e) = options.keychain.unlock(&header, &options.keys) {
        info!("the keychain could not be asked for the garden's key: {e}");
    }
}

fn chapters_of(options: &crate::app::AppOptions, notices: &mut Notices) -> Vec<Chapter> {
    match &options.levels {
        None => chapters::embedded(),
        Some(dir) => chapters::load_dir(dir).unwrap_or_else(|e| {
            notices.error(crate::t!(
                "app-notice-chapters-unreadable",
                folder = dir.display().to_string(),
                error = e.to_string()
            ));
            chapters::embedded()
        }),
    }
}

pub(super) fn load(options: &crate::app::AppOptions, now: DateTime<Utc>) -> Loaded {
    let started = bevy::platform::time::Instant::now();
    let mut notices = Notices::default();
    unlock_from_keychain(options);
    let (file, unreadable, sealed) = match open_file(&options.save, &options.keys, &mut notices) {
        Ok(file) => (file, None, None),
        Err(NotOpened::Unreadable(why)) => (None, Some(why), None),
        Err(NotOpened::Sealed(problem)) => (None, Some(problem.to_string()), Some(problem)),
    };
    let journal = Journal {
        path: options.save.clone(),
        file,
        unreadable,
        sealed,
    };
    let chapters = Chapters(chapters_of(options, &mut notices));
    let opened = started.elapsed();
    let state = GardenState::new(journal.events().to_vec(), &chapters, now);
    info!(
        "opened {} ({} events) in {opened:?}, replayed in {:?}",
        journal.path.display(),
        journal.events().len(),
        started.elapsed() - opened
    );
    Loaded {
        journal,
        state,
        chapters,
        notices,
    }
}

/// Opens the save again with what the options hold now (a passphrase just
/// typed), replacing what was open.
pub(crate) fn reopen(
    commands: &mut Commands,
    options: &crate::app::AppOptions,
    now: DateTime<Utc>,
) {
    insert_loaded(commands, load(options, now));
}

fn insert_loaded(commands: &mut Commands, loaded: Loaded) {
    commands.insert_resource(loaded.state);
    commands.insert_resource(loaded.chapters);
    commands.insert_resource(loaded.journal);
    commands.insert_resource(loaded.notices);
}

/// Opens the save and replays it, unless it is already being opened in the
/// background (then `finish_opening` picks it up). Also run on resume.
pub(crate) fn open_save(
    mut commands: Commands,
    launch: Res<Launch>,
    clock: Res<AppClock>,
    preloading: Option<Res<Preloading>>,
) {
    if preloading.is_none() {
        insert_loaded(&mut commands, load(&launch.0, clock.now()));
    }
}

/// Takes the save opened in the background once it is ready; the screen
/// stays on `Loading` until then while the window and renderer start.
fn finish_opening(
    mut commands: Commands,
    preloading: Res<Preloading>,
    launch: Res<Launch>,
    clock: Res<AppClock>,
) {
    let Ok(mut slot) = preloading.0.lock() else {
        return;
    };
    if slot.as_ref().is_some_and(|handle| !handle.is_finished()) {
        return;
    }
    let loaded = slot.take().and_then(|handle| handle.join().ok());
    // A worker that panicked leaves nothing: open in the foreground instead.
    let loaded = loaded.unwrap_or_else(|| load(&launch.0, clock.now()));
    insert_loaded(&mut commands, loaded);
    commands.remove_resource::<Preloading>();
}

/// Starts opening and replaying the save on a worker thread, for the
/// windowed app: it runs while Bevy builds its plugins and the renderer
/// starts, so call it before adding any. (Tests open the save synchronously,
/// so each update sees the result.)
pub fn open_in_background(
    options: &crate::app::AppOptions,
    now: DateTime<Utc>,
) -> Option<Preloading> {
    let options = options.clone();
    let worker = std::thread::Builder::new()
        .name("open-save".into())
        .spawn(move || load(&options, now));
    // Without a thread, `open_save` opens it in the foreground.
    worker
        .ok()
        .map(|handle| Preloading(std::sync::Mutex::new(Some(handle))))
}

fn leave_loading(
    journal: Res<Journal>,
    state: Res<GardenState>,
    start: Res<StartScreen>,
    mut next: ResMut<NextState<Screen>>,
    mut next_mode: ResMut<NextState<GardenMode>>,
) {
    let set_up = state.ledger().couple().is_set_up();
    match start.0 {
        Some(place) if set_up || place.screen == Screen::Welcome => {
            next.set(place.screen);
            // Taken up in the same transition that enters the garden.
            next_mode.set(place.garden);
        }
        _ if !set_up && journal.unreadable.is_none() => next.set(Screen::Welcome),
        _ => next.set(Screen::Garden),
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, open_save);
    app.add_systems(
        Update,
        (
            finish_opening.run_if(resource_exists::<Preloading>),
            leave_loading.run_if(
                in_state(Screen::Loading)
                    .and_then(resource_exists::<Journal>)
                    .and_then(resource_exists::<GardenState>),
            ),
        )
            .chain()
            .in_set(super::StorageSet::Open),
    );
}
