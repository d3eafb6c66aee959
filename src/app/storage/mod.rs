//! The bridge between the app and the save: it owns the open journal and the
//! garden replayed from it. The UI never changes state directly; it sends a
//! [`Command`], this plugin appends the event (fsync'd) and replays, and the
//! view reacts to the changed [`GardenState`].

mod backend;
mod export;

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::time::common_conditions::on_timer;
use chrono::{Duration, NaiveDate, NaiveTime};

use crate::garden::chapters::{self, Chapter, Journey};
use crate::garden::{Garden, Species, Timeline};
use crate::journal::{Event, EventId, Kind};

use super::Launch;
use super::clock::AppClock;
use super::device::DeviceSettings;
use super::screens::{Screen, StartScreen};

pub use backend::Log;

/// The open save, or why there is none.
#[derive(Resource)]
pub struct Journal {
    pub path: PathBuf,
    log: Option<Log>,
    /// Set when the save exists but cannot be read: the app then never writes to it.
    pub unreadable: Option<String>,
}

impl Journal {
    pub fn events(&self) -> &[Event] {
        self.log.as_ref().map_or(&[], |log| log.events())
    }

    pub fn is_set_up(&self) -> bool {
        self.events()
            .iter()
            .any(|e| matches!(e.kind, Kind::Setup { .. }))
    }

    pub fn find(&self, id: EventId) -> Option<&Event> {
        self.events().iter().find(|e| e.id == id)
    }
}

/// The garden replayed from the journal, as of the app's clock.
#[derive(Resource, Clone)]
pub struct GardenState {
    pub garden: Garden,
    /// Every day's garden and trust, for the time-lapse and the charts.
    /// Built on first need (see [`TimelineWanted`]), so a long history does
    /// not slow the start.
    pub timeline: Option<Timeline>,
    /// Where the couple is in the chapters.
    pub journey: Journey,
}

impl GardenState {
    fn rebuild(events: &[Event], chapters: &Chapters, now: chrono::DateTime<chrono::Utc>) -> Self {
        // Replay and chapters read the same log independently; on a long
        // history each takes tens of milliseconds of the start-up.
        let (garden, journey) = if events.len() < PARALLEL_FROM {
            (
                backend::replay(events, now),
                chapters::journey(&chapters.0, events, now),
            )
        } else {
            std::thread::scope(|scope| {
                let garden = scope.spawn(|| backend::replay(events, now));
                let journey = chapters::journey(&chapters.0, events, now);
                let garden = garden
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                (garden, journey)
            })
        };
        GardenState {
            garden,
            timeline: None,
            journey,
        }
    }
}

/// From this many events on, the garden and the chapters are rebuilt side by side.
const PARALLEL_FROM: usize = 2000;

/// Set by a view that needs the timeline (charts, time-lapse).
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq)]
pub struct TimelineWanted(pub bool);

fn build_timeline(
    mut wanted: ResMut<TimelineWanted>,
    journal: Res<Journal>,
    clock: Res<AppClock>,
    mut state: ResMut<GardenState>,
) {
    if wanted.0 && state.timeline.is_none() {
        state.timeline = Some(Timeline::build(journal.events(), clock.now()));
    }
    wanted.set_if_neq(TimelineWanted(false));
}

/// The chapters of the journey: the built-in ones, or `--levels`.
#[derive(Resource, Clone, Debug)]
pub struct Chapters(pub Vec<Chapter>);

/// The gentle line of the "today" card for the partner holding the device.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct Today(pub String);

/// When an action happened, for logging after the fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    Now,
    /// A few hours ago, but never before today began.
    HoursAgo(u32),
    /// Some time inside that couple day.
    Day(NaiveDate),
}

/// Everything the UI can ask of the save.
#[derive(Message, Clone, Debug, PartialEq)]
pub enum Command {
    /// First run: the couple's names, time zone and day start.
    Setup {
        names: (String, String),
        zone: String,
        day_start: NaiveTime,
    },
    /// An action by the partner holding the device.
    Log {
        kind: Kind,
        note: Option<String>,
        when: When,
    },
    Acknowledge(EventId),
    Retract(EventId),
    Amend {
        event: EventId,
        note: String,
    },
    /// Merge a partner's save file into ours.
    Merge(PathBuf),
    ExportCsv(PathBuf),
}

