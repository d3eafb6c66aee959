//! Palette, text sizes and the egui style, light or dark, scaled for touch.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::device::DeviceSettings;
use super::sets::UiSet;

/// Smallest tap target, in logical points (Apple's and Google's guidance is 44-48).
pub const TAP: f32 = 48.0;

/// Colours of the panels (the garden art has its own, in `scene::palette`).
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    pub panel: egui::Color32,
    pub card: egui::Color32,
    pub text: egui::Color32,
    pub weak: egui::Color32,
    pub accent: egui::Color32,
    pub accent_text: egui::Color32,
    pub partner: [egui::Color32; 2],
    pub problem: egui::Color32,
}

impl Palette {
    pub fn of(dark: bool) -> Palette {
        if dark {
            Palette {
                panel: egui::Color32::from_rgb(28, 34, 30),
                card: egui::Color32::from_rgba_unmultiplied(36, 44, 39, 238),
                text: egui::Color32::from_rgb(232, 236, 226),
                weak: egui::Color32::from_rgb(160, 172, 160),
                accent: egui::Color32::from_rgb(120, 180, 110),
                accent_text: egui::Color32::from_rgb(16, 28, 14),
                partner: [
                    egui::Color32::from_rgb(236, 150, 120),
                    egui::Color32::from_rgb(130, 170, 236),
                ],
                problem: egui::Color32::from_rgb(240, 150, 110),
            }
        } else {
            Palette {
                panel: egui::Color32::from_rgb(246, 243, 233),
                card: egui::Color32::from_rgba_unmultiplied(252, 250, 243, 240),
                text: egui::Color32::from_rgb(40, 48, 38),
                weak: egui::Color32::from_rgb(104, 112, 100),
                accent: egui::Color32::from_rgb(74, 130, 72),
                accent_text: egui::Color32::from_rgb(250, 252, 244),
                partner: [
                    egui::Color32::from_rgb(206, 102, 74),
                    egui::Color32::from_rgb(66, 110, 196),
                ],
                problem: egui::Color32::from_rgb(180, 80, 40),
            }
        }
    }
}

/// The current palette, kept in step with the device settings.
#[derive(Resource, Clone, Copy, Debug)]
pub struct Theme(pub Palette);

impl Default for Theme {
    fn default() -> Self {
        Theme(Palette::of(false))
    }
}

fn apply_style(
    mut contexts: EguiContexts,
    settings: Option<Res<DeviceSettings>>,
    mut theme: ResMut<Theme>,
    mut applied: Local<Option<(bool, u32)>>,
) -> Result {
    let Some(settings) = settings else {
        return Ok(());
    };
    let key = (settings.dark, (settings.text_scale * 100.0) as u32);
    if *applied == Some(key) {
        return Ok(());
    }
    let ctx = contexts.ctx_mut()?;
    let palette = Palette::of(settings.dark);
    theme.0 = palette;
    let mut visuals = if settings.dark {
        egui::Visuals::dark()
    } else {
        egui::Visuals::light()
    };
    visuals.panel_fill = palette.panel;
    visuals.window_fill = palette.card;
    visuals.override_text_color = Some(palette.text);
    visuals.selection.bg_fill = palette.accent;
    visuals.widgets.active.corner_radius = 12.0.into();
    visuals.widgets.inactive.corner_radius = 12.0.into();
    visuals.widgets.hovered.corner_radius = 12.0.into();
    ctx.set_visuals(visuals);
    let scale = settings.text_scale;
    ctx.all_styles_mut(|style| {
        use egui::{FontFamily, FontId, TextStyle};
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(24.0 * scale, FontFamily::Proportional),
            ),
            (
                TextStyle::Body,
                FontId::new(17.0 * scale, FontFamily::Proportional),
            ),
            (
                TextStyle::Button,
                FontId::new(17.0 * scale, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(13.0 * scale, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(15.0 * scale, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.interact_size.y = TAP;
        style.spacing.button_padding = egui::vec2(12.0, 8.0);
        style.spacing.item_spacing = egui::vec2(8.0, 8.0);
        style.spacing.slider_width = 220.0;
        // On a touch screen a drag over text scrolls the page; selectable
        // labels would take it for a text selection instead.
        style.interaction.selectable_labels = false;
    });
    *applied = Some(key);
    Ok(())
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Theme>();
    app.add_systems(EguiPrimaryContextPass, apply_style.before(UiSet));
}
