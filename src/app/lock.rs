//! A lock on the app: an optional PIN asked on open and when the app comes
//! back after a chosen time away, and a quick hide that covers the screen at
//! once. Until the PIN is answered the screens do not run at all (the UI's
//! set waits for `AppLock::open`), so nothing of the garden, the history or the notes is drawn.
//!
//! The PIN is kept as an Argon2id hash in this install's own folder (beside
//! its identity, never in the synced folder), so it is per device: each
//! partner sets their own, and a copied save carries none.

use bevy::platform::time::Instant;
use std::path::{Path, PathBuf};
use std::time::Duration;

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use bevy::prelude::*;
use bevy::window::AppLifecycle;
use serde::{Deserialize, Serialize};

use super::Launch;

/// A PIN of this many digits or more; fewer is too easy to guess by looking.
pub const PIN_DIGITS: std::ops::RangeInclusive<usize> = 4..=8;

/// The lock as this device keeps it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LockConfig {
    /// The PIN's Argon2id hash, in the PHC string format (salt included).
    pub pin_hash: String,
    /// Minutes away (in the background) after which the PIN is asked again;
    /// 0 asks every time.
    pub after_minutes: u32,
}

/// The app's lock, as the screens see it.
#[derive(Resource, Debug, Default)]
pub struct AppLock {
    pub config: Option<LockConfig>,
    /// The PIN is being asked; nothing else is drawn.
    pub locked: bool,
    /// Covered by a quick hide with no PIN set: a tap brings it back.
    pub covered: bool,
    /// The digits typed so far on the lock screen.
    pub typed: String,
    pub wrong_tries: u32,
    /// Where the config lives (this install's folder).
    pub file: Option<PathBuf>,
    away_since: Option<Instant>,
}

impl AppLock {
    /// Whether the screens may draw.
    pub fn open(&self) -> bool {
        !self.locked && !self.covered
    }

    /// Checks the typed PIN; unlocks when it is right.
    pub fn try_unlock(&mut self, pin: &str) -> bool {
        let right = self
            .config
            .as_ref()
            .is_some_and(|config| pin_matches(&config.pin_hash, pin));
        if right {
            self.locked = false;
            self.covered = false;
            self.wrong_tries = 0;
        } else {
            self.wrong_tries += 1;
        }
        self.typed.clear();
        right
    }

    /// Covers the screen now: locked when a PIN is set, covered otherwise.
    pub fn hide(&mut self) {
        self.typed.clear();
        if self.config.is_some() {
            self.locked = true;
        } else {
            self.covered = true;
        }
    }

    /// Sets (or changes) the PIN and keeps it; an error names the file.
    pub fn set_pin(&mut self, pin: &str, after_minutes: u32) -> Result<(), String> {
        if !PIN_DIGITS.contains(&pin.len()) || !pin.bytes().all(|b| b.is_ascii_digit()) {
            return Err(crate::t!(
                "app-pin-length",
                min = *PIN_DIGITS.start(),
                max = *PIN_DIGITS.end()
            ));
        }
        let config = LockConfig {
            pin_hash: hash_pin(pin)?,
            after_minutes,
        };
        self.save(Some(&config))?;
        self.config = Some(config);
        Ok(())
    }

    /// Removes the PIN, given the current one.
    pub fn remove_pin(&mut self, pin: &str) -> Result<(), String> {
        let right = self
            .config
            .as_ref()
            .is_some_and(|config| pin_matches(&config.pin_hash, pin));
        if !right {
            return Err(crate::t!("app-pin-not-removed"));
        }
        self.save(None)?;
        self.config = None;
        Ok(())
    }

    pub fn set_after(&mut self, minutes: u32) -> Result<(), String> {
        let Some(mut config) = self.config.clone() else {
            return Ok(());
        };
        config.after_minutes = minutes;
        self.save(Some(&config))?;
        self.config = Some(config);
        Ok(())
    }

    fn save(&self, config: Option<&LockConfig>) -> Result<(), String> {
        let file = self
            .file
            .as_ref()
            .ok_or_else(|| crate::t!("app-pin-no-folder"))?;
        save_config(file, config)
    }

    /// The app went to the background.
    fn went_away(&mut self, now: Instant) {
        self.away_since.get_or_insert(now);
    }

    /// The app came back: locked again when it was away long enough.
    fn came_back(&mut self, now: Instant) {
        let Some(since) = self.away_since.take() else {
            return;
        };
        if let Some(config) = &self.config {
            let after = Duration::from_secs(u64::from(config.after_minutes) * 60);
            if now.duration_since(since) >= after {
                self.locked = true;
                self.typed.clear();
            }
        }
    }
}

