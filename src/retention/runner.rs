//! The retention job: finds expired records and due reminders by index, and
//! per tenant, in one transaction, notices them (or anonymizes or shreds
//! them, as the policy says), queues one digest email and the webhook
//! events. A tenant's work is claimed with `FOR NO KEY UPDATE SKIP LOCKED`
//! on its row, so instances running at once split the tenants between them
//! and each expired record is handled exactly once; SQLite has one writer
//! at a time anyway. A run that dies mid-way rolls back to nothing, and the
//! next run does the work.

use entity::ids::{CustomerId, TenantId};
use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use entity::{customer, notification, outbox_event, tenant};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, ExprTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, LockBehavior, LockType},
};
use serde::Serialize;
use serde_json::json;

use super::{
    digest::Digest,
    service::{Action, Policy, policy_of},
};
use crate::{
    audit::Actor,
    auth::Role,
    context::Services,
    customers::lifecycle::due_at,
    db::{ROWS_PER_STATEMENT, begin_write, insert_chunked},
    erasure::{self, Kind},
    error::Result,
    mail::{self, Outgoing},
    notifications::service::{NoticeKind, Subject, new_notice},
};

/// What one retention run did, over all tenants.
#[derive(Debug, Default, Serialize)]
pub struct RetentionSummary {
    /// Tenants with due work that this run handled.
    pub tenants: u64,
    /// Tenants skipped because another instance was handling them.
    pub tenants_busy: u64,
    /// Newly expired records brought up (policy `notify`).
    pub expired: u64,
    /// Reminders about records still waiting for a decision.
    pub reminded: u64,
    pub anonymized: u64,
    pub shredded: u64,
    /// Digest emails queued (one per tenant with news).
    pub digests: u64,
    /// Webhook events queued.
    pub events: u64,
    /// Tenants whose run failed (logged; retried next tick).
    pub tenants_failed: u64,
}

/// Due rows read per round to find the tenants with work.
const DUE_SCAN: u64 = 10_000;
/// Rounds per run; what is left waits for the next tick.
const ROUNDS: usize = 10;

pub async fn run(state: &Services) -> Result<RetentionSummary> {
    let now = state.clock.now();
    let mut summary = RetentionSummary::default();
    let mut seen = BTreeSet::new();
    for _ in 0..ROUNDS {
        let tenants = due_tenants(state, now).await?;
        // A tenant seen before is busy elsewhere or has more than a batch
        // due; either way, the next tick goes on.
        let new: Vec<TenantId> = tenants.difference(&seen).copied().collect();
        if new.is_empty() {
            break;
        }
        seen.extend(new.iter().copied());
        run_tenants(state, &new, now, &mut summary).await?;
    }
    Ok(summary)
}

async fn run_tenants(
    state: &Services,
    tenants: &[TenantId],
    now: DateTime<Utc>,
    summary: &mut RetentionSummary,
) -> Result<()> {
    let mut failed = None;
    for tenant_id in tenants.iter().copied() {
        let done = match run_tenant(state, tenant_id, now).await {
            Ok(done) => done,
            // One tenant's failure must not hold up the others.
            Err(e) => {
                tracing::error!(tenant = %tenant_id, error = %crate::error::report(&e), "retention run failed for a tenant");
                summary.tenants_failed += 1;
                failed.get_or_insert(e);
                continue;
            }
        };
        match done {
            Some(done) => {
                summary.tenants += 1;
                summary.expired += done.expired;
                summary.reminded += done.reminded;
                summary.anonymized += done.anonymized;
                summary.shredded += done.shredded;
                summary.digests += done.digests;
                summary.events += done.events;
            }
            None => summary.tenants_busy += 1,
        }
    }
    failed.map_or(Ok(()), Err)
}

