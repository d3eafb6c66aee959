//! Integration tests: the real `trust-garden` binary on temporary saves.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;
use tempfile::TempDir;

mod language;
mod language_errors;
mod sealed;
mod setup_later;

/// A temporary folder holding one save, and a way to run commands on it.
struct Sandbox {
    dir: TempDir,
    save: PathBuf,
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn ok(self) -> Run {
        assert_eq!(
            self.code, 0,
            "stdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        self
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.stdout))
    }

    /// The one-line `error: …` contract.
    fn assert_clean_error(&self) {
        assert_ne!(self.code, 0, "expected a failure, got {}", self.stdout);
        assert!(
            self.stderr.starts_with("error: "),
            "stderr: {}",
            self.stderr
        );
        assert_eq!(
            self.stderr.trim_end().lines().count(),
            1,
            "stderr: {}",
            self.stderr
        );
        assert!(!self.stderr.contains("panicked"), "stderr: {}", self.stderr);
    }
}

fn output_to_run(output: Output) -> Run {
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

impl Sandbox {
    fn new() -> Sandbox {
        let dir = tempfile::tempdir().unwrap();
        let save = dir.path().join("garden.ron");
        Sandbox { dir, save }
    }

    fn run(&self, args: &[&str]) -> Run {
        self.run_on(&self.save, args)
    }

    fn run_on(&self, save: &Path, args: &[&str]) -> Run {
        let output = Command::new(env!("CARGO_BIN_EXE_trust-garden"))
            .arg("--save")
            .arg(save)
            .args(args)
            // English, whatever the machine speaks: the tests read the words.
            .env("LC_ALL", "C")
            .env_remove("TRUST_GARDEN_SAVE")
            .env_remove("TRUST_GARDEN_DEBUG")
            .output()
            .unwrap();
        output_to_run(output)
    }

    /// Runs a command with the system clock set to `utc` ("2025-03-01
    /// 19:30:00") by libfaketime, so a history is lived in its own time.
    fn run_at(&self, utc: &str, args: &[&str]) -> Run {
        // `-f` with a plain date stands the clock still at that moment.
        let output = Command::new("faketime")
            .arg("-f")
            .arg(utc)
            .arg(env!("CARGO_BIN_EXE_trust-garden"))
            .arg("--save")
            .arg(&self.save)
            .args(args)
            .env("TZ", "UTC")
            // English, whatever the machine speaks: the tests read the words.
            .env("LC_ALL", "C")
            .env_remove("TRUST_GARDEN_SAVE")
            .env_remove("TRUST_GARDEN_DEBUG")
            .output()
            .expect("faketime runs (Debian package faketime; .ci/run installs it)");
        output_to_run(output)
    }

    /// `log` at a faked moment; returns the printed event id.
    fn log_at(&self, utc: &str, args: &[&str]) -> String {
        let run = self.run_at(utc, args).ok();
        let id = run.stdout.trim().to_owned();
        assert_eq!(id.len(), 36, "not an id: {id:?}");
        id
    }

    fn init(&self, zone: &str) {
        self.run(&[
            "init",
            "--partners",
            "Alex",
            "Sam",
            "--tz",
            zone,
            "--day-starts",
            "04:00",
        ])
        .ok();
    }

    /// Logs and returns the printed event id.
    fn log(&self, args: &[&str]) -> String {
        let run = self.run(args).ok();
        let id = run.stdout.trim().to_owned();
        assert_eq!(id.len(), 36, "not an id: {id:?}");
        id
    }

    fn bytes(&self) -> Vec<u8> {
        std::fs::read(&self.save).unwrap()
    }

    fn status(&self) -> Value {
        self.run(&["status", "--json"]).ok().json()
    }

    fn history(&self) -> Vec<Value> {
        let json = self.run(&["history", "--json"]).ok().json();
        json.as_array().unwrap().clone()
    }
}

#[test]
fn init_log_status_json_round_trip() {
    let sandbox = Sandbox::new();
    sandbox.init("Europe/Berlin");
    sandbox.log(&[
        "log",
        "honest-talk",
        "--by",
        "alex",
        "--note",
        "why it broke",
    ]);
    sandbox.log(&["log", "check-in", "--by", "SAM", "--mood", "4", "--tense"]);
    sandbox.log(&[
        "log",
        "quality-time",
        "--by",
        "Sam",
        "--minutes",
        "45",
        "--what",
        "a walk",
    ]);
    let status = sandbox.status();
    assert_eq!(status["events"], 4, "{status}");
    assert_eq!(status["set_aside"], 0);
    assert_eq!(status["partners"], serde_json::json!(["Alex", "Sam"]));
    assert_eq!(status["by_action"]["honest-talk"], 1);
    assert_eq!(status["by_action"]["check-in"], 1);
    assert_eq!(status["by_action"]["quality-time"], 1);
    assert_eq!(status["by_action"]["apology"], 0);
    let share: f64 = status["share"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_f64().unwrap())
        .sum();
    assert!((share - 1.0).abs() < 1e-4, "{status}");
    let trust = status["trust"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&trust));
    let progress = status["chapter"]["progress"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&progress));
    assert!(
        status["chapter"]["goals"]
            .as_array()
            .is_some_and(|g| !g.is_empty())
    );
    assert!(status["plants"]["roots"]["stage"].is_string());

    let history = sandbox.history();
    let check_in = history.iter().find(|e| e["kind"] == "check-in").unwrap();
    assert_eq!(check_in["by"], "Sam");
    assert!(check_in["details"].as_str().unwrap().contains("tense"));

    let text = sandbox.run(&["status"]).ok().stdout;
    assert!(text.contains("Alex & Sam"), "{text}");
}

