//! Settings: the save's path, merging a partner's save, CSV export, theme and
//! text size. Theme, text size and the acting partner belong to this device.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use crate::app::device::DeviceFile;
use crate::app::keychain::{KeptKey, KeyRequest};
use crate::app::screens::Screen;
use crate::app::storage::{Command, Journal};
use crate::app::theme::TAP;
use crate::journal::{Hurt, Partner};

use super::Chrome;
use super::widgets::{card, chip, choice, named, wrapping};

#[derive(Default)]
pub(super) struct Form {
    merge_path: String,
    export_path: Option<String>,
    /// The save is encrypted and the export was asked for: confirm first.
    confirm_plain_export: bool,
    summary: SummaryForm,
}

#[derive(Default)]
pub(super) struct SummaryForm {
    /// The summary for counselling takes the couple's notes.
    notes: bool,
    /// The save is encrypted and the summary was asked for: confirm first.
    confirm_plain: bool,
}

#[derive(Default)]
pub(super) struct SealForm {
    passphrase: String,
    again: String,
    said: Option<String>,
}

impl Drop for SealForm {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.passphrase);
        zeroize::Zeroize::zeroize(&mut self.again);
    }
}

#[derive(Default)]
pub(super) struct LockForm {
    pin: String,
    pin_again: String,
    lock_said: Option<String>,
}

#[derive(bevy::ecs::system::SystemParam)]
pub(super) struct SettingsUi<'w> {
    chrome: Chrome<'w>,
    journal: Res<'w, Journal>,
    file: Res<'w, DeviceFile>,
    kept: Res<'w, KeptKey>,
}

pub(super) fn draw(
    mut contexts: EguiContexts,
    mut s: SettingsUi,
    mut form: Local<Form>,
    mut lock_form: Local<LockForm>,
    mut seal_form: Local<SealForm>,
    mut out: MessageWriter<Command>,
    mut key_requests: MessageWriter<KeyRequest>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let palette = s.chrome.theme.0;
    let mut root = s.chrome.screen(&ctx, Screen::Settings);
    let form = &mut *form;
    // A name alone lands beside the save (see storage::typed_path).
    let export_default = s
        .journal
        .path
        .with_extension("csv")
        .file_name()
        .map_or_else(
            || "garden.csv".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
    let export_path = form.export_path.get_or_insert(export_default);
    let mut export_now = None;
    egui::CentralPanel::default_margins().show(&mut root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.heading("Settings");
            card(&palette).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(egui::RichText::new("Our save").strong());
                ui.label(egui::RichText::new(s.journal.path.display().to_string()).monospace());
                ui.label(
                    egui::RichText::new(format!(
                        "{} entries. Share this file between your devices (a synced folder works).",
                        s.chrome.state.ledger().len()
                    ))
                    .small()
                    .color(palette.weak),
                );
            });
            card(&palette).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(egui::RichText::new("Merge my partner's save").strong());
                let field = ui.add(
                    egui::TextEdit::singleline(&mut form.merge_path)
                        .hint_text("path to their save file")
                        .desired_width(f32::INFINITY)
                        .min_size(egui::vec2(0.0, TAP)),
                );
                named(&field, "Path to my partner's save file");
                if chip(ui, &palette, true, "Merge").clicked() && !form.merge_path.trim().is_empty()
                {
                    out.write(Command::Merge(form.merge_path.trim().into()));
                }
            });
            roles_card(ui, &palette, &s.chrome.state, &mut out);
            lock_card(ui, &palette, &mut s.chrome.lock, &mut lock_form);
            seal_card(
                ui,
                &palette,
                s.journal.is_sealed(),
                &mut seal_form,
                &mut out,
            );
            if s.journal.is_sealed() && s.kept.available {
                key_card(ui, &palette, &s.kept, &mut key_requests);
            }
            summary_card(
                ui,
                &palette,
                s.journal.is_sealed(),
                &mut form.summary,
                &mut out,
            );
            card(&palette).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(egui::RichText::new("Export as CSV").strong());
                let field = ui.add(
                    egui::TextEdit::singleline(export_path)
                        .desired_width(f32::INFINITY)
                        .min_size(egui::vec2(0.0, TAP)),
                );
                named(&field, "File name for the CSV export");
                if !s.journal.is_sealed() {
                    if chip(ui, &palette, true, "Export").clicked() {
                        export_now = Some(export_path.trim().to_owned());
                    }
                } else if !form.confirm_plain_export {
                    if chip(ui, &palette, true, "Export").clicked() {
                        form.confirm_plain_export = true;
                    }
                } else {
                    ui.label(
                        egui::RichText::new(
                            "Our garden is encrypted, and a CSV file is plain text: anyone who \
                             can open it reads every note. Export anyway?",
                        )
                        .color(palette.problem),
                    );
                    wrapping(ui, |ui| {
                        if chip(ui, &palette, true, "Export anyway").clicked() {
                            export_now = Some(export_path.trim().to_owned());
                            form.confirm_plain_export = false;
                        }
                        if chip(ui, &palette, false, "Cancel").clicked() {
                            form.confirm_plain_export = false;
                        }
                    });
                }
            });
            card(&palette).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(egui::RichText::new("On this device").strong());
                wrapping(ui, |ui| {
                    if choice(ui, &palette, !s.chrome.device.dark, "Light").clicked() {
                        s.chrome.device.dark = false;
                    }
                    if choice(ui, &palette, s.chrome.device.dark, "Dark").clicked() {
                        s.chrome.device.dark = true;
                    }
                });
                ui.label("Text size");
                wrapping(ui, |ui| {
                    for (label, scale) in [
                        ("Small", 0.85),
                        ("Normal", 1.0),
                        ("Large", 1.2),
                        ("Larger", 1.45),
                    ] {
                        let selected = (s.chrome.device.text_scale - scale).abs() < 0.01;
                        if choice(ui, &palette, selected, label).clicked() && !selected {
                            s.chrome.device.text_scale = scale;
                        }
                    }
                });
                ui.label("Motion");
                wrapping(ui, |ui| {
                    let still = s.chrome.device.reduce_motion;
                    if choice(ui, &palette, !still, "Gentle motion").clicked() && still {
                        s.chrome.device.reduce_motion = false;
                    }
                    if choice(ui, &palette, still, "Reduce motion").clicked() && !still {
                        s.chrome.device.reduce_motion = true;
                    }
                });
                ui.label(
                    egui::RichText::new(format!("Kept in {}", s.file.path.display()))
                        .small()
                        .color(palette.weak),
                );
                if let Some(problem) = &s.file.problem {
                    ui.label(egui::RichText::new(problem).small().color(palette.problem));
                }
            });
        });
    });
    if let Some(path) = export_now.filter(|p| !p.is_empty()) {
        out.write(Command::ExportCsv(path.into()));
    }
    Ok(())
}

