//! The egui panels of every screen, and the chrome they share (top bar with
//! the "who is holding the device" switch, bottom navigation, notices).

mod back;
mod garden;
mod history;
mod journey;
mod lock;
mod log;
mod merge_card;
mod settings;
mod stats;
mod unlock;
mod welcome;
pub mod widgets;
mod words;
mod zone_picker;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::journal::Partner;

use super::device::DeviceSettings;
use super::garden_view::OpenGround;
use super::lock::AppLock;
use super::screens::Screen;
use super::sets::UiSet;
use super::storage::{Chapters, Command, GardenState, Notices, Offer};
use super::theme::{Palette, TAP, Theme};
use widgets::{card, chip, choice, panel, pill_width, text_width};

pub use super::safe_area::SafeArea;

/// What every screen with the navigation bar shares.
#[derive(bevy::ecs::system::SystemParam)]
pub(super) struct Chrome<'w> {
    theme: Res<'w, Theme>,
    state: Res<'w, GardenState>,
    device: ResMut<'w, DeviceSettings>,
    next: ResMut<'w, NextState<Screen>>,
    safe: Res<'w, SafeArea>,
    lock: ResMut<'w, AppLock>,
    chapters: Res<'w, Chapters>,
}

impl Chrome<'_> {
    /// The root `Ui` of `screen` inside the safe area, with the top bar and
    /// the navigation already drawn; the screen's panels go in what is left.
    fn screen(&mut self, ctx: &egui::Context, screen: Screen) -> egui::Ui {
        let palette = self.theme.0;
        let mut root = widgets::root_ui(ctx, *self.safe);
        top_bar(
            &mut root,
            &palette,
            (&self.state, &self.chapters),
            &mut self.device,
            &mut self.lock,
        );
        nav_bar(&mut root, &palette, screen, &mut self.next);
        root
    }
}

/// The top bar: the app's name over the chapter being lived, a quick hide,
/// and the partner switch with its visible label. Figures (trust, streak)
/// live in Stats: a headline number invites scorekeeping from day one.
fn top_bar(
    ui: &mut egui::Ui,
    palette: &Palette,
    (state, chapters): (&GardenState, &Chapters),
    device: &mut ResMut<DeviceSettings>,
    lock: &mut AppLock,
) {
    egui::Panel::top("top_bar")
        .resizable(false)
        .frame(panel(palette))
        .show(ui, |ui| {
            let names = &state.garden.partners;
            let i_am = crate::t!("app-i-am");
            let hide = crate::t!("app-hide");
            let chapter = state.journey.current_chapter().and_then(|now| {
                chapters
                    .0
                    .iter()
                    .find(|c| c.id == now.id)
                    .map(|c| c.title())
            });
            let gap = ui.spacing().item_spacing.x;
            let switch = text_width(ui, &i_am, egui::TextStyle::Small)
                + pill_width(ui, &names[0])
                + pill_width(ui, &names[1])
                + 2.0 * gap;
            let title = text_width(ui, "Trust Garden", egui::TextStyle::Heading).max(
                chapter
                    .as_deref()
                    .map_or(0.0, |c| text_width(ui, c, egui::TextStyle::Small)),
            );
            let hide_width = pill_width(ui, &hide) + gap;
            let one_row = title + switch + hide_width + 2.0 * gap <= ui.available_width();
            ui.horizontal(|ui| {
                let room = if one_row {
                    title
                } else {
                    ui.available_width() - hide_width
                };
                ui.vertical(|ui| {
                    ui.set_max_width(room);
                    ui.add(
                        egui::Label::new(egui::RichText::new("Trust Garden").heading().strong())
                            .wrap(),
                    );
                    if let Some(chapter) = &chapter {
                        ui.add(
                            egui::Label::new(
                                egui::RichText::new(chapter).small().color(palette.weak),
                            )
                            .wrap(),
                        );
                    }
                });
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    // Covers the screen at once (someone looks over).
                    if chip(ui, palette, false, &hide).clicked() {
                        lock.hide();
                    }
                    if one_row {
                        partner_switch(ui, palette, names, device, &i_am, false);
                    }
                });
            });
            if !one_row {
                ui.horizontal(|ui| partner_switch(ui, palette, names, device, &i_am, true));
            }
        });
}

