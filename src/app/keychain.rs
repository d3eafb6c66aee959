//! An encrypted garden's key kept in the device's own keychain, so the
//! passphrase is asked once per device rather than once per run: the
//! Secret Service (GNOME Keyring, KWallet) on Linux, the Keychain on macOS,
//! the Credential Manager on Windows. Phones have none wired in yet (see the
//! README); there the app asks once per run.
//!
//! What is kept is the key Argon2id derived from the passphrase, never the
//! passphrase itself: the key opens this garden as it is sealed now and
//! nothing else, while a passphrase may also be someone's elsewhere. The
//! couple chooses this per device; "Forget" removes it.

use std::fmt;
use std::sync::{Arc, OnceLock};

use bevy::prelude::*;
use keyring_core::{CredentialStore, Entry};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::app::Launch;
use crate::app::storage::Journal;
use crate::journal::{self, Header};

/// The service name the key is filed under in the keychain.
const SERVICE: &str = "Trust Garden";

fn account(log: Uuid) -> String {
    format!("encrypted garden {log}")
}

/// This device's keychain, connected the first time it is needed.
#[derive(Clone, Default)]
pub struct Keychain(Arc<OnceLock<Option<Arc<CredentialStore>>>>, Source);

#[derive(Clone, Copy, Default, PartialEq, Eq)]
enum Source {
    /// No keychain: the passphrase is asked once per run.
    #[default]
    None,
    /// The platform's own.
    Platform,
}

impl fmt::Debug for Keychain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.1 {
            Source::None => "none",
            Source::Platform => "platform",
        };
        f.write_str(what)
    }
}

impl Keychain {
    /// No keychain (tests, tools).
    pub fn none() -> Keychain {
        Keychain::default()
    }

    /// The platform's keychain, connected on first use.
    pub fn platform() -> Keychain {
        Keychain(Arc::default(), Source::Platform)
    }

    /// A given store (tests: keyring-core's own mock store).
    pub fn with_store(store: Arc<CredentialStore>) -> Keychain {
        let cell = OnceLock::new();
        let _ = cell.set(Some(store));
        Keychain(Arc::new(cell), Source::Platform)
    }

    fn store(&self) -> Option<&Arc<CredentialStore>> {
        self.0
            .get_or_init(|| match self.1 {
                Source::None => None,
                Source::Platform => connect(),
            })
            .as_ref()
    }

    /// Whether this device has a keychain the app can use.
    pub fn available(&self) -> bool {
        self.store().is_some()
    }

    fn entry(&self, log: Uuid) -> Result<Entry, String> {
        let store = self
            .store()
            .ok_or("this device has no keychain the app can use")?;
        Entry::new_in_store(store, SERVICE, &account(log)).map_err(|e| e.to_string())
    }

    /// The key kept for the garden `log`, if one is.
    pub fn load(&self, log: Uuid) -> Result<Option<Zeroizing<Vec<u8>>>, String> {
        match self.entry(log)?.get_secret() {
            Ok(secret) => Ok(Some(Zeroizing::new(secret))),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(e) => Err(e.to_string()),
        }
    }

    /// Keeps `key` for the garden `log`, replacing what was kept.
    pub fn keep(&self, log: Uuid, key: &[u8]) -> Result<(), String> {
        self.entry(log)?.set_secret(key).map_err(|e| e.to_string())
    }

    /// Removes the key kept for the garden `log`; none kept is fine.
    pub fn forget(&self, log: Uuid) -> Result<(), String> {
        match self.entry(log)?.delete_credential() {
            Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
            Err(e) => Err(e.to_string()),
        }
    }

    /// Unlocks the sealed save `header` describes with the key kept for
    /// it, if there is one that still opens it. `Ok(false)`: none kept,
    /// or it no longer opens the save (encrypted again since): the app asks.
    pub fn unlock(&self, header: &Header, keys: &journal::Keys) -> Result<bool, String> {
        if header.seal.is_none() || keys.key_for(header).is_some() {
            return Ok(false);
        }
        let Some(key) = self.load(header.log)? else {
            return Ok(false);
        };
        Ok(keys.unlock_with_key(header, &key).is_ok())
    }
}

#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "ios", target_os = "android"))
))]
fn connect() -> Option<Arc<CredentialStore>> {
    match zbus_secret_service_keyring_store::Store::new() {
        Ok(store) => Some(store as Arc<CredentialStore>),
        Err(e) => {
            info!("no Secret Service keychain: {e}");
            None
        }
    }
}

#[cfg(target_os = "macos")]
fn connect() -> Option<Arc<CredentialStore>> {
    apple_native_keyring_store::keychain::Store::new()
        .map_err(|e| info!("no Keychain: {e}"))
        .ok()
        .map(|store| store as Arc<CredentialStore>)
}