#[test]
fn refused_commands_leave_the_save_byte_identical() {
    let sandbox = Sandbox::new();
    sandbox.init("Europe/Berlin");
    let talk = sandbox.log(&["log", "honest-talk", "--by", "Alex"]);
    let before = sandbox.bytes();
    let bad: &[&[&str]] = &[
        &["log", "check-in", "--by", "Sam", "--mood", "9"],
        &["log", "check-in", "--by", "Kim", "--mood", "3"],
        &["log", "kindness", "--by", "Sam", "--at", "last tuesday"],
        &["log", "kindness", "--by", "Sam", "--at", "2999-01-01 10:00"],
        &["log", "quality-time", "--by", "Sam", "--minutes", "0"],
        &["log", "kept", "--by", "Alex", "--promise", &talk],
        &["log", "broken", "--by", "Alex", "--promise", "ffffffff"],
        &["log", "promise", "--by", "Alex", "--text", "  "],
        &[
            "log",
            "pause",
            "--by",
            "Alex",
            "--from",
            "2026-05-10",
            "--to",
            "2026-05-01",
        ],
        &["ack", &talk, "--by", "Alex"],
        &["retract", &talk, "--by", "Sam"],
        &["amend", &talk, "--by", "Alex", "--note", ""],
        &["init", "--partners", "A", "B"],
        &["demo", "--days", "30"],
        &["merge", "/nonexistent/other.ron"],
    ];
    for args in bad {
        let run = sandbox.run(args);
        run.assert_clean_error();
        assert_eq!(sandbox.bytes(), before, "{args:?} changed the save");
    }
}

#[test]
fn acknowledging_ones_own_action_is_refused_and_the_other_partner_may() {
    let sandbox = Sandbox::new();
    sandbox.init("UTC");
    let apology = sandbox.log(&["log", "apology", "--by", "Alex"]);
    let run = sandbox.run(&["ack", &apology, "--by", "alex"]);
    run.assert_clean_error();
    assert!(
        run.stderr.contains("only Sam can acknowledge"),
        "{}",
        run.stderr
    );
    sandbox.log(&["ack", &apology, "--by", "Sam"]);
    let again = sandbox.run(&["ack", &apology, "--by", "Sam"]);
    again.assert_clean_error();
    assert!(again.stderr.contains("already"), "{}", again.stderr);
    let history = sandbox.history();
    let entry = history
        .iter()
        .find(|e| e["id"] == apology.as_str())
        .unwrap();
    assert_eq!(entry["acknowledged_by"][0]["by"], "Sam");
}

#[test]
fn ids_are_accepted_by_unique_prefix_and_ambiguous_ones_name_the_candidates() {
    let sandbox = Sandbox::new();
    sandbox.init("UTC");
    let first = sandbox.log(&["log", "kindness", "--by", "Alex"]);
    let second = sandbox.log(&["log", "gratitude", "--by", "Alex"]);
    let common = first
        .chars()
        .zip(second.chars())
        .take_while(|(a, b)| a == b)
        .count();
    // Both are UUIDv7s made moments apart, so they share their leading time bits.
    assert!(common >= 1);
    let ambiguous = sandbox.run(&["ack", &first[..common], "--by", "Sam"]);
    ambiguous.assert_clean_error();
    assert!(
        ambiguous.stderr.contains("ambiguous"),
        "{}",
        ambiguous.stderr
    );
    assert!(ambiguous.stderr.contains(&first) && ambiguous.stderr.contains(&second));

    let unique = &second[..common + 1];
    let ack = sandbox.log(&["ack", unique, "--by", "Sam"]);
    let history = sandbox.history();
    let entry = history.iter().find(|e| e["id"] == second.as_str()).unwrap();
    assert_eq!(entry["acknowledged_by"][0]["id"], ack.as_str());
    let compact: String = second.chars().filter(|c| *c != '-').collect();
    sandbox.log(&[
        "amend",
        &compact.to_uppercase(),
        "--by",
        "Alex",
        "--note",
        "for the coffee",
    ]);
}

