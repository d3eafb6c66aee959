//! Integration tests: app. The logic plugins run without a window
//! (`MinimalPlugins` + `StatesPlugin`), driven through the same messages the
//! UI sends.

use std::path::{Path, PathBuf};

use bevy::prelude::*;
use chrono::{DateTime, NaiveTime, Utc};
use trust_garden::app::device::{DeviceSettings, device_id, settings_path};
use trust_garden::app::{
    AppOptions, Command, GardenMode, GardenState, Journal, Notices, Screen, When, headless_app,
};
use trust_garden::journal::{Action, Kind, Partner};

fn moment() -> DateTime<Utc> {
    "2026-05-04T18:30:00Z".parse().unwrap()
}

fn start(save: &Path, screen: Option<&str>) -> App {
    start_on_device(save, screen, &device_dir_of(save))
}

/// This install's own folder, outside the save's.
fn device_dir_of(save: &Path) -> PathBuf {
    save.parent().unwrap().join("this-install")
}

fn start_on_device(save: &Path, screen: Option<&str>, device_dir: &Path) -> App {
    let mut app = headless_app(AppOptions {
        save: save.to_path_buf(),
        at: Some(moment()),
        screen: screen.map(str::to_owned),
        device_dir: Some(device_dir.to_path_buf()),
        ..AppOptions::default()
    });
    settle(&mut app);
    app
}

fn settle(app: &mut App) {
    for _ in 0..3 {
        app.update();
    }
}

fn send(app: &mut App, command: Command) {
    app.world_mut().write_message(command);
    settle(app);
}

fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

/// The garden's mode, or `None` away from the garden.
fn garden_mode(app: &App) -> Option<GardenMode> {
    app.world()
        .get_resource::<State<GardenMode>>()
        .map(|mode| *mode.get())
}

/// Asks for a state the way a system would, with a command.
fn go<S: bevy::state::state::FreelyMutableState>(app: &mut App, to: S) {
    app.world_mut().commands().set_state(to);
    app.world_mut().flush();
    settle(app);
}

fn count(app: &App, action: Action) -> [u32; 2] {
    let state = app.world().resource::<GardenState>();
    state
        .garden
        .counts
        .get(&action)
        .copied()
        .unwrap_or_default()
}

fn set_up(app: &mut App) {
    send(
        app,
        Command::Record(trust_garden::actions::Command::Setup {
            names: ("Ana".into(), "Ben".into()),
            zone: "Europe/Berlin".into(),
            day_start: NaiveTime::from_hms_opt(4, 0, 0).unwrap(),
            hurt: trust_garden::journal::Hurt::One(trust_garden::journal::Partner::B),
        }),
    );
}

fn log(app: &mut App, kind: Kind) {
    send(
        app,
        Command::Record(trust_garden::actions::Command::Log {
            kind,
            note: None,
            when: When::Now,
        }),
    );
}

/// An app on a new save in `dir`, past the welcome screen.
fn set_up_in(dir: &tempfile::TempDir) -> (PathBuf, App) {
    let save = save_in(dir);
    let mut app = start(&save, None);
    set_up(&mut app);
    (save, app)
}

/// The id of the newest entry in the app's journal.
fn last_id(app: &App) -> trust_garden::journal::EventId {
    app.world()
        .resource::<Journal>()
        .events()
        .last()
        .expect("an entry")
        .id
}

fn save_in(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("garden.ron")
}

#[test]
fn first_run_welcomes_then_setup_leads_to_the_garden() {
    let dir = tempfile::tempdir().unwrap();
    let save = save_in(&dir);
    let mut app = start(&save, None);
    assert_eq!(screen(&app), Screen::Welcome);
    assert!(
        !save.exists(),
        "nothing is written before the couple sets up"
    );
    set_up(&mut app);
    assert_eq!(screen(&app), Screen::Garden);
    assert_eq!(
        app.world().resource::<GardenState>().garden.partners,
        ["Ana".to_owned(), "Ben".to_owned()]
    );
    assert!(save.exists());
}

