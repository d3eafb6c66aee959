//! The inputs each target starts from: valid lines and saves the journal
//! itself writes (every kind of event, notes that need escaping), and the
//! shapes of damage the save format describes (torn tails, missing line ends,
//! repeats, newer-version lines, CRLF, bytes that are not UTF-8).

use trust_garden::journal::{Journal, encode_event};

use crate::events::{self, KINDS};
use crate::{header_line, read, save_in, scratch, setup, with_checksum};

/// The targets, by name, as the loop and the corpus folders call them.
pub const TARGETS: [&str; 3] = ["line", "open", "merge"];

/// The seeds of `target` (`line`, `open` or `merge`).
pub fn for_target(target: &str) -> Vec<Vec<u8>> {
    match target {
        "line" => line(),
        "open" => open(),
        "merge" => merge(),
        _ => Vec::new(),
    }
}

/// Event lines of every kind and note, as the journal writes them.
fn event_lines() -> Vec<String> {
    (0..KINDS * 3)
        .map(|n| {
            let look = n.wrapping_mul(37) % (KINDS * 8);
            let event = events::event(u64::from(n), n.wrapping_mul(11), look);
            setup("encoding a seed event", encode_event(&event))
        })
        .collect()
}

fn payload(line: &str) -> &str {
    line.rsplit_once(" // crc32c=").map_or(line, |(p, _)| p)
}

/// An intact line from a newer version: an event kind this build lacks.
fn newer_line(line: &str) -> String {
    let start = payload(line).find("kind:").unwrap_or(0);
    let end = payload(line)[start..]
        .find(",note:")
        .map_or(payload(line).len() - 1, |i| start + i);
    let text = format!(
        "{}kind:Hug(seconds:20){}",
        &payload(line)[..start],
        &payload(line)[end..]
    );
    String::from_utf8_lossy(&with_checksum(text.as_bytes())).into_owned()
}

fn line() -> Vec<Vec<u8>> {
    let lines = event_lines();
    let mut seeds: Vec<Vec<u8>> = lines.iter().map(|l| l.clone().into_bytes()).collect();
    seeds.push(header_line().into_bytes());
    seeds.push(newer_line(&lines[0]).into_bytes());
    seeds.push(with_checksum(b"(hello:1,from:\"the future\")"));
    seeds.push(format!("{}\r", lines[1]).into_bytes());
    seeds.push(lines[2].replacen("by:", "by :", 1).into_bytes());
    seeds.push(payload(&lines[3]).as_bytes().to_vec());
    seeds.push(Vec::new());
    seeds
}

/// A body after the header: `lines` joined and ended.
fn body(lines: &[&str]) -> Vec<u8> {
    let mut bytes = Vec::new();
    for line in lines {
        bytes.extend_from_slice(line.as_bytes());
        bytes.push(b'\n');
    }
    bytes
}

fn with_control(control: u8, bytes: &[u8]) -> Vec<u8> {
    let mut seed = vec![control];
    seed.extend_from_slice(bytes);
    seed
}

