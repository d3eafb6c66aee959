//! The line format: round trips, truncation, flipped bytes, newer versions.

use std::fs;

use trust_garden::journal::{
    Decoded, Event, Journal, JournalError, Kind, ProblemKind, Written, decode_line, encode_event,
    inspect, verify,
};

use super::{checksummed, copy_of, event, every_kind, files_in, save_with, some_events};

#[test]
fn every_kind_survives_a_round_trip_through_the_file() {
    let events: Vec<Event> = every_kind()
        .into_iter()
        .enumerate()
        .map(|(n, kind)| event(n as u128 + 1, kind))
        .collect();
    for e in &events {
        let line = encode_event(e).unwrap();
        assert!(!line.contains('\n'), "{line}");
        assert_eq!(decode_line(&line), Ok(Decoded::Event(e.clone())));
    }
    let dir = tempfile::tempdir().unwrap();
    let path = save_with(dir.path(), &events);
    let reopened = Journal::open(&path).unwrap();
    assert_eq!(reopened.events(), &events[..]);
    assert!(
        reopened.report().is_clean(),
        "{:?}",
        reopened.report().notices()
    );
    assert_eq!(verify(&path).unwrap(), vec![]);
}

#[cfg(unix)]
#[test]
fn a_new_save_is_private_and_never_replaces_a_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = save_with(dir.path(), &[]);
    let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let before = fs::read(&path).unwrap();
    assert!(matches!(
        Journal::create(&path),
        Err(JournalError::AlreadyExists { .. })
    ));
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn an_id_already_in_the_save_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let events = some_events(1, 3);
    let path = save_with(dir.path(), &events);
    let before = fs::read(&path).unwrap();
    let mut journal = Journal::open(&path).unwrap();
    let mut again = events[1].clone();
    again.note = Some("different".into());
    let error = journal.append(again).unwrap_err();
    assert!(matches!(error, JournalError::DuplicateId { .. }), "{error}");
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn cutting_the_last_line_at_every_byte_keeps_exactly_the_whole_events() {
    let dir = tempfile::tempdir().unwrap();
    let events = some_events(1, 4);
    let original = fs::read(save_with(dir.path(), &events)).unwrap();
    let last_start = original[..original.len() - 1]
        .iter()
        .rposition(|&b| b == b'\n')
        .unwrap()
        + 1;
    for cut in last_start..original.len() {
        let case = tempfile::tempdir().unwrap();
        let path = case.path().join("garden.ron");
        fs::write(&path, &original[..cut]).unwrap();
        let journal = Journal::open(&path).unwrap();
        let line_is_whole = cut == original.len() - 1;
        let expected = if line_is_whole {
            &events[..]
        } else {
            &events[..3]
        };
        assert_eq!(journal.events(), expected, "cut at {cut}");
        let after = fs::read(&path).unwrap();
        if line_is_whole {
            assert_eq!(after, original, "the line end is added back");
        } else if cut == last_start {
            assert_eq!(after, &original[..cut]);
            assert!(journal.report().torn_tails.is_empty());
        } else {
            assert_eq!(after, &original[..last_start], "cut at {cut}");
            let torn = &journal.report().torn_tails[0];
            assert_eq!(torn.line, 5);
            assert_eq!(
                fs::read(&torn.side_file).unwrap(),
                &original[last_start..cut]
            );
        }
        assert_eq!(verify(&path).unwrap(), vec![], "cut at {cut}");
    }
}

#[test]
fn every_single_byte_change_in_an_event_line_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    let events: Vec<Event> = every_kind()
        .into_iter()
        .take(10)
        .enumerate()
        .map(|(n, kind)| event(n as u128 + 1, kind))
        .collect();
    let path = save_with(dir.path(), &events);
    let original = fs::read(&path).unwrap();
    let body_start = original.iter().position(|&b| b == b'\n').unwrap() + 1;
    let case = dir.path().join("flipped.ron");
    let mut checked = 0;
    for at in body_start..original.len() {
        for mask in [0x01u8, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0xff] {
            let mut bytes = original.clone();
            bytes[at] ^= mask;
            fs::write(&case, &bytes).unwrap();
            let found = inspect(&case).unwrap();
            assert!(
                !found.problems.is_empty(),
                "byte {at} ^ {mask:#x} went unnoticed"
            );
            for e in &found.events {
                assert!(
                    events.contains(e),
                    "byte {at} ^ {mask:#x} replayed as {e:?}"
                );
            }
            assert!(
                found.events.len() >= events.len() - 2,
                "byte {at} ^ {mask:#x}"
            );
            checked += 1;
        }
    }
    assert!(checked > 1000);
}

