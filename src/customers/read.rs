//! Reading records: one, a page of the list, names for notices, and
//! opening many at once.

use entity::ids::CustomerId;
use std::collections::HashMap;

use entity::customer;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
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
            let mut rows =
                customer::Entity::find().filter(customer::Column::TenantId.eq(scope.tenant_id()));
            if let Some(f) = filter {
                rows = rows.filter(f.condition());
            }
            if let Some(after) = after {
                rows = rows.filter(customer::Column::Id.gt(after));
            }
            let mut rows = rows
                .order_by_asc(customer::Column::Id)
                .limit(limit as u64 + 1)
                .all(&state.db.main)
                .await?;
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
