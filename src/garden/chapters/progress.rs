//! Where the couple is in the journey, computed from the ledger.
//!
//! Chapters run in sequence. Chapter k starts at the moment chapter k-1 was
//! completed and counts only actions known after that moment (and inside
//! each goal's window). A chapter completes at the first moment its goals
//! (all but the optional ones) are met, it has lasted `min_days` couple days
//! (its first day counts as day 1) and the garden had reached the chapter's
//! minimum trust by the end of the day before. The last chapter stays
//! current once done.
//!
//! Time here is real time: an action counts from the moment it was written
//! (its UUIDv7 records it) or happened, whichever is later, and the journey
//! starts when the garden was set up, so a history typed in one afternoon
//! cannot finish chapters meant to take weeks. Only what was known by `now`
//! counts, so the journey at a past moment is what it looked like then.

use std::collections::BTreeMap;

use chrono::{DateTime, Days, NaiveDate, Utc};
use serde::{Serialize, Serializer};

use super::schema::{Chapter, Goal, Unlock, Who, Window};
use crate::garden::clock::CoupleClock;
use crate::garden::ledger::{Act, Change, Ledger};
use crate::journal::{Action, Hurt, Partner};

/// The garden's trust once a couple day is over: chapters wait for it.
pub trait DailyTrust {
    fn trust_after(&self, day: NaiveDate) -> f32;
}

