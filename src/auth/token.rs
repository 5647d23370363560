//! Bearer secrets: session cookies and API tokens. Each names its tenant in
//! the clear (so lookups route to one tenant) and carries 256 random bits;
//! only a SHA-256 of the whole string is stored.

use entity::ids::TenantId;
use uuid::Uuid;

use crate::crypto;

pub const SESSION_PREFIX: &str = "sess";
pub const API_TOKEN_PREFIX: &str = "stw";

pub struct Secret {
    pub value: String,
    pub hash: String,
}

pub fn generate(prefix: &str, tenant_id: TenantId) -> Secret {
    let value = format!(
        "{prefix}_{}_{}",
        tenant_id.uuid().simple(),
        crypto::random_secret(32)
    );
    let hash = crypto::sha256_hex(value.as_bytes());
    Secret { value, hash }
}

/// The tenant and stored hash of a presented secret, if it is well formed.
pub fn parse(prefix: &str, presented: &str) -> Option<(TenantId, String)> {
    let rest = presented.strip_prefix(prefix)?.strip_prefix('_')?;
    let (tenant, secret) = rest.split_once('_')?;
    if tenant.len() != 32 || secret.len() != 43 {
        return None;
    }
    let tenant_id = TenantId::from(Uuid::try_parse(tenant).ok()?);
    Some((tenant_id, crypto::sha256_hex(presented.as_bytes())))
}

/// The CSRF token of a session: derived from the session secret, so it needs
/// no storage and dies with the session.
pub fn csrf_of(session_secret: &str) -> String {
    use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
    use hmac::{Hmac, Mac};
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(session_secret.as_bytes())
        .expect("HMAC accepts keys of any length");
    mac.update(b"steward csrf v1");
    URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_round_trip_and_reject_tampering() {
        let tenant = TenantId::new();
        let s = generate(API_TOKEN_PREFIX, tenant);
        assert_eq!(
            parse(API_TOKEN_PREFIX, &s.value),
            Some((tenant, s.hash.clone()))
        );
        assert_eq!(parse(SESSION_PREFIX, &s.value), None);
        assert_eq!(parse(API_TOKEN_PREFIX, &s.value[..s.value.len() - 1]), None);
        assert_eq!(parse(API_TOKEN_PREFIX, "stw_nothex_x"), None);
    }
}
