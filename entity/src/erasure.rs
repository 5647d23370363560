use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "erasures")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub customer_id: Uuid,
    /// `shred` or `anonymize`.
    pub kind: String,
    /// `user`, `token` or `system`.
    pub by_kind: String,
    pub by_id: Option<Uuid>,
    /// JSON object of counts of what was removed.
    pub removed: String,
    pub requested_at: ChronoDateTimeUtc,
    /// Null until the customer's key is destroyed too.
    pub done_at: Option<ChronoDateTimeUtc>,
}

impl ActiveModelBehavior for ActiveModel {}
