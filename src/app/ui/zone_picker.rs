//! A time zone found by a few typed letters ("berl" finds Europe/Berlin):
//! the welcome and Settings share it. The list is the core's
//! `garden::zones::search`, best match first, each match one large row with
//! the time there now ("Europe/Berlin · 13:05"), so a couple knows theirs by
//! the clock on the wall.

use bevy_egui::egui;
use chrono::{DateTime, Utc};

use crate::app::theme::{Palette, TAP};
use crate::garden::zones;

use super::widgets::{choice, named};

/// How many matches are listed at once; more letters narrow the rest.
const SHOWN: usize = 8;

/// A zone's name as people read it: "America/New York".
pub fn readable(zone: &str) -> String {
    zone.replace('_', " ")
}

/// A zone's row in the list: its name and the time there.
pub fn row(zone: &str, now: DateTime<Utc>) -> String {
    match zones::time_there(zone, now) {
        Some(time) => crate::t!(
            "app-zone-row",
            zone = readable(zone),
            time = time.format("%H:%M").to_string()
        ),
        None => readable(zone),
    }
}

/// What was typed to find a zone.
#[derive(Default)]
pub(super) struct ZoneSearch {
    query: String,
}

impl ZoneSearch {
    /// The chosen zone, a search field and the best matches as rows;
    /// returns the zone tapped this frame.
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        palette: &Palette,
        chosen: &str,
        now: DateTime<Utc>,
    ) -> Option<String> {
        ui.label(
            egui::RichText::new(crate::t!("app-zone-chosen", zone = readable(chosen))).strong(),
        );
        let hint = crate::t!("app-zone-search-hint");
        let field = ui.add(
            egui::TextEdit::singleline(&mut self.query)
                .hint_text(&hint)
                .desired_width(f32::INFINITY)
                .min_size(egui::vec2(0.0, TAP)),
        );
        named(&field, crate::t!("app-zone-search"));
        let typed = self.query.trim();
        if typed.is_empty() {
            return None;
        }
        let found = zones::search(typed);
        if found.is_empty() {
            ui.label(
                egui::RichText::new(crate::t!("app-zone-none", typed = typed))
                    .small()
                    .color(palette.weak),
            );
            return None;
        }
        let mut picked = None;
        ui.with_layout(egui::Layout::top_down_justified(egui::Align::Min), |ui| {
            ui.spacing_mut().item_spacing.y = 6.0;
            for zone in found.iter().take(SHOWN) {
                if choice(ui, palette, *zone == chosen, &row(zone, now)).clicked() {
                    picked = Some((*zone).to_owned());
                }
            }
        });
        if found.len() > SHOWN {
            ui.label(
                egui::RichText::new(crate::t!("app-zone-more", count = found.len() - SHOWN))
                    .small()
                    .color(palette.weak),
            );
        }
        if picked.is_some() {
            // The list folds away; the choice shows above the field.
            self.query.clear();
        }
        picked
    }
}
