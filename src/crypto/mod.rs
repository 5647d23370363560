//! Keys and sealing. AES-256-GCM with random nonces and associated data that
//! binds every ciphertext to its owner; HKDF-SHA256 for derived keys. Key
//! material is zeroized when dropped.

pub mod keystore;
pub mod orphans;

use aes_gcm::{
    Aes256Gcm, Nonce,
    aead::{Aead, KeyInit, Payload},
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use hkdf::Hkdf;
use rand::{RngCore, rngs::OsRng};
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, Zeroizing};

const VERSION: u8 = 1;
const NONCE_LEN: usize = 12;

/// A 256-bit symmetric key.
#[derive(Clone)]
pub struct Key(Zeroizing<[u8; 32]>);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CryptoError {
    #[error("sealed value is malformed")]
    Malformed,
    #[error("sealed value does not open with this key")]
    WrongKey,
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(..)")
    }
}

impl Key {
    pub fn generate() -> Self {
        let mut bytes = Zeroizing::new([0u8; 32]);
        OsRng.fill_bytes(bytes.as_mut());
        Self(bytes)
    }

    pub fn from_slice(bytes: &[u8]) -> Option<Self> {
        let array: [u8; 32] = bytes.try_into().ok()?;
        Some(Self(Zeroizing::new(array)))
    }

    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// `version || nonce || ciphertext+tag`, bound to `aad`.
    pub fn seal(&self, plaintext: &[u8], aad: &[u8]) -> Vec<u8> {
        let cipher = Aes256Gcm::new(self.0.as_ref().into());
        let mut nonce = [0u8; NONCE_LEN];
        OsRng.fill_bytes(&mut nonce);
        let ciphertext = cipher
            .encrypt(
                Nonce::from_slice(&nonce),
                Payload {
                    msg: plaintext,
                    aad,
                },
            )
            .expect("AES-GCM encryption of an in-memory buffer cannot fail");
        let mut out = Vec::with_capacity(1 + NONCE_LEN + ciphertext.len());
        out.push(VERSION);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&ciphertext);
        out
    }

    pub fn open(&self, sealed: &[u8], aad: &[u8]) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
        if sealed.len() < 1 + NONCE_LEN + 16 || sealed[0] != VERSION {
            return Err(CryptoError::Malformed);
        }
        let (nonce, ciphertext) = sealed[1..].split_at(NONCE_LEN);
        let cipher = Aes256Gcm::new(self.0.as_ref().into());
        cipher
            .decrypt(
                Nonce::from_slice(nonce),
                Payload {
                    msg: ciphertext,
                    aad,
                },
            )
            .map(Zeroizing::new)
            .map_err(|_| CryptoError::WrongKey)
    }

    /// Wraps another key under this one.
    pub fn wrap(&self, key: &Key, aad: &[u8]) -> Vec<u8> {
        self.seal(key.as_bytes(), aad)
    }

    pub fn unwrap_key(&self, wrapped: &[u8], aad: &[u8]) -> Result<Key, CryptoError> {
        let bytes = self.open(wrapped, aad)?;
        Key::from_slice(&bytes).ok_or(CryptoError::Malformed)
    }

    /// A key for one purpose, derived with HKDF-SHA256.
    pub fn derive(&self, info: &[u8]) -> Key {
        let hk = Hkdf::<Sha256>::new(Some(b"steward/v1"), self.0.as_ref());
        let mut out = Zeroizing::new([0u8; 32]);
        hk.expand(info, out.as_mut())
            .expect("32 bytes is a valid HKDF-SHA256 length");
        Self(out)
    }
}

/// A fresh random secret, URL-safe base64 of `bytes` random bytes.
pub fn random_secret(bytes: usize) -> String {
    let mut buf = Zeroizing::new(vec![0u8; bytes]);
    OsRng.fill_bytes(&mut buf);
    URL_SAFE_NO_PAD.encode(&*buf)
}

/// Hex SHA-256: how tokens are stored, so a database leak reveals none.
pub fn sha256_hex(data: &[u8]) -> String {
    let digest = Sha256::digest(data);
    let mut out = String::with_capacity(64);
    for b in digest {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// Compares secrets in time independent of where they differ.
pub fn constant_eq(a: &[u8], b: &[u8]) -> bool {
    use subtle::ConstantTimeEq;
    a.len() == b.len() && bool::from(a.ct_eq(b))
}

/// Overwrites a string's bytes before it is dropped.
pub fn wipe(mut s: String) {
    s.zeroize();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_data_opens_only_with_its_key_and_aad() {
        let key = Key::generate();
        let sealed = key.seal("Zoë Brontë".as_bytes(), b"tenant:1");
        assert_eq!(
            &*key.open(&sealed, b"tenant:1").unwrap(),
            "Zoë Brontë".as_bytes()
        );
        assert_eq!(key.open(&sealed, b"tenant:2"), Err(CryptoError::WrongKey));
        assert_eq!(
            Key::generate().open(&sealed, b"tenant:1"),
            Err(CryptoError::WrongKey)
        );
        assert_eq!(
            key.open(&sealed[..10], b"tenant:1"),
            Err(CryptoError::Malformed)
        );
    }

    #[test]
    fn two_seals_of_the_same_text_differ() {
        let key = Key::generate();
        assert_ne!(key.seal(b"x", b""), key.seal(b"x", b""));
    }

    #[test]
    fn derived_keys_are_stable_and_separate() {
        let key = Key::generate();
        assert_eq!(
            key.derive(b"search").as_bytes(),
            key.derive(b"search").as_bytes()
        );
        assert_ne!(
            key.derive(b"search").as_bytes(),
            key.derive(b"other").as_bytes()
        );
    }
}
