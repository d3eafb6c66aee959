//! The phone's back gesture and Escape on a keyboard step back one level, the way phone apps do: a
//! plant's card closes, the time-lapse returns to today, the log sheet or
//! another tab returns to the garden. On the garden itself it does nothing
//! (winit marks Android's back key handled, so the app is never closed by it).
//! Android's back key has no physical key code, only the logical `BrowserBack`.

use bevy::input::keyboard::Key;
use bevy::prelude::*;

use super::{SelectedPlant, TimeLapse};
use crate::app::screens::Screen;

fn step_back(
    keys: Res<ButtonInput<KeyCode>>,
    logical: Res<ButtonInput<Key>>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    mut selected: ResMut<SelectedPlant>,
    mut lapse: ResMut<TimeLapse>,
) {
    let back = keys.any_just_pressed([KeyCode::BrowserBack, KeyCode::Escape])
        || logical.just_pressed(Key::BrowserBack);
    if !back {
        return;
    }
    match *screen.get() {
        Screen::Garden if selected.0.is_some() => selected.0 = None,
        Screen::Garden if lapse.day.is_some() => lapse.day = None,
        Screen::Garden | Screen::Loading | Screen::Welcome => {}
        Screen::Log | Screen::History | Screen::Journey | Screen::Stats | Screen::Settings => {
            next.set(Screen::Garden)
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        step_back.run_if(
            resource_exists::<ButtonInput<KeyCode>>.and_then(resource_exists::<ButtonInput<Key>>),
        ),
    );
}
