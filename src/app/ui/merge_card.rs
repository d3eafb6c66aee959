//! Settings' card for merging a partner's save: the system's file dialog
//! where there is one, the copies of this garden found on the device with
//! one tap each, and a typed path tucked away for whoever needs it.

use std::path::Path;

use bevy::prelude::*;
use bevy_egui::egui;

use crate::app::file_dialogs::{
    AskForFile, DialogOpen, HAS_FILE_DIALOG, IN_BROWSER, LookAgain, MergeChoices, Purpose,
    SendOurGarden,
};
use crate::app::storage::Command;
use crate::app::theme::{Palette, TAP};
use crate::garden::Garden;
use crate::journal::FoundSave;

use super::widgets::{about, card, chip, choice, named, small_print, wrapping};
use super::words::days_ago;

/// The path typed by whoever prefers it, behind its toggle.
#[derive(Default)]
pub(super) struct TypedPath {
    text: String,
    open: bool,
}

/// The system's file dialogs and the copies found, for Settings' cards.
#[derive(bevy::ecs::system::SystemParam)]
pub(super) struct Dialogs<'w> {
    choices: Res<'w, MergeChoices>,
    dialog_open: Res<'w, DialogOpen>,
    choose: MessageWriter<'w, AskForFile>,
    look_again: MessageWriter<'w, LookAgain>,
    send: MessageWriter<'w, SendOurGarden>,
}

impl Dialogs<'_> {
    /// Whether a system file dialog can be opened now: the platform has
    /// them, and none is open.
    pub(super) fn can_ask(&self) -> bool {
        HAS_FILE_DIALOG && !self.dialog_open.0
    }

    pub(super) fn ask(&mut self, ask: AskForFile) {
        self.choose.write(ask);
    }

    /// The file dialog (or the browser's picker) for a partner's save.
    fn ask_for_their_save(&mut self) {
        self.ask(AskForFile {
            title: crate::t!("app-merge-dialog-title"),
            filter: crate::t!("app-merge-dialog-filter"),
            purpose: Purpose::Merge,
        });
    }
}

pub(super) fn merge_card(
    ui: &mut egui::Ui,
    palette: &Palette,
    garden: &Garden,
    merging: &mut Dialogs,
    typed: &mut TypedPath,
    out: &mut MessageWriter<Command>,
) {
    card(palette).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new(crate::t!("app-settings-merge")).strong());
        small_print(ui, palette, &crate::t!("app-merge-explain"));
        if IN_BROWSER {
            browser_rows(ui, palette, merging);
            return;
        }
        if HAS_FILE_DIALOG && merging.dialog_open.0 {
            small_print(ui, palette, &crate::t!("app-merge-dialog-open"));
        }
        found_copies(ui, palette, garden, &merging.choices, out);
        // Chips in a wrapping row: one wider than the card (German at the
        // largest text) wraps its words instead of widening the page.
        wrapping(ui, |ui| {
            if merging.can_ask()
                && chip(ui, palette, true, &crate::t!("app-merge-choose")).clicked()
            {
                merging.ask_for_their_save();
            }
            if chip(ui, palette, false, &crate::t!("app-merge-look-again")).clicked() {
                merging.look_again.write(LookAgain);
            }
        });
        // A toggle, not egui's collapsing header: its title never wraps
        // and widened the page in German at larger text.
        wrapping(ui, |ui| {
            if choice(ui, palette, typed.open, &crate::t!("app-merge-type-path")).clicked() {
                typed.open = !typed.open;
            }
        });
        if typed.open {
            let field = ui.add(
                egui::TextEdit::singleline(&mut typed.text)
                    .hint_text(crate::t!("app-settings-merge-hint"))
                    .desired_width(f32::INFINITY)
                    .min_size(egui::vec2(0.0, TAP)),
            );
            named(&field, crate::t!("app-settings-merge-name"));
            if chip(ui, palette, true, &crate::t!("app-settings-merge-button")).clicked()
                && !typed.text.trim().is_empty()
            {
                out.write(Command::Merge(typed.text.trim().into()));
            }
        }
    });
}

/// In the browser the save is in no folder anyone can reach: it goes out
/// whole ("Send our garden") and a partner's comes in through the picker.
fn browser_rows(ui: &mut egui::Ui, palette: &Palette, merging: &mut Dialogs) {
    small_print(ui, palette, &crate::t!("app-web-send-explain"));
    wrapping(ui, |ui| {
        if chip(ui, palette, true, &crate::t!("app-web-send")).clicked() {
            merging.send.write(SendOurGarden);
        }
        if merging.can_ask() && chip(ui, palette, false, &crate::t!("app-web-open")).clicked() {
            merging.ask_for_their_save();
        }
    });
    if merging.dialog_open.0 {
        small_print(ui, palette, &crate::t!("app-merge-dialog-open"));
    }
}

/// Each copy found as a chip that merges it, or where to put one.
fn found_copies(
    ui: &mut egui::Ui,
    palette: &Palette,
    garden: &Garden,
    choices: &MergeChoices,
    out: &mut MessageWriter<Command>,
) {
    if choices.found.is_empty() {
        // Where a shared file lands (Downloads), else the save's folder.
        let folder = choices
            .looked_in
            .get(1)
            .or(choices.looked_in.first())
            .map(|f| f.display().to_string())
            .unwrap_or_default();
        small_print(
            ui,
            palette,
            &crate::t!("app-merge-none-found", folder = folder),
        );
        return;
    }
    ui.label(crate::t!("app-merge-found", count = choices.found.len()));
    wrapping(ui, |ui| {
        for copy in &choices.found {
            let text = found_label(garden, copy);
            let tapped = chip(ui, palette, false, &text);
            about(&tapped, || crate::t!("app-merge-found-about"));
            if tapped.clicked() {
                out.write(Command::Merge(copy.path.clone()));
            }
        }
    });
}

/// "garden.ron · Downloads · 2 days ago".
fn found_label(garden: &Garden, copy: &FoundSave) -> String {
    let name = |path: &Path| {
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    let folder = copy.path.parent().map(name).unwrap_or_default();
    let changed = copy.modified.map(|at| {
        let at: chrono::DateTime<chrono::Utc> = at.into();
        days_ago(garden, garden.clock.day_of(&at))
    });
    let mut parts = vec![name(&copy.path), folder];
    parts.extend(changed);
    if copy.sealed {
        parts.push(crate::t!("app-merge-found-sealed"));
    }
    parts.retain(|part| !part.is_empty());
    parts.join(" · ")
}
