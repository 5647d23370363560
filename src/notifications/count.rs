//! The number of open notices, for the menu of every page: one count over
//! the index of open notices, kept apart from the service so the layout
//! does not import what the service imports. Also who a notice is for,
//! which the inbox, the API and the count share.
//!
//! A notice with an assignee (a task that came due) is for that user; any
//! other notice is for the whole team. Staff and viewers see the team's
//! notices and their own; admins and owners see every notice in the inbox
//! and the API (they oversee the team's tasks). The menu counts what is
//! for the viewer — the team's and their own — whatever their role. An API
//! token is no one's assignee: it sees the team's notices, or all of them
//! with an admin's role.

use entity::ids::{TenantId, UserId};
use entity::notification;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::error::Result;

/// The notices addressed to `user` (none: an API token): the team's and
/// their own.
pub fn addressed_to(user: Option<UserId>) -> Condition {
    let team = Condition::any().add(notification::Column::AssigneeId.is_null());
    match user {
        Some(id) => team.add(notification::Column::AssigneeId.eq(id)),
        None => team,
    }
}

/// How many of the tenant's notices are open (all of them, whoever they
/// are for).
pub async fn open<C: ConnectionTrait>(conn: &C, tenant_id: TenantId) -> Result<u64> {
    Ok(notification::Entity::find()
        .filter(notification::Column::TenantId.eq(tenant_id))
        .filter(notification::Column::ClosedAt.is_null())
        .count(conn)
        .await?)
}

/// How many open notices of the tenant are for `user` (the menu's count).
pub async fn open_for<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    user: UserId,
) -> Result<u64> {
    Ok(notification::Entity::find()
        .filter(notification::Column::TenantId.eq(tenant_id))
        .filter(notification::Column::ClosedAt.is_null())
        .filter(addressed_to(Some(user)))
        .count(conn)
        .await?)
}
