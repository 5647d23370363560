use sea_orm::entity::prelude::*;

use crate::ids::TenantId;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "retention_policies")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    pub expire_after_secs: i64,
    /// `notify`, `anonymize` or `shred`.
    pub action: String,
    pub remind_every_secs: i64,
    /// Who gets the digest emails: a JSON array of addresses; empty means the
    /// tenant's admins and owners.
    pub email_to: String,
    pub webhook: bool,
    pub updated_at: ChronoDateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