#[test]
fn local_times_are_read_in_the_couples_zone_across_dst() {
    let sandbox = Sandbox::new();
    let init = [
        "init",
        "--partners",
        "Alex",
        "Sam",
        "--tz",
        "America/New_York",
    ];
    sandbox.run_at("2025-01-10 12:00:00", &init).ok();
    let winter = sandbox.log_at(
        "2025-01-16 03:00:00",
        &[
            "log",
            "check-in",
            "--by",
            "Sam",
            "--mood",
            "3",
            "--at",
            "2025-01-15 21:30",
        ],
    );
    let summer = sandbox.log_at(
        "2025-07-16 03:00:00",
        &[
            "log",
            "check-in",
            "--by",
            "Sam",
            "--mood",
            "4",
            "--at",
            "2025-07-15 21:30",
        ],
    );
    let exact = sandbox.log_at(
        "2025-07-16 03:00:00",
        &[
            "log",
            "kindness",
            "--by",
            "Alex",
            "--at",
            "2025-07-15T08:00:00+09:00",
        ],
    );
    let history = sandbox.history();
    let at = |id: &str| {
        history.iter().find(|e| e["id"] == id).unwrap()["at"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    assert_eq!(at(&winter), "2025-01-15T21:30:00-05:00");
    assert_eq!(at(&summer), "2025-07-15T21:30:00-04:00");
    assert_eq!(at(&exact), "2025-07-15T08:00:00+09:00");
    // 02:30 does not exist in New York on the morning clocks spring forward.
    let gap = sandbox.run(&[
        "log",
        "kindness",
        "--by",
        "Alex",
        "--at",
        "2025-03-09 02:30",
    ]);
    gap.assert_clean_error();
    assert!(gap.stderr.contains("daylight saving"), "{}", gap.stderr);
}

#[test]
fn status_at_an_earlier_time_counts_only_what_had_happened() {
    let sandbox = Sandbox::new();
    let init = ["init", "--partners", "Alex", "Sam", "--tz", "Europe/Paris"];
    sandbox.run_at("2025-02-28 12:00:00", &init).ok();
    let talk = [
        "log",
        "honest-talk",
        "--by",
        "Alex",
        "--at",
        "2025-03-01 20:00",
    ];
    sandbox.log_at("2025-03-01 19:30:00", &talk);
    let talk = [
        "log",
        "honest-talk",
        "--by",
        "Sam",
        "--at",
        "2025-03-05 20:00",
    ];
    sandbox.log_at("2025-03-05 19:30:00", &talk);
    let then = sandbox
        .run(&["status", "--json", "--at", "2025-03-02 12:00"])
        .ok()
        .json();
    let now = sandbox.status();
    assert_eq!(then["by_action"]["honest-talk"], 1, "{then}");
    assert_eq!(now["by_action"]["honest-talk"], 2, "{now}");
}

#[test]
fn retracted_and_amended_entries_show_in_history_and_stop_counting() {
    let sandbox = Sandbox::new();
    sandbox.init("UTC");
    let twice = sandbox.log(&["log", "kindness", "--by", "Sam"]);
    let talk = sandbox.log(&["log", "honest-talk", "--by", "Sam", "--note", "draft"]);
    sandbox.log(&["retract", &twice, "--by", "Sam", "--reason", "logged twice"]);
    sandbox.log(&["amend", &talk, "--by", "Sam", "--note", "I felt heard"]);
    let history = sandbox.history();
    let retracted = history.iter().find(|e| e["id"] == twice.as_str()).unwrap();
    assert_eq!(retracted["retracted"], true);
    assert_eq!(retracted["retractions"][0]["reason"], "logged twice");
    let amended = history.iter().find(|e| e["id"] == talk.as_str()).unwrap();
    assert_eq!(amended["note"], "I felt heard");
    assert_eq!(amended["amended"], true);
    assert_eq!(sandbox.status()["by_action"]["kindness"], 0);
    let text = sandbox.run(&["history"]).ok().stdout;
    assert!(
        text.contains("[retracted]") && text.contains("(amended)"),
        "{text}"
    );
    let last = sandbox
        .run(&["history", "--json", "--limit", "1"])
        .ok()
        .json();
    assert_eq!(last.as_array().unwrap().len(), 1);
    assert_eq!(last[0]["id"], talk.as_str());
}

#[test]
fn a_promise_is_kept_once_and_only_by_whoever_made_it() {
    let sandbox = Sandbox::new();
    sandbox.init("UTC");
    let promise = sandbox.log(&["log", "promise", "--by", "Alex", "--text", "Home by seven"]);
    sandbox
        .run(&["log", "kept", "--by", "Sam", "--promise", &promise])
        .assert_clean_error();
    sandbox.log(&["log", "kept", "--by", "Alex", "--promise", &promise]);
    let again = sandbox.run(&["log", "broken", "--by", "Alex", "--promise", &promise]);
    again.assert_clean_error();
    assert!(again.stderr.contains("already"), "{}", again.stderr);
}

#[test]
fn demo_writes_a_history_that_status_and_export_can_read() {
    let sandbox = Sandbox::new();
    let run = sandbox.run(&["demo", "--days", "400", "--seed", "3"]).ok();
    assert!(run.stdout.contains("Wrote"), "{}", run.stdout);
    let status = sandbox.status();
    let events = status["events"].as_u64().unwrap();
    assert!(events > 2000, "{status}");
    assert!(status["by_action"]["apology"].as_u64().unwrap() > 0);
    assert!(status["by_action"]["broken"].as_u64().unwrap() > 0);
    assert!(status["by_action"]["ack"].as_u64().unwrap() > 0);
    assert!(
        status["chapters_completed"].as_u64().unwrap() >= 1,
        "{status}"
    );

    let csv = sandbox.run(&["export", "--csv"]).ok().stdout;
    let rows = trust_garden::export::parse_csv(&csv);
    assert_eq!(rows.len() as u64, events + 1);
    let out = sandbox.dir.path().join("out.csv");
    sandbox
        .run(&["export", "--csv", "-o", out.to_str().unwrap()])
        .ok();
    assert_eq!(std::fs::read_to_string(&out).unwrap(), csv);
    let onto_save = sandbox.run(&["export", "--csv", "-o", sandbox.save.to_str().unwrap()]);
    onto_save.assert_clean_error();

    // The same seed writes the same events (the header names each log apart).
    let other = sandbox.dir.path().join("again.ron");
    sandbox
        .run_on(&other, &["demo", "--days", "400", "--seed", "3"])
        .ok();
    let body = |p: &Path| {
        std::fs::read_to_string(p)
            .unwrap()
            .lines()
            .skip(1)
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    assert_eq!(body(&sandbox.save), body(&other));
}

#[test]
fn merge_exits_zero_when_clean_and_one_when_conflicts_are_set_aside() {
    let sandbox = Sandbox::new();
    sandbox.init("UTC");
    sandbox.log(&["log", "honest-talk", "--by", "Alex"]);
    let phone = sandbox.dir.path().join("phone.ron");
    std::fs::copy(&sandbox.save, &phone).unwrap();
    sandbox.log(&["log", "kindness", "--by", "Alex"]);
    let on_phone = sandbox
        .run_on(&phone, &["log", "gratitude", "--by", "Sam"])
        .ok();
    let on_phone = on_phone.stdout.trim().to_owned();

    let merged = sandbox.run(&["merge", phone.to_str().unwrap()]).ok();
    assert!(merged.stdout.contains("1 new"), "{}", merged.stdout);
    assert!(
        sandbox
            .history()
            .iter()
            .any(|e| e["id"] == on_phone.as_str())
    );
    // Merging again changes nothing and is still clean.
    let before = sandbox.bytes();
    sandbox.run(&["merge", phone.to_str().unwrap()]).ok();
    assert_eq!(sandbox.bytes(), before);

    // A copy that holds a different event under an id the save knows.
    let forged = sandbox.dir.path().join("forged.ron");
    let text = std::fs::read_to_string(&phone).unwrap();
    let line = text.lines().find(|l| l.contains(&on_phone)).unwrap();
    let mut event: trust_garden::journal::Event =
        ron::from_str(line.split(" // crc32c=").next().unwrap()).unwrap();
    event.note = Some("a different story".into());
    let forged_line = trust_garden::journal::encode_event(&event).unwrap();
    std::fs::write(&forged, text.replace(line, &forged_line)).unwrap();
    let conflicted = sandbox.run(&["merge", forged.to_str().unwrap()]);
    assert_eq!(
        conflicted.code, 1,
        "{}{}",
        conflicted.stdout, conflicted.stderr
    );
    assert!(
        conflicted.stdout.contains("conflict"),
        "{}",
        conflicted.stdout
    );
    assert!(
        conflicted.stdout.contains(&on_phone),
        "{}",
        conflicted.stdout
    );
}

#[test]
fn verify_lists_a_damaged_line_and_leaves_the_file_alone() {
    let sandbox = Sandbox::new();
    sandbox.init("UTC");
    sandbox.log(&["log", "honest-talk", "--by", "Alex"]);
    sandbox.log(&["log", "kindness", "--by", "Sam"]);
    assert_eq!(sandbox.run(&["verify"]).ok().code, 0);

    let text = std::fs::read_to_string(&sandbox.save).unwrap();
    let damaged = text.replacen("HonestTalk", "HonestTalc", 1);
    std::fs::write(&sandbox.save, &damaged).unwrap();
    let run = sandbox.run(&["verify"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("line 3"), "{}", run.stdout);
    assert_eq!(std::fs::read_to_string(&sandbox.save).unwrap(), damaged);
}

#[test]
fn missing_save_and_bad_files_are_one_line_errors() {
    let sandbox = Sandbox::new();
    let missing = sandbox.run(&["status"]);
    missing.assert_clean_error();
    assert!(missing.stderr.contains("init"), "{}", missing.stderr);
    std::fs::write(&sandbox.save, "{\"not\": \"a save\"}\n").unwrap();
    for args in [
        &["status"][..],
        &["history"],
        &["verify"],
        &["log", "kindness", "--by", "A"],
    ] {
        sandbox.run(args).assert_clean_error();
        assert_eq!(
            std::fs::read_to_string(&sandbox.save).unwrap(),
            "{\"not\": \"a save\"}\n"
        );
    }
}

#[test]
fn the_save_can_come_from_the_environment() {
    let sandbox = Sandbox::new();
    let output = Command::new(env!("CARGO_BIN_EXE_trust-garden"))
        .args(["init", "--partners", "Robin", "Kai", "--tz", "Asia/Tokyo"])
        .env("TRUST_GARDEN_SAVE", &sandbox.save)
        .env("LC_ALL", "C")
        .output()
        .unwrap();
    output_to_run(output).ok();
    assert_eq!(
        sandbox.status()["partners"],
        serde_json::json!(["Robin", "Kai"])
    );
}

#[test]
fn levels_check_passes_the_built_in_folder_and_names_a_bad_field() {
    let sandbox = Sandbox::new();
    let levels = Path::new(env!("CARGO_MANIFEST_DIR")).join("levels");
    sandbox
        .run(&["levels", "check", levels.to_str().unwrap()])
        .ok();

    let bad = sandbox.dir.path().join("levels");
    std::fs::create_dir(&bad).unwrap();
    for entry in std::fs::read_dir(&levels).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, bad.join(path.file_name().unwrap())).unwrap();
    }
    let roots = bad.join("01-roots.ron");
    let text = std::fs::read_to_string(&roots).unwrap();
    std::fs::write(&roots, text.replacen("count: 2", "count: -2", 1)).unwrap();
    let run = sandbox.run(&["levels", "check", bad.to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("01-roots.ron"), "{}", run.stdout);
    assert!(run.stdout.contains("count"), "{}", run.stdout);

    // `--levels` with a broken folder is an error, not a silent fallback.
    sandbox.init("UTC");
    let status = sandbox.run(&["--levels", bad.to_str().unwrap(), "status"]);
    status.assert_clean_error();
    assert!(status.stderr.contains("01-roots.ron"), "{}", status.stderr);
}

#[cfg(not(feature = "app"))]
#[test]
fn a_build_without_the_app_says_so() {
    let sandbox = Sandbox::new();
    let run = sandbox.run(&["play"]);
    run.assert_clean_error();
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("no app"), "{}", run.stderr);
}

/// Every file an export must never replace, with what is in it before.
fn protected_files(sandbox: &Sandbox) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = sandbox.dir.path();
    let partner = dir.join("partner").join("garden.ron");
    std::fs::create_dir_all(partner.parent().unwrap()).unwrap();
    std::fs::copy(&sandbox.save, &partner).unwrap();
    let files = [
        dir.join("garden.ron.bak"),
        dir.join("garden.ron.set-aside"),
        dir.join("notes.txt"),
        dir.join("garden.ron.merged-copies").join("old.ron"),
    ];
    for file in &files {
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, format!("kept: {}\n", file.display())).unwrap();
    }
    let mut all = vec![sandbox.save.clone(), partner];
    all.extend(files);
    #[cfg(unix)]
    {
        let link = dir.join("link-to-save.csv");
        std::os::unix::fs::symlink(&sandbox.save, &link).unwrap();
        let hard = dir.join("hard-link-to-save.csv");
        std::fs::hard_link(&sandbox.save, &hard).unwrap();
        all.push(link);
        all.push(hard);
    }
    all.into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect()
}

