//! The in-memory file system against what a page finds when it comes back:
//! only what the keeper was handed.

use std::collections::BTreeMap;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once};

use super::*;

/// What the browser's store would hold, for every test (each uses its own folder).
static SHELF: Mutex<BTreeMap<String, Vec<u8>>> = Mutex::new(BTreeMap::new());

struct Shelf;

impl Keeper for Shelf {
    fn keep(&self, path: &str, bytes: &[u8]) {
        SHELF.lock().unwrap().insert(path.into(), bytes.to_vec());
    }
    fn forget(&self, path: &str) {
        SHELF.lock().unwrap().remove(path);
    }
    fn moved(&self, from: &str, to: &str, bytes: &[u8]) {
        let mut shelf = SHELF.lock().unwrap();
        shelf.remove(from);
        shelf.insert(to.into(), bytes.to_vec());
    }
}

fn folder(name: &str) -> PathBuf {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| keep_with(Box::new(Shelf)));
    let folder = PathBuf::from(format!("/memory-tests/{name}"));
    create_dir_all(&folder).unwrap();
    folder
}

fn kept(path: &Path) -> Option<Vec<u8>> {
    SHELF.lock().unwrap().get(path.to_str().unwrap()).cloned()
}

/// The page closed and opened again: memory holds only what was kept.
fn come_back(folder: &Path) {
    let forgotten = clean(folder);
    with_volume(|volume| {
        volume.files.retain(|path, _| !path.starts_with(&forgotten));
        volume.folders.retain(|path| !path.starts_with(&forgotten));
    });
    let prefix = format!("{}/", folder.display());
    let shelf = SHELF.lock().unwrap().clone();
    load(
        shelf
            .into_iter()
            .filter(|(path, _)| path.starts_with(&prefix))
            .map(|(path, bytes)| (PathBuf::from(path), bytes)),
    );
}

#[test]
fn a_synced_append_survives_coming_back_and_an_unsynced_one_waits_for_the_sync() {
    let folder = folder("append");
    let save = folder.join("garden.ron");
    write(&save, b"header\n").unwrap();
    let mut file = OpenOptions::new().append(true).open(&save).unwrap();
    file.write_all(b"one\n").unwrap();
    file.sync_data().unwrap();
    file.write_all(b"two\n").unwrap();
    assert_eq!(
        kept(&save).unwrap(),
        b"header\none\n",
        "not kept before its sync"
    );
    assert_eq!(
        read(&save).unwrap(),
        b"header\none\ntwo\n",
        "but read at once"
    );
    file.sync_data().unwrap();
    drop(file);
    come_back(&folder);
    assert_eq!(read_to_string(&save).unwrap(), "header\none\ntwo\n");
}

#[test]
fn a_rename_over_the_save_replaces_it_whole_and_the_old_handle_writes_nowhere() {
    let folder = folder("rename");
    let save = folder.join("garden.ron");
    write(&save, b"old\n").unwrap();
    let old = OpenOptions::new().append(true).open(&save).unwrap();
    let before = metadata(&save).unwrap().id();
    let temp = folder.join("garden.ron.tmp-1");
    write(&temp, b"rewritten\n").unwrap();
    rename(&temp, &save).unwrap();
    assert_ne!(metadata(&save).unwrap().id(), before, "another file now");
    (&old).write_all(b"late line\n").unwrap();
    old.sync_data().unwrap();
    come_back(&folder);
    assert_eq!(read(&save).unwrap(), b"rewritten\n");
    assert!(
        metadata(&temp).is_err(),
        "the temp file is gone after coming back"
    );
}

#[test]
fn a_linked_new_save_is_kept_and_create_new_refuses_an_existing_one() {
    let folder = folder("link");
    let save = folder.join("garden.ron");
    let temp = folder.join("garden.ron.tmp-create-1");
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temp)
        .unwrap();
    file.write_all(b"header\n").unwrap();
    file.sync_all().unwrap();
    drop(file);
    hard_link(&temp, &save).unwrap();
    remove_file(&temp).unwrap();
    let again = OpenOptions::new().write(true).create_new(true).open(&save);
    assert_eq!(
        again.err().map(|e| e.kind()),
        Some(io::ErrorKind::AlreadyExists)
    );
    assert_eq!(
        hard_link(&save, &save).err().map(|e| e.kind()),
        Some(io::ErrorKind::AlreadyExists)
    );
    come_back(&folder);
    assert_eq!(read(&save).unwrap(), b"header\n");
    assert!(kept(&temp).is_none());
}

#[test]
fn reading_seeking_and_truncating_work_as_on_a_disk() {
    let folder = folder("seek");
    let path = folder.join("f");
    write(&path, b"0123456789").unwrap();
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .open(&path)
        .unwrap();
    file.seek(SeekFrom::Start(4)).unwrap();
    let mut four = [0; 4];
    file.read_exact(&mut four).unwrap();
    assert_eq!(&four, b"4567");
    file.seek(SeekFrom::Start(2)).unwrap();
    file.write_all(b"ab").unwrap();
    file.set_len(6).unwrap();
    assert_eq!(read(&path).unwrap(), b"01ab45");
    assert_eq!(file.seek(SeekFrom::End(-1)).unwrap(), 5);
    assert!(file.seek(SeekFrom::Current(-10)).is_err());
    let reader = File::open(&path).unwrap();
    assert_eq!(
        (&reader).write(b"x").err().map(|e| e.kind()),
        Some(io::ErrorKind::PermissionDenied)
    );
}

#[test]
fn a_folder_lists_its_own_files_and_folders_and_missing_parents_are_refused() {
    let folder = folder("list");
    write(folder.join("a.ron"), b"a").unwrap();
    create_dir_all(folder.join("sub/deeper")).unwrap();
    write(folder.join("sub/b.ron"), b"b").unwrap();
    let mut names: Vec<_> = read_dir(&folder)
        .unwrap()
        .map(|entry| {
            let entry = entry.unwrap();
            (
                entry.file_name().into_string().unwrap(),
                entry.file_type().unwrap().is_dir(),
            )
        })
        .collect();
    names.sort();
    assert_eq!(
        names,
        [("a.ron".to_string(), false), ("sub".to_string(), true)]
    );
    let orphan = write(folder.join("nowhere/c.ron"), b"c");
    assert_eq!(
        orphan.err().map(|e| e.kind()),
        Some(io::ErrorKind::NotFound)
    );
    assert_eq!(
        canonicalize(folder.join("sub/../a.ron")).unwrap(),
        folder.join("a.ron")
    );
    assert!(read(&folder).is_err(), "a folder is not read as a file");
}

#[test]
fn files_in_the_unkept_folder_never_reach_the_keeper_until_moved_out() {
    let folder = folder("unkept");
    let scratch = Path::new(UNKEPT).join("unkept-test");
    create_dir_all(&scratch).unwrap();
    let theirs = scratch.join("theirs.ron");
    write(&theirs, b"their words\n").unwrap();
    assert!(kept(&theirs).is_none());
    let keep = folder.join("now-kept.ron");
    rename(&theirs, &keep).unwrap();
    assert_eq!(kept(&keep).unwrap(), b"their words\n");
    rename(&keep, scratch.join("again.ron")).unwrap();
    assert!(
        kept(&keep).is_none(),
        "moved out of the kept folders, forgotten"
    );
}