/// Tenants with expired records or reminders due, from the first rows of
/// two index ranges (ordered by the indexed time, so no planner prefers a
/// scan of the whole table): empty and cheap on an idle tick however many
/// records there are.
async fn due_tenants(state: &Services, now: DateTime<Utc>) -> Result<BTreeSet<TenantId>> {
    let mut tenants: BTreeSet<TenantId> = customer::Entity::find()
        .select_only()
        .column(customer::Column::TenantId)
        .filter(customer::Column::DueAt.lte(now))
        .order_by_asc(customer::Column::DueAt)
        .limit(DUE_SCAN)
        .into_tuple::<TenantId>()
        .all(&state.db.main)
        .await?
        .into_iter()
        .collect();
    let reminding: Vec<TenantId> = notification::Entity::find()
        .select_only()
        .column(notification::Column::TenantId)
        .filter(notification::Column::NextRemindAt.lte(now))
        .order_by_asc(notification::Column::NextRemindAt)
        .limit(DUE_SCAN)
        .into_tuple()
        .all(&state.db.main)
        .await?;
    tenants.extend(reminding);
    Ok(tenants)
}

/// One tenant's work in one transaction; `None` if another instance holds it.
async fn run_tenant(
    state: &Services,
    tenant_id: TenantId,
    now: DateTime<Utc>,
) -> Result<Option<RetentionSummary>> {
    let txn = begin_write(&state.db.writer).await?;
    let Some(tenant) = tenant::Entity::find_by_id(tenant_id)
        .lock_with_behavior(LockType::NoKeyUpdate, LockBehavior::SkipLocked)
        .one(&txn)
        .await?
    else {
        return Ok(None);
    };
    let mut done = RetentionSummary::default();
    // A cancelled tenant is read-only until it is purged: nothing changes.
    if tenant.state != entity::tenant::State::Active {
        return Ok(Some(done));
    }
    let policy = policy_of(&txn, tenant_id).await?;
    let expired = take_due_records(state, &txn, tenant_id, now).await?;

    let mut digest = Digest::default();
    let events = handle_expired(
        state,
        &txn,
        tenant_id,
        &policy,
        expired,
        now,
        &mut done,
        &mut digest,
    )
    .await?;

    digest.reminded = remind(&txn, tenant_id, &policy, now).await?;
    done.reminded = digest.reminded.len() as u64;

    if policy.webhook && !events.is_empty() {
        done.events += events.len() as u64;
        insert_chunked::<outbox_event::Entity, _>(&txn, events).await?;
    }
    done.digests = queue_digest(state, &txn, &tenant, &policy, &digest, now).await?;
    digest.audit(&txn, tenant_id, now).await?;
    state.faults.check("retention.before_commit")?;
    txn.commit().await?;
    Ok(Some(done))
}

/// Locks the tenant's records that are due, a batch at a time, and returns
/// those whose retention period is over; the others are only taken off the
/// schedule.
async fn take_due_records(
    state: &Services,
    txn: &sea_orm::DatabaseTransaction,
    tenant_id: TenantId,
    now: DateTime<Utc>,
) -> Result<Vec<customer::Model>> {
    let rows = customer::Entity::find()
        .filter(customer::Column::TenantId.eq(tenant_id))
        .filter(customer::Column::DueAt.lte(now))
        .order_by_asc(customer::Column::DueAt)
        .limit(state.config.jobs.batch as u64)
        .lock_exclusive()
        .all(txn)
        .await?;
    // `due_at` is kept in line with the record's state; a row that is due but
    // no longer eligible is only unscheduled.
    let (expired, stale): (Vec<_>, Vec<_>) = rows.into_iter().partition(|r| due_at(r).is_some());
    unschedule(txn, tenant_id, stale.iter().map(|r| r.id)).await?;
    Ok(expired)
}

/// Does what the policy says with the expired records; returns the expiry
/// events to send by webhook (none when the records are erased, whose
/// events are queued at once).
#[allow(clippy::too_many_arguments)]
async fn handle_expired(
    state: &Services,
    txn: &sea_orm::DatabaseTransaction,
    tenant_id: TenantId,
    policy: &Policy,
    expired: Vec<customer::Model>,
    now: DateTime<Utc>,
    done: &mut RetentionSummary,
    digest: &mut Digest,
) -> Result<Vec<outbox_event::ActiveModel>> {
    Ok(match policy.action {
        Action::Notify => {
            notify_expired(txn, tenant_id, policy, expired, now, done, digest).await?
        }
        Action::Anonymize | Action::Shred => {
            erase_expired(state, txn, tenant_id, policy, expired, now, done, digest).await?;
            Vec::new()
        }
    })
}