#[test]
fn export_never_replaces_the_save_its_companions_another_save_or_any_other_file() {
    let sandbox = Sandbox::new();
    sandbox.init("UTC");
    sandbox.log(&[
        "log",
        "honest-talk",
        "--by",
        "Alex",
        "--note",
        "private words",
    ]);
    let protected = protected_files(&sandbox);
    let dir = sandbox.dir.path();
    let mut targets: Vec<PathBuf> = protected.iter().map(|(p, _)| p.clone()).collect();
    // The save named another way, and the folder itself.
    targets.push(dir.join(".").join("garden.ron"));
    targets.push(dir.to_path_buf());
    for target in &targets {
        let run = sandbox.run(&["export", "--csv", "-o", target.to_str().unwrap()]);
        run.assert_clean_error();
        assert!(
            run.stderr.contains("Nothing was written"),
            "{}: {}",
            target.display(),
            run.stderr
        );
    }
    for (path, before) in &protected {
        assert_eq!(&std::fs::read(path).unwrap(), before, "{}", path.display());
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // The save still opens with its entry and its note.
    let history = sandbox.history();
    assert!(history.iter().any(|e| e["note"] == "private words"));

    // A new file, and then the same export again over the earlier one, work.
    let out = dir.join("export.csv");
    sandbox
        .run(&["export", "--csv", "-o", out.to_str().unwrap()])
        .ok();
    sandbox.log(&["log", "kindness", "--by", "Sam"]);
    sandbox
        .run(&["export", "--csv", "-o", out.to_str().unwrap()])
        .ok();
    let rows = trust_garden::export::parse_csv(&std::fs::read_to_string(&out).unwrap());
    assert_eq!(rows.len(), 4, "{rows:?}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the export holds private notes");
    }
}

