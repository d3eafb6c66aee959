//! `status`: the garden at a moment, as a warm summary or one JSON object.
//! Shared by the command line and the app (whose parity tests compare them).

use std::collections::BTreeMap;

use chrono::{DateTime, Locale, NaiveDate, Utc};
use serde_json::{Map, Value, json};

use crate::garden::chapters::{ChapterProgress, Journey};
use crate::garden::words::{cloud_hint, storm_hint, weed_hint};
use crate::garden::{Garden, Ledger, Species};
use crate::i18n::{self, Lang};
use crate::journal::{Action, Hurt};
use crate::t;

/// Everything `status` shows.
pub struct Status<'a> {
    /// The hurt partners' names (both when the couple did not say).
    hurt: Vec<String>,
    hurt_roles: Hurt,
    events: usize,
    set_aside: usize,
    by_action: BTreeMap<&'static str, u32>,
    garden: &'a Garden,
    journey: &'a Journey,
    now: DateTime<Utc>,
}

impl<'a> Status<'a> {
    /// `set_aside`: damaged lines the journal set aside on open.
    pub fn new(
        ledger: &Ledger,
        garden: &'a Garden,
        journey: &'a Journey,
        set_aside: usize,
        now: DateTime<Utc>,
    ) -> Status<'a> {
        Status {
            hurt: ledger
                .couple()
                .hurt_names()
                .into_iter()
                .map(str::to_owned)
                .collect(),
            hurt_roles: ledger.couple().hurt,
            events: ledger.len(),
            set_aside,
            by_action: by_action(garden),
            garden,
            journey,
            now,
        }
    }
}

/// Actions that count up to `now` (retracted ones excluded), by CLI action
/// name; every action is listed, so the JSON has the same keys for every garden.
fn by_action(garden: &Garden) -> BTreeMap<&'static str, u32> {
    Action::ALL
        .into_iter()
        .map(|a| {
            let [x, y] = garden.counts.get(&a).copied().unwrap_or_default();
            (a.name(), x + y)
        })
        .collect()
}