/// Who was hurt: shown, and a change proposed that the other partner
/// confirms in History.
/// A PIN for this device, and when it is asked again.
fn lock_card(
    ui: &mut egui::Ui,
    palette: &crate::app::theme::Palette,
    lock: &mut crate::app::lock::AppLock,
    form: &mut LockForm,
) {
    card(palette).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new("Lock this device").strong());
        ui.label(
            egui::RichText::new(
                "A PIN asked when the app opens and when it comes back. It is kept on this \
                 device only; your partner sets their own. Hide (at the top) covers the \
                 screen at once.",
            )
            .small()
            .color(palette.weak),
        );
        let pin_field = |ui: &mut egui::Ui, text: &mut String, hint: &str| {
            let field = ui.add(
                egui::TextEdit::singleline(text)
                    .password(true)
                    .hint_text(hint)
                    .desired_width(160.0),
            );
            named(&field, hint);
        };
        let mut problem = None;
        match lock.config.clone() {
            None => {
                pin_field(ui, &mut form.pin, "New PIN (4-8 digits)");
                pin_field(ui, &mut form.pin_again, "The same PIN again");
                if chip(ui, palette, true, "Set PIN").clicked() {
                    form.lock_said = None;
                    problem = if form.pin != form.pin_again {
                        Some("The two PINs differ.".to_owned())
                    } else {
                        lock.set_pin(&form.pin, 5).err()
                    };
                    form.pin.clear();
                    form.pin_again.clear();
                }
            }
            Some(config) => {
                ui.label("Ask again after time away:");
                ui.horizontal_wrapped(|ui| {
                    for (minutes, label) in [
                        (0, "right away"),
                        (1, "1 min"),
                        (5, "5 min"),
                        (15, "15 min"),
                    ] {
                        let on = config.after_minutes == minutes;
                        if choice(ui, palette, on, label).clicked() && !on {
                            problem = lock.set_after(minutes).err();
                        }
                    }
                });
                pin_field(ui, &mut form.pin, "Current PIN");
                if chip(ui, palette, false, "Remove PIN").clicked() {
                    form.lock_said = None;
                    problem = lock.remove_pin(&form.pin).err();
                    form.pin.clear();
                }
            }
        }
        if problem.is_some() {
            form.lock_said = problem;
        }
        if let Some(said) = &form.lock_said {
            ui.label(egui::RichText::new(said).color(palette.problem));
        }
    });
}

fn roles_card(
    ui: &mut egui::Ui,
    palette: &crate::app::theme::Palette,
    state: &crate::app::storage::GardenState,
    out: &mut MessageWriter<Command>,
) {
    let couple = state.ledger().couple();
    card(palette).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new("Who was hurt").strong());
        let choices = [
            (Hurt::One(Partner::A), couple.names[0].clone()),
            (Hurt::One(Partner::B), couple.names[1].clone()),
            (Hurt::Both, "Both of us".to_owned()),
            (Hurt::NotSaid, "We'd rather not say".to_owned()),
        ];
        wrapping(ui, |ui| {
            for (hurt, label) in &choices {
                let current = couple.hurt == *hurt;
                if choice(ui, palette, current, label).clicked() && !current {
                    out.write(Command::roles(*hurt));
                }
            }
        });
        let waiting = if couple.proposed.is_empty() {
            "A change takes effect once your partner agrees to it in History."
        } else {
            "A change is waiting for the other partner to agree to it in History."
        };
        ui.label(egui::RichText::new(waiting).small().color(palette.weak));
    });
}

