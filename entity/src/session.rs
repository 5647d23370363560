use sea_orm::entity::prelude::*;

use crate::ids::{TenantId, UserId};

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sessions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub user_id: UserId,
    pub token_hash: String,
    pub created_at: ChronoDateTimeUtc,
    pub last_seen_at: ChronoDateTimeUtc,
    pub expires_at: ChronoDateTimeUtc,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    pub revoked_at: Option<ChronoDateTimeUtc>,
}

impl ActiveModelBehavior for ActiveModel {}
