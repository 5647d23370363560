//! Delivery of queued events to integrations, by the job runner: each event
//! is handed to every integration that wants it (`fan_out`), then sent as a
//! Standard Webhooks request, retried on a growing schedule, and given up
//! ("dead") when the schedule runs out. Per customer and integration, events
//! go in the order they happened: a later one waits until the earlier one is
//! delivered or given up.

use chrono::{DateTime, Utc};
use entity::ids::{CustomerId, TenantId};
use entity::{delivery, integration};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, sea_query::Expr,
};
use uuid::Uuid;

use crate::{context::Services, error::Result, outbox::EventType};

/// Erasure: deletes the events about `ids` still waiting to go to an
/// integration, but for those of kinds `keep`; what was delivered keeps
/// only IDs.
pub async fn forget<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    ids: &[CustomerId],
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
    tenant_id: TenantId,
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

pub use common::{DeliveryState, DeliverySummary};

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

mod attempt;
pub(super) mod claim;
mod common;
mod history;
mod schedule;

pub use attempt::client;
use attempt::deliver_due;
use claim::{FAN_OUT, fan_out};
pub use history::{log, retry};
use schedule::{give_up_paused, purge_receipts};
