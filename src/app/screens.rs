//! The screens of the app as a Bevy state. `Loading` waits for the save to
//! open; it then moves to the welcome screen (no setup yet) or the garden.
//! On the garden, [`GardenMode`] says whether the log sheet is open over it.

use bevy::prelude::*;

#[derive(States, Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Screen {
    #[default]
    Loading,
    Welcome,
    Garden,
    History,
    Journey,
    Stats,
    Settings,
}

/// What the garden screen is doing. A sub-state of [`Screen::Garden`]: it
/// exists only there, and every visit to the garden starts by looking.
#[derive(SubStates, Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[source(Screen = Screen::Garden)]
pub enum GardenMode {
    /// The garden with its panels: today's card, the time-lapse, the navigation.
    #[default]
    Looking,
    /// The bottom sheet of actions is open over the garden.
    Logging,
}

/// Where the app can be opened: a screen and, on the garden, its mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub screen: Screen,
    pub garden: GardenMode,
}

impl Place {
    /// The place `--screen NAME` names; "log" is the garden with the sheet open.
    pub fn from_name(name: &str) -> Option<Place> {
        let (screen, garden) = match name {
            "garden" => (Screen::Garden, GardenMode::Looking),
            "log" => (Screen::Garden, GardenMode::Logging),
            "history" => (Screen::History, GardenMode::Looking),
            "journey" => (Screen::Journey, GardenMode::Looking),
            "stats" => (Screen::Stats, GardenMode::Looking),
            "settings" => (Screen::Settings, GardenMode::Looking),
            "welcome" => (Screen::Welcome, GardenMode::Looking),
            _ => return None,
        };
        Some(Place { screen, garden })
    }
}

impl Screen {
    /// Names accepted by `--screen`.
    pub const NAMES: [&'static str; 7] = [
        "garden", "log", "history", "journey", "stats", "settings", "welcome",
    ];

    /// The screen `--screen NAME` opens ("log" opens the garden, with the
    /// sheet open: see [`Place::from_name`]).
    pub fn from_name(name: &str) -> Option<Screen> {
        Place::from_name(name).map(|place| place.screen)
    }
}

/// The place asked for on the command line, entered once loading is done.
#[derive(Resource, Clone, Copy, Debug, Default)]
pub struct StartScreen(pub Option<Place>);

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>();
    app.add_sub_state::<GardenMode>();
    app.init_resource::<StartScreen>();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_opens_a_place_and_log_is_the_garden_with_the_sheet_open() {
        for name in Screen::NAMES {
            let place = Place::from_name(name).expect(name);
            assert_eq!(Screen::from_name(name), Some(place.screen));
            let sheet_open = place.garden == GardenMode::Logging;
            assert_eq!(sheet_open, name == "log", "{name}");
        }
        assert_eq!(Place::from_name("loading"), None);
    }
}
