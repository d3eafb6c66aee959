//! `log`, `ack`, `retract` and `amend`: turn what a person typed into one
//! checked event and append it. Every check runs before the append, so a
//! refused command leaves the save byte for byte as it was.

use chrono::{DateTime, FixedOffset};

use crate::cli::args::{
    AckArgs, AmendArgs, CheckInArgs, Common, LogAction, PauseArgs, PromiseArgs, PromiseRef,
    QualityTimeArgs, SupportArgs, SupportChoice,
};
use crate::cli::couple::{Couple, find_event};
use crate::cli::error::{CliResult, fail};
use crate::cli::save::Save;
use crate::cli::time::{not_in_future, now_in, parse_at, parse_date};
use crate::cli::{args::RetractArgs, out};
use trust_garden::garden::effective::retracted;
use trust_garden::journal::{Event, Kind, Partner, SupportKind};

/// A quality-time entry longer than a day is a typo, not a weekend away.
const MAX_MINUTES: u32 = 24 * 60;

/// Who, when and the note, checked against the couple.
struct Entry {
    by: Partner,
    at: DateTime<FixedOffset>,
    note: Option<String>,
}

fn entry(couple: &Couple, by: &str, at: Option<&str>, note: Option<&str>) -> CliResult<Entry> {
    let by = couple.partner_named(by)?;
    let now = now_in(couple.clock.zone);
    let at = match at {
        Some(text) => parse_at(text, couple.clock.zone)?,
        None => now,
    };
    not_in_future(at, now)?;
    let note = note
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_owned);
    Ok(Entry { by, at, note })
}

fn common(couple: &Couple, c: &Common) -> CliResult<Entry> {
    entry(couple, &c.by, c.at.as_deref(), c.note.as_deref())
}

pub fn log(save: &Save, action: &LogAction) -> CliResult<()> {
    let mut journal = save.open()?;
    let events = journal.events();
    let couple = Couple::from_events(events)?;
    let (entry, kind) = match action {
        LogAction::HonestTalk(c) => (common(&couple, c)?, Kind::HonestTalk),
        LogAction::Apology(c) => (common(&couple, c)?, Kind::Apology),
        LogAction::LetItGo(c) => (common(&couple, c)?, Kind::LetItGo),
        LogAction::Kindness(c) => (common(&couple, c)?, Kind::Kindness),
        LogAction::Gratitude(c) => (common(&couple, c)?, Kind::Gratitude),
        LogAction::FeelsOff(c) => (common(&couple, c)?, Kind::FeelsOff),
        LogAction::MovingForward(c) => (common(&couple, c)?, Kind::MovingForward),
        LogAction::CheckIn(args) => check_in(&couple, args)?,
        LogAction::Promise(args) => promise(&couple, args)?,
        LogAction::Kept(args) => promise_outcome(&couple, events, args, true)?,
        LogAction::Broken(args) => promise_outcome(&couple, events, args, false)?,
        LogAction::QualityTime(args) => quality_time(&couple, args)?,
        LogAction::Support(args) => support(&couple, args)?,
        LogAction::Pause(args) => pause(&couple, args)?,
    };
    let id = save.append(&mut journal, entry.by, entry.at, kind, entry.note)?;
    out::println(&id.to_string())
}

fn check_in(couple: &Couple, args: &CheckInArgs) -> CliResult<(Entry, Kind)> {
    if !(1..=5).contains(&args.mood) {
        return Err(fail!(
            "--mood {} is out of range (1 = very low … 5 = very good)",
            args.mood
        ));
    }
    let kind = Kind::CheckIn {
        mood: args.mood,
        calm: !args.tense,
    };
    Ok((common(couple, &args.common)?, kind))
}

