//! A small mutator for the stable loop: a seeded xorshift generator and
//! byte- and line-level edits that know the save format a little (tokens of
//! its RON, checksums that can be made to match again, line ends).

use crate::rechecksum;

/// xorshift64*: small, fast, and the same sequence for the same seed everywhere.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        // Never zero, and nearby seeds start far apart.
        let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
        rng.next_u64();
        rng
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }

    /// True once in `n` times.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        (!items.is_empty()).then(|| &items[self.below(items.len())])
    }
}

/// Pieces of the format worth inserting or swapping in.
pub const TOKENS: &[&str] = &[
    "(",
    ")",
    ",",
    ":",
    "\"",
    "\\",
    "\\\"",
    "\\n",
    "\\u{1F331}",
    "\\u{110000}",
    "\\x7f",
    "Some(",
    "None",
    "()",
    "[",
    "]",
    "{",
    "}",
    "id:\"",
    "by:A",
    "by:B",
    "by:C",
    "at:\"",
    "kind:",
    "note:",
    "note:Some(\"",
    "Kindness",
    "HonestTalk",
    "CheckIn(mood:",
    "calm:true",
    "calm:false",
    "Setup(partners:(\"",
    "zone:\"",
    "day_start:\"",
    "04:30:00",
    "hurt:",
    "One(A)",
    "Both",
    "NotSaid",
    "PromiseMade(text:\"",
    "due:Some(\"",
    "2025-03-01",
    "Pause(from:\"",
    "to:\"",
    "Retract(event:\"",
    "reason:",
    "Amend(event:\"",
    "Roles(hurt:",
    "QualityTime(minutes:",
    "what:",
    "Support(kind:",
    "Therapy",
    "Hug(seconds:20)",
    "T",
    "Z",
    "z",
    " ",
    "+",
    "-",
    "+01:00",
    "-05:30",
    "+14:00",
    "+23:59",
    "-23:59:59",
    "+01:00:30",
    ":60",
    ".123456789",
    ".5",
    ",5",
    "9999",
    "+10000",
    "-0001",
    "+262143",
    "1899",
    "2201",
    "00",
    " // crc32c=",
    "00000000",
    "ffffffff",
    "\r",
    "\n",
    "\r\n",
    "\t",
    "\u{feff}",
    "\u{0}",
    "\u{2028}",
    "TrustGarden(format:",
    "log:\"",
    "format:2",
    "format:4294967296",
    "01950000-0000-7000-8000-000000000001",
    "01950000-0000-7000-8000-000000000002",
    "01950000000070008000000000000001",
    "/*",
    "*/",
    "//",
    "#![enable(implicit_some)]",
    "#![enable(unwrap_newtypes)]",
    "r#\"",
    "\"#",
    "b\"",
    "'",
    "1e9",
    "0x10",
    "true",
    "false",
];

/// Numbers at the edges of fields: moods, minutes, years, offsets, formats.
const NUMBERS: &[&str] = &[
    "0",
    "1",
    "9",
    "59",
    "60",
    "61",
    "99",
    "255",
    "256",
    "1899",
    "1900",
    "2200",
    "2201",
    "9999",
    "10000",
    "65536",
    "262144",
    "2147483648",
    "4294967295",
    "4294967296",
    "18446744073709551616",
    "-1",
];

/// The `(start, end)` of each line of `bytes` (end without the line end).
fn lines(bytes: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    while at <= bytes.len() {
        let end = bytes[at..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |i| at + i);
        out.push((at, end));
        at = end + 1;
    }
    out
}

/// One to eight stacked edits of `input`; `corpus` gives lines and tails to splice in.
pub fn mutate(input: &[u8], corpus: &[Vec<u8>], rng: &mut Rng, max_len: usize) -> Vec<u8> {
    let mut out = input.to_vec();
    let edits = if rng.one_in(4) {
        1 + rng.below(8)
    } else {
        1 + rng.below(3)
    };
    for _ in 0..edits {
        edit(&mut out, corpus, rng);
    }
    out.truncate(max_len);
    out
}

