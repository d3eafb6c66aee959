//! What the app shows, derived from the log and nothing else: the timeline
//! (the ledger and the garden on every day), today's garden and the journey.
//! A new entry is applied to them; the day turning moves them forward.
//!
//! Everything the views need computed from the log is asked of
//! [`GardenState`] (a past day's garden, what fed a plant, the history's
//! order, the charts' series): the views read core types, they never call
//! the core's computing functions themselves.

use bevy::prelude::*;
use bevy::time::common_conditions::on_timer;
use chrono::{DateTime, NaiveDate, Utc};

use crate::garden::chapters::{self, Chapter, Journey, JourneyTracker, Unlock};
use crate::garden::ledger::Entry;
use crate::garden::{
    AsSeen, Change, DayPoint, Feeding, Garden, Ledger, Species, Timeline, explain,
};
use crate::journal::{Event, EventId, Kind};

use crate::app::clock::AppClock;
use crate::app::device::DeviceSettings;

/// The chapters of the journey: the built-in ones, or `--levels`.
#[derive(Resource, Clone, Debug)]
pub struct Chapters(pub Vec<Chapter>);

/// Entries after which the journal shows another version of a known entry:
/// a settled conflict, erased words.
pub(super) fn rewrites_an_entry(kind: &Kind) -> bool {
    matches!(kind, Kind::Settle { .. } | Kind::Erase { .. })
}

/// The garden replayed from the log, as of the app's clock.
#[derive(Resource, Clone)]
pub struct GardenState {
    /// The resolved log and the garden on every day (time-lapse, charts);
    /// read through the methods below.
    timeline: Timeline,
    /// Today's garden, at the app's clock.
    pub garden: Garden,
    /// Where the couple is in the chapters.
    pub journey: Journey,
    /// Goes up with every change, for views that cache what they draw.
    pub revision: u64,
    tracker: JourneyTracker,
    /// The past days as they were seen (time-lapse, charts), built on first
    /// need: an entry written now never changes them; a merge or a new day does.
    as_seen: std::sync::OnceLock<AsSeen>,
}

impl GardenState {
    pub(super) fn new(events: Vec<Event>, chapters: &Chapters, now: DateTime<Utc>) -> Self {
        let timeline = Timeline::from_events(events);
        let mut tracker = JourneyTracker::new(chapters.0.clone());
        let garden = timeline.garden(now);
        let journey = tracker.journey(timeline.ledger(), &timeline, now);
        GardenState {
            timeline,
            garden,
            journey,
            revision: next_revision(),
            tracker,
            as_seen: std::sync::OnceLock::new(),
        }
    }

    /// The counselling summary of `period`, from the replayed log.
    pub fn summary(
        &self,
        period: &crate::report::summary::Period,
        now: DateTime<Utc>,
    ) -> crate::report::summary::SummaryData {
        crate::report::summary::summarize(&self.timeline, &self.journey, period, now)
    }

    /// The resolved log, to look entries up in.
    pub fn ledger(&self) -> &Ledger {
        self.timeline.ledger()
    }

    /// The garden as it was at the end of `day` (the time-lapse), seen at `now`.
    pub fn garden_on(&self, day: NaiveDate, now: DateTime<Utc>) -> Garden {
        self.as_seen(now)
            .garden_on(day, self.ledger())
            .unwrap_or_else(|| self.timeline.garden_on(day, now))
    }

    fn as_seen(&self, now: DateTime<Utc>) -> &AsSeen {
        self.as_seen
            .get_or_init(|| AsSeen::build(self.timeline.ledger(), now))
    }

    /// What the chapters completed by the end of `day` unlock; `None` is today.
    pub fn unlocked_by(&self, day: Option<NaiveDate>) -> Vec<Unlock> {
        match day {
            None => self.journey.unlocked(),
            Some(day) => self
                .journey
                .chapters
                .iter()
                .filter(|c| c.completed_on.is_some_and(|done| done <= day))
                .flat_map(|c| c.unlocks.iter().copied())
                .collect(),
        }
    }

    /// The actions that fed `species` up to `now`, newest first (a plant's card).
    pub fn explain(&self, species: Species, now: DateTime<Utc>) -> Vec<Feeding> {
        explain(self.ledger(), species, now)
    }

