//! Stats: trust over time, actions per partner per week, a calendar heatmap
//! and the shared streak.

use std::collections::HashMap;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};
use chrono::{Datelike, Duration, NaiveDate};
use egui_plot::{Bar, BarChart, Line, Plot};

use crate::app::screens::Screen;
use crate::app::storage::GardenState;
use crate::app::theme::Palette;
use crate::garden::Garden;

use super::Chrome;
use super::widgets::small_print;
use super::widgets::{card, partner_name, pictured};

/// Figures derived from the log, rebuilt only when it changes.
#[derive(Default)]
pub(super) struct Figures {
    /// What the words were made for: the log, the day and the language.
    key: Option<(u64, NaiveDate, crate::i18n::Lang)>,
    trust: Vec<[f64; 2]>,
    weekly: Vec<[u32; 2]>,
    /// What each partner did in the last four weeks.
    lately: [u32; 2],
    /// How many of the other's entries each acknowledged in those weeks.
    noticed_lately: [u32; 2],
    per_day: HashMap<NaiveDate, u32>,
    /// The charts in words, for screen readers.
    trust_words: String,
    weekly_words: String,
}

impl Figures {
    fn of(state: &GardenState, now: chrono::DateTime<chrono::Utc>) -> Figures {
        let garden = &state.garden;
        let series = state.series(now);
        let first = series.first().map_or(garden.today, |p| p.day);
        let weeks = ((garden.today - first).num_days() / 7 + 1).clamp(1, 100_000) as usize;
        let mut weekly = vec![[0u32; 2]; weeks];
        let mut weekly_noticed = vec![[0u32; 2]; weeks];
        let mut per_day: HashMap<NaiveDate, u32> = HashMap::new();
        let mut trust = Vec::with_capacity(series.len());
        for point in &series {
            let offset = (point.day - first).num_days().max(0);
            if let Some(slot) = weekly.get_mut(offset as usize / 7) {
                slot[0] += point.actions[0];
                slot[1] += point.actions[1];
            }
            if let Some(slot) = weekly_noticed.get_mut(offset as usize / 7) {
                slot[0] += point.noticed[0];
                slot[1] += point.noticed[1];
            }
            per_day.insert(point.day, point.actions[0] + point.actions[1]);
            trust.push([offset as f64, f64::from(point.trust) * 100.0]);
        }
        let trust_words = match (trust.first(), trust.last()) {
            (Some(first), Some(last)) => {
                let high = trust.iter().map(|p| p[1]).fold(0.0, f64::max);
                crate::t!(
                    "app-stats-trust-words",
                    first = format!("{:.0}", first[1]),
                    last = format!("{:.0}", last[1]),
                    days = trust.len(),
                    high = format!("{high:.0}")
                )
            }
            _ => crate::t!("app-stats-nothing-yet"),
        };
        let this_week = weekly.last().copied().unwrap_or_default();
        let last_four_weeks = |weeks: &[[u32; 2]]| {
            weeks
                .iter()
                .rev()
                .take(4)
                .fold([0, 0], |sum, w| [sum[0] + w[0], sum[1] + w[1]])
        };
        let lately = last_four_weeks(&weekly);
        let noticed_lately = last_four_weeks(&weekly_noticed);
        let recent: Vec<[u32; 2]> = weekly.iter().rev().take(26).copied().collect();
        let all = |p: usize| recent.iter().map(|w| w[p]).sum::<u32>();
        let weekly_words = crate::t!(
            "app-stats-weekly-words",
            week_first = this_week[0],
            first = &garden.partners[0],
            week_second = this_week[1],
            second = &garden.partners[1],
            weeks = recent.len(),
            all_first = all(0),
            all_second = all(1)
        );
        Figures {
            key: Some((state.revision, garden.today, crate::i18n::current())),
            trust,
            weekly,
            lately,
            noticed_lately,
            per_day,
            trust_words,
            weekly_words,
        }
    }
}

#[derive(bevy::ecs::system::SystemParam)]
pub(super) struct StatsUi<'w> {
    chrome: Chrome<'w>,
    clock: Res<'w, crate::app::AppClock>,
}

