//! One day of the garden: the state carried from day to day, and the step that
//! lets a day pass (decay, then the day's actions, then growth). A one-pass
//! replay and the timeline's checkpoints run this same step, so they agree to
//! the bit.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};

use crate::garden::ledger::{Act, Detail, Ledger};
use crate::garden::rules::*;
use crate::garden::species::SpeciesRules;
use crate::garden::state::{
    Cloud, Garden, OpenPromise, Plant, Species, Stage, Streak, Weather, Weed,
};
use crate::journal::{Action, EventId, Partner};

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

/// A promise still waiting for its outcome.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Waiting {
    id: EventId,
    /// The day after which, with no word about it, it is overdue.
    overdue_after: NaiveDate,
    overdue: bool,
}

/// Everything carried from one day to the next.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct DayState {
    first_day: Option<NaiveDate>,
    plants: [PlantState; SPECIES],
    /// Recent effort per partner (their own actions), for the share and the
    /// mutuality balance.
    effort: [f32; 2],
    /// Each partner's part of the storm: their pain if hurt. The storm shown
    /// is the hurt partners' average.
    pain: [f32; 2],
    /// How much guilt each partner who caused the hurt still carries.
    guilt: [f32; 2],
    /// Being seen: recent acknowledgements, and the level trust follows.
    seen_care: f32,
    seen: f32,
    /// Broken promises weigh on trust for a while.
    strain: f32,
    mood_sum: f32,
    mood_weight: f32,
    weeds: Vec<Weed>,
    clouds: Vec<Cloud>,
    waiting: Vec<Waiting>,
    counts: [[u32; 2]; ACTIONS],
    noticed: [u32; 2],
    streak: StreakState,
    /// Whether the day last stepped had an action that counts as care (for
    /// `Streak::today_done`).
    active: bool,
    /// Things done per partner on the day last stepped (acknowledgements
    /// are in `noticed_today`).
    actions_today: [u32; 2],
    /// Acknowledgements each partner gave on the day last stepped.
    noticed_today: [u32; 2],
}

/// Whether the day being stepped is over (a missed day then costs streak) or
/// is the day in progress.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DayEnd {
    Over,
    InProgress,
}

/// Care is an action for the other or for the relationship. A promise made
/// is words, a broken one is the opposite of care, and acknowledging is a
/// response: none of them count as effort, keep the streak or lift the storm.
fn is_care(action: Action) -> bool {
    !matches!(
        action,
        Action::PromiseMade | Action::PromiseBroken | Action::Acknowledge
    )
}

impl DayState {
    pub fn new() -> DayState {
        DayState {
            first_day: None,
            plants: [const { PlantState::NEW }; SPECIES],
            effort: [0.0; 2],
            pain: [STORM_AT_START; 2],
            guilt: [STORM_AT_START; 2],
            seen_care: 0.0,
            seen: 0.0,
            strain: 0.0,
            mood_sum: 0.0,
            mood_weight: 0.0,
            weeds: Vec::new(),
            clouds: Vec::new(),
            waiting: Vec::new(),
            counts: [[0; 2]; ACTIONS],
            noticed: [0; 2],
            streak: StreakState {
                days: 0,
                best: 0,
                grace_used_in: None,
            },
            active: false,
            actions_today: [0; 2],
            noticed_today: [0; 2],
        }
    }

    pub fn actions_today(&self) -> [u32; 2] {
        self.actions_today
    }

    pub fn noticed_today(&self) -> [u32; 2] {
        self.noticed_today
    }

    /// Lets `day` pass with its actions (those of `acts`, in replay order,
    /// at or before `until`).
    pub fn step(
        &mut self,
        rules: &SpeciesRules,
        ledger: &Ledger,
        day: NaiveDate,
        acts: impl IntoIterator<Item = Act>,
        until: Option<DateTime<Utc>>,
        end: DayEnd,
    ) {
        // Replay order is by moment, so those up to `until` come first.
        let mut acts = acts
            .into_iter()
            .take_while(|a| until.is_none_or(|until| a.at <= until))
            .peekable();
        self.active = false;
        self.actions_today = [0; 2];
        self.noticed_today = [0; 2];
        if self.first_day.is_none() {
            if acts.peek().is_none() {
                return;
            }
            self.first_day = Some(day);
        }
        let paused = ledger.is_paused(day);
        if !paused {
            self.fade();
        }
        self.promises_fall_due(day);
        let mut today = DayActs::default();
        for act in acts {
            self.act(rules, ledger, &act, &mut today);
        }
        self.grow(rules, &today, paused);
        self.lift_storm(ledger, day, &today);
        self.weeds
            .retain(|w| w.silent || (day - w.since).num_days() < WEED_WITHERS_AFTER_DAYS);
        self.count_streak(day, paused, end);
    }