#[test]
fn a_line_from_a_newer_version_is_kept_and_blocks_rewrites() {
    let dir = tempfile::tempdir().unwrap();
    let path = save_with(dir.path(), &some_events(1, 2));
    let newer = event(50, Kind::Kindness);
    let payload = ron::to_string(&newer)
        .unwrap()
        .replace("Kindness", "Hug(seconds:20)");
    let newer_line = checksummed(&payload);
    let mut bytes = fs::read(&path).unwrap();
    bytes.extend_from_slice(newer_line.as_bytes());
    bytes.push(b'\n');
    fs::write(&path, &bytes).unwrap();

    let mut journal = Journal::open(&path).unwrap();
    assert_eq!(journal.events(), &some_events(1, 2)[..]);
    assert_eq!(journal.report().newer_lines.len(), 1);
    assert_eq!(journal.report().newer_lines[0].line, 4);
    assert_eq!(journal.report().newer_lines[0].id, Some(newer.id));
    assert!(journal.rewrite_blocker().is_some());
    assert_eq!(fs::read(&path).unwrap(), bytes, "open leaves it as it is");

    // Appending is fine; a merge appends instead of rewriting.
    journal.append(some_events(10, 1).remove(0)).unwrap();
    let other = tempfile::tempdir().unwrap();
    let other_path = copy_of(&path, other.path(), &some_events(0, 1));
    let report = journal.merge_from(&other_path).unwrap();
    assert_eq!(report.written, Written::Appended);
    let after = fs::read_to_string(&path).unwrap();
    assert!(
        after.starts_with(std::str::from_utf8(&bytes).unwrap()),
        "nothing before moved"
    );
    assert_eq!(Journal::open(&path).unwrap().events().len(), 4);
    assert!(!files_in(dir.path()).contains(&"garden.ron.bak".to_string()));
}

#[test]
fn a_field_from_a_newer_version_survives_a_rewrite() {
    let dir = tempfile::tempdir().unwrap();
    let path = save_with(dir.path(), &[]);
    let extended = event(7, Kind::HonestTalk);
    let payload = ron::to_string(&extended).unwrap();
    let payload = format!("{},mood_after:Some(4))", &payload[..payload.len() - 1]);
    let line = checksummed(&payload);
    let mut bytes = fs::read(&path).unwrap();
    bytes.extend_from_slice(format!("{line}\n").as_bytes());
    fs::write(&path, &bytes).unwrap();

    let mut journal = Journal::open(&path).unwrap();
    assert_eq!(journal.events(), &[extended]);
    let other = tempfile::tempdir().unwrap();
    let other_path = copy_of(&path, other.path(), &some_events(1, 2));
    let report = journal.merge_from(&other_path).unwrap();
    assert_eq!(report.written, Written::Appended, "{report:?}");
    assert!(fs::read_to_string(&path).unwrap().contains(&line));
}

#[test]
fn a_save_in_a_newer_format_is_read_but_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let events = some_events(1, 2);
    let path = save_with(dir.path(), &events);
    let text = fs::read_to_string(&path).unwrap();
    let newer_format = trust_garden::journal::FORMAT_VERSION + 1;
    let (header, rest) = text.split_once('\n').unwrap();
    let payload = header
        .split(" // ")
        .next()
        .unwrap()
        .replace("format:1", &format!("format:{newer_format}"));
    let newer = format!("{}\n{rest}", checksummed(&payload));
    fs::write(&path, &newer).unwrap();

    let mut journal = Journal::open(&path).unwrap();
    assert_eq!(journal.events(), &events[..]);
    assert_eq!(journal.report().newer_format, Some(newer_format));
    let error = journal.append(some_events(9, 1).remove(0)).unwrap_err();
    assert!(
        matches!(error, JournalError::NewerFormat { found, .. } if found == newer_format),
        "{error}"
    );
    assert!(error.to_string().contains("garden.ron:1"), "{error}");
    let other = tempfile::tempdir().unwrap();
    let other_path = copy_of(&path, other.path(), &some_events(5, 1));
    assert!(journal.merge_from(&other_path).is_err());
    assert_eq!(fs::read_to_string(&path).unwrap(), newer);
    let problems = verify(&path).unwrap();
    assert!(matches!(
        problems[0].kind,
        ProblemKind::NewerFormat { found, .. } if found == newer_format
    ));
}
