//! Handing each queued event to the integrations that want it, and
//! claiming due deliveries for this instance.

use entity::ids::{CustomerId, TenantId};
use std::collections::HashSet;

use chrono::{DateTime, TimeDelta, Utc};
use entity::{delivery, integration, outbox_event};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, ExprTrait, QueryFilter, QueryOrder,
    QuerySelect, Statement,
    sea_query::{Alias, Expr, LockBehavior, LockType, Query},
};
use serde_json::Value;
use uuid::Uuid;

use crate::sync::integrations::wants;
use crate::{
    context::Services,
    db::{begin_write, insert_chunked},
    error::Result,
    outbox::EventType,
};

use super::common::*;

/// How long a claimed delivery is reserved for the instance sending it.
pub(super) const LEASE: TimeDelta = TimeDelta::minutes(2);

/// Events handed out per transaction.
pub(super) const FAN_OUT: u64 = 1000;

/// Hands queued events to the integrations that want them, in one
/// transaction: the deliveries exist or the events are still queued.
/// Returns how many events were handed out, and how many deliveries made.
pub(super) async fn fan_out(state: &Services) -> Result<(u64, u64)> {
    let now = state.clock.now();
    // Nothing queued (a read, as in `anything_due`): no transaction.
    let queued: Option<Uuid> = outbox_event::Entity::find()
        .select_only()
        .column(outbox_event::Column::Id)
        .limit(1)
        .into_tuple()
        .one(&state.db.main)
        .await?;
    if queued.is_none() {
        return Ok((0, 0));
    }
    let txn = begin_write(&state.db.writer).await?;
    // Not SKIP LOCKED: hand-outs on several instances take turns, in ID
    // order, so a customer's later event never gets a delivery before an
    // earlier one.
    let events = outbox_event::Entity::find()
        .order_by_asc(outbox_event::Column::Id)
        .limit(FAN_OUT)
        .lock_exclusive()
        .all(&txn)
        .await?;
    if events.is_empty() {
        return Ok((0, 0));
    }
    let tenants: HashSet<TenantId> = events.iter().map(|e| e.tenant_id).collect();
    // Integrations that are off get their deliveries too, held back until
    // they are on again (or given up after `PAUSED_FOR`).
    let receivers = integration::Entity::find()
        .filter(integration::Column::TenantId.is_in(tenants))
        .all(&txn)
        .await?;
    let mut rows = Vec::new();
    for e in &events {
        let purpose = serde_json::from_str::<Value>(&e.data)
            .ok()
            .and_then(|d| d.get("purpose").and_then(Value::as_str).map(str::to_owned));
        for i in receivers.iter().filter(|i| i.tenant_id == e.tenant_id) {
            let wanted = wants(i, e.kind)
                && e.origin_integration_id != Some(i.id)
                && (e.kind != EventType::ConsentUpdated || purpose.as_deref() == Some(&i.purpose));
            if wanted {
                let mut row = new_delivery(
                    e.tenant_id,
                    i.id,
                    e.id,
                    e.kind,
                    e.customer_id,
                    e.created_at,
                    e.data.clone(),
                    e.sealed.clone(),
                    now,
                );
                if !i.enabled {
                    row.next_attempt_at = sea_orm::Set(None);
                }
                rows.push(row);
            }
        }
    }
    let queued = rows.len() as u64;
    insert_chunked::<delivery::Entity, _>(&txn, rows).await?;
    outbox_event::Entity::delete_many()
        .filter(outbox_event::Column::Id.is_in(events.iter().map(|e| e.id)))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok((events.len() as u64, queued))
}

#[allow(clippy::too_many_arguments)]
pub(in crate::sync) fn new_delivery(
    tenant_id: TenantId,
    integration_id: Uuid,
    event_id: Uuid,
    event_type: EventType,
    customer_id: Option<CustomerId>,
    event_at: DateTime<Utc>,
    data: String,
    sealed: Option<Vec<u8>>,
    now: DateTime<Utc>,
) -> delivery::ActiveModel {
    use sea_orm::Set;
    delivery::ActiveModel {
        tenant_id: Set(tenant_id),
        id: Set(Uuid::now_v7()),
        integration_id: Set(integration_id),
        event_id: Set(event_id),
        event_type: Set(event_type),
        customer_id: Set(customer_id),
        event_at: Set(event_at),
        data: Set(data),
        sealed: Set(sealed),
        state: Set(DeliveryState::Pending),
        attempts: Set(0),
        failures: Set(0),
        next_attempt_at: Set(Some(now)),
        last_attempt_at: Set(None),
        last_status: Set(None),
        last_error: Set(None),
        delivered_at: Set(None),
        created_at: Set(now),
    }
}

