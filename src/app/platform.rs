//! What differs per platform: where the save lives by default, and what the
//! app does when a phone sends it to the background and back.
//!
//! Nothing needs flushing on suspend: every append is fsync'd before the
//! command returns, so being killed in the background loses nothing. On
//! resume the save is opened afresh, exactly as at start: a sync app
//! (Files/iCloud Drive, Syncthing, Dropbox) may have brought the partner's
//! entries or left conflict copies beside the save while the app slept, and
//! opening merges those copies in.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::window::AppLifecycle;

use crate::journal::SAVE_FILE_NAME;

/// The default save on this platform, when neither `--save` nor
/// `TRUST_GARDEN_SAVE` names one.
///
/// - Android: the app's private data directory (`internal_data_path()`).
/// - iOS: the app's Documents folder, which `UIFileSharingEnabled` and
///   `LSSupportsOpeningDocumentsInPlace` show in the Files app, so iCloud
///   Drive or a sync app can share it between the partners' phones.
/// - Desktop: `garden.ron` in the platform data directory (as the CLI).
pub fn default_save_path() -> Result<PathBuf, String> {
    platform_folder().map(|folder| folder.join(SAVE_FILE_NAME))
}

#[cfg(target_os = "android")]
fn platform_folder() -> Result<PathBuf, String> {
    let app = bevy::android::ANDROID_APP
        .get()
        .ok_or("the Android activity has not started the app yet")?;
    app.internal_data_path()
        .ok_or_else(|| "Android gave the app no internal data directory".to_owned())
}

#[cfg(target_os = "ios")]
fn platform_folder() -> Result<PathBuf, String> {
    // Inside the app's sandbox HOME is the data container; Documents is the
    // folder Files and iCloud Drive show for the app.
    let home = std::env::var_os("HOME").ok_or("iOS gave the app no HOME folder")?;
    Ok(PathBuf::from(home).join("Documents"))
}

#[cfg(not(any(target_os = "android", target_os = "ios", target_arch = "wasm32")))]
fn platform_folder() -> Result<PathBuf, String> {
    directories::ProjectDirs::from("", "", "trust-garden")
        .map(|dirs| dirs.data_dir().to_path_buf())
        .ok_or_else(|| {
            "cannot find a home directory for the save; pass --save PATH or set TRUST_GARDEN_SAVE"
                .to_owned()
        })
}

/// In the browser: the page's own storage (see `journal::disk`), one
/// garden per site, kept in IndexedDB.
#[cfg(target_arch = "wasm32")]
fn platform_folder() -> Result<PathBuf, String> {
    Ok(PathBuf::from("/garden"))
}

/// Where this install keeps its identity (see `device::device_id`): the
/// app's own data, never a folder a sync tool or the Files app shares.
///
/// - Android: `device/` in the app's private data directory.
/// - iOS: `Library/Application Support/device` (Documents is shared).
/// - Desktop: `device/` in the platform's preferences folder, apart from
///   the save's data folder, which a couple may point a sync tool at.
pub fn device_folder() -> Result<PathBuf, String> {
    if let Some(folder) = std::env::var_os("TRUST_GARDEN_DEVICE_DIR") {
        return Ok(PathBuf::from(folder));
    }
    own_folder().map(|folder| folder.join("device"))
}

#[cfg(target_os = "android")]
fn own_folder() -> Result<PathBuf, String> {
    platform_folder()
}

#[cfg(target_os = "ios")]
fn own_folder() -> Result<PathBuf, String> {
    let home = std::env::var_os("HOME").ok_or("iOS gave the app no HOME folder")?;
    Ok(PathBuf::from(home).join("Library/Application Support"))
}

#[cfg(not(any(target_os = "android", target_os = "ios", target_arch = "wasm32")))]
fn own_folder() -> Result<PathBuf, String> {
    directories::ProjectDirs::from("", "", "trust-garden")
        .map(|dirs| dirs.preference_dir().to_path_buf())
        .ok_or_else(|| "cannot find a home directory for this device's settings".to_owned())
}

#[cfg(target_arch = "wasm32")]
fn own_folder() -> Result<PathBuf, String> {
    Ok(PathBuf::from("/this-browser"))
}

/// Where a partner's copy of the save may arrive besides the save's own
/// folder, for offering it to merge.
///
/// - Android: the app's external files folder (`Android/data/<app>/files`),
///   the one a file manager or a USB cable can put a file into.
/// - iOS: `Documents/Inbox`, where a file opened in the app from another
///   app lands (Documents itself is the save's folder, shown in Files).
/// - Desktop: the downloads folder, where a mailed or messaged save lands.
pub fn arrival_folders() -> Vec<PathBuf> {
    arrivals()
}