#[test]
fn logging_appends_to_the_journal_and_grows_the_garden() {
    let dir = tempfile::tempdir().unwrap();
    let (save, mut app) = set_up_in(&dir);
    let before = std::fs::read_to_string(&save).unwrap().lines().count();
    assert_eq!(count(&app, Action::CheckIn), [0, 0]);
    log(
        &mut app,
        Kind::CheckIn {
            mood: 4,
            calm: true,
        },
    );
    assert_eq!(count(&app, Action::CheckIn), [1, 0]);
    let journal = app.world().resource::<Journal>();
    assert!(matches!(
        journal.events().last().unwrap().kind,
        Kind::CheckIn {
            mood: 4,
            calm: true
        }
    ));
    let after = std::fs::read_to_string(&save).unwrap().lines().count();
    assert_eq!(after, before + 1, "one line appended to the save");
}

#[test]
fn the_start_screen_and_navigation_follow_the_state() {
    let dir = tempfile::tempdir().unwrap();
    let (save, app) = set_up_in(&dir);
    drop(app);
    let mut app = start(&save, Some("history"));
    assert_eq!(screen(&app), Screen::History);
    app.world_mut()
        .resource_mut::<NextState<Screen>>()
        .set(Screen::Stats);
    settle(&mut app);
    assert_eq!(screen(&app), Screen::Stats);
    // A set-up save never shows the welcome screen on its own.
    let app = start(&save, None);
    assert_eq!(screen(&app), Screen::Garden);
}

#[test]
fn the_log_sheet_is_a_mode_of_the_garden_that_every_visit_starts_without() {
    let dir = tempfile::tempdir().unwrap();
    let (save, app) = set_up_in(&dir);
    assert_eq!(garden_mode(&app), Some(GardenMode::Looking));
    drop(app);
    // `--screen log` opens the garden with the sheet open.
    let mut app = start(&save, Some("log"));
    assert_eq!(screen(&app), Screen::Garden);
    assert_eq!(garden_mode(&app), Some(GardenMode::Logging));
    go(&mut app, GardenMode::Looking);
    assert_eq!(garden_mode(&app), Some(GardenMode::Looking));
    go(&mut app, GardenMode::Logging);
    assert_eq!(screen(&app), Screen::Garden);
    assert_eq!(garden_mode(&app), Some(GardenMode::Logging));
    // Another tab ends the mode, and asking for the sheet there does nothing.
    go(&mut app, Screen::History);
    assert_eq!(garden_mode(&app), None);
    go(&mut app, GardenMode::Logging);
    assert_eq!(garden_mode(&app), None);
    go(&mut app, Screen::Garden);
    assert_eq!(garden_mode(&app), Some(GardenMode::Looking));
}

#[test]
fn the_acting_partner_is_remembered_per_device() {
    let dir = tempfile::tempdir().unwrap();
    let (save, mut app) = set_up_in(&dir);
    app.world_mut().resource_mut::<DeviceSettings>().acting = Partner::B;
    settle(&mut app);
    log(&mut app, Kind::Kindness);
    assert_eq!(
        count(&app, Action::Kindness),
        [0, 1],
        "logged as the partner holding the device"
    );
    let file = settings_path(&save, &device_id(&device_dir_of(&save)).unwrap());
    assert!(
        file.exists(),
        "settings saved beside the save: {}",
        file.display()
    );
    assert!(
        file.file_name()
            .unwrap()
            .to_string_lossy()
            .contains(".device-")
    );
    drop(app);
    let app = start(&save, None);
    assert_eq!(app.world().resource::<DeviceSettings>().acting, Partner::B);
    let log_text = std::fs::read_to_string(&save).unwrap();
    assert!(
        !log_text.contains("acting"),
        "the choice never enters the shared log"
    );
}

#[test]
fn two_devices_with_one_host_name_keep_their_own_partner() {
    // Every Android phone is "localhost": the settings file is named after
    // a random id each install makes once, never after the host.
    let dir = tempfile::tempdir().unwrap();
    let (save, mut sams) = set_up_in(&dir);
    sams.world_mut().resource_mut::<DeviceSettings>().acting = Partner::A;
    settle(&mut sams);
    let alexs_phone = dir.path().join("alexs-install");
    let mut alexs = start_on_device(&save, None, &alexs_phone);
    alexs.world_mut().resource_mut::<DeviceSettings>().acting = Partner::B;
    settle(&mut alexs);
    drop((sams, alexs));

    let sams = start(&save, None);
    let alexs = start_on_device(&save, None, &alexs_phone);
    assert_eq!(sams.world().resource::<DeviceSettings>().acting, Partner::A);
    assert_eq!(
        alexs.world().resource::<DeviceSettings>().acting,
        Partner::B
    );
    let ids = [
        device_id(&device_dir_of(&save)).unwrap(),
        device_id(&alexs_phone).unwrap(),
    ];
    assert_ne!(ids[0], ids[1]);
    assert_eq!(device_id(&alexs_phone).unwrap(), ids[1], "made once, kept");
}

