//! Choosing a partner's save to merge without typing a path: the system's
//! file dialog where the platform lends one to the app (desktop: the XDG
//! desktop portal on Linux, the native dialogs on Windows and macOS), and,
//! on every platform, the copies of this garden found beside the save and
//! where shared files arrive (see `platform::arrival_folders`).

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::tasks::Task;

use crate::journal::{self, FoundSave};

use super::screens::Screen;
use super::storage::{Command, Journal};

/// Whether this platform gives the app a file dialog. On phones the system
/// document picker answers through the activity (Android) or a view
/// controller (iOS), which a NativeActivity / winit app cannot receive.
pub const HAS_FILE_DIALOG: bool = cfg!(any(
    target_os = "linux",
    target_os = "windows",
    target_os = "macos"
));

/// Open the system's file dialog to choose a partner's save.
#[derive(Message, Clone, Debug)]
pub struct ChooseSave {
    /// The dialog's title, in the app's language.
    pub title: String,
    /// What the filter for saves is called.
    pub filter: String,
}

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
    /// The file dialog is open (its button waits).
    pub dialog_open: bool,
}

#[derive(Resource, Default)]
struct OpenDialog(Option<Task<Option<PathBuf>>>);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<MergeChoices>()
        .init_resource::<OpenDialog>()
        .add_message::<ChooseSave>()
        .add_message::<LookAgain>()
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
    mut asked: MessageReader<ChooseSave>,
    journal: Res<Journal>,
    mut open: ResMut<OpenDialog>,
    mut choices: ResMut<MergeChoices>,
    _main_thread: bevy::ecs::system::NonSendMarker,
) {
    let Some(ask) = asked.read().last() else {
        return;
    };
    if open.0.is_some() {
        return;
    }
    let picking = rfd::AsyncFileDialog::new()
        .set_title(&ask.title)
        .set_directory(journal::folder_of(&journal.path))
        .add_filter(&ask.filter, &["ron"])
        .pick_file();
    open.0 = Some(
        bevy::tasks::IoTaskPool::get()
            .spawn(async move { picking.await.map(|chosen| chosen.path().to_path_buf()) }),
    );
    choices.dialog_open = true;
}

#[cfg(not(any(target_os = "linux", target_os = "windows", target_os = "macos")))]
fn open_dialog(mut asked: MessageReader<ChooseSave>) {
    asked.clear();
}

fn take_choice(
    mut open: ResMut<OpenDialog>,
    mut choices: ResMut<MergeChoices>,
    mut merge: MessageWriter<Command>,
    mut again: MessageWriter<LookAgain>,
) {
    let Some(task) = open.0.as_mut() else { return };
    let Some(chosen) = bevy::tasks::futures::check_ready(task) else {
        return;
    };
    open.0 = None;
    choices.dialog_open = false;
    if let Some(path) = chosen {
        info!("merging the save chosen in the file dialog");
        merge.write(Command::Merge(path));
    }
    again.write(LookAgain);
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
