//! The Bevy app: a phone-shaped window onto the shared garden.
//!
//! One plugin per feature. [`logic_plugin`] (storage, screens, device settings)
//! runs without a window, so tests build it with `MinimalPlugins`;
//! [`view_plugin`] adds everything that draws (egui panels, the garden art,
//! screenshots, low-power redraws). The app keeps no state the log cannot
//! rebuild: every change goes through a [`Command`] that appends to the journal.

pub mod clock;
pub mod contrast;
pub mod device;
pub mod file_dialogs;
mod garden_view;
pub mod keychain;
pub mod language;
pub mod lock;
pub mod motion;
pub mod platform;
mod redraw;
pub mod safe_area;
mod scene;
mod screen_reader;
pub mod screens;
mod screenshot;
mod sets;
pub mod storage;
#[cfg(test)]
pub(crate) mod testing;
mod theme;
pub mod touch_emulation;
mod ui;
#[cfg(target_arch = "wasm32")]
mod web_access;
#[cfg(target_arch = "wasm32")]
pub mod web_files;

use std::path::PathBuf;
use std::process::ExitCode;

use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use bevy::window::WindowResolution;
use bevy::winit::WinitSettings;
use chrono::{DateTime, Utc};

pub use clock::AppClock;
pub use device::DeviceSettings;
pub use garden_view::gestures::DOUBLE_TAP_SECONDS;
pub use garden_view::zoom::{GardenView, View};
pub use garden_view::{OpenGround, SelectedPlant, TimeLapse};
pub use scene::{HitAreas, Shown};
pub use screens::{GardenMode, Place, Screen};
/// For tests that look at what the panels drew, after they drew it.
pub use sets::UiSet;
pub use storage::{Command, GardenState, Journal, Notices, Offer, When};

/// How the app was started (the CLI fills this in).
#[derive(Clone, Debug, Default)]
pub struct AppOptions {
    /// The couple's save file.
    pub save: PathBuf,
    /// Write a PNG of the start screen once rendering has settled, then exit.
    pub screenshot: Option<PathBuf>,
    /// The screen to open: garden, log, history, journey, stats, settings, welcome.
    pub screen: Option<String>,
    /// Pretend it is this moment (for screenshots and demos).
    pub at: Option<DateTime<Utc>>,
    /// Emulate a phone screen on the desktop.
    pub phone: bool,
    /// Chapter files to use instead of the built-in ones.
    pub levels: Option<PathBuf>,
    /// Where this install keeps its identity, instead of the platform's
    /// own folder (`TRUST_GARDEN_DEVICE_DIR` does the same).
    pub device_dir: Option<PathBuf>,
    /// The passphrase of an encrypted save, when the command line was given
    /// one; otherwise the app asks for it.
    pub keys: crate::journal::Keys,
    /// Where this device keeps an encrypted garden's key between runs.
    pub keychain: keychain::Keychain,
    /// The language the command line asked for (`--lang`): it comes before
    /// the device's choice and the system's.
    pub lang: Option<crate::i18n::Lang>,
}

/// The options as a resource, for the plugins that need them.
#[derive(Resource, Clone, Debug)]
pub struct Launch(pub AppOptions);

/// Opens the window and runs until it is closed.
pub fn run(options: AppOptions) -> ExitCode {
    let start = match options.screen.as_deref().map(Place::from_name) {
        Some(None) => {
            eprintln!(
                "error: unknown screen {:?} (expected one of: {})",
                options.screen.as_deref().unwrap_or_default(),
                Screen::NAMES.join(", ")
            );
            return ExitCode::from(2);
        }
        Some(Some(place)) => Some(place),
        None => None,
    };
    let continuous = std::env::var_os("TRUST_GARDEN_CONTINUOUS").is_some();
    // `--phone` opens a window the size of the emulated phone; `safe_area`
    // adds its notch and home-bar insets.
    let size = if options.phone {
        safe_area::SafeArea::PHONE_SCREEN
    } else {
        UVec2::new(420, 860)
    };
    let mut app = App::new();
    // First of all, so reading a long history overlaps the whole start-up.
    let now = AppClock { fixed: options.at }.now();
    if let Some(preloading) = storage::open_in_background(&options, now) {
        app.insert_resource(preloading);
    }
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin {
                primary_window: Some(Window {
                    title: "Trust Garden".into(),
                    resolution: WindowResolution::new(size.x, size.y),
                    resizable: true,
                    // In the browser: the page's canvas, filling the page
                    // (web/index.html), its touches the app's alone.
                    canvas: cfg!(target_arch = "wasm32").then(|| "#garden".into()),
                    fit_canvas_to_parent: true,
                    prevent_default_event_handling: true,
                    ..default()
                }),
                ..default()
            })
            .set(bevy::log::LogPlugin {
                filter: "warn,trust_garden=info".into(),
                ..default()
            }),
    );
    app.insert_resource(if continuous || options.screenshot.is_some() {
        WinitSettings::game()
    } else {
        WinitSettings::desktop_app()
    });
    app.insert_resource(screens::StartScreen(start));
    app.insert_resource(Launch(options));
    // Only the real app asks the system for its language (tests speak English).
    app.insert_resource(language::SystemLanguage::ask());
    app.insert_resource(motion::Asking::start());
    app.add_plugins((logic_plugin, view_plugin));
    app.init_resource::<screenshot::ExitStatus>();
    app.run();
    app.world()
        .get_resource::<screenshot::ExitStatus>()
        .map_or(ExitCode::SUCCESS, |status| status.code())
}

/// A windowless app with the logic plugins, for tests and tools.
pub fn headless_app(options: AppOptions) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin));
    let start = options.screen.as_deref().and_then(Place::from_name);
    app.insert_resource(screens::StartScreen(start));
    app.insert_resource(Launch(options));
    app.add_plugins(logic_plugin);
    app
}

/// Storage, screens and device settings: everything that needs no window.
pub fn logic_plugin(app: &mut App) {
    app.add_plugins((
        clock::plugin,
        screens::plugin,
        device::plugin,
        language::plugin,
        lock::plugin,
        storage::plugin,
        keychain::plugin,
        platform::plugin,
        file_dialogs::plugin,
        motion::plugin,
        safe_area::plugin,
    ));
    #[cfg(target_arch = "wasm32")]
    app.add_plugins(web_files::plugin);
}

/// Everything that draws: how the garden is looked at (time-lapse, card,
/// gestures, zoom), egui panels, the garden art, screenshots, redraws.
pub fn view_plugin(app: &mut App) {
    app.add_plugins(bevy_egui::EguiPlugin::default());
    app.add_plugins((
        theme::plugin,
        garden_view::plugin,
        scene::plugin,
        ui::plugin,
        redraw::plugin,
        screen_reader::plugin,
        screenshot::plugin,
        touch_emulation::plugin,
    ));
    #[cfg(target_arch = "wasm32")]
    app.add_plugins(web_access::plugin);
}