#[test]
fn retracting_from_history_undoes_the_effect_but_keeps_the_entry() {
    let dir = tempfile::tempdir().unwrap();
    let (_save, mut app) = set_up_in(&dir);
    log(&mut app, Kind::Gratitude);
    assert_eq!(count(&app, Action::Gratitude), [1, 0]);
    let id = last_id(&app);
    send(&mut app, Command::retract(id));
    assert_eq!(count(&app, Action::Gratitude), [0, 0]);
    let journal = app.world().resource::<Journal>();
    assert!(
        journal.events().iter().any(|e| e.id == id),
        "the retracted entry is still in the log"
    );
    assert!(
        matches!(journal.events().last().unwrap().kind, Kind::Retract { event, .. } if event == id)
    );
}

#[test]
fn only_the_other_partner_can_acknowledge() {
    let dir = tempfile::tempdir().unwrap();
    let (_save, mut app) = set_up_in(&dir);
    log(&mut app, Kind::Apology);
    let id = last_id(&app);
    let len = app.world().resource::<Journal>().events().len();
    send(&mut app, Command::acknowledge(id));
    assert_eq!(
        app.world().resource::<Journal>().events().len(),
        len,
        "own entry not acknowledged"
    );
    assert!(
        app.world()
            .resource::<Notices>()
            .items
            .iter()
            .any(|n| n.problem)
    );
    app.world_mut().resource_mut::<DeviceSettings>().acting = Partner::B;
    send(&mut app, Command::acknowledge(id));
    let journal = app.world().resource::<Journal>();
    assert!(
        matches!(journal.events().last().unwrap().kind, Kind::Acknowledge { event } if event == id)
    );
}

#[test]
fn restarting_from_the_same_file_gives_the_same_garden() {
    let dir = tempfile::tempdir().unwrap();
    let (save, mut app) = set_up_in(&dir);
    for kind in [
        Kind::HonestTalk,
        Kind::CheckIn {
            mood: 3,
            calm: true,
        },
        Kind::QualityTime {
            minutes: 60,
            what: None,
        },
    ] {
        log(&mut app, kind);
    }
    app.world_mut().resource_mut::<DeviceSettings>().acting = Partner::B;
    log(&mut app, Kind::LetItGo);
    let before = app.world().resource::<GardenState>().garden.clone();
    drop(app);
    let app = start(&save, None);
    let after = &app.world().resource::<GardenState>().garden;
    assert_eq!(&before, after);
}

#[test]
fn a_file_that_is_not_a_save_is_reported_and_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let save = save_in(&dir);
    std::fs::write(&save, "my shopping list\n").unwrap();
    let mut app = start(&save, None);
    assert!(app.world().resource::<Journal>().unreadable.is_some());
    assert!(
        app.world()
            .resource::<Notices>()
            .items
            .iter()
            .any(|n| n.problem)
    );
    assert_ne!(
        screen(&app),
        Screen::Welcome,
        "no setup offered over a file it cannot read"
    );
    log(&mut app, Kind::Kindness);
    assert_eq!(
        std::fs::read_to_string(&save).unwrap(),
        "my shopping list\n"
    );
    assert_eq!(count(&app, Action::Kindness), [0, 0]);
}

#[test]
fn a_damaged_line_is_set_aside_with_a_notice_and_the_rest_still_counts() {
    let dir = tempfile::tempdir().unwrap();
    let (save, mut app) = set_up_in(&dir);
    log(&mut app, Kind::Kindness);
    log(&mut app, Kind::Gratitude);
    drop(app);
    // Flip a byte inside the kindness line (header, setup, kindness, gratitude).
    let text = std::fs::read_to_string(&save).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let line = lines.iter().position(|l| l.contains("Kindness")).unwrap();
    lines[line] = lines[line].replacen("Kindness", "Kindnexx", 1);
    std::fs::write(&save, lines.join("\n") + "\n").unwrap();
    let mut app = start(&save, None);
    let notices = &app.world().resource::<Notices>().items;
    assert!(
        notices
            .iter()
            .any(|n| n.problem && n.text.contains("set aside")),
        "{notices:?}"
    );
    assert_eq!(count(&app, Action::Kindness), [0, 0]);
    assert_eq!(count(&app, Action::Gratitude), [1, 0]);
    log(&mut app, Kind::LetItGo);
    assert_eq!(
        count(&app, Action::LetItGo),
        [1, 0],
        "the save still takes new entries"
    );
    assert!(
        std::fs::read_to_string(&save).unwrap().contains("Kindnexx"),
        "the damaged line is kept"
    );
}

