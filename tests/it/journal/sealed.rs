//! The encrypted save: nothing in plain text on disk, every line still a
//! line (merge, recovery and copies keep working), and damage or a wrong
//! key caught without writing anything.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use proptest::prelude::*;
use trust_garden::journal::{
    Event, Journal, JournalError, Keys, Kind, LineDamage, ProblemKind, Seal, SealProblem,
    inspect_with, read_header, verify_with,
};
use uuid::Uuid;
use zeroize::Zeroizing;

use super::{event, every_kind, id};

const PASSPHRASE: &str = "the bench by the river";

fn keys() -> Keys {
    Keys::with_passphrase(Zeroizing::new(PASSPHRASE.into()))
}

fn keys_of(passphrase: &str) -> Keys {
    Keys::with_passphrase(Zeroizing::new(passphrase.into()))
}

/// Every file under `dir` with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else {
                files.insert(path.clone(), fs::read(&path).unwrap());
            }
        }
    }
    files
}

/// The files under `dir` that hold `text`.
fn holding(dir: &Path, text: &str) -> Vec<PathBuf> {
    snapshot(dir)
        .into_iter()
        .filter(|(_, bytes)| bytes.windows(text.len()).any(|w| w == text.as_bytes()))
        .map(|(path, _)| path)
        .collect()
}

fn history() -> Vec<Event> {
    every_kind()
        .into_iter()
        .enumerate()
        .map(|(n, kind)| event(n as u128 * 3, kind))
        .collect()
}

#[test]
fn an_encrypted_save_reads_back_the_same_events_and_holds_no_word_of_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("garden.ron");
    let events = history();
    Journal::create_with(&path, &events).unwrap();
    let mut journal = Journal::open(&path).unwrap();
    let report = journal.encrypt(PASSPHRASE, false).unwrap();
    assert!(report.save_rewritten);
    assert!(journal.is_sealed());
    assert_eq!(journal.events(), &events[..]);

    // Long enough that random base64 never spells them by chance.
    for secret in [
        "I felt calm when we",
        "Alexandra",
        "Europe/Berlin",
        "HonestTalk",
    ] {
        assert_eq!(
            holding(dir.path(), secret),
            Vec::<PathBuf>::new(),
            "{secret}"
        );
    }
    let reopened = Journal::open_with(&path, &keys()).unwrap();
    assert_eq!(reopened.events(), &events[..]);
    assert!(reopened.report().is_clean());
}

#[test]
fn a_wrong_or_missing_passphrase_is_one_clear_error_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let made = dir.path().join("made.ron");
    Journal::create_sealed(&made, &history(), Some(PASSPHRASE)).unwrap();
    // A folder that holds only the save, as a partner's device receives it.
    let device = tempfile::tempdir().unwrap();
    let path = device.path().join("garden.ron");
    fs::copy(&made, &path).unwrap();
    let before = snapshot(device.path());

    for (keys, problem) in [
        (Keys::none(), SealProblem::NoPassphrase),
        (
            keys_of("the bench by the river "),
            SealProblem::WrongPassphrase,
        ),
        (
            keys_of("The bench by the river"),
            SealProblem::WrongPassphrase,
        ),
    ] {
        let error = Journal::open_with(&path, &keys).err().unwrap();
        match &error {
            JournalError::Sealed { problem: found, .. } => assert_eq!(found, &problem),
            other => panic!("expected a passphrase error, got {other}"),
        }
        let message = error.to_string();
        assert!(
            message.starts_with(&path.display().to_string()),
            "{message}"
        );
        assert!(!message.contains('\n'), "{message}");
        assert_eq!(snapshot(device.path()), before, "nothing written");
    }
    assert!(matches!(
        verify_with(&path, &keys_of("wrong passphrase")),
        Err(JournalError::Sealed { .. })
    ));
    assert_eq!(snapshot(device.path()), before);
}

