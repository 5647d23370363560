//! Events for integrations, written to the outbox in the same transaction as
//! the change they report, so an event is queued if and only if its change
//! happened. Delivery reads them from there.

use chrono::{DateTime, Utc};
use entity::outbox_event;
use sea_orm::Set;
use serde_json::Value;
use uuid::Uuid;

/// An event of `kind` about a customer. `data` holds IDs and dates only.
pub fn event(
    tenant_id: Uuid,
    kind: &str,
    customer_id: Uuid,
    data: Value,
    now: DateTime<Utc>,
) -> outbox_event::ActiveModel {
    outbox_event::ActiveModel {
        tenant_id: Set(tenant_id),
        id: Set(Uuid::now_v7()),
        kind: Set(kind.to_owned()),
        customer_id: Set(Some(customer_id)),
        data: Set(data.to_string()),
        created_at: Set(now),
    }
}
