//! The requests job: verification links for new portal requests (those the
//! portal did not send at once), a digest email to the tenant's admins with
//! a line for each newly verified request (its notice was raised when it was
//! verified), and an in-app notice and a digest line when an open request is
//! due within 7 days and again when it is overdue, the removal of
//! unverified requests whose link expired, and the lift of restrictions
//! whose announced date has come (the person was told, Art. 18(3)).
//! Each request records the latest notice raised about it, so a run reads
//! only requests with news, and two runners never raise the same notice.

use entity::ids::TenantId;
use std::collections::BTreeMap;

use chrono::{DateTime, SecondsFormat, Utc};
use entity::{data_request, notification};
use sea_orm::{
    ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect, sea_query::Expr,
};
use serde::Serialize;
use serde_json::json;
use uuid::Uuid;

use super::{
    intake::{dispatch_pending, purge_unverified},
    service::{DUE_SOON, State as RequestState},
};
use crate::{
    auth::Role,
    context::Services,
    db::begin_write,
    error::Result,
    i18n::Lang,
    mail::{self, Outgoing},
    notifications::service::{NoticeKind, Subject, new_notice},
};

#[derive(Debug, Default, Serialize)]
pub struct RequestsSummary {
    /// Newly verified requests given their digest line.
    pub received: u64,
    /// Requests newly noticed as due within 7 days.
    pub due_soon: u64,
    /// Requests newly noticed as overdue.
    pub overdue: u64,
    /// Digest emails queued (one per tenant with news).
    pub digests: u64,
    /// Unverified requests removed after their link expired.
    pub unverified_removed: u64,
    /// New portal requests matched and, for customers' addresses, sent a link.
    pub dispatched: u64,
    /// Requests whose restriction was lifted on its announced date.
    pub restrictions_lifted: u64,
    /// Identity documents deleted 14 days after their upload.
    pub identity_documents_deleted: u64,
    /// Tenants whose run failed (logged; retried next tick).
    pub tenants_failed: u64,
    /// Reasons kept in plain text from before they were sealed, now sealed.
    pub reasons_sealed: u64,
}

/// The `noticed` values.
const RECEIVED: &str = "received";
const SOON: &str = "due_soon";
const OVERDUE: &str = "overdue";

/// The requests whose clock runs: open, and waiting for identity (the
/// month runs from receipt all the same).
const WAITING: [RequestState; 2] = [RequestState::Open, RequestState::Identity];

/// Open requests looked at per run; the rest wait a tick.
const SCAN: u64 = 10_000;

#[derive(Serialize)]
struct Item {
    id: Uuid,
    kind: String,
    due_at: String,
    url: String,
}

pub async fn run(state: &Services) -> Result<RequestsSummary> {
    let now = state.clock.now();
    let mut summary = RequestsSummary {
        dispatched: dispatch_pending(state).await?,
        unverified_removed: purge_unverified(state).await?,
        reasons_sealed: seal_plain_reasons(state).await?,
        restrictions_lifted: super::restriction::lift_due(state).await?,
        identity_documents_deleted: super::identity::purge_documents(state).await?,
        ..Default::default()
    };
    // Only requests with news: not yet in a digest, due soon and not yet
    // noticed as such, or overdue and not yet noticed as overdue.
    let due: Vec<data_request::Model> = data_request::Entity::find()
        .filter(data_request::Column::State.is_in(WAITING))
        .filter(
            Condition::any()
                .add(data_request::Column::Noticed.is_null())
                .add(
                    Condition::all()
                        .add(data_request::Column::DueAt.lte(now + DUE_SOON))
                        .add(data_request::Column::Noticed.eq(RECEIVED)),
                )
                .add(
                    Condition::all()
                        .add(data_request::Column::DueAt.lte(now))
                        .add(
                            Condition::any()
                                .add(data_request::Column::Noticed.is_null())
                                .add(data_request::Column::Noticed.ne(OVERDUE)),
                        ),
                ),
        )
        .order_by_asc(data_request::Column::DueAt)
        .limit(SCAN)
        .all(&state.db.main)
        .await?;
    let mut by_tenant: BTreeMap<TenantId, Vec<data_request::Model>> = BTreeMap::new();
    for r in due {
        by_tenant.entry(r.tenant_id).or_default().push(r);
    }
    for (tenant_id, rows) in by_tenant {
        match tenant_run(state, tenant_id, &rows, now).await {
            Ok((received, soon, overdue, digest)) => {
                summary.received += received;
                summary.due_soon += soon;
                summary.overdue += overdue;
                summary.digests += u64::from(digest);
            }
            Err(e) => {
                summary.tenants_failed += 1;
                tracing::error!(%tenant_id, error = %crate::error::report(&e), "request reminders failed");
            }
        }
    }
    Ok(summary)
}

/// Requests at a time whose plain-text reasons are sealed.
const SEAL_BATCH: u64 = 500;

