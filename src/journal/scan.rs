//! Reads the bytes of a save into intact lines and everything else, without
//! touching the file: the same scan serves `open`, `reload`, `verify` and merging.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::codec::{Decoded, Header, Line, decode_header, decode_line};
use super::error::LineDamage;
use super::event::{Event, EventId};

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A damaged line, kept out of the replay and reported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetAside {
    /// 1-based; the header is line 1.
    pub line: usize,
    pub damage: LineDamage,
    /// The line's bytes as found (without line end).
    pub bytes: Vec<u8>,
}

/// An intact line this build cannot read: left in place, reported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewerLine {
    pub line: usize,
    pub id: Option<EventId>,
    pub why: String,
}

/// How the file ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tail {
    /// Ends with a line end (or is just the header and a line end).
    Clean,
    /// The last line is intact but has no line end.
    MissingNewline { line: usize },
    /// The last line is incomplete or damaged and has no line end: a write cut
    /// short. `start` is its byte offset.
    Torn { line: usize, start: usize },
}

/// Why the first line does not make the file a save.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotASave {
    Empty,
    Header(String),
}

/// Everything read from a file's lines after the header. Appending more bytes
/// and scanning them continues the same record (that is how `reload` works).
#[derive(Clone, Debug, Default)]
pub struct Body {
    /// Intact lines with an id, file order, each id once.
    pub lines: Vec<Line>,
    /// The events among `lines`, same order.
    pub events: Vec<Event>,
    pub set_aside: Vec<SetAside>,
    pub newer: Vec<NewerLine>,
    /// Where each id is in `lines`, and on which file line.
    index: HashMap<EventId, (usize, usize), BuildHasherDefault<IdHasher>>,
}

/// A cheap hash for event ids, which keeps indexing a million-line save fast.
/// Ids are not chosen by an adversary; the finaliser spreads every input bit
/// over the result, so ids that differ only in a counter do not collide.
#[derive(Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }

    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
}

impl Body {
    pub fn contains(&self, id: &EventId) -> bool {
        self.index.contains_key(id)
    }

    /// Adds an event this process just wrote as line `number`.
    pub fn push_event(&mut self, number: usize, line: Line, event: Event) {
        if self.add(number, line) {
            self.events.push(event);
        }
    }

