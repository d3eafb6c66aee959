//! The parts of a phone's screen that the panels keep clear of: the notch or
//! status bar at the top, the gesture bar at the bottom, and the sides when
//! a camera cut-out sits there. Bevy has no API for them, so each platform is
//! asked directly: Android's content rectangle on the `AndroidApp`, iOS's safe
//! area through winit (its inner position and size inside the outer size).
//! On desktop, `--phone` emulates a notched phone with fixed insets.

use bevy::math::{IRect, UVec2};
use bevy::prelude::*;

use super::Launch;

/// Insets in logical pixels (egui points), measured from each window edge.
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq)]
pub struct SafeArea {
    pub top: f32,
    pub bottom: f32,
    pub left: f32,
    pub right: f32,
}

impl SafeArea {
    /// `--phone`: a 390 x 844 phone with a notch and a home indicator.
    pub const PHONE_EMULATION: SafeArea = SafeArea {
        top: 47.0,
        bottom: 34.0,
        left: 0.0,
        right: 0.0,
    };

    /// The emulated phone's screen, in logical pixels.
    pub const PHONE_SCREEN: UVec2 = UVec2::new(390, 844);

    /// The insets of a window `window` physical pixels large whose content is
    /// visible only inside `visible` (physical pixels, window coordinates),
    /// at `scale` physical pixels per logical pixel. `None` while the
    /// platform has not measured the rectangle yet (it is empty then).
    pub fn from_visible_rect(window: UVec2, visible: IRect, scale: f32) -> Option<SafeArea> {
        if visible.is_empty() || window.x == 0 || window.y == 0 || scale <= 0.0 {
            return None;
        }
        let size = window.as_ivec2();
        let logical = |px: i32| px.max(0) as f32 / scale;
        Some(SafeArea {
            top: logical(visible.min.y),
            left: logical(visible.min.x),
            bottom: logical(size.y - visible.max.y),
            right: logical(size.x - visible.max.x),
        })
    }

    /// What is left of a `screen` of that many logical pixels for the panels.
    pub fn content(&self, screen: Vec2) -> Rect {
        let min = Vec2::new(self.left, self.top);
        let max = (screen - Vec2::new(self.right, self.bottom)).max(min);
        Rect::from_corners(min, max)
    }
}

fn emulate_phone(launch: Res<Launch>, mut safe: ResMut<SafeArea>) {
    if launch.0.phone {
        *safe = SafeArea::PHONE_EMULATION;
    }
}

/// Android: the content rectangle the activity reports.
#[cfg(target_os = "android")]
fn measure(windows: Query<&Window, With<bevy::window::PrimaryWindow>>, mut safe: ResMut<SafeArea>) {
    let (Ok(window), Some(app)) = (windows.single(), bevy::android::ANDROID_APP.get()) else {
        return;
    };
    let rect = app.content_rect();
    let visible = IRect::new(rect.left, rect.top, rect.right, rect.bottom);
    let size = UVec2::new(window.physical_width(), window.physical_height());
    if let Some(measured) = SafeArea::from_visible_rect(size, visible, window.scale_factor()) {
        safe.set_if_neq(measured);
    }
}

