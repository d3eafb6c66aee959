//! What a process knows to open encrypted saves: the passphrase it was
//! given, and each key already derived from it (Argon2id is slow on
//! purpose, so a save and its copies derive it once).

use std::fmt;
use std::sync::{Arc, Mutex};

use zeroize::Zeroizing;

use super::codec::{Codec, Header};
use super::seal::{Seal, SealProblem};

/// A passphrase and the keys unlocked with it. Cloning shares both.
#[derive(Clone, Default)]
pub struct Keys {
    passphrase: Option<Arc<Zeroizing<String>>>,
    unlocked: Arc<Mutex<Vec<Arc<Seal>>>>,
}

impl fmt::Debug for Keys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Keys")
            .field("passphrase", &self.passphrase.as_ref().map(|_| "…"))
            .finish_non_exhaustive()
    }
}

impl Keys {
    /// No passphrase: plain saves only.
    pub fn none() -> Keys {
        Keys::default()
    }

    pub fn with_passphrase(passphrase: Zeroizing<String>) -> Keys {
        Keys {
            passphrase: Some(Arc::new(passphrase)),
            unlocked: Arc::default(),
        }
    }

    pub fn passphrase(&self) -> Option<&str> {
        self.passphrase.as_deref().map(|p| p.as_str())
    }

    /// Keeps a seal made or unlocked elsewhere (a save just encrypted).
    pub fn remember(&self, seal: Arc<Seal>) {
        if let Ok(mut unlocked) = self.unlocked.lock() {
            unlocked.push(seal);
        }
    }

    /// Unlocks the save `header` describes with a key a device kept (see
    /// [`Seal::key`]), so it opens without the passphrase.
    pub fn unlock_with_key(&self, header: &Header, key: &[u8]) -> Result<(), SealProblem> {
        let params = header.seal.as_ref().ok_or(SealProblem::WrongKey)?;
        let seal = Seal::unlock_with_key(header.log, params, key)?;
        self.remember(Arc::new(seal));
        Ok(())
    }

    /// The key of the save `header` describes, as it is sealed now, if it
    /// has been unlocked here: what a device keeps to open it next time.
    pub fn key_for(&self, header: &Header) -> Option<Zeroizing<Vec<u8>>> {
        let params = header.seal.as_ref()?;
        let unlocked = self.unlocked.lock().ok()?;
        unlocked
            .iter()
            .find(|s| s.log() == header.log && s.params() == params)
            .map(|seal| seal.key())
    }

    /// How the lines of a save with `header` are read and written.
    pub fn codec_for(&self, header: &Header) -> Result<Codec, SealProblem> {
        let Some(params) = &header.seal else {
            return Ok(Codec::Plain);
        };
        let known = self.unlocked.lock().ok().and_then(|unlocked| {
            unlocked
                .iter()
                .find(|s| s.log() == header.log && s.params() == params)
                .cloned()
        });
        if let Some(seal) = known {
            return Ok(Codec::Sealed(seal));
        }
        let passphrase = self.passphrase().ok_or(SealProblem::NoPassphrase)?;
        let seal = Arc::new(Seal::unlock(header.log, params, passphrase)?);
        self.remember(Arc::clone(&seal));
        Ok(Codec::Sealed(seal))
    }
}
