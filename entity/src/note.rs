use sea_orm::entity::prelude::*;

use crate::ids::{CustomerId, TenantId};

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub customer_id: CustomerId,
    pub author_kind: String,
    pub author_id: Uuid,
    pub sealed: Vec<u8>,
    pub created_at: ChronoDateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
