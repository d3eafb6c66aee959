//! The language the app speaks: `--lang` when the command line gave it,
//! else this device's choice (Settings), else the system's, else English.
//!
//! The words are drawn in [`Speaking`]'s language: every system that puts
//! text on screen runs inside [`Speaking::speak`]. Only the real app
//! ([`super::run`], phones included) also sets it for the whole process and
//! asks the system; an app built by a test speaks English unless the test
//! says otherwise, whatever the machine's locale, and never changes the
//! language of tests running beside it.

use bevy::prelude::*;

use crate::i18n::{self, Lang};

use super::Launch;
use super::device::DeviceSettings;

/// The language the system asks for; present only in the real app, which is
/// the process's only one (so its language is the process's too).
#[derive(Resource, Clone, Copy, Debug, PartialEq, Eq)]
pub struct SystemLanguage(pub Lang);

impl SystemLanguage {
    /// The system's language, or English when it is one we do not speak.
    pub fn ask() -> SystemLanguage {
        SystemLanguage(
            sys_locale::get_locale()
                .as_deref()
                .and_then(i18n::from_locale)
                .unwrap_or_default(),
        )
    }
}

/// The language the app speaks now, and the device's choice it last followed.
#[derive(Resource, Clone, Copy, Debug, PartialEq, Eq)]
pub struct Speaking {
    pub lang: Lang,
    /// The device's choice when `lang` was last decided: a later change of
    /// it (in Settings) is followed, even over `--lang`.
    chosen: Option<Lang>,
}

impl Speaking {
    /// Runs `f` (a system's drawing) in this language.
    pub fn speak<T>(&self, f: impl FnOnce() -> T) -> T {
        i18n::scoped(self.lang, f)
    }
}

/// The device's choice, else the system's (English in tests).
fn followed(chosen: Option<Lang>, system: Option<&SystemLanguage>) -> Lang {
    chosen.unwrap_or_else(|| system.map_or(Lang::En, |s| s.0))
}

fn decide(
    mut commands: Commands,
    launch: Res<Launch>,
    device: Res<DeviceSettings>,
    system: Option<Res<SystemLanguage>>,
) {
    let lang = launch
        .0
        .lang
        .unwrap_or_else(|| followed(device.language, system.as_deref()));
    if system.is_some() {
        i18n::set(lang);
    }
    commands.insert_resource(Speaking {
        lang,
        chosen: device.language,
    });
}

/// A choice made in Settings applies at once.
fn follow_the_choice(
    device: Res<DeviceSettings>,
    mut speaking: ResMut<Speaking>,
    system: Option<Res<SystemLanguage>>,
) {
    if device.language == speaking.chosen {
        return;
    }
    let lang = followed(device.language, system.as_deref());
    if system.is_some() {
        i18n::set(lang);
    }
    *speaking = Speaking {
        lang,
        chosen: device.language,
    };
}

pub(super) fn plugin(app: &mut App) {
    // Before anything is said, once the device's settings are read.
    app.add_systems(PreStartup, decide.after(super::device::load_on_start));
    app.add_systems(
        PreUpdate,
        follow_the_choice
            .run_if(resource_exists::<Speaking>.and_then(resource_exists::<DeviceSettings>)),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_device_choice_comes_before_the_system() {
        let german = SystemLanguage(Lang::De);
        assert_eq!(followed(Some(Lang::Es), Some(&german)), Lang::Es);
        assert_eq!(followed(None, Some(&german)), Lang::De);
        // A test app (no system asked) speaks English.
        assert_eq!(followed(None, None), Lang::En);
    }
}
