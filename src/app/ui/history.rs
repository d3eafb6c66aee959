//! The timeline of entries, newest first, with acknowledge (for the other
//! partner's entries), take back (retract) and edit the note (amend).
//! Nothing is deleted: each of these appends an event.

use std::collections::{HashMap, HashSet};

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use crate::app::screens::Screen;
use crate::app::storage::{Command, GardenState, Journal};
use crate::app::theme::Palette;
use crate::garden::effective::retracted;
use crate::journal::{Event, EventId, Kind};

use super::Chrome;
use super::widgets::{card, chip};
use super::words::{days_ago, describe};

/// What the list needs to know about the log, rebuilt when it grows.
#[derive(Default)]
pub(super) struct Facts {
    len: usize,
    retracted: HashSet<EventId>,
    acknowledged: HashSet<EventId>,
    notes: HashMap<EventId, String>,
}

impl Facts {
    fn of(events: &[Event]) -> Facts {
        let mut facts = Facts {
            len: events.len(),
            retracted: retracted(events),
            ..Facts::default()
        };
        for e in events {
            match &e.kind {
                Kind::Acknowledge { event } if !facts.retracted.contains(&e.id) => {
                    facts.acknowledged.insert(*event);
                }
                Kind::Amend { event, note } if !facts.retracted.contains(&e.id) => {
                    facts.notes.insert(*event, note.clone());
                }
                _ => {}
            }
        }
        facts
    }
}

#[derive(Default)]
pub(super) struct ListState {
    shown: usize,
    editing: Option<(EventId, String)>,
}

#[derive(bevy::ecs::system::SystemParam)]
pub(super) struct HistoryUi<'w> {
    chrome: Chrome<'w>,
    journal: Res<'w, Journal>,
}

pub(super) fn draw(
    mut contexts: EguiContexts,
    mut ui_state: HistoryUi,
    mut out: MessageWriter<Command>,
    mut facts: Local<Facts>,
    mut list: Local<ListState>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let palette = ui_state.chrome.theme.0;
    let events = ui_state.journal.events();
    if facts.len != events.len() || (facts.len == 0 && !events.is_empty()) {
        *facts = Facts::of(events);
    }
    if list.shown == 0 {
        list.shown = 60;
    }
    let mut root = ui_state.chrome.screen(&ctx, Screen::History);
    egui::CentralPanel::default_margins().show(&mut root, |ui| {
        ui.heading("History");
        ui.label(
            egui::RichText::new(
                "Taking something back or editing a note adds an entry; nothing is ever erased.",
            )
            .small()
            .color(palette.weak),
        );
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let me = ui_state.chrome.device.acting;
                for event in events.iter().rev().take(list.shown) {
                    row(
                        ui,
                        &palette,
                        &ui_state.chrome.state,
                        events,
                        event,
                        &facts,
                        me,
                        &mut list.editing,
                        &mut out,
                    );
                }
                if events.len() > list.shown && chip(ui, &palette, false, "Show more").clicked() {
                    list.shown += 100;
                }
                if events.is_empty() {
                    ui.label("Nothing logged yet.");
                }
            });
    });
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn row(
    ui: &mut egui::Ui,
    palette: &Palette,
    state: &GardenState,
    events: &[Event],
    event: &Event,
    facts: &Facts,
    me: crate::journal::Partner,
    editing: &mut Option<(EventId, String)>,
    out: &mut MessageWriter<Command>,
) {
    let garden = &state.garden;
    let gone = facts.retracted.contains(&event.id);
    let bookkeeping = event.kind.action().is_none();
    card(palette).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.label(super::widgets::partner_name(
                palette,
                &garden.partners,
                event.by.index(),
            ));
            let day = garden.clock.day_of(&event.at);
            ui.label(
                egui::RichText::new(format!(
                    "{} · {}",
                    days_ago(garden, day),
                    event.at.format("%e %b %H:%M")
                ))
                .small()
                .color(palette.weak),
            );
            if facts.acknowledged.contains(&event.id) {
                ui.label(egui::RichText::new("♥ seen").small().color(palette.accent));
            }
        });
        let text = egui::RichText::new(describe(event, events));
        ui.label(if gone {
            text.strikethrough().color(palette.weak)
        } else {
            text
        });
        let note = facts
            .notes
            .get(&event.id)
            .map(String::as_str)
            .or(event.note.as_deref());
        if let Some(note) = note {
            ui.label(egui::RichText::new(format!("“{note}”")).italics());
        }
        if gone {
            ui.label(
                egui::RichText::new("taken back")
                    .small()
                    .color(palette.weak),
            );
            return;
        }
        if let Some((id, text)) = editing.as_mut()
            && *id == event.id
        {
            ui.add(
                egui::TextEdit::multiline(text)
                    .desired_rows(2)
                    .desired_width(f32::INFINITY),
            );
            let mut done = false;
            ui.horizontal(|ui| {
                if chip(ui, palette, true, "Save note").clicked() {
                    out.write(Command::Amend {
                        event: *id,
                        note: text.clone(),
                    });
                    done = true;
                } else if chip(ui, palette, false, "Cancel").clicked() {
                    done = true;
                }
            });
            if done {
                *editing = None;
            }
            return;
        }
        if bookkeeping && !matches!(event.kind, Kind::Retract { .. }) {
            return;
        }
        ui.horizontal_wrapped(|ui| {
            if event.by != me
                && !bookkeeping
                && !facts.acknowledged.contains(&event.id)
                && !matches!(event.kind, Kind::Acknowledge { .. })
                && chip(ui, palette, true, "I saw this ♥").clicked()
            {
                out.write(Command::Acknowledge(event.id));
            }
            if event.by == me {
                if chip(ui, palette, false, "Take back").clicked() {
                    out.write(Command::Retract(event.id));
                }
                if !bookkeeping && chip(ui, palette, false, "Edit note").clicked() {
                    *editing = Some((event.id, note.unwrap_or_default().to_owned()));
                }
            }
        });
    });
}
