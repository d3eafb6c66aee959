//! Reactive, low-power rendering: the window redraws on input, and keeps
//! redrawing only while something moves (a growth tween, sparkles, the idle
//! sway for a few seconds after the garden was touched).

use bevy::input::keyboard::KeyboardInput;
use bevy::input::mouse::{MouseButtonInput, MouseWheel};
use bevy::input::touch::TouchInput;
use bevy::prelude::*;
use bevy::window::{CursorMoved, RequestRedraw, WindowResized};

use super::screens::Screen;
use super::storage::{GardenState, Grew};
use super::ui::TimeLapse;

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
) {
    let activity = cursor.read().count()
        + buttons.read().count()
        + wheel.read().count()
        + keys.read().count()
        + touches.read().count()
        + resized.read().count()
        + grew.read().count()
        > 0;
    let changed =
        state.is_some_and(|s| s.is_changed()) || lapse.is_changed() || screen.is_changed();
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

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Awake>();
    app.add_systems(PostUpdate, (wake_on_activity, keep_drawing).chain());
}
