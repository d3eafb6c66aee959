//! `fuzz-loop`: the fuzz targets of `trust_garden_fuzz` on stable Rust,
//! without libFuzzer. Per target it runs the seeds, then inputs made by the
//! built-in mutator from the seeds and from every input that made the
//! journal do something new (the targets' signatures), until the time or
//! the count is spent. A panic is a finding: the input goes to
//! `fuzz/artifacts/<target>/crash-<hash>`, and the loop exits with status 1.
//!
//! ```text
//! fuzz-loop [--seconds N | --iterations N] [--seed S] [--target line,open,merge]
//! fuzz-loop --target T --replay FILE...   # run saved inputs (artifacts, corpus files)
//! fuzz-loop --write-corpus                # the seeds into fuzz/corpus/<target>/, for cargo fuzz
//! ```

use std::cell::RefCell;
use std::collections::HashSet;
use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use trust_garden_fuzz::mutate::{Rng, mutate};
use trust_garden_fuzz::seeds::{self, TARGETS};

const USAGE: &str = "\
usage: fuzz-loop [--seconds N | --iterations N] [--seed S] [--target NAMES]
                 [--artifacts DIR] [--keep-current]
       fuzz-loop --target NAME --replay FILE...
       fuzz-loop --write-corpus [--corpus DIR]
  --seconds N      run each target for N seconds (default 30)
  --iterations N   run each target N times instead
  --seed S         the mutator's seed (printed at start; a run with the same
                   seed and build makes the same inputs)
  --target NAMES   comma-separated, of: line, open, merge (default all)
  --artifacts DIR  where failing inputs go (default fuzz/artifacts)
  --keep-current   write each input to <artifacts>/<target>/current before
                   running it, to keep the input of a crash that aborts
  --replay FILE    run the target on saved inputs and report each
  --write-corpus   write the seeds to <corpus>/<target>/ (default fuzz/corpus)";

type Target = fn(&[u8]) -> u64;

fn target(name: &str) -> Option<Target> {
    match name {
        "line" => Some(trust_garden_fuzz::line),
        "open" => Some(trust_garden_fuzz::open),
        "merge" => Some(trust_garden_fuzz::merge),
        _ => None,
    }
}

/// Longest input the mutator makes for a target.
fn max_len(name: &str) -> usize {
    match name {
        "line" => 2048,
        "merge" => 1024,
        _ => 8192,
    }
}

/// How many inputs a target's corpus keeps (seeds stay; later ones are replaced).
const CORPUS_CAP: usize = 1024;

enum Budget {
    Seconds(f64),
    Iterations(u64),
}

struct Options {
    budget: Budget,
    seed: u64,
    targets: Vec<String>,
    artifacts: PathBuf,
    corpus: PathBuf,
    keep_current: bool,
    replay: Vec<PathBuf>,
    write_corpus: bool,
}

fn fuzz_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn parse() -> Result<Options, String> {
    let mut options = Options {
        budget: Budget::Seconds(30.0),
        seed: SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64)
            ^ u64::from(std::process::id()) << 32,
        targets: TARGETS.iter().map(|t| t.to_string()).collect(),
        artifacts: fuzz_dir().join("artifacts"),
        corpus: fuzz_dir().join("corpus"),
        keep_current: false,
        replay: Vec::new(),
        write_corpus: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--seconds" => {
                let seconds: f64 = value()?.parse().map_err(|e| format!("--seconds: {e}"))?;
                options.budget = Budget::Seconds(seconds);
            }
            "--iterations" => {
                let count = value()?.parse().map_err(|e| format!("--iterations: {e}"))?;
                options.budget = Budget::Iterations(count);
            }
            "--seed" => options.seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--target" => {
                options.targets = value()?.split(',').map(str::to_owned).collect();
                if let Some(bad) = options.targets.iter().find(|t| target(t).is_none()) {
                    return Err(format!("no target {bad:?}; there are {TARGETS:?}"));
                }
            }
            "--artifacts" => options.artifacts = value()?.into(),
            "--corpus" => options.corpus = value()?.into(),
            "--keep-current" => options.keep_current = true,
            "--replay" => {
                options.replay.push(value()?.into());
                options.replay.extend(args.by_ref().map(PathBuf::from));
            }
            "--write-corpus" => options.write_corpus = true,
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(options)
}

/// FNV-1a, for file names and per-target seeds.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

