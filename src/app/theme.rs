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
    /// The edge of a control that is not filled (fields, tabs, plain buttons).
    pub edge: egui::Color32,
    /// The calendar's shades, from a little done to the most.
    pub heat: [egui::Color32; 4],
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
                edge: egui::Color32::from_rgb(110, 122, 110),
                heat: [
                    egui::Color32::from_rgb(84, 128, 78),
                    egui::Color32::from_rgb(110, 160, 102),
                    egui::Color32::from_rgb(132, 186, 122),
                    egui::Color32::from_rgb(160, 212, 148),
                ],
            }
        } else {
            Palette {
                panel: egui::Color32::from_rgb(246, 243, 233),
                card: egui::Color32::from_rgba_unmultiplied(252, 250, 243, 240),
                text: egui::Color32::from_rgb(40, 48, 38),
                weak: egui::Color32::from_rgb(96, 104, 92),
                accent: egui::Color32::from_rgb(60, 114, 58),
                accent_text: egui::Color32::from_rgb(250, 252, 244),
                partner: [
                    egui::Color32::from_rgb(176, 72, 44),
                    egui::Color32::from_rgb(50, 96, 180),
                ],
                problem: egui::Color32::from_rgb(164, 66, 30),
                edge: egui::Color32::from_rgb(120, 126, 114),
                heat: [
                    egui::Color32::from_rgb(104, 146, 96),
                    egui::Color32::from_rgb(80, 124, 74),
                    egui::Color32::from_rgb(62, 108, 58),
                    egui::Color32::from_rgb(44, 86, 42),
                ],
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
    stillness: Res<super::motion::Stillness>,
    mut theme: ResMut<Theme>,
    mut applied: Local<Option<(bool, u32, bool)>>,
) -> Result {
    let Some(settings) = settings else {
        return Ok(());
    };
    let key = (
        settings.dark,
        (settings.text_scale * 100.0) as u32,
        stillness.still,
    );
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
    // Placeholders, field edges and unfilled buttons, readable (see `contrast`).
    visuals.weak_text_color = Some(palette.weak);
    visuals.extreme_bg_color = crate::app::contrast::over(palette.card, palette.panel);
    for widget in [
        &mut visuals.widgets.inactive,
        &mut visuals.widgets.noninteractive,
    ] {
        widget.bg_stroke = egui::Stroke::new(1.0, palette.edge);
    }
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
        // egui's own fades, openings and smooth scrolls, stilled on request.
        if stillness.still {
            style.animation_time = 0.0;
            style.scroll_animation = egui::style::ScrollAnimation::none();
        } else {
            let still = egui::Style::default();
            style.animation_time = still.animation_time;
            style.scroll_animation = still.scroll_animation;
        }
    });
    *applied = Some(key);
    Ok(())
}

/// Inter (SIL Open Font License, `assets/fonts/OFL.txt`) at its regular
/// weight: egui's own light face drew small text too faint to read, even
/// where its colour passed. Built in, so phones and tests need no asset IO.
const BODY_FONT: &[u8] = include_bytes!("../../assets/fonts/Inter-Regular.otf");

/// Puts the body font first, egui's own fonts after it for the symbols
/// and emoji it lacks.
fn load_fonts(mut contexts: EguiContexts, mut loaded: Local<bool>) -> Result {
    if *loaded {
        return Ok(());
    }
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "inter".into(),
        std::sync::Arc::new(egui::FontData::from_static(BODY_FONT)),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        let list = fonts.families.entry(family.clone()).or_default();
        let at = usize::from(family == egui::FontFamily::Monospace && !list.is_empty());
        list.insert(at, "inter".into());
    }
    contexts.ctx_mut()?.set_fonts(fonts);
    *loaded = true;
    Ok(())
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Theme>();
    app.add_systems(
        EguiPrimaryContextPass,
        (load_fonts, apply_style).chain().before(UiSet),
    );
}
