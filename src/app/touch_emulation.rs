//! `--phone` on a desktop: the mouse plays a finger. Pressing, dragging and
//! releasing the left button become a touch starting, moving and ending, so
//! the panels and the garden are driven exactly as on a phone (no hover, no
//! mouse-only shortcuts). Holding Alt (Option) adds a second finger mirrored
//! through the window's centre, to pinch as in the iOS Simulator.

use bevy::input::InputSystems;
use bevy::input::keyboard::KeyboardInput;
use bevy::input::mouse::MouseButtonInput;
use bevy::input::touch::{TouchInput, TouchPhase};
use bevy::prelude::*;
use bevy::window::{CursorMoved, PrimaryWindow};

use super::Launch;

/// Whether the mouse stands in for a finger; mouse-only input is then ignored.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq)]
pub struct MouseIsTouch(pub bool);

/// The finger the mouse plays, and the mirrored one while Alt is held.
const FINGER: u64 = 0;
const MIRRORED_FINGER: u64 = 1;

/// Where the emulated fingers are down, if they are.
#[derive(Default)]
pub(super) struct EmulatedFingers {
    at: Option<Vec2>,
    mirrored: bool,
}

fn mirrored(at: Vec2, window: &Window) -> Vec2 {
    Vec2::new(window.width(), window.height()) - at
}

fn touch(phase: TouchPhase, id: u64, position: Vec2, window: Entity) -> TouchInput {
    TouchInput {
        phase,
        position,
        window,
        force: None,
        id,
    }
}

/// Runs before Bevy's input systems, so `ButtonInput<KeyCode>` would still
/// hold last frame's keys: Alt is followed through the key messages instead.
#[allow(clippy::too_many_arguments)]
fn mouse_to_touch(
    emulation: Res<MouseIsTouch>,
    mut buttons: MessageReader<MouseButtonInput>,
    mut moves: MessageReader<CursorMoved>,
    mut keys: MessageReader<KeyboardInput>,
    mut alt_held: Local<bool>,
    windows: Query<(Entity, &Window), With<PrimaryWindow>>,
    mut touches: MessageWriter<TouchInput>,
    mut fingers: Local<EmulatedFingers>,
    mut cursor: Local<Vec2>,
) {
    if !emulation.0 {
        return;
    }
    for key in keys.read() {
        if matches!(key.key_code, KeyCode::AltLeft | KeyCode::AltRight) {
            *alt_held = key.state.is_pressed();
        }
    }
    let Ok((entity, window)) = windows.single() else {
        return;
    };
    let mut send = |phase, at: Vec2, mirrored_too: bool| {
        touches.write(touch(phase, FINGER, at, entity));
        if mirrored_too {
            touches.write(touch(phase, MIRRORED_FINGER, mirrored(at, window), entity));
        }
    };
    for moved in moves.read() {
        *cursor = moved.position;
        if fingers.at.is_some() {
            fingers.at = Some(moved.position);
            send(TouchPhase::Moved, moved.position, fingers.mirrored);
        }
    }
    for press in buttons.read() {
        if press.button != MouseButton::Left {
            continue;
        }
        match (press.state.is_pressed(), fingers.at) {
            (true, None) => {
                let alt = *alt_held;
                *fingers = EmulatedFingers {
                    at: Some(*cursor),
                    mirrored: alt,
                };
                send(TouchPhase::Started, *cursor, alt);
            }
            (false, Some(at)) => {
                send(TouchPhase::Ended, at, fingers.mirrored);
                *fingers = EmulatedFingers::default();
            }
            _ => {}
        }
    }
}

/// With `--phone`, egui hears only the emulated touches, not the mouse.
fn emulate_on_phone(
    launch: Res<Launch>,
    mut emulation: ResMut<MouseIsTouch>,
    mut egui: ResMut<bevy_egui::EguiGlobalSettings>,
) {
    if launch.0.phone {
        emulation.0 = true;
        let input = &mut egui.input_system_settings;
        input.run_write_window_pointer_moved_messages = false;
        input.run_write_pointer_button_messages = false;
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<MouseIsTouch>();
    app.add_systems(PreStartup, emulate_on_phone);
    // Before Bevy's input systems, so `Touches` and egui see the touches in
    // the same frame as the mouse moved.
    app.add_systems(PreUpdate, mouse_to_touch.before(InputSystems));
}
