//! The command line: parse, run one command, report. Each command lives in
//! its own file; this one only dispatches and turns errors into `error: …`.

mod args;
mod conflicts;
mod couple;
mod demo;
mod encrypt;
mod error;
mod export;
mod history;
mod init;
mod levels;
mod log;
mod merge;
mod out;
mod passphrase;
mod play;
mod save;
mod save_path;
mod settings;
mod status;
mod summary;
mod time;

use std::process::ExitCode;
use trust_garden::t;

use clap::Parser;

use trust_garden::i18n;

use args::{Cli, Command, LevelsCommand, PlayArgs};
use error::{CliResult, EXIT_ERROR};
use save::Save;

pub fn main() -> ExitCode {
    quiet_panics();
    let cli = Cli::parse();
    let env = |name: &str| std::env::var(name).ok();
    i18n::set(cli.lang.or_else(|| i18n::from_env(env)).unwrap_or_default());
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{}", t!("cli-error", message = e.to_string()));
            ExitCode::from(EXIT_ERROR as u8)
        }
    }
}

fn run(cli: Cli) -> CliResult<ExitCode> {
    let path = save_path::resolve(cli.save)?;
    let keys = passphrase::keys(cli.passphrase_file.as_deref())?;
    let save = Save::new(path, keys);
    let levels = cli.levels.as_deref();
    let done = |result: CliResult<()>| result.map(|()| ExitCode::SUCCESS);
    let code = |result: CliResult<i32>| result.map(|c| ExitCode::from(c as u8));
    match cli.command {
        None => play::play(save, cli.levels, cli.lang, &PlayArgs::default()),
        Some(Command::Play(args)) => play::play(save, cli.levels, cli.lang, &args),
        Some(Command::Init(args)) => done(init::init(&save, &args)),
        Some(Command::Log(args)) => done(log::log(&save, &args.action)),
        Some(Command::Ack(args)) => done(log::ack(&save, &args)),
        Some(Command::Retract(args)) => done(log::retract(&save, &args)),
        Some(Command::Amend(args)) => done(log::amend(&save, &args)),
        Some(Command::Roles(args)) => done(log::roles(&save, &args)),
        Some(Command::Clock(args)) => done(settings::clock(&save, &args)),
        Some(Command::Rename(args)) => done(settings::rename(&save, &args)),
        Some(Command::Zones(args)) => done(settings::zones(&args)),
        Some(Command::Status(args)) => done(status::status(&save, levels, &args)),
        Some(Command::History(args)) => done(history::history(&save, &args)),
        Some(Command::Verify(args)) => code(merge::verify(&save, &args)),
        Some(Command::Erase(args)) => done(log::erase(&save, &args)),
        Some(Command::Conflicts) => code(conflicts::list(&save)),
        Some(Command::Settle(args)) => done(conflicts::settle(&save, &args)),
        Some(Command::Merge(args)) => code(merge::merge(&save, &args.others)),
        Some(Command::Export(args)) => done(export::export(&save, &args)),
        Some(Command::Summary(args)) => done(summary::summary(&save, levels, &args)),
        Some(Command::Encrypt(args)) => done(encrypt::encrypt(&save, &args)),
        Some(Command::Decrypt) => done(encrypt::decrypt(&save)),
        Some(Command::Demo(args)) => done(demo::demo(&save, &args)),
        Some(Command::Levels(args)) => match args.command {
            LevelsCommand::Check { dir } => code(levels::check(&dir)),
        },
    }
}

/// A panic is a bug, but the user still gets one `error:` line, not a backtrace.
/// With `TRUST_GARDEN_DEBUG` set, the default hook (and its backtrace) stays.
fn quiet_panics() {
    if std::env::var_os("TRUST_GARDEN_DEBUG").is_some() {
        return;
    }
    std::panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown".to_owned());
        let place = info
            .location()
            .map(|l| t!("cli-internal-error-place", file = l.file(), line = l.line()))
            .unwrap_or_default();
        eprintln!(
            "{}",
            t!("cli-internal-error", place = place, message = message)
        );
    }));
}
