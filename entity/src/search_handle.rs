use sea_orm::entity::prelude::*;

use crate::ids::{TenantId, UserId};

/// A posted search kept for the session that made it: its terms sealed
/// under a key derived from the tenant key, until `expires_at` or the end
/// of the session, whichever comes first.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "search_handles")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    /// Random, and the only thing the URL carries.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub user_id: UserId,
    pub session_id: Uuid,
    pub sealed: Vec<u8>,
    pub created_at: ChronoDateTimeUtc,
    pub expires_at: ChronoDateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