#[cfg(target_os = "windows")]
fn connect() -> Option<Arc<CredentialStore>> {
    windows_native_keyring_store::Store::new()
        .map_err(|e| info!("no Credential Manager: {e}"))
        .ok()
        .map(|store| store as Arc<CredentialStore>)
}

#[cfg(not(any(unix, windows)))]
fn connect() -> Option<Arc<CredentialStore>> {
    None
}

#[cfg(any(target_os = "ios", target_os = "android"))]
fn connect() -> Option<Arc<CredentialStore>> {
    None
}

/// Whether the open garden's key is kept on this device, as last seen (the
/// keychain is asked when a save is opened, not every frame).
#[derive(Resource, Default, Debug, Clone, PartialEq, Eq)]
pub struct KeptKey {
    /// The keychain can be used at all.
    pub available: bool,
    /// The open garden is encrypted and its key is kept here.
    pub kept: bool,
    /// What went wrong the last time the keychain was asked.
    pub problem: Option<String>,
    /// Keep the key once the save the passphrase page is opening opens.
    keep_once_opened: bool,
    /// The sealed header the keychain was last asked about: it is asked
    /// again only when another save, or the same one sealed anew, is open.
    asked_for: Option<Header>,
}

/// What the couple asks of the keychain, from the passphrase page or Settings.
#[derive(Message, Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyRequest {
    /// Keep the open garden's key on this device.
    Keep,
    /// Keep it as soon as the passphrase just typed opens the garden.
    KeepOnceOpened,
    /// Remove it from this device.
    Forget,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<KeptKey>()
        .add_message::<KeyRequest>()
        .add_systems(
            Update,
            (take_requests, look_when_opened)
                .chain()
                .run_if(resource_exists::<Journal>),
        );
}

/// The header of the open garden when it is open and encrypted.
fn open_sealed_header(journal: &Journal) -> Option<Header> {
    journal
        .is_sealed()
        .then(|| journal.header().cloned())
        .flatten()
}

fn keep_open_key(journal: &Journal, launch: &Launch, kept: &mut KeptKey) {
    let Some(header) = open_sealed_header(journal) else {
        return;
    };
    let Some(key) = launch.0.keys.key_for(&header) else {
        return;
    };
    match launch.0.keychain.keep(header.log, &key) {
        Ok(()) => {
            kept.kept = true;
            kept.problem = None;
        }
        Err(e) => kept.problem = Some(e),
    }
}

fn take_requests(
    mut requests: MessageReader<KeyRequest>,
    journal: Res<Journal>,
    launch: Res<Launch>,
    mut kept: ResMut<KeptKey>,
) {
    for request in requests.read() {
        match request {
            KeyRequest::Keep => keep_open_key(&journal, &launch, &mut kept),
            KeyRequest::KeepOnceOpened => kept.keep_once_opened = true,
            KeyRequest::Forget => {
                let Some(header) = open_sealed_header(&journal) else {
                    continue;
                };
                match launch.0.keychain.forget(header.log) {
                    Ok(()) => {
                        kept.kept = false;
                        kept.problem = None;
                    }
                    Err(e) => kept.problem = Some(e),
                }
            }
        }
    }
}

/// Each time a save is opened (at start, after the passphrase page, on a
/// phone's return, after encrypting), asks whether its key is kept here,
/// and keeps it if the passphrase page asked to.
fn look_when_opened(journal: Res<Journal>, launch: Res<Launch>, mut kept: ResMut<KeptKey>) {
    if !journal.is_changed() {
        return;
    }
    kept.available = launch.0.keychain.available();
    let Some(header) = open_sealed_header(&journal) else {
        kept.asked_for = None;
        // A garden still waiting for its passphrase keeps the wish.
        if journal.sealed.is_none() {
            kept.keep_once_opened = false;
            kept.kept = false;
        }
        return;
    };
    if std::mem::take(&mut kept.keep_once_opened) {
        keep_open_key(&journal, &launch, &mut kept);
        kept.asked_for = Some(header);
        return;
    }
    if kept.asked_for.as_ref() == Some(&header) {
        return;
    }
    match launch.0.keychain.load(header.log) {
        Ok(found) => {
            kept.kept = found.is_some_and(|key| key_opens(&header, &key));
            kept.problem = None;
        }
        Err(e) if kept.available => kept.problem = Some(e),
        Err(_) => kept.kept = false,
    }
    kept.asked_for = Some(header);
}