#[test]
fn entries_cannot_be_dated_in_the_future_before_the_garden_or_over_a_week_back() {
    let sandbox = Sandbox::new();
    let init = ["init", "--partners", "Alex", "Sam", "--tz", "UTC"];
    sandbox.run_at("2025-03-01 12:00:00", &init).ok();
    let now = "2025-03-20 12:00:00";
    let at =
        |when: &str| sandbox.run_at(now, &["log", "honest-talk", "--by", "Alex", "--at", when]);
    let before = sandbox.bytes();
    for (when, words) in [
        ("2025-03-20 13:00", "in the future"),
        ("2025-02-28 12:00", "before the garden began"),
        ("2025-03-12 12:00", "more than 7 days ago"),
        ("1990-01-01 00:00", "before the garden began"),
    ] {
        let run = at(when);
        run.assert_clean_error();
        assert!(run.stderr.contains(words), "{when}: {}", run.stderr);
    }
    assert_eq!(sandbox.bytes(), before, "a refused entry changes nothing");
    // A week back, and a few minutes of clock skew, are fine.
    at("2025-03-13 12:30").ok();
    at("2025-03-20 12:03").ok();
}

#[test]
fn who_was_hurt_is_set_at_init_and_changes_once_the_other_partner_acknowledges() {
    let sandbox = Sandbox::new();
    sandbox
        .run(&[
            "init",
            "--partners",
            "Alex",
            "Sam",
            "--tz",
            "UTC",
            "--hurt",
            "sam",
        ])
        .ok();
    assert_eq!(sandbox.status()["hurt"], serde_json::json!(["Sam"]));
    let change = sandbox.log(&["roles", "--hurt", "both", "--by", "Alex"]);
    // Proposed, not yet agreed: nothing changes.
    assert_eq!(sandbox.status()["hurt"], serde_json::json!(["Sam"]));
    let own = sandbox.run(&["ack", &change, "--by", "Alex"]);
    own.assert_clean_error();
    sandbox.log(&["ack", &change, "--by", "Sam"]);
    assert_eq!(sandbox.status()["hurt"], serde_json::json!(["Alex", "Sam"]));
    let history = sandbox.history();
    let entry = history.iter().find(|e| e["id"] == change.as_str()).unwrap();
    assert_eq!(entry["details"], "both were hurt");
    assert_eq!(entry["acknowledged_by"][0]["by"], "Sam");

    // The default is both; a name that is neither partner is an error.
    let other = Sandbox::new();
    other.init("UTC");
    assert_eq!(other.status()["hurt"], serde_json::json!(["Alex", "Sam"]));
    let typo = Sandbox::new();
    let run = typo.run(&["init", "--partners", "Alex", "Sam", "--hurt", "Kim"]);
    run.assert_clean_error();
    assert!(!typo.save.exists());
}

/// Runs a command with the kernel failing its `nth` write with "no space
/// left on device" (strace's fault injection).
fn run_with_full_disk(sandbox: &Sandbox, nth: u32, args: &[&str]) -> Run {
    let output = Command::new("strace")
        .args(["-f", "-qq", "-o", "/dev/null", "-e", "trace=write", "-e"])
        .arg(format!("inject=write:error=ENOSPC:when={nth}"))
        .arg(env!("CARGO_BIN_EXE_trust-garden"))
        .arg("--save")
        .arg(&sandbox.save)
        .args(args)
        // English, whatever the machine speaks: the tests read the words.
        .env("LC_ALL", "C")
        .env_remove("TRUST_GARDEN_SAVE")
        .output()
        .expect("strace runs (Debian package strace; .ci/run installs it)");
    output_to_run(output)
}