/// Queues the digest email when there is news and someone to send it to;
/// returns how many digests were queued (0 or 1).
async fn queue_digest(
    state: &Services,
    txn: &sea_orm::DatabaseTransaction,
    tenant: &tenant::Model,
    policy: &Policy,
    digest: &Digest,
    now: DateTime<Utc>,
) -> Result<u64> {
    if digest.is_empty() {
        return Ok(0);
    }
    let recipients = recipients(txn, tenant.id, policy).await?;
    if recipients.is_empty() {
        return Ok(0);
    }
    let context = digest.context(state, tenant, policy, now);
    let mail = Outgoing::render("retention.digest", "retention_digest", recipients, context)?;
    mail::queue(txn, now, mail).await?;
    Ok(1)
}

/// Under `notify`: a notice and (if the policy says) a `customer.expired`
/// event for each expired record not already waiting with a notice;
/// returns the events.
#[allow(clippy::too_many_arguments)]
async fn notify_expired(
    txn: &sea_orm::DatabaseTransaction,
    tenant_id: TenantId,
    policy: &Policy,
    expired: Vec<customer::Model>,
    now: DateTime<Utc>,
    done: &mut RetentionSummary,
    digest: &mut Digest,
) -> Result<Vec<outbox_event::ActiveModel>> {
    let mut events = Vec::new();
    // A record already waiting with an open notice (due again after
    // the policy changed back and forth) keeps that notice.
    let waiting = open_expiry_notices(txn, tenant_id, &expired).await?;
    let expired: Vec<customer::Model> = expired
        .into_iter()
        .filter(|r| !waiting.contains(&r.id))
        .collect();
    unschedule(txn, tenant_id, waiting.iter().copied()).await?;
    let notices: Vec<_> = expired
        .iter()
        .map(|r| {
            let next = now + policy.remind_every.as_chrono();
            notice(tenant_id, NoticeKind::Expired, r.id, now, Some(next))
        })
        .collect();
    insert_chunked::<notification::Entity, _>(txn, notices).await?;
    unschedule(txn, tenant_id, expired.iter().map(|r| r.id)).await?;
    for r in &expired {
        events.push(crate::outbox::event(
            tenant_id,
            crate::outbox::EventType::CustomerExpired,
            r.id,
            json!({
                "customer_id": r.id,
                "completed_at": r.completed_at,
                "expires_at": r.expires_at,
            }),
            now,
        ));
    }
    done.expired = expired.len() as u64;
    digest.expired = expired.iter().map(|r| r.id).collect();
    Ok(events)
}

/// Under `anonymize` or `shred`: the expired records are erased, staff get
/// a notice of each, and every recipient of the data hears of it.
#[allow(clippy::too_many_arguments)]
async fn erase_expired(
    state: &Services,
    txn: &sea_orm::DatabaseTransaction,
    tenant_id: TenantId,
    policy: &Policy,
    expired: Vec<customer::Model>,
    now: DateTime<Utc>,
    done: &mut RetentionSummary,
    digest: &mut Digest,
) -> Result<()> {
    let erasure = match policy.action {
        Action::Anonymize => Kind::Anonymize,
        _ => Kind::Shred,
    };
    let facts = match erasure {
        Kind::Anonymize => erasure::service::skeletons(state, txn, tenant_id, &expired).await?,
        Kind::Shred => HashMap::new(),
    };
    let forgotten =
        erasure::service::forget_events(state, txn, tenant_id, &expired, "retention", now).await?;
    // The freed pages are folded out of the logs by this tick's
    // housekeeping, once the keys are gone.
    state.db.owe_fold();
    let receipts = erasure::erase_rows(
        txn,
        tenant_id,
        &expired,
        erasure,
        |_| Actor::System,
        now,
        facts,
    )
    .await?;
    let done_kind = match erasure {
        Kind::Anonymize => NoticeKind::Anonymized,
        Kind::Shred => NoticeKind::Shredded,
    };
    let notices: Vec<_> = receipts
        .iter()
        .map(|r| notice(tenant_id, done_kind, r.customer_id, now, None))
        .collect();
    insert_chunked::<notification::Entity, _>(txn, notices).await?;
    // Every recipient hears of an erasure (GDPR Art. 19), whatever
    // the policy says about expiry webhooks.
    let mut erased = erasure::service::events(tenant_id, &receipts, "retention");
    erased.extend(forgotten);
    done.events += erased.len() as u64;
    insert_chunked::<outbox_event::Entity, _>(txn, erased).await?;
    let ids: Vec<CustomerId> = receipts.iter().map(|r| r.customer_id).collect();
    match erasure {
        Kind::Anonymize => {
            done.anonymized = ids.len() as u64;
            digest.anonymized = ids;
        }
        Kind::Shred => {
            done.shredded = ids.len() as u64;
            digest.shredded = ids;
        }
    }
    Ok(())
}