    fn take(&mut self, number: usize, bytes: &[u8]) {
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => {
                return self.set_aside(
                    number,
                    LineDamage::NotUtf8 {
                        at: e.valid_up_to(),
                    },
                    bytes,
                );
            }
        };
        self.take_text(number, text);
    }

    fn take_text(&mut self, number: usize, text: &str) {
        let text = text.strip_suffix('\r').unwrap_or(text);
        if text.trim().is_empty() {
            return;
        }
        match decode_line(text) {
            Ok(Decoded::Event(event)) => {
                let line = Line {
                    id: event.id,
                    at: event.at,
                    text: text.to_owned(),
                };
                if self.add(number, line) {
                    self.events.push(event);
                }
            }
            Ok(Decoded::Newer { envelope, why }) => {
                self.newer.push(NewerLine {
                    line: number,
                    id: envelope.as_ref().map(|e| e.id),
                    why,
                });
                if let Some(envelope) = envelope {
                    let line = Line {
                        id: envelope.id,
                        at: envelope.at,
                        text: text.to_owned(),
                    };
                    self.add(number, line);
                }
            }
            Err(damage) => self.set_aside(number, damage, text.as_bytes()),
        }
    }

    /// Adds an intact line; false when its id was already there. A repeat with
    /// the same content adds nothing; one with different content is set aside.
    fn add(&mut self, number: usize, line: Line) -> bool {
        if let Some(&(at, first_line)) = self.index.get(&line.id) {
            if self.lines[at].content() != line.content() {
                let damage = LineDamage::DuplicateId {
                    id: line.id,
                    first_line,
                };
                self.set_aside(number, damage, line.text.as_bytes());
            }
            return false;
        }
        self.index.insert(line.id, (self.lines.len(), number));
        self.lines.push(line);
        true
    }

    fn set_aside(&mut self, line: usize, damage: LineDamage, bytes: &[u8]) {
        self.set_aside.push(SetAside {
            line,
            damage,
            bytes: bytes.to_vec(),
        });
    }

    /// Scans `bytes[start..]`, whose first line is line number `first_line`.
    /// Returns how the bytes end, the offset just past the last line end, and
    /// the number of the line after it.
    pub fn scan(&mut self, bytes: &[u8], start: usize, first_line: usize) -> (Tail, usize, usize) {
        let rest = &bytes[start..];
        let complete_len = rest.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let mut number = first_line;
        let count = rest[..complete_len].iter().filter(|&&b| b == b'\n').count();
        self.lines.reserve(count);
        self.events.reserve(count);
        self.index.reserve(count);
        // Valid UTF-8 throughout is the common case and lets the standard
        // library's fast line search do the splitting.
        match std::str::from_utf8(&rest[..complete_len]) {
            Ok(text) => {
                for line in text.split_terminator('\n') {
                    self.take_text(number, line);
                    number += 1;
                }
            }
            Err(_) if complete_len > 0 => {
                for line in rest[..complete_len - 1].split(|&b| b == b'\n') {
                    self.take(number, line);
                    number += 1;
                }
            }
            Err(_) => {}
        }
        let end = start + complete_len;
        let tail = &bytes[end..];
        if tail.is_empty() {
            return (Tail::Clean, end, number);
        }
        let intact = std::str::from_utf8(tail)
            .ok()
            .map(|text| text.strip_suffix('\r').unwrap_or(text))
            .is_some_and(|text| decode_line(text).is_ok());
        if intact {
            self.take(number, tail);
            (Tail::MissingNewline { line: number }, end, number + 1)
        } else {
            (
                Tail::Torn {
                    line: number,
                    start: end,
                },
                end,
                number,
            )
        }
    }
}

/// A whole file, scanned.
#[derive(Clone, Debug)]
pub struct Scanned {
    pub header: Header,
    /// The header line as found, without line end.
    pub header_text: String,
    pub body: Body,
    pub tail: Tail,
    /// Offset just past the last line end.
    pub complete_end: usize,
    pub next_line: usize,
}

pub fn scan_file(bytes: &[u8]) -> Result<Scanned, NotASave> {
    if bytes.is_empty() {
        return Err(NotASave::Empty);
    }
    let header_start = if bytes.starts_with(BOM) { BOM.len() } else { 0 };
    let after_bom = &bytes[header_start..];
    let header_len = after_bom.iter().position(|&b| b == b'\n');
    let header_bytes = &after_bom[..header_len.unwrap_or(after_bom.len())];
    let header_text = std::str::from_utf8(header_bytes)
        .map_err(|_| NotASave::Header("the first line is not UTF-8 text".into()))?;
    let header_text = header_text.strip_suffix('\r').unwrap_or(header_text);
    let header = decode_header(header_text).map_err(NotASave::Header)?;
    let mut body = Body::default();
    let (tail, complete_end, next_line) = match header_len {
        Some(len) => body.scan(bytes, header_start + len + 1, 2),
        None => (Tail::MissingNewline { line: 1 }, bytes.len(), 2),
    };
    Ok(Scanned {
        header,
        header_text: header_text.to_owned(),
        body,
        tail,
        complete_end,
        next_line,
    })
}

#[cfg(test)]
mod tests {
    use std::hash::BuildHasher;

    use super::*;

    #[test]
    fn ids_that_differ_in_one_byte_spread_over_the_low_bits() {
        let hasher = BuildHasherDefault::<IdHasher>::default();
        let buckets: std::collections::HashSet<u64> = (0..4096u128)
            .map(|n| hasher.hash_one(EventId(uuid::Uuid::from_u128(n << 120 | n))) & 0xfff)
            .collect();
        assert!(buckets.len() > 2000, "{} buckets of 4096", buckets.len());
    }
}
