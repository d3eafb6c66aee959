//! The encrypted save's cryptography, all of it RustCrypto's: a key from the
//! couple's passphrase by Argon2id, each line sealed with XChaCha20-Poly1305.
//!
//! A line's nonce is not drawn at random but derived from the line itself
//! (keyed BLAKE2b over the log id, the event id and the plaintext: the SIV
//! construction). Two devices that seal the same entry therefore write the
//! same line, so merging, duplicate checks and conflict detection keep
//! comparing bytes exactly as for a plain save. What that reveals is only
//! that two lines are identical, which their visible ids already say. Two
//! different plaintexts get the same nonce only if 192-bit BLAKE2b outputs
//! collide.

use std::fmt;

use base64::Engine;
use base64::engine::general_purpose::STANDARD_NO_PAD as BASE64;
use blake2::Blake2bMac;
use blake2::digest::Mac;
use blake2::digest::consts::U24;
use chacha20poly1305::aead::rand_core::RngCore;
use chacha20poly1305::aead::{Aead, AeadInPlace, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::t;

/// The key-derivation function every sealed save names.
const KDF: &str = "argon2id-v19";
/// What the header's check value seals; opening it proves the passphrase.
const CHECK_TEXT: &[u8] = b"trust-garden: this passphrase opens this garden";
const NONCE_LEN: usize = 24;
const TAG_LEN: usize = 16;
const SALT_LEN: usize = 16;
/// Argon2id's output: the cipher's key, then the nonce key.
const KEY_LEN: usize = 64;

/// Argon2id settings for a new seal: 64 MiB and 3 passes, a fraction of a
/// second on a phone, once per device (OWASP's floor is 19 MiB and 2).
const MEMORY_KIB: u32 = 64 * 1024;
const PASSES: u32 = 3;
const LANES: u32 = 1;

/// Settings a header may ask for: a damaged or hostile header must not make
/// a phone spend gigabytes or minutes before the passphrase is even tried.
const MEMORY_KIB_RANGE: std::ops::RangeInclusive<u32> = 8 * 1024..=1024 * 1024;
const PASSES_RANGE: std::ops::RangeInclusive<u32> = 1..=16;
const LANES_RANGE: std::ops::RangeInclusive<u32> = 1..=8;

/// The shortest passphrase a new seal accepts.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// How a save is sealed, as its header states it: nothing here is secret.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SealParams {
    pub kdf: String,
    pub memory_kib: u32,
    pub passes: u32,
    pub lanes: u32,
    /// Base64 of the random salt.
    pub salt: String,
    /// Base64 of `CHECK_TEXT` sealed with the key.
    pub check: String,
}

/// Why a sealed save cannot be opened with what was given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SealProblem {
    /// The save is encrypted and no passphrase was given.
    NoPassphrase,
    /// The passphrase does not open this save.
    WrongPassphrase,
    /// The header's seal settings are not ones this build accepts.
    BadParams(BadSealParams),
    /// A new passphrase too short to be one.
    TooShort,
    /// A key kept on this device (see [`Seal::key`]) does not open this
    /// save: the save was encrypted again since, or the key is damaged.
    WrongKey,
}

impl fmt::Display for SealProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            SealProblem::NoPassphrase => t!("report-journal-seal-no-passphrase"),
            SealProblem::WrongPassphrase => t!("report-journal-seal-wrong-passphrase"),
            SealProblem::BadParams(why) => {
                t!("report-journal-seal-bad-params", why = why.to_string())
            }
            SealProblem::TooShort => {
                t!(
                    "report-journal-seal-too-short",
                    count = MIN_PASSPHRASE_CHARS
                )
            }
            SealProblem::WrongKey => t!("report-journal-seal-wrong-key"),
        };
        f.write_str(&text)
    }
}

/// What is wrong with a header's seal settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BadSealParams {
    /// A key derivation this build does not know, as the header names it.
    UnknownKdf(String),
    /// A setting outside what this build accepts (see `MEMORY_KIB_RANGE` …).
    OutsideRange {
        setting: &'static str,
        value: u32,
        range: std::ops::RangeInclusive<u32>,
    },
    /// The salt is not base64; the decoder's own words.
    Salt(String),
    /// Argon2 or the cipher turned the settings down, in their own words.
    Refused(String),
}

