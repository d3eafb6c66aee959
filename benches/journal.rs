//! Save-file speed: open + replay-parse of 1M events against bare `ron`
//! parsing of the same lines (goal <= 1.25x), the same save encrypted
//! against it in plain text (goal <= 1.5x), one fsync'd append against a
//! bare write + fsync of the same bytes (goal <= 1.5x), and merging 50k + 50k
//! events. Criterion measures each; the ratios are printed at the end from
//! side-by-side runs.

use std::fs::{self, OpenOptions};
use std::hint::black_box;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};
use criterion::{BatchSize, Criterion};
use trust_garden::journal::{
    Event, EventId, Header, Journal, Keys, Kind, Line, Partner, SupportKind, encode_event,
    encode_header, merge,
};
use uuid::Uuid;

fn kind_for(n: u64) -> Kind {
    let date = NaiveDate::from_ymd_opt(2025, 3, 1).unwrap();
    match n % 12 {
        0 => Kind::CheckIn {
            mood: (n % 5 + 1) as u8,
            calm: !n.is_multiple_of(3),
        },
        1 => Kind::QualityTime {
            minutes: (n % 120) as u32,
            what: Some("a walk by the river".into()),
        },
        2 => Kind::PromiseMade {
            text: "home by seven".into(),
            due: Some(date),
        },
        3 => Kind::PromiseKept {
            promise: EventId(Uuid::from_u128(u128::from(n) - 1)),
        },
        4 => Kind::Support {
            kind: SupportKind::Therapy,
        },
        5 => Kind::Acknowledge {
            event: EventId(Uuid::from_u128(u128::from(n) - 1)),
        },
        6 => Kind::Kindness,
        7 => Kind::Gratitude,
        8 => Kind::HonestTalk,
        9 => Kind::Apology,
        10 => Kind::LetItGo,
        _ => Kind::Setup {
            partners: ("Sam".into(), "Alex".into()),
            zone: "Europe/Berlin".into(),
            day_start: NaiveTime::from_hms_opt(4, 0, 0).unwrap(),
            hurt: trust_garden::journal::Hurt::NotSaid,
            from_now_on: false,
        },
    }
}

fn sample_event(n: u64, salt: u128) -> Event {
    let start: DateTime<FixedOffset> =
        DateTime::parse_from_rfc3339("2024-01-01T07:30:00+01:00").unwrap();
    Event {
        id: EventId(Uuid::from_u128(
            0x0190_0000_0000_7000_8000_0000_0000_0000 | salt << 64 | u128::from(n),
        )),
        by: if n.is_multiple_of(2) {
            Partner::A
        } else {
            Partner::B
        },
        at: start + chrono::Duration::minutes(n as i64 * 7),
        kind: kind_for(n),
        note: n
            .is_multiple_of(4)
            .then(|| "I felt heard when you asked about my day".to_string()),
    }
}

/// A save file of the garden `header` names with `count` events, written
/// directly (no fsync per line).
fn write_save(path: &Path, header: &Header, count: u64, salt: u128) {
    let mut text = encode_header(header);
    text.push('\n');
    for n in 0..count {
        text.push_str(&encode_event(&sample_event(n, salt)).unwrap());
        text.push('\n');
    }
    fs::write(path, text).unwrap();
}

fn bare_ron_parse(path: &Path) -> Vec<Event> {
    let text = fs::read_to_string(path).unwrap();
    text.lines()
        .skip(1)
        .map(|line| ron::from_str::<Event>(line).unwrap())
        .collect()
}

const PASSPHRASE: &str = "the bench by the river";

fn scratch() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("journal-bench");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// Medians of interleaved runs of `ours` and `bare`, printed with their ratio.
fn side_by_side(
    what: &str,
    goal: f64,
    runs: usize,
    mut ours: impl FnMut(),
    mut bare: impl FnMut(),
) {
    let mut ours_times = Vec::new();
    let mut bare_times = Vec::new();
    for _ in 0..runs {
        let start = Instant::now();
        bare();
        bare_times.push(start.elapsed());
        let start = Instant::now();
        ours();
        ours_times.push(start.elapsed());
    }
    let median = |times: &mut Vec<Duration>| {
        times.sort();
        times[times.len() / 2]
    };
    let (ours, bare) = (median(&mut ours_times), median(&mut bare_times));
    println!(
        "{what}: journal {ours:?}, bare {bare:?}, ratio = {:.3} (goal <= {goal})",
        ours.as_secs_f64() / bare.as_secs_f64()
    );
}

