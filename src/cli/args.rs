//! The command-line contract (clap derive). Names and flags here are what
//! users and tests rely on; change them only additively.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use trust_garden::i18n::Lang;

#[derive(Debug, Parser)]
#[command(
    name = "trust-garden",
    version,
    about = "A shared garden that a couple grows by logging the small actions that rebuild trust",
    after_help = "With no command, opens the garden app (when built with the `app` feature)."
)]
pub struct Cli {
    /// The save file (default: the platform data directory, e.g. ~/.local/share/trust-garden/garden.ron).
    #[arg(long, global = true, env = "TRUST_GARDEN_SAVE", value_name = "PATH")]
    pub save: Option<PathBuf>,

    /// Read chapters from this folder instead of the ones built in.
    #[arg(long, global = true, value_name = "DIR")]
    pub levels: Option<PathBuf>,

    /// For an encrypted save: a file holding its passphrase (its first line).
    /// Or set TRUST_GARDEN_PASSPHRASE. Never given as an argument, where
    /// other users of the machine could read it.
    #[arg(long, global = true, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,

    /// The language to speak: en, de or es (default: LC_ALL, LC_MESSAGES
    /// or LANG, then English).
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<Lang>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start a new garden for two partners (refuses to overwrite a save).
    Init(InitArgs),
    /// Log an action; prints the new event's id.
    Log(LogArgs),
    /// "I saw this, and it mattered": acknowledge the other partner's action.
    Ack(AckArgs),
    /// Undo a mistaken entry (the log keeps it; it stops counting).
    Retract(RetractArgs),
    /// Replace the note of an earlier entry.
    Amend(AmendArgs),
    /// Say again who was hurt; it takes effect once the other partner
    /// acknowledges the entry (`ack ID`).
    Roles(RolesArgs),
    /// Change the couple's time zone or the hour their day starts, from now
    /// on (after a move, say); the days before stay as they were.
    Clock(ClockArgs),
    /// Give a partner a new name.
    Rename(RenameArgs),
    /// Find time zones by a few letters of a city or region ("berl", "new york").
    Zones(ZonesArgs),
    /// How the garden is doing.
    Status(StatusArgs),
    /// What was logged, by whom, and who saw it.
    History(HistoryArgs),
    /// Check the save file; exit 1 and list the problems if there are any.
    Verify(VerifyArgs),
    /// Erase the note of one's own entry for good, from every file.
    Erase(EraseArgs),
    /// Entries two devices hold in different versions, not settled yet.
    Conflicts,
    /// Say which version of one's own entry stands, on both devices.
    Settle(SettleArgs),
    /// Merge other copies of the save (e.g. the partner's device) into this one.
    Merge(MergeArgs),
    /// Export the log.
    Export(ExportArgs),
    /// A summary of our weeks to bring to counselling, as one HTML page.
    Summary(SummaryArgs),
    /// Encrypt the save (and the files kept beside it) with a passphrase.
    Encrypt(EncryptArgs),
    /// Write an encrypted save (and the files beside it) in plain text again.
    Decrypt,
    /// Write a sample couple's history into a new save.
    Demo(DemoArgs),
    /// Chapter (level) files.
    Levels(LevelsArgs),
    /// Open the garden app.
    Play(PlayArgs),
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The two partners' names.
    #[arg(long, num_args = 2, value_names = ["NAME", "NAME"], required = true)]
    pub partners: Vec<String>,
    /// IANA time zone (default: the TZ variable or /etc/localtime, else UTC).
    #[arg(long, value_name = "IANA")]
    pub tz: Option<String>,
    /// Local time at which the couple's day starts.
    #[arg(long, value_name = "HH:MM", default_value = "00:00")]
    pub day_starts: String,
    /// Who was hurt: one partner's name, `both`, or `unsaid` ("we'd rather
    /// not say", treated as both).
    #[arg(long, value_name = "NAME|both|unsaid", default_value = "both")]
    pub hurt: String,
    /// Encrypt the new save with the passphrase given (--passphrase-file or
    /// TRUST_GARDEN_PASSPHRASE).
    #[arg(long)]
    pub encrypt: bool,
}

#[derive(Debug, Args)]
pub struct EncryptArgs {
    /// Remove the lines beside the save that cannot be encrypted (lines cut
    /// short by a crash, damaged lines) instead of refusing.
    #[arg(long)]
    pub discard_unreadable: bool,
}

#[derive(Debug, Args)]
pub struct RolesArgs {
    /// Who was hurt: one partner's name, `both`, or `unsaid`.
    #[arg(long, value_name = "NAME|both|unsaid")]
    pub hurt: String,
    /// Who says so.
    #[arg(long, value_name = "NAME")]
    pub by: String,
}