/// Sent after an action was saved, so the view can answer with an animation.
#[derive(Message, Clone, Debug, PartialEq)]
pub struct Grew {
    pub event: EventId,
    /// The plants whose growth went up.
    pub species: Vec<Species>,
}

/// Messages for the person using the app: what went wrong or what was done.
#[derive(Resource, Clone, Debug, Default)]
pub struct Notices {
    pub items: Vec<Notice>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    pub problem: bool,
}

impl Notices {
    pub fn error(&mut self, text: impl Into<String>) {
        let text = text.into();
        warn!("{text}");
        self.items.push(Notice {
            text,
            problem: true,
        });
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.items.push(Notice {
            text: text.into(),
            problem: false,
        });
    }
}

/// Everything opening the save produces.
struct Loaded {
    journal: Journal,
    state: GardenState,
    chapters: Chapters,
    notices: Notices,
}

/// The save being opened on a worker thread while the window and the
/// renderer start, so a long history does not delay the first frame.
#[derive(Resource)]
pub struct Preloading(std::sync::Mutex<Option<std::thread::JoinHandle<Loaded>>>);

fn load(options: &super::AppOptions, now: chrono::DateTime<chrono::Utc>) -> Loaded {
    let started = std::time::Instant::now();
    let path = options.save.clone();
    let mut notices = Notices::default();
    let (log, unreadable) = match Log::open(&path) {
        Ok(Some(opened)) => {
            if !opened.notices.is_empty() {
                notices.error(format!(
                    "Opening {} needed care (nothing was deleted):\n• {}",
                    path.display(),
                    opened.notices.join("\n• ")
                ));
            }
            (Some(opened.log), None)
        }
        Ok(None) => (None, None),
        Err(e) => {
            notices.error(format!(
                "The save could not be opened, so the app will not write to it: {e}"
            ));
            (None, Some(e))
        }
    };
    let journal = Journal {
        path,
        log,
        unreadable,
    };
    let chapters = Chapters(match &options.levels {
        None => chapters::embedded(),
        Some(dir) => chapters::load_dir(dir).unwrap_or_else(|e| {
            notices.error(format!(
                "The chapters in {} could not be read, so the built-in ones are used: {e}",
                dir.display()
            ));
            chapters::embedded()
        }),
    });
    let opened = started.elapsed();
    let state = GardenState::rebuild(journal.events(), &chapters, now);
    info!(
        "opened {} ({} events) in {opened:?}, replayed in {:?}",
        journal.path.display(),
        journal.events().len(),
        started.elapsed() - opened
    );
    Loaded {
        journal,
        state,
        chapters,
        notices,
    }
}

fn insert_loaded(commands: &mut Commands, loaded: Loaded) {
    commands.insert_resource(loaded.state);
    commands.insert_resource(loaded.chapters);
    commands.insert_resource(loaded.journal);
    commands.insert_resource(loaded.notices);
}

/// Opens the save and replays it, unless it is already being opened in the
/// background (then `finish_opening` picks it up).
pub(super) fn open_save(
    mut commands: Commands,
    launch: Res<Launch>,
    clock: Res<AppClock>,
    preloading: Option<Res<Preloading>>,
) {
    if preloading.is_none() {
        insert_loaded(&mut commands, load(&launch.0, clock.now()));
    }
}

/// Takes the save opened in the background once it is ready; the screen
/// stays on `Loading` until then while the window and renderer start.
fn finish_opening(
    mut commands: Commands,
    preloading: Res<Preloading>,
    launch: Res<Launch>,
    clock: Res<AppClock>,
) {
    let Ok(mut slot) = preloading.0.lock() else {
        return;
    };
    if slot.as_ref().is_some_and(|handle| !handle.is_finished()) {
        return;
    }
    let loaded = slot.take().and_then(|handle| handle.join().ok());
    // A worker that panicked leaves nothing: open in the foreground instead.
    let loaded = loaded.unwrap_or_else(|| load(&launch.0, clock.now()));
    insert_loaded(&mut commands, loaded);
    commands.remove_resource::<Preloading>();
}