pub(super) fn draw(
    mut contexts: EguiContexts,
    mut s: StatsUi,
    mut figures: Local<Figures>,
    speaking: Res<crate::app::language::Speaking>,
) -> Result {
    // Every word of the screen in the app's language.
    speaking.speak(|| {
        let ctx = contexts.ctx_mut()?.clone();
        let palette = s.chrome.theme.0;
        let garden = &s.chrome.state.garden;
        if figures.key
            != Some((
                s.chrome.state.revision,
                garden.today,
                crate::i18n::current(),
            ))
        {
            *figures = Figures::of(&s.chrome.state, s.clock.now());
        }
        let mut root = s.chrome.screen(&ctx, Screen::Stats);
        let garden = &s.chrome.state.garden;
        egui::CentralPanel::default_margins().show(&mut root, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.heading(crate::t!("app-stats-heading"));
                    together_card(ui, &palette, garden, &figures);
                    card(&palette).show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(egui::RichText::new(crate::t!("app-stats-trust")).strong());
                        // Above the chart, not along its side: a turned label
                        // there is drawn over the tick numbers.
                        small_print(ui, &palette, &crate::t!("app-stats-axis-percent"));
                        let chart = Plot::new("trust")
                            .height(150.0)
                            .include_y(0.0)
                            .include_y(100.0)
                            .allow_drag(false)
                            .allow_zoom(false)
                            .allow_scroll(false)
                            .x_axis_label(crate::t!("app-stats-axis-days"))
                            .show(ui, |plot| {
                                plot.line(
                                    Line::new(
                                        crate::t!("app-stats-trust-line"),
                                        figures.trust.clone(),
                                    )
                                    .color(palette.accent)
                                    .width(2.5)
                                    .fill(0.0)
                                    .fill_alpha(0.25),
                                );
                            });
                        swipes_scroll(ui, &chart.response);
                        pictured(&chart.response, &crate::t!("app-stats-trust-chart"), || {
                            figures.trust_words.clone()
                        });
                    });
                    card(&palette).show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(egui::RichText::new(crate::t!("app-stats-weekly")).strong());
                        let shown = figures.weekly.len().saturating_sub(26);
                        // One partner's part is solid, the other's hollow: told
                        // apart in greyscale and by colour-blind eyes too.
                        let bars = |p: usize| -> Vec<Bar> {
                            figures.weekly[shown..]
                                .iter()
                                .enumerate()
                                .map(|(i, w)| {
                                    Bar::new(i as f64, f64::from(w[p]))
                                        .width(0.8)
                                        .fill(partner_fill(&palette, p))
                                        .stroke(egui::Stroke::new(2.0, palette.partner[p]))
                                })
                                .collect()
                        };
                        let a = BarChart::new(garden.partners[0].clone(), bars(0))
                            .color(palette.partner[0]);
                        let b = BarChart::new(garden.partners[1].clone(), bars(1))
                            .color(palette.partner[1])
                            .stack_on(&[&a]);
                        // A plain key, not the plot's legend: its hide-a-series
                        // toggles are 20 pt tall, too small for a thumb.
                        ui.horizontal_wrapped(|ui| {
                            for p in 0..2 {
                                swatch(ui, &palette, p);
                                ui.label(partner_name(&palette, &garden.partners, p));
                                ui.add_space(8.0);
                            }
                        });
                        small_print(ui, &palette, &crate::t!("app-stats-axis-things"));
                        let chart = Plot::new("weekly")
                            .height(140.0)
                            .x_axis_label(crate::t!("app-stats-axis-weeks"))
                            .allow_drag(false)
                            .allow_zoom(false)
                            .allow_scroll(false)
                            .include_y(0.0)
                            .show(ui, |plot| {
                                plot.bar_chart(a);
                                plot.bar_chart(b);
                            });
                        swipes_scroll(ui, &chart.response);
                        pictured(
                            &chart.response,
                            &crate::t!("app-stats-weekly-chart"),
                            || figures.weekly_words.clone(),
                        );
                    });
                    card(&palette).show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(egui::RichText::new(crate::t!("app-stats-days")).strong());
                        heatmap(ui, &palette, garden.today, &figures.per_day);
                        heat_key(ui, &palette);
                    });
                });
        });
        Ok(())
    })
}

/// What the couple did together comes first; who did what is there below
/// for those who look, as counts rather than shares of a whole.
fn together_card(ui: &mut egui::Ui, palette: &Palette, garden: &Garden, figures: &Figures) {
    card(palette).show(ui, |ui| {
        ui.set_width(ui.available_width());
        // Three equal columns, each wrapping its own words: a row of
        // columns sized by their words ran past the card's edge.
        let figures_shown = [
            (garden.streak.days, "app-stats-streak"),
            (garden.streak.best, "app-stats-best-run"),
            (figures.lately[0] + figures.lately[1], "app-stats-together"),
        ];
        ui.columns(3, |columns| {
            for (column, (value, label)) in columns.iter_mut().zip(figures_shown) {
                // Left-aligned: a column's own layout would spread the words
                // of a wrapped line across its width.
                column.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                    ui.label(
                        egui::RichText::new(value.to_string())
                            .size(28.0)
                            .strong()
                            .color(palette.accent),
                    );
                    small_print(ui, palette, &crate::t!(label, count = value));
                });
            }
        });
        // Rest is part of it: said once, never counted down.
        small_print(ui, palette, &crate::t!("app-stats-rest"));
        ui.separator();
        ui.label(egui::RichText::new(crate::t!("app-stats-each")).strong());
        for p in 0..2 {
            // Acknowledging is a response, not effort: said on its own.
            // One label, the name in its colour: its words wrap under the
            // name rather than start a tall new row of their own.
            let font = egui::TextStyle::Body.resolve(ui.style());
            let mut said = egui::text::LayoutJob::default();
            said.append(
                &garden.partners[p],
                0.0,
                egui::TextFormat::simple(font.clone(), palette.partner[p]),
            );
            said.append(
                &crate::t!(
                    "app-stats-lately",
                    count = figures.lately[p],
                    noticed = figures.noticed_lately[p],
                    name = &garden.partners[1 - p]
                ),
                6.0,
                egui::TextFormat::simple(font, palette.text),
            );
            ui.horizontal_top(|ui| {
                swatch(ui, palette, p);
                ui.add(egui::Label::new(said).wrap());
            });
        }
    });
}

