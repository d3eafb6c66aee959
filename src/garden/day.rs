//! One day of the garden: the state carried from day to day, and the step that
//! lets a day pass (decay, then the day's actions, then growth). Replay, the
//! incremental replayer and the timeline all run this same step, so they agree
//! to the bit.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};

use crate::garden::ledger::{Act, Detail, Ledger};
use crate::garden::rules::*;
use crate::garden::species::SpeciesRules;
use crate::garden::state::{
    Cloud, Garden, OpenPromise, Plant, Species, Stage, Streak, Weather, Weed,
};
use crate::journal::{Action, EventId};

const SPECIES: usize = Species::ALL.len();
const ACTIONS: usize = Action::ALL.len();
/// How many of the latest feeding events a plant remembers for "what grew this?".
const RECENT: usize = 6;

#[derive(Clone, Debug, PartialEq)]
struct PlantState {
    strength: f32,
    /// Recent care, fading over the species' cadence.
    care: f32,
    wilt: f32,
    best_growth: f32,
    fed_by: [u32; 2],
    /// Newest last; `None` until filled.
    recent: [Option<EventId>; RECENT],
}

impl PlantState {
    const NEW: PlantState = PlantState {
        strength: 0.0,
        care: 0.0,
        wilt: 0.0,
        best_growth: 0.0,
        fed_by: [0, 0],
        recent: [None; RECENT],
    };

    fn remember(&mut self, id: EventId) {
        self.recent.rotate_left(1);
        self.recent[RECENT - 1] = Some(id);
    }

    /// Growth for the view: from strength, never below the dormant share of
    /// the best growth it reached.
    fn growth(&self) -> f32 {
        growth_of(self.strength).max(DORMANT_SHARE_OF_BEST * self.best_growth)
    }
}

#[derive(Clone, Debug, PartialEq)]
struct StreakState {
    days: u32,
    best: u32,
    /// The week whose grace day has been used.
    grace_used_in: Option<(i32, u32)>,
}

/// Everything carried from one day to the next.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct DayState {
    first_day: Option<NaiveDate>,
    plants: [PlantState; SPECIES],
    /// Recent effort per partner, for the share and the mutuality balance.
    effort: [f32; 2],
    storm: f32,
    mood_sum: f32,
    mood_weight: f32,
    weeds: Vec<Weed>,
    clouds: Vec<Cloud>,
    open_promises: Vec<EventId>,
    counts: [[u32; 2]; ACTIONS],
    streak: StreakState,
    /// Whether the day last stepped had an action (for `Streak::today_done`).
    active: bool,
    /// Actions per partner on the day last stepped.
    actions_today: [u32; 2],
}

/// Whether the day being stepped is over (a missed day then costs streak) or
/// is the day in progress.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DayEnd {
    Over,
    InProgress,
}

impl DayState {
    pub fn new() -> DayState {
        DayState {
            first_day: None,
            plants: [const { PlantState::NEW }; SPECIES],
            effort: [0.0; 2],
            storm: STORM_AT_START,
            mood_sum: 0.0,
            mood_weight: 0.0,
            weeds: Vec::new(),
            clouds: Vec::new(),
            open_promises: Vec::new(),
            counts: [[0; 2]; ACTIONS],
            streak: StreakState {
                days: 0,
                best: 0,
                grace_used_in: None,
            },
            active: false,
            actions_today: [0; 2],
        }
    }

    pub fn actions_today(&self) -> [u32; 2] {
        self.actions_today
    }

    /// Lets `day` pass with its actions (those of `acts` at or before `until`).
    pub fn step(
        &mut self,
        rules: &SpeciesRules,
        ledger: &Ledger,
        day: NaiveDate,
        acts: &[Act],
        until: Option<DateTime<Utc>>,
        end: DayEnd,
    ) {
        let acts = match until {
            Some(until) => &acts[..acts.partition_point(|a| a.at <= until)],
            None => acts,
        };
        self.active = false;
        self.actions_today = [0; 2];
        if self.first_day.is_none() {
            if acts.is_empty() {
                return;
            }
            self.first_day = Some(day);
        }
        let paused = ledger.is_paused(day);
        if !paused {
            self.fade();
        }
        let mut day_acts = DayActs::default();
        for act in acts {
            self.act(rules, ledger, act, &mut day_acts);
        }
        self.grow(rules, &day_acts, paused);
        self.lift_storm(&day_acts);
        self.weeds
            .retain(|w| (day - w.since).num_days() < WEED_WITHERS_AFTER_DAYS);
        self.count_streak(day, paused, end);
    }

    /// The day passes: recent care, wilt, effort and moods fade (frozen on pause days).
    fn fade(&mut self) {
        let wilt_kept = 0.5f32.powf(1.0 / WILT_HALF_LIFE_DAYS);
        let effort_kept = 0.5f32.powf(1.0 / SHARE_HALF_LIFE_DAYS);
        let mood_kept = 0.5f32.powf(1.0 / MOOD_HALF_LIFE_DAYS);
        for plant in &mut self.plants {
            plant.wilt *= wilt_kept;
        }
        for e in &mut self.effort {
            *e *= effort_kept;
        }
        self.mood_sum *= mood_kept;
        self.mood_weight *= mood_kept;
    }

