use sea_orm::entity::prelude::*;

use crate::ids::{CustomerId, TenantId};

/// One change of a record: which fields (keys, in the clear: no personal
/// data) and their values before and after, sealed under the customer's key.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "field_changes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub customer_id: CustomerId,
    pub actor_kind: String,
    pub actor_id: Uuid,
    /// A JSON list of the changed fields' names (`phone`, `fields.tier`).
    pub fields: String,
    pub sealed: Vec<u8>,
    pub created_at: ChronoDateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
