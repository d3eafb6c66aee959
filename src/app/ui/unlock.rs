//! The passphrase page of an encrypted save: drawn over everything while
//! the save is closed to the app, and the screens behind it do not run.
//! The passphrase itself is kept in memory for this run only; the key it
//! unlocks may be kept in the device's keychain (see `app::keychain`).

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};
use zeroize::{Zeroize, Zeroizing};

use crate::app::Launch;
use crate::app::clock::AppClock;
use crate::app::keychain::{KeptKey, KeyRequest};
use crate::app::storage::{Journal, reopen};
use crate::app::theme::{TAP, Theme};
use crate::journal::{Keys, SealProblem};

use super::widgets::{chip, gate_page};

/// What is typed on the passphrase page.
#[derive(Default)]
pub(super) struct Typed(String);

/// Whether to keep the key on this device: yes unless unticked, so the
/// passphrase is asked once per device where the device has a keychain.
pub(super) struct KeepKey(bool);

impl Default for KeepKey {
    fn default() -> Self {
        KeepKey(true)
    }
}

impl Drop for Typed {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

/// Whether the save waits for its passphrase.
pub(super) fn wanted(journal: Option<Res<Journal>>) -> bool {
    journal.is_some_and(|journal| journal.sealed.is_some())
}

/// What the page holds and whom it tells: the passphrase being typed, and
/// whether to keep the key on this device.
#[derive(bevy::ecs::system::SystemParam)]
pub(super) struct Entry<'w, 's> {
    typed: Local<'s, Typed>,
    keep: Local<'s, KeepKey>,
    kept: Res<'w, KeptKey>,
    requests: MessageWriter<'w, KeyRequest>,
}

pub(super) fn draw(
    mut contexts: EguiContexts,
    // The look and the language the page is drawn in.
    (theme, speaking): (Res<Theme>, Res<crate::app::language::Speaking>),
    journal: Res<Journal>,
    mut entry: Entry,
    mut launch: ResMut<Launch>,
    clock: Res<AppClock>,
    mut commands: Commands,
) -> Result {
    // Every word of the screen in the app's language.
    speaking.speak(|| {
        let Entry {
            typed,
            keep,
            kept,
            requests,
        } = &mut entry;
        let ctx = contexts.ctx_mut()?.clone();
        let palette = theme.0;
        let mut open = false;
        gate_page(&ctx, "unlock", &palette, |ui| {
            ui.label(crate::t!("app-unlock-about"));
            ui.add_space(8.0);
            let field = egui::TextEdit::singleline(&mut typed.0)
                .password(true)
                .hint_text(crate::t!("app-unlock-passphrase"))
                .desired_width(ui.available_width().min(320.0))
                .min_size(egui::vec2(0.0, TAP));
            let response = ui.add(field);
            super::widgets::named(&response, crate::t!("app-unlock-passphrase"));
            let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if journal.sealed == Some(SealProblem::WrongPassphrase) {
                ui.label(egui::RichText::new(crate::t!("app-unlock-wrong")).color(palette.problem));
            }
            ui.add_space(8.0);
            let ready = !typed.0.is_empty();
            if (chip(ui, &palette, ready, &crate::t!("app-unlock-open")).clicked() || entered)
                && ready
            {
                open = true;
            }
            ui.add_space(16.0);
            let small = |key: &str| {
                egui::RichText::new(crate::t!(key))
                    .color(palette.weak)
                    .small()
            };
            if kept.available {
                ui.checkbox(&mut keep.0, crate::t!("app-key-keep"));
                ui.label(small(if keep.0 {
                    "app-unlock-keep-about"
                } else {
                    "app-unlock-not-kept"
                }));
            } else {
                ui.label(small("app-unlock-not-kept"));
            }
        });
        if open {
            if kept.available && keep.0 {
                requests.write(KeyRequest::KeepOnceOpened);
            }
            let passphrase = Zeroizing::new(std::mem::take(&mut typed.0));
            launch.0.keys = Keys::with_passphrase(passphrase);
            reopen(&mut commands, &launch.0, clock.now());
        }
        Ok(())
    })
}
