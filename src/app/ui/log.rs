//! The bottom sheet for logging an action: large buttons for every action and
//! the few fields each needs. Typing is always optional.

use bevy::prelude::*;
use bevy_egui::egui;
use chrono::{Duration, NaiveDate};

use crate::app::device::DeviceSettings;
use crate::app::screens::GardenMode;
use crate::app::storage::{Command, When};
use crate::app::theme::{Palette, TAP};
use crate::garden::Garden;
use crate::journal::{Action, EventId, Kind, SupportKind};

use super::widgets::{big_button, chip, choice, named, panel, wrapping};
use super::words::support_name;

/// The actions offered, in the order of the sheet.
pub const OFFERED: [Action; 12] = [
    Action::CheckIn,
    Action::HonestTalk,
    Action::QualityTime,
    Action::Kindness,
    Action::Gratitude,
    Action::PromiseMade,
    Action::PromiseKept,
    Action::Apology,
    Action::Support,
    Action::LetItGo,
    Action::FeelsOff,
    Action::MovingForward,
];

const MINUTES: [u32; 5] = [15, 30, 60, 90, 120];
/// Suggestions for quality time (message keys); the chosen one is saved in
/// the language it was shown in, as if typed.
const TOGETHER: [&str; 5] = [
    "app-log-together-dinner",
    "app-log-together-walk",
    "app-log-together-night-in",
    "app-log-together-day-out",
    "app-log-together-long-talk",
];
/// Suggested promises (message keys), saved in the language shown.
const PROMISES: [&str; 4] = [
    "app-log-promise-where",
    "app-log-promise-phone",
    "app-log-promise-home",
    "app-log-promise-check-in",
];

/// What the sheet is filling in; cleared after each save.
#[derive(Resource, Clone, Debug, PartialEq)]
pub struct LogSheet {
    pub action: Option<Action>,
    pub mood: u8,
    pub calm: bool,
    pub minutes: u32,
    pub what: Option<String>,
    pub promise_text: String,
    pub promise: Option<EventId>,
    pub support: SupportKind,
    pub note: String,
    pub note_open: bool,
    pub when: When,
    /// Why the last tap on Save could not save (a message key), until the
    /// sheet changes.
    pub problem: Option<&'static str>,
}

impl Default for LogSheet {
    fn default() -> Self {
        LogSheet {
            action: None,
            mood: 3,
            calm: true,
            minutes: 30,
            what: None,
            promise_text: String::new(),
            promise: None,
            support: SupportKind::Therapy,
            note: String::new(),
            note_open: false,
            when: When::Now,
            problem: None,
        }
    }
}

impl LogSheet {
    /// The event kind the sheet describes, or why it is not complete yet
    /// (a message key).
    pub fn kind(&self, kept: bool) -> Result<Kind, &'static str> {
        let action = self.action.ok_or("app-log-choose-action")?;
        Ok(match action {
            Action::HonestTalk => Kind::HonestTalk,
            Action::CheckIn => Kind::CheckIn {
                mood: self.mood.clamp(1, 5),
                calm: self.calm,
            },
            Action::PromiseMade => {
                let text = self.promise_text.trim();
                if text.is_empty() {
                    return Err("app-log-pick-promise");
                }
                Kind::PromiseMade {
                    text: text.to_owned(),
                    due: None,
                }
            }
            Action::PromiseKept | Action::PromiseBroken => {
                let promise = self.promise.ok_or("app-log-choose-promise")?;
                if kept {
                    Kind::PromiseKept { promise }
                } else {
                    Kind::PromiseBroken { promise }
                }
            }
            Action::QualityTime => Kind::QualityTime {
                minutes: self.minutes,
                what: self.what.clone(),
            },
            Action::Apology => Kind::Apology,
            Action::Support => Kind::Support { kind: self.support },
            Action::LetItGo => Kind::LetItGo,
            Action::Kindness => Kind::Kindness,
            Action::Gratitude => Kind::Gratitude,
            Action::FeelsOff => Kind::FeelsOff,
            Action::MovingForward => Kind::MovingForward,
            Action::Acknowledge => return Err("app-log-acknowledge-in-history"),
        })
    }
}