#[derive(Debug, Args)]
pub struct ClockArgs {
    /// The new IANA time zone, any case (default: keep the one the garden has);
    /// `trust-garden zones CITY` finds it.
    #[arg(long, value_name = "IANA")]
    pub tz: Option<String>,
    /// The new local time at which the couple's day starts (default: keep it).
    #[arg(long, value_name = "HH:MM")]
    pub day_starts: Option<String>,
    /// Who changes it (either partner).
    #[arg(long, value_name = "NAME")]
    pub by: String,
}

#[derive(Debug, Args)]
pub struct RenameArgs {
    /// The partner's name now.
    #[arg(long, value_name = "NAME")]
    pub partner: String,
    /// The new name.
    #[arg(long, value_name = "NAME")]
    pub to: String,
    /// Who renames (either partner).
    #[arg(long, value_name = "NAME")]
    pub by: String,
}

#[derive(Debug, Args)]
pub struct ZonesArgs {
    /// Letters of a city or region, any case, accents optional (none: every zone).
    #[arg(value_name = "QUERY", default_value = "")]
    pub query: String,
    /// Show at most this many.
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub limit: usize,
}

/// Options every logged action shares.
#[derive(Debug, Args)]
pub struct Common {
    /// Who did it (a partner's name, any case).
    #[arg(long, value_name = "NAME")]
    pub by: String,
    /// When it happened: RFC 3339, or `YYYY-MM-DD HH:MM` in the couple's zone (default: now).
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// Free text, e.g. "I felt … when …".
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    #[command(subcommand)]
    pub action: LogAction,
}

#[derive(Debug, Subcommand)]
pub enum LogAction {
    /// We discussed what happened and why.
    HonestTalk(Common),
    /// A calm check-in: mood 1-5.
    CheckIn(CheckInArgs),
    /// A promise made.
    Promise(PromiseArgs),
    /// A promise kept.
    Kept(PromiseRef),
    /// A promise broken, honestly admitted.
    Broken(PromiseRef),
    /// Time together.
    QualityTime(QualityTimeArgs),
    /// A sincere apology (counts fully once the other partner acknowledges it).
    Apology(Common),
    /// Couples therapy, counselling, a book read together.
    Support(SupportArgs),
    /// Chose not to fight about a small thing.
    LetItGo(Common),
    /// An act of care.
    Kindness(Common),
    /// Gratitude, or a memory of why we are together.
    Gratitude(Common),
    /// Something feels off, said calmly.
    FeelsOff(Common),
    /// The hurt partner is ready to move past it.
    MovingForward(Common),
    /// Illness, travel: freeze decay and streaks over these days.
    Pause(PauseArgs),
}

#[derive(Debug, Args)]
pub struct CheckInArgs {
    #[command(flatten)]
    pub common: Common,
    /// 1 (very low) to 5 (very good).
    #[arg(long, value_name = "N")]
    pub mood: u8,
    /// The talk was calm (the default).
    #[arg(long, conflicts_with = "tense")]
    pub calm: bool,
    /// The talk was tense.
    #[arg(long)]
    pub tense: bool,
}

#[derive(Debug, Args)]
pub struct PromiseArgs {
    #[command(flatten)]
    pub common: Common,
    /// What was promised.
    #[arg(long, value_name = "TEXT")]
    pub text: String,
    /// When it is due (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub due: Option<String>,
}

#[derive(Debug, Args)]
pub struct PromiseRef {
    #[command(flatten)]
    pub common: Common,
    /// The promise's id (or a unique start or end of it).
    #[arg(long, value_name = "ID")]
    pub promise: String,
}