    /// Trust and actions per day up to the day of `now` (the stats' charts).
    /// Past days show the trust they showed then.
    pub fn series(&self, now: DateTime<Utc>) -> Vec<DayPoint> {
        let seen = self.as_seen(now);
        let mut series = self.timeline.series(now);
        for point in &mut series {
            if let Some(trust) = seen.trust_on(point.day) {
                point.trust = trust;
            }
        }
        series
    }

    /// The entries of the history (replies left out), oldest first.
    pub fn history_order(&self) -> Vec<EventId> {
        self.ledger().history_order()
    }

    /// One entry of the history with its replies, if `id` names one.
    pub fn entry(&self, id: EventId) -> Option<Entry<'_>> {
        self.ledger().entry(id)
    }

    /// Applies one new entry to the timeline and the journey.
    pub(super) fn apply(&mut self, event: Event, now: DateTime<Utc>) {
        let change = self.timeline.apply(event);
        self.changed(change, now);
    }

    /// Takes in the file's entries the state does not hold yet (another
    /// process's appends, a merge), if there are any.
    pub(super) fn take_in(&mut self, file: &[Event], now: DateTime<Utc>) {
        // Every entry the state holds came from the file, so equal counts
        // mean nothing is new.
        if file.len() == self.ledger().len() {
            return;
        }
        let ledger = self.ledger();
        let new: Vec<Event> = file
            .iter()
            .filter(|e| ledger.event(e.id).is_none())
            .cloned()
            .collect();
        if new.iter().any(|e| rewrites_an_entry(&e.kind)) {
            self.rebuild(file, now);
            return;
        }
        self.extend(new, now);
    }

    /// Builds everything again from the file's events: after an entry that
    /// puts another version of a known entry in its place.
    pub(super) fn rebuild(&mut self, file: &[Event], now: DateTime<Utc>) {
        let chapters = Chapters(self.tracker.chapters().to_vec());
        *self = GardenState::new(file.to_vec(), &chapters, now);
    }

    /// Applies many entries at once.
    fn extend(&mut self, events: Vec<Event>, now: DateTime<Utc>) {
        // Entries from the other device may have been written on past days.
        self.as_seen = std::sync::OnceLock::new();
        let change = self.timeline.extend(events);
        self.changed(change, now);
    }

    fn changed(&mut self, change: Change, now: DateTime<Utc>) {
        self.tracker.changed(self.timeline.ledger(), change);
        self.refresh(now);
    }

    /// Today's garden and the journey again, at `now`.
    pub(super) fn refresh(&mut self, now: DateTime<Utc>) {
        let today = self.ledger().couple().clock.day_of(&now);
        if today != self.garden.today {
            // Yesterday has just joined the days already lived.
            self.as_seen = std::sync::OnceLock::new();
        }
        self.garden = self.timeline.garden(now);
        self.journey = self
            .tracker
            .journey(self.timeline.ledger(), &self.timeline, now);
        self.revision = next_revision();
    }
}

/// The gentle line of the "today" card for the partner holding the device.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct Today(pub String);

/// Decay and streaks move with the calendar: move on when the couple's day turns.
fn follow_the_day(clock: Res<AppClock>, mut state: ResMut<GardenState>) {
    let now = clock.now();
    let today = state.ledger().couple().clock.day_of(&now);
    if today != state.garden.today {
        state.refresh(now);
    }
}

fn suggest(state: Res<GardenState>, device: Res<DeviceSettings>, mut today: ResMut<Today>) {
    if state.is_changed() || device.is_changed() {
        let line = chapters::suggest_today(&state.journey, Some(device.acting)).unwrap_or_default();
        today.set_if_neq(Today(line));
    }
}

/// Revisions are unique across reopenings of the save, so a view's cache
/// never matches a state it was not built from.
fn next_revision() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Today>();
    app.add_systems(
        Update,
        (
            // A clock that stands still (`--at`, tests) moves only when set.
            follow_the_day.run_if(resource_exists::<GardenState>.and_then(
                on_timer(std::time::Duration::from_secs(60)).or_else(resource_changed::<AppClock>),
            )),
            suggest
                .run_if(resource_exists::<GardenState>.and_then(resource_exists::<DeviceSettings>)),
        )
            .chain()
            .in_set(super::StorageSet::Derive),
    );
}
