//! Garden speed on a 10-year log (about 8 actions a day for 3650 days): a full
//! replay; the garden on a random past day from the timeline against a full
//! replay to that day (goal <= 0.25x and under 16 ms); and `apply` throughput
//! when a year of events arrives one by one; the seven chapters' progress. The
//! ratio is printed at the end.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{DateTime, Days, NaiveDate, Utc};
use criterion::{BatchSize, Criterion, Throughput};
use trust_garden::garden::chapters::{JourneyTracker, journey};
use trust_garden::garden::synthetic::synthetic_log;
use trust_garden::garden::{Ledger, SpeciesRules, Timeline, garden_and_trust, replay};
use trust_garden::journal::{Event, Kind, Partner};
use trust_garden::sample::{DemoCouple, demo_events};

const YEARS_DAYS: u32 = 3650;

/// A deterministic spread of past days.
fn random_days(first: NaiveDate, span: u64, count: usize) -> Vec<NaiveDate> {
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    (0..count)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            first + Days::new(state % span)
        })
        .collect()
}

fn end_of(timeline: &Timeline, day: NaiveDate) -> DateTime<Utc> {
    let clock = timeline.ledger().couple().clock.clone();
    clock.start_of(day + Days::new(1)) - chrono::Duration::nanoseconds(1)
}

fn mean_time(runs: usize, mut f: impl FnMut(usize)) -> Duration {
    let start = Instant::now();
    for n in 0..runs {
        f(n);
    }
    start.elapsed() / runs as u32
}

fn main() {
    let start = NaiveDate::from_ymd_opt(2016, 1, 1).unwrap();
    let log: Vec<Event> = synthetic_log(start, YEARS_DAYS, 7);
    let now = (start + Days::new(u64::from(YEARS_DAYS)))
        .and_hms_opt(12, 0, 0)
        .unwrap()
        .and_utc();
    println!("10-year log: {} events over {YEARS_DAYS} days", log.len());
    let timeline = Timeline::from_events(log.clone());
    let today = timeline.ledger().couple().clock.day_of(&now);
    let span = (today - timeline.first_day(now)).num_days() as u64;
    let days = random_days(timeline.first_day(now), span, 64);
    let ends: Vec<DateTime<Utc>> = days.iter().map(|d| end_of(&timeline, *d)).collect();

    let mut criterion = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    {
        let mut group = criterion.benchmark_group("garden 10-year log");
        group.bench_function("replay (now)", |b| {
            b.iter(|| black_box(replay(&log, now).trust))
        });
        let mut n = 0;
        group.bench_function("replay to a random past day", |b| {
            b.iter(|| {
                n = (n + 1) % ends.len();
                black_box(replay(&log, ends[n]).trust)
            })
        });
        let mut n = 0;
        group.bench_function("Timeline::garden_on a random past day", |b| {
            b.iter(|| {
                n = (n + 1) % days.len();
                black_box(timeline.garden_on(days[n], now).trust)
            })
        });
        group.bench_function("Timeline::from_events", |b| {
            b.iter(|| black_box(Timeline::from_events(log.clone()).first_day(now)))
        });
        group.finish();
    }

    // The last year arrives one event at a time on top of nine years.
    let cut = start + Days::new(u64::from(YEARS_DAYS - 365));
    let (old, last_year): (Vec<Event>, Vec<Event>) =
        log.iter().cloned().partition(|e| e.at.date_naive() < cut);
    let nine_years = Timeline::from_events(old);
    {
        let mut group = criterion.benchmark_group("apply");
        group.throughput(Throughput::Elements(last_year.len() as u64));
        group.bench_function("a year of events, one by one", |b| {
            b.iter_batched(
                || nine_years.clone(),
                |mut replayer| {
                    for e in &last_year {
                        replayer.apply(e.clone());
                    }
                    replayer
                },
                BatchSize::LargeInput,
            )
        });
        group.finish();
        // The app recomputes the seven chapters once per new entry, not per frame.
        let chapters = trust_garden::garden::chapters::embedded();
        let mut group = criterion.benchmark_group("chapters 10-year log");
        group.bench_function("journey (now)", |b| {
            // With the garden's real trust, as the chapters wait for it.
            let timeline = Timeline::from_events(log.clone());
            b.iter(|| black_box(journey(&chapters, timeline.ledger(), &timeline, now).current))
        });
        group.finish();
    }

    // Logging one action in the app on the 10-year demo save: the entry is
    // applied to the ledger, the garden and the chapters, against building
    // all three again from the log (what the app did before).
    let demo = demo_events(&DemoCouple::default(), start, YEARS_DAYS, 7);
    let demo_now = now;
    let chapters = trust_garden::garden::chapters::embedded();
    let mut timeline = Timeline::from_events(demo.clone());
    let mut tracker = JourneyTracker::new(chapters.clone());
    tracker.journey(timeline.ledger(), &timeline, demo_now);
    let mut k = 0i64;
    let mut log_one = || {
        k += 1;
        let at = demo_now + chrono::Duration::minutes(k * 7);
        let by = if k % 2 == 0 { Partner::A } else { Partner::B };
        let change = timeline.apply(Event::new(by, at.fixed_offset(), Kind::Kindness, None));
        tracker.changed(timeline.ledger(), change);
        let garden = timeline.garden(at);
        let journey = tracker.journey(timeline.ledger(), &timeline, at);
        black_box((garden.trust, journey.current));
    };
    let rebuild = || {
        let ledger = Ledger::from_events(demo.clone());
        let (garden, trust) = garden_and_trust(&SpeciesRules::embedded(), &ledger, demo_now);
        let journey = journey(&chapters, &ledger, &trust, demo_now);
        black_box((garden.trust, journey.current));
    };
    {
        let mut group = criterion.benchmark_group("log one action, 10-year demo save");
        group.bench_function("apply to ledger + garden + chapters", |b| {
            b.iter(&mut log_one)
        });
        group.bench_function("rebuild ledger + garden + chapters", |b| b.iter(rebuild));
        group.finish();
    }
    let incremental = mean_time(200, |_| log_one());
    let from_scratch = mean_time(10, |_| rebuild());
    println!(
        "log one action on the 10-year demo save ({} events): apply {incremental:?}, \
         rebuild {from_scratch:?}, ratio {:.4}x (goal <= 0.05x and < 2 ms)",
        demo.len(),
        incremental.as_secs_f64() / from_scratch.as_secs_f64()
    );

    let runs = 64;
    let full = mean_time(runs, |n| {
        black_box(replay(&log, ends[n % ends.len()]).trust);
    });
    let past = mean_time(runs * 100, |n| {
        black_box(timeline.garden_on(days[n % days.len()], now).trust);
    });
    let ratio = past.as_secs_f64() / full.as_secs_f64();
    println!(
        "garden on a random past day: timeline {past:?}, full replay {full:?}, ratio {ratio:.5}x \
         (goal <= 0.25x and < 16 ms)"
    );
}
