//! Events for integrations, written to the outbox in the same transaction as
//! the change they report, so an event is queued if and only if its change
//! happened. The job runner hands each to the integrations that want it
//! (`sync::delivery`).
//!
//! An event's `data` holds IDs, dates and statuses. What a marketing tool
//! needs to find the person (their email address) is the event's *personal
//! part*: sealed under the tenant's outbox key, a key derived from the tenant
//! key rather than the customer's, so news of a shredding can still be sent
//! after the customer's key is gone. The personal part is removed as soon as
//! the event is delivered or given up.

use chrono::{DateTime, Utc};
use entity::ids::{CustomerId, TenantId};
use entity::outbox_event;
use sea_orm::Set;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::{
    context::Services,
    crypto::Key,
    error::{Error, Result},
};

pub use entity::outbox_event::EventType;

/// An event of `kind` about a customer. `data` holds IDs and dates only.
pub fn event(
    tenant_id: TenantId,
    kind: EventType,
    customer_id: CustomerId,
    data: Value,
    now: DateTime<Utc>,
) -> outbox_event::ActiveModel {
    new(tenant_id, kind, Some(customer_id), data, now)
}

/// An event of `kind` about no one customer (a request, say).
pub fn tenant_event(
    tenant_id: TenantId,
    kind: EventType,
    data: Value,
    now: DateTime<Utc>,
) -> outbox_event::ActiveModel {
    new(tenant_id, kind, None, data, now)
}

fn new(
    tenant_id: TenantId,
    kind: EventType,
    customer_id: Option<CustomerId>,
    data: Value,
    now: DateTime<Utc>,
) -> outbox_event::ActiveModel {
    outbox_event::ActiveModel {
        tenant_id: Set(tenant_id),
        id: Set(Uuid::now_v7()),
        kind: Set(kind),
        customer_id: Set(customer_id),
        data: Set(data.to_string()),
        sealed: Set(None),
        origin_integration_id: Set(None),
        created_at: Set(now),
    }
}

/// The key that seals the personal part of a tenant's events.
pub fn outbox_key(tenant_key: &Key) -> Key {
    tenant_key.derive(b"outbox events")
}

/// The tenant's outbox key.
pub async fn key_of(state: &Services, tenant_id: TenantId) -> Result<Key> {
    Ok(outbox_key(&state.keys.tenant_key(tenant_id).await?))
}

fn aad(tenant_id: TenantId, event_id: Uuid) -> Vec<u8> {
    format!("outbox:{tenant_id}:{event_id}").into_bytes()
}

/// Erasure: deletes the queued events about `ids`, counted per customer,
/// but for those of kinds `keep` (news of an erasure names no one, so it
/// still goes out).
pub async fn forget<C: sea_orm::ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    ids: &[CustomerId],
    keep: &[EventType],
) -> Result<crate::db::PerCustomer> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let delete = outbox_event::Entity::delete_many()
        .filter(outbox_event::Column::TenantId.eq(tenant_id))
        .filter(outbox_event::Column::CustomerId.is_in(ids.iter().copied()))
        .filter(outbox_event::Column::Kind.is_not_in(keep.iter().copied()));
    Ok(crate::db::delete_counting(conn, delete, outbox_event::Column::CustomerId).await?)
}

/// Seals `personal` (a JSON object) as the personal part of event `event_id`.
pub fn seal(key: &Key, tenant_id: TenantId, event_id: Uuid, personal: &Value) -> Vec<u8> {
    key.seal(personal.to_string().as_bytes(), &aad(tenant_id, event_id))
}

/// Opens the personal part of event `event_id`.
pub fn open(key: &Key, tenant_id: TenantId, event_id: Uuid, sealed: &[u8]) -> Result<Value> {
    let plain = key
        .open(sealed, &aad(tenant_id, event_id))
        .map_err(|e| Error::internal_from(format!("outbox event {event_id}"), e))?;
    serde_json::from_slice(&plain)
        .map_err(|e| Error::internal_from(format!("outbox event {event_id}"), e))
}

/// A `consent.updated` event: the decision, and the address the receiver
/// knows the person by (sealed).
#[allow(clippy::too_many_arguments)]
pub fn consent_updated(
    key: &Key,
    tenant_id: TenantId,
    customer_id: CustomerId,
    email: Option<&str>,
    purpose: &str,
    granted: bool,
    source: &str,
    at: DateTime<Utc>,
) -> outbox_event::ActiveModel {
    let mut event = event(
        tenant_id,
        EventType::ConsentUpdated,
        customer_id,
        json!({
            "customer_id": customer_id,
            "purpose": purpose,
            "status": status_word(granted),
            "source": source,
            "at": at,
        }),
        at,
    );
    let id = *event.id.as_ref();
    event.sealed = Set(Some(seal(key, tenant_id, id, &json!({ "email": email }))));
    event
}

/// A `contact.forget` event: the receiver must delete the person it knows
/// by `email`.
pub fn contact_forget(
    key: &Key,
    tenant_id: TenantId,
    customer_id: CustomerId,
    email: &str,
    reason: &str,
    at: DateTime<Utc>,
) -> outbox_event::ActiveModel {
    let mut event = event(
        tenant_id,
        EventType::ContactForget,
        customer_id,
        json!({ "customer_id": customer_id, "reason": reason, "at": at }),
        at,
    );
    let id = *event.id.as_ref();
    event.sealed = Set(Some(seal(key, tenant_id, id, &json!({ "email": email }))));
    event
}

/// How a consent decision reads in events: `subscribed` or `unsubscribed`.
pub fn status_word(granted: bool) -> &'static str {
    match granted {
        true => "subscribed",
        false => "unsubscribed",
    }
}