/// The last four weeks as one page to bring to counselling.
fn summary_card(
    ui: &mut egui::Ui,
    palette: &crate::app::theme::Palette,
    sealed: bool,
    form: &mut SummaryForm,
    out: &mut MessageWriter<Command>,
) {
    card(palette).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new("A summary for counselling").strong());
        ui.label(
            egui::RichText::new(
                "The last four weeks as one page to bring to a session: trust over time, \
                 what each of you did, promises, check-ins and a few words per week. It is \
                 saved beside our garden.",
            )
            .small()
            .color(palette.weak),
        );
        ui.checkbox(&mut form.notes, "Include our notes");
        let make = |form: &mut SummaryForm, out: &mut MessageWriter<Command>| {
            out.write(Command::Summary {
                with_notes: form.notes,
            });
            form.confirm_plain = false;
        };
        if !form.confirm_plain {
            if chip(ui, palette, true, "Make the summary").clicked() {
                if sealed {
                    form.confirm_plain = true;
                } else {
                    make(form, out);
                }
            }
        } else {
            ui.label(
                egui::RichText::new(
                    "Our garden is encrypted, and the summary is a plain page: anyone who can \
                     open it reads it. Make it anyway?",
                )
                .color(palette.problem),
            );
            wrapping(ui, |ui| {
                if chip(ui, palette, true, "Make it anyway").clicked() {
                    make(form, out);
                }
                if chip(ui, palette, false, "Cancel").clicked() {
                    form.confirm_plain = false;
                }
            });
        }
    });
}

/// Whether this device keeps the encrypted garden's key in its keychain.
fn key_card(
    ui: &mut egui::Ui,
    palette: &crate::app::theme::Palette,
    kept: &KeptKey,
    requests: &mut MessageWriter<KeyRequest>,
) {
    card(palette).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new("The passphrase on this device").strong());
        let (said, action, request) = if kept.kept {
            (
                "This device keeps the garden's key in its keychain, so the garden opens here \
                 without the passphrase (the PIN still asks, if one is set).",
                "Forget it on this device",
                KeyRequest::Forget,
            )
        } else {
            (
                "This device asks for the passphrase each time the app opens.",
                "Remember it on this device",
                KeyRequest::Keep,
            )
        };
        ui.label(egui::RichText::new(said).small().color(palette.weak));
        if chip(ui, palette, false, action).clicked() {
            requests.write(request);
        }
        if let Some(problem) = &kept.problem {
            ui.label(
                egui::RichText::new(format!("The keychain said: {problem}"))
                    .small()
                    .color(palette.problem),
            );
        }
    });
}

/// Encrypting the save, from the app: a passphrase typed twice.
fn seal_card(
    ui: &mut egui::Ui,
    palette: &crate::app::theme::Palette,
    sealed: bool,
    form: &mut SealForm,
    out: &mut MessageWriter<Command>,
) {
    card(palette).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new("Encrypt our garden").strong());
        if sealed {
            ui.label(
                "Our garden is encrypted: the synced file holds no word of it without the \
                 passphrase.",
            );
            return;
        }
        ui.label(
            egui::RichText::new(
                "The synced file then holds no word of it without the passphrase. Choose it \
                 together: each of you needs it on every device, and it cannot be recovered \
                 if it is forgotten.",
            )
            .small()
            .color(palette.weak),
        );
        for (text, hint) in [
            (&mut form.passphrase, "Passphrase (8 characters or more)"),
            (&mut form.again, "The same passphrase again"),
        ] {
            let field = ui.add(
                egui::TextEdit::singleline(text)
                    .password(true)
                    .hint_text(hint)
                    .desired_width(f32::INFINITY)
                    .min_size(egui::vec2(0.0, TAP)),
            );
            named(&field, hint);
        }
        if chip(ui, palette, true, "Encrypt").clicked() {
            let chars = form.passphrase.chars().count();
            form.said = if chars < crate::journal::MIN_PASSPHRASE_CHARS {
                Some(format!(
                    "A passphrase needs at least {} characters.",
                    crate::journal::MIN_PASSPHRASE_CHARS
                ))
            } else if form.passphrase != form.again {
                Some("The two passphrases differ.".into())
            } else {
                let passphrase = std::mem::take(&mut form.passphrase);
                zeroize::Zeroize::zeroize(&mut form.again);
                out.write(Command::Encrypt(crate::app::storage::Passphrase(
                    passphrase.into(),
                )));
                None
            };
        }
        if let Some(said) = &form.said {
            ui.label(egui::RichText::new(said).color(palette.problem));
        }
    });
}