/// iOS: winit gives the safe area as the inner position and size, and the
/// whole screen as the outer size (physical pixels). Winit windows live on
/// the main thread, hence the `NonSendMarker`.
#[cfg(target_os = "ios")]
fn measure(
    windows: Query<(Entity, &Window), With<bevy::window::PrimaryWindow>>,
    mut safe: ResMut<SafeArea>,
    _main_thread: bevy::ecs::system::NonSendMarker,
) {
    let Ok((entity, window)) = windows.single() else {
        return;
    };
    let measured = bevy::winit::WINIT_WINDOWS.with_borrow(|winit| {
        let native = winit.get_window(entity)?;
        let origin = native.inner_position().ok()?;
        let inner = native.inner_size();
        let outer = native.outer_size();
        let visible = IRect::new(
            origin.x,
            origin.y,
            origin.x + inner.width as i32,
            origin.y + inner.height as i32,
        );
        let size = UVec2::new(outer.width, outer.height);
        SafeArea::from_visible_rect(size, visible, window.scale_factor())
    });
    if let Some(measured) = measured {
        safe.set_if_neq(measured);
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<SafeArea>();
    app.add_systems(PreStartup, emulate_phone);
    // Cheap to ask every frame, and frames only come when something changed
    // (rotation, a resize, the system bars showing or hiding).
    #[cfg(any(target_os = "android", target_os = "ios"))]
    app.add_systems(PreUpdate, measure);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn safe_area_of(options: crate::app::AppOptions) -> SafeArea {
        let mut app = crate::app::headless_app(options);
        app.update();
        *app.world().resource::<SafeArea>()
    }

    #[test]
    fn the_phone_emulation_insets_the_notch_and_home_bar_and_the_desktop_does_not() {
        let phone = safe_area_of(crate::app::AppOptions {
            phone: true,
            ..Default::default()
        });
        assert_eq!(phone, SafeArea::PHONE_EMULATION);
        assert!(phone.top > 0.0 && phone.bottom > 0.0);
        assert_eq!(
            safe_area_of(crate::app::AppOptions::default()),
            SafeArea::default()
        );
    }

    #[test]
    fn insets_are_the_screen_outside_the_visible_rect_in_logical_pixels() {
        // A 1080 x 2400 phone at 2.75x: status bar 132 px, gesture bar 66 px.
        let safe = SafeArea::from_visible_rect(
            UVec2::new(1080, 2400),
            IRect::new(0, 132, 1080, 2334),
            2.75,
        )
        .unwrap();
        assert_eq!(
            safe,
            SafeArea {
                top: 48.0,
                bottom: 24.0,
                left: 0.0,
                right: 0.0
            }
        );
    }

    #[test]
    fn a_side_cut_out_in_landscape_becomes_a_side_inset() {
        let safe = SafeArea::from_visible_rect(
            UVec2::new(2532, 1170),
            IRect::new(141, 0, 2391, 1107),
            3.0,
        )
        .unwrap();
        assert_eq!(
            (safe.left, safe.right, safe.top, safe.bottom),
            (47.0, 47.0, 0.0, 21.0)
        );
    }

    #[test]
    fn an_unmeasured_rect_gives_no_insets() {
        let empty = IRect::new(0, 0, 0, 0);
        assert_eq!(
            SafeArea::from_visible_rect(UVec2::new(1080, 2400), empty, 2.0),
            None
        );
        let full = IRect::new(0, 0, 1080, 2400);
        assert_eq!(SafeArea::from_visible_rect(UVec2::ZERO, full, 2.0), None);
        assert_eq!(
            SafeArea::from_visible_rect(UVec2::new(1080, 2400), full, 0.0),
            None
        );
    }

    #[test]
    fn a_rect_reaching_past_the_window_never_gives_negative_insets() {
        let safe =
            SafeArea::from_visible_rect(UVec2::new(100, 200), IRect::new(-5, -5, 120, 190), 1.0)
                .unwrap();
        assert_eq!(
            (safe.top, safe.left, safe.right, safe.bottom),
            (0.0, 0.0, 0.0, 10.0)
        );
    }

    #[test]
    fn the_emulated_phone_leaves_the_panels_the_screen_between_notch_and_home_bar() {
        let content = SafeArea::PHONE_EMULATION.content(SafeArea::PHONE_SCREEN.as_vec2());
        assert_eq!(content.min, Vec2::new(0.0, 47.0));
        assert_eq!(content.max, Vec2::new(390.0, 844.0 - 34.0));
        assert_eq!(content.height(), 763.0);
    }

    #[test]
    fn insets_larger_than_the_screen_leave_an_empty_area_not_a_negative_one() {
        let huge = SafeArea {
            top: 600.0,
            bottom: 600.0,
            left: 0.0,
            right: 0.0,
        };
        let content = huge.content(Vec2::new(390.0, 844.0));
        assert_eq!(content.height(), 0.0);
        assert!(content.width() >= 0.0);
    }
}
