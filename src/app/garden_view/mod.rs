//! How the couple is looking at the garden, as opposed to what grows in it
//! (that is `storage`'s): the day the time-lapse shows, the plant whose card
//! is open, the ground left open between the panels, the gestures under way
//! and the zoom. The panels and the scene read and change it; this module
//! owns it, so that it is reset in one place when looking ends.
//!
//! Looking ([`GardenMode::Looking`]) ends when another screen replaces the
//! garden, and also when the log sheet opens over it: the sheet's garden takes
//! no touches and shows no card, as another screen's would not.

pub mod gestures;
pub mod zoom;

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy_egui::egui;
use chrono::NaiveDate;

use crate::app::screens::GardenMode;
use crate::garden::Species;

/// The day the time-lapse slider shows, or `None` for today.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq)]
pub struct TimeLapse {
    pub day: Option<NaiveDate>,
}

/// The plant whose card is open.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq)]
pub struct SelectedPlant(pub Option<Species>);

/// The part of the window not covered by panels, in egui points, where taps
/// reach the garden. The garden's panels set it every frame while looking;
/// other screens, and the log sheet, have none.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct OpenGround {
    pub rect: Option<egui::Rect>,
    /// Cards drawn over the ground (today's, a plant's, notices): a touch
    /// there is the card's, not the garden's.
    pub covered: Vec<egui::Rect>,
}

impl OpenGround {
    /// Whether a touch at `at` (egui points) lands on the garden itself.
    pub fn is_bare(&self, at: egui::Pos2) -> bool {
        self.rect.is_some_and(|open| open.contains(at))
            && !self.covered.iter().any(|card| card.contains(at))
    }
}

/// Everything about looking at the garden that must not outlive it.
#[derive(SystemParam)]
struct VisitState<'w> {
    lapse: ResMut<'w, TimeLapse>,
    selected: ResMut<'w, SelectedPlant>,
    ground: ResMut<'w, OpenGround>,
    gestures: gestures::InProgress<'w>,
}

/// Looking ended (another screen, or the log sheet): coming back should find
/// the garden as a fresh look does. The time-lapse returns to today and the
/// card closes. The open ground goes (notices drawn elsewhere would add to it
/// every frame). Gestures under way are dropped: a tap still waiting for its
/// second would open a card on coming back, and a finger lifted meanwhile,
/// when no one reads it, would make every later tap a pinch.
///
/// The zoom is kept, like a scroll position: coming back shows the garden as
/// closely as it was left. It is never half-way through anything, as it eases
/// and follows the window's size on every screen.
///
/// `OnExit(GardenMode::Looking)` runs on leaving the garden from looking
/// (the sub-state ends with its screen) and on opening the sheet; leaving
/// from the sheet needs nothing more, as looking had already ended.
fn forget_the_visit(mut visit: VisitState) {
    *visit.lapse = TimeLapse::default();
    *visit.selected = SelectedPlant::default();
    *visit.ground = OpenGround::default();
    visit.gestures.forget();
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<TimeLapse>();
    app.init_resource::<SelectedPlant>();
    app.init_resource::<OpenGround>();
    app.add_systems(OnExit(GardenMode::Looking), forget_the_visit);
    gestures::plugin(app);
    zoom::plugin(app);
}

#[cfg(test)]
mod tests {
    use bevy::input::InputPlugin;
    use bevy::input::touch::{TouchInput, TouchPhase};
    use bevy::state::app::StatesPlugin;
    use bevy::state::state::FreelyMutableState;
    use bevy::window::{PrimaryWindow, WindowResized};

    use super::gestures::{Fingers, GardenTap, MouseDrag, TapSequence};
    use super::zoom::{GardenView, View};
    use super::*;
    use crate::app::screens::Screen;

    const ZOOMED: View = View {
        zoom: 2.0,
        center: Vec2::new(10.0, -20.0),
    };

