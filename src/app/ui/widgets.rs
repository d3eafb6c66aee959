//! Small, touch-sized building blocks shared by the screens.

use bevy_egui::egui::{
    self, Color32, CornerRadius, Response, RichText, Stroke, TextStyle, TextWrapMode, Ui, Vec2,
};

use crate::app::theme::{Palette, TAP};

/// The root `Ui` that panels are shown inside: the window less its safe-area
/// insets (notch, gesture bar, side cut-outs).
pub fn root_ui(ctx: &egui::Context, insets: super::SafeArea) -> Ui {
    let screen = ctx.viewport_rect();
    let content = insets.content(bevy::math::Vec2::new(screen.width(), screen.height()));
    let rect = egui::Rect::from_min_max(
        screen.min + egui::vec2(content.min.x, content.min.y),
        screen.min + egui::vec2(content.max.x, content.max.y),
    );
    Ui::new(
        ctx.clone(),
        "root".into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(rect),
    )
}

/// A large, filled button spanning `width` (or its text's width).
pub fn big_button(
    ui: &mut Ui,
    text: &str,
    fill: Color32,
    text_color: Color32,
    width: f32,
) -> Response {
    let button = egui::Button::new(RichText::new(text).color(text_color).strong())
        .wrap_mode(egui::TextWrapMode::Wrap)
        .fill(fill)
        .corner_radius(CornerRadius::same(14))
        .min_size(Vec2::new(width, TAP));
    ui.add(button)
}

/// A pill button; `primary` fills it with the accent colour.
pub fn chip(ui: &mut Ui, palette: &Palette, primary: bool, text: &str) -> Response {
    add_pill(ui, pill(palette, primary, text), text)
}

/// A pill that is one of several options, chosen or not: screen readers
/// hear it as a toggle button, pressed when chosen.
pub fn choice(ui: &mut Ui, palette: &Palette, chosen: bool, text: &str) -> Response {
    add_pill(ui, pill(palette, chosen, text).selected(chosen), text)
}

/// A labelled row of choices of which one is `current`; tapping another
/// makes it current.
pub fn one_of<T: PartialEq>(
    ui: &mut Ui,
    palette: &Palette,
    label: &str,
    current: &mut T,
    options: impl IntoIterator<Item = (T, String)>,
) {
    ui.label(label);
    wrapping(ui, |ui| {
        for (option, text) in options {
            let chosen = *current == option;
            if choice(ui, palette, chosen, &text).clicked() && !chosen {
                *current = option;
            }
        }
    });
}

/// Adds a pill whole, on this row or the next; only a pill wider than a
/// whole row (a long promise in German at the largest text) starts its own
/// row and wraps its words inside itself rather than run off the screen.
fn add_pill(ui: &mut Ui, button: egui::Button<'_>, text: &str) -> Response {
    if pill_width(ui, text) <= ui.max_rect().width() {
        return ui.add(button.wrap_mode(TextWrapMode::Extend));
    }
    if ui.cursor().min.x > ui.max_rect().min.x + 0.5 {
        ui.end_row();
    }
    ui.add(button.wrap_mode(TextWrapMode::Wrap))
}

/// How wide `text` is in `style`, on one line.
pub fn text_width(ui: &Ui, text: &str, style: TextStyle) -> f32 {
    let font = style.resolve(ui.style());
    ui.painter()
        .layout_no_wrap(text.to_owned(), font, Color32::WHITE)
        .size()
        .x
}

/// How wide a pill with `text` is, on one line.
pub fn pill_width(ui: &Ui, text: &str) -> f32 {
    (text_width(ui, text, TextStyle::Button) + 2.0 * ui.spacing().button_padding.x).max(TAP)
}

/// Small print in the quiet colour: captions, keys, asides.
pub fn small_print(ui: &mut Ui, palette: &Palette, text: &str) -> Response {
    ui.label(RichText::new(text).small().color(palette.weak))
}

/// The pill every chip and choice is drawn as, for callers that size it.
pub fn pill<'a>(palette: &Palette, filled: bool, text: &'a str) -> egui::Button<'a> {
    let (fill, color) = if filled {
        (palette.accent, palette.accent_text)
    } else {
        (palette.card, palette.text)
    };
    egui::Button::new(RichText::new(text).color(color))
        .fill(fill)
        .stroke(Stroke::new(1.0, palette.accent))
        .corner_radius(CornerRadius::same(24))
        .min_size(Vec2::new(TAP, TAP))
}

/// A rounded card frame.
pub fn card(palette: &Palette) -> egui::Frame {
    egui::Frame::new()
        .fill(palette.card)
        .corner_radius(CornerRadius::same(16))
        .inner_margin(egui::Margin::same(14))
        .stroke(Stroke::new(1.0, palette.weak.gamma_multiply(0.3)))
}

/// A panel frame with the palette's background.
pub fn panel(palette: &Palette) -> egui::Frame {
    egui::Frame::new()
        .fill(palette.panel)
        .inner_margin(egui::Margin::symmetric(12, 10))
}

/// A partner's name in their colour.
pub fn partner_name(palette: &Palette, names: &[String; 2], index: usize) -> RichText {
    RichText::new(&names[index])
        .color(palette.partner[index])
        .strong()
}

/// Lays chips or buttons out in rows that wrap on narrow screens.
pub fn wrapping(ui: &mut Ui, add: impl FnOnce(&mut Ui)) {
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = egui::vec2(8.0, 8.0);
        add(ui);
    });
}

/// An opaque page over everything, the app's name at the top: what the PIN
/// and the passphrase pages draw instead of any screen.
pub fn gate_page(
    ctx: &egui::Context,
    id: &'static str,
    palette: &Palette,
    contents: impl FnOnce(&mut Ui),
) {
    let page = egui::Frame::NONE.fill(palette.panel).inner_margin(24.0);
    egui::Area::new(id.into())
        .order(egui::Order::Foreground)
        .fixed_pos(ctx.content_rect().min)
        .show(ctx, |ui| {
            let screen = ctx.content_rect();
            ui.set_min_size(screen.size());
            page.show(ui, |ui| {
                ui.set_min_size(screen.size() - egui::vec2(48.0, 48.0));
                ui.vertical_centered(|ui| {
                    ui.add_space(screen.height() * 0.12);
                    ui.label(egui::RichText::new("Trust Garden").heading().strong());
                    ui.add_space(12.0);
                    contents(ui);
                });
            });
        });
}

/// The name a screen reader speaks for a widget whose visible text is not
/// one: a text field (its hint vanishes once typed in), a bar, a chart.
pub fn named(response: &Response, name: impl Into<String>) {
    let name = name.into();
    response
        .ctx
        .accesskit_node_builder(response.id, |node| node.set_label(name));
}

/// A chart or drawing heard as an image, with its figures in words.
/// `figures` is only called while a screen reader listens (not every frame).
pub fn pictured(response: &Response, name: &str, figures: impl FnOnce() -> String) {
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_role(egui::accesskit::Role::Image);
        node.set_label(format!("{name}. {}", figures()));
    });
}

/// What an action button acts on, heard after its name ("Take back:
/// Check-in by Sam, today 19:38"), where the same button repeats per entry.
/// `what` is only called while a screen reader listens.
pub fn about(response: &Response, what: impl FnOnce() -> String) {
    response
        .ctx
        .accesskit_node_builder(response.id, |node| node.set_description(what()));
}