impl fmt::Display for BadSealParams {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            BadSealParams::UnknownKdf(name) => {
                t!(
                    "report-journal-seal-unknown-kdf",
                    name = format!("{name:?}")
                )
            }
            // The setting's name and range are the header's own, not words.
            BadSealParams::OutsideRange {
                setting,
                value,
                range,
            } => t!(
                "report-journal-seal-outside-range",
                setting = *setting,
                value = value.to_string(),
                range = format!("{}..={}", range.start(), range.end())
            ),
            BadSealParams::Salt(error) => t!("report-journal-seal-salt", error = error),
            BadSealParams::Refused(error) => error.clone(),
        };
        f.write_str(&text)
    }
}

/// A save's key, unlocked: seals and opens its lines. The keys are wiped
/// from memory when it is dropped.
pub struct Seal {
    log: Uuid,
    params: SealParams,
    key: Zeroizing<[u8; KEY_LEN]>,
    cipher: XChaCha20Poly1305,
    nonce_key: Zeroizing<[u8; 32]>,
}

impl fmt::Debug for Seal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Seal")
            .field("log", &self.log)
            .field("params", &self.params)
            .finish_non_exhaustive()
    }
}

impl Seal {
    /// A new seal for the log `log`, with a fresh random salt.
    pub fn create(log: Uuid, passphrase: &str) -> Result<Seal, SealProblem> {
        if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
            return Err(SealProblem::TooShort);
        }
        let mut salt = [0u8; SALT_LEN];
        OsRng.fill_bytes(&mut salt);
        let mut params = SealParams {
            kdf: KDF.into(),
            memory_kib: MEMORY_KIB,
            passes: PASSES,
            lanes: LANES,
            salt: BASE64.encode(salt),
            check: String::new(),
        };
        let mut seal = Seal::derive(log, &params, passphrase)?;
        params.check = seal.seal(Uuid::nil(), CHECK_TEXT);
        seal.params = params;
        Ok(seal)
    }

    /// The seal a header describes, if `passphrase` is the one it was made with.
    pub fn unlock(log: Uuid, params: &SealParams, passphrase: &str) -> Result<Seal, SealProblem> {
        let seal = Seal::derive(log, params, passphrase)?;
        if seal.opens_check(params) {
            Ok(seal)
        } else {
            Err(SealProblem::WrongPassphrase)
        }
    }

    /// The seal a header describes, from a key an earlier [`Seal::key`]
    /// gave, if it is still this save's key. Argon2id is not run again.
    pub fn unlock_with_key(
        log: Uuid,
        params: &SealParams,
        key: &[u8],
    ) -> Result<Seal, SealProblem> {
        check_params(params)?;
        let key: &[u8; KEY_LEN] = key.try_into().map_err(|_| SealProblem::WrongKey)?;
        let seal = Seal::from_key(log, params, Zeroizing::new(*key))?;
        if seal.opens_check(params) {
            Ok(seal)
        } else {
            Err(SealProblem::WrongKey)
        }
    }

    /// The key derived from the passphrase, for a device to keep in its
    /// platform keychain. It opens this save as it is sealed now, and only
    /// this save: unlike the passphrase, which a person may also use
    /// elsewhere, it tells nothing beyond this garden.
    pub fn key(&self) -> Zeroizing<Vec<u8>> {
        Zeroizing::new(self.key.to_vec())
    }

    fn opens_check(&self, params: &SealParams) -> bool {
        self.open(Uuid::nil(), &params.check)
            .is_some_and(|text| text.as_bytes() == CHECK_TEXT)
    }

    fn derive(log: Uuid, params: &SealParams, passphrase: &str) -> Result<Seal, SealProblem> {
        check_params(params)?;
        let salt = BASE64
            .decode(&params.salt)
            .map_err(|e| SealProblem::BadParams(BadSealParams::Salt(e.to_string())))?;
        let argon = argon2::Params::new(
            params.memory_kib,
            params.passes,
            params.lanes,
            Some(KEY_LEN),
        )
        .map_err(|e| SealProblem::BadParams(BadSealParams::Refused(e.to_string())))?;
        let mut key = Zeroizing::new([0u8; KEY_LEN]);
        argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, argon)
            .hash_password_into(passphrase.as_bytes(), &salt, key.as_mut())
            .map_err(|e| SealProblem::BadParams(BadSealParams::Refused(e.to_string())))?;
        Seal::from_key(log, params, key)
    }

    fn from_key(
        log: Uuid,
        params: &SealParams,
        key: Zeroizing<[u8; KEY_LEN]>,
    ) -> Result<Seal, SealProblem> {
        let cipher = XChaCha20Poly1305::new_from_slice(&key[..32])
            .map_err(|e| SealProblem::BadParams(BadSealParams::Refused(e.to_string())))?;
        let mut nonce_key = Zeroizing::new([0u8; 32]);
        nonce_key.copy_from_slice(&key[32..]);
        Ok(Seal {
            log,
            params: params.clone(),
            key,
            cipher,
            nonce_key,
        })
    }

    pub fn log(&self) -> Uuid {
        self.log
    }

    pub fn params(&self) -> &SealParams {
        &self.params
    }

    /// `plain` sealed for the entry `id`, as base64 of nonce, ciphertext and tag.
    pub fn seal(&self, id: Uuid, plain: &[u8]) -> String {
        let nonce = self.nonce_for(id, plain);
        let aad = self.associated(id);
        let sealed = self.cipher.encrypt(
            &nonce,
            Payload {
                msg: plain,
                aad: &aad,
            },
        );
        let mut out = nonce.to_vec();
        // Encryption fails only for a message longer than 256 GiB.
        out.extend_from_slice(&sealed.unwrap_or_default());
        BASE64.encode(out)
    }

    /// The plaintext `sealed` holds for the entry `id`, or `None` when it
    /// does not open: damaged, cut short, or sealed for another entry, log
    /// or key.
    pub fn open(&self, id: Uuid, sealed: &str) -> Option<Opened> {
        // Opened where it was decoded: one buffer per line, no copies.
        let mut bytes = Zeroizing::new(BASE64.decode(sealed).ok()?);
        let len = bytes.len();
        if len < NONCE_LEN + TAG_LEN {
            return None;
        }
        let (nonce, rest) = bytes.split_at_mut(NONCE_LEN);
        let (text, tag) = rest.split_at_mut(len - NONCE_LEN - TAG_LEN);
        self.cipher
            .decrypt_in_place_detached(
                XNonce::from_slice(nonce),
                &self.associated(id),
                text,
                chacha20poly1305::Tag::from_slice(tag),
            )
            .ok()?;
        Some(Opened(bytes))
    }

    /// The nonce a line is sealed with (see the module comment).
    pub fn nonce_for(&self, id: Uuid, plain: &[u8]) -> XNonce {
        // A 32-byte key is always a valid BLAKE2b key.
        let mut mac = <Blake2bMac<U24> as Mac>::new_from_slice(self.nonce_key.as_ref())
            .unwrap_or_else(|_| unreachable!("BLAKE2b takes keys up to 64 bytes"));
        mac.update(b"trust-garden line nonce");
        mac.update(self.log.as_bytes());
        mac.update(id.as_bytes());
        mac.update(plain);
        XNonce::clone_from_slice(&mac.finalize().into_bytes())
    }

    /// Binds a sealed line to its log and entry, so it cannot be moved to
    /// another id or another couple's save.
    fn associated(&self, id: Uuid) -> [u8; 32] {
        let mut aad = [0u8; 32];
        aad[..16].copy_from_slice(self.log.as_bytes());
        aad[16..].copy_from_slice(id.as_bytes());
        aad
    }
}