#[test]
fn a_key_kept_by_a_device_opens_and_appends_without_the_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("garden.ron");
    Journal::create_sealed(&path, &history(), Some(PASSPHRASE)).unwrap();
    let header = read_header(&path).unwrap().unwrap();
    let first = keys();
    let opened = Journal::open_with(&path, &first).unwrap();
    let kept = first
        .key_for(&header)
        .expect("unlocked keys give their key");

    // The next run: only the kept key, no passphrase.
    let device = Keys::none();
    device.unlock_with_key(&header, &kept).unwrap();
    let mut reopened = Journal::open_with(&path, &device).unwrap();
    assert_eq!(reopened.events(), opened.events());
    reopened.append(event(9_000, Kind::Gratitude)).unwrap();
    assert_eq!(
        Journal::open_with(&path, &keys()).unwrap().events().len(),
        opened.events().len() + 1
    );

    // Encrypted anew (a new salt): the kept key no longer opens it, and
    // the save asks for its passphrase again.
    reopened.decrypt().unwrap();
    Journal::open(&path)
        .unwrap()
        .encrypt(PASSPHRASE, false)
        .unwrap();
    let renewed = read_header(&path).unwrap().unwrap();
    assert_eq!(
        Keys::none().unlock_with_key(&renewed, &kept),
        Err(SealProblem::WrongKey)
    );
    assert!(matches!(
        Journal::open_with(&path, &device),
        Err(JournalError::Sealed {
            problem: SealProblem::NoPassphrase,
            ..
        })
    ));
}

/// The save's lines, each without its line end.
fn lines(path: &Path) -> Vec<String> {
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

fn write_lines(path: &Path, lines: &[String]) {
    fs::write(path, lines.join("\n") + "\n").unwrap();
}

/// `payload` with a checksum that matches it, so only the seal can catch a change.
fn with_good_checksum(payload: &str) -> String {
    format!(
        "{payload} // crc32c={:08x}",
        crc32c::crc32c(payload.as_bytes())
    )
}

fn payload(line: &str) -> &str {
    &line[..line.len() - " // crc32c=xxxxxxxx".len()]
}

#[test]
fn a_tampered_cut_or_moved_sealed_line_is_set_aside_like_any_damaged_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("garden.ron");
    let events: Vec<Event> = (0..6).map(|n| event(n, Kind::HonestTalk)).collect();
    Journal::create_sealed(&path, &events, Some(PASSPHRASE)).unwrap();
    let original = lines(&path);

    // One character of the sealed text changed, the checksum made to match.
    let mut tampered = original.clone();
    let text = payload(&tampered[2]).to_owned();
    let at = text.len() - 10;
    let swapped = if &text[at..at + 1] == "A" { "B" } else { "A" };
    tampered[2] = with_good_checksum(&format!("{}{swapped}{}", &text[..at], &text[at + 1..]));
    // The sealed text cut short, the checksum made to match.
    let text = payload(&tampered[3]).to_owned();
    tampered[3] = with_good_checksum(&format!("{}\")", &text[..text.len() - 12]));
    // A whole sealed value moved under another entry's id.
    let other_id = id(99).0.hyphenated().to_string();
    let moved =
        payload(&tampered[4]).replacen(&events[3].id.0.hyphenated().to_string(), &other_id, 1);
    tampered[4] = with_good_checksum(&moved);
    // A plain byte flip: the checksum catches it first.
    tampered[5] = tampered[5].replacen("sealed", "sealeD", 1);
    write_lines(&path, &tampered);

    let problems = verify_with(&path, &keys()).unwrap();
    let found: Vec<(usize, ProblemKind)> = problems.into_iter().map(|p| (p.line, p.kind)).collect();
    assert_eq!(found.len(), 4, "{found:?}");
    assert_eq!(
        found[..3],
        [
            (3, ProblemKind::Damaged(LineDamage::Unopened)),
            (4, ProblemKind::Damaged(LineDamage::Unopened)),
            (5, ProblemKind::Damaged(LineDamage::Unopened)),
        ]
    );
    assert!(
        matches!(
            found[3],
            (6, ProblemKind::Damaged(LineDamage::BadChecksum { .. }))
        ),
        "{found:?}"
    );
    let journal = Journal::open_with(&path, &keys()).unwrap();
    let kept: Vec<_> = journal.events().iter().map(|e| e.id).collect();
    assert_eq!(kept, vec![events[0].id, events[5].id]);
    assert_eq!(lines(&path), tampered, "damaged lines stay in the file");
    assert!(journal.rewrite_blocker().is_some());
}

#[test]
fn a_sealed_line_cut_short_by_a_crash_is_moved_aside_and_the_rest_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("garden.ron");
    let events: Vec<Event> = (0..3).map(|n| event(n, Kind::HonestTalk)).collect();
    Journal::create_sealed(&path, &events, Some(PASSPHRASE)).unwrap();
    let bytes = fs::read(&path).unwrap();
    fs::write(&path, &bytes[..bytes.len() - 30]).unwrap();

    let journal = Journal::open_with(&path, &keys()).unwrap();
    assert_eq!(journal.events(), &events[..2]);
    assert_eq!(journal.report().torn_tails.len(), 1);
    assert!(
        Journal::open_with(&path, &keys())
            .unwrap()
            .report()
            .is_clean()
    );
}

