//! Reading records: one, a page of the list (filtered by a [`View`], sorted,
//! counted), names for notices, and opening many at once.

use entity::ids::{CustomerId, TenantId};
use std::collections::HashMap;

use entity::customer;
use sea_orm::{
    ColumnTrait, Condition, EntityTrait, ExprTrait, Order, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
    sea_query::{Expr, Func},
};
use serde_json::json;
use uuid::Uuid;

use zeroize::Zeroizing;

use super::Personal;
use super::search;
use super::service::*;
use super::sort::{self, Sort};
use super::view::View;
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

/// Where a page of the list starts: after a record (creation order, the
/// API's cursor) or at an offset (a sorted list, a page number).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    After(CustomerId),
    Offset(u64),
}

impl At {
    pub const START: At = At::Offset(0);

    /// The opaque cursor that names this position.
    pub fn cursor(self) -> String {
        let position = match self {
            At::After(id) => id.to_string(),
            At::Offset(n) => format!("@{n}"),
        };
        pagination::encode("customers", &position)
    }

    /// The position a cursor this list gave out names.
    pub fn of_cursor(cursor: &str) -> Result<At> {
        let position = pagination::decode("customers", cursor)?;
        let bad = || Error::invalid("cursor", "is not a cursor this list gave out");
        match position.strip_prefix('@') {
            Some(n) => n.parse().map(At::Offset).map_err(|_| bad()),
            None => Uuid::try_parse(&position)
                .map(|id| At::After(CustomerId::from(id)))
                .map_err(|_| bad()),
        }
    }
}

/// How many records a view holds: exact, or for a search with more matches
/// than [`SORTED_SEARCH_MAX`], the search index's candidates ("about").
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Total {
    pub n: u64,
    pub exact: bool,
}

/// A page of the list.
pub struct Listed {
    pub customers: Vec<Customer>,
    pub total: Total,
    /// Where the next page starts; `None` on the last.
    pub next: Option<At>,
}

/// A search's matches are opened, checked and ordered in memory: at most
/// this many. Beyond it the list holds the first this many matches in
/// creation order, and its total is the index's estimate.
pub const SORTED_SEARCH_MAX: usize = 1000;

/// A page of the list: the records of `view` (and matching `q`: an email,
/// a phone number, or the starts of name words), in its order, from `at`,
/// `limit` of them; which were shown is audited.
#[allow(clippy::too_many_arguments)]
pub async fn list(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    view: &View,
    q: Option<&str>,
    at: At,
    limit: Option<u64>,
) -> Result<Listed> {
    scope.require(Role::Viewer)?;
    let limit = pagination::limit(limit)? as usize;
    let query = q.map(search::Query::parse).transpose()?;
    if matches!(at, At::After(_)) && view.sort.is_some() {
        return Err(Error::invalid(
            "cursor",
            "is a cursor of the list in creation order, not of this sort",
        ));
    }
    let tenant_id = scope.tenant_id();
    let condition = view.condition(state, tenant_id, state.clock.now()).await?;
    let listed = match (&query, view.sort) {
        (Some(query), _) => {
            searched(state, tenant_id, query, condition, view.sort, at, limit).await?
        }
        (None, Some(sort)) if sort.key == sort::Key::Name => {
            by_name(state, tenant_id, condition, sort.desc, at, limit).await?
        }
        (None, sort) => in_sql(state, tenant_id, condition, sort, at, limit).await?,
    };
    let customers = present(state, scope, listed.customers).await?;
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
    Ok(Listed {
        customers,
        ..listed
    })
}

fn tenant_rows(tenant_id: TenantId, condition: Condition) -> sea_orm::Select<customer::Entity> {
    customer::Entity::find()
        .filter(customer::Column::TenantId.eq(tenant_id))
        .filter(condition)
}

/// The next position after a page that started at `at` and showed `shown`
/// rows of which `last` was the last, when more follow: after the last in
/// creation order (a cursor that stays right while records are added), an
/// offset in a sort.
fn next_of(
    sort: Option<Sort>,
    at: At,
    shown: usize,
    last: Option<CustomerId>,
    more: bool,
) -> Option<At> {
    match (more, sort, at) {
        (false, _, _) => None,
        (true, None, _) => last.map(At::After),
        (true, Some(_), At::After(_)) => None,
        (true, Some(_), At::Offset(n)) => Some(At::Offset(n + shown as u64)),
    }
}

