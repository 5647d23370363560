use sea_orm::entity::prelude::*;

use crate::ids::TenantId;

/// The key of one import's file and refused rows, wrapped under its tenant's
/// key; deleted when the import ends.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "import_keys")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub import_id: Uuid,
    pub wrapped: Vec<u8>,
    pub created_at: ChronoDateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
