//! What happens after an attempt: the retry schedule, giving up, and
//! switching off a receiver that is gone.

use entity::ids::TenantId;
use std::collections::HashMap;

use chrono::{DateTime, TimeDelta, Utc};
use entity::{delivery, integration};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, ExprTrait, QueryFilter, sea_query::Expr};
use serde_json::json;
use uuid::Uuid;

use crate::sync::integrations::{self};
use crate::{
    audit::{self, Actor, Entry},
    auth::Role,
    context::Services,
    db::begin_write,
    error::Result,
    i18n::{ENGLISH, Lang},
};

use super::common::*;
use crate::audit::Origin;

/// Pauses after the 1st, 2nd, … failed attempt; after the last, the
/// delivery is given up.
pub(super) const SCHEDULE: [i64; 7] = [5, 300, 1_800, 7_200, 18_000, 36_000, 86_400];

/// The longest `Retry-After` honoured.
pub(super) const MAX_RETRY_AFTER: i64 = 86_400;

/// `Retry-After` in seconds or as an HTTP date, as seconds from now.
pub(super) fn parse_retry_after(value: &str) -> Option<i64> {
    if let Ok(secs) = value.trim().parse::<i64>() {
        return Some(secs.clamp(0, MAX_RETRY_AFTER));
    }
    let at = DateTime::parse_from_rfc2822(value.trim()).ok()?;
    Some((at.timestamp() - Utc::now().timestamp()).clamp(0, MAX_RETRY_AFTER))
}

/// The pause before the next attempt after `failures` failures, with ±10%
/// jitter so receivers recovering from an outage are not hit all at once.
pub(super) fn pause_after(failures: i32, retry_after: Option<i64>) -> TimeDelta {
    use rand::Rng;
    let step = usize::try_from(failures)
        .unwrap_or(1)
        .clamp(1, SCHEDULE.len());
    let base = SCHEDULE[step - 1] as f64 * rand::thread_rng().gen_range(0.9..1.1);
    let secs = std::cmp::max(std::cmp::max(base as i64, retry_after.unwrap_or(0)), 1);
    TimeDelta::seconds(secs)
}

