//! Standard Webhooks signatures: `v1,` + base64 HMAC-SHA256 of
//! `{id}.{timestamp}.{body}`, keyed with the bytes a `whsec_` secret encodes.

use base64::{Engine, engine::general_purpose::STANDARD};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use zeroize::Zeroizing;

const PREFIX: &str = "whsec_";
/// Signatures looked at in one header.
const MAX_SIGNATURES: usize = 5;

/// A fresh signing secret: `whsec_` + base64 of 32 random bytes.
pub fn new_secret() -> Zeroizing<String> {
    use rand::RngCore;
    let mut bytes = Zeroizing::new([0u8; 32]);
    rand::rngs::OsRng.fill_bytes(bytes.as_mut());
    Zeroizing::new(format!("{PREFIX}{}", STANDARD.encode(bytes.as_ref())))
}

/// The HMAC key a `whsec_` secret stands for.
pub fn key_of(secret: &str) -> Option<Zeroizing<Vec<u8>>> {
    let encoded = secret.strip_prefix(PREFIX)?;
    STANDARD.decode(encoded).ok().map(Zeroizing::new)
}

fn mac(key: &[u8], id: &str, timestamp: i64, body: &[u8]) -> Hmac<Sha256> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes a key of any length");
    mac.update(id.as_bytes());
    mac.update(b".");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    mac
}

/// The `webhook-signature` header: one `v1,…` per key, space-separated (the
/// new secret and, during a rotation, the old one).
pub fn header(keys: &[Zeroizing<Vec<u8>>], id: &str, timestamp: i64, body: &[u8]) -> String {
    keys.iter()
        .map(|key| {
            let tag = mac(key, id, timestamp, body).finalize().into_bytes();
            format!("v1,{}", STANDARD.encode(tag))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether any `v1` signature in `header` is right for any of `keys`,
/// compared in constant time.
pub fn verify(
    keys: &[Zeroizing<Vec<u8>>],
    id: &str,
    timestamp: i64,
    body: &[u8],
    header: &str,
) -> bool {
    // A few signatures at most (a rotation has two): more only cost work.
    let tags: Vec<Vec<u8>> = header
        .split(' ')
        .take(MAX_SIGNATURES)
        .filter_map(|s| s.strip_prefix("v1,"))
        .filter_map(|b| STANDARD.decode(b).ok())
        .collect();
    keys.iter().any(|key| {
        let expected = mac(key, id, timestamp, body).finalize().into_bytes();
        tags.iter()
            .any(|tag| subtle::ConstantTimeEq::ct_eq(expected.as_slice(), tag.as_slice()).into())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_verifies_with_its_key_only() {
        let a = key_of(&new_secret()).unwrap();
        let b = key_of(&new_secret()).unwrap();
        let header = header(std::slice::from_ref(&a), "msg_1", 1_700_000_000, b"{}");
        assert!(header.starts_with("v1,"));
        assert!(verify(
            std::slice::from_ref(&a),
            "msg_1",
            1_700_000_000,
            b"{}",
            &header
        ));
        assert!(!verify(
            std::slice::from_ref(&b),
            "msg_1",
            1_700_000_000,
            b"{}",
            &header
        ));
        assert!(!verify(
            std::slice::from_ref(&a),
            "msg_2",
            1_700_000_000,
            b"{}",
            &header
        ));
        assert!(!verify(
            std::slice::from_ref(&a),
            "msg_1",
            1_700_000_001,
            b"{}",
            &header
        ));
        assert!(!verify(
            std::slice::from_ref(&a),
            "msg_1",
            1_700_000_000,
            b"{ }",
            &header
        ));
    }

    #[test]
    fn during_a_rotation_both_secrets_sign() {
        let old = key_of(&new_secret()).unwrap();
        let new = key_of(&new_secret()).unwrap();
        let both = header(&[new.clone(), old.clone()], "msg_1", 1, b"x");
        assert_eq!(both.split(' ').count(), 2);
        assert!(verify(&[old], "msg_1", 1, b"x", &both));
        assert!(verify(&[new], "msg_1", 1, b"x", &both));
    }

    #[test]
    fn secrets_have_the_standard_form() {
        let secret = new_secret();
        assert!(secret.starts_with("whsec_"));
        assert_eq!(key_of(&secret).unwrap().len(), 32);
        assert!(key_of("sk_abc").is_none());
        assert!(key_of("whsec_!!!").is_none());
    }
}