#[test]
fn nonces_are_unique_across_a_million_lines() {
    let seal = Seal::create(Uuid::now_v7(), PASSPHRASE).unwrap();
    let plain = b"(id:\"\",by:A,at:\"2025-03-01T08:00:00+01:00\",kind:HonestTalk,note:None)";
    let mut seen = HashSet::with_capacity(1_000_000);
    for n in 0..1_000_000u128 {
        let entry = id(n).0;
        assert!(seen.insert(seal.nonce_for(entry, plain)), "line {n}");
    }
    // One entry written twice is the same line; changed, it is another nonce.
    let entry = id(7).0;
    assert_eq!(seal.nonce_for(entry, plain), seal.nonce_for(entry, plain));
    assert!(!seen.contains(&seal.nonce_for(entry, b"(changed)")));
}

#[test]
fn merging_copies_sealed_otherwise_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("garden.ron");
    Journal::create_with(&path, &[event(0, Kind::HonestTalk)]).unwrap();
    let plain_copy = dir.path().join("plain.ron");
    let sealed_copy = dir.path().join("sealed.ron");
    let other_key_copy = dir.path().join("sealed-otherwise.ron");
    fs::copy(&path, &plain_copy).unwrap();
    let mut journal = Journal::open(&path).unwrap();
    journal.append(event(1, Kind::HonestTalk)).unwrap();
    journal.encrypt(PASSPHRASE, false).unwrap();
    fs::copy(&path, &sealed_copy).unwrap();
    fs::copy(&plain_copy, &other_key_copy).unwrap();
    Journal::open(&other_key_copy)
        .unwrap()
        .encrypt(PASSPHRASE, false)
        .unwrap();
    let before = fs::read(&path).unwrap();

    for copy in [&plain_copy, &other_key_copy] {
        let error = journal.merge_from(copy).err().unwrap();
        assert!(
            matches!(error, JournalError::OtherSeal { .. }),
            "{copy:?}: {error}"
        );
        assert!(error.to_string().contains("not merged"), "{error}");
        assert_eq!(fs::read(&path).unwrap(), before);
    }
    // And the other way: a plain save does not take an encrypted copy in.
    let mut plain = Journal::open(&plain_copy).unwrap();
    let plain_before = fs::read(&plain_copy).unwrap();
    let error = plain.merge_from(&sealed_copy).err().unwrap();
    assert!(matches!(
        error,
        JournalError::OtherSeal {
            ours_sealed: false,
            theirs_sealed: true,
            ..
        }
    ));
    assert_eq!(fs::read(&plain_copy).unwrap(), plain_before);
}

#[test]
fn two_devices_append_merge_and_erase_without_a_plain_word_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("garden.ron");
    let secret = |n: u128| format!("what I never said aloud, {n}");
    let with_note = |n: u128| Event {
        note: Some(secret(n)),
        ..event(n, Kind::HonestTalk)
    };
    Journal::create_sealed(&path, &[with_note(0)], Some(PASSPHRASE)).unwrap();
    // The partner's device: the same file, diverging.
    let partner = dir.path().join("partner.ron");
    fs::copy(&path, &partner).unwrap();
    let mut theirs = Journal::open_with(&partner, &keys()).unwrap();
    theirs.append(with_note(1)).unwrap();
    theirs.append(with_note(2)).unwrap();
    let mut ours = Journal::open_with(&path, &keys()).unwrap();
    ours.append(with_note(3)).unwrap();
    // A sync tool's conflict copy beside our save is merged on open.
    let conflict = dir
        .path()
        .join("garden.sync-conflict-20261203-101010-ABCDEFG.ron");
    fs::copy(&partner, &conflict).unwrap();
    let ours = Journal::open_with(&path, &keys()).unwrap();
    assert_eq!(ours.report().merged_copies.len(), 1, "{:?}", ours.report());
    assert_eq!(ours.events().len(), 4);

    // The partner erases the note of an entry of theirs, and the erasure travels.
    let mut theirs = Journal::open_with(&partner, &keys()).unwrap();
    theirs
        .append(Event {
            note: None,
            ..event(11, Kind::Erase { event: id(1) })
        })
        .unwrap();
    let mut ours = Journal::open_with(&path, &keys()).unwrap();
    ours.merge_from(&partner).unwrap();
    let erased = ours.events().iter().find(|e| e.id == id(1)).unwrap();
    assert_eq!(erased.note, None);
    for n in 0..4 {
        assert_eq!(holding(dir.path(), &secret(n)), Vec::<PathBuf>::new());
    }
    // Nor does any copy still hold the erased words sealed.
    let saves = snapshot(dir.path())
        .into_keys()
        .filter(|file| file.extension().is_some_and(|e| e == "ron"));
    for save in saves {
        let inspection = inspect_with(&save, &keys()).unwrap();
        let words: Vec<_> = inspection
            .events
            .iter()
            .filter_map(|e| e.note.clone())
            .collect();
        assert!(!words.contains(&secret(1)), "{save:?}: {words:?}");
    }
    // Merging back the other way finds nothing new and no conflict.
    let mut theirs = Journal::open_with(&partner, &keys()).unwrap();
    let back = theirs.merge_from(&path).unwrap();
    assert!(back.conflicts.is_empty(), "{back:?}");
    assert_eq!(theirs.events().len(), ours.events().len());
}

