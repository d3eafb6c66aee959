//! An id that appears on more than one line: the first line stays, an exact
//! repeat is dropped, a different one is set aside, wherever the lines are.

use std::fs;

use trust_garden::journal::{EventId, Journal, JournalError, Kind, LineDamage, encode_event};

use super::{checksummed, event, id, save_with, some_events};

fn ids(journal: &Journal) -> (Vec<EventId>, Vec<EventId>) {
    (
        journal.events().iter().map(|e| e.id).collect(),
        journal.lines().unwrap().iter().map(|l| l.id).collect(),
    )
}

#[test]
fn repeated_ids_keep_the_first_line_out_of_order_and_beside_newer_lines() {
    let dir = tempfile::tempdir().unwrap();
    let path = save_with(dir.path(), &[]);
    let [e0, e1, e2, e3] = some_events(0, 4).try_into().unwrap();
    let mut e2_changed = e2.clone();
    e2_changed.note = Some("a different story".into());
    let newer_payload = ron::to_string(&event(50, Kind::Kindness))
        .unwrap()
        .replace("Kindness", "Hug(seconds:20)");
    let newer = checksummed(&newer_payload);
    let line = |e| encode_event(e).unwrap();
    // Lines 2 to 9; e0 comes last, so the ids are out of order.
    let body = [
        line(&e1),
        line(&e2),
        newer.clone(),
        line(&e2_changed),
        line(&e3),
        line(&e1),
        newer,
        line(&e0),
    ];
    let mut bytes = fs::read(&path).unwrap();
    for text in &body {
        bytes.extend_from_slice(text.as_bytes());
        bytes.push(b'\n');
    }
    fs::write(&path, &bytes).unwrap();

    let mut journal = Journal::open(&path).unwrap();
    assert_eq!(journal.events(), [e1.clone(), e2.clone(), e3, e0]);
    assert_eq!(
        ids(&journal).1,
        [id(1), id(2), id(50), id(3), id(0)],
        "each id once, file order"
    );
    let set_aside = &journal.report().set_aside;
    assert_eq!(set_aside.len(), 1, "{set_aside:?}");
    assert_eq!(set_aside[0].line, 5);
    assert_eq!(
        set_aside[0].damage,
        LineDamage::DuplicateId {
            id: id(2),
            first_line: 3
        }
    );
    assert_eq!(set_aside[0].bytes, body[3].as_bytes());
    assert_eq!(fs::read(&path).unwrap(), bytes, "open leaves it as it is");

    assert!(matches!(
        journal.append(e2),
        Err(JournalError::DuplicateId { .. })
    ));
    journal.append(event(4, Kind::Apology)).unwrap();
    assert_eq!(journal.events().len(), 5);
}

#[test]
fn a_repeat_another_process_appended_is_found_on_reload() {
    let dir = tempfile::tempdir().unwrap();
    let events = some_events(5, 3);
    let path = save_with(dir.path(), &events);
    let mut journal = Journal::open(&path).unwrap();

    let mut changed = events[0].clone();
    changed.note = Some("written elsewhere".into());
    let mut bytes = fs::read(&path).unwrap();
    for e in [&changed, &event(1, Kind::Gratitude), &events[2]] {
        bytes.extend_from_slice(encode_event(e).unwrap().as_bytes());
        bytes.push(b'\n');
    }
    fs::write(&path, &bytes).unwrap();
    journal.reload().unwrap();

    let (event_ids, line_ids) = ids(&journal);
    assert_eq!(event_ids, [id(5), id(6), id(7), id(1)]);
    assert_eq!(line_ids, event_ids);
    assert_eq!(journal.events()[0], events[0], "the first line stays");
    let set_aside = &journal.report().set_aside;
    assert_eq!(set_aside.len(), 1, "{set_aside:?}");
    assert_eq!(
        (set_aside[0].line, &set_aside[0].damage),
        (
            5,
            &LineDamage::DuplicateId {
                id: id(5),
                first_line: 2
            }
        )
    );
}