#[test]
fn a_full_disk_loses_no_entry_and_leaves_no_stray_file() {
    let sandbox = Sandbox::new();
    sandbox.init("UTC");
    sandbox.log(&[
        "log",
        "honest-talk",
        "--by",
        "Alex",
        "--note",
        "private words",
    ]);
    let before = sandbox.bytes();
    let files = |dir: &Path| {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    let listed = files(sandbox.dir.path());

    let out = sandbox.dir.path().join("export.csv");
    let export = run_with_full_disk(
        &sandbox,
        1,
        &["export", "--csv", "-o", out.to_str().unwrap()],
    );
    export.assert_clean_error();
    assert!(export.stderr.contains("No space left"), "{}", export.stderr);
    let log = run_with_full_disk(&sandbox, 1, &["log", "kindness", "--by", "Sam"]);
    log.assert_clean_error();

    assert_eq!(sandbox.bytes(), before, "the save is as it was");
    assert_eq!(
        files(sandbox.dir.path()),
        listed,
        "no half-written file is left"
    );
    let history = sandbox.history();
    assert_eq!(
        history.len(),
        2,
        "setup and the talk, nothing lost, nothing half-added"
    );
}

#[test]
fn status_says_what_trust_the_chapter_waits_for() {
    let sandbox = Sandbox::new();
    sandbox.init("UTC");
    let status = sandbox.status();
    let chapter = &status["chapter"];
    assert_eq!(chapter["trust_met"], false, "{chapter}");
    let needed = chapter["min_trust"].as_f64().unwrap();
    assert!(needed > 0.0);
    let text = sandbox.run(&["status"]).ok().stdout;
    let waits = format!("reach {:.0}% trust", needed * 100.0);
    assert!(text.contains(&waits), "{text}");
}

#[test]
fn merging_another_couples_save_is_refused_and_changes_nothing() {
    let ours = Sandbox::new();
    ours.init("UTC");
    ours.log(&["log", "kindness", "--by", "Alex"]);
    let theirs = Sandbox::new();
    theirs
        .run(&["init", "--partners", "Kim", "Lee", "--tz", "UTC"])
        .ok();
    theirs.log(&[
        "log",
        "honest-talk",
        "--by",
        "Kim",
        "--note",
        "their private words",
    ]);
    let before = ours.bytes();
    let run = ours.run(&["merge", theirs.save.to_str().unwrap()]);
    run.assert_clean_error();
    assert!(run.stderr.contains("another garden"), "{}", run.stderr);
    assert_eq!(ours.bytes(), before);
    assert!(!String::from_utf8_lossy(&ours.bytes()).contains("their private words"));
}

/// The save's lines after its first.
fn after_first_line(bytes: &[u8]) -> Vec<u8> {
    let end = bytes.iter().position(|&b| b == b'\n').unwrap();
    bytes[end..].to_vec()
}

fn flip_byte(path: &Path, at: usize) {
    let mut bytes = std::fs::read(path).unwrap();
    bytes[at] ^= 0x20;
    std::fs::write(path, bytes).unwrap();
}

#[test]
fn a_damaged_first_line_is_rebuilt_from_the_partners_copy_keeping_every_other_line() {
    let sandbox = Sandbox::new();
    sandbox.init("UTC");
    sandbox.log(&["log", "honest-talk", "--by", "Alex"]);
    sandbox.log(&["log", "kindness", "--by", "Sam", "--note", "thank you"]);
    let before = sandbox.history();
    let partners = sandbox.dir.path().join("from-sams-phone.ron");
    std::fs::copy(&sandbox.save, &partners).unwrap();
    let header = std::fs::read_to_string(&partners).unwrap();
    let header = header.lines().next().unwrap().to_owned();
    flip_byte(&sandbox.save, 30);
    let damaged = sandbox.bytes();

    let status = sandbox.run(&["status"]);
    status.assert_clean_error();
    assert!(
        status.stderr.contains("verify --repair"),
        "{}",
        status.stderr
    );
    let verify = sandbox.run(&["verify"]);
    assert_eq!(verify.code, 1, "{}{}", verify.stdout, verify.stderr);
    assert_eq!(sandbox.bytes(), damaged, "verify alone writes nothing");

    let from = partners.to_str().unwrap();
    let repair = sandbox.run(&["verify", "--repair", "--from", from]).ok();
    assert!(
        repair.stdout.contains("rebuilt the first line"),
        "{}",
        repair.stdout
    );
    let repaired = sandbox.bytes();
    assert_eq!(after_first_line(&repaired), after_first_line(&damaged));
    let text = String::from_utf8(repaired).unwrap();
    assert_eq!(text.lines().next().unwrap(), header, "the same log id");
    assert_eq!(
        sandbox.status()["partners"],
        serde_json::json!(["Alex", "Sam"])
    );
    assert_eq!(sandbox.history(), before);
    sandbox.run(&["merge", from]).ok();
    let kept = std::fs::read_dir(sandbox.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .any(|e| e.file_name().to_string_lossy().contains(".damaged-header-"));
    assert!(kept, "the damaged line is kept beside the save");
}

#[test]
fn a_damaged_first_line_with_no_copy_gets_a_new_log_and_loses_no_line() {
    let sandbox = Sandbox::new();
    sandbox.init("UTC");
    sandbox.log(&["log", "gratitude", "--by", "Alex"]);
    let before = sandbox.history();
    flip_byte(&sandbox.save, 30);
    let damaged = sandbox.bytes();

    let repair = sandbox.run(&["verify", "--repair"]).ok();
    assert!(repair.stdout.contains("new log"), "{}", repair.stdout);
    assert_eq!(
        after_first_line(&sandbox.bytes()),
        after_first_line(&damaged)
    );
    assert_eq!(sandbox.history(), before);
    assert_eq!(sandbox.run(&["verify"]).ok().code, 0);
}

#[test]
fn a_flipped_final_line_end_keeps_the_complete_entry() {
    let sandbox = Sandbox::new();
    sandbox.init("UTC");
    let id = sandbox.log(&["log", "kindness", "--by", "Alex"]);
    let mut bytes = sandbox.bytes();
    let last = bytes.len() - 1;
    assert_eq!(bytes[last], b'\n');
    bytes[last] = b'\x0b';
    std::fs::write(&sandbox.save, &bytes).unwrap();

    let history = sandbox.history();
    assert!(
        history.iter().any(|e| e["id"] == id.as_str()),
        "{history:?}"
    );
    let repaired = sandbox.bytes();
    assert_eq!(repaired.len(), bytes.len());
    assert_eq!(repaired[last], b'\n', "the line end is restored in place");
    let torn = std::fs::read_dir(sandbox.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .any(|e| e.file_name().to_string_lossy().contains(".torn-"));
    assert!(!torn, "nothing was cut off");
}

#[test]
fn init_finishes_a_save_an_interrupted_init_left_without_its_setup() {
    let sandbox = Sandbox::new();
    trust_garden::journal::Journal::create(&sandbox.save).unwrap();
    sandbox.init("UTC");
    assert_eq!(
        sandbox.status()["partners"],
        serde_json::json!(["Alex", "Sam"])
    );
    // Once set up, init refuses as before.
    let again = sandbox.run(&["init", "--partners", "Kim", "Lee", "--tz", "UTC"]);
    again.assert_clean_error();
}

/// Runs `status` on a copy of the save on a read-only file system (a
/// tmpfs remounted read-only in a private mount namespace); `None` where
/// this machine allows no such mount.
fn status_on_read_only_media(save: &Path) -> Option<(Run, String)> {
    let probe = Command::new("unshare").args(["-m", "true"]).output();
    if !probe.is_ok_and(|o| o.status.success()) {
        eprintln!("skipped: no mount namespaces here (unshare -m)");
        return None;
    }
    let mount = tempfile::tempdir().unwrap();
    let script = r#"mount -t tmpfs tmpfs "$1" && cp "$2" "$1/garden.ron" \
        && mount -o remount,ro "$1" && "$3" --save "$1/garden.ron" status; code=$?
        echo "files: $(ls -A "$1")"; exit $code"#;
    let output = Command::new("unshare")
        .args(["-m", "sh", "-c", script, "sh"])
        .arg(mount.path())
        .arg(save)
        .arg(env!("CARGO_BIN_EXE_trust-garden"))
        // English, whatever the machine speaks: the tests read the words.
        .env("LC_ALL", "C")
        .env_remove("TRUST_GARDEN_SAVE")
        .output()
        .unwrap();
    let run = output_to_run(output);
    let files = run
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("files: "))
        .unwrap_or_default()
        .to_owned();
    Some((run, files))
}

#[test]
fn a_save_on_read_only_media_can_be_read_and_nothing_is_written() {
    let sandbox = Sandbox::new();
    sandbox.init("UTC");
    sandbox.log(&["log", "kindness", "--by", "Alex"]);
    let mut bytes = sandbox.bytes();
    bytes.extend_from_slice(b"(id:\"0195");
    std::fs::write(&sandbox.save, &bytes).unwrap();

    let Some((run, files)) = status_on_read_only_media(&sandbox.save) else {
        return;
    };
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("Alex"), "{}", run.stdout);
    assert!(run.stderr.contains("read-only"), "{}", run.stderr);
    assert_eq!(files, "garden.ron", "no lock, no torn copy, nothing");
}

#[test]
fn a_settled_conflict_converges_on_both_devices() {
    let sandbox = Sandbox::new();
    sandbox.init("UTC");
    let entry = sandbox.log(&["log", "gratitude", "--by", "Sam", "--note", "for the walk"]);
    let phone = sandbox.dir.path().join("phone.ron");
    // The phone's file holds another version of the same entry (damage
    // that kept a valid checksum, or a hand edit).
    let text = std::fs::read_to_string(&sandbox.save).unwrap();
    let line = text.lines().find(|l| l.contains(&entry)).unwrap();
    let mut other: trust_garden::journal::Event =
        ron::from_str(line.split(" // crc32c=").next().unwrap()).unwrap();
    other.note = Some("for the dinner".into());
    let other_line = trust_garden::journal::encode_event(&other).unwrap();
    std::fs::write(&phone, text.replace(line, &other_line)).unwrap();
    let note_of = |save: &Path| -> String {
        let history = sandbox.run_on(save, &["history", "--json"]).ok().json();
        let found = history
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["id"] == entry.as_str());
        found.unwrap()["note"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(note_of(&phone), "for the dinner");

    let merged = sandbox.run(&["merge", phone.to_str().unwrap()]);
    assert_eq!(merged.code, 1, "a conflict: {}", merged.stdout);
    let listed = sandbox.run(&["conflicts"]);
    assert_eq!(listed.code, 1);
    assert!(listed.stdout.contains(&entry) && listed.stdout.contains("for the dinner"));
    sandbox
        .run(&["settle", &entry[..8], "--keep", "this", "--by", "Alex"])
        .assert_clean_error();
    sandbox.log(&["settle", &entry[..8], "--keep", "this", "--by", "Sam"]);

    // The phone takes in the settlement and shows the version kept.
    let save = sandbox.save.to_str().unwrap();
    sandbox.run_on(&phone, &["merge", save]).ok();
    assert_eq!(note_of(&phone), "for the walk");
    assert_eq!(note_of(&sandbox.save), "for the walk");
    // And neither sees a conflict any more.
    sandbox.run(&["merge", phone.to_str().unwrap()]).ok();
    assert_eq!(
        sandbox.run(&["conflicts"]).ok().stdout.trim(),
        "no conflicts to settle"
    );
}

/// Every file under `dir` (recursively) whose bytes hold `text`.
fn files_holding(dir: &Path, text: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files_holding(&path, text));
        } else if std::fs::read(&path)
            .unwrap()
            .windows(text.len())
            .any(|w| w == text.as_bytes())
        {
            found.push(path);
        }
    }
    found
}

