//! The save as a sync tool carries it: a symlinked save, private archives,
//! and lines no couple could have written.

use std::fs;

use chrono::DateTime;
use trust_garden::journal::{Journal, JournalError, Kind, LineDamage, encode_event};

use super::{checksummed, copy_of, event, save_with, some_events};

#[cfg(unix)]
#[test]
fn a_symlinked_save_stays_a_symlink_and_its_target_gets_every_entry() {
    let synced = tempfile::tempdir().unwrap();
    let real = save_with(synced.path(), &some_events(1, 2));
    let elsewhere = tempfile::tempdir().unwrap();
    let theirs = copy_of(&real, elsewhere.path(), &some_events(1, 4));
    // The conflict copy the sync tool leaves beside the real file.
    let copy = synced
        .path()
        .join("garden.sync-conflict-20261202-071752-26GGBWD.ron");
    fs::copy(&theirs, &copy).unwrap();
    let local = tempfile::tempdir().unwrap();
    let link = local.path().join("garden.ron");
    std::os::unix::fs::symlink(&real, &link).unwrap();

    let mut journal = Journal::open(&link).unwrap();
    assert_eq!(journal.report().merged_copies.len(), 1);
    journal.append(event(50, Kind::Kindness)).unwrap();
    journal.merge_from(&theirs).unwrap();

    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let in_target = Journal::open(&real).unwrap();
    assert_eq!(in_target.events().len(), 5, "1 to 4 and 50");
    assert!(!copy.exists(), "the copy beside the real file was archived");
    assert_eq!(
        fs::read_dir(local.path()).unwrap().count(),
        1,
        "only the link"
    );
}

#[cfg(unix)]
#[test]
fn merged_copies_are_archived_in_a_private_folder() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = save_with(dir.path(), &some_events(1, 2));
    let elsewhere = tempfile::tempdir().unwrap();
    let theirs = copy_of(&path, elsewhere.path(), &some_events(1, 3));
    fs::copy(&theirs, dir.path().join("garden 2.ron")).unwrap();
    // As an earlier version left it: open to everyone on the machine.
    let earlier = dir.path().join("garden.ron.merged-copies");
    fs::create_dir(&earlier).unwrap();
    fs::set_permissions(&earlier, fs::Permissions::from_mode(0o755)).unwrap();

    let journal = Journal::open(&path).unwrap();
    let archived = &journal.report().merged_copies[0].archived_as;
    let folder = archived.parent().unwrap();
    let mode = fs::metadata(folder).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o700, "{}", folder.display());
}

#[test]
fn a_line_dated_outside_the_years_a_log_can_hold_is_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    let path = save_with(dir.path(), &some_events(1, 2));
    let mut far = event(9, Kind::Kindness);
    let line = trust_garden::journal::encode_event(&far).unwrap();
    let payload = line.split(" // ").next().unwrap();
    let dated = payload.replace(&far.at.to_rfc3339(), "+262142-03-01T08:09:00+01:00");
    assert_ne!(dated, payload, "the date was replaced");
    let mut bytes = fs::read(&path).unwrap();
    bytes.extend_from_slice(checksummed(&dated).as_bytes());
    bytes.push(b'\n');
    fs::write(&path, &bytes).unwrap();

    let journal = Journal::open(&path).unwrap();
    assert_eq!(journal.events().len(), 2);
    let set_aside = &journal.report().set_aside;
    assert_eq!(set_aside.len(), 1);
    assert_eq!(set_aside[0].line, 4);
    assert!(matches!(set_aside[0].damage, LineDamage::OutOfRange { .. }));
    assert_eq!(fs::read(&path).unwrap(), bytes, "kept in the file as it is");

    // And none can be written.
    far.at = DateTime::parse_from_rfc3339("2201-01-01T00:00:00+00:00").unwrap();
    assert!(matches!(
        encode_event(&far),
        Err(JournalError::Encode { .. })
    ));
    let mut promise = event(10, Kind::Kindness);
    promise.kind = Kind::PromiseMade {
        text: "call every night".into(),
        due: chrono::NaiveDate::from_ymd_opt(9999, 1, 1),
    };
    assert!(encode_event(&promise).is_err());
}

#[test]
fn an_offset_with_seconds_is_never_written_as_another_moment() {
    let mut event = event(11, Kind::Kindness);
    let offset = chrono::FixedOffset::east_opt(-(44 * 60 + 30)).unwrap();
    event.at = event.at.with_timezone(&offset);
    let error = encode_event(&event).unwrap_err();
    assert!(error.to_string().contains("seconds"), "{error}");
}

#[cfg(target_os = "linux")]
#[test]
fn temp_copies_a_killed_writer_left_are_removed_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = save_with(dir.path(), &some_events(1, 2));
    // A pid above the system's largest is no running process.
    let pid_max: u64 = fs::read_to_string("/proc/sys/kernel/pid_max")
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let dead = pid_max + 1;
    let left = [
        format!("garden.ron.tmp-{dead}"),
        format!("garden.ron.tmp-create-{dead}-2"),
    ];
    for name in &left {
        fs::copy(&path, dir.path().join(name)).unwrap();
    }
    let alive = format!("garden.ron.tmp-{}", std::process::id());
    fs::write(dir.path().join(&alive), b"being written").unwrap();
    fs::write(dir.path().join("garden.ron.tmp-notes.txt"), b"not ours").unwrap();

    Journal::open(&path).unwrap();

    for name in &left {
        assert!(!dir.path().join(name).exists(), "{name} removed");
    }
    assert!(
        dir.path().join(&alive).exists(),
        "a live writer's file stays"
    );
    assert!(dir.path().join("garden.ron.tmp-notes.txt").exists());
}