/// For journeys that ignore the garden (tests of the goals alone).
impl DailyTrust for f32 {
    fn trust_after(&self, _: NaiveDate) -> f32 {
        *self
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Journey {
    /// Index into `chapters` of the chapter being lived now.
    pub current: usize,
    pub chapters: Vec<ChapterProgress>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChapterProgress {
    pub id: String,
    pub title: String,
    pub started_on: Option<NaiveDate>,
    pub completed_on: Option<NaiveDate>,
    /// In [0, 1]: the goals' shares, the share of `min_days` lived and the
    /// share of the minimum trust reached, averaged; 1 only once complete.
    pub progress: f32,
    pub goals: Vec<GoalProgress>,
    /// Couple days lived in this chapter (its first day is day 1).
    pub days_in: u32,
    pub min_days: u32,
    /// The trust the garden needs before the chapter completes.
    pub min_trust: f32,
    /// Whether the garden had that trust at the end of yesterday.
    pub trust_met: bool,
    pub unlocks: Vec<Unlock>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GoalProgress {
    pub description: String,
    #[serde(serialize_with = "action_name")]
    pub action: Action,
    pub who: Who,
    /// Which partners the goal asks (by `Partner::index`), from the roles.
    pub asks: [bool; 2],
    pub acknowledged: bool,
    /// Offered, but the chapter completes without it.
    pub optional: bool,
    /// Counted so far, capped at `needed` (for goals asking each partner, their
    /// parts added).
    pub done: u32,
    pub needed: u32,
    /// Actions that count for this goal per partner (index by `Partner::index`).
    pub by: [u32; 2],
    /// This action logged today per partner, whether or not it counts yet
    /// (an acknowledgement may still be on its way).
    pub today: [u32; 2],
}

fn action_name<S: Serializer>(action: &Action, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(action.name())
}

impl Journey {
    pub fn current_chapter(&self) -> Option<&ChapterProgress> {
        self.chapters.get(self.current)
    }

    /// Everything the completed chapters have unlocked, in journey order.
    pub fn unlocked(&self) -> Vec<Unlock> {
        self.chapters
            .iter()
            .filter(|c| c.completed_on.is_some())
            .flat_map(|c| c.unlocks.iter().copied())
            .collect()
    }
}

impl GoalProgress {
    pub fn is_met(&self) -> bool {
        self.done >= self.needed
    }
}

/// Where the couple is at `now`, from scratch.
pub fn journey(
    chapters: &[Chapter],
    ledger: &Ledger,
    trust: &impl DailyTrust,
    now: DateTime<Utc>,
) -> Journey {
    JourneyTracker::new(chapters.to_vec()).journey(ledger, trust, now)
}

/// The journey kept up to date as entries arrive. A completed chapter is
/// kept as it was unless a change reaches back to the day it completed; only
/// the chapter being lived is counted again, from the day it began.
#[derive(Clone, Debug)]
pub struct JourneyTracker {
    chapters: Vec<Chapter>,
    /// The chapters completed so far, in order, with the moment each completed.
    done: Vec<(ChapterProgress, DateTime<Utc>)>,
}

impl JourneyTracker {
    pub fn new(chapters: Vec<Chapter>) -> JourneyTracker {
        JourneyTracker {
            chapters,
            done: Vec::new(),
        }
    }

    pub fn chapters(&self) -> &[Chapter] {
        &self.chapters
    }

    /// Forgets what a change to the ledger may alter: every chapter that
    /// completed on or after the first day the change reaches (the garden's
    /// trust on those days may have changed too).
    pub fn changed(&mut self, ledger: &Ledger, change: Change) {
        match change {
            Change::Nothing => {}
            Change::Everything => self.done.clear(),
            Change::From(day) => {
                let clock = ledger.couple().clock;
                let keep = self
                    .done
                    .iter()
                    .take_while(|(_, at)| clock.day_of(at) < day)
                    .count();
                self.done.truncate(keep);
            }
        }
    }

    /// The journey at `now` (only what was known by then counts).
    pub fn journey(
        &mut self,
        ledger: &Ledger,
        trust: &impl DailyTrust,
        now: DateTime<Utc>,
    ) -> Journey {
        let clock = ledger.couple().clock;
        let hurt = ledger.couple().hurt;
        let today = clock.day_of(&now);
        self.done.retain(|(_, at)| *at <= now);
        let mut start = journey_start(ledger, now).map(|at| Begin {
            at,
            inclusive: true,
        });
        let mut progress = Vec::with_capacity(self.chapters.len());
        let mut current = 0;
        for (index, chapter) in self.chapters.iter().enumerate() {
            let Some(begin) = start else {
                progress.push(not_started(chapter, hurt));
                continue;
            };
            current = index;
            let run = match self.done.get(index) {
                Some((done, at)) => Run {
                    progress: done.clone(),
                    completed_at: Some(*at),
                },
                None => {
                    let actions = countable(ledger, clock.day_of(&begin.at), now);
                    let run = Run::chapter(
                        chapter,
                        &actions,
                        Context {
                            clock: &clock,
                            hurt,
                            trust,
                            now,
                            today,
                        },
                        begin,
                    );
                    if let Some(at) = run.completed_at
                        && self.done.len() == index
                    {
                        self.done.push((run.progress.clone(), at));
                    }
                    run
                }
            };
            start = run.completed_at.map(|at| Begin {
                at,
                inclusive: false,
            });
            progress.push(run.progress);
        }
        Journey {
            current,
            chapters: progress,
        }
    }
}

/// The moment an action counts from for the journey: when it was written or
/// happened, whichever is later.
fn known(act: &Act) -> DateTime<Utc> {
    act.written().max(act.at.with_timezone(&Utc))
}

/// When the journey began: the garden's setup (as written), or the first
/// action known by `now` in a log without setup.
fn journey_start(ledger: &Ledger, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let began = ledger.couple().began_known();
    let first_act = ledger
        .all_acts()
        .map(|a| known(&a))
        .filter(|at| *at <= now)
        .min();
    match began {
        Some(began) => Some(began.min(now)),
        None => first_act,
    }
}

/// An action as the goals see it, with its couple days worked out once.
#[derive(Clone, Copy, Debug)]
struct Counted {
    action: Action,
    by: Partner,
    /// When it became known (see `known`).
    at: DateTime<Utc>,
    /// The couple day it happened on.
    day: NaiveDate,
    /// When the other partner's acknowledgement became known, and its couple day.
    acknowledged: Option<(DateTime<Utc>, NaiveDate)>,
}

/// How far back an entry can have happened before it was written (the
/// command layer allows a week), so a chapter also sees late entries.
const LATE_DAYS: u64 = 8;

/// The actions goals may count that happened from about the couple day
/// `from` on and were known by `now`: an acknowledgement only counts when it
/// is of the other partner's action and that action still stands.
fn countable(ledger: &Ledger, from: NaiveDate, now: DateTime<Utc>) -> Vec<Counted> {
    let from = from.checked_sub_days(Days::new(LATE_DAYS)).unwrap_or(from);
    ledger
        .acts_from(from)
        .filter(|a| known(a) <= now)
        .filter(|a| match a.action {
            Action::Acknowledge => a
                .target()
                .and_then(|t| ledger.act(t))
                .is_some_and(|target| target.by != a.by),
            _ => true,
        })
        .map(|a| Counted {
            action: a.action,
            by: a.by,
            at: known(&a),
            day: a.day,
            acknowledged: ledger.first_ack(&a).map(|ack| (known(&ack), ack.day)),
        })
        .collect()
}

#[derive(Clone, Copy)]
struct Begin {
    at: DateTime<Utc>,
    /// The first chapter counts from the very start; later ones start just
    /// after the moment that completed the previous chapter.
    inclusive: bool,
}

impl Begin {
    fn admits(&self, at: DateTime<Utc>) -> bool {
        if self.inclusive {
            at >= self.at
        } else {
            at > self.at
        }
    }
}

/// What a chapter's run reads besides its actions.
#[derive(Clone, Copy)]
struct Context<'a, T: DailyTrust> {
    clock: &'a CoupleClock,
    hurt: Hurt,
    trust: &'a T,
    now: DateTime<Utc>,
    today: NaiveDate,
}

struct Run {
    progress: ChapterProgress,
    completed_at: Option<DateTime<Utc>>,
}

fn not_started(chapter: &Chapter, hurt: Hurt) -> ChapterProgress {
    ChapterProgress {
        id: chapter.id.clone(),
        title: chapter.title.clone(),
        started_on: None,
        completed_on: None,
        progress: 0.0,
        goals: chapter
            .goals
            .iter()
            .map(|goal| GoalCounter::new(goal, hurt, Vec::new()).report())
            .collect(),
        days_in: 0,
        min_days: chapter.min_days,
        min_trust: chapter.min_trust,
        trust_met: false,
        unlocks: chapter.unlocks.clone(),
    }
}

impl Run {
    fn chapter<T: DailyTrust>(
        chapter: &Chapter,
        actions: &[Counted],
        cx: Context<'_, T>,
        begin: Begin,
    ) -> Run {
        let first_day = cx.clock.day_of(&begin.at);
        let mut counters: Vec<GoalCounter> = chapter
            .goals
            .iter()
            .map(|goal| {
                let mut counter = GoalCounter::new(goal, cx.hurt, arrivals(goal, actions, begin));
                counter.logged_today = logged_on(goal, actions, begin, cx.today);
                counter
            })
            .collect();
        let trust_by = |day: NaiveDate| {
            day.pred_opt()
                .is_some_and(|before| cx.trust.trust_after(before) >= chapter.min_trust)
        };
        let complete =
            |counters: &[GoalCounter]| counters.iter().all(|c| c.goal.optional || c.is_met());

        // Goals only become met when an action arrives; `min_days` and the
        // garden's trust only change as days begin. Those are the only
        // moments completion can happen.
        let last_needed_day = first_day + Days::new(u64::from(chapter.min_days.saturating_sub(1)));
        let mut moments: Vec<(DateTime<Utc>, NaiveDate)> = counters
            .iter()
            .flat_map(|c| c.arrivals.iter().map(|a| (a.when, a.when_day)))
            .chain(
                last_needed_day
                    .iter_days()
                    .take_while(|d| *d <= cx.today)
                    .map(|d| (cx.clock.start_of(d), d)),
            )
            .filter(|&(t, _)| t <= cx.now && begin.admits(t))
            .collect();
        moments.sort_unstable();
        moments.dedup();

        for (t, day) in moments {
            for counter in &mut counters {
                counter.advance(t, day);
            }
            if day >= last_needed_day && complete(&counters) && trust_by(day) {
                let progress = ChapterProgress {
                    id: chapter.id.clone(),
                    title: chapter.title.clone(),
                    started_on: Some(first_day),
                    completed_on: Some(day),
                    progress: 1.0,
                    goals: counters.iter().map(GoalCounter::report).collect(),
                    days_in: days_between(first_day, day),
                    min_days: chapter.min_days,
                    min_trust: chapter.min_trust,
                    trust_met: true,
                    unlocks: chapter.unlocks.clone(),
                };
                return Run {
                    progress,
                    completed_at: Some(t),
                };
            }
        }

        for counter in &mut counters {
            counter.advance(cx.now, cx.today);
        }
        let days_in = days_between(first_day, cx.today);
        let goals: Vec<GoalProgress> = counters.iter().map(GoalCounter::report).collect();
        let required: Vec<&GoalProgress> = goals.iter().filter(|g| !g.optional).collect();
        let yesterday = cx.today.pred_opt().unwrap_or(cx.today);
        let trust_now = cx.trust.trust_after(yesterday);
        let trust_share = if chapter.min_trust > 0.0 {
            (trust_now / chapter.min_trust).clamp(0.0, 1.0)
        } else {
            1.0
        };
        let shares: f32 = required
            .iter()
            .map(|g| g.done as f32 / g.needed.max(1) as f32)
            .sum::<f32>()
            + (days_in as f32 / chapter.min_days.max(1) as f32).min(1.0)
            + trust_share;
        let progress = (shares / (required.len() + 2) as f32).clamp(0.0, 0.999);
        Run {
            progress: ChapterProgress {
                id: chapter.id.clone(),
                title: chapter.title.clone(),
                started_on: Some(first_day),
                completed_on: None,
                progress,
                goals,
                days_in,
                min_days: chapter.min_days,
                min_trust: chapter.min_trust,
                trust_met: trust_now >= chapter.min_trust,
                unlocks: chapter.unlocks.clone(),
            },
            completed_at: None,
        }
    }
}

/// Couple days from `first` to `last`, both counted.
fn days_between(first: NaiveDate, last: NaiveDate) -> u32 {
    u32::try_from((last - first).num_days() + 1).unwrap_or(0)
}

/// An action that counts for a goal: from `when` on (the moment it was
/// known, or its acknowledgement if the goal needs that), for the day it
/// happened.
#[derive(Clone, Copy, Debug)]
struct Arrival {
    when: DateTime<Utc>,
    /// The couple day of `when`.
    when_day: NaiveDate,
    day: NaiveDate,
    by: Partner,
}

fn arrivals(goal: &Goal, actions: &[Counted], begin: Begin) -> Vec<Arrival> {
    let mut found: Vec<Arrival> = actions
        .iter()
        .filter(|a| a.action == goal.action && begin.admits(a.at))
        .filter_map(|a| {
            let (when, when_day) = if goal.acknowledged {
                // An acknowledgement cannot precede its action on a sane log,
                // but a hand-edited one could hold that; count from the later.
                let (seen, seen_day) = a.acknowledged?;
                if seen > a.at {
                    (seen, seen_day)
                } else {
                    (a.at, a.day)
                }
            } else {
                (a.at, a.day)
            };
            Some(Arrival {
                when,
                when_day: when_day.max(a.day),
                day: a.day,
                by: a.by,
            })
        })
        .collect();
    found.sort_by_key(|a| a.when);
    found
}

/// This goal's actions logged on `day` per partner, acknowledged or not yet.
fn logged_on(goal: &Goal, actions: &[Counted], begin: Begin, day: NaiveDate) -> [u32; 2] {
    let mut logged = [0, 0];
    for a in actions {
        if a.action == goal.action && a.day == day && begin.admits(a.at) {
            logged[a.by.index()] += 1;
        }
    }
    logged
}

/// Which partners a goal asks, given who was hurt.
fn asks(who: Who, hurt: Hurt) -> [bool; 2] {
    Partner::BOTH.map(|p| match who {
        Who::Each | Who::Both | Who::Either => true,
        Who::Hurt => hurt.includes(p),
        Who::Caused => hurt.caused_by(p),
    })
}

/// A goal's count as time moves forward: arrivals join, days leave the window.
struct GoalCounter<'g> {
    goal: &'g Goal,
    hurt: Hurt,
    asks: [bool; 2],
    arrivals: Vec<Arrival>,
    next: usize,
    /// Actions per day and partner still inside the window.
    per_day: BTreeMap<NaiveDate, [u32; 2]>,
    /// What `per_day` counts for, per partner (with `daily`, days not actions).
    counted: [u32; 2],
    logged_today: [u32; 2],
}

impl<'g> GoalCounter<'g> {
    fn new(goal: &'g Goal, hurt: Hurt, arrivals: Vec<Arrival>) -> Self {
        let asks = asks(goal.who, hurt);
        let arrivals = arrivals
            .into_iter()
            .filter(|a| asks[a.by.index()])
            .collect();
        GoalCounter {
            goal,
            hurt,
            asks,
            arrivals,
            next: 0,
            per_day: BTreeMap::new(),
            counted: [0, 0],
            logged_today: [0, 0],
        }
    }

    fn weight(&self, n: u32) -> u32 {
        if self.goal.daily { n.min(1) } else { n }
    }

    fn window_start(&self, day: NaiveDate) -> Option<NaiveDate> {
        match self.goal.within {
            Window::SinceStart => None,
            Window::Days(n) => day.checked_sub_days(Days::new(u64::from(n.max(1)) - 1)),
        }
    }

    fn advance(&mut self, t: DateTime<Utc>, day: NaiveDate) {
        let window_start = self.window_start(day);
        while let Some(arrival) = self.arrivals.get(self.next).copied() {
            if arrival.when > t {
                break;
            }
            self.next += 1;
            if window_start.is_some_and(|start| arrival.day < start) {
                continue;
            }
            let slot = &mut self.per_day.entry(arrival.day).or_insert([0, 0])[arrival.by.index()];
            let before = *slot;
            *slot += 1;
            let gained = self.weight(before + 1) - self.weight(before);
            self.counted[arrival.by.index()] += gained;
        }
        if let Some(start) = window_start {
            while let Some(entry) = self.per_day.first_entry() {
                if *entry.key() >= start {
                    break;
                }
                let counts = entry.remove();
                for partner in Partner::BOTH {
                    self.counted[partner.index()] -= self.weight(counts[partner.index()]);
                }
            }
        }
    }

    fn done_and_needed(&self) -> (u32, u32) {
        let [a, b] = self.counted;
        let count = self.goal.count;
        match self.goal.who {
            Who::Either => ((a + b).min(count), count),
            Who::Both if a == 0 || b == 0 => ((a + b).min(count.saturating_sub(1)), count),
            Who::Both => ((a + b).min(count), count),
            Who::Each | Who::Hurt | Who::Caused => {
                let asked: u32 = self.asks.iter().map(|&x| u32::from(x)).sum();
                let done = Partner::BOTH
                    .into_iter()
                    .filter(|p| self.asks[p.index()])
                    .map(|p| self.counted[p.index()].min(count))
                    .sum();
                (done, count * asked)
            }
        }
    }

    fn is_met(&self) -> bool {
        let (done, needed) = self.done_and_needed();
        done >= needed
    }

    fn report(&self) -> GoalProgress {
        let (done, needed) = self.done_and_needed();
        GoalProgress {
            description: self.goal.description(self.hurt),
            action: self.goal.action,
            who: self.goal.who,
            asks: self.asks,
            acknowledged: self.goal.acknowledged,
            optional: self.goal.optional,
            done,
            needed,
            by: self.counted,
            today: self.logged_today,
        }
    }
}
