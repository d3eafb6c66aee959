//! Fingers and the mouse on the garden's open ground. A tap opens a plant's
//! card; a double tap zooms in there (or back out); two fingers pinch and
//! pan; one finger, or the mouse, drags a zoomed garden; the mouse wheel and a
//! trackpad pinch zoom on desktops. Touches that start on a panel or a card
//! belong to egui, not to the garden.

use bevy::ecs::system::SystemParam;
use bevy::input::gestures::PinchGesture;
use bevy::input::mouse::{MouseScrollUnit, MouseWheel};
use bevy::input::touch::{TouchInput, TouchPhase};
use bevy::platform::collections::HashMap;
use bevy::platform::time::Instant;
use bevy::prelude::*;
use bevy::window::PrimaryWindow;

use super::OpenGround;
use super::zoom::GardenView;
use crate::app::screens::GardenMode;
use crate::app::touch_emulation::MouseIsTouch;

/// The time taps are measured in. Not `Time<Real>`: in the low-power
/// reactive mode the first frame after a rest still carries the time the
/// last frame was rendered, so the two taps of a double tap would seem
/// seconds apart.
#[derive(Resource, Clone, Copy, Debug)]
pub struct TapClock {
    start: Instant,
}

impl Default for TapClock {
    fn default() -> Self {
        TapClock {
            start: Instant::now(),
        }
    }
}

impl TapClock {
    pub fn now(&self) -> f64 {
        self.start.elapsed().as_secs_f64()
    }
}

/// A tap on the open ground, in logical window pixels.
#[derive(Message, Clone, Copy, Debug, PartialEq)]
pub struct GardenTap {
    pub at: Vec2,
}

/// A press that moves further than this (logical pixels) is a drag, not a tap.
pub const TAP_SLOP: f32 = 12.0;
/// Two taps within this time and distance make a double tap.
pub const DOUBLE_TAP_SECONDS: f64 = 0.35;
pub const DOUBLE_TAP_DISTANCE: f32 = 40.0;

/// Recognises double taps. A single tap is only reported once no second tap
/// came in time, so the card it opens never catches the second tap of a
/// double tap (the usual ~⅓ s wait of phones' tap recognisers).
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq)]
pub struct TapSequence {
    waiting: Option<(f64, Vec2)>,
}

/// What a new tap turned out to be.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Tapped {
    /// The second tap of a double tap.
    Double,
    /// Perhaps the first of a double tap: wait. A tap that was waiting but is
    /// too far from this one is a single tap after all.
    Waiting { single: Option<Vec2> },
}

impl TapSequence {
    /// Registers a tap at `now` seconds.
    pub fn tap(&mut self, at: Vec2, now: f64) -> Tapped {
        match self.waiting.take() {
            Some((when, first))
                if now - when <= DOUBLE_TAP_SECONDS
                    && at.distance(first) <= DOUBLE_TAP_DISTANCE =>
            {
                Tapped::Double
            }
            earlier => {
                self.waiting = Some((now, at));
                Tapped::Waiting {
                    single: earlier.map(|(_, first)| first),
                }
            }
        }
    }

    /// The tap whose wait for a second one ended by `now`.
    pub fn single_due(&mut self, now: f64) -> Option<Vec2> {
        let (when, at) = self.waiting?;
        if now - when > DOUBLE_TAP_SECONDS {
            self.waiting = None;
            Some(at)
        } else {
            None
        }
    }
}

/// Zoom factor and centre of two fingers moving from `before` to `after`.
pub fn pinch(before: [Vec2; 2], after: [Vec2; 2]) -> Option<(f32, Vec2, Vec2)> {
    let spread_before = before[0].distance(before[1]);
    let spread_after = after[0].distance(after[1]);
    if spread_before < 1.0 || spread_after < 1.0 {
        return None;
    }
    let middle_before = (before[0] + before[1]) / 2.0;
    let middle_after = (after[0] + after[1]) / 2.0;
    Some((
        spread_after / spread_before,
        middle_after,
        middle_after - middle_before,
    ))
}

fn on_ground(ground: &OpenGround, at: Vec2) -> bool {
    ground.is_bare(bevy_egui::egui::pos2(at.x, at.y))
}

/// The fingers that went down on bare ground: where each started and is now.
#[derive(Resource, Debug, Default, PartialEq)]
pub struct Fingers {
    down: HashMap<u64, (Vec2, Vec2)>,
    /// Two fingers were down since the last time none were: no tap then.
    pinched: bool,
}

fn window_size(window: &Window) -> Vec2 {
    Vec2::new(window.width(), window.height())
}

