use sea_orm::entity::prelude::*;

use crate::ids::{CustomerId, TenantId};

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "search_tokens")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub token: Vec<u8>,
    #[sea_orm(primary_key, auto_increment = false)]
    pub customer_id: CustomerId,
}

impl ActiveModelBehavior for ActiveModel {}
