//! Helpers the app's tests share: a couple's save, a windowless app on it,
//! and what the passphrase page does.

use std::path::Path;

use bevy::ecs::system::RunSystemOnce;
use bevy::prelude::*;
use chrono::{NaiveTime, Utc};

use crate::app::{AppOptions, Journal, Launch, headless_app};
use crate::journal::{self, Event, Kind, Partner};

pub(crate) fn event(by: Partner, kind: Kind) -> Event {
    Event::new(by, Utc::now().fixed_offset(), kind, None)
}

fn setup() -> Kind {
    Kind::Setup {
        partners: ("Sam".into(), "Alex".into()),
        zone: "Europe/Berlin".into(),
        day_start: NaiveTime::from_hms_opt(4, 0, 0).unwrap(),
        hurt: journal::Hurt::NotSaid,
        from_now_on: false,
    }
}

/// A plain save holding the couple's setup.
pub(crate) fn new_save(path: &Path) {
    let mut save = journal::Journal::create(path).unwrap();
    save.append(event(Partner::A, setup())).unwrap();
}

/// An encrypted save holding the couple's setup.
pub(crate) fn new_sealed_save(path: &Path, passphrase: &str) {
    journal::Journal::create_sealed(path, &[event(Partner::A, setup())], Some(passphrase)).unwrap();
}

/// A windowless app that has opened `save`.
pub(crate) fn app_on(save: &Path) -> App {
    app_with(AppOptions {
        save: save.to_path_buf(),
        ..AppOptions::default()
    })
}

/// A windowless app started with `options`, after its first frame.
pub(crate) fn app_with(options: AppOptions) -> App {
    let mut app = headless_app(options);
    app.update();
    app
}

pub(crate) fn events_in_app(app: &App) -> usize {
    app.world().resource::<Journal>().events().len()
}

/// Opens the save again with `passphrase`, as the passphrase page does.
pub(crate) fn unlock_with(app: &mut App, passphrase: &str) {
    app.world_mut().resource_mut::<Launch>().0.keys =
        journal::Keys::with_passphrase(passphrase.to_owned().into());
    app.world_mut()
        .run_system_once(
            |mut commands: Commands,
             launch: Res<Launch>,
             clock: Res<crate::app::clock::AppClock>| {
                crate::app::storage::reopen(&mut commands, &launch.0, clock.now());
            },
        )
        .unwrap();
    app.update();
}
