//! Bugs the fuzzer found that are not fixed yet. A target checks each one's
//! exact symptom on its own: where it shows, the target notes a hit and goes
//! on checking everything else (on a fresh view where the bug would spoil
//! the rest), so the loop keeps looking for new bugs instead of finding the
//! same one again. With `TRUST_GARDEN_FUZZ_STRICT=1` (or `fuzz-loop
//! --strict`) a hit panics like any other failed check. Once the journal is
//! fixed, delete the bug here and its `hit` calls: the check is then strict.

use std::cell::RefCell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use trust_garden::journal::{Decoded, decode_line};

use crate::{line_text, segments};

pub struct Bug {
    pub name: &'static str,
    pub what: &'static str,
}

/// An intact line whose id is spelled in a form the UUID parser accepts but
/// the journal does not write (upper-case hex, no hyphens, braces, `urn:`).
pub const ID_SPELLING: Bug = Bug {
    name: "id-spelling",
    what: "an intact line whose id is not written lower-case hyphenated is replayed, but \
           Journal::lines() fails (\"it changed since it was read\"), and so does every \
           merge_from into that save (still_holds in src/journal/file.rs compares the \
           line's start with the lower-case hyphenated id)",
};

/// A merge into a save that is not rewritten (it holds a set-aside or a
/// newer-version line) appends the new lines, but the journal never reads them.
pub const STALE_APPEND: Bug = Bug {
    name: "stale-append",
    what: "after merge_from appends (Written::Appended), the journal's events() and lines() \
           lack the appended lines until the save is opened again (merge_from calls \
           write_at_end, which moves seen.len past them, then catch_up, which finds nothing \
           new); merging the same file again appends them again",
};

pub const ALL: [&Bug; 2] = [&ID_SPELLING, &STALE_APPEND];

static STRICT_SET: AtomicBool = AtomicBool::new(false);

/// Makes every hit panic (`fuzz-loop --strict`).
pub fn set_strict() {
    STRICT_SET.store(true, Ordering::Relaxed);
}

fn strict() -> bool {
    static FROM_ENV: OnceLock<bool> = OnceLock::new();
    STRICT_SET.load(Ordering::Relaxed)
        || *FROM_ENV.get_or_init(|| {
            std::env::var_os("TRUST_GARDEN_FUZZ_STRICT").is_some_and(|v| !v.is_empty() && v != "0")
        })
}

thread_local! {
    static HITS: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// The known bug showed: noted (or, strict, a panic saying which and `detail`).
pub(crate) fn hit(bug: &Bug, detail: impl FnOnce() -> String) {
    if strict() {
        panic!("known bug {}: {}\n{}", bug.name, bug.what, detail());
    }
    HITS.with(|hits| hits.borrow_mut().push(bug.name));
}

/// The known bugs the inputs since the last call showed, by name.
pub fn take_hits() -> Vec<&'static str> {
    HITS.with(|hits| std::mem::take(&mut *hits.borrow_mut()))
}

/// Whether a save's bytes hold a line that shows `ID_SPELLING`.
pub(crate) fn misspelled_id(file: &[u8]) -> bool {
    segments(file)
        .into_iter()
        .skip(1)
        .filter_map(line_text)
        .any(|text| {
            let id = match decode_line(text) {
                Ok(Decoded::Event(event)) => event.id,
                Ok(Decoded::Newer {
                    envelope: Some(envelope),
                    ..
                }) => envelope.id,
                _ => return false,
            };
            text.strip_prefix("(id:\"")
                .is_some_and(|rest| !rest.starts_with(&id.to_string()))
        })
}