/// A page in an order SQL knows (creation, or a date or state column;
/// ties by ID), and the exact total.
async fn in_sql(
    state: &Services,
    tenant_id: TenantId,
    condition: Condition,
    sort: Option<Sort>,
    at: At,
    limit: usize,
) -> Result<Listed> {
    let total = tenant_rows(tenant_id, condition.clone())
        .count(&state.db.main)
        .await?;
    let mut rows = tenant_rows(tenant_id, condition);
    let order = |desc: bool| if desc { Order::Desc } else { Order::Asc };
    let desc = sort.is_some_and(|s| s.desc);
    if let Some(column) = sort.and_then(Sort::column) {
        if matches!(column, customer::Column::ExpiresAt) {
            // Records without an end date last (first, descending), on
            // SQLite and PostgreSQL alike.
            rows = rows.order_by(Expr::col(column).is_null(), order(desc));
        }
        rows = rows.order_by(column, order(desc));
    }
    rows = rows.order_by(customer::Column::Id, order(desc));
    rows = match at {
        At::After(after) => rows.filter(customer::Column::Id.gt(after)),
        At::Offset(n) => rows.offset(n),
    };
    let mut rows = rows.limit(limit as u64 + 1).all(&state.db.main).await?;
    // The page ends where the rows end, even if some of them cannot be
    // shown (a record whose key was destroyed).
    let more = rows.len() > limit;
    rows.truncate(limit);
    let next = next_of(sort, at, rows.len(), rows.last().map(|r| r.id), more);
    Ok(Listed {
        customers: open_many(state, tenant_id, rows).await?,
        total: Total {
            n: total,
            exact: true,
        },
        next,
    })
}

/// A page in name order. SQL counts the view's records per name bucket
/// (`customers::sort`); the names of the bucket(s) the page falls in are
/// opened and sorted (folded, ties by ID), and only the page's records are
/// opened whole.
async fn by_name(
    state: &Services,
    tenant_id: TenantId,
    condition: Condition,
    desc: bool,
    at: At,
    limit: usize,
) -> Result<Listed> {
    let At::Offset(offset) = at else {
        unreachable!("a sorted list is paged by offset");
    };
    let mut counts: Vec<(Option<i16>, i64)> = tenant_rows(tenant_id, condition.clone())
        .select_only()
        .column(customer::Column::NameBucket)
        .column_as(
            Expr::expr(Func::count(Expr::col(customer::Column::Id))),
            "n",
        )
        .group_by(customer::Column::NameBucket)
        .into_tuple()
        .all(&state.db.main)
        .await?;
    // No bucket (an anonymized record, or one the backfill has not reached)
    // sorts last, as [`sort::by_name`] puts it.
    counts.sort_by_key(|(b, _)| b.unwrap_or(i16::MAX));
    if desc {
        counts.reverse();
    }
    let total: u64 = counts.iter().map(|(_, n)| *n as u64).sum();
    let (mut start, mut skip, mut wanted) = (0u64, None, Vec::new());
    for (bucket, n) in &counts {
        let end = start + *n as u64;
        if end > offset && start < offset + limit as u64 {
            skip.get_or_insert(offset.saturating_sub(start));
            wanted.push(*bucket);
        }
        start = end;
    }
    let skip = skip.unwrap_or(0) as usize;
    let mut page = Vec::new();
    if !wanted.is_empty() {
        let mut which = Condition::any();
        let named: Vec<i16> = wanted.iter().flatten().copied().collect();
        if !named.is_empty() {
            which = which.add(customer::Column::NameBucket.is_in(named));
        }
        if wanted.contains(&None) {
            which = which.add(customer::Column::NameBucket.is_null());
        }
        // Only what the order needs: each record's ID, bucket and sealed
        // part, whose name alone is opened.
        let rows: Vec<(CustomerId, Option<i16>, Vec<u8>)> = tenant_rows(tenant_id, condition)
            .filter(which)
            .select_only()
            .column(customer::Column::Id)
            .column(customer::Column::NameBucket)
            .column(customer::Column::Sealed)
            .into_tuple()
            .all(&state.db.main)
            .await?;
        let mut placed = in_name_order(state, tenant_id, rows).await?;
        if desc {
            placed.reverse();
        }
        page = placed.into_iter().skip(skip).take(limit).collect();
    }
    let customers = open_in_order(state, tenant_id, &page).await?;
    let more = offset + (limit as u64) < total;
    Ok(Listed {
        next: more.then_some(At::Offset(offset + limit as u64)),
        customers,
        total: Total {
            n: total,
            exact: true,
        },
    })
}

