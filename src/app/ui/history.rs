//! The timeline of entries, newest first, with acknowledge (for the other
//! partner's entries), take back (retract) and edit the note (amend).
//! Nothing is deleted: each of these appends an event.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use crate::app::screens::Screen;
use crate::app::storage::{Command, GardenState};
use crate::app::theme::Palette;
use crate::garden::Ledger;
use crate::garden::ledger::Entry;
use crate::journal::{EventId, Kind, Partner};

use super::Chrome;
use super::widgets::{card, chip};
use super::words::{days_ago, describe};

#[derive(Default)]
pub(super) struct ListState {
    shown: usize,
    editing: Option<(EventId, String)>,
    /// The entry whose note is about to be erased, waiting for a second tap.
    erasing: Option<EventId>,
}

pub(super) fn draw(
    mut contexts: EguiContexts,
    mut chrome: Chrome,
    mut out: MessageWriter<Command>,
    mut list: Local<ListState>,
    mut order: Local<(Option<u64>, Vec<EventId>)>,
    speaking: Res<crate::app::language::Speaking>,
) -> Result {
    // Every word of the screen in the app's language.
    speaking.speak(|| {
        let ctx = contexts.ctx_mut()?.clone();
        let palette = chrome.theme.0;
        if list.shown == 0 {
            list.shown = 60;
        }
        let mut root = chrome.screen(&ctx, Screen::History);
        let state: &GardenState = &chrome.state;
        let ledger = state.ledger();
        if order.0 != Some(state.revision) {
            *order = (Some(state.revision), state.history_order());
        }
        let total = order.1.len();
        let entries: Vec<Entry> = order
            .1
            .iter()
            .rev()
            .take(list.shown)
            .filter_map(|id| state.entry(*id))
            .collect();
        egui::CentralPanel::default_margins().show(&mut root, |ui| {
            ui.heading(crate::t!("app-history-heading"));
            ui.label(
                egui::RichText::new(crate::t!("app-history-about"))
                    .small()
                    .color(palette.weak),
            );
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    let me = chrome.device.acting;
                    for entry in &entries {
                        row(ui, &palette, state, ledger, entry, me, &mut list, &mut out);
                    }
                    if total > list.shown
                        && chip(ui, &palette, false, &crate::t!("app-history-show-more")).clicked()
                    {
                        list.shown += 100;
                    }
                    if entries.is_empty() {
                        ui.label(crate::t!("app-history-empty"));
                    }
                });
        });
        Ok(())
    })
}

