//! How close the garden is seen: a zoom factor and the point of the garden
//! at the centre of the window. Pinching, dragging and double-tapping change
//! it (see `gestures`); the scene's camera follows it.
//!
//! At zoom 1 the window shows the whole scene, so the garden can never be
//! dragged out of sight: the view stays inside what zoom 1 shows.

use bevy::prelude::*;
use bevy::window::WindowResized;

use crate::app::motion::Stillness;
use crate::app::redraw::Awake;

/// The garden's design size, a phone in portrait: zoom 1 always shows all of
/// it (larger windows see more), and the scene is drawn to it.
pub const WORLD: Vec2 = Vec2::new(420.0, 860.0);

/// The closest the garden can be seen: a single flower fills the window.
pub const MAX_ZOOM: f32 = 4.0;
/// A double tap zooms in this far (and a second one zooms back out).
pub const DOUBLE_TAP_ZOOM: f32 = 2.5;

/// A zoom factor (1 = the whole garden) and the world point at the centre.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    pub zoom: f32,
    pub center: Vec2,
}

impl Default for View {
    fn default() -> Self {
        View {
            zoom: 1.0,
            center: Vec2::ZERO,
        }
    }
}

/// The world a window of `window` logical pixels shows at zoom 1: the design
/// size, widened or heightened to the window's shape (the camera scales so
/// that all of `WORLD` fits).
pub fn visible_at_zoom_one(window: Vec2) -> Vec2 {
    if window.x <= 0.0 || window.y <= 0.0 {
        return WORLD;
    }
    let scale = (WORLD.x / window.x).max(WORLD.y / window.y);
    window * scale
}

impl View {
    pub fn is_zoomed(&self) -> bool {
        self.zoom > 1.001
    }

    /// World units per logical pixel of a `window`-sized window.
    fn world_per_pixel(&self, window: Vec2) -> f32 {
        let visible = visible_at_zoom_one(window);
        visible.x / window.x.max(1.0) / self.zoom
    }

    /// The world point under `screen` (logical pixels, y down from the top-left).
    pub fn screen_to_world(&self, screen: Vec2, window: Vec2) -> Vec2 {
        let offset = (screen - window / 2.0) * self.world_per_pixel(window);
        self.center + Vec2::new(offset.x, -offset.y)
    }

    /// Where the world point `world` is on screen (the inverse of `screen_to_world`).
    pub fn world_to_screen(&self, world: Vec2, window: Vec2) -> Vec2 {
        let offset = (world - self.center) / self.world_per_pixel(window);
        window / 2.0 + Vec2::new(offset.x, -offset.y)
    }

    /// Zoomed by `factor` keeping the world point `anchor` under the same
    /// place on screen (the point between the fingers, or the tapped one).
    pub fn zoomed_about(self, factor: f32, anchor: Vec2, window: Vec2) -> View {
        if !factor.is_finite() || factor <= 0.0 {
            return self;
        }
        let zoom = (self.zoom * factor).clamp(1.0, MAX_ZOOM);
        let kept = self.zoom / zoom;
        View {
            zoom,
            center: anchor + (self.center - anchor) * kept,
        }
        .kept_in(window)
    }

    /// Moved so that the garden follows a finger dragged `drag` logical pixels.
    pub fn dragged(self, drag: Vec2, window: Vec2) -> View {
        let by = drag * self.world_per_pixel(window);
        View {
            center: self.center - Vec2::new(by.x, -by.y),
            ..self
        }
        .kept_in(window)
    }

    /// A double tap: in towards `anchor`, or back out to the whole garden.
    pub fn toggled_at(self, anchor: Vec2, window: Vec2) -> View {
        if self.is_zoomed() {
            View::default()
        } else {
            self.zoomed_about(DOUBLE_TAP_ZOOM, anchor, window)
        }
    }

    /// The same view with the zoom in range and the edges of the window
    /// inside what zoom 1 shows.
    pub fn kept_in(self, window: Vec2) -> View {
        let zoom = if self.zoom.is_finite() {
            self.zoom.clamp(1.0, MAX_ZOOM)
        } else {
            1.0
        };
        let visible = visible_at_zoom_one(window);
        let slack = (visible / 2.0 - visible / (2.0 * zoom)).max(Vec2::ZERO);
        let center = if self.center.is_finite() {
            self.center.clamp(-slack, slack)
        } else {
            Vec2::ZERO
        };
        View { zoom, center }
    }

    /// A step of `k` (0..1) of the way towards `target`, snapping when close.
    pub fn eased_towards(self, target: View, k: f32) -> View {
        let zoom = self.zoom + (target.zoom - self.zoom) * k;
        let center = self.center.lerp(target.center, k);
        if (zoom - target.zoom).abs() < 0.002 && center.distance(target.center) < 0.05 {
            target
        } else {
            View { zoom, center }
        }
    }
}

/// The view the gestures ask for, and the one on screen easing towards it
/// (fingers move `shown` directly; a double tap animates).
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq)]
pub struct GardenView {
    pub target: View,
    pub shown: View,
}

impl GardenView {
    /// Follow the fingers at once.
    pub fn jump(&mut self, view: View) {
        self.target = view;
        self.shown = view;
    }
}

fn ease(
    settings: Option<Res<Stillness>>,
    time: Res<Time>,
    real: Res<Time<Real>>,
    mut view: ResMut<GardenView>,
    mut awake: ResMut<Awake>,
) {
    if view.shown == view.target {
        return;
    }
    // With motion reduced, a double tap jumps to where it glides otherwise.
    let k = if Stillness::allows_motion(settings) {
        1.0 - (-time.delta_secs().min(0.1) * 12.0).exp()
    } else {
        1.0
    };
    let next = view.shown.eased_towards(view.target, k);
    view.shown = next;
    awake.extend(real.elapsed_secs_f64(), 0.3);
}