/// The sheet, over the garden while it is in [`GardenMode::Logging`];
/// closing it or saving returns the garden to looking.
pub(super) fn sheet(
    ui: &mut egui::Ui,
    palette: &Palette,
    garden: &Garden,
    device: &DeviceSettings,
    sheet: &mut LogSheet,
    next_mode: &mut NextState<GardenMode>,
    out: &mut MessageWriter<Command>,
) {
    let max_height = ui.available_height() * 0.72;
    egui::Panel::bottom("log_sheet")
        .resizable(false)
        .frame(panel(palette).corner_radius(egui::CornerRadius {
            nw: 20,
            ne: 20,
            sw: 0,
            se: 0,
        }))
        .show(ui, |ui| {
            // Close first, on the right; the heading wraps in what is left,
            // so a long name or language never slides under it.
            ui.horizontal(|ui| {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if chip(ui, palette, false, &crate::t!("app-log-close")).clicked() {
                        *sheet = LogSheet::default();
                        next_mode.set(GardenMode::Looking);
                    }
                    ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                        let heading = crate::t!(
                            "app-log-heading",
                            name = &garden.partners[device.acting.index()]
                        );
                        ui.add(egui::Label::new(egui::RichText::new(heading).heading()).wrap());
                    });
                });
            });
            egui::ScrollArea::vertical()
                .max_height(max_height)
                .min_scrolled_height(max_height)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    action_grid(ui, palette, sheet);
                    if sheet.action.is_some() {
                        ui.separator();
                        fields(ui, palette, garden, device.acting, sheet);
                        when(ui, palette, garden, sheet);
                        note(ui, palette, sheet);
                    }
                });
            if sheet.action.is_some() {
                save_buttons(ui, palette, sheet, next_mode, out);
            }
        });
}

fn action_grid(ui: &mut egui::Ui, palette: &Palette, sheet: &mut LogSheet) {
    let gap = 8.0;
    let width = ((ui.available_width() - gap) / 2.0).floor();
    // Two columns of exactly half the sheet: a long label (German, larger
    // text) wraps inside its button instead of pushing the column off screen.
    for pair in OFFERED.chunks(2) {
        ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            for &action in pair {
                let label = match action {
                    Action::PromiseKept => crate::t!("app-log-promise-kept-or-broken"),
                    other => other.label(),
                };
                let selected = sheet.action == Some(action);
                let (fill, color) = if selected {
                    (palette.accent, palette.accent_text)
                } else {
                    (palette.card, palette.text)
                };
                let column = egui::Layout::top_down_justified(egui::Align::Center);
                let clicked = ui
                    .allocate_ui_with_layout(egui::vec2(width, 0.0), column, |ui| {
                        big_button(ui, &label, fill, color, width).clicked()
                    })
                    .inner;
                if clicked {
                    sheet.action = if selected { None } else { Some(action) };
                    sheet.problem = None;
                }
            }
        });
        ui.add_space(gap - ui.spacing().item_spacing.y);
    }
}