    /// The day passes: recent care, wilt, effort, strain and moods fade
    /// (frozen on pause days).
    fn fade(&mut self) {
        let wilt_kept = 0.5f32.powf(1.0 / WILT_HALF_LIFE_DAYS);
        let effort_kept = 0.5f32.powf(1.0 / SHARE_HALF_LIFE_DAYS);
        let mood_kept = 0.5f32.powf(1.0 / MOOD_HALF_LIFE_DAYS);
        let strain_kept = 0.5f32.powf(1.0 / STRAIN_HALF_LIFE_DAYS);
        for plant in &mut self.plants {
            plant.wilt *= wilt_kept;
        }
        for e in &mut self.effort {
            *e *= effort_kept;
        }
        self.strain *= strain_kept;
        self.mood_sum *= mood_kept;
        self.mood_weight *= mood_kept;
    }

    fn act(&mut self, rules: &SpeciesRules, ledger: &Ledger, act: &Act, today: &mut DayActs) {
        let by = act.by.index();
        self.counts[act.action as usize][by] += 1;
        // Acknowledging is a response, not a thing done: it is counted on
        // its own (`noticed_today`), never twice.
        if act.action != Action::Acknowledge {
            self.actions_today[by] += 1;
        }
        if is_care(act.action) {
            self.effort[by] += 1.0;
            self.active = true;
        }
        self.feed(rules, act, today);

        match (act.action, act.detail) {
            (Action::CheckIn, Detail::Mood { mood, calm }) => {
                self.mood_sum += f32::from(mood.clamp(1, 5));
                self.mood_weight += 1.0;
                if calm {
                    self.clouds.clear();
                }
            }
            (Action::HonestTalk, _) => self.clouds.clear(),
            (Action::FeelsOff, _) => self.clouds.push(Cloud {
                from: act.id,
                since: act.day,
            }),
            (Action::PromiseMade, _) if !closed_before(ledger, act) => {
                let due = ledger
                    .promise(act.id)
                    .and_then(|(_, due)| due)
                    .unwrap_or(act.day + chrono::Days::new(PROMISE_DAYS as u64));
                self.waiting.push(Waiting {
                    id: act.id,
                    overdue_after: due + chrono::Days::new(PROMISE_GRACE_DAYS as u64),
                    overdue: false,
                });
            }
            (Action::PromiseKept, Detail::Target(promise)) if self.close(promise).is_some() => {
                self.weeds.retain(|w| !(w.silent && w.from == promise));
            }
            (Action::PromiseBroken, Detail::Target(promise)) => {
                if let Some(waiting) = self.close(promise) {
                    self.admit(act, promise, waiting.overdue);
                }
            }
            (Action::LetItGo, _) => self.clear_oldest_weed(),
            (Action::MovingForward, _) => today.moving_forward[by] += 1.0,
            (Action::Acknowledge, Detail::Target(target)) => {
                if let Some(seen) = acknowledged_by(ledger, act, target) {
                    self.acknowledged(&seen, act, today);
                }
            }
            _ => {}
        }
    }

