//! Password hashing with argon2id at OWASP's recommended parameters
//! (19 MiB, 2 passes, 1 lane), run off the async threads.

use std::sync::LazyLock;

use argon2::{
    Algorithm, Argon2, Params, Version,
    password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash},
};

use crate::{
    context::Services,
    error::{Error, Result},
};

fn hasher() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::default())
}

/// A hash of a password nobody knows, verified against when the account does
/// not exist so that unknown users cost the same time as wrong passwords.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| {
    hash_blocking(&crate::crypto::random_secret(24)).expect("hashing a random password succeeds")
});

fn hash_blocking(password: &str) -> Result<String> {
    hasher()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| Error::internal_from("password hashing failed", e))
}

fn verify_blocking(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .map(|h| hasher().verify_password(password.as_bytes(), &h).is_ok())
        .unwrap_or(false)
}

pub async fn hash(state: &Services, password: &str) -> Result<String> {
    let _permit = state
        .hashing
        .acquire()
        .await
        .map_err(|e| Error::internal_from("the hashing slots are closed", e))?;
    let password = zeroize::Zeroizing::new(password.to_owned());
    tokio::task::spawn_blocking(move || hash_blocking(&password))
        .await
        .map_err(|e| Error::internal_from("the password hashing task failed", e))?
}

/// Verifies against `phc`, or against a dummy hash when there is none.
pub async fn verify(state: &Services, password: &str, phc: Option<&str>) -> Result<bool> {
    let _permit = state
        .hashing
        .acquire()
        .await
        .map_err(|e| Error::internal_from("the hashing slots are closed", e))?;
    let password = zeroize::Zeroizing::new(password.to_owned());
    state.metrics.password_checks.inc();
    let (phc, real) = match phc {
        Some(p) => (p.to_owned(), true),
        None => (String::new(), false),
    };
    tokio::task::spawn_blocking(move || {
        let target = if real {
            phc.as_str()
        } else {
            DUMMY_HASH.as_str()
        };
        verify_blocking(&password, target) && real
    })
    .await
    .map_err(|e| Error::internal_from("the password check task failed", e))
}

/// Computes the dummy hash ahead of the first login, off the request path.
pub fn warm_up() {
    LazyLock::force(&DUMMY_HASH);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_phc_with_owasp_parameters() {
        let h = hash_blocking("correct horse battery staple").unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify_blocking("correct horse battery staple", &h));
        assert!(!verify_blocking("wrong horse battery staple", &h));
        assert!(!verify_blocking("anything", "not a phc string"));
    }
}