/// Records (ID, name bucket, sealed part) in name order, as
/// [`sort::by_name`] orders opened records: bucket (none last), folded name,
/// ID. Only each name is opened. A record without a key (anonymized, or
/// shredded since it was read) sorts as a record without a name, and
/// [`open_in_order`] shows what is there now.
async fn in_name_order(
    state: &Services,
    tenant_id: TenantId,
    rows: Vec<(CustomerId, Option<i16>, Vec<u8>)>,
) -> Result<Vec<CustomerId>> {
    let ids: Vec<CustomerId> = rows.iter().map(|(id, _, _)| *id).collect();
    let keys = state.keys.customer_keys(tenant_id, &ids).await?;
    let mut placed = Vec::with_capacity(rows.len());
    for (id, bucket, sealed) in rows {
        let name = match keys.get(&id) {
            Some(key) => Zeroizing::new(search::fold(&Personal::open_name(
                &sealed, key, tenant_id, id,
            )?)),
            None => Default::default(),
        };
        placed.push((bucket.unwrap_or(i16::MAX), name, id));
    }
    placed.sort_unstable_by(|a, b| (a.0, a.1.as_str(), a.2).cmp(&(b.0, b.1.as_str(), b.2)));
    Ok(placed.into_iter().map(|(_, _, id)| id).collect())
}

/// The records `ids`, opened, in the order given (those gone since are
/// left out).
async fn open_in_order(
    state: &Services,
    tenant_id: TenantId,
    ids: &[CustomerId],
) -> Result<Vec<Customer>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = customer::Entity::find()
        .filter(customer::Column::TenantId.eq(tenant_id))
        .filter(customer::Column::Id.is_in(ids.iter().copied()))
        .all(&state.db.main)
        .await?;
    let place: HashMap<CustomerId, usize> =
        ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let mut opened = open_many(state, tenant_id, rows).await?;
    opened.sort_by_key(|c| place.get(&c.row.id).copied().unwrap_or(usize::MAX));
    Ok(opened)
}

/// A page of a search's matches in creation order: the IDs holding the
/// search's tokens come from the token index, the view's filters keep some
/// of them, and only the page's records are opened (and re-checked, so a
/// rare token collision is left out of the page, though counted in the
/// total).
async fn searched_in_order(
    state: &Services,
    tenant_id: TenantId,
    query: &search::Query,
    condition: Condition,
    at: At,
    limit: usize,
) -> Result<Listed> {
    let tokens = search::tokens_of(state, tenant_id, query).await?;
    if condition.is_empty() {
        return searched_unfiltered(state, tenant_id, query, &tokens, at, limit).await;
    }
    // The candidates' IDs alone, in ID order, from the token index.
    let mut ids: Vec<CustomerId> = search::holding_all(tenant_id, &tokens)
        .order_by_asc(entity::search_token::Column::CustomerId)
        .into_tuple()
        .all(&state.db.main)
        .await?;
    if !ids.is_empty() {
        // The view's filters, over the candidates only (in bounded
        // batches, as databases bound a statement's parameters).
        let mut kept = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(FILTER_CHUNK) {
            let some: Vec<CustomerId> = tenant_rows(tenant_id, condition.clone())
                .select_only()
                .column(customer::Column::Id)
                .filter(customer::Column::Id.is_in(chunk.iter().copied()))
                .order_by_asc(customer::Column::Id)
                .into_tuple()
                .all(&state.db.main)
                .await?;
            kept.extend(some);
        }
        ids = kept;
    }
    let from = match at {
        At::After(after) => ids.partition_point(|id| *id <= after),
        At::Offset(n) => (n as usize).min(ids.len()),
    };
    let page: Vec<CustomerId> = ids.iter().skip(from).take(limit).copied().collect();
    let more = ids.len() > from + page.len();
    Ok(Listed {
        customers: open_matching(state, tenant_id, query, &page).await?,
        total: Total {
            n: ids.len() as u64,
            exact: true,
        },
        next: next_of(None, at, page.len(), page.last().copied(), more),
    })
}

