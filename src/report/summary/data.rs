//! What a summary for counselling holds, computed from the replayed log:
//! week by week, for both partners, with nothing the couple erased.

use chrono::{DateTime, Days, NaiveDate, Utc};

use crate::garden::chapters::Journey;
use crate::garden::{Ledger, Timeline};
use crate::journal::{Action, EventId, Kind, Partner};

/// Which weeks a summary covers and whether notes go in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Period {
    /// First couple day, inclusive.
    pub from: NaiveDate,
    /// Last couple day, inclusive.
    pub to: NaiveDate,
    /// The couple ticked "include our notes".
    pub with_notes: bool,
}

impl Period {
    /// The four weeks ending `today`.
    pub fn last_four_weeks(today: NaiveDate) -> Period {
        Period {
            from: today - Days::new(27),
            to: today,
            with_notes: false,
        }
    }
}

/// Promises over a stretch of days.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Promises {
    pub made: u32,
    pub kept: u32,
    /// Broken, and said so.
    pub admitted_broken: u32,
    /// Past their due date and grace at the end of the stretch, no word said.
    pub overdue: u32,
}

/// Check-ins over a stretch of days.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CheckIns {
    pub count: u32,
    pub calm: u32,
    pub tense: u32,
    /// Mean mood (1 to 5), when there was a check-in.
    pub mood: Option<f32>,
}

/// One week (or the shorter last stretch) of the period.
#[derive(Clone, Debug, PartialEq)]
pub struct Week {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Actions each partner logged (acknowledgements are counted apart).
    pub actions: [u32; 2],
    /// The actions by kind, most frequent first, both partners together.
    pub by_action: Vec<(Action, u32)>,
    /// Trust at the end of the day before the week, and at its end.
    pub trust: (f32, f32),
    pub promises: Promises,
    pub check_ins: CheckIns,
    /// Entries of the other partner each partner acknowledged.
    pub acknowledged: [u32; 2],
    pub pause_days: u32,
}

/// One check-in, for the mood chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mood {
    pub day: NaiveDate,
    pub by: Partner,
    pub mood: u8,
    pub calm: bool,
}

/// A note the couple chose to include.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub day: NaiveDate,
    pub by: Partner,
    pub action: Option<Action>,
    pub text: String,
}

/// The chapter the couple is in at the end of the period.
#[derive(Clone, Debug, PartialEq)]
pub struct ChapterNow {
    pub title: String,
    pub days_in: u32,
    /// Each goal's words and how far along it is (done, needed).
    pub goals: Vec<(String, u32, u32)>,
}

/// Everything the summary shows.
#[derive(Clone, Debug, PartialEq)]
pub struct SummaryData {
    pub names: [String; 2],
    pub period: Period,
    /// Trust at the end of each day of the period.
    pub trust: Vec<(NaiveDate, f32)>,
    pub weeks: Vec<Week>,
    pub moods: Vec<Mood>,
    pub pause_days: Vec<NaiveDate>,
    pub chapter: Option<ChapterNow>,
    pub notes: Vec<Note>,
    /// When it was made.
    pub made: DateTime<Utc>,
}

impl SummaryData {
    /// The whole period's promises, check-ins, acknowledgements and actions.
    pub fn totals(&self) -> Week {
        let mut all = Week {
            from: self.period.from,
            to: self.period.to,
            actions: [0; 2],
            by_action: Vec::new(),
            trust: (
                self.weeks.first().map_or(0.0, |w| w.trust.0),
                self.weeks.last().map_or(0.0, |w| w.trust.1),
            ),
            promises: Promises::default(),
            check_ins: CheckIns::default(),
            acknowledged: [0; 2],
            pause_days: 0,
        };
        let mut moods = 0.0;
        for week in &self.weeks {
            for p in 0..2 {
                all.actions[p] += week.actions[p];
                all.acknowledged[p] += week.acknowledged[p];
            }
            for &(action, n) in &week.by_action {
                add(&mut all.by_action, action, n);
            }
            all.promises.made += week.promises.made;
            all.promises.kept += week.promises.kept;
            all.promises.admitted_broken += week.promises.admitted_broken;
            all.check_ins.count += week.check_ins.count;
            all.check_ins.calm += week.check_ins.calm;
            all.check_ins.tense += week.check_ins.tense;
            moods += week.check_ins.mood.unwrap_or(0.0) * week.check_ins.count as f32;
            all.pause_days += week.pause_days;
        }
        all.promises.overdue = self.weeks.last().map_or(0, |w| w.promises.overdue);
        all.check_ins.mood = (all.check_ins.count > 0).then(|| moods / all.check_ins.count as f32);
        sort_by_count(&mut all.by_action);
        all
    }
}

fn add(counts: &mut Vec<(Action, u32)>, action: Action, n: u32) {
    match counts.iter_mut().find(|(a, _)| *a == action) {
        Some((_, count)) => *count += n,
        None => counts.push((action, n)),
    }
}

fn sort_by_count(counts: &mut [(Action, u32)]) {
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
}