#[test]
fn an_erased_note_leaves_every_file_on_both_devices() {
    const WORDS: &str = "what I could not say at dinner";
    let sandbox = Sandbox::new();
    sandbox.init("UTC");
    let entry = sandbox.log(&["log", "kindness", "--by", "Sam", "--note", WORDS]);
    sandbox.log(&["log", "gratitude", "--by", "Alex"]);
    let phone_dir = tempfile::tempdir().unwrap();
    let phone = phone_dir.path().join("garden.ron");
    std::fs::copy(&sandbox.save, &phone).unwrap();
    let old_phone_copy = phone_dir.path().join("old-copy.ron");
    std::fs::copy(&sandbox.save, &old_phone_copy).unwrap();
    sandbox
        .run_on(&phone, &["log", "honest-talk", "--by", "Alex"])
        .ok();

    // Traces beside the save: a conflict copy (merged, then archived), a
    // recorded conflict, and an unfinished line that was cut off.
    let copy = sandbox
        .dir
        .path()
        .join("garden.sync-conflict-20261202-101010-ABCDEFG.ron");
    std::fs::copy(&phone, &copy).unwrap();
    let text = std::fs::read_to_string(&sandbox.save).unwrap();
    let line = text
        .lines()
        .find(|l| l.contains(&entry))
        .unwrap()
        .to_owned();
    let mut forged: trust_garden::journal::Event =
        ron::from_str(line.split(" // crc32c=").next().unwrap()).unwrap();
    forged.note = Some(format!("{WORDS}, and more"));
    let forged_file = phone_dir.path().join("forged.ron");
    let forged_line = trust_garden::journal::encode_event(&forged).unwrap();
    std::fs::write(&forged_file, text.replace(&line, &forged_line)).unwrap();
    assert_eq!(
        sandbox.run(&["merge", forged_file.to_str().unwrap()]).code,
        1
    );
    let mut bytes = sandbox.bytes();
    bytes.extend_from_slice(&line.as_bytes()[..line.len() - 20]);
    std::fs::write(&sandbox.save, &bytes).unwrap();
    sandbox.run(&["status"]).ok();
    assert!(
        files_holding(sandbox.dir.path(), WORDS).len() >= 4,
        "traces made"
    );

    let not_hers = sandbox.run(&["erase", &entry, "--by", "Alex"]);
    not_hers.assert_clean_error();
    assert!(not_hers.stderr.contains("Sam"), "{}", not_hers.stderr);
    sandbox.log(&["erase", &entry, "--by", "Sam"]);

    assert_eq!(
        files_holding(sandbox.dir.path(), WORDS),
        Vec::<PathBuf>::new()
    );
    let history = sandbox.history();
    let kept = history.iter().find(|e| e["id"] == entry.as_str()).unwrap();
    assert!(kept["note"].is_null(), "{kept}");
    assert_eq!(sandbox.run(&["verify"]).ok().code, 0);
    assert!(
        sandbox
            .run(&["export", "--csv"])
            .ok()
            .stdout
            .find(WORDS)
            .is_none()
    );

    // The phone merges the save, and its own copy loses the words too.
    let save = sandbox.save.to_str().unwrap();
    sandbox.run_on(&phone, &["merge", save]).ok();
    std::fs::remove_file(&forged_file).unwrap();
    std::fs::rename(&old_phone_copy, sandbox.dir.path().join("old.ron")).unwrap();
    assert_eq!(
        files_holding(phone_dir.path(), WORDS),
        Vec::<PathBuf>::new()
    );

    // A copy made before the erasure merges without a conflict and brings
    // nothing back.
    let old = sandbox.dir.path().join("old.ron");
    let merged = sandbox.run(&["merge", old.to_str().unwrap()]);
    assert_eq!(merged.code, 0, "{}{}", merged.stdout, merged.stderr);
    std::fs::remove_file(&old).unwrap();
    assert_eq!(
        files_holding(sandbox.dir.path(), WORDS),
        Vec::<PathBuf>::new()
    );
}