/// Records what came of a batch of attempts, in one transaction: the
/// delivered are finished, the failed rescheduled or given up, and the
/// integrations whose receiver is gone disabled.
pub(super) async fn record(
    state: &Services,
    outcomes: Vec<(delivery::Model, Attempt)>,
    summary: &mut DeliverySummary,
) -> Result<()> {
    let now = state.clock.now();
    let mut delivered: HashMap<(TenantId, u16), Vec<Uuid>> = HashMap::new();
    let mut gone: Vec<(TenantId, Uuid)> = Vec::new();
    let txn = begin_write(&state.db.writer).await?;
    for (d, attempt) in outcomes {
        match attempt {
            Attempt::Delivered(status) => delivered
                .entry((d.tenant_id, status))
                .or_default()
                .push(d.id),
            Attempt::Paused => hold_back(&txn, &d).await?,
            Attempt::Gone => {
                summary.dead += 1;
                give_up_gone(&txn, &d).await?;
                if !gone.contains(&(d.tenant_id, d.integration_id)) {
                    gone.push((d.tenant_id, d.integration_id));
                }
            }
            Attempt::Failed {
                status,
                error,
                retry_after,
            } => record_failure(&txn, &d, status, error, retry_after, now, summary).await?,
        }
    }
    mark_delivered(&txn, delivered, now, summary).await?;
    for (tenant_id, integration_id) in gone {
        summary.integrations_disabled +=
            disable(state, &txn, tenant_id, integration_id, now).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// A change to delivery `d`, made only while it is still pending.
fn while_pending(d: &delivery::Model) -> sea_orm::UpdateMany<delivery::Entity> {
    delivery::Entity::update_many()
        .filter(delivery::Column::TenantId.eq(d.tenant_id))
        .filter(delivery::Column::Id.eq(d.id))
        .filter(delivery::Column::State.eq(DeliveryState::Pending))
}

/// Holds back a delivery whose integration was switched off; the attempt
/// it was claimed for does not count.
async fn hold_back<C: ConnectionTrait>(conn: &C, d: &delivery::Model) -> Result<()> {
    while_pending(d)
        .col_expr(
            delivery::Column::NextAttemptAt,
            Expr::value(None::<DateTime<Utc>>),
        )
        .col_expr(
            delivery::Column::Attempts,
            Expr::col(delivery::Column::Attempts).sub(1),
        )
        .exec(conn)
        .await?;
    Ok(())
}

/// Gives up a delivery whose receiver answered 410 Gone.
async fn give_up_gone<C: ConnectionTrait>(conn: &C, d: &delivery::Model) -> Result<()> {
    finish(while_pending(d), DeliveryState::Dead)
        .col_expr(delivery::Column::LastStatus, Expr::value(Some(410)))
        .col_expr(
            delivery::Column::LastError,
            Expr::value(Some(
                "the receiver answered 410 Gone; the integration was disabled",
            )),
        )
        .exec(conn)
        .await?;
    Ok(())
}

/// Records a failed attempt: the delivery is tried again on the schedule,
/// or given up after the last pause.
async fn record_failure<C: ConnectionTrait>(
    conn: &C,
    d: &delivery::Model,
    status: Option<u16>,
    error: String,
    retry_after: Option<i64>,
    now: DateTime<Utc>,
    summary: &mut DeliverySummary,
) -> Result<()> {
    let failures = d.failures + 1;
    tracing::warn!(delivery = %d.id, integration = %d.integration_id, event = %d.event_type, attempt = d.attempts, ?status, %error, "webhook not delivered");
    let update = while_pending(d)
        .col_expr(
            delivery::Column::LastStatus,
            Expr::value(status.map(i32::from)),
        )
        .col_expr(delivery::Column::LastError, Expr::value(Some(error)))
        .col_expr(delivery::Column::Failures, Expr::value(failures));
    let update = if failures as usize > SCHEDULE.len() {
        summary.dead += 1;
        finish(update, DeliveryState::Dead)
    } else {
        summary.retrying += 1;
        update.col_expr(
            delivery::Column::NextAttemptAt,
            Expr::value(Some(now + pause_after(failures, retry_after))),
        )
    };
    update.exec(conn).await?;
    Ok(())
}

/// Finishes the delivered, grouped by tenant and the status they were
/// answered with.
async fn mark_delivered<C: ConnectionTrait>(
    conn: &C,
    delivered: HashMap<(TenantId, u16), Vec<Uuid>>,
    now: DateTime<Utc>,
    summary: &mut DeliverySummary,
) -> Result<()> {
    for ((tenant_id, status), ids) in delivered {
        summary.delivered += ids.len() as u64;
        let update = delivery::Entity::update_many()
            .filter(delivery::Column::TenantId.eq(tenant_id))
            .filter(delivery::Column::Id.is_in(ids))
            .filter(delivery::Column::State.eq(DeliveryState::Pending))
            .col_expr(delivery::Column::DeliveredAt, Expr::value(Some(now)))
            .col_expr(
                delivery::Column::LastStatus,
                Expr::value(Some(i32::from(status))),
            )
            .col_expr(delivery::Column::LastError, Expr::value(None::<String>))
            .col_expr(delivery::Column::Failures, Expr::value(0));
        finish(update, DeliveryState::Delivered).exec(conn).await?;
    }
    Ok(())
}

/// Ends a delivery: no more attempts, and its personal part removed.
pub(super) fn finish(
    update: sea_orm::UpdateMany<delivery::Entity>,
    to: DeliveryState,
) -> sea_orm::UpdateMany<delivery::Entity> {
    update
        .col_expr(delivery::Column::State, Expr::value(to))
        .col_expr(
            delivery::Column::NextAttemptAt,
            Expr::value(None::<DateTime<Utc>>),
        )
        .col_expr(delivery::Column::Sealed, Expr::value(None::<Vec<u8>>))
}

/// Disables an integration whose receiver answered 410, holds back what
/// waits for it, and tells the tenant's admins (in the app and by email).
pub(super) async fn disable<C: ConnectionTrait>(
    state: &Services,
    conn: &C,
    tenant_id: TenantId,
    integration_id: Uuid,
    now: DateTime<Utc>,
) -> Result<u64> {
    let res = integration::Entity::update_many()
        .col_expr(integration::Column::Enabled, Expr::value(false))
        .col_expr(
            integration::Column::DisabledReason,
            Expr::value(Some("the receiver answered 410 Gone")),
        )
        .col_expr(integration::Column::UpdatedAt, Expr::value(now))
        .filter(integration::Column::TenantId.eq(tenant_id))
        .filter(integration::Column::Id.eq(integration_id))
        .filter(integration::Column::Enabled.eq(true))
        .exec(conn)
        .await?;
    if res.rows_affected == 0 {
        return Ok(0);
    }
    integrations::pause(conn, tenant_id, integration_id, true, now).await?;
    use crate::notifications::service::{NoticeKind, Subject, new_notice};
    entity::notification::Entity::insert(new_notice(
        tenant_id,
        NoticeKind::IntegrationDisabled,
        Subject::Integration(integration_id),
        now,
        None,
    ))
    .exec_without_returning(conn)
    .await?;
    audit::append(
        conn,
        tenant_id,
        Actor::System,
        &Origin::system(),
        now,
        Entry::new("integration.disabled")
            .target("integration", integration_id)
            .detail(json!({ "status": 410 })),
    )
    .await?;
    let admins =
        crate::users::service::emails_of(conn, tenant_id, &[Role::Owner, Role::Admin]).await?;
    if !admins.is_empty() {
        let host = integration::Entity::find_by_id((tenant_id, integration_id))
            .one(conn)
            .await?
            .and_then(|i| url::Url::parse(&i.url).ok())
            .and_then(|u| u.host_str().map(str::to_owned));
        let base = state.config.public_url();
        // To the organisation's admins: in its default language.
        let lang = entity::tenant::Entity::find_by_id(tenant_id)
            .one(conn)
            .await?
            .map_or(ENGLISH, |t| Lang::for_staff(None, &t.default_language));
        let context = json!({
            "lang": lang,
            "integration_id": integration_id,
            "host": host,
            "link": format!("{base}/settings/integrations"),
            "public_url": base,
        });
        let mail = crate::mail::Outgoing::render(
            "integration.disabled",
            "integration_disabled",
            admins,
            context,
        )?;
        crate::mail::queue(conn, now, mail).await?;
    }
    Ok(1)
}

/// How long a delivery waits for its integration to be switched on again
/// before it is given up (and its address removed).
pub(super) const PAUSED_FOR: TimeDelta = TimeDelta::days(7);

pub(super) async fn give_up_paused(state: &Services) -> Result<u64> {
    let now = state.clock.now();
    let update = delivery::Entity::update_many()
        .filter(delivery::Column::State.eq(DeliveryState::Pending))
        .filter(delivery::Column::NextAttemptAt.is_null())
        .filter(delivery::Column::CreatedAt.lt(now - PAUSED_FOR))
        .col_expr(
            delivery::Column::LastError,
            Expr::value(Some(
                "given up: the integration was switched off for more than 7 days",
            )),
        );
    Ok(finish(update, DeliveryState::Dead)
        .exec(&state.db.writer)
        .await?
        .rows_affected)
}

/// Accepted inbound message IDs older than any tolerated timestamp go.
pub(super) async fn purge_receipts(state: &Services) -> Result<()> {
    let before = Utc::now() - state.config.integrations.hook_tolerance.as_chrono() * 2;
    entity::hook_receipt::Entity::delete_many()
        .filter(entity::hook_receipt::Column::ReceivedAt.lt(before))
        .exec(&state.db.writer)
        .await?;
    Ok(())
}
