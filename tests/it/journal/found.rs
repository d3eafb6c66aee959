//! Finding a partner's copy of the save to merge, instead of typing a path.

use std::fs;
use std::time::{Duration, SystemTime};

use trust_garden::journal::{Journal, read_header, saves_of_log};

use super::{copy_of, save_with, some_events};

#[test]
fn offers_copies_of_this_garden_beside_the_save_and_in_downloads_newest_first() {
    let home = tempfile::tempdir().unwrap();
    let ours_dir = home.path().join("garden");
    let downloads = home.path().join("Downloads");
    let partner_dir = home.path().join("partner");
    for dir in [&ours_dir, &downloads, &partner_dir] {
        fs::create_dir(dir).unwrap();
    }
    let ours = save_with(&ours_dir, &some_events(0, 3));
    let log = read_header(&ours).unwrap().unwrap().log;

    // The partner's save, arrived twice: once beside ours, once downloaded.
    let theirs = copy_of(&ours, &partner_dir, &some_events(10, 2));
    let beside = ours_dir.join("garden from Alex.ron");
    let downloaded = downloads.join("garden.ron");
    fs::copy(&theirs, &beside).unwrap();
    fs::copy(&theirs, &downloaded).unwrap();
    let hour_ago = SystemTime::now() - Duration::from_secs(3600);
    fs::File::options()
        .write(true)
        .open(&downloaded)
        .unwrap()
        .set_modified(hour_ago)
        .unwrap();

    // Not offered: a conflict copy (the save merges it when it opens), a
    // stranger's garden, a file that is no save, and anything in a subfolder.
    fs::copy(
        &theirs,
        ours_dir.join("garden.sync-conflict-20250301-201500-ABCDEFG.ron"),
    )
    .unwrap();
    Journal::create(&downloads.join("another couple.ron")).unwrap();
    fs::write(ours_dir.join("notes.ron"), "(not: \"a save\")\n").unwrap();
    // Nor a copy under a name that is not a save's: Downloads holds every
    // other file that arrived, and none of them is opened.
    fs::copy(&theirs, downloads.join("garden.txt")).unwrap();
    fs::create_dir(ours_dir.join("garden.ron.merged-copies")).unwrap();
    fs::copy(&theirs, ours_dir.join("garden.ron.merged-copies/old.ron")).unwrap();

    let folders = [ours_dir.clone(), downloads.clone(), ours_dir.clone()];
    let found = saves_of_log(log, &ours, &folders);
    let paths: Vec<_> = found.iter().map(|f| f.path.clone()).collect();
    assert_eq!(paths, vec![beside, downloaded], "newest first, each once");
    assert!(found.iter().all(|f| !f.sealed));
    assert!(found[0].modified > found[1].modified);
}

#[test]
fn a_missing_folder_is_passed_over() {
    let dir = tempfile::tempdir().unwrap();
    let ours = save_with(dir.path(), &some_events(0, 1));
    let log = read_header(&ours).unwrap().unwrap().log;
    let found = saves_of_log(log, &ours, &[dir.path().join("no such folder")]);
    assert!(found.is_empty());
}
