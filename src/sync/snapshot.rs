//! Regular reconciliation: on each integration's schedule, the current
//! status of its purpose for every customer who has ever had a consent
//! record for it, in signed pages (`consent.snapshot`), so the tool can
//! correct any drift. Restricted customers appear only while unsubscribed.

use entity::ids::{CustomerId, TenantId};
use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use entity::{consent, customer, delivery, integration};
use sea_orm::{
    ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, UpdateMany, sea_query::Expr,
};
use serde_json::{Value, json};
use uuid::Uuid;

use super::{delivery::claim::new_delivery, integrations::wants};
use crate::{
    context::Services,
    customers::service::{State, open_many},
    db::{ROWS_PER_STATEMENT, begin_write, insert_chunked},
    duration::IsoDuration,
    error::Result,
    outbox::{self, EventType, status_word},
};

/// Queues the snapshots that are due; returns the pages queued.
pub async fn run_due(state: &Services) -> Result<u64> {
    let now = state.clock.now();
    let due = integration::Entity::find()
        .filter(integration::Column::NextSnapshotAt.lte(now))
        .filter(integration::Column::Enabled.eq(true))
        .all(&state.db.main)
        .await?;
    let mut pages = 0;
    for i in due {
        pages += queue(state, &i, now).await?;
    }
    Ok(pages)
}

/// Every customer's current decision on `purpose`, with its time.
async fn statuses(
    state: &Services,
    tenant_id: TenantId,
    purpose: &str,
) -> Result<BTreeMap<CustomerId, (bool, DateTime<Utc>)>> {
    let rows: Vec<(CustomerId, bool, DateTime<Utc>)> = consent::Entity::find()
        .select_only()
        .column(consent::Column::CustomerId)
        .column(consent::Column::Granted)
        .column(consent::Column::At)
        .filter(consent::Column::TenantId.eq(tenant_id))
        .filter(consent::Column::Purpose.eq(purpose))
        .order_by_asc(consent::Column::Id)
        .into_tuple()
        .all(&state.db.main)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(customer, granted, at)| (customer, (granted, at)))
        .collect())
}

/// Queues one integration's snapshot, in pages, and moves its schedule on;
/// one that does not receive snapshots only has its schedule moved on.
/// Returns the pages queued.
async fn queue(state: &Services, i: &integration::Model, now: DateTime<Utc>) -> Result<u64> {
    let next = now + snapshot_every(i).as_chrono();
    if !wants(i, EventType::ConsentSnapshot) {
        move_schedule(i, next).exec(&state.db.writer).await?;
        return Ok(0);
    }
    let statuses = statuses(state, i.tenant_id, &i.purpose).await?;
    let contacts = contacts(state, i, &statuses).await?;
    let rows = page_deliveries(state, i, &contacts, now).await?;
    let count = rows.len();
    let txn = begin_write(&state.db.writer).await?;
    // Only the instance that moves the schedule on sends this snapshot.
    let moved = move_schedule(i, next)
        .filter(integration::Column::NextSnapshotAt.eq(i.next_snapshot_at))
        .exec(&txn)
        .await?;
    if moved.rows_affected != 1 {
        return Ok(0);
    }
    insert_chunked::<delivery::Entity, _>(&txn, rows).await?;
    txn.commit().await?;
    Ok(count as u64)
}

/// How often the integration's snapshot goes out.
fn snapshot_every(i: &integration::Model) -> IsoDuration {
    // Checked when it was set; a stored value that no longer parses is
    // reported and taken as a day.
    i.snapshot_every.parse().unwrap_or_else(|e| {
        tracing::warn!(integration = %i.id, error = %e, "snapshot_every does not parse; using P1D");
        IsoDuration::from_secs(86_400)
    })
}

/// Sets the integration's next snapshot to `next`.
fn move_schedule(i: &integration::Model, next: DateTime<Utc>) -> UpdateMany<integration::Entity> {
    integration::Entity::update_many()
        .col_expr(integration::Column::NextSnapshotAt, Expr::value(Some(next)))
        .filter(integration::Column::TenantId.eq(i.tenant_id))
        .filter(integration::Column::Id.eq(i.id))
}

/// The snapshot's contacts: every customer with an address and a decision
/// in `statuses`, with that status and its time. Erased customers are left
/// out, and so are restricted ones unless they opted out.
async fn contacts(
    state: &Services,
    i: &integration::Model,
    statuses: &BTreeMap<CustomerId, (bool, DateTime<Utc>)>,
) -> Result<Vec<Value>> {
    let mut contacts: Vec<Value> = Vec::with_capacity(statuses.len());
    let ids: Vec<CustomerId> = statuses.keys().copied().collect();
    for chunk in ids.chunks(ROWS_PER_STATEMENT) {
        let rows: Vec<customer::Model> = customer::Entity::find()
            .filter(customer::Column::TenantId.eq(i.tenant_id))
            .filter(customer::Column::Id.is_in(chunk.iter().copied()))
            .filter(customer::Column::State.ne(State::Anonymized))
            .order_by_asc(customer::Column::Id)
            .all(&state.db.main)
            .await?;
        // Restricted records are not processed, but their opt-outs still count.
        let rows: Vec<customer::Model> = rows
            .into_iter()
            .filter(|r| !r.restricted || !statuses[&r.id].0)
            .collect();
        for c in open_many(state, i.tenant_id, rows).await? {
            let Some(email) = &c.personal.email else {
                continue;
            };
            let (granted, at) = statuses[&c.row.id];
            contacts.push(json!({
                "customer_id": c.row.id,
                "email": email,
                "status": status_word(granted),
                "updated_at": at,
            }));
        }
    }
    Ok(contacts)
}

/// One delivery per page of `contacts` (a single empty page when there are
/// none): the page's place in the snapshot in the open, its contacts sealed.
async fn page_deliveries(
    state: &Services,
    i: &integration::Model,
    contacts: &[Value],
    now: DateTime<Utc>,
) -> Result<Vec<delivery::ActiveModel>> {
    let size = state.config.integrations.snapshot_page as usize;
    let total = contacts.len();
    let pages: Vec<&[Value]> = match contacts.is_empty() {
        true => vec![&[]],
        false => contacts.chunks(size).collect(),
    };
    let key = outbox::key_of(state, i.tenant_id).await?;
    let snapshot_id = Uuid::now_v7();
    let count = pages.len();
    Ok(pages
        .into_iter()
        .enumerate()
        .map(|(n, page)| {
            let event_id = Uuid::now_v7();
            let data = json!({
                "snapshot_id": snapshot_id,
                "purpose": i.purpose,
                "as_of": now,
                "page": n + 1,
                "pages": count,
                "contacts_total": total,
            });
            let sealed = outbox::seal(&key, i.tenant_id, event_id, &json!({ "contacts": page }));
            new_delivery(
                i.tenant_id,
                i.id,
                event_id,
                EventType::ConsentSnapshot,
                None,
                now,
                data.to_string(),
                Some(sealed),
                now,
            )
        })
        .collect())
}
