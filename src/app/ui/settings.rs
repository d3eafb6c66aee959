//! Settings: the couple's names and clock, the save's path, merging a
//! partner's save, CSV export, theme and text size. Names and clock are
//! shared (entries in the log); theme, text size and the acting partner
//! belong to this device.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};
use chrono::NaiveTime;

use crate::app::clock::AppClock;
use crate::app::device::{DeviceFile, DeviceSettings};
use crate::app::file_dialogs::{AskForFile, Purpose};
use crate::app::keychain::{KeptKey, KeyRequest};
use crate::app::language::SystemLanguage;
use crate::app::motion::SystemMotion;
use crate::app::screens::Screen;
use crate::app::storage::{Command, Journal};
use crate::app::theme::TAP;
use crate::i18n::Lang;
use crate::journal::{Hurt, Partner};

use super::Chrome;
use super::merge_card::{Dialogs, TypedPath, merge_card};
use super::widgets::{about, card, chip, choice, named, one_of, wrapping};
use super::zone_picker::{ZoneSearch, readable};

#[derive(Default)]
pub(super) struct Form {
    merge_path: TypedPath,
    export_path: Option<String>,
    /// The save is encrypted and the export was asked for (to go here):
    /// confirm first.
    confirm_plain_export: Option<WriteTo>,
    summary: SummaryForm,
    couple: CoupleForm,
}

/// The couple's names and clock as being changed here, before they are sent.
#[derive(Default)]
pub(super) struct CoupleForm {
    /// The names as typed, one field each.
    names: [String; 2],
    /// The names the fields last took from the log: a change arriving from
    /// the other device refreshes a field not being edited.
    known: [String; 2],
    /// Why a name was not changed, under its field.
    name_said: [Option<String>; 2],
    zone_search: ZoneSearch,
    /// A zone or day start picked but not yet applied.
    zone: Option<String>,
    day_start: Option<NaiveTime>,
    clock_said: Option<String>,
    /// The offer to change the clock was on screen last frame.
    clock_offered: bool,
}

#[derive(Default)]
pub(super) struct SummaryForm {
    /// The summary for counselling takes the couple's notes.
    notes: bool,
    /// The save is encrypted and the summary was asked for (to go here):
    /// confirm first.
    confirm_plain: Option<WriteTo>,
}

/// Where a summary or an export goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum WriteTo {
    /// Beside the save (an export: the name typed, beside the save when it
    /// is a name alone).
    BesideTheSave,
    /// Where the system's save dialog is pointed.
    Chosen,
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
    system: Option<Res<'w, SystemLanguage>>,
    clock: Res<'w, AppClock>,
    speaking: Res<'w, crate::app::language::Speaking>,
    system_motion: Res<'w, SystemMotion>,
}

pub(super) fn draw(
    mut contexts: EguiContexts,
    mut s: SettingsUi,
    // What is being typed on this screen, kept between frames.
    (mut form, mut lock_form, mut seal_form): (Local<Form>, Local<LockForm>, Local<SealForm>),
    mut out: MessageWriter<Command>,
    mut key_requests: MessageWriter<KeyRequest>,
    mut dialogs: Dialogs,
) -> Result {
    let speaking = *s.speaking;
    // Every word of the screen in the app's language.
    speaking.speak(|| {
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
        // What "System" means here (English in an app a test built).
        let system_language = s.system.as_ref().map_or(Lang::En, |s| s.0);
        egui::CentralPanel::default_margins().show(&mut root, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.heading(crate::t!("app-settings-heading"));
                couple_card(
                    ui,
                    &palette,
                    &s.chrome.state,
                    Decider {
                        by: s.chrome.device.acting,
                        now: s.clock.now(),
                    },
                    &mut form.couple,
                    &mut out,
                );
                card(&palette).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(egui::RichText::new(crate::t!("app-settings-save")).strong());
                    ui.label(egui::RichText::new(s.journal.path.display().to_string()).monospace());
                    ui.label(
                        egui::RichText::new(crate::t!(
                            "app-settings-save-entries",
                            count = s.chrome.state.ledger().len()
                        ))
                        .small()
                        .color(palette.weak),
                    );
                });
                merge_card(
                    ui,
                    &palette,
                    &s.chrome.state.garden,
                    &mut dialogs,
                    &mut form.merge_path,
                    &mut out,
                );
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
                    (s.journal.is_sealed(), s.chrome.state.garden.today),
                    &mut form.summary,
                    &mut out,
                    &mut dialogs,
                );
                export_now = export_card(
                    ui,
                    &palette,
                    s.journal.is_sealed(),
                    (export_path, &mut form.confirm_plain_export),
                    &mut dialogs,
                );
                card(&palette).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(egui::RichText::new(crate::t!("app-settings-device")).strong());
                    // Changed as a copy: a mutable borrow of the resource would
                    // mark it changed (and save the file) every frame.
                    let mut copy = (*s.chrome.device).clone();
                    let device = &mut copy;
                    one_of(
                        ui,
                        &palette,
                        &crate::t!("app-settings-theme"),
                        &mut device.dark,
                        [
                            (false, crate::t!("app-settings-light")),
                            (true, crate::t!("app-settings-dark")),
                        ],
                    );
                    // Whole percent, so a size read back from the file matches.
                    let mut percent = (device.text_scale * 100.0).round() as u32;
                    one_of(
                        ui,
                        &palette,
                        &crate::t!("app-settings-text-size"),
                        &mut percent,
                        [
                            (85, crate::t!("app-settings-text-small")),
                            (100, crate::t!("app-settings-text-normal")),
                            (120, crate::t!("app-settings-text-large")),
                            (145, crate::t!("app-settings-text-larger")),
                        ],
                    );
                    if percent != (device.text_scale * 100.0).round() as u32 {
                        device.text_scale = percent as f32 / 100.0;
                    }
                    motion_choice(ui, &palette, device, *s.system_motion);
                    language_choice(ui, &palette, device, system_language);
                    s.chrome.device.set_if_neq(copy);
                    ui.label(
                        egui::RichText::new(crate::t!(
                            "app-settings-kept-in",
                            path = s.file.path.display().to_string()
                        ))
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
    })
}

