//! What an erasure is and what it leaves: its kind, the counts on its
//! receipt, and the events that report it. Types only, so every part of
//! erasure (and what shows a receipt) can use them.

use chrono::{DateTime, Utc};
use entity::ids::CustomerId;
use serde::Serialize;
use uuid::Uuid;

use entity::erasure;
pub use entity::erasure::Kind;

use crate::{error::Result, outbox::EventType};

// Kept in the erasure row as JSON, and shown in the receipt as it is.
/// How much was removed with the record.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize, poem_openapi::Object,
)]
#[oai(rename = "RemovedView")]
pub struct Removed {
    pub notes: u64,
    pub consents: u64,
    /// Blind-index search tokens.
    pub tokens: u64,
    /// Queued integration events about the customer.
    pub events: u64,
}

/// The proof that a record was erased. Names no one.
#[derive(Clone, Debug, Serialize)]
pub struct Receipt {
    pub customer_id: CustomerId,
    pub kind: Kind,
    pub at: DateTime<Utc>,
    pub removed: Removed,
}

/// The events that report an erasure: they name no one, so erasing the
/// record again does not withdraw them.
pub(crate) const ERASURE_EVENTS: [EventType; 3] = [
    EventType::CustomerShredded,
    EventType::CustomerAnonymized,
    EventType::ContactForget,
];

/// What became of one ID in an erasure request.
#[derive(Clone, Debug)]
pub enum Outcome {
    Erased(Receipt),
    /// No such customer in this tenant.
    NotFound,
    /// Shredded before; its receipt stays.
    AlreadyShredded,
    /// On legal hold: not erased.
    OnHold,
    /// Anonymizing a record that already is.
    AlreadyAnonymized,
}

impl Outcome {
    pub fn as_str(&self) -> &'static str {
        match self {
            Outcome::Erased(r) => r.kind.done(),
            Outcome::NotFound => "not_found",
            Outcome::AlreadyShredded => "already_shredded",
            Outcome::OnHold => "on_hold",
            Outcome::AlreadyAnonymized => "already_anonymized",
        }
    }

    /// Why nothing was done to customer `id`, for the one asking.
    pub fn detail(&self, id: CustomerId) -> Option<String> {
        match self {
            Outcome::Erased(_) => None,
            Outcome::NotFound => Some("no customer with this ID in this tenant".into()),
            Outcome::AlreadyShredded => Some(format!(
                "shredded before; the receipt is at /api/v1/erasures/{id}"
            )),
            Outcome::OnHold => Some(
                "the record is on legal hold and must not be erased; release the hold first".into(),
            ),
            Outcome::AlreadyAnonymized => Some("the record is already anonymized".into()),
        }
    }
}

/// An erasure as the API shows it.
pub struct StoredReceipt {
    pub customer_id: CustomerId,
    pub kind: Kind,
    pub at: DateTime<Utc>,
    /// `user`, `token` or `system`, and its ID.
    pub by_kind: String,
    pub by_id: Option<Uuid>,
    pub removed: Removed,
    /// When the key was destroyed; `None` while that is still pending.
    pub key_destroyed_at: Option<DateTime<Utc>>,
    /// The record this one was merged into, when a merge shredded it.
    pub merged_into: Option<CustomerId>,
}

impl TryFrom<erasure::Model> for StoredReceipt {
    type Error = crate::error::Error;

    fn try_from(e: erasure::Model) -> Result<Self> {
        let removed: Removed = serde_json::from_str(&e.removed)
            .map_err(|err| crate::error::Error::internal_from("erasure counts", err))?;
        Ok(Self {
            customer_id: e.customer_id,
            kind: e.kind,
            at: e.requested_at,
            by_kind: e.by_kind,
            by_id: e.by_id,
            removed,
            key_destroyed_at: e.done_at,
            merged_into: e.merged_into,
        })
    }
}
