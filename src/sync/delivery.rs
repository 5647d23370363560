//! Delivery of queued events to integrations, by the job runner: each event
//! is handed to every integration that wants it (`fan_out`), then sent as a
//! Standard Webhooks request, retried on a growing schedule, and given up
//! ("dead") when the schedule runs out. Per customer and integration, events
//! go in the order they happened: a later one waits until the earlier one is
//! delivered or given up.

use std::{
    collections::{HashMap, HashSet},
    net::SocketAddr,
    sync::Arc,
};

use chrono::{DateTime, TimeDelta, Utc};
use entity::{delivery, integration, outbox_event};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, ExprTrait, QueryFilter, QueryOrder,
    QuerySelect, Statement,
    sea_query::{Alias, Expr, LockBehavior, LockType, Query},
};
use serde::Serialize;
use serde_json::{Value, json};
use uuid::Uuid;

use super::integrations::{self, is_public, signing_keys, wants};
use crate::{
    audit::{self, Actor, Entry},
    auth::{Role, Scope},
    context::Services,
    db::{begin_write, insert_chunked},
    error::{Error, Result},
    outbox::{self, EventType},
    pagination,
};

/// Erasure: deletes the events about `ids` still waiting to go to an
/// integration, but for those of kinds `keep`; what was delivered keeps
/// only IDs.
pub async fn forget<C: ConnectionTrait>(
    conn: &C,
    tenant_id: Uuid,
    ids: &[Uuid],
    keep: &[EventType],
) -> Result<()> {
    delivery::Entity::delete_many()
        .filter(delivery::Column::TenantId.eq(tenant_id))
        .filter(delivery::Column::CustomerId.is_in(ids.iter().copied()))
        .filter(delivery::Column::State.eq(DeliveryState::Pending))
        .filter(delivery::Column::EventType.is_not_in(keep.iter().copied()))
        .exec(conn)
        .await?;
    Ok(())
}

/// After an erasure: snapshot pages waiting to go out may name the people
/// erased, so they are dropped and a fresh snapshot is scheduled instead.
pub async fn drop_snapshot_pages<C: ConnectionTrait>(
    conn: &C,
    tenant_id: Uuid,
    now: DateTime<Utc>,
) -> Result<()> {
    let pages: Vec<Uuid> = delivery::Entity::find()
        .filter(delivery::Column::TenantId.eq(tenant_id))
        .filter(delivery::Column::EventType.eq(EventType::ConsentSnapshot))
        .filter(delivery::Column::State.eq(DeliveryState::Pending))
        .select_only()
        .column(delivery::Column::IntegrationId)
        .distinct()
        .into_tuple()
        .all(conn)
        .await?;
    if pages.is_empty() {
        return Ok(());
    }
    delivery::Entity::delete_many()
        .filter(delivery::Column::TenantId.eq(tenant_id))
        .filter(delivery::Column::EventType.eq(EventType::ConsentSnapshot))
        .filter(delivery::Column::State.eq(DeliveryState::Pending))
        .exec(conn)
        .await?;
    integration::Entity::update_many()
        .col_expr(integration::Column::NextSnapshotAt, Expr::value(Some(now)))
        .filter(integration::Column::TenantId.eq(tenant_id))
        .filter(integration::Column::Id.is_in(pages))
        .exec(conn)
        .await?;
    Ok(())
}

pub use entity::delivery::State as DeliveryState;

#[derive(Debug, Default, Serialize)]
pub struct DeliverySummary {
    /// Deliveries created from queued events.
    pub queued: u64,
    /// Pages of consent snapshots queued.
    pub snapshot_pages: u64,
    pub delivered: u64,
    /// Failed attempts that will be tried again.
    pub retrying: u64,
    /// Deliveries given up.
    pub dead: u64,
    /// Integrations disabled because their receiver answered 410.
    pub integrations_disabled: u64,
}

/// The event types whose body carries a personal part.
fn carries_personal_data(event_type: EventType) -> bool {
    matches!(
        event_type,
        EventType::ConsentUpdated | EventType::ContactForget | EventType::ConsentSnapshot
    )
}

/// Queues snapshots that are due, hands out queued events, and sends
/// everything due until nothing is.
pub async fn run(state: &Services) -> Result<DeliverySummary> {
    let mut summary = DeliverySummary {
        snapshot_pages: super::snapshot::run_due(state).await?,
        ..Default::default()
    };
    loop {
        let (events, queued) = fan_out(state).await?;
        summary.queued += queued;
        if events < FAN_OUT {
            break;
        }
    }
    if anything_due(state).await? {
        deliver_due(state, &mut summary).await?;
    }
    summary.dead += give_up_paused(state).await?;
    purge_receipts(state).await?;
    Ok(summary)
}

/// Whether a delivery waits to be sent. A read on the reading pool, so an
/// idle tick takes no write lock.
async fn anything_due(state: &Services) -> Result<bool> {
    let due: Option<Uuid> = delivery::Entity::find()
        .select_only()
        .column(delivery::Column::Id)
        .filter(delivery::Column::NextAttemptAt.lte(state.clock.now()))
        .filter(delivery::Column::State.eq(DeliveryState::Pending))
        .limit(1)
        .into_tuple()
        .one(&state.db.main)
        .await?;
    Ok(due.is_some())
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

type Sending = tokio::task::JoinSet<(delivery::Model, Attempt)>;

mod attempt;
mod claim;
mod history;
mod schedule;

pub use attempt::client;
pub(super) use claim::new_delivery;
pub use history::{log, retry};
use {attempt::*, claim::*, schedule::*};
