//! The phone's back gesture and Escape on a keyboard step back one level, the
//! way phone apps do: the log sheet closes, a plant's card closes, the
//! time-lapse returns to today, another tab returns to the garden. On the
//! garden itself it does nothing (winit marks Android's back key handled, so
//! the app is never closed by it). Android's back key has no physical key
//! code, only the logical `BrowserBack`.

use bevy::input::keyboard::Key;
use bevy::prelude::*;

use crate::app::garden_view::{SelectedPlant, TimeLapse};
use crate::app::screens::{GardenMode, Screen};

/// What one step back does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    CloseSheet,
    CloseCard,
    BackToToday,
    ToGarden,
    Nothing,
}

/// The step back from `screen` (and on the garden, its `mode`, an open card
/// and a time-lapse day), the innermost level first.
fn step_from(screen: Screen, mode: Option<GardenMode>, card: bool, past_day: bool) -> Step {
    match screen {
        Screen::Garden if mode == Some(GardenMode::Logging) => Step::CloseSheet,
        Screen::Garden if card => Step::CloseCard,
        Screen::Garden if past_day => Step::BackToToday,
        Screen::Garden | Screen::Loading | Screen::Welcome => Step::Nothing,
        Screen::History | Screen::Journey | Screen::Stats | Screen::Settings => Step::ToGarden,
    }
}

fn back_pressed(keys: &ButtonInput<KeyCode>, logical: &ButtonInput<Key>) -> bool {
    keys.any_just_pressed([KeyCode::BrowserBack, KeyCode::Escape])
        || logical.just_pressed(Key::BrowserBack)
}

#[allow(clippy::too_many_arguments)]
fn step_back(
    keys: Res<ButtonInput<KeyCode>>,
    logical: Res<ButtonInput<Key>>,
    screen: Res<State<Screen>>,
    mode: Option<Res<State<GardenMode>>>,
    mut next: ResMut<NextState<Screen>>,
    mut next_mode: ResMut<NextState<GardenMode>>,
    mut selected: ResMut<SelectedPlant>,
    mut lapse: ResMut<TimeLapse>,
) {
    if !back_pressed(&keys, &logical) {
        return;
    }
    let mode = mode.map(|mode| *mode.get());
    match step_from(
        *screen.get(),
        mode,
        selected.0.is_some(),
        lapse.day.is_some(),
    ) {
        Step::CloseSheet => next_mode.set(GardenMode::Looking),
        Step::CloseCard => selected.0 = None,
        Step::BackToToday => lapse.day = None,
        Step::ToGarden => next.set(Screen::Garden),
        Step::Nothing => {}
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sheet_closes_first_then_the_card_then_the_time_lapse() {
        let logging = Some(GardenMode::Logging);
        let looking = Some(GardenMode::Looking);
        assert_eq!(
            step_from(Screen::Garden, logging, true, true),
            Step::CloseSheet
        );
        assert_eq!(
            step_from(Screen::Garden, looking, true, true),
            Step::CloseCard
        );
        assert_eq!(
            step_from(Screen::Garden, looking, false, true),
            Step::BackToToday
        );
        assert_eq!(
            step_from(Screen::Garden, looking, false, false),
            Step::Nothing
        );
        assert_eq!(step_from(Screen::Stats, None, false, false), Step::ToGarden);
        assert_eq!(
            step_from(Screen::Welcome, None, false, false),
            Step::Nothing
        );
    }
}
