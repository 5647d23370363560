//! The blind index of the records written before its latest form (match
//! keys; company words and single characters of unspaced scripts; field
//! value tokens and the name bucket). Every
//! record written since gets its whole index with each write; the ones
//! before lack parts, and an index cannot be made without opening the
//! record. The job runner opens them a page at a time, across tenants in
//! ID order, from a saved position, and rewrites each one's index, until it
//! has been through all of them once. When the index changes form again,
//! a new [`CURSOR`] name walks them again.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use entity::ids::{CustomerId, TenantId};
use entity::{customer, job_cursor, match_key, search_token};
use sea_orm::{
    ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
    sea_query::{Expr, OnConflict},
};

use super::{duplicates, search, service::State};
use crate::{context::Services, db::begin_write, error::Result};

/// The walk's name, one per form of the index: v2 added company words and
/// the characters of unspaced scripts to v1's match keys; v3 the tokens of
/// select and bool field values and the name bucket the list sorts by
/// (`customers::sort`).
const CURSOR: &str = "search_index_v3";
/// Where the position says the walk is over.
const DONE: &str = "done";
/// Records opened per run.
const PAGE: u64 = 500;

/// One page of the walk: rewrites the blind index of up to [`PAGE`]
/// records; returns how many records it went through (0 once finished).
pub async fn run(state: &Services) -> Result<u64> {
    let cursor = job_cursor::Entity::find_by_id(CURSOR)
        .one(&state.db.main)
        .await?;
    let after: Option<(TenantId, CustomerId)> = match cursor.as_ref().map(|c| c.position.as_str()) {
        Some(DONE) => return Ok(0),
        Some(p) => p
            .split_once(':')
            .and_then(|(t, c)| Some((t.parse().ok()?, c.parse().ok()?))),
        None => None,
    };
    let mut page = customer::Entity::find().filter(customer::Column::State.ne(State::Anonymized));
    if let Some((t, c)) = after {
        page = page.filter(
            Condition::any().add(customer::Column::TenantId.gt(t)).add(
                Condition::all()
                    .add(customer::Column::TenantId.eq(t))
                    .add(customer::Column::Id.gt(c)),
            ),
        );
    }
    let rows = page
        .order_by_asc(customer::Column::TenantId)
        .order_by_asc(customer::Column::Id)
        .limit(PAGE)
        .all(&state.db.main)
        .await?;
    let walked = rows.len() as u64;
    let position = match rows.last() {
        Some(last) if walked == PAGE => format!("{}:{}", last.tenant_id, last.id),
        _ => DONE.to_owned(),
    };
    let mut by_tenant: BTreeMap<TenantId, Vec<customer::Model>> = BTreeMap::new();
    for row in rows {
        by_tenant.entry(row.tenant_id).or_default().push(row);
    }
    for (tenant_id, rows) in by_tenant {
        reindex_tenant(state, tenant_id, rows).await?;
    }
    save(state, position, state.clock.now()).await?;
    Ok(walked)
}

/// Rewrites the blind index of `rows` (all of one tenant). Two instances
/// on the same page wait for each other's row locks and write the same rows.
async fn reindex_tenant(
    state: &Services,
    tenant_id: TenantId,
    rows: Vec<customer::Model>,
) -> Result<()> {
    let search_key = search::search_key(&state.keys.tenant_key(tenant_id).await?);
    let opened = super::service::open_many(state, tenant_id, rows).await?;
    let txn = begin_write(&state.db.writer).await?;
    // A record changed since it was opened has its index from that change.
    let ids: Vec<CustomerId> = opened.iter().map(|c| c.row.id).collect();
    let now: BTreeMap<CustomerId, i64> = customer::Entity::find()
        .select_only()
        .column(customer::Column::Id)
        .column(customer::Column::Version)
        .filter(customer::Column::TenantId.eq(tenant_id))
        .filter(customer::Column::Id.is_in(ids))
        .lock_exclusive()
        .into_tuple::<(CustomerId, i64)>()
        .all(&txn)
        .await?
        .into_iter()
        .collect();
    let current: Vec<_> = opened
        .iter()
        .filter(|c| now.get(&c.row.id) == Some(&c.row.version))
        .collect();
    let ids: Vec<CustomerId> = current.iter().map(|c| c.row.id).collect();
    for chunk in ids.chunks(crate::db::ROWS_PER_STATEMENT) {
        search_token::Entity::delete_many()
            .filter(search_token::Column::TenantId.eq(tenant_id))
            .filter(search_token::Column::CustomerId.is_in(chunk.iter().copied()))
            .exec(&txn)
            .await?;
        match_key::Entity::delete_many()
            .filter(match_key::Column::TenantId.eq(tenant_id))
            .filter(match_key::Column::CustomerId.is_in(chunk.iter().copied()))
            .exec(&txn)
            .await?;
    }
    let defs = crate::fields::Defs::load(&txn, tenant_id).await?;
    let mut rows = duplicates::IndexRows::empty();
    for c in &current {
        rows.extend(duplicates::index_rows(
            &search_key,
            tenant_id,
            c.row.id,
            &c.personal,
            &defs,
        ));
    }
    // The name bucket the list sorts by, for records written before it:
    // one statement per bucket.
    let mut buckets: BTreeMap<i16, Vec<CustomerId>> = BTreeMap::new();
    for c in &current {
        let bucket = super::sort::name_bucket(&c.personal.name);
        buckets.entry(bucket).or_default().push(c.row.id);
    }
    for (bucket, ids) in buckets {
        for chunk in ids.chunks(crate::db::ROWS_PER_STATEMENT) {
            customer::Entity::update_many()
                .col_expr(customer::Column::NameBucket, Expr::value(Some(bucket)))
                .filter(customer::Column::TenantId.eq(tenant_id))
                .filter(customer::Column::Id.is_in(chunk.iter().copied()))
                .exec(&txn)
                .await?;
        }
    }
    rows.insert(&txn).await?;
    txn.commit().await?;
    Ok(())
}

async fn save(state: &Services, position: String, now: DateTime<Utc>) -> Result<()> {
    let row = job_cursor::ActiveModel {
        name: Set(CURSOR.to_owned()),
        position: Set(position),
        updated_at: Set(now),
    };
    job_cursor::Entity::insert(row)
        .on_conflict(
            OnConflict::column(job_cursor::Column::Name)
                .update_columns([job_cursor::Column::Position, job_cursor::Column::UpdatedAt])
                .to_owned(),
        )
        .exec(&state.db.writer)
        .await?;
    Ok(())
}
