//! Merging: the algebra (proptest), merging save files, conflict copies.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;

use proptest::prelude::*;
use trust_garden::journal::{
    EventId, Journal, Kind, Line, Written, archive_folder, encode_event, line_order, merge,
};

use super::{copy_of, event, files_in, id, save_with, some_events};

/// One side of a merge as a file holds it: each id once.
fn side(entries: Vec<(u8, u8)>, mood_of: impl Fn(u8, u8) -> u8) -> Vec<Line> {
    let mut seen = BTreeSet::new();
    entries
        .into_iter()
        .filter(|(n, _)| seen.insert(*n))
        .map(|(n, variant)| {
            let mut e = event(
                n.into(),
                Kind::CheckIn {
                    mood: mood_of(n, variant),
                    calm: true,
                },
            );
            e.at = super::instant(i64::from(n % 7));
            Line::of_event(&e).unwrap()
        })
        .collect()
}

fn consistent() -> impl Strategy<Value = Vec<Line>> {
    prop::collection::vec((0u8..40, 0u8..3), 0..30).prop_map(|v| side(v, |n, _| n % 5 + 1))
}

/// Sides that may disagree about an id's content.
fn any_side() -> impl Strategy<Value = Vec<Line>> {
    prop::collection::vec((0u8..40, 0u8..3), 0..30).prop_map(|v| side(v, |_, variant| variant + 1))
}

fn ids(lines: &[Line]) -> BTreeSet<EventId> {
    lines.iter().map(|l| l.id).collect()
}

fn conflict_pairs(lines: &[Line], other: &[Line]) -> BTreeSet<(EventId, BTreeSet<String>)> {
    merge(lines, other)
        .conflicts
        .into_iter()
        .map(|c| {
            (
                c.id,
                BTreeSet::from([c.ours.text().to_owned(), c.theirs.text().to_owned()]),
            )
        })
        .collect()
}

proptest! {
    #[test]
    fn merge_is_commutative(a in consistent(), b in consistent()) {
        prop_assert_eq!(merge(&a, &b).lines, merge(&b, &a).lines);
    }

    #[test]
    fn conflicting_sides_merge_to_the_same_ids_and_conflicts_either_way(a in any_side(), b in any_side()) {
        prop_assert_eq!(ids(&merge(&a, &b).lines), ids(&merge(&b, &a).lines));
        prop_assert_eq!(conflict_pairs(&a, &b), conflict_pairs(&b, &a));
    }

    #[test]
    fn merge_is_associative(a in any_side(), b in any_side(), c in any_side()) {
        let left = merge(&merge(&a, &b).lines, &c).lines;
        let right = merge(&a, &merge(&b, &c).lines).lines;
        prop_assert_eq!(left, right);
    }

    #[test]
    fn merge_is_idempotent(a in any_side(), b in any_side()) {
        let mut sorted = a.clone();
        sorted.sort_by(line_order);
        let with_itself = merge(&a, &a);
        prop_assert_eq!(&with_itself.lines, &sorted);
        prop_assert!(with_itself.conflicts.is_empty());
        prop_assert!(with_itself.added.is_empty());
        let once = merge(&a, &b).lines;
        prop_assert_eq!(merge(&once, &b).lines, once.clone());
        prop_assert_eq!(merge(&once, &once).lines, once);
    }

    #[test]
    fn merge_loses_nothing(a in any_side(), b in any_side()) {
        let merged = merge(&a, &b);
        let kept: BTreeMap<EventId, &Line> = merged.lines.iter().map(|l| (l.id, l)).collect();
        prop_assert_eq!(kept.len(), merged.lines.len(), "each id once");
        for line in &a {
            prop_assert_eq!(kept.get(&line.id), Some(&line), "ours stays as it is");
        }
        for line in &b {
            let in_result = kept.get(&line.id) == Some(&line);
            let in_conflicts = merged.conflicts.iter().any(|c| c.theirs == *line);
            prop_assert!(in_result ^ in_conflicts, "theirs is merged or reported, once");
        }
        prop_assert!(merged.lines.windows(2).all(|w| line_order(&w[0], &w[1]).is_lt()));
        prop_assert_eq!(merged.lines.len(), ids(&a).union(&ids(&b)).count());
    }
}