#[allow(clippy::too_many_arguments)]
fn row(
    ui: &mut egui::Ui,
    palette: &Palette,
    state: &GardenState,
    ledger: &Ledger,
    entry: &Entry<'_>,
    me: Partner,
    list: &mut ListState,
    out: &mut MessageWriter<Command>,
) {
    let editing = &mut list.editing;
    let garden = &state.garden;
    let event = entry.event;
    let gone = entry.retracted;
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
                egui::RichText::new(crate::t!(
                    "app-history-when",
                    ago = days_ago(garden, day),
                    date = crate::i18n::date_short(event.at.date_naive()),
                    time = event.at.format("%H:%M").to_string()
                ))
                .small()
                .color(palette.weak),
            );
            if !entry.acks.is_empty() {
                ui.label(
                    egui::RichText::new(crate::t!("app-history-seen"))
                        .small()
                        .color(palette.accent),
                );
            }
        });
        let said = describe(event, ledger);
        // Heard after each button's name: which entry it acts on.
        let what = || {
            crate::t!(
                "app-history-entry-about",
                what = said.as_str(),
                name = &garden.partners[event.by.index()],
                ago = days_ago(garden, garden.clock.day_of(&event.at))
            )
        };
        let act = |ui: &mut egui::Ui, primary: bool, label: &str| {
            let response = chip(ui, palette, primary, label);
            super::widgets::about(&response, what);
            response.clicked()
        };
        let text = egui::RichText::new(said.as_str());
        ui.label(if gone {
            text.strikethrough().color(palette.weak)
        } else {
            text
        });
        if let Some(note) = entry.note {
            ui.label(egui::RichText::new(crate::t!("app-quoted", text = note)).italics());
        }
        if let Some(late) = crate::garden::words::late(entry.late_days) {
            ui.label(egui::RichText::new(late).small().color(palette.weak));
        }
        if let Some(seen) = &entry.seen {
            // "you" or the partner's name: the sentence agrees with it.
            let you = if seen.ack.by == me { "yes" } else { "no" };
            let who = &garden.partners[seen.ack.by.index()];
            if seen.edited_after {
                let then = seen.note.map_or_else(
                    || crate::t!("app-history-no-note"),
                    |n| crate::t!("app-quoted", text = n),
                );
                ui.label(
                    egui::RichText::new(crate::t!(
                        "app-history-edited-after-seen",
                        who = who,
                        you = you,
                        then = then
                    ))
                    .small()
                    .color(palette.problem),
                );
            }
            if seen.taken_back_after {
                ui.label(
                    egui::RichText::new(crate::t!(
                        "app-history-taken-back-after-seen",
                        who = who,
                        you = you
                    ))
                    .small()
                    .color(palette.problem),
                );
            }
        }
        if gone {
            ui.label(
                egui::RichText::new(crate::t!("app-history-taken-back"))
                    .small()
                    .color(palette.weak),
            );
            return;
        }
        if let Some((id, text)) = editing.as_mut()
            && *id == event.id
        {
            let field = ui.add(
                egui::TextEdit::multiline(text)
                    .desired_rows(2)
                    .desired_width(f32::INFINITY),
            );
            super::widgets::named(&field, crate::t!("app-history-note"));
            let mut done = false;
            ui.horizontal(|ui| {
                if chip(ui, palette, true, &crate::t!("app-history-save-note")).clicked() {
                    out.write(Command::amend(*id, text.clone()));
                    done = true;
                } else if chip(ui, palette, false, &crate::t!("app-cancel")).clicked() {
                    done = true;
                }
            });
            if done {
                *editing = None;
            }
            return;
        }
        let roles = matches!(event.kind, Kind::Roles { .. });
        if bookkeeping && !roles && !matches!(event.kind, Kind::Pause { .. }) {
            return;
        }
        super::widgets::wrapping(ui, |ui| {
            let seen_by_me = entry.acks.iter().any(|a| a.by == me);
            // A change of who was hurt takes effect once the other agrees.
            let answer = if roles {
                crate::t!("app-history-agree")
            } else {
                crate::t!("app-history-saw-this")
            };
            if event.by != me && (!bookkeeping || roles) && !seen_by_me && act(ui, true, &answer) {
                out.write(Command::acknowledge(event.id));
            }
            if event.by == me {
                if act(ui, false, &crate::t!("app-history-take-back")) {
                    out.write(Command::retract(event.id));
                }
                if !roles && act(ui, false, &crate::t!("app-history-edit-note")) {
                    *editing = Some((event.id, entry.note.unwrap_or_default().to_owned()));
                }
                if entry.note.is_some() && act(ui, false, &crate::t!("app-history-erase-note")) {
                    list.erasing = Some(event.id);
                }
            }
        });
        if list.erasing == Some(event.id) {
            ui.label(
                egui::RichText::new(crate::t!("app-history-erase-confirm")).color(palette.problem),
            );
            ui.horizontal(|ui| {
                if chip(ui, palette, true, &crate::t!("app-history-erase-for-good")).clicked() {
                    for target in with_words(ledger, event, me) {
                        out.write(Command::erase(target));
                    }
                    list.erasing = None;
                } else if chip(ui, palette, false, &crate::t!("app-history-keep-note")).clicked() {
                    list.erasing = None;
                }
            });
        }
    });
}

/// The entry and its author's amendments that still hold words.
fn with_words(ledger: &Ledger, event: &crate::journal::Event, me: Partner) -> Vec<EventId> {
    std::iter::once(event)
        .chain(
            ledger
                .replies_to(event.id)
                .filter(|r| matches!(r.kind, Kind::Amend { .. })),
        )
        .filter(|e| e.by == me && e.has_words())
        .map(|e| e.id)
        .collect()
}