    /// The view-state plugin and a window, without egui or the scene, on the garden.
    fn app() -> App {
        let mut app = App::new();
        app.add_plugins((MinimalPlugins, StatesPlugin, InputPlugin));
        app.add_message::<WindowResized>();
        app.world_mut().spawn((Window::default(), PrimaryWindow));
        // The zoom wakes the window while it eases.
        app.init_resource::<crate::app::redraw::Awake>();
        crate::app::screens::plugin(&mut app);
        plugin(&mut app);
        go(&mut app, Screen::Garden);
        app
    }

    fn go<S: FreelyMutableState>(app: &mut App, to: S) {
        app.world_mut().resource_mut::<NextState<S>>().set(to);
        app.update();
    }

    fn touch(app: &mut App, id: u64, phase: TouchPhase, at: Vec2) {
        let window = app
            .world_mut()
            .query_filtered::<Entity, With<PrimaryWindow>>()
            .single(app.world())
            .expect("one window");
        app.world_mut().write_message(TouchInput {
            phase,
            position: at,
            window,
            force: None,
            id,
        });
        app.update();
    }

    /// A look at the garden with everything in use: a past day, a card, a
    /// zoom, a tap waiting for its second and a finger still down.
    fn look_around(app: &mut App) {
        let ground = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 720.0));
        app.insert_resource(OpenGround {
            rect: Some(ground),
            covered: vec![ground.shrink(100.0)],
        });
        app.insert_resource(TimeLapse {
            day: NaiveDate::from_ymd_opt(2026, 3, 1),
        });
        app.insert_resource(SelectedPlant(Some(Species::Soil)));
        app.world_mut().resource_mut::<GardenView>().jump(ZOOMED);
        let at = Vec2::new(50.0, 50.0);
        touch(app, 0, TouchPhase::Started, at);
        touch(app, 0, TouchPhase::Ended, at);
        touch(app, 1, TouchPhase::Started, at);
        assert_ne!(
            *app.world().resource::<TapSequence>(),
            TapSequence::default()
        );
        assert_ne!(*app.world().resource::<Fingers>(), Fingers::default());
    }

    fn assert_fresh(app: &App) {
        let world = app.world();
        assert_eq!(*world.resource::<TimeLapse>(), TimeLapse::default());
        assert_eq!(*world.resource::<SelectedPlant>(), SelectedPlant::default());
        assert_eq!(*world.resource::<OpenGround>(), OpenGround::default());
        assert_eq!(*world.resource::<TapSequence>(), TapSequence::default());
        assert_eq!(*world.resource::<Fingers>(), Fingers::default());
        assert_eq!(*world.resource::<MouseDrag>(), MouseDrag::default());
        assert_eq!(
            world.resource::<GardenView>().shown,
            ZOOMED,
            "the zoom is kept, like a scroll position"
        );
    }

    /// The finger is lifted and the waiting tap's time runs out while the
    /// garden is not being looked at; then looking starts again.
    fn come_back(app: &mut App, back: impl FnOnce(&mut App)) {
        touch(app, 1, TouchPhase::Ended, Vec2::new(50.0, 50.0));
        std::thread::sleep(std::time::Duration::from_secs_f64(
            gestures::DOUBLE_TAP_SECONDS + 0.05,
        ));
        back(app);
        app.update();
        let taps = app.world().resource::<Messages<GardenTap>>();
        assert!(taps.is_empty(), "no tap from the earlier look arrives");
        assert_fresh(app);
    }

    #[test]
    fn leaving_the_garden_and_coming_back_leaves_no_stale_view_state() {
        let mut app = app();
        look_around(&mut app);
        go(&mut app, Screen::History);
        assert_fresh(&app);
        come_back(&mut app, |app| go(app, Screen::Garden));
    }

    #[test]
    fn the_log_sheet_ends_the_look_as_another_screen_would() {
        let mut app = app();
        look_around(&mut app);
        go(&mut app, GardenMode::Logging);
        assert_fresh(&app);
        come_back(&mut app, |app| go(app, GardenMode::Looking));
    }
}
