//! The lock screen: a keypad for the PIN, drawn over everything on an opaque
//! page while the screens behind it do not run; and the plain cover a quick
//! hide shows when no PIN is set.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use crate::app::lock::{AppLock, PIN_DIGITS};
use crate::app::theme::{TAP, Theme};

use super::widgets::{chip, gate_page};

pub(super) fn draw(
    mut contexts: EguiContexts,
    theme: Res<Theme>,
    mut lock: ResMut<AppLock>,
    speaking: Res<crate::app::language::Speaking>,
) -> Result {
    // Every word of the screen in the app's language.
    speaking.speak(|| {
        let ctx = contexts.ctx_mut()?.clone();
        let palette = theme.0;
        gate_page(&ctx, "lock", &palette, |ui| {
            if lock.locked {
                keypad(ui, &palette, &mut lock);
            } else if chip(ui, &palette, true, &crate::t!("app-lock-tap-to-return")).clicked() {
                lock.covered = false;
            }
        });
        Ok(())
    })
}

fn keypad(ui: &mut egui::Ui, palette: &crate::app::theme::Palette, lock: &mut AppLock) {
    ui.label(crate::t!("app-lock-enter-pin"));
    let dots: String = "● ".repeat(lock.typed.len());
    let shown = ui.label(egui::RichText::new(if dots.is_empty() { " " } else { &dots }).heading());
    // Heard as a count: a screen reader would read the dots as symbols. A
    // label is heard by its value, so both are the count.
    let count = crate::t!("app-lock-typed", count = lock.typed.len());
    shown.ctx.accesskit_node_builder(shown.id, |node| {
        node.set_label(count.clone());
        node.set_value(count);
    });
    if lock.wrong_tries > 0 {
        ui.label(egui::RichText::new(crate::t!("app-lock-wrong-pin")).color(palette.problem));
    }
    ui.add_space(8.0);
    let size = egui::vec2(TAP * 1.6, TAP * 1.3);
    let rows = [
        ["1", "2", "3"],
        ["4", "5", "6"],
        ["7", "8", "9"],
        ["Delete", "0", "OK"],
    ];
    for row in rows {
        ui.horizontal(|ui| {
            let width = size.x * 3.0 + ui.spacing().item_spacing.x * 2.0;
            ui.add_space(((ui.available_width() - width) / 2.0).max(0.0));
            for key in row {
                let label = egui::RichText::new(match key {
                    "Delete" => crate::t!("app-lock-key-delete"),
                    "OK" => crate::t!("app-lock-key-ok"),
                    digit => digit.to_owned(),
                });
                let label = if key.len() == 1 {
                    label.heading()
                } else {
                    label
                };
                let button = egui::Button::new(label).fill(palette.card);
                if ui.add_sized(size, button).clicked() {
                    match key {
                        "Delete" => {
                            lock.typed.pop();
                        }
                        "OK" => {
                            let typed = std::mem::take(&mut lock.typed);
                            lock.try_unlock(&typed);
                        }
                        digit if lock.typed.len() < *PIN_DIGITS.end() => lock.typed.push_str(digit),
                        _ => {}
                    }
                }
            }
        });
    }
}