fn promise(couple: &Couple, args: &PromiseArgs) -> CliResult<(Entry, Kind)> {
    let entry = common(couple, &args.common)?;
    let text = args.text.trim();
    if text.is_empty() {
        return Err(fail!("--text: say what is promised"));
    }
    let due = args
        .due
        .as_deref()
        .map(|d| parse_date(d, "--due"))
        .transpose()?;
    let made_on = couple.clock.day_of(&entry.at);
    if let Some(due) = due
        && due < made_on
    {
        return Err(fail!(
            "--due {due} is before the promise is made ({made_on})"
        ));
    }
    let kind = Kind::PromiseMade {
        text: text.to_owned(),
        due,
    };
    Ok((entry, kind))
}

fn promise_outcome(
    couple: &Couple,
    events: &[Event],
    args: &PromiseRef,
    kept: bool,
) -> CliResult<(Entry, Kind)> {
    let entry = common(couple, &args.common)?;
    let target = live_target(events, &args.promise, "--promise")?;
    let Kind::PromiseMade { text, .. } = &target.kind else {
        return Err(fail!(
            "--promise {}: event {} is not a promise (it is {})",
            args.promise,
            target.id,
            describe(&target.kind)
        ));
    };
    if target.by != entry.by {
        return Err(fail!(
            "the promise {text:?} was made by {}; only {} can mark it kept or broken",
            couple.name(target.by),
            couple.name(target.by)
        ));
    }
    let gone = retracted(events);
    if let Some(earlier) = events.iter().find(|e| {
        !gone.contains(&e.id)
            && matches!(e.kind, Kind::PromiseKept { promise } | Kind::PromiseBroken { promise } if promise == target.id)
    }) {
        return Err(fail!(
            "the promise {text:?} was already marked {} ({}); retract that first to change it",
            describe(&earlier.kind),
            earlier.id
        ));
    }
    after_target(&entry, target)?;
    let promise = target.id;
    let kind = if kept {
        Kind::PromiseKept { promise }
    } else {
        Kind::PromiseBroken { promise }
    };
    Ok((entry, kind))
}

fn quality_time(couple: &Couple, args: &QualityTimeArgs) -> CliResult<(Entry, Kind)> {
    if args.minutes == 0 || args.minutes > MAX_MINUTES {
        return Err(fail!(
            "--minutes {} is out of range (1 to {MAX_MINUTES})",
            args.minutes
        ));
    }
    let what = args
        .what
        .as_deref()
        .map(str::trim)
        .filter(|w| !w.is_empty());
    let kind = Kind::QualityTime {
        minutes: args.minutes,
        what: what.map(str::to_owned),
    };
    Ok((common(couple, &args.common)?, kind))
}

fn support(couple: &Couple, args: &SupportArgs) -> CliResult<(Entry, Kind)> {
    let kind = match args.kind {
        SupportChoice::Therapy => SupportKind::Therapy,
        SupportChoice::Counselling => SupportKind::Counselling,
        SupportChoice::Book => SupportKind::Book,
        SupportChoice::Other => SupportKind::Other,
    };
    Ok((common(couple, &args.common)?, Kind::Support { kind }))
}

fn pause(couple: &Couple, args: &PauseArgs) -> CliResult<(Entry, Kind)> {
    let from = parse_date(&args.from, "--from")?;
    let to = parse_date(&args.to, "--to")?;
    if to < from {
        return Err(fail!("--to {to} is before --from {from}"));
    }
    Ok((common(couple, &args.common)?, Kind::Pause { from, to }))
}

