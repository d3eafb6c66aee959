//! Files in the browser, where the save has no folder anyone can open: a
//! partner's save comes in through the page's file picker, and what goes out
//! (the save itself, a summary, an export) is shared or downloaded. Also says
//! when the browser refused to keep a change.

use std::path::PathBuf;

use bevy::prelude::*;
use wasm_bindgen::prelude::*;

use crate::journal::disk::{self, memory::UNKEPT};

use super::file_dialogs::SendOurGarden;
use super::storage::{Journal, Notices};

#[wasm_bindgen(module = "/web/files.js")]
extern "C" {
    #[wasm_bindgen(js_name = pickFile)]
    async fn pick_file(accept: &str) -> JsValue;
    #[wasm_bindgen(js_name = pickedBytes)]
    fn picked_bytes() -> Vec<u8>;
    #[wasm_bindgen(js_name = sendFile)]
    fn send_file(name: &str, bytes: &[u8], kind: &str, share: bool);
}

/// What the app writes for the person to take away: handed to the browser's
/// downloads (or share sheet) as soon as it is complete.
pub fn downloads_folder() -> PathBuf {
    PathBuf::from(UNKEPT).join("downloads")
}

/// Where a partner's chosen save is put while it is merged: in memory only,
/// and only the last one chosen.
fn incoming_folder() -> PathBuf {
    PathBuf::from(UNKEPT).join("incoming")
}

/// Lets the person choose a partner's save with the browser's picker; the
/// path of its copy in memory, for the same merge as everywhere.
pub async fn pick_save() -> Option<PathBuf> {
    let name = pick_file(".ron,application/octet-stream,text/plain")
        .await
        .as_string()?;
    let bytes = picked_bytes();
    let folder = incoming_folder();
    if let Ok(earlier) = disk::read_dir(&folder) {
        for entry in earlier.flatten() {
            let _ = disk::remove_file(entry.path());
        }
    }
    let name = std::path::Path::new(&name)
        .file_name()
        .map_or_else(|| "their-save.ron".into(), |n| n.to_owned());
    let path = folder.join(name);
    let written = disk::create_dir_all(&folder).and_then(|()| disk::write(&path, bytes));
    match written {
        Ok(()) => Some(path),
        Err(why) => {
            error!("could not hold the chosen save in memory: {why}");
            None
        }
    }
}

fn media_type(name: &str) -> &'static str {
    match name.rsplit('.').next() {
        Some("html") => "text/html",
        Some("csv") => "text/csv",
        _ => "application/octet-stream",
    }
}

/// Hands each finished file in the downloads folder to the browser. A
/// writer's temp file (`….tmp-…`) is not finished yet.
fn hand_over_downloads() {
    let Ok(entries) = disk::read_dir(downloads_folder()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.contains(".tmp-") {
            continue;
        }
        let path = entry.path();
        if let Ok(bytes) = disk::read(&path) {
            send_file(&name, &bytes, media_type(&name), true);
        }
        let _ = disk::remove_file(&path);
    }
}

fn send_our_garden(
    mut asked: MessageReader<SendOurGarden>,
    journal: Res<Journal>,
    clock: Res<super::AppClock>,
    mut notices: ResMut<Notices>,
) {
    if asked.read().count() == 0 {
        return;
    }
    match disk::read(&journal.path) {
        Ok(bytes) => {
            let name = format!("trust-garden-{}.ron", clock.now().format("%Y-%m-%d"));
            send_file(&name, &bytes, "application/octet-stream", true);
            notices.info(crate::t!("app-web-sent", file = name));
        }
        Err(why) => notices.error(crate::t!("app-web-send-failed", why = why.to_string())),
    }
}

/// A change the browser refused to keep (its quota full, storage cleared
/// under the page) is said at once: the entry is on screen but not kept.
fn report_storage_trouble(mut notices: ResMut<Notices>) {
    if let Some(why) = disk::browser::trouble() {
        notices.error(crate::t!("app-web-storage-trouble", why = why));
    }
}

pub(super) fn plugin(app: &mut App) {
    let _ = disk::create_dir_all(downloads_folder());
    app.add_systems(
        Update,
        (
            hand_over_downloads,
            report_storage_trouble,
            send_our_garden.run_if(resource_exists::<Journal>),
        ),
    );
}
