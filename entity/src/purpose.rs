use sea_orm::entity::prelude::*;

use crate::ids::TenantId;

/// A consent purpose of a tenant: its machine key (`marketing_email`) and
/// the label and description people read, per language.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "purposes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub key: String,
    /// JSON object by language tag: `{"de": {"label": …, "description": …}}`.
    pub labels: String,
    pub created_at: ChronoDateTimeUtc,
    pub updated_at: ChronoDateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