#[test]
fn a_damaged_device_file_gives_defaults_and_is_kept_aside_on_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = settings_path(&save_in(&dir), "0123456789abcdef0123456789abcdef");
    std::fs::write(&path, "(acting: Q").unwrap();
    let (settings, problem) = trust_garden::app::device::load(&path);
    assert_eq!(settings, DeviceSettings::default());
    assert!(problem.unwrap().contains(&path.display().to_string()));
    let chosen = DeviceSettings {
        acting: Partner::B,
        ..DeviceSettings::default()
    };
    trust_garden::app::device::save(&path, &chosen, true).unwrap();
    assert_eq!(trust_garden::app::device::load(&path), (chosen, None));
    assert_eq!(
        std::fs::read_to_string(path.with_extension("ron.bad")).unwrap(),
        "(acting: Q"
    );
}

#[test]
fn exporting_onto_the_save_is_refused_and_the_save_is_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let (save, mut app) = set_up_in(&dir);
    log(&mut app, Kind::HonestTalk);
    let before = std::fs::read(&save).unwrap();
    let backup = dir.path().join("garden.ron.bak");
    std::fs::write(&backup, b"an older copy").unwrap();
    for typed in [
        save.clone(),
        PathBuf::from("garden.ron"),
        PathBuf::from("./garden.ron"),
        PathBuf::from("garden.ron.bak"),
    ] {
        app.world_mut().resource_mut::<Notices>().items.clear();
        send(&mut app, Command::ExportCsv(typed.clone()));
        let notices = &app.world().resource::<Notices>().items;
        assert!(
            notices
                .iter()
                .any(|n| n.problem && n.text.contains("Nothing was written")),
            "{typed:?}: {notices:?}"
        );
    }
    assert_eq!(std::fs::read(&save).unwrap(), before);
    assert_eq!(std::fs::read(&backup).unwrap(), b"an older copy");
    assert_eq!(count(&app, Action::HonestTalk), [1, 0]);

    // A plain name lands beside the save, not in the working folder.
    send(&mut app, Command::ExportCsv(PathBuf::from("ours.csv")));
    let csv = std::fs::read_to_string(dir.path().join("ours.csv")).unwrap();
    assert!(csv.starts_with(trust_garden::export::CSV_HEADER), "{csv}");
}

#[test]
fn a_change_of_who_was_hurt_waits_for_the_other_partner_to_agree() {
    let dir = tempfile::tempdir().unwrap();
    let (_save, mut app) = set_up_in(&dir);
    let hurt = |app: &App| app.world().resource::<GardenState>().ledger().couple().hurt;
    assert_eq!(hurt(&app), trust_garden::journal::Hurt::One(Partner::B));
    send(&mut app, Command::roles(trust_garden::journal::Hurt::Both));
    assert_eq!(hurt(&app), trust_garden::journal::Hurt::One(Partner::B));
    let proposal = last_id(&app);
    // The one who proposed it cannot agree for the other.
    send(&mut app, Command::acknowledge(proposal));
    assert_eq!(hurt(&app), trust_garden::journal::Hurt::One(Partner::B));
    app.world_mut().resource_mut::<DeviceSettings>().acting = Partner::B;
    send(&mut app, Command::acknowledge(proposal));
    assert_eq!(hurt(&app), trust_garden::journal::Hurt::Both);
}