impl Status<'_> {
    pub fn to_json(&self) -> Value {
        let g = self.garden;
        let share: Map<String, Value> = g
            .partners
            .iter()
            .zip(g.share)
            .map(|(name, share)| (name.clone(), figure(share)))
            .collect();
        let plants: Map<String, Value> = g
            .plants
            .iter()
            .map(|(species, plant)| {
                let value = json!({
                    "strength": figure(plant.strength),
                    "growth": figure(plant.growth),
                    "stage": plant.stage,
                    "wilt": figure(plant.wilt),
                    "fed_by": fed_by(&g.partners, plant.fed_by),
                });
                (species.name().to_owned(), value)
            })
            .collect();
        let chapter = self.journey.current_chapter().map(|c| self.chapter_json(c));
        json!({
            "at": self
                .now
                .with_timezone(&g.clock.zone)
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
            "today": g.today,
            "events": self.events,
            "set_aside": self.set_aside,
            "partners": g.partners,
            "hurt": self.hurt,
            "by_action": self.by_action,
            "trust": figure(g.trust),
            "streak_days": g.streak.days,
            "best_streak_days": g.streak.best,
            "grace_days_left": g.streak.grace_left,
            "share": share,
            "plants": plants,
            "weeds": g.weeds.len(),
            "weeds_of_silence": g.weeds.iter().filter(|w| w.silent).count(),
            "noticed": g.partners.iter().zip(g.noticed).map(|(name, n)| (name.clone(), json!(n))).collect::<Map<String, Value>>(),
            "seen": figure(g.seen),
            "weather": {
                "sky": g.weather.sky,
                "mood": g.weather.mood.map(figure),
                "storm": figure(g.weather.storm),
                "clouds": g.weather.clouds.len(),
            },
            "paused": g.paused,
            "open_promises": g.open_promises.iter().map(|p| json!({
                "id": p.id.to_string(),
                "by": g.partners[p.by.index()],
                "text": p.text,
                "due": p.due,
                "overdue": p.overdue,
            })).collect::<Vec<_>>(),
            "chapter": chapter,
            "chapters_completed": self.journey.chapters.iter().filter(|c| c.completed_on.is_some()).count(),
            "chapters_total": self.journey.chapters.len(),
        })
    }

    fn chapter_json(&self, c: &ChapterProgress) -> Value {
        let goals: Vec<Value> = c
            .goals
            .iter()
            .map(|goal| {
                json!({
                    "description": goal.description,
                    "action": goal.action.name(),
                    "who": goal.who,
                    "acknowledged": goal.acknowledged,
                    "done": goal.done,
                    "needed": goal.needed,
                    "progress": figure(ratio(goal.done, goal.needed)),
                })
            })
            .collect();
        json!({
            "number": self.journey.current + 1,
            "id": c.id,
            "title": c.title,
            "progress": figure(c.progress.clamp(0.0, 1.0)),
            "started_on": c.started_on,
            "completed_on": c.completed_on,
            "days_in": c.days_in,
            "min_days": c.min_days,
            "min_trust": figure(c.min_trust),
            "trust_met": c.trust_met,
            "goals": goals,
        })
    }

    /// The status in words, in the current language.
    pub fn to_text(&self) -> String {
        let g = self.garden;
        let mut text = String::new();
        let mut line = |s: String| {
            text.push_str(&s);
            text.push('\n');
        };
        // A label column as wide as this language's longest label needs.
        let labels = [
            "report-status-trust",
            "report-status-streak",
            "report-status-weather",
            "report-status-storm",
            "report-status-together",
            "report-status-paused",
        ]
        .map(|key| t!(key));
        let width = labels
            .iter()
            .map(|l| l.chars().count())
            .max()
            .unwrap_or_default()
            .max(10);
        let [trust, streak, weather, storm, together, paused] = labels;
        let labelled = |label: &str, value: String| format!("{label:<width$} {value}");
        line(t!(
            "report-status-heading",
            first = &g.partners[0],
            second = &g.partners[1],
            day = heading_day(g.today)
        ));
        line(String::new());
        if self.by_action.values().all(|n| *n == 0) {
            line(t!("report-status-nothing-yet"));
            line("  trust-garden log honest-talk --by NAME".to_owned());
        }
        line(labelled(
            &trust,
            format!("{} {}", bar(g.trust), percent(g.trust)),
        ));
        line(labelled(
            &streak,
            t!(
                "report-status-streak-value",
                days = g.streak.days,
                best = g.streak.best
            ),
        ));
        let mood = g
            .weather
            .mood
            .map(|m| t!("report-status-recent-mood", mood = i18n::decimal(m, 1)))
            .unwrap_or_default();
        let clouds = match g.weather.clouds.len() {
            0 => String::new(),
            n => t!("report-status-clouds", count = n, hint = cloud_hint()),
        };
        line(labelled(
            &weather,
            format!("{}{mood}{clouds}", sky_words(g)),
        ));
        if g.weather.storm >= 0.05 {
            line(labelled(
                &storm,
                format!(
                    "{}: {}",
                    percent(g.weather.storm),
                    storm_hint(self.hurt_roles, &g.partners)
                ),
            ));
        }
        line(labelled(
            &together,
            format!(
                "{} {} · {} {}",
                g.partners[0],
                percent(g.share[0]),
                g.partners[1],
                percent(g.share[1])
            ),
        ));
        if g.paused {
            line(labelled(&paused, t!("report-status-paused-value")));
        }
        line(String::new());
        if let Some(chapter) = self.journey.current_chapter() {
            line(format!(
                "{}  {} {}",
                t!(
                    "report-status-chapter",
                    number = self.journey.current + 1,
                    total = self.journey.chapters.len(),
                    title = &chapter.title
                ),
                bar(chapter.progress),
                percent(chapter.progress)
            ));
            for goal in &chapter.goals {
                let mark = if goal.is_met() { "✓" } else { "·" };
                line(format!(
                    "  {mark} {} ({}/{})",
                    goal.description, goal.done, goal.needed
                ));
            }
            if chapter.days_in < chapter.min_days && chapter.completed_on.is_none() {
                line(format!(
                    "  · {}",
                    t!(
                        "report-status-chapter-days",
                        days_in = chapter.days_in,
                        min_days = chapter.min_days
                    )
                ));
            }
            if !chapter.trust_met && chapter.completed_on.is_none() {
                line(format!(
                    "  · {}",
                    t!(
                        "report-status-chapter-trust",
                        percent = percent(chapter.min_trust)
                    )
                ));
            }
            line(String::new());
        }
        line(t!("report-status-plants"));
        let names = Species::ALL.map(Species::label);
        let name_width = names
            .iter()
            .map(|n| n.chars().count() + 1)
            .max()
            .unwrap_or_default()
            .max(12);
        for (species, name) in Species::ALL.into_iter().zip(&names) {
            if let Some(plant) = g.plants.get(&species) {
                let wilted = if plant.drooping() {
                    t!("report-status-wilted")
                } else {
                    String::new()
                };
                line(format!(
                    "  {name:<name_width$} {} {}{wilted}",
                    bar(plant.strength),
                    plant.stage.label()
                ));
            }
        }
        for silent in [false, true] {
            let weeds: Vec<_> = g.weeds.iter().filter(|w| w.silent == silent).collect();
            if let Some(first) = weeds.first() {
                line(format!(
                    "  {}",
                    t!(
                        "report-status-weeds",
                        count = weeds.len(),
                        hint = weed_hint(first).to_string()
                    )
                ));
            }
        }
        if g.noticed != [0, 0] {
            line(format!(
                "  {}",
                t!(
                    "report-status-noticed",
                    first = &g.partners[0],
                    first_noticed = g.noticed[0],
                    second = &g.partners[1],
                    second_noticed = g.noticed[1]
                )
            ));
        }
        if !g.open_promises.is_empty() {
            line(String::new());
            line(t!("report-status-open-promises"));
            for p in &g.open_promises {
                let due = p
                    .due
                    .map(|d| t!("report-status-due", due = d.to_string()))
                    .unwrap_or_default();
                line(format!(
                    "  {}: {}{due}  [{}]",
                    g.partners[p.by.index()],
                    p.text,
                    p.id
                ));
            }
        }
        line(String::new());
        let aside = if self.set_aside > 0 {
            t!("report-status-set-aside", count = self.set_aside)
        } else {
            String::new()
        };
        line(t!(
            "report-status-events",
            count = self.events,
            aside = aside
        ));
        text
    }
}