/// "I am [Alex] [Sam]": who holds this device, said in words a finger can
/// see (a hover tip never shows on a touch screen). On a row of its own the
/// names share what is left and wrap rather than run off the screen.
fn partner_switch(
    ui: &mut egui::Ui,
    palette: &Palette,
    names: &[String; 2],
    device: &mut ResMut<DeviceSettings>,
    i_am: &str,
    own_row: bool,
) {
    let mut pick = |ui: &mut egui::Ui, partner: Partner, width: Option<f32>| {
        let selected = device.acting == partner;
        let name = &names[partner.index()];
        let response = match width {
            Some(width) => ui.add_sized(
                egui::vec2(width, TAP),
                widgets::pill(palette, selected, name)
                    .wrap_mode(egui::TextWrapMode::Wrap)
                    .selected(selected),
            ),
            None => choice(ui, palette, selected, name),
        };
        widgets::about(&response, || crate::t!("app-who-holds-device"));
        if response.clicked() && !selected {
            device.acting = partner;
        }
    };
    let label = |ui: &mut egui::Ui| {
        ui.label(egui::RichText::new(i_am).small().color(palette.weak));
    };
    if own_row {
        label(ui);
        let gap = ui.spacing().item_spacing.x;
        let each = ((ui.available_width() - gap) / 2.0).max(TAP);
        pick(ui, Partner::A, Some(each));
        pick(ui, Partner::B, Some(each));
    } else {
        // Drawn right to left.
        pick(ui, Partner::B, None);
        pick(ui, Partner::A, None);
        label(ui);
    }
}

/// The screens of the navigation bar, with their labels' message keys.
const NAV: [(Screen, &str); 5] = [
    (Screen::Garden, "app-nav-garden"),
    (Screen::History, "app-nav-history"),
    (Screen::Journey, "app-nav-journey"),
    (Screen::Stats, "app-nav-stats"),
    (Screen::Settings, "app-nav-settings"),
];

/// The bottom navigation bar; large targets for a thumb.
fn nav_bar(ui: &mut egui::Ui, palette: &Palette, current: Screen, next: &mut NextState<Screen>) {
    egui::Panel::bottom("nav_bar")
        .resizable(false)
        .frame(panel(palette))
        .show(ui, |ui| {
            let width = ((ui.available_width() - 4.0 * 4.0) / 5.0).max(TAP);
            let size = tab_text_size(ui, width);
            ui.horizontal(|ui| {
                ui.spacing_mut().item_spacing.x = 4.0;
                ui.spacing_mut().button_padding = egui::vec2(2.0, 6.0);
                for (screen, key) in NAV {
                    let label = crate::t!(key);
                    let here = current == screen;
                    let (fill, color) = if here {
                        (palette.accent, palette.accent_text)
                    } else {
                        (palette.card, palette.text)
                    };
                    let button =
                        egui::Button::new(egui::RichText::new(label).color(color).size(size))
                            .fill(fill)
                            .stroke(egui::Stroke::new(1.0, palette.edge))
                            .corner_radius(egui::CornerRadius::same(14))
                            .min_size(egui::vec2(width, TAP))
                            .selected(here);
                    if ui.add(button).clicked() && !here {
                        next.set(screen);
                    }
                }
            });
        });
}

/// The tabs' text grows with the chosen text size as far as the longest
/// label still fits its tab on one line (as phones' own tab bars do).
fn tab_text_size(ui: &egui::Ui, tab_width: f32) -> f32 {
    const SMALLEST: f32 = 11.0;
    let wanted = 14.0 * ui.style().text_styles[&egui::TextStyle::Body].size / 17.0;
    let room = tab_width - 2.0 * 2.0 - 2.0;
    let widest = NAV
        .iter()
        .map(|(_, key)| {
            let text = crate::t!(key);
            ui.painter()
                .layout_no_wrap(
                    text,
                    egui::FontId::proportional(wanted),
                    egui::Color32::WHITE,
                )
                .size()
                .x
        })
        .fold(0.0, f32::max);
    if widest <= room {
        wanted
    } else {
        (wanted * room / widest).max(SMALLEST)
    }
}

/// Notices float at the top until dismissed; returns where they are.
fn notices_overlay(
    ctx: &egui::Context,
    palette: &Palette,
    notices: &mut Notices,
    top: f32,
    taken: &mut Option<Offer>,
) -> Option<egui::Rect> {
    if notices.items.is_empty() {
        return None;
    }
    let mut dismiss = None;
    let shown = egui::Area::new("notices".into())
        .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, top + 70.0))
        .order(egui::Order::Foreground)
        .show(ctx, |ui| {
            ui.set_max_width((ctx.content_rect().width() - 24.0).min(440.0));
            for (i, notice) in notices.items.iter().enumerate().rev().take(3) {
                card(palette).show(ui, |ui| {
                    let color = if notice.problem {
                        palette.problem
                    } else {
                        palette.text
                    };
                    ui.label(egui::RichText::new(&notice.text).color(color));
                    ui.horizontal(|ui| {
                        if let Some(offer) = notice.offer {
                            let label = match offer {
                                Offer::RepairSave => crate::t!("app-notice-repair"),
                            };
                            if chip(ui, palette, true, &label).clicked() {
                                *taken = Some(offer);
                                dismiss = Some(i);
                            }
                        }
                        if chip(ui, palette, false, &crate::t!("app-notice-ok")).clicked() {
                            dismiss = Some(i);
                        }
                    });
                });
            }
        });
    if let Some(i) = dismiss {
        notices.items.remove(i);
    }
    Some(shown.response.rect)
}