/// The PIN's Argon2id hash with a fresh random salt, as a PHC string.
pub fn hash_pin(pin: &str) -> Result<String, String> {
    // 16 bytes from the operating system's random source (UUIDv4 draws them).
    let salt = SaltString::encode_b64(uuid::Uuid::new_v4().as_bytes())
        .map_err(|e| crate::t!("app-pin-not-kept", error = e.to_string()))?;
    Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| crate::t!("app-pin-not-kept", error = e.to_string()))
}

fn pin_matches(hash: &str, pin: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|hash| {
        Argon2::default()
            .verify_password(pin.as_bytes(), &hash)
            .is_ok()
    })
}

/// `lock.ron` in this install's own folder.
pub fn config_path(device_folder: &Path) -> PathBuf {
    device_folder.join("lock.ron")
}

/// Reads the lock; a file that cannot be read locks the app anyway (with no
/// PIN that could open it, the user removes the file by hand), so a damaged
/// file never opens a locked app.
pub fn load_config(file: &Path) -> Result<Option<LockConfig>, String> {
    match crate::journal::disk::read_to_string(file) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("could not read {}: {e}", file.display())),
        Ok(text) => ron::from_str(&text)
            .map(Some)
            .map_err(|e| format!("{}: {e}", file.display())),
    }
}

/// Writes the lock (private, through a temp file), or removes it.
pub fn save_config(file: &Path, config: Option<&LockConfig>) -> Result<(), String> {
    let Some(config) = config else {
        return match crate::journal::disk::remove_file(file) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                Err(format!("could not remove {}: {e}", file.display()))
            }
            _ => Ok(()),
        };
    };
    let text = ron::to_string(config).map_err(|e| format!("could not encode the lock: {e}"))?;
    if let Some(folder) = file.parent() {
        crate::journal::disk::create_dir_all(folder)
            .map_err(|e| format!("could not create {}: {e}", folder.display()))?;
    }
    let temp = file.with_extension("ron.tmp");
    let mut options = crate::journal::disk::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
        .open(&temp)
        .and_then(|mut out| std::io::Write::write_all(&mut out, text.as_bytes()))
        .and_then(|()| crate::journal::disk::rename(&temp, file))
        .map_err(|e| format!("could not write {}: {e}", file.display()))
}

fn load_on_start(mut commands: Commands, launch: Res<Launch>) {
    let folder = launch
        .0
        .device_dir
        .clone()
        .map_or_else(super::platform::device_folder, Ok);
    let mut lock = AppLock::default();
    match folder {
        Ok(folder) => {
            let file = config_path(&folder);
            match load_config(&file) {
                Ok(config) => {
                    lock.locked = config.is_some();
                    lock.config = config;
                }
                Err(e) => {
                    warn!("{e}; the app stays locked");
                    lock.locked = true;
                }
            }
            lock.file = Some(file);
        }
        Err(e) => warn!("{e}; no PIN can be set"),
    }
    commands.insert_resource(lock);
}

fn follow_lifecycle(mut lifecycle: MessageReader<AppLifecycle>, mut lock: ResMut<AppLock>) {
    for change in lifecycle.read() {
        match change {
            AppLifecycle::WillSuspend | AppLifecycle::Suspended => lock.went_away(Instant::now()),
            AppLifecycle::WillResume | AppLifecycle::Running => lock.came_back(Instant::now()),
            AppLifecycle::Idle => {}
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(PreStartup, load_on_start);
    app.add_systems(
        PreUpdate,
        follow_lifecycle.run_if(resource_exists::<AppLock>),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pin_opens_the_lock_and_nothing_else_does() {
        let dir = tempfile::tempdir().unwrap();
        let mut lock = AppLock {
            file: Some(config_path(dir.path())),
            ..AppLock::default()
        };
        assert!(lock.set_pin("12", 0).is_err(), "too short");
        lock.set_pin("482913", 5).unwrap();
        let kept = crate::journal::disk::read_to_string(config_path(dir.path())).unwrap();
        assert!(!kept.contains("482913"), "only a hash is kept");
        lock.hide();
        assert!(!lock.open());
        assert!(!lock.try_unlock("482914"));
        assert!(!lock.open());
        assert!(lock.try_unlock("482913"));
        assert!(lock.open());
    }

    #[test]
    fn coming_back_after_the_time_away_asks_again() {
        let dir = tempfile::tempdir().unwrap();
        let mut lock = AppLock {
            file: Some(config_path(dir.path())),
            ..AppLock::default()
        };
        lock.set_pin("2468", 5).unwrap();
        let start = Instant::now();
        lock.went_away(start);
        lock.came_back(start + Duration::from_secs(60));
        assert!(lock.open(), "a minute away is not five");
        lock.went_away(start);
        lock.came_back(start + Duration::from_secs(5 * 60));
        assert!(!lock.open());
    }

    #[test]
    fn a_quick_hide_without_a_pin_covers_until_tapped() {
        let mut lock = AppLock::default();
        lock.hide();
        assert!(lock.covered && !lock.locked);
        assert!(!lock.open());
    }
}