#[cfg(target_os = "android")]
fn arrivals() -> Vec<PathBuf> {
    bevy::android::ANDROID_APP
        .get()
        .and_then(|app| app.external_data_path())
        .into_iter()
        .collect()
}

#[cfg(target_os = "ios")]
fn arrivals() -> Vec<PathBuf> {
    platform_folder()
        .map(|documents| documents.join("Inbox"))
        .into_iter()
        .collect()
}

#[cfg(not(any(target_os = "android", target_os = "ios", target_arch = "wasm32")))]
fn arrivals() -> Vec<PathBuf> {
    // A home without `user-dirs.dirs` (no desktop session set one up) has
    // no configured downloads folder, but usually still `~/Downloads`.
    let Some(dirs) = directories::UserDirs::new() else {
        return Vec::new();
    };
    let downloads = match dirs.download_dir() {
        Some(configured) => configured.to_path_buf(),
        None => dirs.home_dir().join("Downloads"),
    };
    vec![downloads]
}

/// A browser has no folder where files arrive: a partner's save is opened
/// with "Open a save" (the page's file picker).
#[cfg(target_arch = "wasm32")]
fn arrivals() -> Vec<PathBuf> {
    Vec::new()
}

/// Whether the app has been in the background since the save was last
/// opened. Every platform sends `WillResume` once at start, right after the
/// save was opened; only a resume after a suspend should reopen it.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Background {
    pub was_suspended: bool,
    /// How many times the save was reopened on resume (for the log and tests).
    pub reopened: u32,
}

