use sea_orm::entity::prelude::*;

use crate::ids::{CustomerId, TenantId, UserId};

/// A task on a record: its text sealed under the customer's key.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "tasks")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub customer_id: CustomerId,
    pub assignee_id: UserId,
    pub due_at: ChronoDateTimeUtc,
    pub sealed: Vec<u8>,
    pub created_by_kind: String,
    pub created_by: Uuid,
    pub created_at: ChronoDateTimeUtc,
    pub done_at: Option<ChronoDateTimeUtc>,
    pub done_by: Option<Uuid>,
    /// When the due notice was raised; at most once per task.
    pub noticed_at: Option<ChronoDateTimeUtc>,
}

impl ActiveModelBehavior for ActiveModel {}
