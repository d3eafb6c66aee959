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

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};
use std::iter::Peekable;

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

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Journey {
    /// Index into `chapters` of the chapter being lived now.
    pub current: usize,
    pub chapters: Vec<ChapterProgress>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChapterProgress {
    pub id: String,
    /// In the language spoken when the journey was asked for.
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
    /// In the language spoken when the journey was asked for.
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
    /// The chapters it tracks, in order.
    pub fn chapters(&self) -> &[Chapter] {
        &self.chapters
    }

    pub fn new(chapters: Vec<Chapter>) -> JourneyTracker {
        JourneyTracker {
            chapters,
            done: Vec::new(),
        }
    }

    /// Forgets what a change to the ledger may alter: every chapter that
    /// completed on or after the first day the change reaches (the garden's
    /// trust on those days may have changed too).
    pub fn changed(&mut self, ledger: &Ledger, change: Change) {
        match change {
            Change::Nothing => {}
            Change::Everything => self.done.clear(),
            Change::From(day) => {
                let clock = &ledger.couple().clock;
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
        let clock = &ledger.couple().clock;
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
                    progress: in_current_words(done.clone(), chapter, hurt),
                    completed_at: Some(*at),
                },
                None => {
                    let run = Run::chapter(
                        chapter,
                        Context {
                            ledger,
                            clock,
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

/// A chapter kept from an earlier call, its words in the language spoken
/// now (which may have changed since).
fn in_current_words(
    mut progress: ChapterProgress,
    chapter: &Chapter,
    hurt: Hurt,
) -> ChapterProgress {
    progress.title = chapter.title();
    for (shown, goal) in progress.goals.iter_mut().zip(&chapter.goals) {
        shown.description = goal.description(hurt);
    }
    progress
}

/// The moment an action counts from for the journey: when it was written or
/// happened, whichever is later.
fn known(act: &Act) -> DateTime<Utc> {
    act.written().max(act.at.with_timezone(&Utc))
}

/// When the journey began: the garden's setup (as written), or the first
/// action known by `now` in a log without setup.
fn journey_start(ledger: &Ledger, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    match ledger.couple().began_known() {
        Some(began) => Some(began.min(now)),
        None => ledger
            .all_acts()
            .map(|a| known(&a))
            .filter(|at| *at <= now)
            .min(),
    }
}

/// How far back an entry can have happened before it was written (the
/// command layer allows a week), so a chapter also sees late entries.
const LATE_DAYS: u64 = 8;

/// An action of a couple day happened, so became known, after the start of
/// the couple day this many days before: a couple day is a day of local
/// time, and no zone has moved its clocks by more than a day at once.
const DAYS_KNOWN_BEFORE: u64 = 2;

/// Reads the actions a chapter's goals may count from the ledger in replay
/// order, a day at a time as the goals need them, and hands each to the
/// goals it counts for; so a chapter that completes reads no further, and a
/// long log makes no list.
///
/// Those are the actions that happened from about the chapter's first day
/// on and were known by `now` (and after the chapter began): an
/// acknowledgement only counts when it is of the other partner's action
/// and that action still stands.
struct Reader<'a, I: Iterator<Item = Act>> {
    ledger: &'a Ledger,
    clock: &'a CoupleClock,
    acts: Peekable<I>,
    now: DateTime<Utc>,
    begin: Begin,
    /// Every action not read yet became known at this moment or later;
    /// `None` once none is left that can count by `now`.
    unread_from: Option<DateTime<Utc>>,
}

/// The reader of a chapter that began at `begin`.
fn reader<'a, T: DailyTrust>(
    cx: &Context<'a, T>,
    begin: Begin,
) -> Reader<'a, impl Iterator<Item = Act> + 'a> {
    let mut reader = Reader {
        ledger: cx.ledger,
        clock: cx.clock,
        acts: cx.ledger.acts_from(first_counted_day(cx, begin)).peekable(),
        now: cx.now,
        begin,
        unread_from: None,
    };
    reader.look_ahead();
    reader
}

/// The first couple day whose actions a chapter that began at `begin` reads.
fn first_counted_day<T: DailyTrust>(cx: &Context<'_, T>, begin: Begin) -> NaiveDate {
    let first_day = cx.clock.day_of(&begin.at);
    first_day
        .checked_sub_days(Days::new(LATE_DAYS))
        .unwrap_or(first_day)
}

impl<I: Iterator<Item = Act>> Reader<'_, I> {
    /// Whether every action not read yet arrives after `moment` (for
    /// `None`, whether none is left).
    fn has_read_to(&self, moment: Option<Moment>) -> bool {
        match (self.unread_from, moment) {
            (None, _) => true,
            (Some(unread_from), Some((t, _))) => t < unread_from,
            (Some(_), None) => false,
        }
    }

    /// Reads the next day's actions and hands them to the goals.
    fn read_day(&mut self, counters: &mut [GoalCounter]) {
        let Some(day) = self.acts.peek().map(|a| a.day) else {
            self.unread_from = None;
            return;
        };
        while let Some(act) = self.acts.next_if(|a| a.day == day) {
            let at = known(&act);
            if at > self.now || !self.begin.admits(at) || !counts(self.ledger, &act) {
                continue;
            }
            for counter in counters.iter_mut() {
                counter.offer(self.ledger, &act, at);
            }
        }
        self.look_ahead();
    }

    /// Works out from when the actions not read yet can be known.
    fn look_ahead(&mut self) {
        self.unread_from = self.acts.peek().map(|next| {
            next.day
                .checked_sub_days(Days::new(DAYS_KNOWN_BEFORE))
                .map_or(DateTime::<Utc>::MIN_UTC, |day| self.clock.start_of(day))
        });
        if self.unread_from.is_some_and(|t| t > self.now) {
            // What is left became known after `now`.
            self.unread_from = None;
        }
    }
}

/// Whether the goals may count an action: an acknowledgement only when it
/// is of the other partner's action and that action still stands.
fn counts(ledger: &Ledger, act: &Act) -> bool {
    match act.action {
        Action::Acknowledge => act
            .target()
            .and_then(|t| ledger.act(t))
            .is_some_and(|target| target.by != act.by),
        _ => true,
    }
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

/// What a chapter's run reads.
#[derive(Clone, Copy)]
struct Context<'a, T: DailyTrust> {
    ledger: &'a Ledger,
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
        title: chapter.title(),
        started_on: None,
        completed_on: None,
        progress: 0.0,
        goals: chapter
            .goals
            .iter()
            .map(|goal| GoalCounter::new(goal, hurt).report())
            .collect(),
        days_in: 0,
        min_days: chapter.min_days,
        min_trust: chapter.min_trust,
        trust_met: false,
        unlocks: chapter.unlocks.clone(),
    }
}

impl Run {
    fn chapter<T: DailyTrust>(chapter: &Chapter, cx: Context<'_, T>, begin: Begin) -> Run {
        let first_day = cx.clock.day_of(&begin.at);
        let mut counters: Vec<GoalCounter> = chapter
            .goals
            .iter()
            .map(|goal| {
                let mut counter = GoalCounter::new(goal, cx.hurt);
                counter.logged_today = logged_on(goal, &cx, begin);
                counter
            })
            .collect();
        let mut reader = reader(&cx, begin);
        let trust_by = |day: NaiveDate| {
            day.pred_opt()
                .is_some_and(|before| cx.trust.trust_after(before) >= chapter.min_trust)
        };
        let complete =
            |counters: &[GoalCounter]| counters.iter().all(|c| c.goal.optional || c.is_met());

        // Goals only become met when an action arrives; `min_days` and the
        // garden's trust only change as days begin. Those are the only
        // moments completion can happen. They are taken in order, each once,
        // as the actions are read: the earliest of each goal's next
        // arrival, the next day to begin from the last day needed on (each
        // day begins after the one before: it is a day of local time, and a
        // zone that skips a whole day does so across the date line, where
        // the start of the missing day still falls between), and the moments
        // of arrivals that came with an earlier one (the same instant, a
        // later day).
        let last_needed_day = first_day + Days::new(u64::from(chapter.min_days.saturating_sub(1)));
        let mut days_begin = last_needed_day
            .iter_days()
            .take_while(|d| *d <= cx.today)
            .map(|d| (cx.clock.start_of(d), d))
            .filter(|&(t, _)| begin.admits(t))
            .peekable();
        let mut came_early: Vec<Moment> = Vec::new();
        loop {
            let next = loop {
                let next = counters
                    .iter()
                    .filter_map(GoalCounter::next_moment)
                    .chain(days_begin.peek().copied())
                    .chain(came_early.iter().copied())
                    .min();
                if reader.has_read_to(next) {
                    break next;
                }
                reader.read_day(&mut counters);
            };
            let Some((t, day)) = next.filter(|&(t, _)| t <= cx.now) else {
                break;
            };
            days_begin.next_if_eq(&(t, day));
            came_early.retain(|&moment| moment != (t, day));
            for counter in &mut counters {
                counter.advance(t, day, &mut came_early);
            }
            if day >= last_needed_day && complete(&counters) && trust_by(day) {
                let progress = ChapterProgress {
                    id: chapter.id.clone(),
                    title: chapter.title(),
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
            counter.advance(cx.now, cx.today, &mut Vec::new());
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
                title: chapter.title(),
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

/// A moment completion can happen at, with the couple day it counts for.
type Moment = (DateTime<Utc>, NaiveDate);

/// An action that counts for a goal: from `when` on (the moment it was
/// known, or its acknowledgement if the goal needs that), for the day it
/// happened. Ordered by `moment`, then the rest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Arrival {
    when: DateTime<Utc>,
    /// The couple day of `when`.
    when_day: NaiveDate,
    day: NaiveDate,
    by: Partner,
}

impl Arrival {
    fn moment(&self) -> Moment {
        (self.when, self.when_day)
    }
}

/// This goal's actions logged on the day of `now` per partner, acknowledged
/// or not yet.
fn logged_on<T: DailyTrust>(goal: &Goal, cx: &Context<'_, T>, begin: Begin) -> [u32; 2] {
    let mut logged = [0, 0];
    if cx.today < first_counted_day(cx, begin) {
        return logged;
    }
    for a in cx.ledger.day(cx.today) {
        if a.action == goal.action
            && known(&a) <= cx.now
            && begin.admits(known(&a))
            && counts(cx.ledger, &a)
        {
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
    /// Arrivals read and not yet counted, the earliest first.
    waiting: BinaryHeap<Reverse<Arrival>>,
    /// Actions per day and partner still inside the window.
    per_day: BTreeMap<NaiveDate, [u32; 2]>,
    /// What `per_day` counts for, per partner (with `daily`, days not actions).
    counted: [u32; 2],
    logged_today: [u32; 2],
}

impl<'g> GoalCounter<'g> {
    fn new(goal: &'g Goal, hurt: Hurt) -> Self {
        GoalCounter {
            goal,
            hurt,
            asks: asks(goal.who, hurt),
            waiting: BinaryHeap::new(),
            per_day: BTreeMap::new(),
            counted: [0, 0],
            logged_today: [0, 0],
        }
    }

    /// Takes an action that the goals may count, known at `known_at`, if
    /// this goal counts it: from then on, or from when the other partner's
    /// acknowledgement became known if the goal needs that.
    fn offer(&mut self, ledger: &Ledger, act: &Act, known_at: DateTime<Utc>) {
        if act.action != self.goal.action || !self.asks[act.by.index()] {
            return;
        }
        let (when, when_day) = if self.goal.acknowledged {
            let Some(ack) = ledger.first_ack(act) else {
                return;
            };
            let seen = known(&ack);
            // An acknowledgement cannot precede its action on a sane log,
            // but a hand-edited one could hold that; count from the later.
            if seen > known_at {
                (seen, ack.day)
            } else {
                (known_at, act.day)
            }
        } else {
            (known_at, act.day)
        };
        self.waiting.push(Reverse(Arrival {
            when,
            when_day: when_day.max(act.day),
            day: act.day,
            by: act.by,
        }));
    }

    /// The moment of the earliest arrival read and not yet counted.
    fn next_moment(&self) -> Option<Moment> {
        self.waiting.peek().map(|Reverse(a)| a.moment())
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

    /// Counts what arrived by `t`, in the window that ends on `day`. An
    /// arrival whose own moment is later (the same instant, a later day) is
    /// added to `came_early`, so that moment is still taken.
    fn advance(&mut self, t: DateTime<Utc>, day: NaiveDate, came_early: &mut Vec<Moment>) {
        let window_start = self.window_start(day);
        while let Some(&Reverse(arrival)) = self.waiting.peek() {
            if arrival.when > t {
                break;
            }
            self.waiting.pop();
            if arrival.moment() > (t, day) && !came_early.contains(&arrival.moment()) {
                came_early.push(arrival.moment());
            }
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