/// A turned or resized window shows more or less of the garden: the view is
/// kept inside what the new shape shows at zoom 1.
fn keep_in_resized_window(mut resized: MessageReader<WindowResized>, mut view: ResMut<GardenView>) {
    let Some(last) = resized.read().last() else {
        return;
    };
    let size = Vec2::new(last.width, last.height);
    let kept = GardenView {
        target: view.target.kept_in(size),
        shown: view.shown.kept_in(size),
    };
    view.set_if_neq(kept);
}

/// The systems that settle the view each frame; the scene's camera follows
/// the view after them.
#[derive(SystemSet, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ZoomSet;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<GardenView>();
    app.add_systems(
        PostUpdate,
        (keep_in_resized_window, ease).chain().in_set(ZoomSet),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    const PHONE: Vec2 = Vec2::new(390.0, 844.0);

    #[test]
    fn zoom_one_shows_all_of_the_design_size_whatever_the_window_shape() {
        for window in [PHONE, Vec2::new(420.0, 860.0), Vec2::new(1200.0, 700.0)] {
            let seen = visible_at_zoom_one(window);
            assert!(seen.x >= WORLD.x - 0.01 && seen.y >= WORLD.y - 0.01);
            assert!((seen.x / seen.y - window.x / window.y).abs() < 1e-4);
        }
    }

    #[test]
    fn the_window_centre_is_the_view_centre_and_y_points_up() {
        let view = View {
            zoom: 2.0,
            center: Vec2::new(30.0, -40.0),
        };
        assert_eq!(view.screen_to_world(PHONE / 2.0, PHONE), view.center);
        let somewhere = Vec2::new(80.0, 700.0);
        let there = view.world_to_screen(view.screen_to_world(somewhere, PHONE), PHONE);
        assert!(there.distance(somewhere) < 1e-3);
        let above = view.screen_to_world(PHONE / 2.0 - Vec2::new(0.0, 100.0), PHONE);
        assert!(above.y > view.center.y);
    }

    #[test]
    fn zooming_keeps_the_point_between_the_fingers_where_it_was() {
        let view = View::default();
        let fingers = Vec2::new(120.0, 600.0);
        let anchor = view.screen_to_world(fingers, PHONE);
        let closer = view.zoomed_about(2.0, anchor, PHONE);
        assert_eq!(closer.zoom, 2.0);
        let after = closer.screen_to_world(fingers, PHONE);
        assert!(after.distance(anchor) < 1e-3, "{after} vs {anchor}");
    }

    #[test]
    fn zoom_stays_between_the_whole_garden_and_the_closest_view() {
        let anchor = Vec2::new(50.0, 50.0);
        assert_eq!(View::default().zoomed_about(0.2, anchor, PHONE).zoom, 1.0);
        assert_eq!(
            View::default().zoomed_about(100.0, anchor, PHONE).zoom,
            MAX_ZOOM
        );
        let unzoomed = View::default().zoomed_about(0.5, anchor, PHONE);
        assert_eq!(unzoomed, View::default());
        for bad in [f32::NAN, f32::INFINITY, 0.0, -2.0] {
            assert_eq!(
                View::default().zoomed_about(bad, anchor, PHONE),
                View::default()
            );
        }
    }

    #[test]
    fn the_garden_cannot_be_dragged_out_of_the_window() {
        let whole = View::default().dragged(Vec2::new(300.0, -500.0), PHONE);
        assert_eq!(whole, View::default(), "nothing to pan at zoom 1");
        let close = View {
            zoom: 2.0,
            center: Vec2::ZERO,
        };
        let far = close.dragged(Vec2::new(-5000.0, 5000.0), PHONE);
        let visible = visible_at_zoom_one(PHONE);
        // The finger went left and down: the garden's top-right corner came into the window's.
        let corner = far.screen_to_world(Vec2::new(PHONE.x, 0.0), PHONE);
        assert!((corner.x - visible.x / 2.0).abs() < 0.01, "{corner}");
        assert!((corner.y - visible.y / 2.0).abs() < 0.01, "{corner}");
    }

    #[test]
    fn dragging_moves_the_garden_with_the_finger() {
        let view = View {
            zoom: 3.0,
            center: Vec2::ZERO,
        };
        let finger = Vec2::new(200.0, 400.0);
        let under = view.screen_to_world(finger, PHONE);
        let moved = view.dragged(Vec2::new(-20.0, 15.0), PHONE);
        let now = moved.screen_to_world(finger + Vec2::new(-20.0, 15.0), PHONE);
        assert!(now.distance(under) < 1e-3);
    }

    #[test]
    fn a_double_tap_zooms_in_where_tapped_and_the_next_one_zooms_out() {
        let tapped = Vec2::new(-60.0, -200.0);
        let closer = View::default().toggled_at(tapped, PHONE);
        assert_eq!(closer.zoom, DOUBLE_TAP_ZOOM);
        assert!(closer.center.distance(tapped) < View::default().center.distance(tapped));
        assert_eq!(closer.toggled_at(tapped, PHONE), View::default());
    }

    #[test]
    fn easing_arrives_exactly() {
        let target = View {
            zoom: 2.5,
            center: Vec2::new(10.0, -30.0),
        };
        let mut shown = View::default();
        let mut steps = 0;
        while shown != target {
            shown = shown.eased_towards(target, 0.2);
            steps += 1;
            assert!(steps < 200, "never arrived: {shown:?}");
        }
    }
}