    /// Adds an action's gains to the day's dose and its setbacks to the wilt.
    fn feed(&mut self, rules: &SpeciesRules, act: &Act, today: &mut DayActs) {
        let gains = &rules.gain[act.action as usize];
        let wilts = &rules.wilt[act.action as usize];
        for s in 0..SPECIES {
            if gains[s] > 0.0 {
                today.dose[s] += gains[s] * act.scale();
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

    /// Takes a promise off the waiting list, if it is there.
    fn close(&mut self, promise: EventId) -> Option<Waiting> {
        let at = self.waiting.iter().position(|w| w.id == promise)?;
        Some(self.waiting.remove(at))
    }

    /// A broken promise honestly admitted: a setback and a weed that an
    /// acknowledged apology or letting something go clears. Admitting one
    /// already overdue turns its weed of silence into an ordinary one; the
    /// setback was already felt.
    fn admit(&mut self, act: &Act, promise: EventId, was_overdue: bool) {
        if was_overdue {
            self.weeds.retain(|w| !(w.silent && w.from == promise));
        } else {
            self.set_back();
            self.strain += ADMITTED_STRAIN;
        }
        self.weeds.push(Weed {
            from: act.id,
            since: act.day,
            silent: false,
        });
    }

    /// As a day begins, promises past their due date and grace with no word
    /// weigh like a broken promise never admitted.
    fn promises_fall_due(&mut self, day: NaiveDate) {
        let mut fell_due = Vec::new();
        for waiting in &mut self.waiting {
            if !waiting.overdue && day > waiting.overdue_after {
                waiting.overdue = true;
                fell_due.push(waiting.id);
            }
        }
        for promise in fell_due {
            self.set_back();
            self.strain += SILENT_STRAIN;
            self.weeds.push(Weed {
                from: promise,
                since: day,
                silent: true,
            });
        }
    }

    /// A broken promise sets the tree back: "words must align with actions".
    fn set_back(&mut self) {
        let tree = &mut self.plants[Species::Tree.index()];
        tree.strength *= 1.0 - BREAK_SETBACK;
        tree.care *= 1.0 - BREAK_SETBACK;
    }

    /// "I saw this, and it mattered": the action is seen (the more recent it
    /// is, the more), and an acknowledged apology clears a weed.
    fn acknowledged(&mut self, seen: &Act, ack: &Act, today: &mut DayActs) {
        self.noticed[ack.by.index()] += 1;
        self.noticed_today[ack.by.index()] += 1;
        if is_care(seen.action) {
            let age = (ack.day - seen.day).num_days().max(0) as f32;
            today.seen += 0.5f32.powf(age / SEEN_AGE_HALF_LIFE_DAYS);
        }
        if seen.action == Action::Apology {
            self.clear_oldest_weed();
        }
    }

    /// An acknowledged apology ("take responsibility and apologise
    /// sincerely") or letting a small thing go ("choose your battles") clears
    /// the oldest weed that honesty has made clearable.
    fn clear_oldest_weed(&mut self) {
        if let Some(at) = self.weeds.iter().position(|w| !w.silent) {
            self.weeds.remove(at);
        }
    }

    /// The day's doses become growth: diminishing returns, the mutuality
    /// factor, the trellis, then strength moves towards recent care at the
    /// species' rate. Being seen grows the same way. On pause days nothing falls.
    fn grow(&mut self, rules: &SpeciesRules, today: &DayActs, paused: bool) {
        let mutual = mutuality_factor(self.effort);
        let speedup = trellis_speedup(self.plants[Species::Trellis.index()].strength);
        for (s, plant) in self.plants.iter_mut().enumerate() {
            if !paused {
                plant.care *= rules.care_kept_per_day[s];
            }
            plant.care += diminishing_returns(today.dose[s]) * mutual;
            let level = plant.care.min(1.0);
            let rate = 1.0 - rules.strength_kept_per_day[s];
            if level > plant.strength {
                plant.strength += (level - plant.strength) * (rate * speedup).min(1.0);
            } else if !paused {
                plant.strength += (level - plant.strength) * rate;
            }
            plant.best_growth = plant.best_growth.max(growth_of(plant.strength));
        }
        let kept = 0.5f32.powf(1.0 / SEEN_HALF_LIFE_DAYS);
        if !paused {
            self.seen_care *= kept;
        }
        self.seen_care += diminishing_returns(today.seen);
        let level = self.seen_care.min(1.0);
        if level > self.seen || !paused {
            self.seen += (level - self.seen) * (1.0 - kept);
        }
    }

    /// Steady care lifts every part of the storm slowly. A hurt partner
    /// moving forward lifts their own part, more as the weeks pass; the
    /// partner who caused it sets down their guilt, and lifts the storm only
    /// a little.
    fn lift_storm(&mut self, ledger: &Ledger, day: NaiveDate, today: &DayActs) {
        if self.active {
            for pain in &mut self.pain {
                *pain *= STORM_KEPT_PER_CARED_DAY;
            }
        }
        let hurt = ledger.couple().hurt;
        let began = ledger
            .couple()
            .began
            .map(|b| ledger.couple().clock.day_of(&b))
            .or(self.first_day)
            .unwrap_or(day);
        let ready = readiness((day - began).num_days());
        for partner in Partner::BOTH {
            let own = diminishing_returns(today.moving_forward[partner.index()]);
            if own <= 0.0 {
                continue;
            }
            if hurt.includes(partner) {
                self.pain[partner.index()] *= 1.0 - MOVING_FORWARD_LIFT * ready * own;
            }
            if hurt.caused_by(partner) {
                self.guilt[partner.index()] *= 1.0 - MOVING_FORWARD_LIFT * own;
                let other = partner.other();
                if hurt.includes(other) {
                    self.pain[other.index()] *= 1.0 - GUILT_LIFT * own;
                }
            }
        }
    }

    /// The storm shown: the hurt partners' pain, on average.
    fn storm(&self, ledger: &Ledger) -> f32 {
        let hurt = ledger.couple().hurt.partners();
        let sum: f32 = hurt.iter().map(|p| self.pain[p.index()]).sum();
        sum / hurt.len().max(1) as f32
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
    /// shaded a little by the storm, weeds and the strain of broken promises,
    /// lit by being seen, never below the floor once the couple has started.
    pub fn trust(&self, rules: &SpeciesRules, ledger: &Ledger) -> f32 {
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
        let storm = 1.0 - STORM_SHADE * self.storm(ledger);
        let weed_shade: f32 = self
            .weeds
            .iter()
            .map(|w| {
                if w.silent {
                    SHADE_PER_SILENT_WEED
                } else {
                    SHADE_PER_WEED
                }
            })
            .sum();
        let weeds = 1.0 - weed_shade.min(MAX_WEED_SHADE);
        let strain = 1.0 - (SHADE_PER_STRAIN * self.strain).min(MAX_STRAIN_SHADE);
        let seen = SEEN_FLOOR + (1.0 - SEEN_FLOOR) * self.seen.clamp(0.0, 1.0);
        (base * storm * weeds * strain * seen).clamp(TRUST_FLOOR, 1.0)
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
            .waiting
            .iter()
            .filter_map(|waiting| {
                let act = ledger.act(waiting.id)?;
                let (text, due) = ledger.promise(waiting.id)?;
                Some(OpenPromise {
                    id: waiting.id,
                    by: act.by,
                    text: text.to_owned(),
                    due,
                    made: act.at,
                    note: ledger.note_of(waiting.id).map(str::to_owned),
                    overdue: waiting.overdue,
                })
            })
            .collect();
        let storm = self.storm(ledger);
        Garden {
            partners: ledger.couple().names.clone(),
            clock: ledger.couple().clock.clone(),
            today,
            first_day: self.first_day,
            plants,
            weeds: self.weeds.clone(),
            weather: Weather {
                mood,
                sky: sky_for(mood, storm, self.clouds.len()),
                storm,
                clouds: self.clouds.clone(),
            },
            trust: self.trust(rules, ledger),
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
            noticed: self.noticed,
            seen: self.seen,
            counts,
            open_promises,
            paused: ledger.is_paused(today),
        }
    }
}

/// The day's doses per species, being seen, and each partner's moving forward.
#[derive(Default)]
struct DayActs {
    dose: [f32; SPECIES],
    seen: f32,
    moving_forward: [f32; 2],
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
    ledger.referrers(promise.id).any(|r| {
        matches!(r.action, Action::PromiseKept | Action::PromiseBroken) && r.key() < promise.key()
    })
}

/// The action an acknowledgement makes "seen", if it does: the target is an
/// action by the other partner replayed before it, and this is the first such
/// acknowledgement of it.
fn acknowledged_by(ledger: &Ledger, ack: &Act, target: EventId) -> Option<Act> {
    let seen = ledger.act(target)?;
    (ledger.first_ack(&seen)?.id == ack.id).then_some(seen)
}
