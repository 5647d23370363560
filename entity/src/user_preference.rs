use sea_orm::entity::prelude::*;

use crate::ids::TenantId;

/// What one user (or API token) chose for their own pages: the customers
/// list's columns.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "user_preferences")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    /// As the audit log names actors: `user` or `token`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub actor_kind: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub actor_id: Uuid,
    /// The customers list's optional columns, a JSON list of column keys;
    /// none: the default ones.
    pub customer_columns: Option<String>,
    pub updated_at: ChronoDateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