#[test]
fn entries_another_process_wrote_meanwhile_are_taken_in_before_deciding() {
    let dir = tempfile::tempdir().unwrap();
    let (save, mut app) = set_up_in(&dir);
    // Meanwhile the command line (or a sync tool) adds Sam's entry to the file.
    let at = moment()
        .with_timezone(&chrono_tz::Europe::Berlin)
        .fixed_offset();
    let sams = trust_garden::journal::Event {
        id: trust_garden::journal::EventId::new_v7_at(moment()),
        by: Partner::B,
        at,
        kind: Kind::Kindness,
        note: None,
    };
    let id = sams.id;
    trust_garden::journal::Journal::open(&save)
        .unwrap()
        .append(sams)
        .unwrap();
    // Ana acknowledges it: the app knows it, and the garden counts it.
    send(&mut app, Command::acknowledge(id));
    let notices = &app.world().resource::<Notices>().items;
    assert!(notices.iter().all(|n| !n.problem), "{notices:?}");
    assert_eq!(count(&app, Action::Kindness), [0, 1]);
    assert_eq!(count(&app, Action::Acknowledge), [1, 0]);
}

#[test]
fn merging_the_partners_copy_takes_in_their_entries() {
    let dir = tempfile::tempdir().unwrap();
    let (save, mut app) = set_up_in(&dir);
    // The partner's phone had a copy of the save and logged on it.
    let phone = dir.path().join("phone");
    std::fs::create_dir_all(&phone).unwrap();
    std::fs::copy(&save, phone.join("garden.ron")).unwrap();
    let sams = trust_garden::journal::Event {
        id: trust_garden::journal::EventId::new_v7_at(moment()),
        by: Partner::B,
        at: moment()
            .with_timezone(&chrono_tz::Europe::Berlin)
            .fixed_offset(),
        kind: Kind::Gratitude,
        note: Some("from my phone".into()),
    };
    trust_garden::journal::Journal::open(&phone.join("garden.ron"))
        .unwrap()
        .append(sams)
        .unwrap();
    log(&mut app, Kind::Kindness);
    // A path typed without a folder is beside the save.
    send(&mut app, Command::Merge("phone/garden.ron".into()));
    let notices = &app.world().resource::<Notices>().items;
    assert!(
        notices
            .iter()
            .any(|n| !n.problem && n.text.contains("1 new")),
        "{notices:?}"
    );
    assert_eq!(count(&app, Action::Gratitude), [0, 1]);
    assert_eq!(count(&app, Action::Kindness), [1, 0]);
}

#[test]
fn a_save_with_a_damaged_first_line_offers_a_repair_that_keeps_every_entry() {
    let dir = tempfile::tempdir().unwrap();
    let (save, mut app) = set_up_in(&dir);
    log(&mut app, Kind::Kindness);
    log(&mut app, Kind::Gratitude);
    drop(app);
    let mut bytes = std::fs::read(&save).unwrap();
    bytes[25] ^= 0x01;
    std::fs::write(&save, &bytes).unwrap();

    let mut app = start(&save, None);
    assert!(app.world().resource::<Journal>().unreadable.is_some());
    let offered = app
        .world()
        .resource::<Notices>()
        .items
        .iter()
        .any(|n| n.offer == Some(trust_garden::app::Offer::RepairSave));
    assert!(offered, "the notice offers the way out");
    assert_eq!(
        std::fs::read(&save).unwrap(),
        bytes,
        "nothing written before asked"
    );

    send(&mut app, Command::RepairSave);
    settle(&mut app);
    let journal = app.world().resource::<Journal>();
    assert!(journal.unreadable.is_none());
    assert_eq!(journal.events().len(), 3, "setup and both entries");
    assert_eq!(count(&app, Action::Kindness), [1, 0]);
    let after = std::fs::read(&save).unwrap();
    let first_end = bytes.iter().position(|&b| b == b'\n').unwrap();
    assert_eq!(
        after[first_end..],
        bytes[first_end..],
        "every other line as it was"
    );
}

#[test]
fn erasing_a_note_removes_its_words_from_the_save_and_the_view() {
    let dir = tempfile::tempdir().unwrap();
    let (save, mut app) = set_up_in(&dir);
    send(
        &mut app,
        Command::Record(trust_garden::actions::Command::Log {
            kind: Kind::Kindness,
            when: When::Now,
            note: Some("the words only we know".into()),
        }),
    );
    let id = last_id(&app);
    assert!(
        std::fs::read_to_string(&save)
            .unwrap()
            .contains("only we know")
    );

    send(&mut app, Command::erase(id));

    assert!(
        !std::fs::read_to_string(&save)
            .unwrap()
            .contains("only we know")
    );
    let state = app.world().resource::<GardenState>();
    assert_eq!(
        state.entry(id).unwrap().note,
        None,
        "the view forgets them too"
    );
    assert_eq!(
        count(&app, Action::Kindness),
        [1, 0],
        "the entry still counts"
    );
    assert!(
        app.world()
            .resource::<Notices>()
            .items
            .iter()
            .all(|n| !n.problem)
    );
}

