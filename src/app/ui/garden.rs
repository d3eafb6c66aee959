//! The garden screen's panels: top bar, the "today" card, a plant's card, the
//! time-lapse slider and the way into the log sheet (or, while logging, the
//! sheet itself). The garden itself is drawn by `scene` in the open ground
//! between the panels; what is being looked at is `garden_view`'s.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};
use chrono::Duration;

use crate::app::device::DeviceSettings;
use crate::app::garden_view::{OpenGround, SelectedPlant, TimeLapse};
use crate::app::screens::{GardenMode, Screen};
use crate::app::storage::{Command, GardenState};
use crate::app::theme::{Palette, Theme};
use crate::garden::{Feeding, Garden, Ledger, Species};

use super::log::LogSheet;
use super::widgets::{big_button, card, chip, panel, root_ui};
use super::words::{days_ago, describe};
use super::{SafeArea, nav_bar, top_bar};
use crate::garden::words::species_story;

#[derive(bevy::ecs::system::SystemParam)]
pub(super) struct GardenUi<'w> {
    theme: Res<'w, Theme>,
    state: Res<'w, GardenState>,
    device: ResMut<'w, DeviceSettings>,
    next: ResMut<'w, NextState<Screen>>,
    mode: Res<'w, State<GardenMode>>,
    next_mode: ResMut<'w, NextState<GardenMode>>,
    lapse: ResMut<'w, TimeLapse>,
    selected: ResMut<'w, SelectedPlant>,
    ground: ResMut<'w, OpenGround>,
    safe: Res<'w, SafeArea>,
    lock: ResMut<'w, crate::app::lock::AppLock>,
    sheet: ResMut<'w, LogSheet>,
    suggestion: Res<'w, crate::app::storage::Today>,
    clock: Res<'w, crate::app::AppClock>,
    shown: Option<Res<'w, crate::app::Shown>>,
}

/// What fed the open plant, kept until the plant or the log changes.
#[derive(Default)]
pub(super) struct Explained {
    key: Option<(Species, u64)>,
    feedings: Vec<Feeding>,
    /// The shown garden in words, for screen readers, and what it was for
    /// (the log, the day, the language).
    spoken_for: Option<(u64, chrono::NaiveDate, crate::i18n::Lang)>,
    spoken: String,
}

pub(super) fn draw(
    mut contexts: EguiContexts,
    mut ui_state: GardenUi,
    mut commands_out: MessageWriter<Command>,
    mut explained: Local<Explained>,
    speaking: Res<crate::app::language::Speaking>,
) -> Result {
    // Every word of the screen in the app's language.
    speaking.speak(|| {
        let ctx = contexts.ctx_mut()?.clone();
        let palette = ui_state.theme.0;
        let mut root = root_ui(&ctx, *ui_state.safe);
        top_bar(
            &mut root,
            &palette,
            &ui_state.state,
            &mut ui_state.device,
            &mut ui_state.lock,
        );
        match *ui_state.mode.get() {
            GardenMode::Looking => look(&ctx, &mut root, &palette, &mut ui_state, &mut explained),
            // Under the sheet the garden takes no touches: it has no open ground.
            GardenMode::Logging => super::log::sheet(
                &mut root,
                &palette,
                &ui_state.state.garden,
                &ui_state.device,
                &mut ui_state.sheet,
                &mut ui_state.next_mode,
                &mut commands_out,
            ),
        }
        Ok(())
    })
}

/// The garden being looked at: the navigation, the time-lapse, today's card
/// and a plant's card. The ground left between them is open to touches.
fn look(
    ctx: &egui::Context,
    root: &mut egui::Ui,
    palette: &Palette,
    ui_state: &mut GardenUi,
    explained: &mut Explained,
) {
    nav_bar(root, palette, Screen::Garden, &mut ui_state.next);
    lapse_and_log(
        root,
        palette,
        &ui_state.state.garden,
        &mut ui_state.lapse,
        &mut ui_state.next_mode,
    );
    let open = root.available_rect_before_wrap();
    speak_the_garden(ctx, open, ui_state, explained);
    let mut covered = Vec::new();
    if ui_state.lapse.day.is_none() {
        let weather = weather_lines(&ui_state.state.garden, ui_state.state.ledger());
        covered.extend(today_card(
            ctx,
            palette,
            open,
            &ui_state.suggestion.0,
            &weather,
        ));
    }
    if let Some(species) = ui_state.selected.0 {
        let state = &ui_state.state;
        if explained.key != Some((species, state.revision)) {
            explained.key = Some((species, state.revision));
            explained.feedings = state.explain(species, ui_state.clock.now());
        }
        let (keep, card) = plant_card(
            ctx,
            palette,
            open,
            species,
            &state.garden,
            state.ledger(),
            &explained.feedings,
        );
        covered.push(card);
        if !keep {
            ui_state.selected.0 = None;
        }
    }
    ui_state.ground.set_if_neq(OpenGround {
        rect: Some(open),
        covered,
    });
}

