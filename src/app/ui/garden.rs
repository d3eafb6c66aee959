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
    chapters: Res<'w, crate::app::storage::Chapters>,
    hits: Res<'w, crate::app::HitAreas>,
    view: Res<'w, crate::app::GardenView>,
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
            (&ui_state.state, &ui_state.chapters),
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
    // One card at a time: today's stays away while a plant's is open.
    if ui_state.lapse.day.is_none() && ui_state.selected.0.is_none() {
        let weather = weather_lines(&ui_state.state.garden, ui_state.state.ledger());
        let hint = !ui_state.device.opened_a_plant;
        covered.extend(today_card(
            ctx,
            palette,
            open,
            &ui_state.suggestion.0,
            &weather,
            hint,
        ));
    }
    if let Some(species) = ui_state.selected.0 {
        if !ui_state.device.opened_a_plant {
            ui_state.device.opened_a_plant = true;
        }
        let state = &ui_state.state;
        if explained.key != Some((species, state.revision)) {
            explained.key = Some((species, state.revision));
            explained.feedings = state.explain(species, ui_state.clock.now());
        }
        let place = card_place(open, plant_on_screen(ctx, ui_state, species));
        let (keep, card) = plant_card(
            ctx,
            palette,
            place,
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

/// Today's suggestion over the sky, with what the weather asks, and until
/// a plant has been opened here, that plants can be; returns where it is.
fn today_card(
    ctx: &egui::Context,
    palette: &Palette,
    open: egui::Rect,
    suggestion: &str,
    weather: &[String],
    tap_hint: bool,
) -> Option<egui::Rect> {
    if suggestion.is_empty() && weather.is_empty() && !tap_hint {
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
                if tap_hint {
                    super::widgets::small_print(ui, palette, &crate::t!("app-plant-tap-hint"));
                }
            });
        });
    Some(shown.response.rect)
}

/// Where `species` is drawn on the screen, in egui points; `None` for the
/// ground itself (soil, roots), which has no one place.
fn plant_on_screen(
    ctx: &egui::Context,
    ui_state: &GardenUi,
    species: Species,
) -> Option<egui::Rect> {
    if matches!(species, Species::Soil | Species::Roots) {
        return None;
    }
    let window = ctx.content_rect().size();
    let window = bevy::math::Vec2::new(window.x, window.y);
    let view = ui_state.view.shown;
    ui_state
        .hits
        .0
        .iter()
        .filter(|(hit, _)| *hit == species)
        .map(|(_, area)| {
            // World y grows upwards, the screen's downwards.
            let a = view.world_to_screen(area.min, window);
            let b = view.world_to_screen(area.max, window);
            egui::Rect::from_two_pos(egui::pos2(a.x, a.y), egui::pos2(b.x, b.y))
        })
        .reduce(|a, b| a.union(b))
}

/// Where a plant's card goes: on the side of the plant with more open
/// ground, so the card leaves what it describes in sight; when neither side
/// has room to read a card (a tall tree on a short screen), it takes that
/// room and covers the plant's edge rather than shrink to a sliver that
/// scrolls. At the bottom of the ground when the plant is out of view.
#[derive(Clone, Copy, Debug, PartialEq)]
struct CardPlace {
    open: egui::Rect,
    /// The card's bottom edge (growing upwards) or top edge (downwards).
    edge: f32,
    upwards: bool,
}

/// The height a card needs to show its title, story and first lines.
const CARD_ROOM: f32 = 240.0;
/// Between the card and the plant, and the card and the ground's edge.
const CARD_GAP: f32 = 8.0;

fn card_place(open: egui::Rect, plant: Option<egui::Rect>) -> CardPlace {
    let bottom = CardPlace {
        open,
        edge: open.bottom() - CARD_GAP,
        upwards: true,
    };
    let Some(plant) = plant.map(|p| p.intersect(open)).filter(|p| p.is_positive()) else {
        return bottom;
    };
    let need = CARD_ROOM.min(open.height() - 2.0 * CARD_GAP);
    let above = plant.top() - CARD_GAP - open.top();
    let below = open.bottom() - CARD_GAP - plant.bottom();
    if above >= below {
        CardPlace {
            edge: (plant.top() - CARD_GAP).max(open.top() + need),
            ..bottom
        }
    } else {
        CardPlace {
            edge: (plant.bottom() + CARD_GAP).min(open.bottom() - need),
            upwards: false,
            ..bottom
        }
    }
}

