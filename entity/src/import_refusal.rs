use sea_orm::entity::prelude::*;

use crate::ids::TenantId;

/// A row an import refused: its line, its cells sealed under the import's
/// key, and why, in words without personal data.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "import_refusals")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub import_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub line: i64,
    pub cells: Vec<u8>,
    pub reason: String,
}

impl ActiveModelBehavior for ActiveModel {}
