//! The screens of the app as a Bevy state. `Loading` waits for the save to
//! open; it then moves to the welcome screen (no setup yet) or the garden.

use bevy::prelude::*;

#[derive(States, Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Screen {
    #[default]
    Loading,
    Welcome,
    Garden,
    /// The garden with the bottom sheet of actions open.
    Log,
    History,
    Journey,
    Stats,
    Settings,
}

impl Screen {
    /// Names accepted by `--screen`.
    pub const NAMES: [&'static str; 7] = [
        "garden", "log", "history", "journey", "stats", "settings", "welcome",
    ];

    pub fn from_name(name: &str) -> Option<Screen> {
        Some(match name {
            "garden" => Screen::Garden,
            "log" => Screen::Log,
            "history" => Screen::History,
            "journey" => Screen::Journey,
            "stats" => Screen::Stats,
            "settings" => Screen::Settings,
            "welcome" => Screen::Welcome,
            _ => return None,
        })
    }

    /// Whether the garden art is visible behind this screen's panels.
    pub fn shows_garden(self) -> bool {
        matches!(self, Screen::Garden | Screen::Log)
    }
}

/// The screen asked for on the command line, entered once loading is done.
#[derive(Resource, Clone, Copy, Debug, Default)]
pub struct StartScreen(pub Option<Screen>);

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>();
    app.init_resource::<StartScreen>();
}
