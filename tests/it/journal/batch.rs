//! `Journal::create_with`: a new save holding many events, written at once.

use std::fs;

use trust_garden::journal::{Journal, JournalError, Kind, Written};

use super::{copy_of, event, every_kind, files_in, some_events};

#[test]
fn a_save_created_with_events_reads_back_as_those_events() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new folder").join("garden.ron");
    let events: Vec<_> = every_kind()
        .into_iter()
        .enumerate()
        .map(|(n, kind)| event(n as u128 + 100, kind))
        .chain(some_events(1, 50))
        .collect();

    let mut journal = Journal::create_with(&path, &events).unwrap();
    assert_eq!(journal.events(), &events[..]);
    assert!(journal.report().is_clean(), "{:?}", journal.report());
    assert_eq!(Journal::open(&path).unwrap().events(), &events[..]);
    let text = fs::read_to_string(&path).unwrap();
    assert_eq!(
        text.lines().count(),
        events.len() + 1,
        "a header, then one line each"
    );
    assert_eq!(
        files_in(path.parent().unwrap()),
        ["garden.ron", "garden.ron.lock"],
        "no temp file is left"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    // It is an ordinary save: appends and merges work on it.
    journal.append(event(500, Kind::Kindness)).unwrap();
    let other = tempfile::tempdir().unwrap();
    let other_path = copy_of(&path, other.path(), &some_events(40, 20));
    let report = journal.merge_from(&other_path).unwrap();
    assert_eq!(report.added, 9);
    assert_eq!(report.written, Written::Appended);
    assert_eq!(journal.events().len(), events.len() + 1 + 9);
}

#[test]
fn create_with_never_replaces_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("garden.ron");
    fs::write(&path, b"someone else's notes\n").unwrap();
    let error = Journal::create_with(&path, &some_events(1, 3))
        .err()
        .unwrap();
    assert!(
        matches!(error, JournalError::AlreadyExists { .. }),
        "{error}"
    );
    assert_eq!(fs::read(&path).unwrap(), b"someone else's notes\n");
    assert_eq!(files_in(dir.path()), ["garden.ron"]);
}

#[test]
fn create_with_refuses_two_events_with_one_id_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("garden.ron");
    let mut events = some_events(1, 5);
    let mut again = events[2].clone();
    again.note = Some("again".into());
    events.push(again);
    let error = Journal::create_with(&path, &events).err().unwrap();
    assert!(matches!(error, JournalError::DuplicateId { .. }), "{error}");
    assert!(files_in(dir.path()).is_empty());
}