fn main() {
    let dir = scratch();
    let mut criterion = Criterion::default().configure_from_args();

    let million = dir.join("million.ron");
    write_save(&million, &Header::new(), 1_000_000, 0);
    {
        let mut group = criterion.benchmark_group("open 1M events");
        group.sample_size(10);
        group.bench_function("Journal::open", |b| {
            b.iter(|| black_box(Journal::open(&million).unwrap().events().len()))
        });
        group.bench_function("bare ron::from_str", |b| {
            b.iter(|| black_box(bare_ron_parse(&million).len()))
        });
        group.finish();
    }

    // The same save encrypted. A fresh `Keys` each time: every open derives
    // the key from the passphrase (Argon2id, 64 MiB), as a command does.
    let sealed = dir.join("sealed.ron");
    fs::copy(&million, &sealed).unwrap();
    Journal::open(&sealed)
        .unwrap()
        .encrypt(PASSPHRASE, false)
        .unwrap();
    let keys = || Keys::with_passphrase(PASSPHRASE.to_owned().into());
    {
        let mut group = criterion.benchmark_group("open 1M events, encrypted");
        group.sample_size(10);
        group.bench_function("Journal::open_with (key derived, lines opened)", |b| {
            b.iter(|| black_box(Journal::open_with(&sealed, &keys()).unwrap().events().len()))
        });
        group.bench_function("Journal::open (the same save in plain text)", |b| {
            b.iter(|| black_box(Journal::open(&million).unwrap().events().len()))
        });
        group.finish();
    }

    let appends = dir.join("appends.ron");
    let bare_file = dir.join("bare.ron");
    let mut journal = Journal::create(&appends).unwrap();
    let mut bare = OpenOptions::new()
        .create(true)
        .append(true)
        .open(&bare_file)
        .unwrap();
    let mut next = 0u64;
    let mut fresh_event = move || {
        next += 1;
        sample_event(next, 7)
    };
    {
        let mut group = criterion.benchmark_group("append one event");
        group.bench_function("Journal::append (fsync)", |b| {
            b.iter_batched(
                &mut fresh_event,
                |event| journal.append(event).unwrap(),
                BatchSize::SmallInput,
            )
        });
        group.bench_function("bare write_all + fsync", |b| {
            b.iter_batched(
                || {
                    let mut line = encode_event(&sample_event(0, 9)).unwrap();
                    line.push('\n');
                    line
                },
                |line| {
                    bare.write_all(line.as_bytes()).unwrap();
                    bare.sync_data().unwrap();
                },
                BatchSize::SmallInput,
            )
        });
        group.finish();
    }

    let ours_50k = dir.join("ours-50k.ron");
    let theirs_50k = dir.join("theirs-50k.ron");
    // Two devices' copies of one garden: the same header, different entries.
    let garden = Header::new();
    write_save(&ours_50k, &garden, 50_000, 1);
    write_save(&theirs_50k, &garden, 50_000, 2);
    let lines_of = |path: &Path| -> Vec<Line> { Journal::open(path).unwrap().lines().unwrap() };
    let (ours_lines, theirs_lines) = (lines_of(&ours_50k), lines_of(&theirs_50k));
    let merged_path = dir.join("merged.ron");
    {
        let mut group = criterion.benchmark_group("merge 50k + 50k events");
        group.sample_size(10);
        group.bench_function("merge (pure, lines in memory)", |b| {
            b.iter(|| black_box(merge(&ours_lines, &theirs_lines).lines.len()))
        });
        group.bench_function(
            "Journal::merge_from (read, merge, append what is new)",
            |b| {
                b.iter_batched(
                    || {
                        let _ = fs::remove_file(&merged_path);
                        fs::copy(&ours_50k, &merged_path).unwrap();
                        Journal::open(&merged_path).unwrap()
                    },
                    |mut journal| black_box(journal.merge_from(&theirs_50k).unwrap().added),
                    BatchSize::PerIteration,
                )
            },
        );
        group.finish();
    }
    criterion.final_summary();

    println!("\nratios (medians of interleaved runs):");
    side_by_side(
        "open + parse 1M events",
        1.25,
        5,
        || {
            black_box(Journal::open(&million).unwrap().events().len());
        },
        || {
            black_box(bare_ron_parse(&million).len());
        },
    );
    side_by_side(
        "open 1M events encrypted (key derived), against the same save in plain text",
        1.5,
        5,
        || {
            black_box(Journal::open_with(&sealed, &keys()).unwrap().events().len());
        },
        || {
            black_box(Journal::open(&million).unwrap().events().len());
        },
    );
    let known = keys();
    Journal::open_with(&sealed, &known).unwrap();
    side_by_side(
        "open 1M events encrypted (key already derived), against plain text",
        1.5,
        5,
        || {
            black_box(Journal::open_with(&sealed, &known).unwrap().events().len());
        },
        || {
            black_box(Journal::open(&million).unwrap().events().len());
        },
    );
    let mut journal = Journal::open(&appends).unwrap();
    let mut next = 1_000_000u64;
    let line = {
        let mut line = encode_event(&sample_event(0, 9)).unwrap();
        line.push('\n');
        line
    };
    side_by_side(
        "one fsync'd append",
        1.5,
        301,
        || {
            next += 1;
            journal.append(sample_event(next, 8)).unwrap();
        },
        || {
            bare.write_all(line.as_bytes()).unwrap();
            bare.sync_data().unwrap();
        },
    );
    let _ = fs::remove_dir_all(&dir);
}
