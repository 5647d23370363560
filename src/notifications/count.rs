//! The number of open notices, for the menu of every page: one count over
//! the index of open notices, kept apart from the service so the layout
//! does not import what the service imports.

use entity::ids::TenantId;
use entity::notification;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::error::Result;

/// How many of the tenant's notices are open.
pub async fn open<C: ConnectionTrait>(conn: &C, tenant_id: TenantId) -> Result<u64> {
    Ok(notification::Entity::find()
        .filter(notification::Column::TenantId.eq(tenant_id))
        .filter(notification::Column::ClosedAt.is_null())
        .count(conn)
        .await?)
}
