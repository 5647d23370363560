use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consents")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub customer_id: Uuid,
    pub purpose: String,
    pub granted: bool,
    pub basis: String,
    pub source: String,
    pub actor_kind: String,
    pub actor_id: Option<Uuid>,
    pub evidence: Option<Vec<u8>>,
    pub at: ChronoDateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