/// The language this device speaks: the system's, or one chosen here,
/// each named in its own words.
fn language_choice(
    ui: &mut egui::Ui,
    palette: &crate::app::theme::Palette,
    device: &mut DeviceSettings,
    system: Lang,
) {
    let system = crate::t!("app-settings-language-system", name = system.own_name());
    let options = std::iter::once((None, system))
        .chain(Lang::ALL.map(|lang| (Some(lang), lang.own_name().to_owned())));
    one_of(
        ui,
        palette,
        &crate::t!("app-settings-language"),
        &mut device.language,
        options,
    );
}

/// As the system asks (saying what it asks), gentle, or reduced.
fn motion_choice(
    ui: &mut egui::Ui,
    palette: &crate::app::theme::Palette,
    device: &mut DeviceSettings,
    system: SystemMotion,
) {
    let asks = if system.reduce == Some(true) {
        "reduce"
    } else {
        "gentle"
    };
    one_of(
        ui,
        palette,
        &crate::t!("app-settings-motion"),
        &mut device.reduce_motion,
        [
            (None, crate::t!("app-settings-motion-system", asks = asks)),
            (Some(false), crate::t!("app-settings-motion-gentle")),
            (Some(true), crate::t!("app-settings-motion-reduce")),
        ],
    );
}

