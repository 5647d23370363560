//! The orphan-key sweep: data keys that belong to no record are destroyed,
//! a page at a time from where the last run stopped.

use entity::ids::{CustomerId, TenantId};
use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use entity::{customer, job_cursor, keystore::customer_key};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

use crate::{context::Services, error::Result};

/// Data keys the orphan sweep reads at a time.
const SWEEP_PAGE: u64 = 1000;
/// A key younger than this may belong to a record still being written (the
/// key is stored first).
const ORPHAN_GRACE: chrono::TimeDelta = chrono::TimeDelta::hours(1);
const SWEEP_CURSOR: &str = "orphan_keys";

/// Destroys data keys that belong to no record — left by a create that
/// failed after storing its key, or by anything else that went wrong between
/// the two databases. Walks the key store a page at a time from where the
/// last run stopped, looking at up to `most` keys, so a run costs the same
/// however many keys there are. A run that reaches the last key stops
/// there; the next starts again from the first.
pub async fn sweep_orphan_keys(state: &Services, most: u32) -> Result<u64> {
    let (mut destroyed, mut left) = (0, u64::from(most));
    while left > 0 {
        let page = left.min(SWEEP_PAGE);
        let (gone, more) = sweep_page(state, page).await?;
        destroyed += gone;
        left -= page;
        if !more {
            break;
        }
    }
    Ok(destroyed)
}

/// One page of [`sweep_orphan_keys`], of up to `size` keys: what it
/// destroyed, and whether keys remain after it.
async fn sweep_page(state: &Services, size: u64) -> Result<(u64, bool)> {
    let now = state.clock.now();
    let (keys, more) = next_page(state, size).await?;
    let mut by_tenant: BTreeMap<TenantId, Vec<CustomerId>> = BTreeMap::new();
    for (t, c, created) in &keys {
        if now - *created >= ORPHAN_GRACE {
            by_tenant.entry(*t).or_default().push(*c);
        }
    }
    let mut destroyed = 0;
    for (tenant_id, ids) in by_tenant {
        destroyed += destroy_orphans(state, tenant_id, ids).await?;
    }
    // Start again from the beginning after the last page.
    let position = match keys.last() {
        Some((t, c, _)) if more => format!("{t}:{c}"),
        _ => String::new(),
    };
    save_position(state, position, now).await?;
    Ok((destroyed, more))
}

/// Up to `size` keys after the saved position, and whether more remain.
async fn next_page(
    state: &Services,
    size: u64,
) -> Result<(Vec<(TenantId, CustomerId, DateTime<Utc>)>, bool)> {
    let cursor = job_cursor::Entity::find_by_id(SWEEP_CURSOR)
        .one(&state.db.main)
        .await?;
    let after: Option<(TenantId, CustomerId)> = cursor.as_ref().and_then(|c| {
        let (t, k) = c.position.split_once(':')?;
        Some((t.parse().ok()?, k.parse().ok()?))
    });
    let mut page = customer_key::Entity::find()
        .select_only()
        .column(customer_key::Column::TenantId)
        .column(customer_key::Column::CustomerId)
        .column(customer_key::Column::CreatedAt);
    if let Some((t, c)) = after {
        page = page.filter(
            Condition::any()
                .add(customer_key::Column::TenantId.gt(t))
                .add(
                    Condition::all()
                        .add(customer_key::Column::TenantId.eq(t))
                        .add(customer_key::Column::CustomerId.gt(c)),
                ),
        );
    }
    // One key past the page tells whether any remain, so a run that ends
    // exactly on the last key starts the next from the first.
    let mut keys: Vec<(TenantId, CustomerId, DateTime<Utc>)> = page
        .order_by_asc(customer_key::Column::TenantId)
        .order_by_asc(customer_key::Column::CustomerId)
        .limit(size + 1)
        .into_tuple()
        .all(state.keys.db())
        .await?;
    let more = keys.len() as u64 > size;
    keys.truncate(size as usize);
    Ok((keys, more))
}

/// Destroys those of `ids` (keys of tenant `tenant_id`) with no record.
async fn destroy_orphans(
    state: &Services,
    tenant_id: TenantId,
    ids: Vec<CustomerId>,
) -> Result<u64> {
    let present: Vec<CustomerId> = customer::Entity::find()
        .select_only()
        .column(customer::Column::Id)
        .filter(customer::Column::TenantId.eq(tenant_id))
        .filter(customer::Column::Id.is_in(ids.iter().copied()))
        .into_tuple()
        .all(&state.db.main)
        .await?;
    // Only keys older than the tenant's newest record: customer IDs are
    // time-ordered, and a key newer than every record may belong to
    // records this database does not have yet — a main database restored
    // from a copy beside the live key store must not cost the newer
    // records their keys.
    let newest: Option<CustomerId> = customer::Entity::find()
        .select_only()
        .column(customer::Column::Id)
        .filter(customer::Column::TenantId.eq(tenant_id))
        .order_by_desc(customer::Column::Id)
        .limit(1)
        .into_tuple()
        .one(&state.db.main)
        .await?;
    let orphans: Vec<CustomerId> = ids
        .into_iter()
        .filter(|id| !present.contains(id) && newest.is_some_and(|n| *id < n))
        .collect();
    if orphans.is_empty() {
        return Ok(0);
    }
    tracing::warn!(tenant = %tenant_id, keys = orphans.len(), "destroying data keys that belong to no record");
    Ok(state
        .keys
        .destroy_customer_keys(tenant_id, &orphans)
        .await?)
}

/// Saves where the next run starts (empty: from the first key).
async fn save_position(state: &Services, position: String, now: DateTime<Utc>) -> Result<()> {
    let row = job_cursor::ActiveModel {
        name: Set(SWEEP_CURSOR.to_owned()),
        position: Set(position),
        updated_at: Set(now),
    };
    // Instances sweeping at once just overwrite each other's position.
    job_cursor::Entity::insert(row)
        .on_conflict(
            sea_orm::sea_query::OnConflict::column(job_cursor::Column::Name)
                .update_columns([job_cursor::Column::Position, job_cursor::Column::UpdatedAt])
                .to_owned(),
        )
        .exec(&state.db.writer)
        .await?;
    Ok(())
}
