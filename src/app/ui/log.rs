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
const TOGETHER: [&str; 5] = ["dinner", "a walk", "a night in", "a day out", "a long talk"];
const PROMISES: [&str; 4] = [
    "I'll tell you where I am",
    "I'll keep my phone open to you",
    "I'll be home when I say",
    "I'll check in every evening",
];

/// What the sheet is filling in; cleared after each save.
#[derive(Resource, Clone, Debug, PartialEq)]
pub struct LogSheet {
    pub action: Option<Action>,
    pub mood: u8,
    pub calm: bool,
    pub minutes: u32,
    pub what: Option<&'static str>,
    pub promise_text: String,
    pub promise: Option<EventId>,
    pub support: SupportKind,
    pub note: String,
    pub note_open: bool,
    pub when: When,
    /// Why the last tap on Save could not save, until the sheet changes.
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
    /// The event kind the sheet describes, or why it is not complete yet.
    pub fn kind(&self, kept: bool) -> Result<Kind, &'static str> {
        let action = self.action.ok_or("Choose what you did.")?;
        Ok(match action {
            Action::HonestTalk => Kind::HonestTalk,
            Action::CheckIn => Kind::CheckIn {
                mood: self.mood.clamp(1, 5),
                calm: self.calm,
            },
            Action::PromiseMade => {
                let text = self.promise_text.trim();
                if text.is_empty() {
                    return Err("Pick or write the promise.");
                }
                Kind::PromiseMade {
                    text: text.to_owned(),
                    due: None,
                }
            }
            Action::PromiseKept | Action::PromiseBroken => {
                let promise = self.promise.ok_or("Choose the promise.")?;
                if kept {
                    Kind::PromiseKept { promise }
                } else {
                    Kind::PromiseBroken { promise }
                }
            }
            Action::QualityTime => Kind::QualityTime {
                minutes: self.minutes,
                what: self.what.map(str::to_owned),
            },
            Action::Apology => Kind::Apology,
            Action::Support => Kind::Support { kind: self.support },
            Action::LetItGo => Kind::LetItGo,
            Action::Kindness => Kind::Kindness,
            Action::Gratitude => Kind::Gratitude,
            Action::FeelsOff => Kind::FeelsOff,
            Action::MovingForward => Kind::MovingForward,
            Action::Acknowledge => return Err("Acknowledge your partner's entries in History."),
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
            ui.horizontal(|ui| {
                ui.heading(format!(
                    "What did you do, {}?",
                    garden.partners[device.acting.index()]
                ));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if chip(ui, palette, false, "Close").clicked() {
                        *sheet = LogSheet::default();
                        next_mode.set(GardenMode::Looking);
                    }
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
    let width = (ui.available_width() - 8.0) / 2.0;
    egui::Grid::new("actions")
        .spacing([8.0, 8.0])
        .show(ui, |ui| {
            for (i, action) in OFFERED.into_iter().enumerate() {
                let label = match action {
                    Action::PromiseKept => "Promise kept / broken".to_owned(),
                    other => other.label(),
                };
                let selected = sheet.action == Some(action);
                let (fill, color) = if selected {
                    (palette.accent, palette.accent_text)
                } else {
                    (palette.card, palette.text)
                };
                if big_button(ui, &label, fill, color, width).clicked() {
                    sheet.action = if selected { None } else { Some(action) };
                    sheet.problem = None;
                }
                if i % 2 == 1 {
                    ui.end_row();
                }
            }
        });
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
            ui.label("How are you feeling? (1 low, 5 good)");
            let mut mood = f32::from(sheet.mood);
            ui.spacing_mut().slider_width = ui.available_width() - 60.0;
            ui.add(egui::Slider::new(&mut mood, 1.0..=5.0).step_by(1.0));
            sheet.mood = mood as u8;
            wrapping(ui, |ui| {
                if choice(ui, palette, sheet.calm, "Calm").clicked() {
                    sheet.calm = true;
                }
                if choice(ui, palette, !sheet.calm, "Tense").clicked() {
                    sheet.calm = false;
                }
            });
        }
        Some(Action::QualityTime) => {
            ui.label("How long?");
            wrapping(ui, |ui| {
                for minutes in MINUTES {
                    if choice(
                        ui,
                        palette,
                        sheet.minutes == minutes,
                        &format!("{minutes} min"),
                    )
                    .clicked()
                    {
                        sheet.minutes = minutes;
                    }
                }
            });
            ui.label("Doing what? (optional)");
            wrapping(ui, |ui| {
                for what in TOGETHER {
                    let selected = sheet.what == Some(what);
                    if choice(ui, palette, selected, what).clicked() {
                        sheet.what = if selected { None } else { Some(what) };
                    }
                }
            });
        }
        Some(Action::PromiseMade) => {
            ui.label("The promise");
            wrapping(ui, |ui| {
                for text in PROMISES {
                    if choice(ui, palette, sheet.promise_text == text, text).clicked() {
                        sheet.promise_text = text.to_owned();
                    }
                }
            });
            let field = ui.add(
                egui::TextEdit::singleline(&mut sheet.promise_text)
                    .hint_text("or in your own words")
                    .desired_width(f32::INFINITY)
                    .min_size(egui::vec2(0.0, TAP)),
            );
            named(&field, "The promise, in your own words");
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
                    egui::RichText::new("You have no open promises right now.").color(palette.weak),
                );
            }
            for promise in mine {
                let selected = sheet.promise == Some(promise.id);
                let label = if promise.overdue {
                    format!("{} (past its day)", promise.text)
                } else {
                    promise.text.clone()
                };
                if choice(ui, palette, selected, &label).clicked() {
                    sheet.promise = Some(promise.id);
                }
            }
            ui.label(
                egui::RichText::new(
                    "Saying a promise slipped weighs far less than leaving it unspoken.",
                )
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
                    if choice(ui, palette, sheet.support == kind, support_name(kind)).clicked() {
                        sheet.support = kind;
                    }
                }
            });
        }
        Some(Action::FeelsOff) => {
            ui.label(
                egui::RichText::new(
                    "Saying it calmly is brave, and it never costs the garden. A cloud waits in the sky: a calm check-in or an honest talk clears it.",
                )
                .color(palette.weak),
            );
        }
        _ => {}
    }
}

