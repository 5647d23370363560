use sea_orm::entity::prelude::*;

use crate::ids::TenantId;

/// An inbound message accepted from an integration, kept while a replay of
/// it could still pass the timestamp check.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "hook_receipts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub integration_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub webhook_id: String,
    pub received_at: ChronoDateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