/// A page of a search's matches in creation order with no filter: the
/// token index counts the candidates and gives the page's IDs, two
/// statements whatever the number of matches.
async fn searched_unfiltered(
    state: &Services,
    tenant_id: TenantId,
    query: &search::Query,
    tokens: &[Vec<u8>],
    at: At,
    limit: usize,
) -> Result<Listed> {
    let total = search::holding_all(tenant_id, tokens)
        .count(&state.db.main)
        .await?;
    let mut ids = search::holding_all(tenant_id, tokens)
        .order_by_asc(entity::search_token::Column::CustomerId)
        .limit(limit as u64 + 1);
    ids = match at {
        At::After(after) => ids.filter(entity::search_token::Column::CustomerId.gt(after)),
        At::Offset(n) => ids.offset(n),
    };
    let mut page: Vec<CustomerId> = ids.into_tuple().all(&state.db.main).await?;
    let more = page.len() > limit;
    page.truncate(limit);
    Ok(Listed {
        customers: open_matching(state, tenant_id, query, &page).await?,
        total: Total {
            n: total,
            exact: true,
        },
        next: next_of(None, at, page.len(), page.last().copied(), more),
    })
}

/// The records `ids` (a page of a search's candidates, in ID order),
/// opened and re-checked against `query`: a rare token collision is left
/// out.
async fn open_matching(
    state: &Services,
    tenant_id: TenantId,
    query: &search::Query,
    ids: &[CustomerId],
) -> Result<Vec<Customer>> {
    Ok(open_in_order(state, tenant_id, ids)
        .await?
        .into_iter()
        .filter(|c| query.matches(&c.personal))
        .collect())
}

/// How many candidates one statement filters by the view's conditions.
const FILTER_CHUNK: usize = 5_000;

/// A page of a search's matches: up to [`SORTED_SEARCH_MAX`] of them are
/// found (in creation order), ordered in memory, and the page cut.
#[allow(clippy::too_many_arguments)]
async fn searched(
    state: &Services,
    tenant_id: TenantId,
    query: &search::Query,
    condition: Condition,
    sort: Option<Sort>,
    at: At,
    limit: usize,
) -> Result<Listed> {
    if sort.is_none() {
        return searched_in_order(state, tenant_id, query, condition, at, limit).await;
    }
    let mut found = search::search(
        state,
        tenant_id,
        query,
        Some(condition),
        None,
        SORTED_SEARCH_MAX + 1,
    )
    .await?;
    let total = if found.len() > SORTED_SEARCH_MAX {
        found.truncate(SORTED_SEARCH_MAX);
        let n = search::candidates(state, tenant_id, query).await?;
        Total {
            n: Ord::max(n, SORTED_SEARCH_MAX as u64),
            exact: false,
        }
    } else {
        Total {
            n: found.len() as u64,
            exact: true,
        }
    };
    if let Some(sort) = sort {
        found.sort_by(|a, b| sort::compare(sort.key, a, b));
        if sort.desc {
            found.reverse();
        }
    }
    let from = match at {
        At::After(after) => found.iter().take_while(|c| c.row.id <= after).count(),
        At::Offset(n) => (n as usize).min(found.len()),
    };
    let more = found.len() > from + limit;
    let customers: Vec<Customer> = found.into_iter().skip(from).take(limit).collect();
    let next = next_of(
        sort,
        at,
        customers.len(),
        customers.last().map(|c| c.row.id),
        more,
    );
    Ok(Listed {
        customers,
        total,
        next,
    })
}

/// Up to `n` rows of the tenant's records that `filter` lets through, in
/// ID order after `after`.
async fn rows_after(
    state: &Services,
    tenant_id: TenantId,
    filter: Option<Condition>,
    after: Option<CustomerId>,
    n: usize,
) -> Result<Vec<customer::Model>> {
    let mut rows = customer::Entity::find().filter(customer::Column::TenantId.eq(tenant_id));
    if let Some(f) = filter {
        rows = rows.filter(f);
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
    filter: Option<Condition>,
    query: Option<&search::Query>,
) -> Result<u64> {
    if let Some(query) = query {
        return search::candidates(state, tenant_id, query).await;
    }
    let mut rows = customer::Entity::find().filter(customer::Column::TenantId.eq(tenant_id));
    if let Some(f) = filter {
        rows = rows.filter(f);
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
    filter: Option<Condition>,
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
