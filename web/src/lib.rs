//! The browser's entry point: the same Trust Garden app, with the save kept
//! in the site's own storage. The page (`index.html`) starts it once it holds
//! the lock that keeps a second tab from writing the same garden.

#[cfg(target_arch = "wasm32")]
mod browser {
    use trust_garden::app::{AppOptions, platform};
    use trust_garden::journal::disk;
    use wasm_bindgen::prelude::*;

    /// Brings the kept files into memory, then opens the garden.
    #[wasm_bindgen(start)]
    pub async fn start() -> Result<(), JsValue> {
        disk::browser::open()
            .await
            .map_err(|why| JsValue::from_str(&why))?;
        let save = platform::default_save_path().map_err(|why| JsValue::from_str(&why))?;
        // The page's life is the browser's to end: no exit code to report.
        let _ = trust_garden::app::run(AppOptions {
            save,
            ..AppOptions::default()
        });
        Ok(())
    }
}
