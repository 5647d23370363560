//! The overview's counts, as the page and the API show them, by role:
//! viewers see notices and records, staff and up requests too.

use chrono::{DateTime, TimeDelta, Utc};
use entity::audit_log;
use entity::customer::{self, State as RecordState};
use entity::ids::{TenantId, UserId};
use entity::notification::{self, Kind as NoticeKind};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
    sea_query::{Expr, Func},
};

use crate::{
    auth::{Role, Scope},
    context::Services,
    error::Result,
    notifications::service::visible_to,
    requests::count::{self as requests, Due},
};

/// The two spans ahead the overview counts expiring records in, in days.
pub const EXPIRING_WITHIN: [i64; 2] = [7, 30];

/// What waits for someone in a tenant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Counts {
    /// Open notices of each kind (every kind, in their order; 0 when none).
    pub notices: Vec<(NoticeKind, u64)>,
    /// Open requests by where their due date stands, overdue first; `None`
    /// for viewers, who do not see requests.
    pub requests: Option<Vec<(Due, u64)>>,
    pub records: Records,
}

impl Counts {
    pub fn open_notices(&self) -> u64 {
        self.notices.iter().map(|(_, n)| n).sum()
    }

    pub fn open_requests(&self) -> Option<u64> {
        self.requests
            .as_ref()
            .map(|r| r.iter().map(|(_, n)| n).sum())
    }
}

/// Completed records whose retention period is over or about to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Records {
    /// Expired and still held: a decision is waiting (the policy only
    /// notifies, or its run has not come yet).
    pub expired: u64,
    /// Expiring within 7 days, and within 30 days (which includes the 7).
    pub within: [u64; 2],
}

/// The counts `scope` may see, at `now`.
pub async fn counts(state: &Services, scope: &Scope) -> Result<Counts> {
    scope.require(Role::Viewer)?;
    let db = &state.db.main;
    let tenant_id = scope.tenant_id();
    let now = state.clock.now();
    let requests = match scope.role() >= Role::Staff {
        false => None,
        true => {
            let mut by_due = Vec::new();
            for due in Due::ALL {
                by_due.push((due, requests::open(db, tenant_id, Some(due), now).await?));
            }
            Some(by_due)
        }
    };
    Ok(Counts {
        notices: open_notices(db, tenant_id, visible_to(scope)).await?,
        requests,
        records: records(db, tenant_id, now).await?,
    })
}

/// The tenant's open notices by kind that `visible` lets through (those
/// the inbox shows the viewer), in one grouped count.
async fn open_notices<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    visible: Condition,
) -> Result<Vec<(NoticeKind, u64)>> {
    let rows: Vec<(String, i64)> = notification::Entity::find()
        .select_only()
        .column(notification::Column::Kind)
        .column_as(
            Expr::expr(Func::count(Expr::col(notification::Column::Id))),
            "n",
        )
        .filter(notification::Column::TenantId.eq(tenant_id))
        .filter(notification::Column::ClosedAt.is_null())
        .filter(visible)
        .group_by(notification::Column::Kind)
        .into_tuple()
        .all(conn)
        .await?;
    // A kind a later release wrote is left out, not miscounted.
    Ok(NoticeKind::ALL
        .iter()
        .map(|kind| {
            let n = rows
                .iter()
                .find(|(word, _)| word == kind.as_str())
                .map_or(0, |(_, n)| (*n).max(0) as u64);
            (*kind, n)
        })
        .collect())
}

/// The tenant's completed records expired, and expiring within each span
/// of [`EXPIRING_WITHIN`], as `/customers?state=expired` and
/// `?state=expiring&within=N` list them.
async fn records<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    now: DateTime<Utc>,
) -> Result<Records> {
    let complete = || {
        customer::Entity::find()
            .filter(customer::Column::TenantId.eq(tenant_id))
            .filter(customer::Column::State.eq(RecordState::Complete))
    };
    let expired = complete()
        .filter(customer::Column::ExpiresAt.lte(now))
        .count(conn)
        .await?;
    let mut within = [0; 2];
    for (n, days) in within.iter_mut().zip(EXPIRING_WITHIN) {
        *n = complete()
            .filter(customer::Column::ExpiresAt.gt(now))
            .filter(customer::Column::ExpiresAt.lte(now + TimeDelta::days(days)))
            .count(conn)
            .await?;
    }
    Ok(Records { expired, within })
}

/// The latest `limit` entries of the audit log that `user` wrote, newest
/// first.
pub async fn recent_activity<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    user: UserId,
    limit: u64,
) -> Result<Vec<audit_log::Model>> {
    Ok(audit_log::Entity::find()
        .filter(audit_log::Column::TenantId.eq(tenant_id))
        .filter(audit_log::Column::ActorId.eq(user.uuid()))
        .filter(audit_log::Column::ActorKind.eq("user"))
        .order_by_desc(audit_log::Column::Seq)
        .limit(limit)
        .all(conn)
        .await?)
}
