//! Files chosen without typing a path: the system's file dialogs where the
//! platform lends them to the app (desktop: the XDG desktop portal on Linux,
//! the native dialogs on Windows and macOS), to choose a partner's save to
//! merge or where to save a summary; and, on every platform, the copies of
//! this garden found beside the save and where shared files arrive (see
//! `platform::arrival_folders`).

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::tasks::Task;

use crate::journal::{self, FoundSave};

use super::screens::Screen;
use super::storage::{Command, Journal};

/// Whether this platform gives the app a file dialog. On phones the system
/// document picker answers through the activity (Android) or a view
/// controller (iOS), which a NativeActivity / winit app cannot receive.
/// In the browser, the page's file picker chooses a partner's save and a
/// file being saved goes to the downloads (see `web_files`).
pub const HAS_FILE_DIALOG: bool = cfg!(any(
    target_os = "linux",
    target_os = "windows",
    target_os = "macos",
    target_arch = "wasm32"
));

/// Whether this is the browser build: no folder a person can open holds the
/// save, so files come in through the picker and go out as downloads.
pub const IN_BROWSER: bool = cfg!(target_arch = "wasm32");

/// Open one of the system's file dialogs.
#[derive(Message, Clone, Debug)]
pub struct AskForFile {
    /// The dialog's title, in the app's language.
    pub title: String,
    /// What the filter for the files it shows is called.
    pub filter: String,
    pub purpose: Purpose,
}

/// What the chosen file is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// A partner's save (`.ron`), merged once chosen.
    Merge,
    /// Where the summary is saved (`.html`), made once chosen.
    Summary {
        with_notes: bool,
        file_name: PathBuf,
    },
    /// Where the CSV export is saved (`.csv`), written once chosen.
    Csv { file_name: PathBuf },
}

#[cfg(any(target_os = "linux", target_os = "windows", target_os = "macos"))]
impl Purpose {
    /// The name proposed for a file being saved, and its extension; `None`
    /// for a file being opened.
    fn saved_as(&self) -> Option<(&std::path::Path, &'static str)> {
        match self {
            Purpose::Merge => None,
            Purpose::Summary { file_name, .. } => Some((file_name, "html")),
            Purpose::Csv { file_name } => Some((file_name, "csv")),
        }
    }
}

/// Share or download the save as it is now ("Send our garden", in the
/// browser, where the save is in no folder the person can reach).
#[derive(Message, Clone, Copy, Debug, Default)]
pub struct SendOurGarden;

/// Look again for copies of this garden (after the partner's file arrived).
#[derive(Message, Clone, Copy, Debug, Default)]
pub struct LookAgain;

/// What Settings offers to merge.
#[derive(Resource, Debug, Default)]
pub struct MergeChoices {
    /// Copies of this garden found, newest first.
    pub found: Vec<FoundSave>,
    /// The folders looked in, to say where to put a file.
    pub looked_in: Vec<PathBuf>,
}

/// A file dialog is open (the buttons that open one wait).
#[derive(Resource, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DialogOpen(pub bool);

#[derive(Resource, Default)]
struct OpenDialog(Option<Task<(Purpose, Option<PathBuf>)>>);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<MergeChoices>()
        .init_resource::<OpenDialog>()
        .init_resource::<DialogOpen>()
        .add_message::<AskForFile>()
        .add_message::<LookAgain>()
        .add_message::<SendOurGarden>()
        .add_systems(OnEnter(Screen::Settings), look_for_copies)
        .add_systems(
            Update,
            (
                open_dialog,
                take_choice,
                look_for_copies.run_if(on_message::<LookAgain>),
            )
                .run_if(resource_exists::<Journal>),
        );
}

fn look_for_copies(journal: Option<Res<Journal>>, mut choices: ResMut<MergeChoices>) {
    let Some(journal) = journal else { return };
    let mut folders = vec![journal::folder_of(&journal.path).to_path_buf()];
    folders.extend(super::platform::arrival_folders());
    choices.found = match journal.header() {
        Some(header) => journal::saves_of_log(header.log, &journal.path, &folders),
        None => Vec::new(),
    };
    choices.looked_in = folders;
}