/// The summary of `period` as the log stands at `now`. Retracted entries
/// are left out, notes only when asked for, and erased notes are gone from
/// the log itself.
pub fn summarize(
    timeline: &Timeline,
    journey: &Journey,
    period: &Period,
    now: DateTime<Utc>,
) -> SummaryData {
    let ledger = timeline.ledger();
    let couple = ledger.couple();
    let clock = &couple.clock;
    let series = timeline.series(now);
    let trust_on = |day: NaiveDate| {
        series
            .iter()
            .take_while(|p| p.day <= day)
            .last()
            .map_or(0.0, |p| p.trust)
    };
    let trust: Vec<(NaiveDate, f32)> = period
        .from
        .iter_days()
        .take_while(|d| *d <= period.to)
        .map(|day| (day, trust_on(day)))
        .collect();

    let mut weeks = Vec::new();
    let mut start = period.from;
    while start <= period.to {
        let end = (start + Days::new(6)).min(period.to);
        let before = start.pred_opt().map_or(0.0, trust_on);
        let overdue = overdue_at(timeline, end, now);
        weeks.push(Week {
            from: start,
            to: end,
            actions: [0; 2],
            by_action: Vec::new(),
            trust: (before, trust_on(end)),
            promises: Promises {
                overdue,
                ..Promises::default()
            },
            check_ins: CheckIns::default(),
            acknowledged: [0; 2],
            pause_days: start
                .iter_days()
                .take_while(|d| *d <= end)
                .filter(|d| ledger.is_paused(*d))
                .count() as u32,
        });
        start = end + Days::new(1);
    }

    let mut moods = Vec::new();
    let mut notes = Vec::new();
    let mut mood_sums = vec![0u32; weeks.len()];
    let week_of = |day: NaiveDate| {
        (day >= period.from && day <= period.to)
            .then(|| ((day - period.from).num_days() / 7) as usize)
    };
    for entry in ledger.history() {
        if entry.retracted {
            continue;
        }
        let event = entry.event;
        // Acknowledgements are folded into the entry they answer, and count
        // in the week they were given.
        for ack in &entry.acks {
            if let Some(w) = week_of(clock.day_of(&ack.at)).and_then(|i| weeks.get_mut(i)) {
                w.acknowledged[ack.by.index()] += 1;
            }
        }
        let day = clock.day_of(&event.at);
        let Some(index) = week_of(day) else {
            continue;
        };
        let Some(week) = weeks.get_mut(index) else {
            continue;
        };
        let by = event.by.index();
        let Some(action) = event.kind.action() else {
            continue;
        };
        week.actions[by] += 1;
        add(&mut week.by_action, action, 1);
        match &event.kind {
            Kind::PromiseMade { .. } => week.promises.made += 1,
            Kind::PromiseKept { .. } => week.promises.kept += 1,
            Kind::PromiseBroken { .. } => week.promises.admitted_broken += 1,
            Kind::CheckIn { mood, calm } => {
                week.check_ins.count += 1;
                if *calm {
                    week.check_ins.calm += 1;
                } else {
                    week.check_ins.tense += 1;
                }
                mood_sums[index] += u32::from(*mood);
                moods.push(Mood {
                    day,
                    by: event.by,
                    mood: *mood,
                    calm: *calm,
                });
            }
            _ => {}
        }
        if period.with_notes
            && let Some(text) = entry.note
            && !words_erased(ledger, event.id)
        {
            notes.push(Note {
                day,
                by: event.by,
                action: Some(action),
                text: text.to_owned(),
            });
        }
    }
    for (week, sum) in weeks.iter_mut().zip(mood_sums) {
        sort_by_count(&mut week.by_action);
        if week.check_ins.count > 0 {
            week.check_ins.mood = Some(sum as f32 / week.check_ins.count as f32);
        }
    }
    moods.sort_by_key(|m| (m.day, m.by));
    notes.sort_by_key(|n| (n.day, n.by));

    let pause_days = period
        .from
        .iter_days()
        .take_while(|d| *d <= period.to)
        .filter(|d| ledger.is_paused(*d))
        .collect();
    let chapter = journey.current_chapter().map(|c| ChapterNow {
        title: c.title.clone(),
        days_in: c.days_in,
        goals: c
            .goals
            .iter()
            .filter(|g| !g.optional)
            .map(|g| (g.description.clone(), g.done, g.needed))
            .collect(),
    });
    SummaryData {
        names: [
            couple.name(Partner::A).to_owned(),
            couple.name(Partner::B).to_owned(),
        ],
        period: period.clone(),
        trust,
        weeks,
        moods,
        pause_days,
        chapter,
        notes,
        made: now,
    }
}

/// Whether a partner erased the words of entry `id` or of an amendment of
/// it. A save opened from disk no longer holds them; a log replayed in
/// memory still may, and the summary must not show them either way.
fn words_erased(ledger: &Ledger, id: EventId) -> bool {
    let erased = |id| {
        ledger
            .replies_to(id)
            .any(|reply| matches!(reply.kind, Kind::Erase { .. }))
    };
    erased(id)
        || ledger
            .replies_to(id)
            .any(|reply| matches!(reply.kind, Kind::Amend { .. }) && erased(reply.id))
}

/// Promises overdue once `day` is over (or at `now`, for today).
fn overdue_at(timeline: &Timeline, day: NaiveDate, now: DateTime<Utc>) -> u32 {
    let garden = timeline.garden_on(day, now);
    garden.open_promises.iter().filter(|p| p.overdue).count() as u32
}
