//! Per-device preferences: who is holding this device, theme and text size.
//! They live beside the save, named per device, and never in the shared log,
//! so a synced folder does not mix the partners' choices.

use std::path::{Path, PathBuf};

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

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
}

impl Default for DeviceSettings {
    fn default() -> Self {
        DeviceSettings {
            acting: Partner::A,
            dark: false,
            text_scale: 1.0,
        }
    }
}

/// Where this device's settings live, and why they could not be read, if so.
#[derive(Resource, Clone, Debug)]
pub struct DeviceFile {
    pub path: PathBuf,
    pub problem: Option<String>,
}

/// `<save>.device-<host>.ron` beside the save.
pub fn settings_path(save: &Path) -> PathBuf {
    let mut name = save
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "trust-garden".into());
    name.push_str(&format!(".device-{}.ron", device_name()));
    save.with_file_name(name)
}

/// A short, file-name-safe name for this device.
fn device_name() -> String {
    let raw = std::env::var("HOSTNAME")
        .ok()
        .filter(|h| !h.trim().is_empty())
        .or_else(|| {
            std::fs::read_to_string("/proc/sys/kernel/hostname")
                .or_else(|_| std::fs::read_to_string("/etc/hostname"))
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
    match std::fs::read_to_string(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => (DeviceSettings::default(), None),
        Err(e) => (
            DeviceSettings::default(),
            Some(format!("could not read {}: {e}", path.display())),
        ),
        Ok(text) => match ron::from_str::<DeviceSettings>(&text) {
            Ok(mut settings) => {
                settings.text_scale = settings.text_scale.clamp(0.75, 2.0);
                (settings, None)
            }
            Err(e) => (
                DeviceSettings::default(),
                Some(format!("{}: {e}; using defaults", path.display())),
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
        std::fs::rename(path, &bad)
            .map_err(|e| format!("could not set aside {}: {e}", path.display()))?;
    }
    let tmp = path.with_extension("ron.tmp");
    std::fs::write(&tmp, text).map_err(|e| format!("could not write {}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, path).map_err(|e| format!("could not write {}: {e}", path.display()))
}

fn load_on_start(mut commands: Commands, launch: Res<Launch>) {
    let path = settings_path(&launch.0.save);
    let (settings, problem) = load(&path);
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