#[derive(Debug, Args)]
pub struct QualityTimeArgs {
    #[command(flatten)]
    pub common: Common,
    #[arg(long, value_name = "N")]
    pub minutes: u32,
    /// What you did (dinner, a walk, a night in).
    #[arg(long, value_name = "TEXT")]
    pub what: Option<String>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum SupportChoice {
    Therapy,
    Counselling,
    Book,
    Other,
}

#[derive(Debug, Args)]
pub struct SupportArgs {
    #[command(flatten)]
    pub common: Common,
    #[arg(long, value_enum, default_value = "other")]
    pub kind: SupportChoice,
}

#[derive(Debug, Args)]
pub struct PauseArgs {
    #[command(flatten)]
    pub common: Common,
    /// First paused day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub from: String,
    /// Last paused day, inclusive (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub to: String,
}

#[derive(Debug, Args)]
pub struct AckArgs {
    /// The event's id (or a unique start or end of it).
    pub id: String,
    #[arg(long, value_name = "NAME")]
    pub by: String,
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
}

#[derive(Debug, Args)]
pub struct RetractArgs {
    pub id: String,
    #[arg(long, value_name = "NAME")]
    pub by: String,
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
}

#[derive(Debug, Args)]
pub struct AmendArgs {
    pub id: String,
    #[arg(long, value_name = "NAME")]
    pub by: String,
    /// The new note.
    #[arg(long, value_name = "TEXT")]
    pub note: String,
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Show the garden as it was at this time.
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// One JSON object instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    #[arg(long)]
    pub json: bool,
    /// Only the latest N entries.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
}

#[derive(Debug, Args)]
pub struct EraseArgs {
    /// The entry (or the amendment, or the retraction) whose words go.
    pub id: String,
    #[arg(long, value_name = "NAME")]
    pub by: String,
}

#[derive(Debug, Args)]
pub struct SettleArgs {
    /// The entry's id (or a unique start of it), as `conflicts` lists it.
    pub id: String,
    /// Which version stands: the one this save holds, or the other one.
    #[arg(long, value_enum)]
    pub keep: Version,
    #[arg(long, value_name = "NAME")]
    pub by: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Version {
    This,
    Other,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Rebuild a damaged first line (the header), keeping every other line
    /// as it is; its log id comes from a copy of this garden when one is found.
    #[arg(long)]
    pub repair: bool,
    /// A copy of this garden (the partner's save) to take the first line
    /// from; copies beside the save are looked at too.
    #[arg(long, value_name = "FILE", requires = "repair")]
    pub from: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// Other save files to merge in.
    #[arg(required = true, value_name = "OTHER")]
    pub others: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Comma-separated values, one event per row (the only format for now).
    #[arg(long, required = true)]
    pub csv: bool,
    /// Write to this file instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Export an encrypted save anyway: the CSV is plain text, every note in it.
    #[arg(long)]
    pub plain_text: bool,
}

#[derive(Debug, Args)]
pub struct SummaryArgs {
    /// The first day (YYYY-MM-DD); four weeks before --to unless given.
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// The last day (YYYY-MM-DD); today unless given.
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Include the couple's notes (left out unless asked for).
    #[arg(long)]
    pub with_notes: bool,
    /// Write to this file instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Make it from an encrypted save anyway: the page is plain text.
    #[arg(long)]
    pub plain_text: bool,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// How many days of history, ending today.
    #[arg(long, value_name = "N")]
    pub days: u32,
    /// The same seed gives the same history.
    #[arg(long, value_name = "S", default_value_t = 1)]
    pub seed: u64,
    /// The sample couple's names.
    #[arg(long, num_args = 2, value_names = ["NAME", "NAME"])]
    pub partners: Option<Vec<String>>,
    /// The sample couple's IANA time zone.
    #[arg(long, value_name = "IANA", default_value = "Europe/London")]
    pub tz: String,
}

#[derive(Debug, Args)]
pub struct LevelsArgs {
    #[command(subcommand)]
    pub command: LevelsCommand,
}

#[derive(Debug, Subcommand)]
pub enum LevelsCommand {
    /// Validate a folder of chapter files; exit 1 and list each problem on its own line.
    Check {
        #[arg(value_name = "DIR")]
        dir: PathBuf,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Screen {
    Garden,
    Log,
    History,
    Journey,
    Stats,
    Settings,
    Welcome,
}

impl Screen {
    #[cfg_attr(not(feature = "app"), allow(dead_code))]
    pub fn name(self) -> &'static str {
        match self {
            Screen::Garden => "garden",
            Screen::Log => "log",
            Screen::History => "history",
            Screen::Journey => "journey",
            Screen::Stats => "stats",
            Screen::Settings => "settings",
            Screen::Welcome => "welcome",
        }
    }
}

#[derive(Debug, Default, Args)]
pub struct PlayArgs {
    /// Render one frame to this PNG and exit.
    #[arg(long, value_name = "OUT.png")]
    pub screenshot: Option<PathBuf>,
    /// The screen to open on.
    #[arg(long, value_enum)]
    pub screen: Option<Screen>,
    /// Show the garden as it was at this time.
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// Phone-sized window and layout.
    #[arg(long)]
    pub phone: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn check_in_flags_parse() {
        let cli = Cli::try_parse_from([
            "trust-garden",
            "log",
            "check-in",
            "--by",
            "sam",
            "--mood",
            "4",
            "--tense",
        ])
        .unwrap();
        let Some(Command::Log(LogArgs {
            action: LogAction::CheckIn(args),
        })) = cli.command
        else {
            panic!("parsed {cli:?}");
        };
        assert_eq!(args.mood, 4);
        assert!(args.tense && !args.calm);
        assert_eq!(args.common.by, "sam");
    }

    #[test]
    fn calm_and_tense_together_are_refused() {
        let parsed = Cli::try_parse_from([
            "trust-garden",
            "log",
            "check-in",
            "--by",
            "sam",
            "--mood",
            "4",
            "--tense",
            "--calm",
        ]);
        assert!(parsed.is_err());
    }

    #[test]
    fn init_takes_exactly_two_partners() {
        assert!(Cli::try_parse_from(["trust-garden", "init", "--partners", "A"]).is_err());
        let cli = Cli::try_parse_from(["trust-garden", "init", "--partners", "A", "B"]).unwrap();
        let Some(Command::Init(init)) = cli.command else {
            panic!("parsed {cli:?}");
        };
        assert_eq!(init.partners, ["A", "B"]);
    }
}
