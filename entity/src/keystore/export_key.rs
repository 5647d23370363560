use sea_orm::entity::prelude::*;

use crate::ids::TenantId;

/// The key of the file one export wrote, wrapped under its tenant's
/// key; deleted once it is downloaded or expires.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "export_keys")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub export_id: Uuid,
    pub wrapped: Vec<u8>,
    pub created_at: ChronoDateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