/// The garden scene is drawn by Bevy, not egui: screen readers are given it
/// as an image whose name says what a sighted partner sees in it (today's
/// garden, or the time-lapse day's).
fn speak_the_garden(
    ctx: &egui::Context,
    open: egui::Rect,
    ui_state: &GardenUi,
    explained: &mut Explained,
) {
    let Some(shown) = ui_state.shown.as_deref() else {
        return;
    };
    let garden = &shown.garden;
    let key = (
        ui_state.state.revision,
        garden.today,
        crate::i18n::current(),
    );
    // The words (and the week-before garden they compare with) are only
    // made while a screen reader listens, and once per log change or day.
    ctx.accesskit_node_builder(egui::Id::new("garden-scene"), |node| {
        if explained.spoken_for != Some(key) {
            let week_before = garden.today - Duration::days(7);
            let before = garden
                .first_day
                .filter(|first| *first <= week_before)
                .map(|_| ui_state.state.garden_on(week_before, ui_state.clock.now()));
            explained.spoken = crate::garden::spoken::describe(garden, before.as_ref());
            explained.spoken_for = Some(key);
        }
        node.set_role(egui::accesskit::Role::Image);
        node.set_label(crate::t!(
            "app-garden-scene-name",
            description = &explained.spoken
        ));
        node.set_bounds(egui::accesskit::Rect {
            x0: open.min.x.into(),
            y0: open.min.y.into(),
            x1: open.max.x.into(),
            y1: open.max.y.into(),
        });
    });
}

fn lapse_and_log(
    ui: &mut egui::Ui,
    palette: &Palette,
    garden: &Garden,
    lapse: &mut ResMut<TimeLapse>,
    next_mode: &mut NextState<GardenMode>,
) {
    egui::Panel::bottom("lapse")
        .resizable(false)
        .frame(panel(palette).fill(palette.panel.gamma_multiply(0.92)))
        .show(ui, |ui| {
            if let Some(first) = garden.first_day.filter(|first| *first < garden.today) {
                let total = (garden.today - first).num_days() as f64;
                let mut offset = lapse
                    .day
                    .map_or(total, |day| (day - first).num_days() as f64);
                // Said on screen, not in a tooltip: a finger never hovers.
                ui.label(
                    egui::RichText::new(crate::t!("app-lapse-hint"))
                        .small()
                        .color(palette.weak),
                );
                ui.horizontal(|ui| {
                    ui.spacing_mut().slider_width = (ui.available_width() - 110.0).max(120.0);
                    let slider = egui::Slider::new(&mut offset, 0.0..=total)
                        .step_by(1.0)
                        .show_value(false)
                        .trailing_fill(true);
                    let response = ui.add(slider);
                    if response.changed() {
                        let day = first + Duration::days(offset.round() as i64);
                        lapse.set_if_neq(TimeLapse {
                            day: (day < garden.today).then_some(day),
                        });
                    }
                    let label = lapse
                        .day
                        .map_or_else(|| crate::t!("app-lapse-today"), crate::i18n::date_long);
                    // Heard as "Time-lapse, slider, May 4, 2026", not as a bare number.
                    ui.ctx().accesskit_node_builder(response.id, |node| {
                        node.set_label(crate::t!("app-lapse-name"));
                        node.set_value(label.trim());
                    });
                    ui.label(egui::RichText::new(label).small().color(palette.weak));
                });
            }
            let width = ui.available_width();
            if lapse.day.is_some() {
                if big_button(
                    ui,
                    &crate::t!("app-lapse-back-to-today"),
                    palette.card,
                    palette.text,
                    width,
                )
                .clicked()
                {
                    lapse.day = None;
                }
            } else if big_button(
                ui,
                &crate::t!("app-log-something"),
                palette.accent,
                palette.accent_text,
                width,
            )
            .clicked()
            {
                next_mode.set(GardenMode::Logging);
            }
        });
}