/// A sealed line's plain text, wiped from memory when dropped.
pub struct Opened(Zeroizing<Vec<u8>>);

impl Opened {
    pub fn as_bytes(&self) -> &[u8] {
        &self.0[NONCE_LEN..self.0.len() - TAG_LEN]
    }
}

fn check_params(params: &SealParams) -> Result<(), SealProblem> {
    if params.kdf != KDF {
        return Err(SealProblem::BadParams(BadSealParams::UnknownKdf(
            params.kdf.clone(),
        )));
    }
    let settings = [
        ("memory_kib", params.memory_kib, MEMORY_KIB_RANGE),
        ("passes", params.passes, PASSES_RANGE),
        ("lanes", params.lanes, LANES_RANGE),
    ];
    for (setting, value, range) in settings {
        if !range.contains(&value) {
            return Err(SealProblem::BadParams(BadSealParams::OutsideRange {
                setting,
                value,
                range,
            }));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seal() -> Seal {
        Seal::create(Uuid::now_v7(), "correct horse battery").unwrap()
    }

    #[test]
    fn a_sealed_text_opens_only_for_its_own_entry_and_key() {
        let seal = seal();
        let id = Uuid::now_v7();
        let sealed = seal.seal(id, b"I am sorry");
        assert_eq!(
            seal.open(id, &sealed).as_ref().map(Opened::as_bytes),
            Some(&b"I am sorry"[..])
        );
        assert!(
            seal.open(Uuid::now_v7(), &sealed).is_none(),
            "another entry"
        );
        let other = Seal::create(seal.log(), "correct horse battery").unwrap();
        assert!(
            other.open(id, &sealed).is_none(),
            "another salt, another key"
        );
    }

    #[test]
    fn the_same_entry_seals_to_the_same_text_and_a_changed_one_does_not() {
        let seal = seal();
        let id = Uuid::now_v7();
        assert_eq!(seal.seal(id, b"one"), seal.seal(id, b"one"));
        assert_ne!(seal.nonce_for(id, b"one"), seal.nonce_for(id, b"one "));
    }

    #[test]
    fn the_passphrase_is_checked_before_anything_is_opened() {
        let made = seal();
        let again = Seal::unlock(made.log(), made.params(), "correct horse battery");
        assert!(again.is_ok());
        assert_eq!(
            Seal::unlock(made.log(), made.params(), "correct horse batterY").map(|_| ()),
            Err(SealProblem::WrongPassphrase)
        );
        assert_eq!(
            Seal::create(Uuid::now_v7(), "short").map(|_| ()),
            Err(SealProblem::TooShort)
        );
    }

    #[test]
    fn a_kept_key_opens_its_own_seal_only() {
        let made = seal();
        let key = made.key();
        assert_ne!(key.as_slice(), b"correct horse battery".as_slice());
        let again = Seal::unlock_with_key(made.log(), made.params(), &key).unwrap();
        let id = Uuid::now_v7();
        assert!(again.open(id, &made.seal(id, b"kept")).is_some());

        // Encrypted again (a new salt): the old key is refused, not used.
        let renewed = Seal::create(made.log(), "correct horse battery").unwrap();
        assert_eq!(
            Seal::unlock_with_key(made.log(), renewed.params(), &key).map(|_| ()),
            Err(SealProblem::WrongKey)
        );
        let mut flipped = key.to_vec();
        flipped[0] ^= 1;
        for bad in [&flipped[..], &key[..32], &[][..]] {
            assert_eq!(
                Seal::unlock_with_key(made.log(), made.params(), bad).map(|_| ()),
                Err(SealProblem::WrongKey)
            );
        }
    }

    #[test]
    fn a_header_asking_for_gigabytes_is_refused_before_deriving() {
        let made = seal();
        let mut params = made.params().clone();
        params.memory_kib = 64 * 1024 * 1024;
        assert!(matches!(
            Seal::unlock(made.log(), &params, "correct horse battery"),
            Err(SealProblem::BadParams(_))
        ));
    }

    #[test]
    fn seal_problems_are_said_in_the_language_they_are_shown_in() {
        use crate::i18n::{Lang, scoped};
        assert_eq!(
            scoped(Lang::En, || SealProblem::WrongPassphrase.to_string()),
            "the passphrase does not open this save; nothing was changed"
        );
        assert_eq!(
            scoped(Lang::Es, || SealProblem::TooShort.to_string()),
            "una frase de contraseña necesita al menos 8 caracteres"
        );
        let mut params = seal().params().clone();
        params.passes = 99;
        let problem = Seal::unlock(Uuid::now_v7(), &params, "correct horse battery")
            .map(|_| ())
            .unwrap_err();
        assert_eq!(
            scoped(Lang::En, || problem.to_string()),
            "the save's encryption settings: passes 99 is outside 1..=16"
        );
        assert_eq!(
            scoped(Lang::De, || problem.to_string()),
            "Die Verschlüsselungseinstellungen der Speicherdatei: passes 99 liegt außerhalb von 1..=16"
        );
        params.kdf = "scrypt".into();
        let unknown = Seal::unlock(Uuid::now_v7(), &params, "correct horse battery")
            .map(|_| ())
            .unwrap_err();
        assert_eq!(
            scoped(Lang::Es, || unknown.to_string()),
            "la configuración de cifrado del archivo: derivación de clave desconocida \"scrypt\""
        );
    }
}