#[test]
fn summary_writes_a_private_page_and_never_replaces_the_save_or_any_other_file() {
    let sandbox = Sandbox::new();
    sandbox.init("UTC");
    sandbox.log(&[
        "log",
        "gratitude",
        "--by",
        "Sam",
        "--note",
        "thank you, truly",
    ]);
    let protected = protected_files(&sandbox);
    let dir = sandbox.dir.path();
    for (target, _) in &protected {
        let run = sandbox.run(&["summary", "-o", target.to_str().unwrap()]);
        run.assert_clean_error();
        assert!(run.stderr.contains("Nothing was written"), "{}", run.stderr);
    }
    for (path, before) in &protected {
        assert_eq!(&std::fs::read(path).unwrap(), before, "{}", path.display());
    }

    // A new page, then again over the earlier one; notes only when asked.
    let out = dir.join("summary.html");
    sandbox.run(&["summary", "-o", out.to_str().unwrap()]).ok();
    let page = std::fs::read_to_string(&out).unwrap();
    assert!(
        page.contains("<h2 id=\"glance\">At a glance</h2>"),
        "{page}"
    );
    assert!(!page.contains("thank you, truly"));
    sandbox
        .run(&["summary", "--with-notes", "-o", out.to_str().unwrap()])
        .ok();
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("thank you, truly")
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the summary is private");
    }

    let backwards = sandbox.run(&["summary", "--from", "2026-03-10", "--to", "2026-03-01"]);
    backwards.assert_clean_error();
    assert!(
        backwards.stderr.contains("after --to"),
        "{}",
        backwards.stderr
    );
}
