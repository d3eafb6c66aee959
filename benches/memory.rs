//! Memory: the peak resident bytes of `status --json` on a 1M-event save, and
//! of `Journal::open` alone, against the save's line bytes (goal <= 2x for
//! `status`). Each is measured in a child process of its own (the real
//! `trust-garden` binary for `status`, this bench run again for `open`), whose
//! peak resident set the kernel reports when it is reaped (`wait4`), so the
//! figures are the whole process: code, stack, allocator slack and all.
//!
//! `cargo bench --no-default-features --bench memory`. Linux only (it reads
//! the kernel's figures); elsewhere it says so and stops.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use chrono::{Days, NaiveDate};
use trust_garden::journal::Journal;
use trust_garden::sample::{DemoCouple, demo_events};

const EVENTS: usize = 1_000_000;
/// The sample couple logs about 7.6 events a day.
const DAYS: u32 = 140_000;
/// Set in a child run of this bench: the save it opens.
const OPEN_CHILD: &str = "TRUST_GARDEN_MEMORY_OPEN";
/// Set in a child run of this bench: the save it writes (`EVENTS` events,
/// or just the setup when it ends in `small.ron`).
const WRITE_CHILD: &str = "TRUST_GARDEN_MEMORY_WRITE";

fn main() {
    if let Ok(save) = env::var(OPEN_CHILD) {
        let journal = Journal::open(Path::new(&save)).expect("the save opens");
        println!("{}", journal.events().len());
        return;
    }
    if let Ok(save) = env::var(WRITE_CHILD) {
        write_save(Path::new(&save));
        return;
    }
    if !cfg!(target_os = "linux") {
        println!("memory bench: needs Linux (the kernel's peak resident set); skipped");
        return;
    }
    // `cargo bench` passes `--bench`; a filter that names another bench skips this one.
    let filters: Vec<String> = env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    if !filters.is_empty() && !filters.iter().any(|f| "memory".contains(f.as_str())) {
        return;
    }

    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("memory-bench");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    let me = env::current_exe().unwrap();
    // The saves are written by a child: a process's peak resident set counts
    // its parent's at the moment it starts, so this one stays small.
    let (save, small) = (dir.join("million.ron"), dir.join("small.ron"));
    let write = |path: &Path| {
        let output = Command::new(&me).env(WRITE_CHILD, path).output().unwrap();
        assert!(output.status.success(), "writing {}", path.display());
        String::from_utf8(output.stdout).unwrap().trim().to_owned()
    };
    let day_after = write(&save);
    write(&small);
    let line_bytes = fs::metadata(&save).unwrap().len();

    let cli = env!("CARGO_BIN_EXE_trust-garden");
    let at = format!("{day_after} 23:00");
    let status = |save: &Path| {
        let mut command = Command::new(cli);
        command
            .arg("--save")
            .arg(save)
            .args(["status", "--json", "--at", &at]);
        peak_of(command)
    };
    let open = |save: &Path| {
        let mut command = Command::new(&me);
        command.env(OPEN_CHILD, save);
        peak_of(command)
    };
    let status_peak = status(&save);
    let open_peak = open(&save);
    // What the same processes take before any event to speak of.
    let (status_base, open_base) = (status(&small), open(&small));
    let mb = |bytes: u64| bytes as f64 / 1e6;
    let ratio = |bytes: u64| bytes as f64 / line_bytes as f64;
    println!(
        "save: {EVENTS} events, {:.1} MB of lines ({:.0} bytes a line)",
        mb(line_bytes),
        line_bytes as f64 / EVENTS as f64
    );
    println!(
        "status on 1M events: peak {:.1} MB = {:.2}x the line bytes (goal <= 2x); \
         journal open alone {:.1} MB = {:.2}x",
        mb(status_peak),
        ratio(status_peak),
        mb(open_peak),
        ratio(open_peak)
    );
    println!(
        "  the same processes on a one-event save: status {:.1} MB, open {:.1} MB",
        mb(status_base),
        mb(open_base),
    );
    let _ = fs::remove_dir_all(&dir);
}

/// Writes the sample couple's first `EVENTS` events (or only the setup, for
/// `small.ron`) and prints the day after the last one.
fn write_save(path: &Path) {
    let first_day = NaiveDate::from_ymd_opt(1971, 1, 1).unwrap();
    let (days, count) = if path.ends_with("small.ron") {
        (1, 1)
    } else {
        (DAYS, EVENTS)
    };
    let mut events = demo_events(&DemoCouple::default(), first_day, days, 1);
    assert!(events.len() >= count, "{days} days are too few");
    events.truncate(count);
    let last = events.last().unwrap().at.date_naive();
    Journal::create_with(path, &events).unwrap();
    println!("{}", last.checked_add_days(Days::new(1)).unwrap());
}

#[cfg(not(target_os = "linux"))]
fn peak_of(_: Command) -> u64 {
    unreachable!("main stops first elsewhere")
}

/// Runs `command` to its end and returns its peak resident set in bytes.
#[cfg(target_os = "linux")]
// The child is reaped by `wait4`, which `Child::wait` cannot stand in for: it
// does not say how much memory the child took.
#[allow(clippy::zombie_processes)]
fn peak_of(mut command: Command) -> u64 {
    let child = command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: `rusage` is plain data the kernel fills in; `wait4` reaps our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(reaped, pid, "wait4: {}", std::io::Error::last_os_error());
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "{command:?} failed ({status})"
    );
    // Linux reports kilobytes.
    usage.ru_maxrss as u64 * 1024
}
