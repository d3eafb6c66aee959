//! Per-device preferences: who is holding this device, theme, text size,
//! motion and language.
//! They live beside the save, named per device, and never in the shared log,
//! so a synced folder does not mix the partners' choices.

use std::path::{Path, PathBuf};

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::journal::Partner;

use super::Launch;

#[derive(Resource, Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeviceSettings {
    /// The partner whose actions this device logs.
    pub acting: Partner,
    pub dark: bool,
    /// Multiplies all text and controls; 1.0 is the default size.
    pub text_scale: f32,
    /// Still the swaying, drifting and sparkles, and jump instead of
    /// gliding: for those whom motion unsettles or distracts. `None` does
    /// as the system asks (see `motion`). Files from before the system was
    /// followed hold a plain `true` (chosen) or `false` (never chosen).
    #[serde(deserialize_with = "chosen_motion")]
    pub reduce_motion: Option<bool>,
    /// The language this device speaks; `None` follows the system's.
    /// (Files from before it existed have none: `#[serde(default)]`.)
    pub language: Option<Lang>,
    /// Whether a plant's card has been opened here: until then the garden
    /// says that plants can be tapped.
    pub opened_a_plant: bool,
}

/// `Some(true)`, `Some(false)`, `None`; and the plain `true` / `false` of
/// older files, where only `true` was a choice (`false` was the default).
fn chosen_motion<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    struct Chosen;
    impl<'de> serde::de::Visitor<'de> for Chosen {
        type Value = Option<bool>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("Some(true), Some(false), None, true or false")
        }
        fn visit_bool<E>(self, chosen: bool) -> Result<Option<bool>, E> {
            Ok(chosen.then_some(true))
        }
        fn visit_none<E>(self) -> Result<Option<bool>, E> {
            Ok(None)
        }
        fn visit_unit<E>(self) -> Result<Option<bool>, E> {
            Ok(None)
        }
        fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Option<bool>, D::Error> {
            bool::deserialize(d).map(Some)
        }
    }
    d.deserialize_any(Chosen)
}

impl Default for DeviceSettings {
    fn default() -> Self {
        DeviceSettings {
            acting: Partner::A,
            dark: false,
            text_scale: 1.0,
            reduce_motion: None,
            language: None,
            opened_a_plant: false,
        }
    }
}

/// Where this device's settings live, and why they could not be read, if so.
#[derive(Resource, Clone, Debug)]
pub struct DeviceFile {
    pub path: PathBuf,
    pub problem: Option<String>,
}

/// `<save>.device-<id>.ron` beside the save, `id` being this install's
/// (see `device_id`): two phones never share one, whatever they are called.
pub fn settings_path(save: &Path, device: &str) -> PathBuf {
    let mut name = save
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "trust-garden".into());
    name.push_str(&format!(".device-{device}.ron"));
    save.with_file_name(name)
}

/// This install's identity: a random id made on first run and kept in
/// `folder`, the app's own data (never the synced folder). Host names
/// collide: every Android phone is "localhost".
pub fn device_id(folder: &Path) -> Result<String, String> {
    let path = folder.join("device-id");
    match crate::journal::disk::read_to_string(&path) {
        Ok(text) if is_device_id(text.trim()) => return Ok(text.trim().to_owned()),
        // Damaged: a new identity only loses this device's preferences.
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(format!("could not read {}: {e}", path.display())),
    }
    let id = uuid::Uuid::new_v4().simple().to_string();
    crate::journal::disk::create_dir_all(folder)
        .map_err(|e| format!("could not create {}: {e}", folder.display()))?;
    write_replacing(&path, id.as_bytes())?;
    Ok(id)
}