fn follow_lifecycle(
    mut lifecycle: MessageReader<AppLifecycle>,
    mut background: ResMut<Background>,
    mut commands: Commands,
) {
    for change in lifecycle.read() {
        match change {
            AppLifecycle::WillSuspend | AppLifecycle::Suspended => {
                if !background.was_suspended {
                    info!("suspended: nothing to flush, every entry is already on disk");
                }
                background.was_suspended = true;
            }
            AppLifecycle::WillResume | AppLifecycle::Running if background.was_suspended => {
                background.was_suspended = false;
                background.reopened += 1;
                info!("resumed: reopening the save to take in synced entries and copies");
                commands.run_system_cached(super::storage::open_save);
            }
            AppLifecycle::Idle | AppLifecycle::WillResume | AppLifecycle::Running => {}
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    // Registered by bevy_window in the full app; tests run without it.
    app.add_message::<AppLifecycle>();
    app.init_resource::<Background>();
    app.add_systems(PreUpdate, follow_lifecycle);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Journal;
    use crate::app::testing::{
        app_on, event, events_in_app, new_save, new_sealed_save, unlock_with,
    };
    use crate::journal::{self, Kind, Partner};

    fn lifecycle(app: &mut App, change: AppLifecycle) {
        app.world_mut().write_message(change);
        app.update();
    }

    /// What a phone sends when the app goes away and comes back.
    fn suspend_and_resume(app: &mut App) {
        for change in [
            AppLifecycle::WillSuspend,
            AppLifecycle::Suspended,
            AppLifecycle::WillResume,
            AppLifecycle::Running,
        ] {
            lifecycle(app, change);
        }
    }

    #[test]
    fn resuming_takes_in_what_the_partner_synced_and_merges_conflict_copies() {
        let dir = tempfile::tempdir().unwrap();
        let save = dir.path().join(SAVE_FILE_NAME);
        new_save(&save);
        let mut app = app_on(&save);
        assert_eq!(events_in_app(&app), 1);

        // While the phone sleeps, the sync app appends the partner's entry
        // and leaves an iCloud conflict copy holding another one.
        let copy = dir.path().join("garden 2.ron");
        std::fs::copy(&save, &copy).unwrap();
        journal::Journal::open(&copy)
            .unwrap()
            .append(event(Partner::B, Kind::Gratitude))
            .unwrap();
        journal::Journal::open(&save)
            .unwrap()
            .append(event(Partner::B, Kind::Kindness))
            .unwrap();

        // The resume every platform sends at start reopens nothing.
        lifecycle(&mut app, AppLifecycle::WillResume);
        assert_eq!(events_in_app(&app), 1);
        assert_eq!(app.world().resource::<Background>().reopened, 0);

        lifecycle(&mut app, AppLifecycle::WillSuspend);
        lifecycle(&mut app, AppLifecycle::Suspended);
        lifecycle(&mut app, AppLifecycle::WillResume);
        lifecycle(&mut app, AppLifecycle::Running);
        assert_eq!(app.world().resource::<Background>().reopened, 1);
        let kinds: Vec<Kind> = app
            .world()
            .resource::<Journal>()
            .events()
            .iter()
            .map(|e| e.kind.clone())
            .collect();
        assert_eq!(kinds.len(), 3, "{kinds:?}");
        assert!(kinds.contains(&Kind::Kindness) && kinds.contains(&Kind::Gratitude));
        assert!(
            !copy.exists(),
            "the merged copy is archived, not left beside the save"
        );
    }

    #[test]
    fn entries_logged_before_a_suspend_are_on_disk_without_any_flush() {
        let dir = tempfile::tempdir().unwrap();
        let save = dir.path().join(SAVE_FILE_NAME);
        new_save(&save);
        let mut app = app_on(&save);
        app.world_mut()
            .write_message(crate::app::Command::Record(crate::actions::Command::Log {
                kind: Kind::LetItGo,
                note: None,
                when: crate::app::When::Now,
            }));
        app.update();
        lifecycle(&mut app, AppLifecycle::WillSuspend);
        // The OS may kill a suspended app without warning: drop it unrun.
        drop(app);
        let reopened = journal::Journal::open(&save).unwrap();
        assert!(reopened.events().iter().any(|e| e.kind == Kind::LetItGo));
    }

    fn log_let_it_go(app: &mut App) {
        app.world_mut()
            .write_message(crate::app::Command::Record(crate::actions::Command::Log {
                kind: Kind::LetItGo,
                note: Some("the words I kept to myself".into()),
                when: crate::app::When::Now,
            }));
        app.update();
    }

    #[test]
    fn an_encrypted_save_waits_for_its_passphrase_and_is_written_sealed() {
        let dir = tempfile::tempdir().unwrap();
        let save = dir.path().join(SAVE_FILE_NAME);
        let passphrase = "the bench by the river";
        new_sealed_save(&save, passphrase);
        let sealed = |app: &App| app.world().resource::<Journal>().sealed.clone();

        let mut app = app_on(&save);
        assert_eq!(sealed(&app), Some(journal::SealProblem::NoPassphrase));
        assert_eq!(events_in_app(&app), 0);
        let before = std::fs::read(&save).unwrap();
        log_let_it_go(&mut app);
        assert_eq!(std::fs::read(&save).unwrap(), before, "nothing written");

        unlock_with(&mut app, "the bench by the rivet");
        assert_eq!(sealed(&app), Some(journal::SealProblem::WrongPassphrase));
        assert_eq!(events_in_app(&app), 0);

        unlock_with(&mut app, passphrase);
        assert_eq!(sealed(&app), None);
        assert_eq!(events_in_app(&app), 1);
        log_let_it_go(&mut app);
        let text = String::from_utf8(std::fs::read(&save).unwrap()).unwrap();
        assert!(!text.contains("kept to myself") && !text.contains("LetItGo"));

        // A phone that comes back opens the save again with what it was given.
        suspend_and_resume(&mut app);
        assert_eq!(app.world().resource::<Background>().reopened, 1);
        assert_eq!(sealed(&app), None);
        assert_eq!(events_in_app(&app), 2);
    }

    #[test]
    fn encrypting_from_the_app_seals_the_save_and_keeps_it_open_across_a_resume() {
        let dir = tempfile::tempdir().unwrap();
        let save = dir.path().join(SAVE_FILE_NAME);
        new_save(&save);
        let mut app = app_on(&save);
        let passphrase =
            crate::app::storage::Passphrase("the bench by the river".to_owned().into());
        app.world_mut()
            .write_message(crate::app::Command::Encrypt(passphrase));
        app.update();
        let text = String::from_utf8(std::fs::read(&save).unwrap()).unwrap();
        assert!(
            text.contains("sealed:") && !text.contains("Europe/Berlin"),
            "{text}"
        );
        assert!(app.world().resource::<Journal>().is_sealed());

        suspend_and_resume(&mut app);
        assert_eq!(app.world().resource::<Background>().reopened, 1);
        assert_eq!(app.world().resource::<Journal>().sealed, None);
        assert_eq!(events_in_app(&app), 1);
    }

    #[test]
    fn the_desktop_default_is_garden_ron_in_a_trust_garden_folder() {
        // Without a home directory there is no default: an error, not a panic.
        if let Ok(path) = default_save_path() {
            assert!(path.ends_with(SAVE_FILE_NAME));
            assert!(path.to_string_lossy().contains("trust-garden"));
        }
    }
}