/// Reserves due deliveries for this instance: per customer and
/// integration only the earliest waiting one, so order holds (and one
/// customer's backlog never holds up anyone else's).
pub(super) async fn claim(state: &Services, limit: u64) -> Result<Vec<delivery::Model>> {
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let chosen = if txn.get_database_backend() == DbBackend::Postgres {
        // PostgreSQL ran the check below (kept for SQLite) once per waiting
        // delivery, and each probe walked the row versions every earlier
        // lease left in the index: with a backlog of a few customers, a
        // claim read hundreds of thousands of pages to return a few dozen
        // rows.
        // Finding each customer's first waiting delivery in one ordered
        // pass over the waiting ones reads each of them once.
        delivery::Entity::find()
            .from_raw_sql(Statement::from_sql_and_values(
                DbBackend::Postgres,
                CLAIM_POSTGRES.as_str(),
                [now.into(), (limit as i64).into()],
            ))
            .all(&txn)
            .await?
    } else {
        // Only a customer's earliest waiting delivery (per integration).
        let earlier = Alias::new("earlier");
        let on =
            |c: delivery::Column| Expr::col((earlier.clone(), c)).equals((delivery::Entity, c));
        let waits_for_earlier = Query::select()
            .expr(Expr::val(1))
            .from_as(delivery::Entity, earlier.clone())
            .and_where(on(delivery::Column::TenantId))
            .and_where(on(delivery::Column::IntegrationId))
            .and_where(on(delivery::Column::CustomerId))
            .and_where(
                Expr::col((earlier.clone(), delivery::Column::State)).eq(DeliveryState::Pending),
            )
            .and_where(
                Expr::col((earlier.clone(), delivery::Column::EventId))
                    .lt(Expr::col((delivery::Entity, delivery::Column::EventId))),
            )
            .to_owned();
        delivery::Entity::find()
            .filter(delivery::Column::NextAttemptAt.lte(now))
            .filter(delivery::Column::State.eq(DeliveryState::Pending))
            .filter(Expr::exists(waits_for_earlier).not())
            .order_by_asc(delivery::Column::NextAttemptAt)
            .order_by_asc(delivery::Column::EventId)
            .limit(limit)
            .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
            .all(&txn)
            .await?
    };
    if chosen.is_empty() {
        return Ok(chosen);
    }
    delivery::Entity::update_many()
        .filter(delivery::Column::Id.is_in(chosen.iter().map(|d| d.id)))
        .col_expr(delivery::Column::NextAttemptAt, Expr::value(now + LEASE))
        .col_expr(
            delivery::Column::Attempts,
            Expr::col(delivery::Column::Attempts).add(1),
        )
        .col_expr(delivery::Column::LastAttemptAt, Expr::value(Some(now)))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(chosen
        .into_iter()
        .map(|d| delivery::Model {
            attempts: d.attempts + 1,
            ..d
        })
        .collect())
}

/// [`claim`] on PostgreSQL: the same choice, with each customer's first
/// waiting delivery (per integration) read off the index of waiting
/// deliveries in one ordered pass. A delivery is the only one of its event
/// and integration, so the event orders a customer's deliveries fully.
/// Deliveries about no one customer (snapshot pages) wait for nothing, as
/// there. The state is written into the text, not bound, so that
/// PostgreSQL can use that partial index with every plan it caches.
static CLAIM_POSTGRES: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let pending = DeliveryState::Pending;
    format!(
        r#"
WITH heads AS (
    (SELECT DISTINCT ON (tenant_id, integration_id, customer_id) tenant_id, id
     FROM deliveries
     WHERE state = '{pending}' AND customer_id IS NOT NULL
     ORDER BY tenant_id, integration_id, customer_id, event_id)
    UNION ALL
    (SELECT tenant_id, id FROM deliveries
     WHERE state = '{pending}' AND customer_id IS NULL)
)
SELECT d.* FROM deliveries d
JOIN heads h ON h.tenant_id = d.tenant_id AND h.id = d.id
WHERE d.state = '{pending}' AND d.next_attempt_at <= $1
ORDER BY d.next_attempt_at, d.event_id
LIMIT $2
FOR UPDATE OF d SKIP LOCKED
"#
    )
});