fn chrome_notices(
    mut contexts: EguiContexts,
    // The look and the language the notices are drawn in.
    (theme, speaking): (Res<Theme>, Res<crate::app::language::Speaking>),
    mut notices: ResMut<Notices>,
    safe: Res<SafeArea>,
    launch: Res<super::Launch>,
    mut ground: ResMut<OpenGround>,
    mut commands_out: MessageWriter<Command>,
) -> Result {
    speaking.speak(|| {
        let ctx = contexts.ctx_mut()?;
        let mut taken = None;
        let shown = notices_overlay(ctx, &theme.0, &mut notices, safe.top, &mut taken);
        if let Some(Offer::RepairSave) = taken {
            commands_out.write(Command::RepairSave);
        }
        // Only the garden screen has open ground, rebuilt by it every frame.
        if let Some(shown) = shown.filter(|_| ground.rect.is_some()) {
            ground.covered.push(shown);
        }
        // A real phone draws its own status bar in the insets.
        if launch.0.phone {
            phone_hardware(ctx, &safe);
        }
        Ok(())
    })
}

/// In phone emulation, the notch and the gesture bar the insets keep clear of.
fn phone_hardware(ctx: &egui::Context, safe: &SafeArea) {
    let screen = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(egui::Order::Foreground, "phone".into()));
    painter.rect_filled(
        egui::Rect::from_min_max(
            screen.min,
            egui::pos2(screen.max.x, screen.min.y + safe.top),
        ),
        0.0,
        egui::Color32::from_rgb(12, 14, 12),
    );
    let notch = egui::Rect::from_center_size(
        egui::pos2(screen.center().x, screen.min.y + 17.0),
        egui::vec2(120.0, 30.0),
    );
    painter.rect_filled(notch, 15.0, egui::Color32::BLACK);
    painter.text(
        egui::pos2(screen.min.x + 28.0, screen.min.y + 17.0),
        egui::Align2::LEFT_CENTER,
        "9:41",
        egui::FontId::proportional(15.0),
        egui::Color32::WHITE,
    );
    let bottom = egui::Rect::from_min_max(
        egui::pos2(screen.min.x, screen.max.y - safe.bottom),
        screen.max,
    );
    painter.rect_filled(bottom, 0.0, egui::Color32::from_rgb(12, 14, 12));
    let bar = egui::Rect::from_center_size(
        egui::pos2(screen.center().x, screen.max.y - safe.bottom / 2.0),
        egui::vec2(134.0, 5.0),
    );
    painter.rect_filled(bar, 3.0, egui::Color32::from_gray(230));
}

pub(super) fn plugin(app: &mut App) {
    let ready = resource_exists::<GardenState>.and_then(resource_exists::<DeviceSettings>);
    app.configure_sets(EguiPrimaryContextPass, UiSet.run_if(ready));
    // Nothing of the garden, the history or the notes is drawn while locked.
    app.configure_sets(
        EguiPrimaryContextPass,
        UiSet.run_if(|lock: Option<Res<AppLock>>| lock.is_some_and(|lock| lock.open())),
    );
    app.add_systems(
        EguiPrimaryContextPass,
        (
            welcome::draw.run_if(in_state(Screen::Welcome)),
            garden::draw.run_if(in_state(Screen::Garden)),
            history::draw.run_if(in_state(Screen::History)),
            journey::draw.run_if(in_state(Screen::Journey)),
            stats::draw.run_if(in_state(Screen::Stats)),
            settings::draw.run_if(in_state(Screen::Settings)),
            chrome_notices,
        )
            .chain()
            .in_set(UiSet),
    );
    app.add_systems(
        EguiPrimaryContextPass,
        lock::draw.run_if(|lock: Option<Res<AppLock>>| lock.is_some_and(|lock| !lock.open())),
    );
    // Nor while an encrypted save waits for its passphrase (its page is
    // drawn instead, under the PIN's when both are asked).
    app.configure_sets(EguiPrimaryContextPass, UiSet.run_if(not(unlock::wanted)));
    app.add_systems(
        EguiPrimaryContextPass,
        unlock::draw
            .run_if(unlock::wanted)
            .run_if(|lock: Option<Res<AppLock>>| lock.is_some_and(|lock| lock.open())),
    );
    log::plugin(app);
    back::plugin(app);
}
