//! Headless proof: with `--screenshot OUT.png`, open the requested screen,
//! wait until rendering has settled (the software driver compiles pipelines
//! slowly, so early frames can be black), save the PNG and exit.

use std::path::PathBuf;
use std::process::ExitCode;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured};

use super::Launch;
use super::screens::Screen;

/// Frames to wait on the target screen before capturing.
const SETTLE_FRAMES: u32 = 150;
/// And at least this long, for slow pipeline compilation.
const SETTLE_SECONDS: f32 = 4.0;
/// Give up (and fail) if the capture never arrives.
const TIMEOUT_SECONDS: f32 = 120.0;

/// How the process should exit.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ExitStatus {
    #[default]
    Success,
    Failure,
}

impl ExitStatus {
    pub fn code(self) -> ExitCode {
        match self {
            ExitStatus::Success => ExitCode::SUCCESS,
            ExitStatus::Failure => ExitCode::FAILURE,
        }
    }
}

#[derive(Resource, Debug)]
struct Capture {
    path: PathBuf,
    frames: u32,
    settled_for: f32,
    waited: f32,
    requested: bool,
    done: bool,
}

fn wait_and_capture(
    mut commands: Commands,
    mut capture: ResMut<Capture>,
    time: Res<Time<Real>>,
    screen: Res<State<Screen>>,
    mut exit: MessageWriter<AppExit>,
    mut status: ResMut<ExitStatus>,
) {
    let dt = time.delta_secs();
    capture.waited += dt;
    if capture.done {
        exit.write(AppExit::Success);
        return;
    }
    if capture.waited > TIMEOUT_SECONDS {
        error!("no screenshot after {TIMEOUT_SECONDS} s; giving up");
        *status = ExitStatus::Failure;
        exit.write(AppExit::from_code(1));
        return;
    }
    if *screen.get() == Screen::Loading || capture.requested {
        return;
    }
    capture.frames += 1;
    capture.settled_for += dt;
    if capture.frames < SETTLE_FRAMES || capture.settled_for < SETTLE_SECONDS {
        return;
    }
    capture.requested = true;
    let path = capture.path.clone();
    commands.spawn(Screenshot::primary_window()).observe(
        move |captured: On<ScreenshotCaptured>,
              mut capture: ResMut<Capture>,
              mut status: ResMut<ExitStatus>| {
            let saved = captured
                .image
                .clone()
                .try_into_dynamic()
                .map_err(|e| e.to_string())
                .and_then(|image| image.to_rgb8().save(&path).map_err(|e| e.to_string()));
            match saved {
                Ok(()) => info!("screenshot saved to {}", path.display()),
                Err(e) => {
                    error!("could not save the screenshot to {}: {e}", path.display());
                    *status = ExitStatus::Failure;
                }
            }
            capture.done = true;
        },
    );
}

/// For the cold-start benchmark: quit once the first screen has been drawn.
fn exit_when_ready(
    screen: Res<State<Screen>>,
    mut frames: Local<u32>,
    mut exit: MessageWriter<AppExit>,
) {
    if *screen.get() != Screen::Loading {
        *frames += 1;
        if *frames >= 2 {
            exit.write(AppExit::Success);
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    if std::env::var_os("TRUST_GARDEN_EXIT_WHEN_READY").is_some() {
        app.add_systems(Last, exit_when_ready);
    }
    let path = app
        .world()
        .get_resource::<Launch>()
        .and_then(|launch| launch.0.screenshot.clone());
    app.init_resource::<ExitStatus>();
    if let Some(path) = path {
        app.insert_resource(Capture {
            path,
            frames: 0,
            settled_for: 0.0,
            waited: 0.0,
            requested: false,
            done: false,
        });
        app.add_systems(Last, wait_and_capture);
    }
}