/// A partner's mark in the weekly chart: solid for the first, hollow for
/// the second.
fn swatch(ui: &mut egui::Ui, palette: &Palette, partner: usize) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
    let painter = ui.painter();
    painter.rect_filled(rect, 2.0, partner_fill(palette, partner));
    painter.rect_stroke(
        rect.shrink(1.0),
        2.0,
        egui::Stroke::new(2.0, palette.partner[partner]),
        egui::StrokeKind::Inside,
    );
}

/// A swipe that starts on a chart scrolls the page, as it would anywhere
/// else: the charts neither pan nor zoom, so the drag has nothing else to do.
fn swipes_scroll(ui: &mut egui::Ui, chart: &egui::Response) {
    if chart.dragged() {
        let delta = ui.input(|i| i.pointer.delta());
        // At once: an animated scroll restarts each frame and lags the finger.
        ui.scroll_with_delta_animation(
            egui::vec2(0.0, delta.y),
            egui::style::ScrollAnimation::none(),
        );
    }
}

/// The last weeks as a grid of days (columns are weeks, Monday on top),
/// darker where more was done.
fn heatmap(
    ui: &mut egui::Ui,
    palette: &Palette,
    today: NaiveDate,
    per_day: &HashMap<NaiveDate, u32>,
) {
    let cell = 13.0;
    let gap = 3.0;
    let weeks = (((ui.available_width() + gap) / (cell + gap)) as i64).clamp(4, 53);
    let last_monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
    let first = last_monday - Duration::weeks(weeks - 1);
    let size = egui::vec2(weeks as f32 * (cell + gap), 7.0 * (cell + gap));
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    pictured(&response, &crate::t!("app-stats-calendar"), || {
        // Only the days since the garden was planted count.
        let (days, active) = (0..weeks * 7)
            .map(|d| first + Duration::days(d))
            .filter(|day| *day <= today)
            .filter_map(|day| per_day.get(&day))
            .fold((0, 0), |(days, active), n| {
                (days + 1, active + u32::from(*n > 0))
            });
        crate::t!("app-stats-calendar-words", active = active, days = days)
    });
    let painter = ui.painter_at(rect);
    let max = per_day.values().copied().max().unwrap_or(1).max(1) as f32;
    for w in 0..weeks {
        for d in 0..7 {
            let day = first + Duration::days(w * 7 + d);
            if day > today {
                continue;
            }
            let count = per_day.get(&day).copied().unwrap_or(0) as f32;
            // An empty day is only a faint square; every day with something
            // done is a shade that stands out from the card (3:1 or more).
            let color = if count == 0.0 {
                quiet_day(palette)
            } else {
                let level = ((count / max).sqrt() * palette.heat.len() as f32).ceil() as usize;
                palette.heat[level.clamp(1, palette.heat.len()) - 1]
            };
            let min = rect.min + egui::vec2(w as f32 * (cell + gap), d as f32 * (cell + gap));
            painter.rect_filled(
                egui::Rect::from_min_size(min, egui::vec2(cell, cell)),
                3.0,
                color,
            );
        }
    }
}

/// What the shades mean: from a quiet day to the fullest.
fn heat_key(ui: &mut egui::Ui, palette: &Palette) {
    ui.horizontal_wrapped(|ui| {
        small_print(ui, palette, &crate::t!("app-stats-heat-fewer"));
        for color in std::iter::once(quiet_day(palette)).chain(palette.heat) {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(13.0, 13.0), egui::Sense::hover());
            ui.painter().rect_filled(rect, 3.0, color);
        }
        small_print(ui, palette, &crate::t!("app-stats-heat-more"));
    });
    small_print(ui, palette, &crate::t!("app-stats-heat-how"));
}

/// An empty day in the calendar: only a faint square.
fn quiet_day(palette: &Palette) -> egui::Color32 {
    palette.weak.gamma_multiply(0.18)
}

/// A partner's fill in the weekly bars and their key: solid for the first,
/// hollow (a faint fill inside the outline) for the second.
fn partner_fill(palette: &Palette, partner: usize) -> egui::Color32 {
    let color = palette.partner[partner];
    if partner == 0 {
        color
    } else {
        color.gamma_multiply(0.2)
    }
}