#[test]
fn merging_a_save_appends_only_what_it_lacks() {
    let ours_dir = tempfile::tempdir().unwrap();
    let theirs_dir = tempfile::tempdir().unwrap();
    let mut ours_events = some_events(1, 4);
    ours_events.reverse();
    let path = save_with(ours_dir.path(), &ours_events);
    let before = fs::read(&path).unwrap();
    let mut conflicting = some_events(2, 1).remove(0);
    conflicting.note = Some("their version".into());
    let theirs_path = copy_of(
        &path,
        theirs_dir.path(),
        &[
            some_events(3, 1).remove(0),
            conflicting,
            event(9, Kind::Apology),
        ],
    );
    let theirs_before = fs::read(&theirs_path).unwrap();

    let mut journal = Journal::open(&path).unwrap();
    let report = journal.merge_from(&theirs_path).unwrap();
    assert_eq!(
        (report.added, report.already_present, report.conflicts.len()),
        (1, 1, 1)
    );
    assert_eq!(report.conflicts[0].id, id(2));
    assert_eq!(report.written, Written::Appended);
    let after = fs::read(&path).unwrap();
    assert!(
        after.starts_with(&before),
        "a merge only appends: the sync tool's file is never replaced"
    );
    assert!(!dir_has_backup(&path), "no backup needed, none left");
    let conflicts = fs::read_to_string(report.conflicts_file.as_ref().unwrap()).unwrap();
    assert!(conflicts.contains("their version"));
    assert_eq!(
        fs::read(&theirs_path).unwrap(),
        theirs_before,
        "the other file is only read"
    );

    let mut kept: Vec<EventId> = journal.events().iter().map(|e| e.id).collect();
    kept.sort();
    assert_eq!(kept, [id(1), id(2), id(3), id(4), id(9)]);
    assert!(
        journal.events().contains(&some_events(2, 1)[0]),
        "our version stays"
    );
    let reopened = Journal::open(&path).unwrap();
    assert_eq!(reopened.events(), journal.events());

    // Merging again changes nothing and records no conflict twice.
    let after = fs::read(&path).unwrap();
    let again = journal.merge_from(&theirs_path).unwrap();
    assert_eq!((again.added, again.written), (0, Written::Nothing));
    assert_eq!(fs::read(&path).unwrap(), after);
    assert_eq!(
        fs::read_to_string(report.conflicts_file.unwrap()).unwrap(),
        conflicts
    );
}

#[test]
fn a_journal_sees_what_another_handle_wrote_and_rewrote() {
    let dir = tempfile::tempdir().unwrap();
    let path = save_with(dir.path(), &some_events(1, 2));
    let mut first = Journal::open(&path).unwrap();
    let mut second = Journal::open(&path).unwrap();
    second.append(event(5, Kind::Kindness)).unwrap();
    first.reload().unwrap();
    assert_eq!(first.events().len(), 3);

    // A rewrite replaces the file; the other handle must append to the new one.
    let other = tempfile::tempdir().unwrap();
    let other_path = copy_of(&path, other.path(), &some_events(20, 2));
    second.merge_from(&other_path).unwrap();
    first.append(event(30, Kind::LetItGo)).unwrap();
    let reopened = Journal::open(&path).unwrap();
    assert_eq!(reopened.events().len(), 6);
    assert!(reopened.report().is_clean());
    assert!(matches!(
        first.append(event(21, Kind::LetItGo)),
        Err(trust_garden::journal::JournalError::DuplicateId { .. })
    ));
}

#[test]
fn a_save_changed_in_place_since_it_was_read_is_read_again_for_a_merge() {
    let dir = tempfile::tempdir().unwrap();
    let path = save_with(dir.path(), &some_events(1, 3));
    let mut journal = Journal::open(&path).unwrap();
    // A tool writes other events over the file in place, line for line the
    // same lengths: only the ids and times differ.
    let before = fs::read_to_string(&path).unwrap();
    let mut text = before.lines().next().unwrap().to_owned() + "\n";
    for event in some_events(7, 3) {
        text += &(encode_event(&event).unwrap() + "\n");
    }
    assert_eq!(text.len(), before.len());
    fs::write(&path, &text).unwrap();
    assert!(
        journal.lines().is_err(),
        "its lines are not where they were"
    );

    let other = tempfile::tempdir().unwrap();
    let other_path = copy_of(&path, other.path(), &some_events(20, 1));
    let report = journal.merge_from(&other_path).unwrap();
    assert_eq!(report.added, 1);
    let kept: Vec<EventId> = journal.events().iter().map(|e| e.id).collect();
    assert_eq!(kept, [id(7), id(8), id(9), id(20)]);
    assert_eq!(
        journal.lines().unwrap(),
        Journal::open(&path).unwrap().lines().unwrap()
    );
}

