//! Damaged and odd files: each is read as far as it can be or refused with a
//! clear error, and the save's bytes never change unless recovery says so.

use std::fs;
use std::path::Path;

use trust_garden::journal::{Journal, JournalError, Kind, LineDamage, ProblemKind, verify};

use super::{event, files_in, save_with, some_events};

fn refused(path: &Path) -> JournalError {
    let before = fs::read(path).unwrap();
    let error = Journal::open(path)
        .err()
        .expect("the file should be refused");
    assert!(
        error.to_string().contains(&path.display().to_string()),
        "{error}"
    );
    assert!(verify(path).is_err());
    assert_eq!(
        fs::read(path).unwrap(),
        before,
        "a refused file is left as it is"
    );
    error
}

#[test]
fn a_damaged_line_in_the_middle_is_set_aside_and_the_rest_kept() {
    let dir = tempfile::tempdir().unwrap();
    let events = some_events(1, 5);
    let path = save_with(dir.path(), &events);
    let text = fs::read_to_string(&path).unwrap();
    let damaged = text.replacen("mood:4", "mood:5", 1);
    assert_ne!(damaged, text);
    fs::write(&path, &damaged).unwrap();
    let bad_line = damaged
        .lines()
        .position(|l| l.contains("mood:5,calm:false"))
        .unwrap()
        + 1;

    let mut journal = Journal::open(&path).unwrap();
    assert_eq!(journal.events().len(), 4);
    let set_aside = &journal.report().set_aside;
    assert_eq!(set_aside.len(), 1);
    assert_eq!(set_aside[0].line, bad_line);
    assert!(matches!(
        set_aside[0].damage,
        LineDamage::BadChecksum { .. }
    ));
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        damaged,
        "the damaged line stays in place"
    );
    let side_file = journal.report().set_aside_file.clone().unwrap();
    assert!(
        fs::read_to_string(side_file)
            .unwrap()
            .contains(damaged.lines().nth(bad_line - 1).unwrap())
    );
    let problems = verify(&path).unwrap();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].line, bad_line);
    assert!(
        problems[0].to_string().contains("bad checksum"),
        "{}",
        problems[0]
    );

    // Still appendable; never rewritten.
    journal.append(event(40, Kind::Gratitude)).unwrap();
    assert!(journal.rewrite_blocker().is_some());
    let reopened = Journal::open(&path).unwrap();
    assert_eq!(reopened.events().len(), 5);
    assert!(fs::read_to_string(&path).unwrap().starts_with(&damaged));
}

#[test]
fn a_line_that_is_not_utf8_is_set_aside_with_its_line_number() {
    let dir = tempfile::tempdir().unwrap();
    let path = save_with(dir.path(), &some_events(1, 3));
    let mut bytes = fs::read(&path).unwrap();
    let third_line = bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .nth(1)
        .unwrap()
        .0
        + 1;
    bytes[third_line + 5] = 0xff;
    fs::write(&path, &bytes).unwrap();
    let journal = Journal::open(&path).unwrap();
    assert_eq!(journal.events().len(), 2);
    assert_eq!(journal.report().set_aside[0].line, 3);
    assert_eq!(
        journal.report().set_aside[0].damage,
        LineDamage::NotUtf8 { at: 5 }
    );
    assert_eq!(fs::read(&path).unwrap(), bytes);
}

#[test]
fn a_byte_order_mark_is_accepted_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let events = some_events(1, 3);
    let path = save_with(dir.path(), &events);
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(fs::read(&path).unwrap());
    fs::write(&path, &bytes).unwrap();
    let journal = Journal::open(&path).unwrap();
    assert_eq!(journal.events(), &events[..]);
    assert!(journal.report().is_clean());
    assert_eq!(fs::read(&path).unwrap(), bytes);
}

#[test]
fn windows_line_ends_are_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let events = some_events(1, 3);
    let path = save_with(dir.path(), &events);
    let crlf = fs::read_to_string(&path).unwrap().replace('\n', "\r\n");
    fs::write(&path, &crlf).unwrap();
    let mut journal = Journal::open(&path).unwrap();
    assert_eq!(journal.events(), &events[..]);
    assert!(journal.report().is_clean());
    assert_eq!(fs::read_to_string(&path).unwrap(), crlf);
    journal.append(event(9, Kind::Kindness)).unwrap();
    assert_eq!(Journal::open(&path).unwrap().events().len(), 4);
}

#[test]
fn nul_padding_after_a_crash_is_cut_off_and_kept_aside() {
    let dir = tempfile::tempdir().unwrap();
    let events = some_events(1, 3);
    let path = save_with(dir.path(), &events);
    let clean = fs::read(&path).unwrap();
    // Padding after whole lines, and padding after a half-written line.
    for torn_part in [&b""[..], &b"(id:\"0195"[..]] {
        let mut bytes = clean.clone();
        bytes.extend_from_slice(torn_part);
        bytes.extend(std::iter::repeat_n(0u8, 4096));
        fs::write(&path, &bytes).unwrap();
        let journal = Journal::open(&path).unwrap();
        assert_eq!(journal.events(), &events[..]);
        assert_eq!(fs::read(&path).unwrap(), clean);
        let torn = journal.report().torn_tails.last().unwrap();
        assert_eq!(fs::read(&torn.side_file).unwrap(), &bytes[clean.len()..]);
    }
}

