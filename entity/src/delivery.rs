use sea_orm::entity::prelude::*;

use crate::ids::{CustomerId, TenantId};

/// One event on its way to one integration.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "deliveries")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    /// The `webhook-id`: the same on every attempt.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub integration_id: Uuid,
    /// The outbox event's ID: time-ordered, so per customer the order of events.
    pub event_id: Uuid,
    pub event_type: crate::outbox_event::EventType,
    pub customer_id: Option<CustomerId>,
    pub event_at: ChronoDateTimeUtc,
    /// The body's `data` without its personal part, as JSON.
    pub data: String,
    /// The personal part, sealed under the outbox key; removed once done.
    pub sealed: Option<Vec<u8>>,
    /// `pending`, `delivered` or `dead`.
    pub state: State,
    /// Attempts made in all.
    pub attempts: i32,
    /// Failures since the last success or manual retry: the step of the
    /// retry schedule.
    pub failures: i32,
    /// When it is next sent; null once done, or while its integration is disabled.
    pub next_attempt_at: Option<ChronoDateTimeUtc>,
    pub last_attempt_at: Option<ChronoDateTimeUtc>,
    /// The receiver's last HTTP status, if it answered.
    pub last_status: Option<i32>,
    pub last_error: Option<String>,
    pub delivered_at: Option<ChronoDateTimeUtc>,
    pub created_at: ChronoDateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}

crate::stored_words! {
    /// Where a delivery is.
    pub enum State {
        /// Waiting to be sent (or being sent).
        Pending = "pending",
        Delivered = "delivered",
        /// Given up after the whole retry schedule, or by a 410.
        Dead = "dead",
    }
}
