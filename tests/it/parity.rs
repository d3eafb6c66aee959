//! One set of rules for every front end: the same scripted couple, refused
//! requests included, played through the real `trust-garden` binary (its
//! clock set by libfaketime) and through the app's `Command` messages (its
//! clock fixed at the same moments), ends with the same `status --json`, the
//! same history and the same refusals.

use std::path::Path;
use std::process::Command as Process;

use bevy::prelude::*;
use chrono::{DateTime, NaiveTime, TimeZone, Utc};
use serde_json::Value;
use trust_garden::app::{AppClock, AppOptions, Command, DeviceSettings, GardenState, Notices};
use trust_garden::app::{When, headless_app};
use trust_garden::journal::{Hurt, Kind, Partner};
use trust_garden::report::{Status, history_json};

const ALEX: Partner = Partner::A;
const SAM: Partner = Partner::B;

/// What a step asks for; `usize`s name earlier steps' entries.
#[derive(Clone)]
enum Ask {
    Log {
        kind: Kind,
        cli: Vec<&'static str>,
        note: Option<&'static str>,
        /// When it happened, if not now: (day, hour, minute).
        at: Option<(u32, u32, u32)>,
    },
    Kept(usize),
    Ack(usize),
    Retract(usize),
    Amend(usize, &'static str),
    Roles(Hurt),
}

struct Step {
    day: u32,
    hour: u32,
    minute: u32,
    by: Partner,
    ask: Ask,
    /// Words the refusal must contain, or `None` when it must be accepted.
    refused: Option<&'static str>,
}

fn moment(day: u32, hour: u32, minute: u32) -> DateTime<Utc> {
    let local = chrono::NaiveDate::from_ymd_opt(2026, 3, 2)
        .and_then(|d| d.checked_add_days(chrono::Days::new(u64::from(day))))
        .and_then(|d| d.and_hms_opt(hour, minute, 0))
        .unwrap();
    chrono_tz::Europe::Berlin
        .from_local_datetime(&local)
        .single()
        .unwrap()
        .with_timezone(&Utc)
}

fn log(kind: Kind, cli: &[&'static str]) -> Ask {
    Ask::Log {
        kind,
        cli: cli.to_vec(),
        note: None,
        at: None,
    }
}

fn step(day: u32, hour: u32, minute: u32, by: Partner, ask: Ask) -> Step {
    Step {
        day,
        hour,
        minute,
        by,
        ask,
        refused: None,
    }
}

fn refused(mut step: Step, words: &'static str) -> Step {
    step.refused = Some(words);
    step
}

fn script() -> Vec<Step> {
    let talk = Ask::Log {
        kind: Kind::HonestTalk,
        cli: vec!["honest-talk"],
        note: Some("we talked about the messages"),
        at: None,
    };
    vec![
        step(0, 9, 0, ALEX, talk),
        step(0, 9, 5, SAM, Ask::Ack(0)),
        refused(step(0, 9, 10, SAM, Ask::Ack(0)), "already acknowledged"),
        refused(step(0, 9, 15, ALEX, Ask::Ack(0)), "your own entry"),
        step(
            0,
            20,
            0,
            SAM,
            log(
                Kind::CheckIn {
                    mood: 2,
                    calm: false,
                },
                &["check-in", "--mood", "2", "--tense"],
            ),
        ),
        refused(
            step(
                0,
                20,
                5,
                ALEX,
                log(
                    Kind::CheckIn {
                        mood: 7,
                        calm: true,
                    },
                    &["check-in", "--mood", "7"],
                ),
            ),
            "out of range",
        ),
        step(
            1,
            8,
            0,
            ALEX,
            log(
                Kind::PromiseMade {
                    text: "home by seven".into(),
                    due: chrono::NaiveDate::from_ymd_opt(2026, 3, 5),
                },
                &["promise", "--text", "home by seven", "--due", "2026-03-05"],
            ),
        ),
        refused(step(1, 8, 5, SAM, Ask::Kept(6)), "only Alex can mark it"),
        step(2, 19, 0, ALEX, Ask::Kept(6)),
        step(2, 19, 5, SAM, Ask::Ack(8)),
        step(2, 21, 0, ALEX, log(Kind::Kindness, &["kindness"])),
        refused(
            step(3, 9, 0, SAM, Ask::Retract(10)),
            "only they can take it back",
        ),
        step(3, 9, 5, ALEX, Ask::Amend(0, "we talked for two hours")),
        step(
            3,
            10,
            0,
            SAM,
            Ask::Log {
                kind: Kind::Gratitude,
                cli: vec!["gratitude"],
                note: Some("for last night"),
                at: Some((2, 22, 0)),
            },
        ),
        refused(
            step(
                3,
                10,
                5,
                ALEX,
                Ask::Log {
                    kind: Kind::HonestTalk,
                    cli: vec!["honest-talk"],
                    note: None,
                    at: Some((0, 7, 0)),
                },
            ),
            "before the garden began",
        ),
        step(3, 10, 10, ALEX, Ask::Retract(10)),
        step(4, 12, 0, SAM, log(Kind::MovingForward, &["moving-forward"])),
        step(4, 12, 5, ALEX, Ask::Roles(Hurt::Both)),
        step(4, 12, 10, SAM, Ask::Ack(17)),
        step(5, 13, 0, SAM, log(Kind::FeelsOff, &["feels-off"])),
        step(
            5,
            13,
            5,
            ALEX,
            log(
                Kind::QualityTime {
                    minutes: 45,
                    what: Some("a walk".into()),
                },
                &["quality-time", "--minutes", "45", "--what", "a walk"],
            ),
        ),
    ]
}

/// The end of the script: the next day, at noon.
fn the_end() -> DateTime<Utc> {
    moment(6, 12, 0)
}

fn faketime(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d %H:%M:%S").to_string()
}

/// Runs the CLI at `at`; (exit code, stdout, stderr).
fn cli(save: &Path, at: DateTime<Utc>, args: &[&str]) -> (i32, String, String) {
    // `-f` with a plain date stands the clock still: a busy machine cannot
    // move an entry into the next second.
    let output = Process::new("faketime")
        .arg("-f")
        .arg(faketime(at))
        .arg(env!("CARGO_BIN_EXE_trust-garden"))
        .arg("--save")
        .arg(save)
        .args(args)
        .env("TZ", "UTC")
        // English, whatever the machine speaks: the tests read the words.
        .env("LC_ALL", "C")
        .env_remove("TRUST_GARDEN_SAVE")
        .output()
        .expect("faketime runs (Debian package faketime; .ci/run installs it)");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn name(by: Partner) -> &'static str {
    if by == ALEX { "Alex" } else { "Sam" }
}

/// Plays the script on the CLI: each step's entry id (or refusal text).
fn play_cli(save: &Path) -> Vec<Result<String, String>> {
    let init = [
        "init",
        "--partners",
        "Alex",
        "Sam",
        "--tz",
        "Europe/Berlin",
        "--day-starts",
        "04:00",
        "--hurt",
        "Sam",
    ];
    assert_eq!(cli(save, moment(0, 8, 0), &init).0, 0);
    let mut ids: Vec<Result<String, String>> = Vec::new();
    for s in script() {
        let id_of = |n: usize| ids[n].clone().unwrap_or_default();
        let mut args: Vec<String> = Vec::new();
        match &s.ask {
            Ask::Log { cli, note, at, .. } => {
                args.push("log".into());
                args.extend(cli.iter().map(|a| a.to_string()));
                if let Some(note) = note {
                    args.extend(["--note".into(), note.to_string()]);
                }
                if let Some((d, h, m)) = at {
                    let at = moment(*d, *h, *m).with_timezone(&chrono_tz::Europe::Berlin);
                    args.extend(["--at".into(), at.to_rfc3339()]);
                }
            }
            Ask::Kept(n) => {
                args.extend(["log".into(), "kept".into(), "--promise".into(), id_of(*n)]);
            }
            Ask::Ack(n) => args.extend(["ack".into(), id_of(*n)]),
            Ask::Retract(n) => args.extend(["retract".into(), id_of(*n)]),
            Ask::Amend(n, note) => {
                args.extend(["amend".into(), id_of(*n), "--note".into(), note.to_string()]);
            }
            Ask::Roles(_) => args.extend(["roles".into(), "--hurt".into(), "both".into()]),
        }
        args.extend(["--by".into(), name(s.by).into()]);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, out, err) = cli(save, moment(s.day, s.hour, s.minute), &args);
        ids.push(if code == 0 {
            Ok(out.trim().to_owned())
        } else {
            Err(err.trim().trim_start_matches("error: ").to_owned())
        });
    }
    ids
}

/// Plays the script in the app: each step's entry id (or refusal text).
fn play_app(app: &mut App) -> Vec<Result<String, String>> {
    let mut ids: Vec<Result<String, String>> = Vec::new();
    let setup = Command::Record(trust_garden::actions::Command::Setup {
        names: ("Alex".into(), "Sam".into()),
        zone: "Europe/Berlin".into(),
        day_start: NaiveTime::from_hms_opt(4, 0, 0).unwrap(),
        hurt: Hurt::One(SAM),
    });
    send(app, moment(0, 8, 0), ALEX, setup);
    for s in script() {
        let id_of = |n: usize| {
            ids[n]
                .clone()
                .ok()
                .and_then(|id| id.parse().ok())
                .expect("an entry")
        };
        let command = match &s.ask {
            Ask::Log { kind, note, at, .. } => {
                Command::Record(trust_garden::actions::Command::Log {
                    kind: kind.clone(),
                    note: note.map(str::to_owned),
                    when: at.map_or(When::Now, |(d, h, m)| {
                        When::At(
                            moment(d, h, m)
                                .with_timezone(&chrono_tz::Europe::Berlin)
                                .fixed_offset(),
                        )
                    }),
                })
            }
            Ask::Kept(n) => Command::Record(trust_garden::actions::Command::Log {
                kind: Kind::PromiseKept { promise: id_of(*n) },
                note: None,
                when: When::Now,
            }),
            Ask::Ack(n) => Command::acknowledge(id_of(*n)),
            Ask::Retract(n) => Command::retract(id_of(*n)),
            Ask::Amend(n, note) => Command::amend(id_of(*n), note.to_string()),
            Ask::Roles(hurt) => Command::roles(*hurt),
        };
        let before = app.world().resource::<GardenState>().ledger().len();
        app.world_mut().resource_mut::<Notices>().items.clear();
        send(app, moment(s.day, s.hour, s.minute), s.by, command);
        let state = app.world().resource::<GardenState>();
        if state.ledger().len() > before {
            let last = state.ledger().events().last().map(|e| e.id.to_string());
            ids.push(Ok(last.unwrap_or_default()));
        } else {
            let notices = &app.world().resource::<Notices>().items;
            let text = notices.first().map(|n| n.text.clone()).unwrap_or_default();
            // On screen the words are a sentence; the CLI prints them after `error:`.
            let mut chars = text.chars();
            let text = chars
                .next()
                .map(|c| c.to_lowercase().chain(chars).collect())
                .unwrap_or_default();
            ids.push(Err(text));
        }
    }
    ids
}

fn send(app: &mut App, at: DateTime<Utc>, by: Partner, command: Command) {
    app.world_mut().resource_mut::<DeviceSettings>().acting = by;
    app.world_mut().write_message(command);
    tick(app, at);
}

/// The app's clock set to `at`, and a few frames run.
fn tick(app: &mut App, at: DateTime<Utc>) {
    app.world_mut().resource_mut::<AppClock>().fixed = Some(at);
    for _ in 0..3 {
        app.update();
    }
}

/// Every entry id in `text` replaced by its step's number, so two devices'
/// histories compare (their ids differ).
fn without_ids(text: &str, ids: &[Result<String, String>]) -> String {
    let mut text = text.to_owned();
    for (n, id) in ids.iter().enumerate() {
        if let Ok(id) = id
            && !id.is_empty()
        {
            text = text.replace(id.as_str(), &format!("<step {n}>"));
        }
    }
    text
}

#[test]
fn the_command_line_and_the_app_agree_on_every_step() {
    let dir = tempfile::tempdir().unwrap();
    let cli_save = dir.path().join("cli.ron");
    let app_save = dir.path().join("app.ron");
    let cli_ids = play_cli(&cli_save);

    let mut app = headless_app(AppOptions {
        save: app_save,
        at: Some(moment(0, 7, 0)),
        ..AppOptions::default()
    });
    app.update();
    app.update();
    let app_ids = play_app(&mut app);

    // The same steps accepted, and the same refusals in the same words.
    let steps = script();
    for (n, ((cli, app), step)) in cli_ids.iter().zip(&app_ids).zip(&steps).enumerate() {
        match (cli, app, step.refused) {
            (Ok(_), Ok(_), None) => {}
            (Err(cli), Err(app), Some(words)) => {
                assert!(cli.contains(words), "step {n}: {cli}");
                assert_eq!(
                    without_ids(cli, &cli_ids),
                    without_ids(app, &app_ids),
                    "step {n}"
                );
            }
            other => panic!("step {n}: {other:?}"),
        }
    }

    // The same status at the end, the app's own (kept up to date entry by
    // entry) against the CLI's (replayed from the file).
    let end = the_end();
    tick(&mut app, end);
    let state = app.world().resource::<GardenState>();
    assert_eq!(
        state.garden.today,
        end.with_timezone(&chrono_tz::Europe::Berlin).date_naive()
    );
    let app_status = Status::new(state.ledger(), &state.garden, &state.journey, 0, end).to_json();
    let (code, cli_status, err) = cli(&cli_save, end, &["status", "--json"]);
    assert_eq!(code, 0, "{err}");
    let cli_status: Value = serde_json::from_str(&cli_status).unwrap();
    assert_eq!(cli_status, app_status);
    assert_eq!(cli_status["hurt"], serde_json::json!(["Alex", "Sam"]));

    // The same history, entry for entry (the setup's id named too).
    let setup_id = |ledger_events: &[trust_garden::journal::Event]| {
        ledger_events
            .iter()
            .find(|e| matches!(e.kind, Kind::Setup { .. }))
            .map(|e| e.id.to_string())
            .unwrap_or_default()
    };
    let cli_journal = trust_garden::journal::Journal::open(&cli_save).unwrap();
    let mut cli_ids = cli_ids;
    cli_ids.push(Ok(setup_id(cli_journal.events())));
    let mut app_ids = app_ids;
    app_ids.push(Ok(setup_id(state.ledger().events())));
    let (code, cli_history, err) = cli(&cli_save, end, &["history", "--json"]);
    assert_eq!(code, 0, "{err}");
    let app_history = serde_json::to_string_pretty(&history_json(state.ledger(), None)).unwrap();
    let cli_history: Value = serde_json::from_str(&cli_history).unwrap();
    let cli_history = serde_json::to_string_pretty(&cli_history).unwrap();
    assert_eq!(
        without_ids(&cli_history, &cli_ids),
        without_ids(&app_history, &app_ids)
    );
}