#[test]
fn decrypting_gives_back_a_plain_save_and_the_files_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("garden.ron");
    let events = history();
    Journal::create_with(&path, &events).unwrap();
    let plain = fs::read(&path).unwrap();
    // A backup an earlier version left, holding the same lines.
    let backup = dir.path().join("garden.ron.bak");
    fs::write(&backup, &plain).unwrap();
    let mut journal = Journal::open(&path).unwrap();
    let encrypted = journal.encrypt(PASSPHRASE, false).unwrap();
    assert_eq!(encrypted.side_files, vec![backup.clone()]);
    assert!(holding(dir.path(), "I felt calm").is_empty());

    let mut journal = Journal::open_with(&path, &keys()).unwrap();
    journal.decrypt().unwrap();
    assert!(!journal.is_sealed());
    assert_eq!(fs::read(&path).unwrap(), plain, "byte for byte");
    assert_eq!(fs::read(&backup).unwrap(), plain);
    assert_eq!(Journal::open(&path).unwrap().events(), &events[..]);
}

#[test]
fn encrypting_refuses_while_a_file_beside_the_save_holds_an_unfinished_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("garden.ron");
    let mut events = history();
    events.truncate(3);
    Journal::create_with(&path, &events).unwrap();
    let mut bytes = fs::read(&path).unwrap();
    bytes.extend_from_slice(b"(id:\"0195-half a line, I felt cal");
    fs::write(&path, &bytes).unwrap();
    let mut journal = Journal::open(&path).unwrap();
    let torn = journal.report().torn_tails[0].side_file.clone();
    let before = snapshot(dir.path());

    let error = journal.encrypt(PASSPHRASE, false).err().unwrap();
    assert!(
        error.to_string().contains(&torn.display().to_string()),
        "{error}"
    );
    assert_eq!(snapshot(dir.path()), before, "nothing changed");

    let report = journal.encrypt(PASSPHRASE, true).unwrap();
    assert_eq!(report.removed, vec![torn]);
    assert!(holding(dir.path(), "I felt cal").is_empty());
}

fn any_history() -> impl Strategy<Value = Vec<Event>> {
    let kinds = every_kind();
    prop::collection::vec(
        (0..kinds.len(), any::<Option<String>>(), 0u128..1_000),
        0..12,
    )
    .prop_map(move |picks| {
        let mut seen = HashSet::new();
        picks
            .into_iter()
            .filter(|(_, _, n)| seen.insert(*n))
            .map(|(kind, note, n)| Event {
                note,
                ..event(n, kinds[kind].clone())
            })
            .collect()
    })
}

proptest! {
    // Each case derives a key with Argon2id (64 MiB), on purpose slow.
    #![proptest_config(ProptestConfig::with_cases(12))]

    #[test]
    fn encrypt_then_decrypt_round_trips_any_save(events in any_history()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("garden.ron");
        Journal::create_with(&path, &events).unwrap();
        let plain = fs::read(&path).unwrap();
        let mut journal = Journal::open(&path).unwrap();
        journal.encrypt(PASSPHRASE, false).unwrap();
        let sealed = Journal::open_with(&path, &keys()).unwrap();
        prop_assert_eq!(sealed.events(), &events[..]);
        for note in events.iter().filter_map(|e| e.note.as_deref()).filter(|n| n.len() >= 8) {
            let bytes = fs::read(&path).unwrap();
            prop_assert!(!bytes.windows(note.len()).any(|w| w == note.as_bytes()));
        }
        let mut journal = sealed;
        journal.decrypt().unwrap();
        prop_assert_eq!(fs::read(&path).unwrap(), plain);
    }
}
