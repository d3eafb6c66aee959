//! `log`, `ack`, `retract` and `amend`: turn what a person typed into one
//! request, let the command layer check it (the same rules as the app), and
//! append the event it gives. A refused request leaves the save byte for
//! byte as it was.

use chrono::Utc;

use crate::cli::args::{
    AckArgs, AmendArgs, CheckInArgs, Common, LogAction, PauseArgs, PromiseArgs, PromiseRef,
    RetractArgs, RolesArgs, SupportArgs, SupportChoice,
};
use crate::cli::couple::{find_event, hurt_named, partner_named, set_up};
use crate::cli::error::{CliResult, fail};
use crate::cli::out;
use crate::cli::save::{Save, journal_error};
use crate::cli::time::{parse_at_on, parse_date};
use trust_garden::actions::{Command, When, decide};
use trust_garden::garden::Ledger;
use trust_garden::journal::{Kind, SupportKind};

/// Opens the save, resolves it, decides and appends; prints the new id.
fn run(
    save: &Save,
    by: &str,
    at: Option<&str>,
    request: impl FnOnce(&Ledger, When) -> CliResult<Command>,
) -> CliResult<()> {
    let mut journal = save.open()?;
    let ledger = Ledger::from_events(journal.events().iter().cloned());
    set_up(&ledger)?;
    let by = partner_named(&ledger, by)?;
    let when = match at {
        Some(text) => When::At(parse_at_on(text, &ledger.couple().clock)?),
        None => When::Now,
    };
    let command = request(&ledger, when)?;
    let event = decide(&command, &ledger, by, Utc::now()).map_err(|why| fail!("{why}"))?;
    let id = event.id;
    journal.append(event).map_err(journal_error)?;
    out::println(&id.to_string())
}

fn action(kind: Kind, common: &Common) -> impl FnOnce(&Ledger, When) -> CliResult<Command> {
    let note = common.note.clone();
    move |_, when| Ok(Command::Log { kind, when, note })
}

pub fn log(save: &Save, what: &LogAction) -> CliResult<()> {
    let plain = |kind: Kind, c: &Common| run(save, &c.by, c.at.as_deref(), action(kind, c));
    match what {
        LogAction::HonestTalk(c) => plain(Kind::HonestTalk, c),
        LogAction::Apology(c) => plain(Kind::Apology, c),
        LogAction::LetItGo(c) => plain(Kind::LetItGo, c),
        LogAction::Kindness(c) => plain(Kind::Kindness, c),
        LogAction::Gratitude(c) => plain(Kind::Gratitude, c),
        LogAction::FeelsOff(c) => plain(Kind::FeelsOff, c),
        LogAction::MovingForward(c) => plain(Kind::MovingForward, c),
        LogAction::CheckIn(args) => check_in(save, args),
        LogAction::Promise(args) => promise(save, args),
        LogAction::Kept(args) => promise_outcome(save, args, true),
        LogAction::Broken(args) => promise_outcome(save, args, false),
        LogAction::QualityTime(args) => plain(
            Kind::QualityTime {
                minutes: args.minutes,
                what: args.what.clone(),
            },
            &args.common,
        ),
        LogAction::Support(args) => support(save, args),
        LogAction::Pause(args) => pause(save, args),
    }
}

fn check_in(save: &Save, args: &CheckInArgs) -> CliResult<()> {
    let kind = Kind::CheckIn {
        mood: args.mood,
        calm: !args.tense,
    };
    let c = &args.common;
    run(save, &c.by, c.at.as_deref(), action(kind, c))
}

fn promise(save: &Save, args: &PromiseArgs) -> CliResult<()> {
    let due = args
        .due
        .as_deref()
        .map(|d| parse_date(d, "--due"))
        .transpose()?;
    let kind = Kind::PromiseMade {
        text: args.text.clone(),
        due,
    };
    let c = &args.common;
    run(save, &c.by, c.at.as_deref(), action(kind, c))
}

fn promise_outcome(save: &Save, args: &PromiseRef, kept: bool) -> CliResult<()> {
    let c = &args.common;
    let note = c.note.clone();
    run(save, &c.by, c.at.as_deref(), |ledger, when| {
        let promise = find_event(ledger.events(), &args.promise)
            .map_err(|e| fail!("--promise: {e}"))?
            .id;
        let kind = if kept {
            Kind::PromiseKept { promise }
        } else {
            Kind::PromiseBroken { promise }
        };
        Ok(Command::Log { kind, when, note })
    })
}

fn support(save: &Save, args: &SupportArgs) -> CliResult<()> {
    let kind = match args.kind {
        SupportChoice::Therapy => SupportKind::Therapy,
        SupportChoice::Counselling => SupportKind::Counselling,
        SupportChoice::Book => SupportKind::Book,
        SupportChoice::Other => SupportKind::Other,
    };
    let c = &args.common;
    run(
        save,
        &c.by,
        c.at.as_deref(),
        action(Kind::Support { kind }, c),
    )
}

fn pause(save: &Save, args: &PauseArgs) -> CliResult<()> {
    let kind = Kind::Pause {
        from: parse_date(&args.from, "--from")?,
        to: parse_date(&args.to, "--to")?,
    };
    let c = &args.common;
    run(save, &c.by, c.at.as_deref(), action(kind, c))
}

pub fn ack(save: &Save, args: &AckArgs) -> CliResult<()> {
    run(save, &args.by, args.at.as_deref(), |ledger, when| {
        let entry = find_event(ledger.events(), &args.id)?.id;
        Ok(Command::Acknowledge { entry, when })
    })
}

pub fn retract(save: &Save, args: &RetractArgs) -> CliResult<()> {
    run(save, &args.by, args.at.as_deref(), |ledger, when| {
        let entry = find_event(ledger.events(), &args.id)?.id;
        Ok(Command::Retract {
            entry,
            reason: args.reason.clone(),
            when,
        })
    })
}

pub fn roles(save: &Save, args: &RolesArgs) -> CliResult<()> {
    run(save, &args.by, None, |ledger, when| {
        let names = &ledger.couple().names;
        let hurt = hurt_named([&names[0], &names[1]], &args.hurt)?;
        Ok(Command::Roles { hurt, when })
    })
}

pub fn erase(save: &Save, args: &crate::cli::args::EraseArgs) -> CliResult<()> {
    run(save, &args.by, None, |ledger, when| {
        let entry = find_event(ledger.events(), &args.id)?.id;
        Ok(Command::Erase { entry, when })
    })
}

pub fn amend(save: &Save, args: &AmendArgs) -> CliResult<()> {
    run(save, &args.by, args.at.as_deref(), |ledger, when| {
        let entry = find_event(ledger.events(), &args.id)?.id;
        Ok(Command::Amend {
            entry,
            note: args.note.clone(),
            when,
        })
    })
}
