//! The sealed part of a customer record.

use entity::ids::{CustomerId, TenantId};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::values::{Email, Phone};
use crate::{
    crypto::Key,
    error::{Error, Result},
    fields::StoredField,
};

/// Everything about a customer that identifies them. Never stored or logged
/// in the clear; wiped from memory when dropped.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct Personal {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<Email>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<Phone>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Custom field values, by field ID.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<StoredField>,
    /// Why processing is restricted, while it is; staff's words may name the person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restriction_reason: Option<String>,
    /// Why the record is on legal hold, while it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hold_reason: Option<String>,
    /// The language the person prefers (a tag of the catalogue); emails and
    /// copies for them use it. Kept as text so a record always opens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// Binds a sealed record to its tenant and customer: a ciphertext copied onto
/// another row does not open.
fn aad(tenant_id: TenantId, customer_id: CustomerId) -> Vec<u8> {
    format!("customer:{tenant_id}:{customer_id}").into_bytes()
}

impl Personal {
    /// The preferred language, if it is one Steward speaks.
    pub fn lang(&self) -> Option<crate::i18n::Lang> {
        self.language.as_deref().and_then(crate::i18n::Lang::parse)
    }

    /// The email address as text, if any.
    pub fn email_text(&self) -> Option<String> {
        self.email.as_ref().map(|e| e.as_str().to_owned())
    }

    /// The telephone number as text, if any.
    pub fn phone_text(&self) -> Option<String> {
        self.phone.as_ref().map(|p| p.as_str().to_owned())
    }

    pub fn seal(&self, key: &Key, tenant_id: TenantId, customer_id: CustomerId) -> Vec<u8> {
        let plain =
            Zeroizing::new(serde_json::to_vec(self).expect("a struct of strings serialises"));
        key.seal(&plain, &aad(tenant_id, customer_id))
    }

    pub fn open(
        sealed: &[u8],
        key: &Key,
        tenant_id: TenantId,
        customer_id: CustomerId,
    ) -> Result<Self> {
        let plain = key
            .open(sealed, &aad(tenant_id, customer_id))
            .map_err(|e| Error::internal_from(format!("customer {customer_id}"), e))?;
        serde_json::from_slice(&plain).map_err(|e| {
            Error::internal(format!(
                "customer {customer_id}: sealed record unreadable: {e}"
            ))
        })
    }
}

/// The name alone, read from a sealed record without building the rest
/// (the list sorted by name opens many records for their names only).
#[derive(Deserialize, Zeroize, ZeroizeOnDrop)]
struct NameOnly {
    name: String,
}

impl Personal {
    /// The name of a sealed record.
    pub fn open_name(
        sealed: &[u8],
        key: &Key,
        tenant_id: TenantId,
        customer_id: CustomerId,
    ) -> Result<Zeroizing<String>> {
        let plain = key
            .open(sealed, &aad(tenant_id, customer_id))
            .map_err(|e| Error::internal_from(format!("customer {customer_id}"), e))?;
        let only: NameOnly = serde_json::from_slice(&plain).map_err(|e| {
            Error::internal(format!(
                "customer {customer_id}: sealed record unreadable: {e}"
            ))
        })?;
        Ok(Zeroizing::new(only.name.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_record_opens_only_for_its_own_row() {
        let key = Key::generate();
        let (t, c) = (TenantId::new(), CustomerId::new());
        let p = Personal {
            name: "Zoë Łukasz-Ødegård".into(),
            email: Some(Email::parse("zoe@example.test").unwrap()),
            phone: None,
            company: None,
            address: None,
            fields: Vec::new(),
            restriction_reason: None,
            hold_reason: None,
            language: None,
        };
        let sealed = p.seal(&key, t, c);
        assert!(!String::from_utf8_lossy(&sealed).contains("example"));
        assert_eq!(Personal::open(&sealed, &key, t, c).unwrap(), p);
        assert!(Personal::open(&sealed, &key, t, CustomerId::new()).is_err());
        assert_eq!(
            *Personal::open_name(&sealed, &key, t, c).unwrap(),
            "Zoë Łukasz-Ødegård"
        );
    }
}