    fn act(&mut self, rules: &SpeciesRules, ledger: &Ledger, act: &Act, day: &mut DayActs) {
        let by = act.by.index();
        self.counts[act.action as usize][by] += 1;
        self.effort[by] += 1.0;
        self.actions_today[by] += 1;
        self.active = true;
        self.feed(rules, act, day);

        match (act.action, act.detail) {
            (Action::CheckIn, Detail::Mood { mood, calm }) => {
                self.mood_sum += f32::from(mood.clamp(1, 5));
                self.mood_weight += 1.0;
                if calm {
                    self.clear_clouds();
                }
            }
            (Action::HonestTalk, _) => self.clear_clouds(),
            (Action::FeelsOff, _) => self.clouds.push(Cloud {
                from: act.id,
                since: act.day,
            }),
            (Action::PromiseMade, _) if !closed_before(ledger, act) => {
                self.open_promises.push(act.id);
            }
            (Action::PromiseKept | Action::PromiseBroken, Detail::Target(promise)) => {
                self.open_promises.retain(|p| *p != promise);
            }
            (Action::LetItGo, _) => self.clear_oldest_weed(),
            (Action::MovingForward, _) => day.moving_forward += 1.0,
            (Action::Acknowledge, Detail::Target(target)) => {
                if let Some(seen) = acknowledged_by(ledger, act, target) {
                    self.acknowledged(rules, &seen, day);
                }
            }
            _ => {}
        }
        // An honestly admitted broken promise plants a weed, while the species
        // data lets the same honesty feed the roots ("honesty is rewarded").
        if act.action == Action::PromiseBroken {
            self.weeds.push(Weed {
                from: act.id,
                since: act.day,
            });
        }
    }

    /// Adds an action's gains to the day's dose and its setbacks to the wilt.
    fn feed(&mut self, rules: &SpeciesRules, act: &Act, day: &mut DayActs) {
        let gains = &rules.gain[act.action as usize];
        let wilts = &rules.wilt[act.action as usize];
        for s in 0..SPECIES {
            if gains[s] > 0.0 {
                day.dose[s] += gains[s] * act.scale();
                let plant = &mut self.plants[s];
                plant.fed_by[act.by.index()] += 1;
                plant.remember(act.id);
            }
            if wilts[s] > 0.0 {
                let plant = &mut self.plants[s];
                plant.wilt = (plant.wilt + wilts[s]).min(MAX_WILT);
            }
        }
    }

    /// The other half of an acknowledged action's effect ("doubles that
    /// action's effect"), and an acknowledged apology clears a weed.
    fn acknowledged(&mut self, rules: &SpeciesRules, seen: &Act, day: &mut DayActs) {
        let gains = &rules.gain[seen.action as usize];
        let extra = (ACKNOWLEDGED_MULTIPLIER - 1.0) * seen.scale();
        for (dose, gain) in day.dose.iter_mut().zip(gains) {
            *dose += gain * extra;
        }
        match seen.action {
            Action::Apology => self.clear_oldest_weed(),
            Action::MovingForward => day.moving_forward += ACKNOWLEDGED_MULTIPLIER - 1.0,
            _ => {}
        }
    }

    /// A calm talk clears the clouds: "let each other know when something
    /// doesn't feel right", then talk it through calmly.
    fn clear_clouds(&mut self) {
        self.clouds.clear();
    }

    /// An acknowledged apology ("take responsibility and apologise sincerely")
    /// or letting a small thing go ("choose your battles") clears the oldest weed.
    fn clear_oldest_weed(&mut self) {
        if !self.weeds.is_empty() {
            self.weeds.remove(0);
        }
    }

    /// The day's doses become growth: diminishing returns, the mutuality
    /// factor, the trellis, then strength moves towards recent care at the
    /// species' rate. On pause days nothing falls.
    fn grow(&mut self, rules: &SpeciesRules, day: &DayActs, paused: bool) {
        let mutual = mutuality_factor(balance(self.effort));
        let speedup = trellis_speedup(self.plants[Species::Trellis.index()].strength);
        for (s, plant) in self.plants.iter_mut().enumerate() {
            if !paused {
                plant.care *= rules.care_kept_per_day[s];
            }
            plant.care += diminishing_returns(day.dose[s]) * mutual;
            let level = plant.care.min(1.0);
            let rate = 1.0 - rules.strength_kept_per_day[s];
            if level > plant.strength {
                plant.strength += (level - plant.strength) * (rate * speedup).min(1.0);
            } else if !paused {
                plant.strength += (level - plant.strength) * rate;
            }
            plant.best_growth = plant.best_growth.max(growth_of(plant.strength));
        }
    }

    /// Steady care lifts the storm slowly; moving forward lifts it more.
    fn lift_storm(&mut self, day: &DayActs) {
        if self.active {
            self.storm *= STORM_KEPT_PER_CARED_DAY;
        }
        self.storm *= 1.0 - MOVING_FORWARD_LIFT * diminishing_returns(day.moving_forward);
    }

