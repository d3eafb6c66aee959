//! First run: both names, who was hurt, the time zone (the system's by
//! default) and when the couple's day starts. Saving writes the setup event.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};
use chrono::NaiveTime;

use crate::app::storage::Command;
use crate::app::theme::{TAP, Theme};
use crate::journal::{Hurt, Partner};

use super::SafeArea;
use super::widgets::{big_button, card, choice, named, panel, root_ui, wrapping};
use super::zone_picker::ZoneSearch;

/// The names used when none are typed in (saved in the language shown).
fn default_name(i: usize) -> String {
    crate::t!("app-welcome-default-name", number = i + 1)
}

/// Partner `i`'s name as typed, or the neutral one when left blank.
fn name_or_default(names: &[String; 2], i: usize) -> String {
    match names[i].trim() {
        "" => default_name(i),
        typed => typed.to_owned(),
    }
}

pub(super) struct Form {
    names: [String; 2],
    zone: String,
    zone_search: ZoneSearch,
    day_start: u32,
    hurt: Hurt,
    /// Who is holding this device: the partner whose actions it logs.
    holder: Partner,
    problem: Option<String>,
}

impl Default for Form {
    fn default() -> Self {
        Form {
            names: [String::new(), String::new()],
            zone: system_zone(),
            zone_search: ZoneSearch::default(),
            day_start: 4,
            hurt: Hurt::NotSaid,
            holder: Partner::A,
            problem: None,
        }
    }
}

/// The system's IANA zone, or UTC when it cannot be told.
pub fn system_zone() -> String {
    iana_time_zone::get_timezone()
        .ok()
        .filter(|zone| zone.parse::<chrono_tz::Tz>().is_ok())
        .unwrap_or_else(|| "UTC".into())
}

pub(super) fn draw(
    mut contexts: EguiContexts,
    theme: Res<Theme>,
    safe: Res<SafeArea>,
    mut form: Local<Form>,
    mut out: MessageWriter<Command>,
    // Who holds it, and the time shown beside each zone.
    (mut device, clock): (
        ResMut<crate::app::device::DeviceSettings>,
        Res<crate::app::clock::AppClock>,
    ),
    speaking: Res<crate::app::language::Speaking>,
) -> Result {
    // Every word of the screen in the app's language.
    speaking.speak(|| {
        let ctx = contexts.ctx_mut()?.clone();
        let palette = theme.0;
        let mut root = root_ui(&ctx, *safe);
        // The way on stays under the thumb however long the form is.
        egui::Panel::bottom("plant")
            .resizable(false)
            .frame(panel(&palette))
            .show(&mut root, |ui| {
                let width = ui.available_width();
                if big_button(
                    ui,
                    &crate::t!("app-welcome-plant"),
                    palette.accent,
                    palette.accent_text,
                    width,
                )
                .clicked()
                    && plant(&mut form, &mut out)
                {
                    device.acting = form.holder;
                }
                if let Some(problem) = &form.problem {
                    ui.label(egui::RichText::new(problem).color(palette.problem));
                }
            });
        egui::CentralPanel::default_margins().show(&mut root, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.add_space(24.0);
                ui.heading(crate::t!("app-welcome-heading"));
                ui.label(crate::t!("app-welcome-about"));
                ui.label(
                    egui::RichText::new(crate::t!("app-welcome-shared"))
                        .small()
                        .color(palette.weak),
                );
                ui.add_space(12.0);
                card(&palette).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    for (i, key) in ["app-welcome-first-name", "app-welcome-second-name"]
                        .into_iter()
                        .enumerate()
                    {
                        let hint = crate::t!(key);
                        ui.label(&hint);
                        let field = ui.add(
                            egui::TextEdit::singleline(&mut form.names[i])
                                .hint_text(crate::t!(
                                    "app-welcome-name-hint",
                                    name = default_name(i)
                                ))
                                .desired_width(f32::INFINITY)
                                .min_size(egui::vec2(0.0, TAP)),
                        );
                        named(&field, hint);
                    }
                    let name = [0, 1].map(|i| name_or_default(&form.names, i));
                    ui.add_space(8.0);
                    // Asked once, here; the "I am" switch changes it later.
                    ui.label(crate::t!("app-welcome-holder"));
                    let holders = [(Partner::A, name[0].clone()), (Partner::B, name[1].clone())];
                    wrapping(ui, |ui| {
                        for (partner, label) in &holders {
                            if choice(ui, &palette, form.holder == *partner, label).clicked() {
                                form.holder = *partner;
                            }
                        }
                    });
                    ui.add_space(8.0);
                    ui.label(crate::t!("app-welcome-who-was-hurt"));
                    let choices = [
                        (Hurt::One(Partner::A), name[0].clone()),
                        (Hurt::One(Partner::B), name[1].clone()),
                        (Hurt::Both, crate::t!("app-roles-both")),
                        (Hurt::NotSaid, crate::t!("app-roles-not-said")),
                    ];
                    wrapping(ui, |ui| {
                        for (hurt, label) in &choices {
                            if choice(ui, &palette, form.hurt == *hurt, label).clicked() {
                                form.hurt = *hurt;
                            }
                        }
                    });
                    ui.label(
                        egui::RichText::new(crate::t!("app-welcome-roles-about"))
                            .small()
                            .color(palette.weak),
                    );
                    ui.add_space(8.0);
                    let form = &mut *form;
                    if let Some(zone) = form.zone_search.show(ui, &palette, &form.zone, clock.now())
                    {
                        form.zone = zone;
                        form.problem = None;
                    }
                    ui.add_space(8.0);
                    ui.label(crate::t!("app-welcome-day-start"));
                    wrapping(ui, |ui| {
                        for hour in [0, 3, 4, 5, 6] {
                            if choice(
                                ui,
                                &palette,
                                form.day_start == hour,
                                &format!("{hour:02}:00"),
                            )
                            .clicked()
                            {
                                form.day_start = hour;
                            }
                        }
                    });
                });
            });
        });
        Ok(())
    })
}

/// Sends the setup; typing is optional on a phone, so blank names get
/// neutral ones. False when the form still has a problem.
fn plant(form: &mut Form, out: &mut MessageWriter<Command>) -> bool {
    let names = (
        name_or_default(&form.names, 0),
        name_or_default(&form.names, 1),
    );
    if crate::garden::zones::named(&form.zone).is_none() {
        form.problem = Some(crate::t!(
            "app-welcome-bad-zone",
            zone = format!("{:?}", form.zone.trim())
        ));
        return false;
    }
    form.problem = None;
    out.write(Command::Record(crate::actions::Command::Setup {
        names,
        zone: form.zone.trim().to_owned(),
        day_start: NaiveTime::from_hms_opt(form.day_start, 0, 0).unwrap_or(NaiveTime::MIN),
        hurt: form.hurt,
    }));
    true
}
