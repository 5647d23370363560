use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox_events")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: Uuid,
    /// Time-ordered, so per-customer order is the order of IDs.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The event type, e.g. `customer.expired`.
    pub kind: String,
    pub customer_id: Option<Uuid>,
    /// The event's `data` object as JSON.
    pub data: String,
    pub created_at: ChronoDateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