/// Today as the heading names it: "Friday 1 May 2026", "Freitag, 1. Mai 2026".
fn heading_day(day: NaiveDate) -> String {
    let locale = match i18n::current() {
        Lang::En => Locale::en_US,
        Lang::De => Locale::de_DE,
        Lang::Es => Locale::es_ES,
    };
    day.format_localized(&t!("report-status-day-pattern"), locale)
        .to_string()
}

/// A share in [0, 1] as a whole percentage, written the language's way.
fn percent(value: f32) -> String {
    t!(
        "percent",
        value = format!("{:.0}", value.clamp(0.0, 1.0) * 100.0)
    )
}

fn fed_by(names: &[String; 2], counts: [u32; 2]) -> Value {
    let map: Map<String, Value> = names
        .iter()
        .zip(counts)
        .map(|(name, n)| (name.clone(), json!(n)))
        .collect();
    Value::Object(map)
}

/// An `f32` as the JSON number it reads as (0.21428572), not the digits of
/// its widening to `f64` (0.2142857164144516).
fn figure(value: f32) -> Value {
    value
        .to_string()
        .parse::<f64>()
        .map_or(Value::Null, |shortest| json!(shortest))
}

fn ratio(done: u32, needed: u32) -> f32 {
    if needed == 0 {
        1.0
    } else {
        (done as f32 / needed as f32).min(1.0)
    }
}

/// A ten-cell bar for a value in [0, 1].
fn bar(value: f32) -> String {
    let filled = (value.clamp(0.0, 1.0) * 10.0).round() as usize;
    format!("{}{}", "▮".repeat(filled), "▯".repeat(10 - filled))
}

fn sky_words(g: &Garden) -> String {
    use crate::garden::state::Sky;
    if g.weather.storm > 0.5 {
        return t!("report-sky-storm-lingers");
    }
    t!(match g.weather.sky {
        Sky::Clear => "report-sky-clear",
        Sky::Fair => "report-sky-fair",
        Sky::Overcast => "report-sky-overcast",
        Sky::Rain => "report-sky-rain",
        Sky::Storm => "report-sky-stormy",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_are_ten_cells_whatever_the_value() {
        for value in [-1.0, 0.0, 0.26, 0.5, 1.0, 7.0, f32::NAN] {
            assert_eq!(bar(value).chars().count(), 10, "{value}");
        }
        assert_eq!(bar(0.5), "▮▮▮▮▮▯▯▯▯▯");
    }

    #[test]
    fn goal_ratios_stay_in_range() {
        assert_eq!(ratio(0, 0), 1.0);
        assert_eq!(ratio(3, 2), 1.0);
        assert_eq!(ratio(1, 4), 0.25);
    }

    #[test]
    fn an_f32_is_written_with_its_own_shortest_digits() {
        let third_of_three_sevenths = 3.0f32 / 14.0;
        assert_eq!(figure(third_of_three_sevenths).to_string(), "0.21428572");
        assert_eq!(figure(0.25).to_string(), "0.25");
        assert_eq!(figure(1.0).to_string(), "1.0");
        assert_eq!(figure(f32::NAN), serde_json::Value::Null);
    }
}

#[cfg(test)]
mod words {
    use super::*;
    use crate::i18n::scoped;

    #[test]
    fn the_heading_day_is_written_the_languages_way() {
        let day = NaiveDate::from_ymd_opt(2026, 5, 1).unwrap();
        assert_eq!(scoped(Lang::En, || heading_day(day)), "Friday 1 May 2026");
        assert_eq!(
            scoped(Lang::De, || heading_day(day)),
            "Freitag, 1. Mai 2026"
        );
        assert_eq!(
            scoped(Lang::Es, || heading_day(day)),
            "viernes 1 de mayo de 2026"
        );
    }

    #[test]
    fn numbers_use_the_languages_marks() {
        assert_eq!(scoped(Lang::En, || percent(0.424)), "42%");
        // A narrow no-break space, as in the summary: one message for both.
        assert_eq!(scoped(Lang::De, || percent(0.424)), "42\u{202f}%");
        assert_eq!(scoped(Lang::En, || i18n::decimal(3.5, 1)), "3.5");
        assert_eq!(scoped(Lang::Es, || i18n::decimal(3.5, 1)), "3,5");
        assert_eq!(
            scoped(Lang::De, || t!(
                "report-status-streak-value",
                days = 3,
                best = 5
            )),
            "3 Tage am Stück (bisher beste: 5)"
        );
        assert_eq!(
            scoped(Lang::En, || t!(
                "report-status-streak-value",
                days = 0,
                best = 5
            )),
            "not yet; any action today starts one (best 5)"
        );
    }
}
