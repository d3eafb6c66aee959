//! Turning a plain save into an encrypted one and back. The save is
//! rewritten as any rewrite is (under the lock, atomically, re-checked
//! against a sync tool replacing it just before the swap), and so is every
//! file kept beside it that holds its lines (backups, conflict records,
//! merged copies), so no plain copy of a line is left behind.

use super::disk as fs;
use std::path::PathBuf;
use std::sync::Arc;

use uuid::Uuid;

use super::codec::{Codec, Decoded, Header, encode_header};
use super::erase::files_beside;
use super::error::{JournalError, RewriteBlocker};
use super::file::{Journal, MAX_ATTEMPTS};
use super::fsutil::{FileId, read, replace_atomically, swap_if_unchanged, sync_folder};
use super::scan::header_of;
use super::seal::Seal;
use crate::t;

/// What `encrypt` or `decrypt` did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SealReport {
    /// Whether the save itself was rewritten (not when it already was as asked).
    pub save_rewritten: bool,
    /// Files beside the save rewritten with it.
    pub side_files: Vec<PathBuf>,
    /// Files beside the save removed because nothing readable was left in
    /// them once their unreadable lines were dropped (`discard_unreadable`).
    pub removed: Vec<PathBuf>,
    /// Lines that could not be converted: dropped when encrypting with
    /// `discard_unreadable`, otherwise left as they were (only when
    /// decrypting, where they hold no plain text).
    pub unreadable_lines: usize,
}

/// One file's bytes, converted line by line.
struct Converted {
    bytes: Vec<u8>,
    changed: bool,
    /// Lines neither codec reads (damage, a torn line, another garden's header).
    unreadable: Vec<usize>,
}

/// Rewrites each line of `bytes` from `from` to `to`: the header of `log`
/// becomes `header`, each readable line is written again with the same
/// RON value, comments and blank lines stay. Unreadable lines stay, or go
/// when `drop_unreadable`.
fn convert(
    bytes: &[u8],
    log: Uuid,
    header: &Header,
    from: &Codec,
    to: &Codec,
    drop_unreadable: bool,
) -> Converted {
    let mut out = Vec::with_capacity(bytes.len() * 3 / 2);
    let mut changed = false;
    let mut unreadable = Vec::new();
    for (n, raw) in bytes.split_inclusive(|&b| b == b'\n').enumerate() {
        let line = raw.strip_suffix(b"\n").unwrap_or(raw);
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let text = std::str::from_utf8(line).ok();
        let keep = line.trim_ascii().is_empty() || line.starts_with(b"// ");
        let new_line = match text {
            _ if keep => None,
            None => Some(Err(())),
            Some(text) => Some(convert_line(text, log, header, from, to).ok_or(())),
        };
        match new_line {
            None => out.extend_from_slice(raw),
            Some(Ok(new)) => {
                changed |= new.as_bytes() != line;
                out.extend_from_slice(new.as_bytes());
                out.push(b'\n');
            }
            Some(Err(())) => {
                unreadable.push(n + 1);
                if drop_unreadable {
                    changed = true;
                } else {
                    out.extend_from_slice(raw);
                }
            }
        }
    }
    Converted {
        bytes: out,
        changed,
        unreadable,
    }
}

/// One line as `to` writes it, if either codec reads it.
fn convert_line(
    text: &str,
    log: Uuid,
    header: &Header,
    from: &Codec,
    to: &Codec,
) -> Option<String> {
    if let Some(found) = header_of(text.as_bytes()) {
        return (found.log == log).then(|| encode_header(header));
    }
    if to.decode(text).is_ok() {
        return Some(text.to_owned());
    }
    let id = match from.decode(text).ok()? {
        Decoded::Event(event) => event.id,
        Decoded::Newer { envelope, .. } => envelope?.id,
    };
    let payload = from.plain_payload(text).ok()?;
    Some(to.wrap(id, &payload))
}

