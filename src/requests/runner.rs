//! The requests job: an in-app notice and a digest email to the tenant's
//! admins when an open request is due within 7 days, and again when it is
//! overdue; and the removal of unverified requests whose link expired.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use entity::{data_request, notification, tenant};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, TryInsertResult};
use serde::Serialize;
use serde_json::json;
use uuid::Uuid;

use super::service::{DUE_SOON, purge_unverified, state as request_state};
use crate::{
    auth::Role,
    db::begin_write,
    error::Result,
    mail::{self, Outgoing},
    notifications::service::{Subject, kind, new_notice},
    state::AppState,
};

#[derive(Debug, Default, Serialize)]
pub struct RequestsSummary {
    /// Requests newly noticed as due within 7 days.
    pub due_soon: u64,
    /// Requests newly noticed as overdue.
    pub overdue: u64,
    /// Digest emails queued (one per tenant with news).
    pub digests: u64,
    /// Unverified requests removed after their link expired.
    pub unverified_removed: u64,
}

/// Open requests looked at per run; the rest wait a tick.
const SCAN: u64 = 10_000;

#[derive(Serialize)]
struct Item {
    id: Uuid,
    kind: String,
    due_at: String,
    url: String,
}

pub async fn run(state: &AppState) -> Result<RequestsSummary> {
    let now = state.clock.now();
    let mut summary = RequestsSummary {
        unverified_removed: purge_unverified(state).await?,
        ..Default::default()
    };
    let due: Vec<data_request::Model> = data_request::Entity::find()
        .filter(data_request::Column::State.eq(request_state::OPEN))
        .filter(data_request::Column::DueAt.lte(now + DUE_SOON))
        .order_by_asc(data_request::Column::DueAt)
        .limit(SCAN)
        .all(&state.db.main)
        .await?;
    let mut by_tenant: BTreeMap<Uuid, Vec<data_request::Model>> = BTreeMap::new();
    for r in due {
        by_tenant.entry(r.tenant_id).or_default().push(r);
    }
    for (tenant_id, rows) in by_tenant {
        match tenant_run(state, tenant_id, &rows, now).await {
            Ok((soon, overdue, digest)) => {
                summary.due_soon += soon;
                summary.overdue += overdue;
                summary.digests += u64::from(digest);
            }
            Err(e) => tracing::error!(%tenant_id, error = %e, "request reminders failed"),
        }
    }
    Ok(summary)
}

/// One tenant's notices and digest, in one transaction.
async fn tenant_run(
    state: &AppState,
    tenant_id: Uuid,
    rows: &[data_request::Model],
    now: DateTime<Utc>,
) -> Result<(u64, u64, bool)> {
    let txn = begin_write(&state.db.main).await?;
    let base = state.config.public_url();
    let (mut soon, mut overdue) = (Vec::new(), Vec::new());
    for r in rows {
        let due_at = r.due_at.expect("open requests have a due date");
        let wanted = if due_at <= now {
            kind::REQUEST_OVERDUE
        } else {
            kind::REQUEST_DUE_SOON
        };
        let inserted = notification::Entity::insert(new_notice(
            tenant_id,
            wanted,
            Subject::Request(r.id),
            now,
            None,
        ))
        .on_conflict_do_nothing()
        .exec_without_returning(&txn)
        .await?;
        if matches!(inserted, TryInsertResult::Inserted(n) if n > 0) {
            let item = Item {
                id: r.id,
                kind: r.kind.clone(),
                due_at: due_at.format("%-d %B %Y").to_string(),
                url: format!("{base}/requests/{}", r.id),
            };
            if wanted == kind::REQUEST_OVERDUE {
                overdue.push(item);
            } else {
                soon.push(item);
            }
        }
    }
    let news = !soon.is_empty() || !overdue.is_empty();
    if news {
        let recipients =
            crate::users::service::emails_of(&txn, tenant_id, &[Role::Owner, Role::Admin]).await?;
        let name = tenant::Entity::find_by_id(tenant_id)
            .one(&txn)
            .await?
            .map(|t| t.name)
            .unwrap_or_default();
        if !recipients.is_empty() {
            mail::queue(
                &txn,
                now,
                Outgoing::render(
                    "requests.digest",
                    "requests_digest",
                    recipients,
                    json!({
                        "tenant": name, "public_url": base,
                        "due_soon": soon, "overdue": overdue,
                    }),
                )?,
            )
            .await?;
        }
    }
    txn.commit().await?;
    Ok((soon.len() as u64, overdue.len() as u64, news))
}