/// Seals the reasons requests kept in plain text before reasons were
/// sealed, and empties the plain columns (a batch a run; none after the
/// first runs, so an idle run costs one query).
async fn seal_plain_reasons(state: &Services) -> Result<u64> {
    let rows = data_request::Entity::find()
        .filter(
            Condition::any()
                .add(data_request::Column::Reason.is_not_null())
                .add(data_request::Column::ExtensionReason.is_not_null()),
        )
        .limit(SEAL_BATCH)
        .all(&state.db.main)
        .await?;
    let mut sealed = 0;
    for row in rows {
        use super::service::{Said, seal_said};
        let seal = |said, text: &Option<String>| {
            let text = text.clone();
            async move {
                match text {
                    Some(t) => seal_said(state, row.tenant_id, row.id, said, &t)
                        .await
                        .map(Some),
                    None => Ok(None),
                }
            }
        };
        // A sealed reason already there (given after sealing began) wins.
        let plain = |p: &Option<String>, s: &Option<Vec<u8>>| p.clone().filter(|_| s.is_none());
        let reason = seal(Said::Reason, &plain(&row.reason, &row.reason_sealed)).await?;
        let extension = seal(
            Said::Extension,
            &plain(&row.extension_reason, &row.extension_reason_sealed),
        )
        .await?;
        let txn = begin_write(&state.db.writer).await?;
        let mut update = data_request::Entity::update_many()
            .col_expr(data_request::Column::Reason, Expr::value(None::<String>))
            .col_expr(
                data_request::Column::ExtensionReason,
                Expr::value(None::<String>),
            );
        if let Some(r) = reason {
            update = update.col_expr(data_request::Column::ReasonSealed, Expr::value(Some(r)));
        }
        if let Some(e) = extension {
            update = update.col_expr(
                data_request::Column::ExtensionReasonSealed,
                Expr::value(Some(e)),
            );
        }
        let res = update
            .filter(data_request::Column::TenantId.eq(row.tenant_id))
            .filter(data_request::Column::Id.eq(row.id))
            .exec(&txn)
            .await?;
        txn.commit().await?;
        sealed += res.rows_affected;
    }
    Ok(sealed)
}

/// One tenant's notices and digest, in one transaction.
async fn tenant_run(
    state: &Services,
    tenant_id: TenantId,
    rows: &[data_request::Model],
    now: DateTime<Utc>,
) -> Result<(u64, u64, u64, bool)> {
    let txn = begin_write(&state.db.writer).await?;
    let base = state.config.public_url();
    let (mut received, mut soon, mut overdue) = (Vec::new(), Vec::new(), Vec::new());
    for r in rows {
        let due_at = r.due_at.expect("open requests have a due date");
        // A new request's notice was raised when it was verified; it only
        // needs its digest line.
        let (wanted, noticed) = if due_at <= now {
            (Some(NoticeKind::RequestOverdue), OVERDUE)
        } else if due_at <= now + DUE_SOON {
            (Some(NoticeKind::RequestDueSoon), SOON)
        } else {
            (None, RECEIVED)
        };
        // Raised only by the run that moves the request on.
        let moved = data_request::Entity::update_many()
            .col_expr(data_request::Column::Noticed, Expr::value(noticed))
            .filter(data_request::Column::TenantId.eq(tenant_id))
            .filter(data_request::Column::Id.eq(r.id))
            .filter(data_request::Column::State.is_in(WAITING))
            .filter(match &r.noticed {
                Some(before) => data_request::Column::Noticed.eq(before.as_str()),
                None => data_request::Column::Noticed.is_null(),
            })
            .exec(&txn)
            .await?;
        if moved.rows_affected == 1 {
            if let Some(wanted) = wanted {
                notification::Entity::insert(new_notice(
                    tenant_id,
                    wanted,
                    Subject::Request(r.id),
                    now,
                    None,
                ))
                .exec_without_returning(&txn)
                .await?;
            }
            let item = Item {
                id: r.id,
                kind: r.kind.as_str().to_owned(),
                due_at: due_at.to_rfc3339_opts(SecondsFormat::Secs, true),
                url: format!("{base}/requests/{}", r.id),
            };
            match wanted {
                Some(NoticeKind::RequestOverdue) => overdue.push(item),
                Some(_) => soon.push(item),
                None => received.push(item),
            }
        }
    }
    let news = !received.is_empty() || !soon.is_empty() || !overdue.is_empty();
    if news {
        let recipients =
            crate::users::service::emails_of(&txn, tenant_id, &[Role::Owner, Role::Admin]).await?;
        let tenant = super::service::tenant_of(&txn, tenant_id).await?;
        // To the organisation's team: in its default language.
        let lang = Lang::for_staff(None, &tenant.default_language);
        if !recipients.is_empty() {
            mail::queue(
                &txn,
                now,
                Outgoing::render(
                    "requests.digest",
                    "requests_digest",
                    recipients,
                    json!({
                        "lang": lang, "tenant": tenant.name, "public_url": base,
                        "received": received, "due_soon": soon, "overdue": overdue,
                    }),
                )?,
            )
            .await?;
        }
    }
    txn.commit().await?;
    Ok((
        received.len() as u64,
        soon.len() as u64,
        overdue.len() as u64,
        news,
    ))
}
