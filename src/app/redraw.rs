//! Reactive, low-power rendering: the window redraws on input, and keeps
//! redrawing only while something moves (a growth tween, sparkles, the idle
//! sway for a few seconds after the garden was touched).

use bevy::input::keyboard::KeyboardInput;
use bevy::input::mouse::{MouseButtonInput, MouseWheel};
use bevy::input::touch::TouchInput;
use bevy::prelude::*;
use bevy::window::{CursorMoved, RequestRedraw, WindowResized};

use super::garden_view::TimeLapse;
use super::screens::{GardenMode, Screen};
use super::storage::{GardenState, Grew};

/// How long the garden keeps moving after the last thing happened.
const LINGER_SECONDS: f64 = 4.0;

/// Until when (in real seconds since start) frames should keep coming.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq)]
pub struct Awake {
    pub until: f64,
}

impl Awake {
    pub fn extend(&mut self, now: f64, seconds: f64) {
        self.until = self.until.max(now + seconds);
    }
}

#[allow(clippy::too_many_arguments)]
fn wake_on_activity(
    time: Res<Time<Real>>,
    mut awake: ResMut<Awake>,
    mut cursor: MessageReader<CursorMoved>,
    mut buttons: MessageReader<MouseButtonInput>,
    mut wheel: MessageReader<MouseWheel>,
    mut keys: MessageReader<KeyboardInput>,
    mut touches: MessageReader<TouchInput>,
    mut resized: MessageReader<WindowResized>,
    mut grew: MessageReader<Grew>,
    state: Option<Res<GardenState>>,
    lapse: Res<TimeLapse>,
    screen: Res<State<Screen>>,
    garden_mode: Option<Res<State<GardenMode>>>,
) {
    let activity = cursor.read().count()
        + buttons.read().count()
        + wheel.read().count()
        + keys.read().count()
        + touches.read().count()
        + resized.read().count()
        + grew.read().count()
        > 0;
    let changed = state.is_some_and(|s| s.is_changed())
        || lapse.is_changed()
        || screen.is_changed()
        || garden_mode.is_some_and(|mode| mode.is_changed());
    if activity || changed {
        awake.extend(time.elapsed_secs_f64(), LINGER_SECONDS);
    }
}

fn keep_drawing(
    time: Res<Time<Real>>,
    awake: Res<Awake>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    if time.elapsed_secs_f64() < awake.until {
        redraw.write(RequestRedraw);
    }
}

/// With `TRUST_GARDEN_TRACE_REDRAW` set: frames per second and who asked for them.
fn trace(
    time: Res<Time<Real>>,
    awake: Res<Awake>,
    mut redraws: MessageReader<RequestRedraw>,
    mut tally: Local<(f64, u32, u32, u32)>,
    mut contexts: bevy_egui::EguiContexts,
) {
    let now = time.elapsed_secs_f64();
    tally.1 += 1;
    tally.2 += redraws.read().count() as u32;
    if now < awake.until {
        tally.3 += 1;
    }
    if now - tally.0 >= 1.0 {
        let causes = contexts
            .ctx_mut()
            .map(|ctx| {
                format!(
                    "{:?} events {:?} pointer {:?}",
                    ctx.repaint_causes(),
                    ctx.input(|i| i.events.clone()),
                    ctx.input(|i| i.pointer.latest_pos())
                )
            })
            .unwrap_or_default();
        info!(
            "frames {} redraw requests {} awake {}; egui repaints for {causes}",
            tally.1, tally.2, tally.3
        );
        *tally = (now, 0, 0, 0);
    }
}

/// bevy_egui 0.42 sends egui a `ModifiersChanged` event every frame, even when
/// nothing changed, and egui answers any input event with a repaint request:
/// the window would never rest. Only real modifier changes are passed on.
fn drop_unchanged_modifiers(
    mut inputs: Query<&mut bevy_egui::EguiInput>,
    mut last: Local<Option<bevy_egui::egui::Modifiers>>,
) {
    for mut input in &mut inputs {
        let events = &mut input.bypass_change_detection().0.events;
        events.retain(|event| match event {
            bevy_egui::egui::Event::ModifiersChanged(now) if Some(*now) == *last => false,
            bevy_egui::egui::Event::ModifiersChanged(now) => {
                *last = Some(*now);
                true
            }
            _ => true,
        });
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Awake>();
    app.add_systems(
        PreUpdate,
        drop_unchanged_modifiers
            .after(bevy_egui::EguiInputSet::WriteEguiEvents)
            .before(bevy_egui::EguiPreUpdateSet::BeginPass),
    );
    app.add_systems(PostUpdate, (wake_on_activity, keep_drawing).chain());
    if std::env::var_os("TRUST_GARDEN_TRACE_REDRAW").is_some() {
        app.add_systems(Last, trace);
    }
}
