//! Reading records: one, a page of the list, names for notices, and
//! opening many at once.

use entity::ids::{CustomerId, TenantId};
use std::collections::HashMap;

use entity::customer;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};
use serde_json::json;
use uuid::Uuid;

use super::search;
use super::service::*;
use crate::{
    audit::Entry,
    audit::Origin,
    auth::{Role, Scope},
    context::Services,
    error::{Error, Result},
    fields::Defs,
    pagination,
};

/// Reads one full record; the read is audited.
pub async fn get(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    id: CustomerId,
) -> Result<Customer> {
    scope.require(Role::Viewer)?;
    let customer = open(state, scope, find(state, scope, id).await?).await?;
    record_read(
        state,
        scope,
        meta,
        Entry::new("customer.read").target("customer", id),
    )
    .await?;
    Ok(customer)
}

/// A page of records in creation order, or of those matching `q` (an email,
/// a phone number, or the starts of name words); which were shown is audited.
#[allow(clippy::too_many_arguments)]
pub async fn list(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    filter: Option<Filter>,
    q: Option<&str>,
    cursor: Option<&str>,
    limit: Option<u64>,
) -> Result<(Vec<Customer>, Option<String>)> {
    scope.require(Role::Viewer)?;
    let limit = pagination::limit(limit)? as usize;
    let query = q.map(search::Query::parse).transpose()?;
    let after = match cursor {
        Some(c) => Some(
            Uuid::try_parse(&pagination::decode("customers", c)?)
                .map(CustomerId::from)
                .map_err(|_| Error::invalid("cursor", "is not a cursor this list gave out"))?,
        ),
        None => None,
    };
    let (mut customers, mut next_after) = match &query {
        Some(query) => (
            super::search::search(state, scope.tenant_id(), query, filter, after, limit + 1)
                .await?,
            None,
        ),
        None => {
            let mut rows = rows_after(state, scope.tenant_id(), filter, after, limit + 1).await?;
            // The page ends where the rows end, even if some of them cannot
            // be shown (a record whose key was destroyed).
            let more = rows.len() > limit;
            rows.truncate(limit);
            let next = rows.last().filter(|_| more).map(|r| r.id);
            (open_many(state, scope.tenant_id(), rows).await?, next)
        }
    };
    if customers.len() > limit {
        customers.truncate(limit);
        next_after = customers.last().map(|c| c.row.id);
    }
    let next = next_after.map(|id| pagination::encode("customers", &id.to_string()));
    let customers = present(state, scope, customers).await?;
    if !customers.is_empty() {
        let ids: Vec<CustomerId> = customers.iter().map(|c| c.row.id).collect();
        let detail = json!({ "customers": ids, "searched": query.is_some() });
        record_read(
            state,
            scope,
            meta,
            Entry::new("customer.listed").detail(detail),
        )
        .await?;
    }
    Ok((customers, next))
}

/// Up to `n` rows of the tenant's records that `filter` lets through, in
/// ID order after `after`.
async fn rows_after(
    state: &Services,
    tenant_id: TenantId,
    filter: Option<Filter>,
    after: Option<CustomerId>,
    n: usize,
) -> Result<Vec<customer::Model>> {
    let mut rows = customer::Entity::find().filter(customer::Column::TenantId.eq(tenant_id));
    if let Some(f) = filter {
        rows = rows.filter(f.condition());
    }
    if let Some(after) = after {
        rows = rows.filter(customer::Column::Id.gt(after));
    }
    Ok(rows
        .order_by_asc(customer::Column::Id)
        .limit(n as u64)
        .all(&state.db.main)
        .await?)
}

/// How many records a list view may hold: exact without a search; with
/// one, the search index's candidates (every match, and the rare record a
/// truncated token collides into).
pub async fn view_size(
    state: &Services,
    tenant_id: TenantId,
    filter: Option<Filter>,
    query: Option<&search::Query>,
) -> Result<u64> {
    if let Some(query) = query {
        return search::candidates(state, tenant_id, query).await;
    }
    let mut rows = customer::Entity::find().filter(customer::Column::TenantId.eq(tenant_id));
    if let Some(f) = filter {
        rows = rows.filter(f.condition());
    }
    Ok(rows.count(&state.db.main).await?)
}

/// A page of a whole list view, for an export: up to `n` records after
/// `after` in ID order that `filter` and `query` select (the list's own
/// rules), opened and shown as `role` may see them; and the ID the next
/// page starts after (`None` at the end). The caller audits the read.
#[allow(clippy::too_many_arguments)]
pub async fn view_page(
    state: &Services,
    tenant_id: TenantId,
    role: Role,
    defs: &Defs,
    filter: Option<Filter>,
    query: Option<&search::Query>,
    after: Option<CustomerId>,
    n: usize,
) -> Result<(Vec<Customer>, Option<CustomerId>)> {
    let (opened, next) = match query {
        Some(query) => {
            let found = search::search(state, tenant_id, query, filter, after, n).await?;
            let next = found.last().map(|c| c.row.id).filter(|_| found.len() == n);
            (found, next)
        }
        None => {
            let rows = rows_after(state, tenant_id, filter, after, n).await?;
            // The page ends where the rows end, even if some of them cannot
            // be shown (a record whose key was destroyed).
            let next = rows.last().map(|r| r.id).filter(|_| rows.len() == n);
            (open_many(state, tenant_id, rows).await?, next)
        }
    };
    Ok((
        present_for(state, tenant_id, role, defs, opened).await?,
        next,
    ))
}

/// Which of `ids` are anonymized records: held, but without a name to show.
pub async fn anonymized_among(
    state: &Services,
    scope: &Scope,
    ids: Vec<CustomerId>,
) -> Result<std::collections::HashSet<CustomerId>> {
    scope.require(Role::Viewer)?;
    if ids.is_empty() {
        return Ok(Default::default());
    }
    let found: Vec<CustomerId> = customer::Entity::find()
        .select_only()
        .column(customer::Column::Id)
        .filter(customer::Column::TenantId.eq(scope.tenant_id()))
        .filter(customer::Column::Id.is_in(ids))
        .filter(customer::Column::State.eq(State::Anonymized))
        .into_tuple()
        .all(&state.db.main)
        .await?;
    Ok(found.into_iter().collect())
}

/// The names of the records `ids` that still have one, for lists that point
/// at records (the inbox); which were shown is audited.
pub async fn names(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    ids: Vec<CustomerId>,
) -> Result<HashMap<CustomerId, String>> {
    scope.require(Role::Viewer)?;
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows = customer::Entity::find()
        .filter(customer::Column::TenantId.eq(scope.tenant_id()))
        .filter(customer::Column::Id.is_in(ids))
        .all(&state.db.main)
        .await?;
    let opened = open_many(state, scope.tenant_id(), rows).await?;
    let named: HashMap<CustomerId, String> = opened
        .into_iter()
        .filter(|c| c.row.state != State::Anonymized)
        .map(|c| (c.row.id, c.personal.name.clone()))
        .collect();
    if !named.is_empty() {
        let shown: Vec<CustomerId> = named.keys().copied().collect();
        let detail = json!({ "customers": shown, "searched": false });
        record_read(
            state,
            scope,
            meta,
            Entry::new("customer.listed").detail(detail),
        )
        .await?;
    }
    Ok(named)
}