    fn count_streak(&mut self, day: NaiveDate, paused: bool, end: DayEnd) {
        let streak = &mut self.streak;
        if self.active {
            streak.days += 1;
            streak.best = streak.best.max(streak.days);
        } else if paused || end == DayEnd::InProgress {
        } else if GRACE_DAYS_PER_WEEK > 0 && streak.grace_used_in != Some(grace_week(day)) {
            streak.grace_used_in = Some(grace_week(day));
        } else {
            streak.days = streak.days.saturating_sub(MISSED_DAY_COST);
        }
    }

    /// Overall trust: the plants' strengths weighted by the species data,
    /// shaded a little by the storm, weeds and clouds, never below the floor
    /// once the couple has started.
    pub fn trust(&self, rules: &SpeciesRules) -> f32 {
        if self.first_day.is_none() {
            return 0.0;
        }
        let (sum, weights) =
            self.plants
                .iter()
                .zip(&rules.spec)
                .fold((0.0, 0.0), |(sum, w), (plant, spec)| {
                    (
                        sum + plant.strength * spec.trust_weight,
                        w + spec.trust_weight,
                    )
                });
        let base = if weights > 0.0 { sum / weights } else { 0.0 };
        let storm = 1.0 - STORM_SHADE * self.storm;
        let weeds = 1.0 - (SHADE_PER_WEED * self.weeds.len() as f32).min(MAX_WEED_SHADE);
        let clouds = 1.0 - (SHADE_PER_CLOUD * self.clouds.len() as f32).min(MAX_CLOUD_SHADE);
        (base * storm * weeds * clouds).clamp(TRUST_FLOOR, 1.0)
    }

    /// What the app draws, for the moment `now` of day `today`.
    pub fn garden(&self, rules: &SpeciesRules, ledger: &Ledger, today: NaiveDate) -> Garden {
        let plants = Species::ALL
            .into_iter()
            .map(|s| {
                let p = &self.plants[s.index()];
                let growth = p.growth();
                let plant = Plant {
                    strength: p.strength,
                    growth,
                    stage: stage_of(growth),
                    wilt: p.wilt,
                    fed_by: p.fed_by,
                    recent: p.recent.iter().flatten().copied().collect(),
                };
                (s, plant)
            })
            .collect();
        let counts: BTreeMap<Action, [u32; 2]> = Action::ALL
            .into_iter()
            .filter(|a| self.counts[*a as usize] != [0, 0])
            .map(|a| (a, self.counts[a as usize]))
            .collect();
        let mood = (self.mood_weight > 0.05).then(|| self.mood_sum / self.mood_weight);
        let open_promises = self
            .open_promises
            .iter()
            .filter_map(|id| {
                let act = ledger.act(*id)?;
                let (text, due) = ledger.promise(*id)?;
                Some(OpenPromise {
                    id: *id,
                    by: act.by,
                    text: text.to_owned(),
                    due,
                    made: act.at,
                    note: ledger.note_of(*id).map(str::to_owned),
                })
            })
            .collect();
        Garden {
            partners: ledger.couple().names.clone(),
            clock: ledger.couple().clock,
            today,
            first_day: self.first_day,
            plants,
            weeds: self.weeds.clone(),
            weather: Weather {
                mood,
                sky: sky_for(mood, self.storm, self.clouds.len()),
                storm: self.storm,
                clouds: self.clouds.clone(),
            },
            trust: self.trust(rules),
            streak: Streak {
                days: self.streak.days,
                best: self.streak.best,
                grace_left: if self.streak.grace_used_in == Some(grace_week(today)) {
                    0
                } else {
                    GRACE_DAYS_PER_WEEK
                },
                today_done: self.active,
            },
            share: share(self.effort),
            counts,
            open_promises,
            paused: ledger.is_paused(today),
        }
    }
}

/// The day's doses per species and how much moving forward happened.
#[derive(Default)]
struct DayActs {
    dose: [f32; SPECIES],
    moving_forward: f32,
}

fn stage_of(growth: f32) -> Stage {
    match growth {
        g if g >= 4.0 => Stage::Flourishing,
        g if g >= 3.0 => Stage::Mature,
        g if g >= 2.0 => Stage::Young,
        g if g >= 1.0 => Stage::Sprout,
        _ => Stage::Seed,
    }
}

/// Whether a promise was kept or broken by an action replayed before it (a
/// clock skew between two phones); such a promise never opens.
fn closed_before(ledger: &Ledger, promise: &Act) -> bool {
    ledger.referrers.get(&promise.id).is_some_and(|rs| {
        rs.iter().filter_map(|r| ledger.act(*r)).any(|r| {
            matches!(r.action, Action::PromiseKept | Action::PromiseBroken)
                && r.key() < promise.key()
        })
    })
}

/// The action an acknowledgement makes "seen", if it does: the target is an
/// action by the other partner replayed before it, and this is the first such
/// acknowledgement of it.
fn acknowledged_by(ledger: &Ledger, ack: &Act, target: EventId) -> Option<Act> {
    let seen = *ledger.act(target)?;
    (ledger.first_ack(&seen)?.id == ack.id).then_some(seen)
}