/// What the weeds, clouds and storm ask for, in the rules' own words.
fn weather_lines(garden: &Garden, ledger: &Ledger) -> Vec<String> {
    use crate::garden::words::{cloud_hint, storm_hint, weed_hint};
    let mut lines = Vec::new();
    if garden.weather.storm >= 0.5 {
        let hint = storm_hint(ledger.couple().hurt, &garden.partners);
        lines.push(crate::t!("app-weather-storm", hint = hint));
    }
    if !garden.weather.clouds.is_empty() {
        lines.push(crate::t!("app-weather-cloud", hint = cloud_hint()));
    }
    if let Some(weed) = garden.weeds.iter().find(|w| w.silent) {
        lines.push(crate::t!("app-weather-weed", hint = weed_hint(weed)));
    } else if let Some(weed) = garden.weeds.first() {
        lines.push(crate::t!("app-weather-weed", hint = weed_hint(weed)));
    }
    lines
}

/// Today's suggestion over the sky, with what the weather asks; returns
/// where it is.
fn today_card(
    ctx: &egui::Context,
    palette: &Palette,
    open: egui::Rect,
    suggestion: &str,
    weather: &[String],
) -> Option<egui::Rect> {
    if suggestion.is_empty() && weather.is_empty() {
        return None;
    }
    let shown = egui::Area::new("today".into())
        .fixed_pos(open.min + egui::vec2(12.0, 10.0))
        .order(egui::Order::Middle)
        .interactable(false)
        .show(ctx, |ui| {
            ui.set_max_width(open.width() - 24.0);
            card(palette).show(ui, |ui| {
                ui.set_width(open.width() - 52.0);
                ui.label(
                    egui::RichText::new(crate::t!("app-today-card"))
                        .small()
                        .color(palette.weak),
                );
                if !suggestion.is_empty() {
                    ui.label(suggestion);
                }
                for line in weather {
                    ui.label(egui::RichText::new(line).small().color(palette.weak));
                }
            });
        });
    Some(shown.response.rect)
}

/// The card of what grew a plant; returns false once closed, and where it is.
fn plant_card(
    ctx: &egui::Context,
    palette: &Palette,
    open: egui::Rect,
    species: crate::garden::Species,
    garden: &Garden,
    ledger: &Ledger,
    feedings: &[Feeding],
) -> (bool, egui::Rect) {
    let mut keep = true;
    let (title, story) = species_story(species);
    let shown = egui::Area::new("plant_card".into())
        .anchor(
            egui::Align2::CENTER_BOTTOM,
            egui::vec2(0.0, -(ctx.content_rect().bottom() - open.bottom()) - 10.0),
        )
        .order(egui::Order::Foreground)
        .show(ctx, |ui| {
            ui.set_max_width(open.width() - 24.0);
            card(palette).show(ui, |ui| {
                ui.set_width(open.width() - 52.0);
                ui.horizontal(|ui| {
                    ui.heading(title);
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        if chip(ui, palette, false, &crate::t!("app-plant-close")).clicked() {
                            keep = false;
                        }
                    });
                });
                ui.label(egui::RichText::new(story).color(palette.weak));
                if let Some(plant) = garden.plants.get(&species) {
                    ui.label(crate::t!(
                        "app-plant-growth",
                        stage = format!("{:?}", plant.stage),
                        growth = format!("{:.1}", plant.growth),
                        wilted = if plant.wilt > 0.05 { "yes" } else { "no" }
                    ));
                    ui.horizontal_wrapped(|ui| {
                        for p in 0..2 {
                            ui.label(super::widgets::partner_name(palette, &garden.partners, p));
                            ui.label(crate::t!("app-plant-fed-by", times = plant.fed_by[p]));
                        }
                    });
                    if feedings.is_empty() {
                        ui.label(
                            egui::RichText::new(crate::t!("app-plant-not-fed-yet"))
                                .color(palette.weak),
                        );
                    } else {
                        ui.label(
                            egui::RichText::new(crate::t!("app-plant-grew-lately"))
                                .small()
                                .color(palette.weak),
                        );
                    }
                    for feeding in feedings.iter().take(4) {
                        let what = ledger
                            .event(feeding.id)
                            .map_or_else(|| feeding.action.label(), |e| describe(e, ledger));
                        let seen = if feeding.acknowledged { " ♥" } else { "" };
                        ui.label(format!(
                            "• {what} – {}, {}{seen}",
                            garden.partners[feeding.by.index()],
                            days_ago(garden, garden.clock.day_of(&feeding.at))
                        ));
                        if let Some(note) = &feeding.note {
                            ui.label(
                                egui::RichText::new(format!(
                                    "   {}",
                                    crate::t!("app-quoted", text = note)
                                ))
                                .italics()
                                .small(),
                            );
                        }
                    }
                }
            });
        });
    (keep, shown.response.rect)
}