/// Starts opening and replaying the save on a worker thread, for the
/// windowed app: it runs while Bevy builds its plugins and the renderer
/// starts, so call it before adding any. (Tests open the save synchronously,
/// so each update sees the result.)
pub fn open_in_background(
    options: &crate::app::AppOptions,
    now: chrono::DateTime<chrono::Utc>,
) -> Option<Preloading> {
    let options = options.clone();
    let worker = std::thread::Builder::new()
        .name("open-save".into())
        .spawn(move || load(&options, now));
    // Without a thread, `open_save` opens it in the foreground.
    worker
        .ok()
        .map(|handle| Preloading(std::sync::Mutex::new(Some(handle))))
}

fn leave_loading(
    journal: Res<Journal>,
    start: Res<StartScreen>,
    mut next: ResMut<NextState<Screen>>,
) {
    let set_up = journal.is_set_up();
    next.set(match start.0 {
        Some(screen) if set_up || screen == Screen::Welcome => screen,
        _ if !set_up && journal.unreadable.is_none() => Screen::Welcome,
        _ => Screen::Garden,
    });
}

/// Turns commands into events, appends them and replays.
#[allow(clippy::too_many_arguments)]
fn apply_commands(
    mut commands_in: MessageReader<Command>,
    mut journal: ResMut<Journal>,
    mut state: ResMut<GardenState>,
    chapters: Res<Chapters>,
    mut notices: ResMut<Notices>,
    mut grew: MessageWriter<Grew>,
    mut next: ResMut<NextState<Screen>>,
    device: Res<DeviceSettings>,
    clock: Res<AppClock>,
) {
    let mut changed = false;
    for command in commands_in.read() {
        match run_command(command, &mut journal, &state.garden, &device, &clock) {
            Ok(Outcome::Appended(event)) => {
                let before = state.garden.clone();
                *state = GardenState::rebuild(journal.events(), &chapters, clock.now());
                let species = grown(&before, &state.garden);
                if matches!(command, Command::Setup { .. }) {
                    next.set(Screen::Garden);
                }
                grew.write(Grew { event, species });
            }
            Ok(Outcome::Merged(text)) => {
                notices.info(text);
                changed = true;
            }
            Ok(Outcome::Done(text)) => notices.info(text),
            Err(e) => notices.error(e),
        }
    }
    if changed {
        *state = GardenState::rebuild(journal.events(), &chapters, clock.now());
    }
}

enum Outcome {
    Appended(EventId),
    Merged(String),
    Done(String),
}

fn run_command(
    command: &Command,
    journal: &mut Journal,
    garden: &Garden,
    device: &DeviceSettings,
    clock: &AppClock,
) -> Result<Outcome, String> {
    if let Some(why) = &journal.unreadable {
        return Err(format!(
            "Nothing was saved: the save file could not be read ({why})."
        ));
    }
    let couple = garden.clock;
    let by = device.acting;
    let (kind, note, at) = match command {
        Command::Setup {
            names,
            zone,
            day_start,
        } => {
            let couple = crate::garden::CoupleClock::new(zone, *day_start)?;
            let names = (names.0.trim().to_owned(), names.1.trim().to_owned());
            if names.0.is_empty() || names.1.is_empty() {
                return Err("Please enter both names.".into());
            }
            let kind = Kind::Setup {
                partners: names,
                zone: zone.clone(),
                day_start: *day_start,
            };
            (kind, None, clock.now_local(&couple))
        }
        Command::Log { kind, note, when } => {
            let at = match when {
                When::Now => clock.now_local(&couple),
                When::HoursAgo(hours) => {
                    let now = clock.now();
                    let today_began = couple.start_of(couple.day_of(&now));
                    let at = (now - Duration::hours(i64::from(*hours))).max(today_began);
                    at.with_timezone(&couple.zone).fixed_offset()
                }
                When::Day(day) => {
                    if *day > garden.today {
                        return Err("That day has not happened yet.".into());
                    }
                    clock.moment_in(&couple, *day)
                }
            };
            let note = note
                .as_ref()
                .map(|n| n.trim().to_owned())
                .filter(|n| !n.is_empty());
            (kind.clone(), note, at)
        }
        Command::Acknowledge(event) => {
            let target = journal
                .find(*event)
                .ok_or("That entry is no longer in the save.")?;
            if target.by == by {
                return Err("Only your partner can acknowledge this entry.".into());
            }
            (
                Kind::Acknowledge { event: *event },
                None,
                clock.now_local(&couple),
            )
        }
        Command::Retract(event) => (
            Kind::Retract {
                event: *event,
                reason: None,
            },
            None,
            clock.now_local(&couple),
        ),
        Command::Amend { event, note } => (
            Kind::Amend {
                event: *event,
                note: note.clone(),
            },
            None,
            clock.now_local(&couple),
        ),
        Command::Merge(path) => {
            let log = journal
                .log
                .as_mut()
                .ok_or("Set up the garden before merging a partner's save.")?;
            return log.merge_from(path).map(Outcome::Merged);
        }
        Command::ExportCsv(typed) => {
            let path = export::export_path(&journal.path, typed);
            let rows = export::write_csv(&journal.path, &path, journal.events(), garden)?;
            return Ok(Outcome::Done(format!(
                "Exported {rows} entries to {}.",
                path.display()
            )));
        }
    };
    let event = Event::new(by, at, kind, note);
    if journal.log.is_none() {
        journal.log = Some(Log::create(&journal.path)?);
    }
    let log = journal.log.as_mut().ok_or("the save is not open")?;
    let id = event.id;
    log.append(event)?;
    Ok(Outcome::Appended(id))
}

