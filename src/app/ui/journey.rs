//! The journey: every chapter with its story, words for the role of the
//! partner holding the device, goals, progress and unlocks.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use crate::app::screens::Screen;
use crate::app::storage::Chapters;

use super::Chrome;
use super::widgets::card;

#[derive(bevy::ecs::system::SystemParam)]
pub(super) struct JourneyUi<'w> {
    chrome: Chrome<'w>,
    chapters: Res<'w, Chapters>,
}

pub(super) fn draw(
    mut contexts: EguiContexts,
    mut j: JourneyUi,
    speaking: Res<crate::app::language::Speaking>,
) -> Result {
    // Every word of the screen in the app's language.
    speaking.speak(|| {
        let ctx = contexts.ctx_mut()?.clone();
        let palette = j.chrome.theme.0;
        let mut root = j.chrome.screen(&ctx, Screen::Journey);
        let journey = &j.chrome.state.journey;
        egui::CentralPanel::default_margins().show(&mut root, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    ui.heading(crate::t!("app-journey-heading"));
                    for (index, chapter) in journey.chapters.iter().enumerate() {
                        let current = index == journey.current;
                        let done = chapter.completed_on.is_some();
                        let data = j.chapters.0.iter().find(|c| c.id == chapter.id);
                        let story = data.map(|c| c.story());
                        let me = j.chrome.device.acting;
                        let hurt = j.chrome.state.ledger().couple().hurt;
                        // With both hurt (or not said), each hears both.
                        let to_me: Vec<String> = data
                            .into_iter()
                            .flat_map(|c| {
                                [
                                    c.to_hurt().filter(|_| hurt.includes(me)),
                                    c.to_caused().filter(|_| hurt.caused_by(me)),
                                ]
                            })
                            .flatten()
                            .collect();
                        card(&palette).show(ui, |ui| {
                            ui.set_width(ui.available_width());
                            let mark = if done {
                                "✔"
                            } else if current {
                                // The proportional default fonts have neither a
                                // filled circle nor arrows; this they have.
                                "▶"
                            } else {
                                "○"
                            };
                            ui.horizontal(|ui| {
                                ui.label(
                                    egui::RichText::new(format!(
                                        "{mark} {}. {}",
                                        index + 1,
                                        chapter.title
                                    ))
                                    .strong()
                                    .size(19.0 * j.chrome.device.text_scale),
                                );
                            });
                            let bar = egui::ProgressBar::new(chapter.progress.clamp(0.0, 1.0))
                                .fill(palette.accent)
                                .desired_height(10.0);
                            let progress = ui.add(bar);
                            super::widgets::named(
                                &progress,
                                crate::t!(
                                    "app-journey-progress",
                                    chapter = &chapter.title,
                                    percent = format!(
                                        "{:.0}",
                                        (chapter.progress.clamp(0.0, 1.0) * 100.0).round()
                                    )
                                ),
                            );
                            if !(current || done) {
                                return;
                            }
                            // A chapter already lived shows what it gave, so the one
                            // being lived is near the top.
                            if done && !current {
                                let names: Vec<String> = chapter
                                    .unlocks
                                    .iter()
                                    .map(|u| u.label().to_string())
                                    .collect();
                                if !names.is_empty() {
                                    ui.label(
                                        egui::RichText::new(crate::t!(
                                            "app-journey-unlocked",
                                            names = names.join(", ")
                                        ))
                                        .color(palette.accent),
                                    );
                                }
                                return;
                            }
                            if let Some(story) = story.filter(|_| current && !done) {
                                ui.label(egui::RichText::new(story).italics().color(palette.weak));
                                for words in &to_me {
                                    ui.label(
                                        egui::RichText::new(words.as_str()).color(palette.text),
                                    );
                                }
                            }
                            ui.label(
                                egui::RichText::new(crate::t!(
                                    "app-journey-days",
                                    day = chapter.days_in,
                                    min_days = chapter.min_days
                                ))
                                .small()
                                .color(palette.weak),
                            );
                            if current && !done {
                                let trust = (j.chrome.state.garden.trust * 100.0).round();
                                let needed = (chapter.min_trust * 100.0).round();
                                let line = if chapter.trust_met {
                                    crate::t!(
                                        "app-journey-trust-met",
                                        needed = format!("{needed:.0}")
                                    )
                                } else {
                                    crate::t!(
                                        "app-journey-trust-waits",
                                        needed = format!("{needed:.0}"),
                                        trust = format!("{trust:.0}")
                                    )
                                };
                                ui.label(egui::RichText::new(line).small().color(palette.weak));
                            }
                            for goal in &chapter.goals {
                                let tick = if goal.is_met() {
                                    "✔"
                                } else if goal.optional {
                                    "◦"
                                } else {
                                    "·"
                                };
                                ui.label(format!(
                                    "{tick} {}  ({}/{})",
                                    goal.description,
                                    goal.done.min(goal.needed),
                                    goal.needed
                                ));
                            }
                            if !chapter.unlocks.is_empty() {
                                let names: Vec<String> = chapter
                                    .unlocks
                                    .iter()
                                    .map(|u| u.label().to_string())
                                    .collect();
                                let key = if done {
                                    "app-journey-unlocked"
                                } else {
                                    "app-journey-unlocks"
                                };
                                ui.label(
                                    egui::RichText::new(crate::t!(key, names = names.join(", ")))
                                        .color(palette.accent),
                                );
                            }
                        });
                    }
                    if journey.chapters.is_empty() {
                        ui.label(crate::t!("app-journey-none"));
                    }
                });
        });
        Ok(())
    })
}
