use sea_orm::entity::prelude::*;

use crate::ids::{CustomerId, TenantId};

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox_events")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    /// Time-ordered, so per-customer order is the order of IDs.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The event type, e.g. `customer.expired`.
    pub kind: EventType,
    pub customer_id: Option<CustomerId>,
    /// The event's `data` object as JSON.
    pub data: String,
    /// The personal part of the event (an email address), as a JSON object
    /// sealed under the tenant's outbox key.
    pub sealed: Option<Vec<u8>>,
    /// The integration that reported this change; it is not sent its own news.
    pub origin_integration_id: Option<Uuid>,
    pub created_at: ChronoDateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}

crate::stored_words! {
    /// Event types Steward sends to integrations.
    pub enum EventType {
        /// A customer's consent to a purpose was given or withdrawn.
        ConsentUpdated = "consent.updated",
        /// A page of the current marketing status of every customer who has
        /// a consent record for the integration's purpose.
        ConsentSnapshot = "consent.snapshot",
        /// A customer was erased: the receiver must delete the contact.
        ContactForget = "contact.forget",
        CustomerExpired = "customer.expired",
        CustomerShredded = "customer.shredded",
        CustomerAnonymized = "customer.anonymized",
        /// Two records of one person became one: `merged_id` is gone,
        /// `survivor_id` holds what was kept of both.
        CustomerMerged = "customer.merged",
        RequestReceived = "request.received",
        /// Details of a customer were corrected on their request (Art. 16,
        /// 19): `fields` names them, never their values.
        CustomerRectified = "customer.rectified",
    }
}
