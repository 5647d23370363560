//! Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 s steps, one
//! step of drift allowed). The shared secret is sealed under the tenant key;
//! a code is accepted once only.

use entity::ids::{TenantId, UserId};
use totp_rs::{Algorithm, TOTP};

use crate::{
    crypto::{Key, constant_eq},
    error::{Error, Result},
};

const STEP: u64 = 30;
const ISSUER: &str = "Steward";

fn aad(tenant_id: TenantId, user_id: UserId) -> Vec<u8> {
    format!("totp:{tenant_id}:{user_id}").into_bytes()
}

fn totp(secret: &[u8], account: &str) -> TOTP {
    TOTP::new_unchecked(
        Algorithm::SHA1,
        6,
        1,
        STEP,
        secret.to_vec(),
        Some(ISSUER.to_owned()),
        account.to_owned(),
    )
}

pub struct Enrolment {
    pub sealed_secret: Vec<u8>,
    pub secret_base32: String,
    pub otpauth_uri: String,
}

pub fn enrol(tenant_key: &Key, tenant_id: TenantId, user_id: UserId, account: &str) -> Enrolment {
    let mut secret = zeroize::Zeroizing::new([0u8; 20]);
    rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, secret.as_mut());
    let t = totp(secret.as_ref(), account);
    Enrolment {
        sealed_secret: tenant_key.seal(secret.as_ref(), &aad(tenant_id, user_id)),
        secret_base32: t.get_secret_base32(),
        otpauth_uri: t.get_url(),
    }
}

/// The time step of `code` if it is valid now and newer than `last_step`.
pub fn check(
    tenant_key: &Key,
    tenant_id: TenantId,
    user_id: UserId,
    sealed_secret: &[u8],
    code: &str,
    unix_now: u64,
    last_step: Option<i64>,
) -> Result<Option<i64>> {
    let code = code.trim();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    let secret = tenant_key
        .open(sealed_secret, &aad(tenant_id, user_id))
        .map_err(|e| Error::internal_from("TOTP secret", e))?;
    let t = totp(&secret, "");
    let now_step = unix_now / STEP;
    for step in [now_step.saturating_sub(1), now_step, now_step + 1] {
        let fresh = last_step.is_none_or(|last| step as i64 > last);
        if fresh && constant_eq(t.generate(step * STEP).as_bytes(), code.as_bytes()) {
            return Ok(Some(step as i64));
        }
    }
    Ok(None)
}

/// The code an authenticator would show at `unix_time`, for tests and tools.
pub fn code_at(secret_base32: &str, unix_time: u64) -> Option<String> {
    let secret = totp_rs::Secret::Encoded(secret_base32.to_owned())
        .to_bytes()
        .ok()?;
    Some(totp(&secret, "").generate(unix_time))
}