/// Reads the touch messages one by one, not the per-frame `Touches`
/// summary: on a slow frame a whole double tap can arrive at once.
#[allow(clippy::too_many_arguments)]
fn touch_gestures(
    mut messages: MessageReader<TouchInput>,
    window: Single<&Window, With<PrimaryWindow>>,
    ground: Res<OpenGround>,
    clock: Res<TapClock>,
    mut view: ResMut<GardenView>,
    mut sequence: ResMut<TapSequence>,
    mut taps: MessageWriter<GardenTap>,
    mut fingers: ResMut<Fingers>,
) {
    let size = window_size(&window);
    let now = clock.now();
    for touch in messages.read() {
        let (id, at) = (touch.id, touch.position);
        match touch.phase {
            TouchPhase::Started => {
                if on_ground(&ground, at) {
                    fingers.down.insert(id, (at, at));
                    fingers.pinched |= fingers.down.len() >= 2;
                }
            }
            TouchPhase::Moved => {
                let Some((start, before)) = fingers.down.get(&id).copied() else {
                    continue;
                };
                fingers.down.insert(id, (start, at));
                let other = fingers
                    .down
                    .iter()
                    .find(|(other, _)| **other != id)
                    .map(|(_, (_, now))| *now);
                let shown = view.shown;
                let next = match other {
                    Some(other) => {
                        pinch([before, other], [at, other]).map(|(factor, middle, moved)| {
                            let anchor = shown.screen_to_world(middle, size);
                            shown
                                .dragged(moved, size)
                                .zoomed_about(factor, anchor, size)
                        })
                    }
                    None if shown.is_zoomed() => Some(shown.dragged(at - before, size)),
                    None => None,
                };
                if let Some(next) = next {
                    view.jump(next);
                }
            }
            TouchPhase::Ended => {
                let Some((start, _)) = fingers.down.remove(&id) else {
                    continue;
                };
                if !fingers.pinched && at.distance(start) <= TAP_SLOP {
                    tap(at, now, size, &mut view, &mut sequence, &mut taps);
                }
            }
            TouchPhase::Canceled => {
                fingers.down.remove(&id);
            }
        }
        if fingers.down.is_empty() {
            fingers.pinched = false;
        }
    }
}

/// A double tap zooms; a single one is passed on once it is sure to be one.
fn tap(
    at: Vec2,
    now: f64,
    size: Vec2,
    view: &mut GardenView,
    sequence: &mut TapSequence,
    taps: &mut MessageWriter<GardenTap>,
) {
    match sequence.tap(at, now) {
        Tapped::Double => {
            let anchor = view.shown.screen_to_world(at, size);
            view.target = view.shown.toggled_at(anchor, size);
        }
        Tapped::Waiting { single } => {
            if let Some(at) = single {
                taps.write(GardenTap { at });
            }
        }
    }
}

/// The gestures under way: a tap waiting for its second, the fingers down
/// and a mouse press. They are read only while looking at the garden, so
/// when looking ends they are dropped (see `forget_the_visit`).
#[derive(SystemParam)]
pub(super) struct InProgress<'w> {
    sequence: ResMut<'w, TapSequence>,
    fingers: ResMut<'w, Fingers>,
    drag: ResMut<'w, MouseDrag>,
}

impl InProgress<'_> {
    pub(super) fn forget(&mut self) {
        *self.sequence = TapSequence::default();
        *self.fingers = Fingers::default();
        *self.drag = MouseDrag::default();
    }
}

fn pass_on_single_taps(
    clock: Res<TapClock>,
    mut sequence: ResMut<TapSequence>,
    mut taps: MessageWriter<GardenTap>,
) {
    if let Some(at) = sequence.single_due(clock.now()) {
        taps.write(GardenTap { at });
    }
}

/// The press that a mouse drag started with, and where it was last frame.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq)]
pub struct MouseDrag {
    pressed_at: Option<Vec2>,
    last: Vec2,
    moved: bool,
}

#[allow(clippy::too_many_arguments)]
fn mouse_gestures(
    buttons: Res<ButtonInput<MouseButton>>,
    window: Single<&Window, With<PrimaryWindow>>,
    ground: Res<OpenGround>,
    clock: Res<TapClock>,
    emulation: Res<MouseIsTouch>,
    mut view: ResMut<GardenView>,
    mut sequence: ResMut<TapSequence>,
    mut taps: MessageWriter<GardenTap>,
    mut drag: ResMut<MouseDrag>,
) {
    if emulation.0 {
        return;
    }
    let size = window_size(&window);
    let cursor = window.cursor_position();
    if buttons.just_pressed(MouseButton::Left)
        && let Some(at) = cursor.filter(|at| on_ground(&ground, *at))
    {
        *drag = MouseDrag {
            pressed_at: Some(at),
            last: at,
            moved: false,
        };
    }
    let Some(pressed_at) = drag.pressed_at else {
        return;
    };
    if let Some(at) = cursor {
        drag.moved |= at.distance(pressed_at) > TAP_SLOP;
        if drag.moved && view.shown.is_zoomed() && at != drag.last {
            let next = view.shown.dragged(at - drag.last, size);
            view.jump(next);
        }
        drag.last = at;
    }
    if buttons.just_released(MouseButton::Left) {
        if !drag.moved {
            tap(
                drag.last,
                clock.now(),
                size,
                &mut view,
                &mut sequence,
                &mut taps,
            );
        }
        drag.pressed_at = None;
    }
}

