//! The browser's keeper: each durable change to a file becomes one IndexedDB
//! transaction (`web/storage.js`), committed in the order they were made.

use std::path::PathBuf;

use wasm_bindgen::prelude::*;

use super::memory::{self, Keeper};

#[wasm_bindgen(module = "/web/storage.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = openStorage)]
    async fn open_storage() -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = storedPaths)]
    fn stored_paths() -> String;
    #[wasm_bindgen(js_name = storedBytes)]
    fn stored_bytes(path: &str) -> Vec<u8>;
    #[wasm_bindgen(js_name = keepFile)]
    fn keep_file(path: &str, bytes: &[u8]);
    #[wasm_bindgen(js_name = forgetFile)]
    fn forget_file(path: &str);
    #[wasm_bindgen(js_name = moveFile)]
    fn move_file(from: &str, to: &str, bytes: &[u8]);
    #[wasm_bindgen(js_name = storageTrouble)]
    fn storage_trouble() -> Option<String>;
}

struct IndexedDb;

impl Keeper for IndexedDb {
    fn keep(&self, path: &str, bytes: &[u8]) {
        keep_file(path, bytes);
    }
    fn forget(&self, path: &str) {
        forget_file(path);
    }
    fn moved(&self, from: &str, to: &str, bytes: &[u8]) {
        move_file(from, to, bytes);
    }
}

/// Reads every file this site kept into memory and keeps what changes from
/// now on. Call once, before anything opens the save.
pub async fn open() -> Result<(), String> {
    open_storage().await.map_err(|why| {
        why.as_string()
            .unwrap_or_else(|| format!("the browser's storage did not open: {why:?}"))
    })?;
    let paths = stored_paths();
    memory::load(
        paths
            .lines()
            .filter(|path| !path.is_empty())
            .map(|path| (PathBuf::from(path), stored_bytes(path))),
    );
    memory::keep_with(Box::new(IndexedDb));
    Ok(())
}

/// Why the browser refused to keep a change (a full quota, storage cleared
/// under the page), once per refusal.
pub fn trouble() -> Option<String> {
    storage_trouble()
}