/// Whether a kept key still opens the save as it is sealed now.
fn key_opens(header: &Header, key: &[u8]) -> bool {
    journal::Keys::none().unlock_with_key(header, key).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::AppOptions;
    use crate::app::testing::{app_with, events_in_app, new_sealed_save, unlock_with};
    use crate::journal::SealProblem;

    const PASSPHRASE: &str = "the bench by the river";

    fn app_on(save: &std::path::Path, keychain: &Keychain) -> App {
        app_with(AppOptions {
            save: save.to_path_buf(),
            keychain: keychain.clone(),
            ..AppOptions::default()
        })
    }

    fn sealed(app: &App) -> Option<SealProblem> {
        app.world().resource::<Journal>().sealed.clone()
    }

    fn kept(app: &App) -> KeptKey {
        app.world().resource::<KeptKey>().clone()
    }

    fn ask(app: &mut App, request: KeyRequest) {
        app.world_mut().write_message(request);
        app.update();
    }

    /// A couple's year on one device: the passphrase typed once with
    /// "remember", every later start opens at once, "forget" asks again,
    /// and a garden encrypted anew is not opened by the old key.
    fn the_passphrase_is_asked_once_per_device(keychain: Keychain) {
        let dir = tempfile::tempdir().unwrap();
        let save = dir.path().join("garden.ron");
        new_sealed_save(&save, PASSPHRASE);
        let log = journal::read_header(&save).unwrap().unwrap().log;

        let mut app = app_on(&save, &keychain);
        assert_eq!(sealed(&app), Some(SealProblem::NoPassphrase));
        assert!(kept(&app).available);
        assert!(!kept(&app).kept);
        app.world_mut().write_message(KeyRequest::KeepOnceOpened);
        unlock_with(&mut app, PASSPHRASE);
        assert_eq!(sealed(&app), None);
        assert!(kept(&app).kept, "{:?}", kept(&app).problem);
        let key = keychain.load(log).unwrap().expect("the key is kept");
        assert_eq!(key.len(), 64);
        assert!(
            !key.windows(PASSPHRASE.len())
                .any(|w| w == PASSPHRASE.as_bytes()),
            "the passphrase itself is never kept"
        );

        // The next start, no passphrase given: open at once.
        let mut again = app_on(&save, &keychain);
        assert_eq!(sealed(&again), None);
        assert_eq!(events_in_app(&again), 1);
        assert!(kept(&again).kept);

        ask(&mut again, KeyRequest::Forget);
        assert!(!kept(&again).kept);
        assert!(keychain.load(log).unwrap().is_none());
        let mut asked = app_on(&save, &keychain);
        assert_eq!(sealed(&asked), Some(SealProblem::NoPassphrase));

        // Remembered from Settings, then the garden is encrypted anew
        // elsewhere (a new salt): the old key does not open it.
        unlock_with(&mut asked, PASSPHRASE);
        ask(&mut asked, KeyRequest::Keep);
        assert!(keychain.load(log).unwrap().is_some());
        journal::Journal::open_with(
            &save,
            &journal::Keys::with_passphrase(PASSPHRASE.to_owned().into()),
        )
        .unwrap()
        .decrypt()
        .unwrap();
        journal::Journal::open(&save)
            .unwrap()
            .encrypt(PASSPHRASE, false)
            .unwrap();
        let renewed = app_on(&save, &keychain);
        assert_eq!(sealed(&renewed), Some(SealProblem::NoPassphrase));
        assert!(!kept(&renewed).kept);
        keychain.forget(log).unwrap();
    }

    #[test]
    fn the_passphrase_is_asked_once_per_device_with_keyring_cores_store() {
        let store = keyring_core::mock::Store::new().unwrap();
        the_passphrase_is_asked_once_per_device(Keychain::with_store(store));
    }

    /// Against the desktop's real Secret Service: CI runs it under a D-Bus
    /// session with GNOME Keyring (scripts/keychain-test.sh).
    #[test]
    #[ignore = "needs a Secret Service on the session bus: scripts/keychain-test.sh"]
    fn the_passphrase_is_asked_once_per_device_with_the_platform_keychain() {
        the_passphrase_is_asked_once_per_device(Keychain::platform());
    }

    #[test]
    fn without_a_keychain_the_passphrase_page_asks_every_run() {
        let dir = tempfile::tempdir().unwrap();
        let save = dir.path().join("garden.ron");
        new_sealed_save(&save, PASSPHRASE);
        let mut app = app_on(&save, &Keychain::none());
        assert!(!kept(&app).available);
        unlock_with(&mut app, PASSPHRASE);
        ask(&mut app, KeyRequest::Keep);
        assert!(!kept(&app).kept);
        assert_eq!(
            sealed(&app_on(&save, &Keychain::none())),
            Some(SealProblem::NoPassphrase)
        );
    }
}
