use sea_orm::entity::prelude::*;

use crate::ids::TenantId;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "tenant_contacts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    pub slug: String,
    pub name: String,
    /// JSON array of the owners' addresses at the time of the purge.
    pub emails: String,
    pub cancelled_at: Option<ChronoDateTimeUtc>,
    pub purged_at: ChronoDateTimeUtc,
    /// Null until the tenant key and every customer key are destroyed.
    pub keys_destroyed_at: Option<ChronoDateTimeUtc>,
    pub delete_after: ChronoDateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