/// The card of what grew a plant; returns false once closed, and where it is.
fn plant_card(
    ctx: &egui::Context,
    palette: &Palette,
    place: CardPlace,
    species: crate::garden::Species,
    garden: &Garden,
    ledger: &Ledger,
    feedings: &[Feeding],
) -> (bool, egui::Rect) {
    let mut keep = true;
    let open = place.open;
    let (title, story) = species_story(species);
    let (anchor, y) = if place.upwards {
        (
            egui::Align2::CENTER_BOTTOM,
            place.edge - ctx.content_rect().bottom(),
        )
    } else {
        (
            egui::Align2::CENTER_TOP,
            place.edge - ctx.content_rect().top(),
        )
    };
    let room = if place.upwards {
        place.edge - open.top()
    } else {
        open.bottom() - place.edge
    };
    let shown = egui::Area::new("plant_card".into())
        .anchor(anchor, egui::vec2(0.0, y))
        .movable(false)
        .order(egui::Order::Foreground)
        .show(ctx, |ui| {
            ui.set_max_width(open.width() - 24.0);
            // Opaque: nothing behind shows through its words.
            card(palette).fill(palette.panel).show(ui, |ui| {
                ui.set_width(open.width() - 52.0);
                egui::ScrollArea::vertical()
                    .max_height((room - 30.0).max(120.0))
                    .show(ui, |ui| {
                        ui.horizontal(|ui| {
                            let close = crate::t!("app-plant-close");
                            let close_width = super::widgets::pill_width(ui, &close);
                            ui.allocate_ui(
                                egui::vec2(ui.available_width() - close_width - 8.0, 0.0),
                                |ui| {
                                    ui.add(
                                        egui::Label::new(egui::RichText::new(title).heading())
                                            .wrap(),
                                    )
                                },
                            );
                            ui.with_layout(
                                egui::Layout::right_to_left(egui::Align::Center),
                                |ui| {
                                    if chip(ui, palette, false, &close).clicked() {
                                        keep = false;
                                    }
                                },
                            );
                        });
                        ui.label(egui::RichText::new(story).color(palette.weak));
                        if let Some(plant) = garden.plants.get(&species) {
                            ui.label(growth_in_words(plant));
                            if let Some(care) = cared_for(plant, &garden.partners) {
                                ui.label(care);
                            }
                            grew_lately(ui, palette, garden, ledger, feedings);
                        }
                    });
            });
        });
    (keep, shown.response.rect)
}

/// Where a plant is, in words: its stage, whether it is close to the next,
/// and a wilt said as what it is (a setback that heals).
fn growth_in_words(plant: &crate::garden::Plant) -> String {
    let stage = format!("{:?}", plant.stage);
    let mut words = crate::t!("app-plant-stage", stage = stage.as_str());
    if let Some(next) = plant.close_to() {
        words.push(' ');
        words.push_str(&crate::t!("app-plant-close-to", next = format!("{next:?}")));
    }
    if plant.drooping() {
        words.push(' ');
        words.push_str(&crate::t!("app-plant-wilted"));
    }
    words
}

/// Who has cared for the plant, as something done together where it was;
/// `None` before anyone has.
fn cared_for(plant: &crate::garden::Plant, names: &[String; 2]) -> Option<String> {
    let [a, b] = plant.fed_by;
    match (a, b) {
        (0, 0) => None,
        (0, times) | (times, 0) => {
            let name = if a > 0 { &names[0] } else { &names[1] };
            Some(crate::t!(
                "app-plant-cared-by-one",
                name = name.as_str(),
                times = times
            ))
        }
        (a, b) => Some(crate::t!("app-plant-cared-by-both", times = a + b)),
    }
}

/// What fed the plant, newest first.
fn grew_lately(
    ui: &mut egui::Ui,
    palette: &Palette,
    garden: &Garden,
    ledger: &Ledger,
    feedings: &[Feeding],
) {
    if feedings.is_empty() {
        ui.label(egui::RichText::new(crate::t!("app-plant-not-fed-yet")).color(palette.weak));
        return;
    }
    super::widgets::small_print(ui, palette, &crate::t!("app-plant-grew-lately"));
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
                egui::RichText::new(format!("   {}", crate::t!("app-quoted", text = note)))
                    .italics()
                    .small(),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rect(top: f32, bottom: f32) -> egui::Rect {
        egui::Rect::from_min_max(egui::pos2(0.0, top), egui::pos2(390.0, bottom))
    }

    #[test]
    fn a_card_goes_where_the_plant_leaves_the_most_ground() {
        let open = rect(180.0, 740.0);
        // Flowers low on the screen: the card above them, clear of them.
        let low = card_place(open, Some(rect(560.0, 640.0)));
        assert!(low.upwards);
        assert_eq!(low.edge, 552.0);
        // A plant high up: the card below it.
        let high = card_place(open, Some(rect(200.0, 300.0)));
        assert!(!high.upwards);
        assert_eq!(high.edge, 308.0);
    }

    #[test]
    fn a_card_with_no_room_on_either_side_covers_the_plant_edge_not_its_words() {
        // A tree filling most of a short garden: 142 points above, 72 below.
        let open = rect(180.0, 590.0);
        let tree = card_place(open, Some(rect(330.0, 510.0)));
        assert!(tree.upwards);
        assert_eq!(tree.edge, 180.0 + CARD_ROOM, "room to read, over the crown");
        // Out of view: at the bottom of the ground.
        let gone = card_place(open, Some(rect(900.0, 950.0)));
        assert_eq!(gone.edge, 590.0 - CARD_GAP);
        assert!(gone.upwards);
    }
}