fn notice(
    tenant_id: TenantId,
    kind: NoticeKind,
    customer_id: CustomerId,
    now: DateTime<Utc>,
    next_remind_at: Option<DateTime<Utc>>,
) -> notification::ActiveModel {
    new_notice(
        tenant_id,
        kind,
        Subject::Customer(customer_id),
        now,
        next_remind_at,
    )
}

/// Which of `rows` already have an open expiry notice.
async fn open_expiry_notices<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    rows: &[customer::Model],
) -> Result<BTreeSet<CustomerId>> {
    let mut open = BTreeSet::new();
    for chunk in rows.chunks(ROWS_PER_STATEMENT) {
        let ids: Vec<Option<CustomerId>> = notification::Entity::find()
            .select_only()
            .column(notification::Column::CustomerId)
            .filter(notification::Column::TenantId.eq(tenant_id))
            .filter(notification::Column::Kind.eq(NoticeKind::Expired))
            .filter(notification::Column::ClosedAt.is_null())
            .filter(notification::Column::CustomerId.is_in(chunk.iter().map(|r| r.id)))
            .into_tuple()
            .all(conn)
            .await?;
        open.extend(ids.into_iter().flatten());
    }
    Ok(open)
}

/// Takes records off the runner's schedule.
async fn unschedule<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    ids: impl Iterator<Item = CustomerId>,
) -> Result<()> {
    let ids: Vec<CustomerId> = ids.collect();
    for chunk in ids.chunks(ROWS_PER_STATEMENT) {
        customer::Entity::update_many()
            .col_expr(customer::Column::DueAt, Expr::value(None::<DateTime<Utc>>))
            .filter(customer::Column::TenantId.eq(tenant_id))
            .filter(customer::Column::Id.is_in(chunk.iter().copied()))
            .exec(conn)
            .await?;
    }
    Ok(())
}

/// Brings up again the open notices whose reminder is due; returns the
/// records they are about.
async fn remind<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    policy: &Policy,
    now: DateTime<Utc>,
) -> Result<Vec<CustomerId>> {
    let due = notification::Entity::find()
        .filter(notification::Column::TenantId.eq(tenant_id))
        .filter(notification::Column::NextRemindAt.lte(now))
        .filter(notification::Column::ClosedAt.is_null())
        .order_by_asc(notification::Column::NextRemindAt)
        .lock_exclusive()
        .all(conn)
        .await?;
    let next = now + policy.remind_every.as_chrono();
    for chunk in due.chunks(ROWS_PER_STATEMENT) {
        notification::Entity::update_many()
            .col_expr(
                notification::Column::Reminders,
                Expr::col(notification::Column::Reminders).add(1),
            )
            .col_expr(notification::Column::LastRemindedAt, Expr::value(Some(now)))
            .col_expr(notification::Column::NextRemindAt, Expr::value(Some(next)))
            .filter(notification::Column::TenantId.eq(tenant_id))
            .filter(notification::Column::Id.is_in(chunk.iter().map(|n| n.id)))
            .exec(conn)
            .await?;
    }
    Ok(due.into_iter().filter_map(|n| n.customer_id).collect())
}

/// Who gets the digest: the policy's addresses, or the tenant's active
/// admins and owners.
async fn recipients<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    policy: &Policy,
) -> Result<Vec<String>> {
    if !policy.email_to.is_empty() {
        return Ok(policy.email_to.clone());
    }
    crate::users::service::emails_of(conn, tenant_id, &[Role::Owner, Role::Admin]).await
}