/// A PIN for this device, and when it is asked again.
fn lock_card(
    ui: &mut egui::Ui,
    palette: &crate::app::theme::Palette,
    lock: &mut crate::app::lock::AppLock,
    form: &mut LockForm,
) {
    card(palette).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new(crate::t!("app-lock-heading")).strong());
        ui.label(
            egui::RichText::new(crate::t!("app-lock-about"))
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
                pin_field(ui, &mut form.pin, &crate::t!("app-lock-new-pin"));
                pin_field(ui, &mut form.pin_again, &crate::t!("app-lock-pin-again"));
                if chip(ui, palette, true, &crate::t!("app-lock-set-pin")).clicked() {
                    form.lock_said = None;
                    problem = if form.pin != form.pin_again {
                        Some(crate::t!("app-lock-pins-differ"))
                    } else {
                        lock.set_pin(&form.pin, 5).err()
                    };
                    form.pin.clear();
                    form.pin_again.clear();
                }
            }
            Some(config) => {
                ui.label(crate::t!("app-lock-ask-again"));
                wrapping(ui, |ui| {
                    for minutes in [0, 1, 5, 15] {
                        let label = crate::t!("app-lock-after", minutes = minutes);
                        let on = config.after_minutes == minutes;
                        if choice(ui, palette, on, &label).clicked() && !on {
                            problem = lock.set_after(minutes).err();
                        }
                    }
                });
                pin_field(ui, &mut form.pin, &crate::t!("app-lock-current-pin"));
                if chip(ui, palette, false, &crate::t!("app-lock-remove-pin")).clicked() {
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

/// Who asks, and when: a change is checked by the command layer before it
/// is sent, so a refusal shows beside what was typed.
struct Decider {
    by: Partner,
    now: chrono::DateTime<chrono::Utc>,
}

impl Decider {
    /// `request` as an entry to send, or why the log would refuse it.
    fn check(
        &self,
        request: crate::actions::Command,
        state: &crate::app::storage::GardenState,
    ) -> Result<Command, String> {
        crate::actions::decide(&request, state.ledger(), self.by, self.now)
            .map(|_| Command::Record(request))
            .map_err(|why| why.to_string())
    }
}

/// The hours a couple's day may start at.
const DAY_STARTS: [u32; 7] = [0, 1, 2, 3, 4, 5, 6];

/// Our garden, shared by both: the names, the time zone and the hour the
/// day starts. Each change is an entry in the log.
fn couple_card(
    ui: &mut egui::Ui,
    palette: &crate::app::theme::Palette,
    state: &crate::app::storage::GardenState,
    decider: Decider,
    form: &mut CoupleForm,
    out: &mut MessageWriter<Command>,
) {
    let couple = state.ledger().couple();
    for i in 0..2 {
        if form.known[i] != couple.names[i] {
            form.known[i] = couple.names[i].clone();
            form.names[i] = couple.names[i].clone();
            form.name_said[i] = None;
        }
    }
    card(palette).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new(crate::t!("app-couple-heading")).strong());
        ui.label(
            egui::RichText::new(crate::t!("app-couple-shared"))
                .small()
                .color(palette.weak),
        );
        ui.add_space(4.0);
        for (i, key) in ["app-welcome-first-name", "app-welcome-second-name"]
            .into_iter()
            .enumerate()
        {
            let name = crate::t!(key);
            ui.label(&name);
            let field = ui.add(
                egui::TextEdit::singleline(&mut form.names[i])
                    .desired_width(f32::INFINITY)
                    .min_size(egui::vec2(0.0, TAP)),
            );
            named(&field, name);
            if field.changed() {
                form.name_said[i] = None;
            }
            if let Some(said) = &form.name_said[i] {
                ui.label(egui::RichText::new(said).color(palette.problem));
            }
        }
        let changed: Vec<usize> = (0..2)
            .filter(|&i| form.names[i].trim() != couple.names[i])
            .collect();
        if !changed.is_empty()
            && chip(ui, palette, true, &crate::t!("app-couple-save-names")).clicked()
        {
            for i in changed {
                let partner = [Partner::A, Partner::B][i];
                let request = crate::actions::Command::Rename {
                    partner,
                    name: form.names[i].trim().to_owned(),
                };
                match decider.check(request, state) {
                    Ok(command) => {
                        out.write(command);
                        form.name_said[i] = None;
                    }
                    Err(why) => form.name_said[i] = Some(why),
                }
            }
        }
        ui.add_space(8.0);
        let current = couple.clock.zone.name();
        let zone = form.zone.clone().unwrap_or_else(|| current.to_owned());
        if let Some(picked) = form.zone_search.show(ui, palette, &zone, decider.now) {
            form.zone = (picked != current).then_some(picked);
            form.clock_said = None;
        }
        ui.add_space(8.0);
        ui.label(crate::t!("app-couple-day-start"));
        let day_start = form.day_start.unwrap_or(couple.clock.day_start);
        let mut hours: Vec<NaiveTime> = DAY_STARTS
            .iter()
            .filter_map(|&h| NaiveTime::from_hms_opt(h, 0, 0))
            .collect();
        // A day start set elsewhere (04:30 from the command line) is offered too.
        if !hours.contains(&couple.clock.day_start) {
            hours.push(couple.clock.day_start);
            hours.sort_unstable();
        }
        wrapping(ui, |ui| {
            for hour in hours {
                let label = hour.format("%H:%M").to_string();
                if choice(ui, palette, hour == day_start, &label).clicked() {
                    form.day_start = (hour != couple.clock.day_start).then_some(hour);
                    form.clock_said = None;
                }
            }
        });
        let zone = form.zone.clone().unwrap_or_else(|| current.to_owned());
        let day_start = form.day_start.unwrap_or(couple.clock.day_start);
        if form.zone.is_some() || form.day_start.is_some() {
            ui.label(crate::t!(
                "app-couple-clock-from-now",
                zone = readable(&zone),
                time = day_start.format("%H:%M").to_string()
            ));
            wrapping(ui, |ui| {
                let apply = chip(ui, palette, true, &crate::t!("app-couple-clock-apply"));
                // On a phone the offer may open below the fold: bring it up once.
                if !form.clock_offered {
                    apply.scroll_to_me(Some(egui::Align::BOTTOM));
                }
                if apply.clicked() {
                    let request = crate::actions::Command::ChangeClock {
                        zone: zone.clone(),
                        day_start,
                    };
                    match decider.check(request, state) {
                        Ok(command) => {
                            out.write(command);
                            form.zone = None;
                            form.day_start = None;
                            form.clock_said = None;
                        }
                        Err(why) => form.clock_said = Some(why),
                    }
                }
                if chip(ui, palette, false, &crate::t!("app-cancel")).clicked() {
                    form.zone = None;
                    form.day_start = None;
                    form.clock_said = None;
                }
            });
        }
        form.clock_offered = form.zone.is_some() || form.day_start.is_some();
        if let Some(said) = &form.clock_said {
            ui.label(egui::RichText::new(said).color(palette.problem));
        }
    });
}

