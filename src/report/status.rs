//! `status`: the garden at a moment, as a warm summary or one JSON object.
//! Shared by the command line and the app (whose parity tests compare them).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde_json::{Map, Value, json};

use crate::garden::chapters::{ChapterProgress, Journey};
use crate::garden::words::{cloud_hint, storm_hint, weed_hint};
use crate::garden::{Garden, Ledger, Species};
use crate::journal::{Action, Hurt};

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

    pub fn to_text(&self) -> String {
        let g = self.garden;
        let mut text = String::new();
        let mut line = |s: String| {
            text.push_str(&s);
            text.push('\n');
        };
        let day = g.today.format("%A %-d %B %Y");
        line(format!(
            "{} & {}'s garden, {day}",
            g.partners[0], g.partners[1]
        ));
        line(String::new());
        if self.by_action.values().all(|n| *n == 0) {
            line("Nothing logged yet. The garden is waiting for its first seed:".to_owned());
            line("  trust-garden log honest-talk --by NAME".to_owned());
        }
        line(format!(
            "Trust      {} {:.0}%",
            bar(g.trust),
            g.trust.clamp(0.0, 1.0) * 100.0
        ));
        let streak = match g.streak.days {
            0 => "not yet; any action today starts one".to_owned(),
            1 => "1 day".to_owned(),
            n => format!("{n} days in a row"),
        };
        line(format!("Streak     {streak} (best {})", g.streak.best));
        let mood = g
            .weather
            .mood
            .map(|m| format!(", recent mood {m:.1} of 5"))
            .unwrap_or_default();
        let clouds = match g.weather.clouds.len() {
            0 => String::new(),
            1 => format!(", one cloud ({})", cloud_hint()),
            n => format!(", {n} clouds ({}, each)", cloud_hint()),
        };
        line(format!("Weather    {}{mood}{clouds}", sky_words(g)));
        if g.weather.storm >= 0.05 {
            line(format!(
                "Storm      {:.0}%: {}",
                g.weather.storm * 100.0,
                storm_hint(self.hurt_roles, &g.partners)
            ));
        }
        line(format!(
            "Together   {} {:.0}% · {} {:.0}%",
            g.partners[0],
            g.share[0] * 100.0,
            g.partners[1],
            g.share[1] * 100.0
        ));
        if g.paused {
            line("Paused     today is a pause day: nothing fades, the streak waits.".to_owned());
        }
        line(String::new());
        if let Some(chapter) = self.journey.current_chapter() {
            line(format!(
                "Chapter {} of {}: {}  {} {:.0}%",
                self.journey.current + 1,
                self.journey.chapters.len(),
                chapter.title,
                bar(chapter.progress),
                chapter.progress.clamp(0.0, 1.0) * 100.0
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
                    "  · day {} of at least {}: this part cannot be rushed",
                    chapter.days_in, chapter.min_days
                ));
            }
            if !chapter.trust_met && chapter.completed_on.is_none() {
                line(format!(
                    "  · it also waits for the garden to reach {:.0}% trust",
                    chapter.min_trust * 100.0
                ));
            }
            line(String::new());
        }
        line("Plants".to_owned());
        for species in Species::ALL {
            if let Some(plant) = g.plants.get(&species) {
                let stage = serde_json::to_value(plant.stage)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default();
                let wilted = if plant.wilt > 0.3 {
                    ", a little wilted"
                } else {
                    ""
                };
                line(format!(
                    "  {:<12} {} {stage}{wilted}",
                    species.name(),
                    bar(plant.strength)
                ));
            }
        }
        for silent in [false, true] {
            let weeds: Vec<_> = g.weeds.iter().filter(|w| w.silent == silent).collect();
            match weeds.as_slice() {
                [] => {}
                [one] => line(format!("  one weed: {}", weed_hint(one))),
                [first, ..] => line(format!(
                    "  {} weeds: {}, each",
                    weeds.len(),
                    weed_hint(first)
                )),
            }
        }
        if g.noticed != [0, 0] {
            line(format!(
                "  {} noticed {} of {}'s entries; {} noticed {} of {}'s",
                g.partners[0],
                g.noticed[0],
                g.partners[1],
                g.partners[1],
                g.noticed[1],
                g.partners[0]
            ));
        }
        if !g.open_promises.is_empty() {
            line(String::new());
            line("Open promises".to_owned());
            for p in &g.open_promises {
                let due = p.due.map(|d| format!(", due {d}")).unwrap_or_default();
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
            format!(
                "; {} damaged line(s) set aside, see `trust-garden verify`",
                self.set_aside
            )
        } else {
            String::new()
        };
        line(format!("{} events in the log{aside}.", self.events));
        text
    }
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

fn sky_words(g: &Garden) -> &'static str {
    use crate::garden::state::Sky;
    if g.weather.storm > 0.5 {
        return "a storm still hangs over the garden";
    }
    match g.weather.sky {
        Sky::Clear => "clear skies",
        Sky::Fair => "fair",
        Sky::Overcast => "overcast",
        Sky::Rain => "rain; the soil is drinking it",
        Sky::Storm => "stormy",
    }
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
