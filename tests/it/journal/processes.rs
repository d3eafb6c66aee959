//! Several processes on one save: the test binary runs itself as the writer.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use trust_garden::journal::{Event, EventId, Journal, Kind, Partner, verify};

use super::save_with;

const SAVE: &str = "TRUST_GARDEN_TEST_APPENDER_SAVE";
const COUNT: &str = "TRUST_GARDEN_TEST_APPENDER_COUNT";

/// Not a test on its own: the writer the tests below start as child processes.
/// It appends events and prints each id once `append` has returned.
#[test]
#[ignore = "run by the multi-process tests"]
fn child_appender() {
    let path = std::env::var(SAVE).expect("run by the multi-process tests");
    let count: usize = std::env::var(COUNT).unwrap().parse().unwrap();
    let mut journal = Journal::open(Path::new(&path)).unwrap();
    let mut out = std::io::stdout().lock();
    for n in 0..count {
        let event = Event {
            id: EventId::new_v7(),
            by: if n % 2 == 0 { Partner::A } else { Partner::B },
            at: chrono::Utc::now().fixed_offset(),
            kind: Kind::Kindness,
            note: Some(format!("from process {} number {n}", std::process::id())),
        };
        let id = event.id;
        journal.append(event).unwrap();
        writeln!(out, "appended {id}").unwrap();
        out.flush().unwrap();
    }
}

fn start_appender(path: &Path, count: usize) -> Child {
    Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "journal::processes::child_appender",
            "--ignored",
            "--nocapture",
        ])
        .args(["--test-threads", "1"])
        .env(SAVE, path)
        .env(COUNT, count.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// The harness may print "test … ... " just before the first id on the same line.
fn appended_id(line: &str) -> Option<EventId> {
    line.split_once("appended ")?.1.trim().parse().ok()
}

#[test]
fn two_processes_appending_500_events_each_give_1000_events() {
    let dir = tempfile::tempdir().unwrap();
    let path = save_with(dir.path(), &[]);
    let children = [start_appender(&path, 500), start_appender(&path, 500)];
    let mut printed = BTreeSet::new();
    for child in children {
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        printed.extend(
            String::from_utf8_lossy(&output.stdout)
                .lines()
                .filter_map(appended_id),
        );
    }
    assert_eq!(printed.len(), 1000);
    let journal = Journal::open(&path).unwrap();
    let found: BTreeSet<EventId> = journal.events().iter().map(|e| e.id).collect();
    assert_eq!(journal.events().len(), 1000);
    assert_eq!(found, printed);
    assert!(
        journal.report().is_clean(),
        "{:?}",
        journal.report().notices()
    );
    assert_eq!(verify(&path).unwrap(), vec![]);
}

#[cfg(unix)]
#[test]
fn a_killed_writer_loses_no_event_whose_append_returned() {
    let dir = tempfile::tempdir().unwrap();
    let path = save_with(dir.path(), &[]);
    for _round in 0..3 {
        let mut child = start_appender(&path, 1_000_000);
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut printed = BTreeSet::new();
        let mut line = String::new();
        while printed.len() < 150 {
            line.clear();
            assert!(
                stdout.read_line(&mut line).unwrap() > 0,
                "the writer stopped early"
            );
            printed.extend(appended_id(&line));
        }
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        for rest in stdout.lines() {
            printed.extend(appended_id(&rest.unwrap()));
        }
        let journal = Journal::open(&path).unwrap();
        let found: BTreeSet<EventId> = journal.events().iter().map(|e| e.id).collect();
        let missing: Vec<_> = printed.difference(&found).collect();
        assert!(missing.is_empty(), "lost after kill: {missing:?}");
        assert!(journal.report().set_aside.is_empty());
    }
}