#[test]
fn conflict_copies_of_all_three_sync_tools_are_merged_and_archived() {
    let dir = tempfile::tempdir().unwrap();
    let shared = some_events(1, 2);
    let path = save_with(dir.path(), &shared);
    let copies = [
        "garden.sync-conflict-20250301-201500-ABCDEF7.ron",
        "garden (Sam's conflicted copy 2025-03-01).ron",
        "garden 2.ron",
    ];
    let mut originals = Vec::new();
    for (n, name) in copies.iter().enumerate() {
        let elsewhere = tempfile::tempdir().unwrap();
        let mut events = shared.clone();
        events.push(event(10 + n as u128, Kind::Gratitude));
        if n == 2 {
            events[0].note = Some("changed on the phone".into());
        }
        let copy = copy_of(&path, elsewhere.path(), &events);
        fs::copy(&copy, dir.path().join(name)).unwrap();
        originals.push(fs::read(&copy).unwrap());
    }

    let journal = Journal::open(&path).unwrap();
    let mut ids: Vec<EventId> = journal.events().iter().map(|e| e.id).collect();
    ids.sort();
    assert_eq!(ids, [id(1), id(2), id(10), id(11), id(12)]);
    assert!(
        journal.events().contains(&shared[0]),
        "a conflict never wins silently"
    );
    let report = journal.report();
    assert_eq!(report.merged_copies.len(), 3, "{:?}", report.notices());
    assert!(report.unmerged_copies.is_empty());
    let conflicts: usize = report
        .merged_copies
        .iter()
        .map(|m| m.merge.conflicts.len())
        .sum();
    assert_eq!(conflicts, 1);
    for (name, original) in copies.iter().zip(&originals) {
        assert!(!dir.path().join(name).exists(), "{name} moved away");
        assert_eq!(
            &fs::read(archive_folder(&path).join(name)).unwrap(),
            original
        );
    }
    assert!(files_in(dir.path()).contains(&"garden.ron.conflicts".to_string()));
    let reopened = Journal::open(&path).unwrap();
    assert!(reopened.report().merged_copies.is_empty());
    assert_eq!(reopened.events(), journal.events());
}

#[test]
fn after_a_merge_the_journal_matches_the_file_read_afresh() {
    let ours_dir = tempfile::tempdir().unwrap();
    let theirs_dir = tempfile::tempdir().unwrap();
    let path = save_with(ours_dir.path(), &some_events(1, 6));
    let theirs_path = copy_of(&path, theirs_dir.path(), &some_events(4, 6));
    let newer_payload = ron::to_string(&event(60, Kind::Kindness))
        .unwrap()
        .replace("Kindness", "Hug(seconds:20)");
    let mut theirs_bytes = fs::read(&theirs_path).unwrap();
    theirs_bytes.extend_from_slice(super::checksummed(&newer_payload).as_bytes());
    theirs_bytes.push(b'\n');
    fs::write(&theirs_path, &theirs_bytes).unwrap();
    let mut conflicting = event(30, Kind::Apology);
    let mut ours = Journal::open(&path).unwrap();
    ours.append(conflicting.clone()).unwrap();
    conflicting.note = Some("their version".into());
    Journal::open(&theirs_path)
        .unwrap()
        .append(conflicting)
        .unwrap();

    let report = ours.merge_from(&theirs_path).unwrap();
    assert_eq!(report.written, Written::Appended, "{report:?}");
    assert_eq!((report.added, report.conflicts.len()), (4, 1));
    let afresh = Journal::open(&path).unwrap();
    assert_eq!(ours.events(), afresh.events());
    assert_eq!(ours.lines().unwrap(), afresh.lines().unwrap());
    assert_eq!(ours.report().newer_lines, afresh.report().newer_lines);
    assert_eq!(ours.report().newer_lines.len(), 1);
    assert!(
        ours.rewrite_blocker().is_some(),
        "the newer line now blocks rewrites"
    );
    assert_eq!(ours.events().len(), 10, "1 to 9 and ours of 30");
    assert!(
        ours.events().contains(&event(30, Kind::Apology)),
        "our version stays"
    );
    ours.append(event(40, Kind::Gratitude)).unwrap();
    assert_eq!(Journal::open(&path).unwrap().events(), ours.events());
}

#[test]
fn another_couples_save_beside_ours_is_never_merged() {
    // A friend's garden copied into the same folder under a name a sync tool
    // uses for conflict copies: its entries must not reach our log.
    let dir = tempfile::tempdir().unwrap();
    let path = save_with(dir.path(), &some_events(1, 2));
    let before = fs::read(&path).unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let theirs = save_with(elsewhere.path(), &[event(77, Kind::Gratitude)]);
    let beside = dir.path().join("garden 2.ron");
    fs::copy(&theirs, &beside).unwrap();
    let theirs_bytes = fs::read(&beside).unwrap();

    let mut journal = Journal::open(&path).unwrap();
    assert!(journal.events().iter().all(|e| e.id != id(77)));
    let report = journal.report();
    assert!(report.merged_copies.is_empty());
    assert!(report.unmerged_copies.is_empty(), "{:?}", report.notices());
    assert_eq!(report.other_gardens, std::slice::from_ref(&beside));
    assert!(report.notices().join(" ").contains("another garden"));
    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(fs::read(&beside).unwrap(), theirs_bytes, "left as it is");

    // Asked for by name, it is refused too.
    let err = journal.merge_from(&theirs).unwrap_err();
    assert!(err.to_string().contains("another garden"), "{err}");
    assert_eq!(fs::read(&path).unwrap(), before);
}

fn dir_has_backup(save: &std::path::Path) -> bool {
    let mut backup = save.as_os_str().to_owned();
    backup.push(".bak");
    std::path::Path::new(&backup).exists()
}
