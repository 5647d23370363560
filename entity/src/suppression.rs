use sea_orm::entity::prelude::*;

use crate::ids::TenantId;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "suppressions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    /// HMAC-SHA256 of the normalised address under the tenant's suppression key.
    #[sea_orm(primary_key, auto_increment = false)]
    pub digest: Vec<u8>,
    pub created_at: ChronoDateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