fn is_device_id(text: &str) -> bool {
    text.len() == 32 && text.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The settings file earlier versions named after the host, read once when
/// this install has none of its own yet.
fn legacy_settings_path(save: &Path) -> PathBuf {
    settings_path(save, &host_name())
}

/// A short, file-name-safe host name, as earlier versions used it.
fn host_name() -> String {
    let raw = std::env::var("HOSTNAME")
        .ok()
        .filter(|h| !h.trim().is_empty())
        .or_else(|| {
            crate::journal::disk::read_to_string("/proc/sys/kernel/hostname")
                .or_else(|_| crate::journal::disk::read_to_string("/etc/hostname"))
                .ok()
        })
        .unwrap_or_else(|| "this-device".into());
    let clean: String = raw
        .trim()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .take(40)
        .collect();
    if clean.is_empty() {
        "this-device".into()
    } else {
        clean
    }
}

/// Reads the settings; a missing file gives the defaults, an unreadable one
/// the defaults plus the reason (the file is left alone until the user saves).
pub fn load(path: &Path) -> (DeviceSettings, Option<String>) {
    match crate::journal::disk::read_to_string(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => (DeviceSettings::default(), None),
        Err(e) => (
            DeviceSettings::default(),
            Some(crate::t!(
                "app-device-unreadable",
                file = path.display().to_string(),
                error = e.to_string()
            )),
        ),
        Ok(text) => match ron::from_str::<DeviceSettings>(&text) {
            Ok(mut settings) => {
                settings.text_scale = settings.text_scale.clamp(0.75, 2.0);
                (settings, None)
            }
            Err(e) => (
                DeviceSettings::default(),
                Some(crate::t!(
                    "app-device-damaged",
                    file = path.display().to_string(),
                    error = e.to_string()
                )),
            ),
        },
    }
}

/// Writes the settings atomically (temp file, then rename). An unreadable
/// earlier file is kept as `.bad` rather than written over.
pub fn save(path: &Path, settings: &DeviceSettings, keep_old: bool) -> Result<(), String> {
    let text = ron::ser::to_string_pretty(settings, ron::ser::PrettyConfig::default())
        .map_err(|e| format!("could not encode device settings: {e}"))?;
    if keep_old && path.exists() {
        let bad = path.with_extension("ron.bad");
        crate::journal::disk::rename(path, &bad).map_err(|e| {
            crate::t!(
                "app-device-not-set-aside",
                file = path.display().to_string(),
                error = e.to_string()
            )
        })?;
    }
    write_replacing(path, text.as_bytes())
}

/// Writes `path` through a private temp file beside it and a rename.
fn write_replacing(path: &Path, bytes: &[u8]) -> Result<(), String> {
    // Unique per writer: two app instances (or tests) may write at once.
    let unique = uuid::Uuid::new_v4().simple().to_string();
    let tmp = path.with_extension(format!(
        "tmp-{}-{}",
        crate::journal::disk::process_id(),
        &unique[..8]
    ));
    let mut options = crate::journal::disk::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let written = options
        .open(&tmp)
        .and_then(|mut file| std::io::Write::write_all(&mut file, bytes))
        .and_then(|()| crate::journal::disk::rename(&tmp, path));
    written.map_err(|e| {
        let _ = crate::journal::disk::remove_file(&tmp);
        crate::t!(
            "app-device-not-written",
            file = path.display().to_string(),
            error = e.to_string()
        )
    })
}

pub(super) fn load_on_start(mut commands: Commands, launch: Res<Launch>) {
    let save = &launch.0.save;
    let (path, id_problem) = match launch
        .0
        .device_dir
        .clone()
        .map_or_else(super::platform::device_folder, Ok)
        .and_then(|folder| device_id(&folder))
    {
        Ok(id) => (settings_path(save, &id), None),
        // Without an identity this device still works, on the old name.
        Err(e) => (legacy_settings_path(save), Some(e)),
    };
    let legacy = legacy_settings_path(save);
    let (settings, problem) = if path.exists() || !legacy.exists() {
        load(&path)
    } else {
        load(&legacy)
    };
    let problem = problem.or(id_problem);
    if let Some(problem) = &problem {
        warn!("{problem}");
    }
    commands.insert_resource(settings);
    commands.insert_resource(DeviceFile { path, problem });
}

/// Persists every change the user makes (not the initial load).
fn save_on_change(
    settings: Res<DeviceSettings>,
    mut file: ResMut<DeviceFile>,
    mut notices: ResMut<super::Notices>,
) {
    if settings.is_added() || !settings.is_changed() {
        return;
    }
    match save(&file.path, &settings, file.problem.is_some()) {
        Ok(()) => file.problem = None,
        Err(e) => notices.error(e),
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(PreStartup, load_on_start);
    app.add_systems(
        Update,
        save_on_change.run_if(resource_exists::<DeviceSettings>),
    );
}