/// Who was hurt: shown, and a change proposed that the other partner
/// confirms in History.
fn roles_card(
    ui: &mut egui::Ui,
    palette: &crate::app::theme::Palette,
    state: &crate::app::storage::GardenState,
    out: &mut MessageWriter<Command>,
) {
    let couple = state.ledger().couple();
    card(palette).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new(crate::t!("app-roles-heading")).strong());
        let choices = [
            (Hurt::One(Partner::A), couple.names[0].clone()),
            (Hurt::One(Partner::B), couple.names[1].clone()),
            (Hurt::Both, crate::t!("app-roles-both")),
            (Hurt::NotSaid, crate::t!("app-roles-not-said")),
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
            crate::t!("app-roles-change-needs-agreement")
        } else {
            crate::t!("app-roles-change-waiting")
        };
        ui.label(egui::RichText::new(waiting).small().color(palette.weak));
    });
}

/// The last four weeks as one page to bring to counselling.
fn summary_card(
    ui: &mut egui::Ui,
    palette: &crate::app::theme::Palette,
    (sealed, today): (bool, chrono::NaiveDate),
    form: &mut SummaryForm,
    out: &mut MessageWriter<Command>,
    dialogs: &mut Dialogs,
) {
    card(palette).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new(crate::t!("app-summary-heading")).strong());
        ui.label(
            egui::RichText::new(crate::t!("app-summary-about"))
                .small()
                .color(palette.weak),
        );
        ui.checkbox(&mut form.notes, crate::t!("app-summary-with-notes"));
        let can_choose = dialogs.can_ask();
        let mut make = |to: WriteTo, form: &mut SummaryForm| match to {
            WriteTo::BesideTheSave => {
                out.write(Command::Summary {
                    with_notes: form.notes,
                    to: None,
                });
            }
            WriteTo::Chosen => dialogs.ask(AskForFile {
                title: crate::t!("app-summary-dialog-title"),
                filter: crate::t!("app-summary-dialog-filter"),
                purpose: Purpose::Summary {
                    with_notes: form.notes,
                    file_name: crate::app::storage::summary_file_name(today),
                },
            }),
        };
        let words = WriteWords {
            here: crate::t!("app-summary-make"),
            card: crate::t!("app-summary-heading"),
            warning: crate::t!("app-summary-plain-warning"),
            anyway: crate::t!("app-summary-make-anyway"),
        };
        let mut confirm = form.confirm_plain;
        if let Some(to) = where_to_write(ui, palette, (sealed, can_choose), &mut confirm, &words) {
            make(to, form);
        }
        form.confirm_plain = confirm;
    });
}

/// What the buttons of a card that writes a file say.
struct WriteWords {
    /// The button that writes beside the save.
    here: String,
    /// The card, heard after "Save it as…" (two cards have that button).
    card: String,
    /// Said before a plain file is written from an encrypted garden.
    warning: String,
    anyway: String,
}