/// The mouse wheel and a trackpad pinch zoom about the cursor.
fn wheel_and_trackpad(
    mut wheel: MessageReader<MouseWheel>,
    mut pinches: MessageReader<PinchGesture>,
    window: Single<&Window, With<PrimaryWindow>>,
    ground: Res<OpenGround>,
    mut view: ResMut<GardenView>,
) {
    let notches: f32 = wheel
        .read()
        .map(|w| match w.unit {
            MouseScrollUnit::Line => w.y,
            MouseScrollUnit::Pixel => w.y / 40.0,
        })
        .sum();
    let pinched: f32 = pinches.read().map(|p| p.0).sum();
    let factor = 1.15f32.powf(notches) * (1.0 + pinched).max(0.1);
    let Some(at) = window
        .cursor_position()
        .filter(|at| on_ground(&ground, *at))
    else {
        return;
    };
    if (factor - 1.0).abs() < 1e-4 {
        return;
    }
    let size = window_size(&window);
    let anchor = view.shown.screen_to_world(at, size);
    let next = view.shown.zoomed_about(factor, anchor, size);
    view.jump(next);
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<GardenTap>();
    app.init_resource::<TapSequence>();
    app.init_resource::<TapClock>();
    app.init_resource::<Fingers>();
    app.init_resource::<MouseDrag>();
    app.init_resource::<MouseIsTouch>();
    // Only the garden's open ground takes gestures, and not under the log sheet.
    app.configure_sets(Update, GestureSet.run_if(in_state(GardenMode::Looking)));
    app.add_systems(
        Update,
        (
            touch_gestures,
            mouse_gestures,
            wheel_and_trackpad,
            pass_on_single_taps,
        )
            .chain()
            .in_set(GestureSet),
    );
}

/// The gesture systems, so the plant picker can run after them.
#[derive(SystemSet, Clone, Debug, PartialEq, Eq, Hash)]
pub struct GestureSet;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_quick_taps_close_together_are_a_double_tap_and_a_third_starts_again() {
        let mut taps = TapSequence::default();
        let at = Vec2::new(100.0, 300.0);
        assert_eq!(taps.tap(at, 1.0), Tapped::Waiting { single: None });
        assert_eq!(taps.tap(at + Vec2::new(5.0, 5.0), 1.2), Tapped::Double);
        assert_eq!(taps.single_due(2.0), None, "a double tap is no single one");
        assert_eq!(taps.tap(at, 1.3), Tapped::Waiting { single: None });
    }

    #[test]
    fn a_single_tap_is_passed_on_once_no_second_one_came_in_time() {
        let mut taps = TapSequence::default();
        let at = Vec2::new(100.0, 300.0);
        taps.tap(at, 1.0);
        assert_eq!(taps.single_due(1.0 + DOUBLE_TAP_SECONDS / 2.0), None);
        assert_eq!(taps.single_due(1.0 + DOUBLE_TAP_SECONDS + 0.01), Some(at));
        assert_eq!(taps.single_due(5.0), None, "only once");
    }

    #[test]
    fn a_second_tap_too_far_away_makes_the_first_a_single_tap_and_waits_itself() {
        let mut taps = TapSequence::default();
        let first = Vec2::new(100.0, 300.0);
        let far = first + Vec2::new(DOUBLE_TAP_DISTANCE + 1.0, 0.0);
        taps.tap(first, 1.0);
        assert_eq!(
            taps.tap(far, 1.1),
            Tapped::Waiting {
                single: Some(first)
            }
        );
        assert_eq!(taps.single_due(2.0), Some(far));
    }

    #[test]
    fn fingers_spreading_apart_zoom_in_about_their_middle() {
        let (factor, middle, moved) = pinch(
            [Vec2::new(100.0, 400.0), Vec2::new(200.0, 400.0)],
            [Vec2::new(50.0, 400.0), Vec2::new(250.0, 400.0)],
        )
        .unwrap();
        assert_eq!(factor, 2.0);
        assert_eq!(middle, Vec2::new(150.0, 400.0));
        assert_eq!(moved, Vec2::ZERO);
    }

    #[test]
    fn fingers_on_the_same_spot_are_no_pinch() {
        let same = [Vec2::new(10.0, 10.0), Vec2::new(10.0, 10.0)];
        assert_eq!(pinch(same, same), None);
    }
}