fn fields(
    ui: &mut egui::Ui,
    palette: &Palette,
    garden: &Garden,
    acting: crate::journal::Partner,
    sheet: &mut LogSheet,
) {
    match sheet.action {
        Some(Action::CheckIn) => {
            ui.label(crate::t!("app-log-feeling"));
            // Five choices a thumb can hit, at any text size (a slider's
            // number box ran off the screen at the larger ones).
            wrapping(ui, |ui| {
                for mood in 1..=5u8 {
                    let chosen = sheet.mood == mood;
                    let response = choice(ui, palette, chosen, &mood.to_string());
                    named(&response, crate::t!("app-log-mood-name", mood = mood));
                    if response.clicked() {
                        sheet.mood = mood;
                    }
                }
            });
            wrapping(ui, |ui| {
                if choice(ui, palette, sheet.calm, &crate::t!("app-log-calm")).clicked() {
                    sheet.calm = true;
                }
                if choice(ui, palette, !sheet.calm, &crate::t!("app-log-tense")).clicked() {
                    sheet.calm = false;
                }
            });
        }
        Some(Action::QualityTime) => {
            ui.label(crate::t!("app-log-how-long"));
            wrapping(ui, |ui| {
                for minutes in MINUTES {
                    if choice(
                        ui,
                        palette,
                        sheet.minutes == minutes,
                        &crate::t!("app-log-minutes", minutes = minutes),
                    )
                    .clicked()
                    {
                        sheet.minutes = minutes;
                    }
                }
            });
            ui.label(crate::t!("app-log-doing-what"));
            wrapping(ui, |ui| {
                for key in TOGETHER {
                    let what = crate::t!(key);
                    let selected = sheet.what.as_deref() == Some(what.as_str());
                    if choice(ui, palette, selected, &what).clicked() {
                        sheet.what = if selected { None } else { Some(what) };
                    }
                }
            });
        }
        Some(Action::PromiseMade) => {
            ui.label(crate::t!("app-log-the-promise"));
            wrapping(ui, |ui| {
                for key in PROMISES {
                    let text = crate::t!(key);
                    if choice(ui, palette, sheet.promise_text == text, &text).clicked() {
                        sheet.promise_text = text;
                    }
                }
            });
            let field = ui.add(
                egui::TextEdit::singleline(&mut sheet.promise_text)
                    .hint_text(crate::t!("app-log-promise-own-words-hint"))
                    .desired_width(f32::INFINITY)
                    .min_size(egui::vec2(0.0, TAP)),
            );
            named(&field, crate::t!("app-log-promise-own-words-name"));
        }
        Some(Action::PromiseKept | Action::PromiseBroken) => {
            // Only the partner who made a promise says how it went.
            let mine: Vec<_> = garden
                .open_promises
                .iter()
                .filter(|p| p.by == acting)
                .collect();
            if mine.is_empty() {
                ui.label(
                    egui::RichText::new(crate::t!("app-log-no-open-promises")).color(palette.weak),
                );
            }
            for promise in mine {
                let selected = sheet.promise == Some(promise.id);
                let label = if promise.overdue {
                    crate::t!("app-log-promise-overdue", text = &promise.text)
                } else {
                    promise.text.clone()
                };
                if choice(ui, palette, selected, &label).clicked() {
                    sheet.promise = Some(promise.id);
                }
            }
            ui.label(
                egui::RichText::new(crate::t!("app-log-promise-slipped"))
                    .small()
                    .color(palette.weak),
            );
        }
        Some(Action::Support) => {
            wrapping(ui, |ui| {
                for kind in [
                    SupportKind::Therapy,
                    SupportKind::Counselling,
                    SupportKind::Book,
                    SupportKind::Other,
                ] {
                    if choice(ui, palette, sheet.support == kind, &support_name(kind)).clicked() {
                        sheet.support = kind;
                    }
                }
            });
        }
        Some(Action::FeelsOff) => {
            ui.label(egui::RichText::new(crate::t!("app-log-feels-off")).color(palette.weak));
        }
        _ => {}
    }
}