#[test]
fn a_device_file_from_before_the_language_choice_still_loads() {
    let dir = tempfile::tempdir().unwrap();
    let path = settings_path(&save_in(&dir), "0123456789abcdef0123456789abcdef");
    std::fs::write(
        &path,
        "(acting: B, dark: true, text_scale: 1.2, reduce_motion: true)",
    )
    .unwrap();
    let (settings, problem) = trust_garden::app::device::load(&path);
    assert_eq!(problem, None);
    assert_eq!(
        settings,
        DeviceSettings {
            acting: Partner::B,
            dark: true,
            text_scale: 1.2,
            // Chosen then, so still chosen.
            reduce_motion: Some(true),
            // Follows the system, as before there was a choice.
            language: None,
            // Nothing says a plant was opened here: the tap hint shows.
            opened_a_plant: false,
        }
    );
    // A chosen language is kept and read back.
    let spanish = DeviceSettings {
        language: Some(trust_garden::i18n::Lang::Es),
        ..settings
    };
    trust_garden::app::device::save(&path, &spanish, false).unwrap();
    assert_eq!(trust_garden::app::device::load(&path), (spanish, None));
}

#[test]
fn motion_never_chosen_in_an_older_file_follows_the_system_and_each_choice_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = settings_path(&save_in(&dir), "0123456789abcdef0123456789abcdef");
    // `false` was the default before the system was followed, not a choice.
    std::fs::write(&path, "(acting: A, reduce_motion: false)").unwrap();
    let (settings, problem) = trust_garden::app::device::load(&path);
    assert_eq!(problem, None);
    assert_eq!(settings.reduce_motion, None);
    for chosen in [Some(true), Some(false), None] {
        let settings = DeviceSettings {
            reduce_motion: chosen,
            ..settings.clone()
        };
        trust_garden::app::device::save(&path, &settings, false).unwrap();
        assert_eq!(trust_garden::app::device::load(&path), (settings, None));
    }
}

#[test]
fn an_app_a_test_builds_speaks_english_until_the_device_chooses_otherwise() {
    use trust_garden::app::language::Speaking;
    use trust_garden::i18n::Lang;
    let dir = tempfile::tempdir().unwrap();
    let save = save_in(&dir);
    let mut app = start(&save, None);
    // Whatever this machine's locale: only the real app asks the system.
    assert_eq!(app.world().resource::<Speaking>().lang, Lang::En);
    app.world_mut().resource_mut::<DeviceSettings>().language = Some(Lang::De);
    settle(&mut app);
    assert_eq!(app.world().resource::<Speaking>().lang, Lang::De);
    // The process keeps its language: tests beside this one stay English.
    assert_eq!(trust_garden::i18n::current(), Lang::En);
    // The next start on this device speaks German from the first frame.
    drop(app);
    let app = start(&save, None);
    assert_eq!(app.world().resource::<Speaking>().lang, Lang::De);
}

#[test]
fn a_language_given_on_the_command_line_comes_before_the_device_choice() {
    use trust_garden::app::language::Speaking;
    use trust_garden::i18n::Lang;
    let dir = tempfile::tempdir().unwrap();
    let save = save_in(&dir);
    let mut app = start(&save, None);
    app.world_mut().resource_mut::<DeviceSettings>().language = Some(Lang::De);
    settle(&mut app);
    drop(app);
    let mut app = headless_app(AppOptions {
        save: save.clone(),
        at: Some(moment()),
        device_dir: Some(device_dir_of(&save)),
        lang: Some(Lang::Es),
        ..AppOptions::default()
    });
    settle(&mut app);
    assert_eq!(app.world().resource::<Speaking>().lang, Lang::Es);
    // Choosing in Settings still applies at once.
    app.world_mut().resource_mut::<DeviceSettings>().language = None;
    settle(&mut app);
    assert_eq!(app.world().resource::<Speaking>().lang, Lang::En);
}
