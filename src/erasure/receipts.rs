//! Receipts of erasures: the stored proof, as the API shows it, and the
//! events that tell recipients of the data (Art. 19).

use chrono::{DateTime, Utc};
use entity::{consent, customer, erasure, outbox_event};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use uuid::Uuid;

use super::service::*;
use crate::{context::Services, db::ROWS_PER_STATEMENT, error::Result, outbox::EventType};

/// The stored erasure of a customer, if any.
pub async fn receipt_row<C: ConnectionTrait>(
    conn: &C,
    tenant_id: Uuid,
    customer_id: Uuid,
) -> Result<Option<erasure::Model>> {
    Ok(erasure::Entity::find_by_id((tenant_id, customer_id))
        .one(conn)
        .await?)
}

/// An erasure as the API shows it.
pub struct StoredReceipt {
    pub customer_id: Uuid,
    pub kind: Kind,
    pub at: DateTime<Utc>,
    /// `user`, `token` or `system`, and its ID.
    pub by_kind: String,
    pub by_id: Option<Uuid>,
    pub removed: Removed,
    /// When the key was destroyed; `None` while that is still pending.
    pub key_destroyed_at: Option<DateTime<Utc>>,
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
        })
    }
}

/// The receipt of an erased customer of the caller's tenant (admin).
pub async fn receipt(
    state: &Services,
    scope: &crate::auth::Scope,
    customer_id: Uuid,
) -> Result<StoredReceipt> {
    scope.require(crate::auth::Role::Admin)?;
    receipt_row(&state.db.main, scope.tenant_id(), customer_id)
        .await?
        .ok_or(crate::error::Error::NotFound("erasure"))?
        .try_into()
}

/// The `customer.shredded` / `customer.anonymized` events of `receipts`,
/// for the outbox: so every recipient of the data hears of the erasure
/// (GDPR Art. 19). IDs, times and the reason only.
pub fn events(
    tenant_id: Uuid,
    receipts: &[Receipt],
    reason: &str,
) -> Vec<outbox_event::ActiveModel> {
    receipts
        .iter()
        .map(|r| {
            crate::outbox::event(
                tenant_id,
                match r.kind {
                    Kind::Shred => EventType::CustomerShredded,
                    Kind::Anonymize => EventType::CustomerAnonymized,
                },
                r.customer_id,
                serde_json::json!({
                    "customer_id": r.customer_id,
                    "at": r.at,
                    "reason": reason,
                }),
                r.at,
            )
        })
        .collect()
}

/// `contact.forget` events for those of `rows` a marketing tool may know:
/// customers with a consent record and an address. Call before the rows
/// are erased; the address is sealed under the outbox key, which outlives
/// the customer's.
pub async fn forget_events<C: ConnectionTrait>(
    state: &Services,
    conn: &C,
    tenant_id: Uuid,
    rows: &[customer::Model],
    reason: &str,
    now: DateTime<Utc>,
) -> Result<Vec<outbox_event::ActiveModel>> {
    let mut events = Vec::new();
    let mut key = None;
    for chunk in rows.chunks(ROWS_PER_STATEMENT) {
        let ids: Vec<Uuid> = chunk.iter().map(|r| r.id).collect();
        let consenting: std::collections::HashSet<Uuid> = consent::Entity::find()
            .select_only()
            .column(consent::Column::CustomerId)
            .distinct()
            .filter(consent::Column::TenantId.eq(tenant_id))
            .filter(consent::Column::CustomerId.is_in(ids))
            .into_tuple::<Uuid>()
            .all(conn)
            .await?
            .into_iter()
            .collect();
        if consenting.is_empty() {
            continue;
        }
        let known: Vec<customer::Model> = chunk
            .iter()
            .filter(|r| consenting.contains(&r.id))
            .cloned()
            .collect();
        let key = match &key {
            Some(key) => key,
            None => key.insert(crate::outbox::key_of(state, tenant_id).await?),
        };
        for c in crate::customers::service::open_many(state, tenant_id, known).await? {
            if let Some(email) = &c.personal.email {
                events.push(crate::outbox::contact_forget(
                    key, tenant_id, c.row.id, email, reason, now,
                ));
            }
        }
    }
    Ok(events)
}