impl Journal {
    /// Encrypts the save with a new key made from `passphrase`, and every
    /// file beside it that holds its lines. Refused, with nothing written,
    /// when the save holds lines that cannot be rewritten, or when a file
    /// beside it holds lines that cannot be sealed (a torn or damaged line)
    /// unless `discard_unreadable` drops them. On a save already encrypted
    /// it finishes the files beside it (an earlier run cut short).
    pub fn encrypt(
        &mut self,
        passphrase: &str,
        discard_unreadable: bool,
    ) -> Result<SealReport, JournalError> {
        let path = self.path().to_path_buf();
        let (to, header) = if self.is_sealed() {
            (self.codec().clone(), self.header().clone())
        } else {
            let seal = Seal::create(self.header().log, passphrase).map_err(|problem| {
                JournalError::Sealed {
                    path: path.clone(),
                    problem,
                }
            })?;
            let header = self.header().sealed(&seal);
            let seal = Arc::new(seal);
            self.keys().remember(Arc::clone(&seal));
            (Codec::Sealed(seal), header)
        };
        self.convert_all(&Codec::Plain, &to, &header, discard_unreadable, true)
    }

    /// Writes the save and the files beside it in plain text again. The
    /// journal must have been opened with its passphrase.
    pub fn decrypt(&mut self) -> Result<SealReport, JournalError> {
        let from = self.codec().clone();
        let header = self.header().plain();
        self.convert_all(&from, &Codec::Plain, &header, false, false)
    }

    fn convert_all(
        &mut self,
        from: &Codec,
        to: &Codec,
        header: &Header,
        discard_unreadable: bool,
        refuse_unreadable: bool,
    ) -> Result<SealReport, JournalError> {
        let path = self.path().to_path_buf();
        let log = self.header().log;
        let side_files = files_beside(&path);
        if refuse_unreadable && !discard_unreadable {
            let blocked: Vec<(PathBuf, Vec<usize>)> = side_files
                .iter()
                .filter_map(|file| {
                    let bytes = fs::read(file).ok()?;
                    let found = convert(&bytes, log, header, from, to, false).unreadable;
                    (!found.is_empty()).then(|| (file.clone(), found))
                })
                .collect();
            if !blocked.is_empty() {
                return Err(JournalError::RewriteRefused {
                    path,
                    why: RewriteBlocker::UnreadableBeside { files: blocked },
                });
            }
        }
        let mut report = SealReport {
            save_rewritten: self.rewrite_save(from, to, header)?,
            ..SealReport::default()
        };
        for file in side_files {
            let bytes = match fs::read(&file) {
                Ok(bytes) => bytes,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(JournalError::io(&file, "reading")(e)),
            };
            let converted = convert(&bytes, log, header, from, to, discard_unreadable);
            report.unreadable_lines += converted.unreadable.len();
            if !converted.changed {
                continue;
            }
            let only_comments = converted
                .bytes
                .split(|&b| b == b'\n')
                .all(|line| line.trim_ascii().is_empty() || line.starts_with(b"// "));
            if discard_unreadable && only_comments {
                fs::remove_file(&file).map_err(JournalError::io(&file, "removing"))?;
                sync_folder(&file)?;
                report.removed.push(file);
            } else {
                replace_atomically(&file, &converted.bytes)?;
                report.side_files.push(file);
            }
        }
        Ok(report)
    }

    /// Rewrites the save itself from `from` to `to`; whether it changed.
    fn rewrite_save(
        &mut self,
        from: &Codec,
        to: &Codec,
        header: &Header,
    ) -> Result<bool, JournalError> {
        let path = self.path().to_path_buf();
        let _locked = self.lock_to_write()?;
        self.reread()?;
        for _ in 0..MAX_ATTEMPTS {
            if let Some(why) = self.rewrite_blocker() {
                return Err(JournalError::RewriteRefused { path, why });
            }
            let file = fs::File::open(&path).map_err(JournalError::io(&path, "opening"))?;
            let meta = file
                .metadata()
                .map_err(JournalError::io(&path, "reading"))?;
            let bytes = read(&path)?;
            let converted = convert(&bytes, self.header().log, header, from, to, false);
            if let Some(&line) = converted.unreadable.first() {
                return Err(JournalError::RewriteRefused {
                    path,
                    why: RewriteBlocker::UnreadableLine { line },
                });
            }
            if !converted.changed {
                return Ok(false);
            }
            if swap_if_unchanged(
                &path,
                &converted.bytes,
                FileId::of(&meta),
                bytes.len() as u64,
            )? {
                self.reread()?;
                return Ok(true);
            }
            // Replaced meanwhile: take in what is there now, and start again.
            self.reread()?;
        }
        Err(JournalError::io(&path, "rewriting")(std::io::Error::other(
            t!("report-journal-kept-replaced-rewriting"),
        )))
    }
}
