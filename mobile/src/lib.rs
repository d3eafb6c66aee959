//! The phone entry point: the same Trust Garden app, started by Android's
//! NativeActivity (through the `android_main` that `#[bevy_main]` adds) or by
//! the iOS executable in `main.rs`. Everything else lives in the main crate.

use bevy::prelude::bevy_main;
use trust_garden::app::{AppOptions, platform};

/// Opens the garden with the save in the phone's own storage.
#[bevy_main]
pub fn main() {
    let save = match platform::default_save_path() {
        Ok(save) => save,
        Err(why) => {
            // No window can tell the user yet; the platform log shows this.
            eprintln!("trust-garden: {why}");
            return;
        }
    };
    // The exit code has no reader on a phone: the OS ends the process. The
    // app speaks the phone's language unless Settings chose another (`run`
    // asks the system, as on the desktop).
    let _ = trust_garden::app::run(AppOptions {
        save,
        ..AppOptions::default()
    });
}