fn edit(out: &mut Vec<u8>, corpus: &[Vec<u8>], rng: &mut Rng) {
    let len = out.len();
    match rng.below(17) {
        0 if len > 0 => {
            let at = rng.below(len);
            out[at] ^= 1 << rng.below(8);
        }
        1 if len > 0 => {
            let at = rng.below(len);
            out[at] = rng.next_u64() as u8;
        }
        2 => {
            let at = rng.below(len + 1);
            let n = 1 + rng.below(4);
            let bytes: Vec<u8> = (0..n).map(|_| rng.next_u64() as u8).collect();
            out.splice(at..at, bytes);
        }
        3 | 4 => {
            let at = rng.below(len + 1);
            let token = rng.pick(TOKENS).copied().unwrap_or_default();
            out.splice(at..at, token.bytes());
        }
        5 if len > 0 => {
            let at = rng.below(len);
            let n = (1 + rng.below(16)).min(len - at);
            out.drain(at..at + n);
        }
        6 => out.truncate(rng.below(len + 1)),
        7 => {
            // Repeat a line somewhere else.
            let all = lines(out);
            if let (Some(&(s, e)), Some(&(at, _))) = (rng.pick(&all), rng.pick(&all)) {
                let mut line = out[s..e].to_vec();
                line.push(b'\n');
                out.splice(at..at, line);
            }
        }
        8 => {
            // A line of another input, at a line start.
            let all = lines(out);
            let other = rng.pick(corpus).cloned().unwrap_or_default();
            let theirs = lines(&other);
            if let (Some(&(s, e)), Some(&(at, _))) = (rng.pick(&theirs), rng.pick(&all)) {
                let mut line = other[s..e].to_vec();
                line.push(b'\n');
                out.splice(at..at, line);
            }
        }
        9 => {
            // Drop or swap lines.
            let all = lines(out);
            if let (Some(&(s1, e1)), Some(&(s2, e2))) = (rng.pick(&all), rng.pick(&all)) {
                if rng.one_in(2) || s1 == s2 {
                    out.drain(s1..(e1 + 1).min(out.len()));
                } else {
                    let (first, second) = if s1 < s2 {
                        ((s1, e1), (s2, e2))
                    } else {
                        ((s2, e2), (s1, e1))
                    };
                    let a = out[first.0..first.1].to_vec();
                    let b = out[second.0..second.1].to_vec();
                    out.splice(second.0..second.1, a);
                    out.splice(first.0..first.1, b);
                }
            }
        }
        10..=12 => {
            // Make one line's checksum match its (mutated) text again.
            let all = lines(out);
            if let Some(&(s, e)) = rng.pick(&all) {
                let fixed = rechecksum(&out[s..e]);
                out.splice(s..e, fixed);
            }
        }
        13 => {
            // A run of digits becomes a number at some edge.
            let digits: Vec<usize> = (0..len).filter(|&i| out[i].is_ascii_digit()).collect();
            if let Some(&at) = rng.pick(&digits) {
                let end = (at..len).find(|&i| !out[i].is_ascii_digit()).unwrap_or(len);
                let number = rng.pick(NUMBERS).copied().unwrap_or("0");
                out.splice(at..end, number.bytes());
            }
        }
        14 => {
            // Line ends: add a `\r`, or join two lines.
            let ends: Vec<usize> = (0..len).filter(|&i| out[i] == b'\n').collect();
            if let Some(&at) = rng.pick(&ends) {
                if rng.one_in(2) {
                    out.insert(at, b'\r');
                } else {
                    out.remove(at);
                }
            }
        }
        15 => {
            // Cross over: this input's start, another's end.
            if let Some(other) = rng.pick(corpus) {
                let cut = rng.below(len + 1);
                let from = rng.below(other.len() + 1);
                out.truncate(cut);
                out.extend_from_slice(&other[from..]);
            }
        }
        _ => {
            // Swap one token of the format for another.
            let token = rng.pick(TOKENS).copied().unwrap_or_default();
            let with = rng.pick(TOKENS).copied().unwrap_or_default();
            if let Some(at) = find(out, token.as_bytes()) {
                out.splice(at..at + token.len(), with.bytes());
            }
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || needle.len() > haystack.len() {
        return None;
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}