pub fn ack(save: &Save, args: &AckArgs) -> CliResult<()> {
    let mut journal = save.open()?;
    let events = journal.events();
    let couple = Couple::from_events(events)?;
    let entry = entry(&couple, &args.by, args.at.as_deref(), None)?;
    let target = live_target(events, &args.id, "ID")?;
    if target.kind.action().is_none() || matches!(target.kind, Kind::Acknowledge { .. }) {
        return Err(fail!(
            "event {} is {}, not an action that can be acknowledged",
            target.id,
            describe(&target.kind)
        ));
    }
    if target.by == entry.by {
        return Err(fail!(
            "{} logged this {} themselves; only {} can acknowledge it",
            couple.name(entry.by),
            describe(&target.kind),
            couple.name(entry.by.other())
        ));
    }
    let gone = retracted(events);
    if events.iter().any(|e| {
        e.by == entry.by
            && !gone.contains(&e.id)
            && matches!(e.kind, Kind::Acknowledge { event } if event == target.id)
    }) {
        return Err(fail!(
            "{} already acknowledged event {}",
            couple.name(entry.by),
            target.id
        ));
    }
    after_target(&entry, target)?;
    let kind = Kind::Acknowledge { event: target.id };
    let id = save.append(&mut journal, entry.by, entry.at, kind, None)?;
    out::println(&id.to_string())
}

pub fn retract(save: &Save, args: &RetractArgs) -> CliResult<()> {
    let mut journal = save.open()?;
    let events = journal.events();
    let couple = Couple::from_events(events)?;
    let entry = entry(&couple, &args.by, args.at.as_deref(), None)?;
    let target = live_target(events, &args.id, "ID")?;
    if matches!(target.kind, Kind::Setup { .. }) {
        return Err(fail!(
            "the couple's setup cannot be retracted; it holds your names and time zone"
        ));
    }
    if target.by != entry.by {
        return Err(fail!(
            "event {} was logged by {}; only they can retract it",
            target.id,
            couple.name(target.by)
        ));
    }
    after_target(&entry, target)?;
    let reason = args
        .reason
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty());
    let kind = Kind::Retract {
        event: target.id,
        reason: reason.map(str::to_owned),
    };
    let id = save.append(&mut journal, entry.by, entry.at, kind, None)?;
    out::println(&id.to_string())
}

pub fn amend(save: &Save, args: &AmendArgs) -> CliResult<()> {
    let mut journal = save.open()?;
    let events = journal.events();
    let couple = Couple::from_events(events)?;
    let entry = entry(&couple, &args.by, args.at.as_deref(), None)?;
    let note = args.note.trim();
    if note.is_empty() {
        return Err(fail!("--note: the new note cannot be empty"));
    }
    let target = live_target(events, &args.id, "ID")?;
    if target.kind.action().is_none() && !matches!(target.kind, Kind::Pause { .. }) {
        return Err(fail!(
            "event {} is {}, which has no note to amend",
            target.id,
            describe(&target.kind)
        ));
    }
    if target.by != entry.by {
        return Err(fail!(
            "event {} was logged by {}; only they can amend its note",
            target.id,
            couple.name(target.by)
        ));
    }
    after_target(&entry, target)?;
    let kind = Kind::Amend {
        event: target.id,
        note: note.to_owned(),
    };
    let id = save.append(&mut journal, entry.by, entry.at, kind, None)?;
    out::println(&id.to_string())
}

/// The event an id names, refusing retracted ones.
fn live_target<'a>(events: &'a [Event], typed: &str, flag: &str) -> CliResult<&'a Event> {
    let target = find_event(events, typed).map_err(|e| fail!("{flag}: {e}"))?;
    if retracted(events).contains(&target.id) {
        return Err(fail!("{flag}: event {} was retracted", target.id));
    }
    Ok(target)
}

/// A reply cannot come before what it replies to; replay order depends on it.
fn after_target(entry: &Entry, target: &Event) -> CliResult<()> {
    if entry.at < target.at {
        return Err(fail!(
            "--at {} is before the event it refers to ({}, logged {})",
            entry.at.to_rfc3339(),
            target.id,
            target.at.to_rfc3339()
        ));
    }
    Ok(())
}

/// A few words for an event's kind, for error messages.
pub fn describe(kind: &Kind) -> String {
    match kind.action() {
        Some(action) => action.label().to_lowercase(),
        None => trust_garden::export::kind_name(kind).to_owned(),
    }
}