#[test]
fn a_ten_megabyte_line_is_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let mut big = event(1, Kind::Gratitude);
    big.note = Some("why we are together. ".repeat(500_000));
    let path = save_with(dir.path(), &[big.clone(), event(2, Kind::Kindness)]);
    let bytes = fs::read(&path).unwrap();
    assert!(bytes.len() > 10_000_000);
    let journal = Journal::open(&path).unwrap();
    assert_eq!(journal.events()[0], big);
    assert_eq!(journal.events().len(), 2);
    assert_eq!(fs::read(&path).unwrap(), bytes);
}

#[test]
fn a_ten_megabyte_damaged_line_is_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    let path = save_with(dir.path(), &some_events(1, 2));
    let mut bytes = fs::read(&path).unwrap();
    let insert_at = bytes.iter().position(|&b| b == b'\n').unwrap() + 1;
    let junk: Vec<u8> = std::iter::repeat_n(b'x', 10 * 1024 * 1024)
        .chain([b'\n'])
        .collect();
    bytes.splice(insert_at..insert_at, junk);
    fs::write(&path, &bytes).unwrap();
    let journal = Journal::open(&path).unwrap();
    assert_eq!(journal.events().len(), 2);
    assert_eq!(journal.report().set_aside[0].line, 2);
    assert_eq!(fs::read(&path).unwrap(), bytes);
}

#[test]
fn an_empty_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("garden.ron");
    fs::write(&path, b"").unwrap();
    let error = refused(&path);
    assert!(matches!(error, JournalError::Empty { .. }), "{error}");
    assert!(matches!(
        Journal::create(&path),
        Err(JournalError::AlreadyExists { .. })
    ));
}

#[test]
fn a_json_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("garden.ron");
    fs::write(&path, b"{\"events\": [{\"id\": 1}]}\n").unwrap();
    let error = refused(&path);
    assert!(matches!(error, JournalError::NotASave { .. }), "{error}");
    assert!(
        error
            .to_string()
            .contains("garden.ron:1: not a trust-garden save"),
        "{error}"
    );
}

#[test]
fn random_bytes_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("garden.ron");
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let bytes: Vec<u8> = (0..65_536)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    fs::write(&path, &bytes).unwrap();
    refused(&path);
}

#[test]
fn a_missing_save_is_an_error_that_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("garden.ron");
    let error = Journal::open(&path).err().unwrap();
    assert!(matches!(error, JournalError::Io { .. }), "{error}");
    assert!(files_in(dir.path()).is_empty());
}

#[test]
fn verify_reports_a_torn_tail_without_touching_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = save_with(dir.path(), &some_events(1, 2));
    let mut bytes = fs::read(&path).unwrap();
    bytes.extend_from_slice(b"(id:\"01");
    fs::write(&path, &bytes).unwrap();
    let problems = verify(&path).unwrap();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].line, 4);
    assert_eq!(problems[0].kind, ProblemKind::TornTail { bytes: 7 });
    assert_eq!(fs::read(&path).unwrap(), bytes);
}

#[test]
fn a_long_save_decoded_on_several_threads_keeps_order_damage_and_repeats_as_one_thread_would() {
    let dir = tempfile::tempdir().unwrap();
    let events = some_events(1, 40_000);
    let path = dir.path().join("garden.ron");
    Journal::create_with(&path, &events).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    // Line 1 is the header, so event n sits on line n + 1.
    let flip = |line: &str| line.replacen("calm:", "calm :", 1);
    lines[10] = flip(&lines[10]);
    lines[30_000] = flip(&lines[30_000]);
    // Event 4 again, the same (dropped quietly) and changed (set aside).
    let payload = lines[4].split(" // crc32c=").next().unwrap().to_owned();
    let changed = payload.replacen("mood:", "mood:1", 1);
    lines.push(lines[4].clone());
    lines.push(super::checksummed(&changed));
    let changed_line = lines.len();
    fs::write(&path, lines.join("\n") + "\n").unwrap();

    let journal = Journal::open(&path).unwrap();
    let kept: Vec<_> = events
        .iter()
        .enumerate()
        .filter(|(i, _)| *i + 2 != 11 && *i + 2 != 30_001)
        .map(|(_, e)| e.id)
        .collect();
    let opened: Vec<_> = journal.events().iter().map(|e| e.id).collect();
    assert_eq!(opened, kept);
    let set_aside: Vec<_> = journal
        .report()
        .set_aside
        .iter()
        .map(|s| (s.line, std::mem::discriminant(&s.damage)))
        .collect();
    let checksum = std::mem::discriminant(&LineDamage::BadChecksum {
        expected: 0,
        found: 0,
    });
    assert_eq!(set_aside.len(), 3, "{:?}", journal.report().set_aside);
    assert_eq!(set_aside[0], (11, checksum));
    assert_eq!(set_aside[1], (30_001, checksum));
    assert_eq!(set_aside[2].0, changed_line);
    assert!(matches!(
        journal.report().set_aside[2].damage,
        LineDamage::DuplicateId { first_line: 5, .. }
    ));
}