fn when(ui: &mut egui::Ui, palette: &Palette, garden: &Garden, sheet: &mut LogSheet) {
    ui.label(crate::t!("app-log-when"));
    let yesterday = garden.today - Duration::days(1);
    wrapping(ui, |ui| {
        if choice(
            ui,
            palette,
            sheet.when == When::Now,
            &crate::t!("app-log-now"),
        )
        .clicked()
        {
            sheet.when = When::Now;
        }
        if choice(
            ui,
            palette,
            sheet.when == When::HoursAgo(3),
            &crate::t!("app-log-earlier-today"),
        )
        .clicked()
        {
            sheet.when = When::HoursAgo(3);
        }
        if choice(
            ui,
            palette,
            sheet.when == When::Day(yesterday),
            &crate::t!("app-log-yesterday"),
        )
        .clicked()
        {
            sheet.when = When::Day(yesterday);
        }
        let chosen = match sheet.when {
            When::Day(day) if day < yesterday => Some(day),
            _ => None,
        };
        if choice(
            ui,
            palette,
            chosen.is_some(),
            &crate::t!("app-log-another-day"),
        )
        .clicked()
            && chosen.is_none()
        {
            sheet.when = When::Day(yesterday - Duration::days(1));
        }
    });
    if let When::Day(day) = sheet.when
        && day < yesterday
    {
        // An entry can be logged up to a week after it happened.
        let earliest = garden.today - Duration::days(crate::actions::LATEST_DAYS);
        day_stepper(ui, palette, earliest, yesterday, sheet, day);
    }
}

fn day_stepper(
    ui: &mut egui::Ui,
    palette: &Palette,
    earliest: NaiveDate,
    latest: NaiveDate,
    sheet: &mut LogSheet,
    day: NaiveDate,
) {
    ui.horizontal(|ui| {
        if chip(ui, palette, false, &crate::t!("app-log-week-back")).clicked() {
            sheet.when = When::Day((day - Duration::days(7)).max(earliest));
        }
        if chip(ui, palette, false, "◀").clicked() {
            sheet.when = When::Day((day - Duration::days(1)).max(earliest));
        }
        ui.label(
            egui::RichText::new(crate::t!(
                "app-log-day",
                weekday = crate::i18n::weekday(day),
                date = crate::i18n::date_short(day)
            ))
            .strong(),
        );
        if chip(ui, palette, false, "▶").clicked() {
            sheet.when = When::Day((day + Duration::days(1)).min(latest));
        }
    });
}

fn note(ui: &mut egui::Ui, palette: &Palette, sheet: &mut LogSheet) {
    if sheet.note_open {
        let field = ui.add(
            egui::TextEdit::multiline(&mut sheet.note)
                .hint_text(crate::t!("app-log-note-hint"))
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        );
        named(&field, crate::t!("app-log-note-name"));
    } else if chip(ui, palette, false, &crate::t!("app-log-add-note")).clicked() {
        sheet.note_open = true;
    }
}

fn save_buttons(
    ui: &mut egui::Ui,
    palette: &Palette,
    sheet: &mut LogSheet,
    next_mode: &mut NextState<GardenMode>,
    out: &mut MessageWriter<Command>,
) {
    let promise_pair = matches!(
        sheet.action,
        Some(Action::PromiseKept | Action::PromiseBroken)
    );
    let choices: &[(bool, &str)] = if promise_pair {
        &[(true, "app-log-kept-it"), (false, "app-log-broke-it")]
    } else {
        &[(true, "app-log-save")]
    };
    let width = (ui.available_width() - 8.0 * (choices.len() as f32 - 1.0)) / choices.len() as f32;
    if sheet.problem.is_some() && sheet.kind(true).is_ok() {
        sheet.problem = None;
    }
    ui.horizontal(|ui| {
        for (kept, key) in choices {
            if big_button(
                ui,
                &crate::t!(key),
                palette.accent,
                palette.accent_text,
                width,
            )
            .clicked()
            {
                match sheet.kind(*kept) {
                    Ok(kind) => {
                        let note = sheet.note_open.then(|| sheet.note.clone());
                        out.write(Command::Record(crate::actions::Command::Log {
                            kind,
                            note,
                            when: sheet.when,
                        }));
                        *sheet = LogSheet::default();
                        next_mode.set(GardenMode::Looking);
                    }
                    Err(why) => sheet.problem = Some(why),
                }
            }
        }
    });
    // Kept until the sheet changes: a message shown for one frame is never read.
    if let Some(why) = sheet.problem {
        ui.label(egui::RichText::new(crate::t!(why)).color(palette.problem));
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<LogSheet>();
}