/// The buttons of a card that writes a file: here, or "Save it as…" where a
/// system dialog can be opened; an encrypted garden (`sealed`) asks first,
/// remembering in `confirm` which was asked for. Returns where to write now.
fn where_to_write(
    ui: &mut egui::Ui,
    palette: &crate::app::theme::Palette,
    (sealed, can_choose): (bool, bool),
    confirm: &mut Option<WriteTo>,
    words: &WriteWords,
) -> Option<WriteTo> {
    let mut now = None;
    match *confirm {
        None => wrapping(ui, |ui| {
            let mut asked = None;
            if chip(ui, palette, true, &words.here).clicked() {
                asked = Some(WriteTo::BesideTheSave);
            }
            if can_choose {
                let save_as = chip(ui, palette, false, &crate::t!("app-summary-save-as"));
                about(&save_as, || words.card.clone());
                if save_as.clicked() {
                    asked = Some(WriteTo::Chosen);
                }
            }
            match asked {
                Some(to) if sealed => *confirm = Some(to),
                Some(to) => now = Some(to),
                None => {}
            }
        }),
        Some(to) => {
            ui.label(egui::RichText::new(&words.warning).color(palette.problem));
            wrapping(ui, |ui| {
                if chip(ui, palette, true, &words.anyway).clicked() {
                    now = Some(to);
                    *confirm = None;
                }
                if chip(ui, palette, false, &crate::t!("app-cancel")).clicked() {
                    *confirm = None;
                }
            });
        }
    }
    now
}

/// The CSV export: the file name typed (beside the save), or "Save it as…"
/// through the system's dialog. Returns the typed name to export to now.
fn export_card(
    ui: &mut egui::Ui,
    palette: &crate::app::theme::Palette,
    sealed: bool,
    (typed, confirm_plain): (&mut String, &mut Option<WriteTo>),
    dialogs: &mut Dialogs,
) -> Option<String> {
    let mut export_now = None;
    card(palette).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new(crate::t!("app-settings-export")).strong());
        let field = ui.add(
            egui::TextEdit::singleline(typed)
                .desired_width(f32::INFINITY)
                .min_size(egui::vec2(0.0, TAP)),
        );
        named(&field, crate::t!("app-settings-export-name"));
        let can_choose = dialogs.can_ask();
        let mut go = |to: WriteTo, typed: &str| match to {
            WriteTo::BesideTheSave => export_now = Some(typed.trim().to_owned()),
            WriteTo::Chosen => dialogs.ask(AskForFile {
                title: crate::t!("app-export-dialog-title"),
                filter: crate::t!("app-export-dialog-filter"),
                purpose: Purpose::Csv {
                    file_name: std::path::Path::new(typed.trim())
                        .file_name()
                        .map_or_else(|| "garden.csv".into(), std::path::PathBuf::from),
                },
            }),
        };
        let words = WriteWords {
            here: crate::t!("app-settings-export-button"),
            card: crate::t!("app-settings-export"),
            warning: crate::t!("app-settings-export-plain-warning"),
            anyway: crate::t!("app-settings-export-anyway"),
        };
        if let Some(to) = where_to_write(ui, palette, (sealed, can_choose), confirm_plain, &words) {
            go(to, typed);
        }
    });
    export_now
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
        ui.label(egui::RichText::new(crate::t!("app-key-heading")).strong());
        let (said, action, request) = if kept.kept {
            (
                crate::t!("app-key-kept"),
                crate::t!("app-key-forget"),
                KeyRequest::Forget,
            )
        } else {
            (
                crate::t!("app-key-not-kept"),
                crate::t!("app-key-keep"),
                KeyRequest::Keep,
            )
        };
        ui.label(egui::RichText::new(said).small().color(palette.weak));
        if chip(ui, palette, false, &action).clicked() {
            requests.write(request);
        }
        if let Some(problem) = &kept.problem {
            ui.label(
                egui::RichText::new(crate::t!("app-key-problem", problem = problem))
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
        ui.label(egui::RichText::new(crate::t!("app-seal-heading")).strong());
        if sealed {
            ui.label(crate::t!("app-seal-done"));
            return;
        }
        ui.label(
            egui::RichText::new(crate::t!("app-seal-about"))
                .small()
                .color(palette.weak),
        );
        for (text, hint) in [
            (
                &mut form.passphrase,
                crate::t!(
                    "app-seal-passphrase",
                    count = crate::journal::MIN_PASSPHRASE_CHARS
                ),
            ),
            (&mut form.again, crate::t!("app-seal-passphrase-again")),
        ] {
            let field = ui.add(
                egui::TextEdit::singleline(text)
                    .password(true)
                    .hint_text(&hint)
                    .desired_width(f32::INFINITY)
                    .min_size(egui::vec2(0.0, TAP)),
            );
            named(&field, hint);
        }
        if chip(ui, palette, true, &crate::t!("app-seal-encrypt")).clicked() {
            let chars = form.passphrase.chars().count();
            form.said = if chars < crate::journal::MIN_PASSPHRASE_CHARS {
                Some(crate::t!(
                    "app-seal-too-short",
                    count = crate::journal::MIN_PASSPHRASE_CHARS
                ))
            } else if form.passphrase != form.again {
                Some(crate::t!("app-seal-differ"))
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