/// The dialog is made here, on the main thread (macOS wants its panels made
/// there); it runs on its own thread and is waited for in `take_choice`.
#[cfg(any(target_os = "linux", target_os = "windows", target_os = "macos"))]
fn open_dialog(
    mut asked: MessageReader<AskForFile>,
    journal: Res<Journal>,
    mut open: ResMut<OpenDialog>,
    mut dialog_open: ResMut<DialogOpen>,
    _main_thread: bevy::ecs::system::NonSendMarker,
) {
    let Some(ask) = asked.read().last().cloned() else {
        return;
    };
    if open.0.is_some() {
        return;
    }
    let dialog = rfd::AsyncFileDialog::new().set_title(&ask.title);
    let picking: std::pin::Pin<Box<dyn Future<Output = Option<rfd::FileHandle>> + Send>> =
        match ask.purpose.saved_as() {
            None => Box::pin(
                dialog
                    .set_directory(journal::folder_of(&journal.path))
                    .add_filter(&ask.filter, &["ron"])
                    .pick_file(),
            ),
            Some((file_name, extension)) => {
                let documents = directories::UserDirs::new()
                    .map(|dirs| dirs.document_dir().unwrap_or(dirs.home_dir()).to_path_buf());
                Box::pin(
                    dialog
                        .set_directory(documents.unwrap_or_default())
                        .set_file_name(file_name.to_string_lossy())
                        .add_filter(&ask.filter, &[extension])
                        .save_file(),
                )
            }
        };
    let purpose = ask.purpose;
    open.0 = Some(bevy::tasks::IoTaskPool::get().spawn(async move {
        let chosen = picking.await.map(|chosen| chosen.path().to_path_buf());
        (purpose, chosen)
    }));
    dialog_open.0 = true;
}

/// The browser's picker for a partner's save; a file being saved needs no
/// dialog: it goes to the downloads under the name proposed.
#[cfg(target_arch = "wasm32")]
fn open_dialog(
    mut asked: MessageReader<AskForFile>,
    mut open: ResMut<OpenDialog>,
    mut dialog_open: ResMut<DialogOpen>,
) {
    let Some(ask) = asked.read().last().cloned() else {
        return;
    };
    if open.0.is_some() {
        return;
    }
    let purpose = ask.purpose;
    open.0 = Some(bevy::tasks::IoTaskPool::get().spawn(async move {
        let chosen = match &purpose {
            Purpose::Merge => super::web_files::pick_save().await,
            Purpose::Summary { file_name, .. } | Purpose::Csv { file_name } => {
                Some(super::web_files::downloads_folder().join(file_name))
            }
        };
        (purpose, chosen)
    }));
    dialog_open.0 = true;
}

#[cfg(not(any(
    target_os = "linux",
    target_os = "windows",
    target_os = "macos",
    target_arch = "wasm32"
)))]
fn open_dialog(mut asked: MessageReader<AskForFile>) {
    asked.clear();
}

fn take_choice(
    mut open: ResMut<OpenDialog>,
    mut dialog_open: ResMut<DialogOpen>,
    mut commands_out: MessageWriter<Command>,
    mut again: MessageWriter<LookAgain>,
) {
    let Some(task) = open.0.as_mut() else { return };
    let Some((purpose, chosen)) = bevy::tasks::futures::check_ready(task) else {
        return;
    };
    open.0 = None;
    dialog_open.0 = false;
    let Some(path) = chosen else { return };
    match purpose {
        Purpose::Merge => {
            info!("merging the save chosen in the file dialog");
            commands_out.write(Command::Merge(path));
            again.write(LookAgain);
        }
        Purpose::Summary { with_notes, .. } => {
            commands_out.write(Command::Summary {
                with_notes,
                to: Some(path),
            });
        }
        Purpose::Csv { .. } => {
            commands_out.write(Command::ExportCsv(path));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::testing::{app_on, event, events_in_app, new_save};
    use crate::journal::{Kind, Partner};

    #[test]
    fn settings_offers_the_partners_copy_and_merging_it_brings_its_entries_in() {
        let dir = tempfile::tempdir().unwrap();
        let save = dir.path().join(crate::journal::SAVE_FILE_NAME);
        new_save(&save);
        let theirs = dir.path().join("garden from Sam.ron");
        std::fs::copy(&save, &theirs).unwrap();
        crate::journal::Journal::open(&theirs)
            .unwrap()
            .append(event(Partner::B, Kind::Kindness))
            .unwrap();
        let mut app = app_on(&save);
        assert!(app.world().resource::<MergeChoices>().found.is_empty());

        app.world_mut()
            .resource_mut::<NextState<Screen>>()
            .set(Screen::Settings);
        app.update();
        let found = &app.world().resource::<MergeChoices>().found;
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].path, theirs);

        let path = found[0].path.clone();
        app.world_mut().write_message(Command::Merge(path));
        app.update();
        assert_eq!(events_in_app(&app), 2);
    }
}