fn when(ui: &mut egui::Ui, palette: &Palette, garden: &Garden, sheet: &mut LogSheet) {
    ui.label("When?");
    let yesterday = garden.today - Duration::days(1);
    wrapping(ui, |ui| {
        if choice(ui, palette, sheet.when == When::Now, "Now").clicked() {
            sheet.when = When::Now;
        }
        if choice(
            ui,
            palette,
            sheet.when == When::HoursAgo(3),
            "Earlier today",
        )
        .clicked()
        {
            sheet.when = When::HoursAgo(3);
        }
        if choice(ui, palette, sheet.when == When::Day(yesterday), "Yesterday").clicked() {
            sheet.when = When::Day(yesterday);
        }
        let chosen = match sheet.when {
            When::Day(day) if day < yesterday => Some(day),
            _ => None,
        };
        if choice(ui, palette, chosen.is_some(), "Another day").clicked() && chosen.is_none() {
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
        if chip(ui, palette, false, "◀ a week").clicked() {
            sheet.when = When::Day((day - Duration::days(7)).max(earliest));
        }
        if chip(ui, palette, false, "◀").clicked() {
            sheet.when = When::Day((day - Duration::days(1)).max(earliest));
        }
        ui.label(egui::RichText::new(day.format("%a %e %b").to_string()).strong());
        if chip(ui, palette, false, "▶").clicked() {
            sheet.when = When::Day((day + Duration::days(1)).min(latest));
        }
    });
}

fn note(ui: &mut egui::Ui, palette: &Palette, sheet: &mut LogSheet) {
    if sheet.note_open {
        let field = ui.add(
            egui::TextEdit::multiline(&mut sheet.note)
                .hint_text("I felt … when …")
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        );
        named(&field, "Note (optional)");
    } else if chip(ui, palette, false, "Add a note (optional)").clicked() {
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
        &[(true, "Kept it"), (false, "Broke it (honestly)")]
    } else {
        &[(true, "Save")]
    };
    let width = (ui.available_width() - 8.0 * (choices.len() as f32 - 1.0)) / choices.len() as f32;
    if sheet.problem.is_some() && sheet.kind(true).is_ok() {
        sheet.problem = None;
    }
    ui.horizontal(|ui| {
        for (kept, label) in choices {
            if big_button(ui, label, palette.accent, palette.accent_text, width).clicked() {
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
        ui.label(egui::RichText::new(why).color(palette.problem));
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<LogSheet>();
}