thread_local! {
    /// Where and why the last panic happened, as the panic hook saw it.
    static LAST_PANIC: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Panics are expected here: keep each one's message and place quietly
/// instead of printing it; the loop reports the finding itself.
fn quiet_panics() {
    panic::set_hook(Box::new(|info| {
        LAST_PANIC.with(|last| *last.borrow_mut() = info.to_string());
    }));
}

fn run(target: Target, input: &[u8]) -> Result<u64, String> {
    panic::catch_unwind(AssertUnwindSafe(|| target(input)))
        .map_err(|_| LAST_PANIC.with(|last| last.take()))
}

fn write_artifact(dir: &Path, name: &str, kind: &str, input: &[u8]) -> std::io::Result<PathBuf> {
    let folder = dir.join(name);
    fs::create_dir_all(&folder)?;
    let path = folder.join(format!("{kind}-{:016x}", fnv(input)));
    fs::write(&path, input)?;
    Ok(path)
}

fn replay(options: &Options) -> ExitCode {
    let [name] = options.targets.as_slice() else {
        eprintln!("--replay needs one --target");
        return ExitCode::from(2);
    };
    let Some(target) = target(name) else {
        return ExitCode::from(2);
    };
    let mut failed = 0;
    for path in &options.replay {
        let input = match fs::read(path) {
            Ok(input) => input,
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                return ExitCode::from(2);
            }
        };
        match run(target, &input) {
            Ok(_) => println!("{}: ok", path.display()),
            Err(message) => {
                failed += 1;
                println!("{}: FAILED: {message}", path.display());
            }
        }
    }
    println!("{} passed, {failed} failed", options.replay.len() - failed);
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn write_corpus(options: &Options) -> ExitCode {
    for name in &options.targets {
        let folder = options.corpus.join(name);
        let seeds = seeds::for_target(name);
        let written = fs::create_dir_all(&folder).and_then(|()| {
            seeds.iter().try_for_each(|seed| {
                fs::write(folder.join(format!("seed-{:016x}", fnv(seed))), seed)
            })
        });
        if let Err(e) = written {
            eprintln!("{}: {e}", folder.display());
            return ExitCode::from(2);
        }
        println!("{}: {} seeds", folder.display(), seeds.len());
    }
    ExitCode::SUCCESS
}

/// Fuzzes one target; `Err` is the finding, already reported.
fn fuzz(options: &Options, name: &str) -> Result<(), ()> {
    let Some(target) = target(name) else {
        return Err(());
    };
    let mut rng = Rng::new(options.seed ^ fnv(name.as_bytes()));
    let seeds = seeds::for_target(name);
    let mut corpus = seeds.clone();
    let mut behaviours = HashSet::new();
    let current = options.artifacts.join(name).join("current");
    if options.keep_current
        && let Err(e) = fs::create_dir_all(options.artifacts.join(name))
    {
        eprintln!("{}: {e}", options.artifacts.display());
        return Err(());
    }
    let started = Instant::now();
    let mut report_at = Duration::from_secs(10);
    let mut iterations: u64 = 0;
    loop {
        let done = match options.budget {
            Budget::Seconds(s) => started.elapsed().as_secs_f64() >= s,
            Budget::Iterations(n) => iterations >= n,
        };
        if done {
            break;
        }
        let input = match usize::try_from(iterations).ok().and_then(|i| seeds.get(i)) {
            Some(seed) => seed.clone(),
            None => {
                let base = rng.pick(&corpus).cloned().unwrap_or_default();
                mutate(&base, &corpus, &mut rng, max_len(name))
            }
        };
        if options.keep_current {
            let _ = fs::write(&current, &input);
        }
        match run(target, &input) {
            Ok(signature) => {
                if behaviours.insert(signature) && iterations >= seeds.len() as u64 {
                    if corpus.len() < CORPUS_CAP {
                        corpus.push(input);
                    } else {
                        let at = seeds.len() + rng.below(CORPUS_CAP - seeds.len());
                        corpus[at] = input;
                    }
                }
            }
            Err(message) => {
                eprintln!("\nFINDING in target `{name}` at iteration {iterations}: {message}");
                match write_artifact(&options.artifacts, name, "crash", &input) {
                    Ok(path) => eprintln!(
                        "input: {}\nreproduce: cargo run --manifest-path fuzz/Cargo.toml --bin fuzz-loop -- \
                         --target {name} --replay {}",
                        path.display(),
                        path.display()
                    ),
                    Err(e) => eprintln!("could not write the input: {e}"),
                }
                eprintln!(
                    "or: cargo run --manifest-path fuzz/Cargo.toml --bin fuzz-loop -- \
                     --target {name} --seed {} --iterations {}",
                    options.seed,
                    iterations + 1
                );
                return Err(());
            }
        }
        iterations += 1;
        if started.elapsed() >= report_at {
            println!("  {name}: {iterations} iterations so far");
            report_at += Duration::from_secs(10);
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{name:>5}: {iterations} iterations in {seconds:.1} s ({:.0}/s), {} behaviours, corpus {}",
        iterations as f64 / seconds.max(1e-9),
        behaviours.len(),
        corpus.len()
    );
    if options.keep_current {
        let _ = fs::remove_file(&current);
    }
    Ok(())
}

fn main() -> ExitCode {
    let options = match parse() {
        Ok(options) => options,
        Err(why) => {
            if !why.is_empty() {
                eprintln!("fuzz-loop: {why}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    quiet_panics();
    if !options.replay.is_empty() {
        return replay(&options);
    }
    if options.write_corpus {
        return write_corpus(&options);
    }
    let budget = match options.budget {
        Budget::Seconds(s) => format!("{s} s"),
        Budget::Iterations(n) => format!("{n} iterations"),
    };
    println!(
        "fuzz-loop: seed {} ({budget} per target; reproduce with --seed {})",
        options.seed, options.seed
    );
    for name in &options.targets {
        if fuzz(&options, name).is_err() {
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