/// Species whose growth went up between two gardens.
fn grown(before: &Garden, after: &Garden) -> Vec<Species> {
    Species::ALL
        .into_iter()
        .filter(|s| {
            let old = before.plants.get(s).map_or(0.0, |p| p.growth);
            let new = after.plants.get(s).map_or(0.0, |p| p.growth);
            new > old + 1e-4
        })
        .collect()
}

/// Decay and streaks move with the calendar: replay when the couple's day turns.
fn follow_the_day(
    clock: Res<AppClock>,
    journal: Res<Journal>,
    chapters: Res<Chapters>,
    mut state: ResMut<GardenState>,
) {
    let today = state.garden.clock.day_of(&clock.now());
    if today != state.garden.today {
        *state = GardenState::rebuild(journal.events(), &chapters, clock.now());
    }
}

fn suggest(state: Res<GardenState>, device: Res<DeviceSettings>, mut today: ResMut<Today>) {
    if state.is_changed() || device.is_changed() {
        let line = chapters::suggest_today(&state.journey, Some(device.acting)).unwrap_or_default();
        today.set_if_neq(Today(line));
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<Command>();
    app.add_message::<Grew>();
    app.init_resource::<Notices>();
    app.init_resource::<Today>();
    app.init_resource::<TimelineWanted>();
    app.add_systems(Startup, open_save);
    app.add_systems(
        Update,
        (
            finish_opening.run_if(resource_exists::<Preloading>),
            leave_loading.run_if(in_state(Screen::Loading).and_then(resource_exists::<Journal>)),
            apply_commands.run_if(resource_exists::<Journal>),
            follow_the_day.run_if(
                resource_exists::<Journal>.and_then(on_timer(std::time::Duration::from_secs(60))),
            ),
            build_timeline.run_if(resource_exists::<GardenState>),
            suggest
                .run_if(resource_exists::<GardenState>.and_then(resource_exists::<DeviceSettings>)),
        )
            .chain(),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::{DemoCouple, demo_events};

    #[test]
    fn a_long_history_rebuilt_side_by_side_is_the_same_as_one_after_the_other() {
        let first = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap_or_default();
        let events = demo_events(&DemoCouple::default(), first, 400, 3);
        assert!(events.len() >= PARALLEL_FROM, "{}", events.len());
        let chapters = Chapters(chapters::embedded());
        let now = first.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc() + Duration::days(400);
        let state = GardenState::rebuild(&events, &chapters, now);
        assert_eq!(state.garden, backend::replay(&events, now));
        assert_eq!(state.journey, chapters::journey(&chapters.0, &events, now));
    }
}
