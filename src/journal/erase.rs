//! Erased words leave every file: the save is rewritten without them (under
//! the lock, re-checked against a sync tool replacing it just before the
//! swap) and so is every file kept beside it that holds them (torn lines,
//! set-aside and conflict records, merged copies, damaged headers, backups).

use super::disk as fs;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::codec::{Codec, Decoded};
use super::copies::archive_folder;
use super::error::JournalError;
use super::event::EventId;
use super::file::{Journal, MAX_ATTEMPTS};
use super::fsutil::{FileId, folder_of, read, replace_atomically, sibling, swap_if_unchanged};

impl Journal {
    /// Rewrites the save without the words its `Erase` entries erased, when
    /// a line still holds them; then the files beside it, when the save
    /// changed or `side_files` asks (new files may have come in). Call with
    /// the lock held and the view caught up.
    pub(super) fn scrub(&mut self, side_files: bool) -> Result<(), JournalError> {
        let erased = self.body_erased();
        if erased.is_empty() {
            return Ok(());
        }
        let codec = self.codec().clone();
        let mut words = HashSet::new();
        let mut rewritten = false;
        for _ in 0..MAX_ATTEMPTS {
            let file =
                fs::File::open(self.path()).map_err(JournalError::io(self.path(), "opening"))?;
            let meta = file
                .metadata()
                .map_err(JournalError::io(self.path(), "reading"))?;
            let bytes = read(self.path())?;
            let (text, changed) = without_words(&codec, &bytes, &erased, &mut words);
            if !changed {
                break;
            }
            if let Some(why) = self.rewrite_blocker() {
                self.note_words_left(why);
                break;
            }
            if swap_if_unchanged(self.path(), &text, FileId::of(&meta), bytes.len() as u64)? {
                self.reread()?;
                rewritten = true;
                break;
            }
            // Replaced meanwhile: take in what is there now, and start again.
            self.reread()?;
        }
        if side_files || rewritten {
            for file in files_beside(self.path()) {
                scrub_file(&codec, &file, &erased, &mut words)?;
            }
        }
        Ok(())
    }
}

/// `bytes` with every line of an erased entry that still holds words
/// written again without them (other lines byte for byte), and whether any
/// line changed. The words found are added to `words`, to look for in files
/// whose lines are not whole.
fn without_words(
    codec: &Codec,
    bytes: &[u8],
    erased: &HashSet<EventId>,
    words: &mut HashSet<String>,
) -> (Vec<u8>, bool) {
    let mut out = Vec::with_capacity(bytes.len());
    let mut changed = false;
    for (n, line) in bytes.split_inclusive(|&b| b == b'\n').enumerate() {
        let body = line.strip_suffix(b"\n").unwrap_or(line);
        let (body, cr) = match body.strip_suffix(b"\r") {
            Some(body) => (body, true),
            None => (body, false),
        };
        let rewritten = std::str::from_utf8(body)
            .ok()
            .filter(|_| n > 0 || !body.starts_with(b"TrustGarden("))
            .and_then(|text| match codec.decode(text) {
                Ok(Decoded::Event(event)) if erased.contains(&event.id) && event.has_words() => {
                    words.extend(words_of(&event));
                    codec.encode(&event.without_words()).ok()
                }
                _ => None,
            });
        match rewritten {
            Some(text) => {
                changed = true;
                out.extend_from_slice(text.as_bytes());
                if cr {
                    out.push(b'\r');
                }
                if line.ends_with(b"\n") {
                    out.push(b'\n');
                }
            }
            None => out.extend_from_slice(line),
        }
    }
    (out, changed)
}

/// The words of an event as they appear in a line: RON string contents.
fn words_of(event: &super::event::Event) -> Vec<String> {
    let mut texts = Vec::new();
    if let Some(note) = &event.note {
        texts.push(note.clone());
    }
    match &event.kind {
        super::event::Kind::Amend { note, .. } if !note.is_empty() => texts.push(note.clone()),
        super::event::Kind::Retract {
            reason: Some(reason),
            ..
        } => texts.push(reason.clone()),
        _ => {}
    }
    texts
        .into_iter()
        .filter_map(|text| ron::to_string(&text).ok())
        .map(|quoted| quoted.trim_matches('"').to_owned())
        .filter(|inner| !inner.is_empty())
        .collect()
}

/// Every file beside the save that may hold a line of it.
pub(super) fn files_beside(save: &Path) -> Vec<PathBuf> {
    let mut files = vec![
        sibling(save, ".set-aside"),
        sibling(save, ".conflicts"),
        sibling(save, ".bak"),
    ];
    let name = save
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if let Ok(entries) = fs::read_dir(folder_of(save)) {
        for entry in entries.flatten() {
            let file = entry.file_name().to_string_lossy().into_owned();
            let kept = [".torn-", ".damaged-header-", ".bak"]
                .iter()
                .any(|kind| file.starts_with(&format!("{name}{kind}")));
            if kept && entry.file_type().is_ok_and(|t| t.is_file()) {
                files.push(entry.path());
            }
        }
    }
    if let Ok(entries) = fs::read_dir(archive_folder(save)) {
        files.extend(entries.flatten().map(|e| e.path()));
    }
    files.sort();
    files.dedup();
    files
}

/// Rewrites one file beside the save without the erased words: its whole
/// lines of erased entries written again, and any other trace of the words
/// (a torn line, a damaged one, a comment) cut out.
fn scrub_file(
    codec: &Codec,
    path: &Path,
    erased: &HashSet<EventId>,
    words: &mut HashSet<String>,
) -> Result<(), JournalError> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(JournalError::io(path, "reading")(e)),
    };
    let (mut text, mut changed) = without_words(codec, &bytes, erased, words);
    for word in words.iter() {
        let found = find(&text, word.as_bytes());
        if !found.is_empty() {
            changed = true;
            text = cut(&text, word.as_bytes(), &found);
        }
    }
    if changed {
        replace_atomically(path, &text)?;
    }
    Ok(())
}

fn find(haystack: &[u8], needle: &[u8]) -> Vec<usize> {
    if needle.is_empty() || needle.len() > haystack.len() {
        return Vec::new();
    }
    (0..=haystack.len() - needle.len())
        .filter(|&at| haystack[at..].starts_with(needle))
        .collect()
}

fn cut(bytes: &[u8], needle: &[u8], at: &[usize]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut from = 0;
    for &start in at {
        if start < from {
            continue;
        }
        out.extend_from_slice(&bytes[from..start]);
        from = start + needle.len();
    }
    out.extend_from_slice(&bytes[from..]);
    out
}
