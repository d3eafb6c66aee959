//! Screen readers: egui builds the AccessKit tree (bevy_egui's `accesskit`
//! feature) and Bevy's window hands it to the platform (AT-SPI on Linux,
//! through `accesskit_unix`). Two things are still ours: a screen reader's
//! actions ("click" on a button) reach Bevy as messages that bevy_egui does
//! not pass on to egui, and they arrive without waking a window that sleeps
//! between events, so while a screen reader is listening the app looks for
//! them a few times a second.

use std::time::Duration;

use bevy::a11y::{AccessibilityRequested, ActionRequest};
use bevy::prelude::*;
use bevy::winit::{UpdateMode, WinitSettings};
use bevy_egui::{EguiInput, EguiInputSet, EguiPreUpdateSet, PrimaryEguiContext, egui};

/// How soon a screen reader's action is carried out while the window rests.
const LISTEN_EVERY: Duration = Duration::from_millis(200);

/// Passes each action a screen reader asked for to egui, which performs it
/// on the widget it names as a tap would.
fn pass_actions_to_egui(
    mut requests: MessageReader<ActionRequest>,
    mut input: Query<&mut EguiInput, With<PrimaryEguiContext>>,
) {
    let Ok(mut input) = input.single_mut() else {
        requests.clear();
        return;
    };
    for request in requests.read() {
        input
            .events
            .push(egui::Event::AccessKitActionRequest(request.0.clone()));
    }
}

/// The window's own pace, kept while a screen reader listens.
#[derive(Resource)]
struct PaceWithoutScreenReader(WinitSettings);

/// While a screen reader listens, the window wakes every [`LISTEN_EVERY`];
/// when it stops, the window rests as before.
fn listen_while_a_screen_reader_is_on(
    mut commands: Commands,
    requested: Res<AccessibilityRequested>,
    settings: Option<ResMut<WinitSettings>>,
    kept: Option<Res<PaceWithoutScreenReader>>,
) {
    let Some(mut settings) = settings else {
        return;
    };
    match (requested.get(), kept) {
        (true, None) => {
            commands.insert_resource(PaceWithoutScreenReader(settings.clone()));
            settings.focused_mode = listening(settings.focused_mode);
            settings.unfocused_mode = listening(settings.unfocused_mode);
        }
        (false, Some(kept)) => {
            *settings = kept.0.clone();
            commands.remove_resource::<PaceWithoutScreenReader>();
        }
        _ => {}
    }
}

/// A pace that wakes at least every [`LISTEN_EVERY`].
fn listening(mode: UpdateMode) -> UpdateMode {
    match mode {
        UpdateMode::Continuous => UpdateMode::Continuous,
        UpdateMode::Reactive {
            wait,
            react_to_device_events,
            react_to_user_events,
            react_to_window_events,
        } => UpdateMode::Reactive {
            wait: wait.min(LISTEN_EVERY),
            react_to_device_events,
            react_to_user_events,
            react_to_window_events,
        },
    }
}

pub(super) fn plugin(app: &mut App) {
    // The window's AccessKit plugin adds it too; without a window (tests) ours does.
    app.add_message::<ActionRequest>();
    app.add_systems(
        PreUpdate,
        pass_actions_to_egui
            .after(EguiInputSet::WriteEguiEvents)
            .before(EguiPreUpdateSet::BeginPass),
    );
    app.add_systems(
        Update,
        listen_while_a_screen_reader_is_on.run_if(resource_exists::<AccessibilityRequested>),
    );
}