fn open() -> Vec<Vec<u8>> {
    let lines = event_lines();
    let l: Vec<&str> = lines.iter().map(String::as_str).collect();
    let changed = String::from_utf8_lossy(&with_checksum(
        payload(l[1])
            .replacen("(id:", "(note:Some(\"other\"),id:", 1)
            .as_bytes(),
    ))
    .into_owned();
    let newer = newer_line(l[4]);
    let mut seeds = vec![
        with_control(0, b""),
        with_control(0, &body(&l[..6])),
        // Repeats: the same line again, and the same id with other content.
        with_control(0, &body(&[l[0], l[1], l[0], &changed, l[2]])),
        // Blank lines, CRLF, a newer line, damage, a line that is not UTF-8.
        with_control(
            0,
            &body(&[
                l[0],
                "",
                "   ",
                &format!("{}\r", l[1]),
                &newer,
                &l[2].replacen('A', "B", 1),
                "\u{fffd}",
                l[3],
            ]),
        ),
        // A torn last line, and one that lacks only its line end.
        with_control(0, &[body(&l[..2]), l[2].as_bytes()[..30].to_vec()].concat()),
        with_control(0, &[body(&l[..2]), l[2].as_bytes().to_vec()].concat()),
        // Lines whose text was changed: bit 1 makes their checksums match.
        with_control(
            2,
            &body(&[
                &l[0].replacen("2025", "1899", 1),
                &l[1].replacen("+01:00", "+01:00:30", 1),
                &l[2].replacen("by:A", "by:B", 1),
            ]),
        ),
    ];
    let mut not_utf8 = body(&l[..2]);
    not_utf8.extend_from_slice(b"\xff\xfe (id:\n");
    not_utf8.extend_from_slice(&body(&l[2..4]));
    seeds.push(with_control(0, &not_utf8));

    // Whole files: saves the journal writes, a byte-order mark, a newer format.
    let dir = scratch();
    for (n, count) in [0usize, 1, 5, 20].into_iter().enumerate() {
        let events: Vec<_> = (0..count)
            .map(|i| events::event(i as u64, (i * 13) as u8, (i * 7 + n) as u8))
            .collect();
        let path = save_in(dir.path(), &format!("seed-{n}"));
        drop(setup(
            "making a seed save",
            Journal::create_with(&path, &events),
        ));
        seeds.push(with_control(1, &read(&path)));
    }
    let mut save = vec![0xEF, 0xBB, 0xBF];
    save.extend_from_slice(header_line().as_bytes());
    save.extend_from_slice(b"\r\n");
    save.extend_from_slice(&body(&l[..3]));
    seeds.push(with_control(1, &save));
    let newer_format = header_line().replacen("format:1", "format:2", 1);
    let mut save = body(&[&newer_format]);
    save.extend_from_slice(&body(&l[..3]));
    save.extend_from_slice(&l[3].as_bytes()[..20]);
    seeds.push(with_control(3, &save));
    seeds.push(with_control(1, b"not a save\n"));
    seeds
}

fn merge() -> Vec<Vec<u8>> {
    // flags, pool size, then (side, time, look) per event, then damage.
    let pool = |flags: u8, sides: &[u8]| {
        let mut seed = vec![flags, sides.len() as u8 - 1];
        for (i, &side) in sides.iter().enumerate() {
            let i = i as u8;
            seed.extend_from_slice(&[side, i.wrapping_mul(41), i.wrapping_mul(29)]);
        }
        seed
    };
    let everything = [0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 3];
    let mut seeds = vec![
        pool(4, &[0]),
        pool(4, &[0, 1, 2]),
        pool(4, &everything),
        pool(0, &[3, 3, 3]),
        pool(0, &[1, 1, 2, 2]),
    ];
    // Damage: raw bytes, a flipped byte, a repeated line, a cut, a line
    // from the other side, bytes inserted at a line, CRLF, the header.
    let damage: [&[u8]; 9] = [
        &[
            0, 12, b'(', b'i', b'd', b':', b'"', b'x', b'"', b')', b' ', b'/', b'/', b'\n',
        ],
        &[2, 0, 200, 0x20],
        &[4, 1, 5, 1],
        &[6, 20, 7, 9],
        &[9, 2, 8, 1],
        &[10, 0, 5, b'\xff', b'\xfe', b'\n', b'x', b'y'],
        &[12, 1, 0, 13, 2, 1],
        &[14, 3, 1],
        &[4, 0, 3, 2],
    ];
    for (n, ops) in damage.iter().enumerate() {
        let mut seed = pool(4 | (n as u8 % 4), &everything);
        seed.extend_from_slice(ops);
        seeds.push(seed);
    }
    let mut all = pool(7, &everything);
    for ops in damage {
        all.extend_from_slice(ops);
    }
    seeds.push(all);
    seeds
}
