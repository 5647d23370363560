use entity::ids::{CustomerId, TenantId};
use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, TimeDelta, Utc};
use entity::customer;
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QuerySelect};
use serde_json::Value;

use super::Personal;
use crate::{
    audit::Entry,
    audit::Origin,
    auth::{Role, Scope},
    context::Services,
    crypto::Key,
    error::{Error, Result},
    fields::Defs,
};

/// A customer record with its personal fields opened.
pub struct Customer {
    pub row: customer::Model,
    pub personal: Personal,
    /// The current decision per consent purpose.
    pub consent: BTreeMap<String, bool>,
    /// The custom field values the reader may see, by key.
    pub fields: BTreeMap<String, Value>,
}

impl Customer {
    pub(super) fn opened(row: customer::Model, personal: Personal) -> Self {
        Self {
            row,
            personal,
            consent: BTreeMap::new(),
            fields: BTreeMap::new(),
        }
    }
}

/// Makes records ready to show to `scope`: the current consent of each (one
/// query for all) and the custom field values its role may see.
pub(super) async fn present(
    state: &Services,
    scope: &Scope,
    customers: Vec<Customer>,
) -> Result<Vec<Customer>> {
    if customers.is_empty() {
        return Ok(customers);
    }
    let defs = Defs::load(&state.db.main, scope.tenant_id()).await?;
    present_with(state, scope, &defs, customers).await
}

/// As [`present`], with the tenant's field definitions already at hand.
pub(super) async fn present_with(
    state: &Services,
    scope: &Scope,
    defs: &Defs,
    customers: Vec<Customer>,
) -> Result<Vec<Customer>> {
    present_for(state, scope.tenant_id(), scope.role(), defs, customers).await
}

/// As [`present_with`], for a reader known by tenant and role (work done
/// in the background for someone).
pub(super) async fn present_for(
    state: &Services,
    tenant_id: TenantId,
    role: Role,
    defs: &Defs,
    mut customers: Vec<Customer>,
) -> Result<Vec<Customer>> {
    let ids: Vec<CustomerId> = customers.iter().map(|c| c.row.id).collect();
    let mut current = crate::consent::latest::current(&state.db.main, tenant_id, &ids).await?;
    for c in &mut customers {
        c.consent = current.remove(&c.row.id).unwrap_or_default();
        c.fields = defs.shown(role, &c.personal.fields);
    }
    Ok(customers)
}

pub(super) async fn present_one(state: &Services, scope: &Scope, c: Customer) -> Result<Customer> {
    Ok(present(state, scope, vec![c]).await?.remove(0))
}

pub(super) async fn present_one_with(
    state: &Services,
    scope: &Scope,
    defs: &Defs,
    c: Customer,
) -> Result<Customer> {
    Ok(present_with(state, scope, defs, vec![c]).await?.remove(0))
}

pub use entity::customer::State;

/// Which records a list shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Filter {
    State(State),
    /// Complete records whose period ends after `after` (when given) and no
    /// later than `until`: "expired" is everything up to now.
    Expiring {
        after: Option<DateTime<Utc>>,
        until: DateTime<Utc>,
    },
}

impl Filter {
    /// The filter a list names in a word (`active`, `complete`,
    /// `expiring`, `expired`, `anonymized`; empty for none), as of `now`;
    /// "expiring" looks `within` ahead.
    pub fn of_word(word: &str, now: DateTime<Utc>, within: TimeDelta) -> Result<Option<Filter>> {
        Ok(match word {
            "" => None,
            "active" => Some(Filter::State(State::Active)),
            "complete" => Some(Filter::State(State::Complete)),
            "anonymized" => Some(Filter::State(State::Anonymized)),
            "expired" => Some(Filter::Expiring {
                after: None,
                until: now,
            }),
            "expiring" => Some(Filter::Expiring {
                after: Some(now),
                until: now + within,
            }),
            _ => {
                return Err(Error::invalid(
                    "state",
                    "must be one of active, complete, expiring, expired or anonymized",
                ));
            }
        })
    }

    pub(super) fn condition(self) -> Condition {
        match self {
            Filter::State(s) => Condition::all().add(customer::Column::State.eq(s.as_str())),
            Filter::Expiring { after, until } => {
                let mut c = Condition::all()
                    .add(customer::Column::State.eq(State::Complete))
                    .add(customer::Column::ExpiresAt.lte(until));
                if let Some(after) = after {
                    c = c.add(customer::Column::ExpiresAt.gt(after));
                }
                c
            }
        }
    }
}

pub struct NewCustomer {
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub company: Option<String>,
    pub address: Option<String>,
    /// The preferred language, a tag of the catalogue (`de`).
    pub language: Option<String>,
    /// Custom field values by key.
    pub fields: BTreeMap<String, Value>,
}

/// A change to one optional field.
#[derive(Clone, Debug, Default)]
pub enum Patch {
    #[default]
    Keep,
    Clear,
    Set(String),
}

#[derive(Default)]
pub struct Change {
    /// The version the caller last saw; a different current version is a conflict.
    pub version: i64,
    pub name: Option<String>,
    pub email: Patch,
    pub phone: Patch,
    pub company: Patch,
    pub address: Patch,
    pub language: Patch,
    /// Custom field values to set, by key; `null` clears one.
    pub fields: BTreeMap<String, Value>,
}

/// The personal part of a row: opened with its key, or for an anonymized
/// record, only the non-personal facts it kept.
pub(super) fn unseal(row: &customer::Model, key: Option<&Key>) -> Result<Personal> {
    if row.state == State::Anonymized {
        let fields = match &row.facts {
            Some(json) => serde_json::from_str(json).map_err(|e| {
                Error::internal_from(format!("customer {}: kept facts unreadable", row.id), e)
            })?,
            None => Vec::new(),
        };
        return Ok(Personal {
            name: String::new(),
            email: None,
            phone: None,
            company: None,
            address: None,
            fields,
            restriction_reason: None,
            hold_reason: None,
            language: None,
        });
    }
    let key = key.ok_or_else(|| Error::internal(format!("customer {} has no key", row.id)))?;
    Personal::open(&row.sealed, key, row.tenant_id, row.id)
}

pub(crate) async fn find(
    state: &Services,
    scope: &Scope,
    id: CustomerId,
) -> Result<customer::Model> {
    match customer::Entity::find_by_id((scope.tenant_id(), id))
        .one(&state.db.main)
        .await?
    {
        Some(row) => Ok(row),
        None => Err(as_seen_by(
            scope,
            missing(&state.db.main, scope.tenant_id(), id).await,
        )),
    }
}

/// Where a merged record went is for staff and up: a viewer hears only
/// that it was shredded.
pub(crate) fn as_seen_by(scope: &Scope, e: Error) -> Error {
    match e {
        Error::Merged { .. } if scope.role() < crate::auth::Role::Staff => {
            Error::Gone("this customer record was shredded".into())
        }
        e => e,
    }
}

/// Why a customer ID has no row: it was shredded (410, naming the receipt),
/// or it never existed here (404).
pub(crate) async fn missing<C: sea_orm::ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    id: CustomerId,
) -> Error {
    match crate::erasure::receipts::receipt_row(conn, tenant_id, id).await {
        Ok(Some(e)) => {
            let at = e
                .requested_at
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
            match e.merged_into {
                Some(into) => Error::Merged {
                    into,
                    detail: format!(
                        "this customer record was merged into record {into} at {at} and its own data destroyed; the receipt is at /api/v1/erasures/{id}"
                    ),
                },
                None => Error::Gone(format!(
                    "this customer record was shredded at {at}; the receipt is at /api/v1/erasures/{id}"
                )),
            }
        }
        Ok(None) => Error::NotFound("customer"),
        Err(e) => e,
    }
}

pub(super) async fn open(
    state: &Services,
    scope: &Scope,
    row: customer::Model,
) -> Result<Customer> {
    let (tenant_id, id) = (row.tenant_id, row.id);
    let mut opened = open_many(state, tenant_id, vec![row]).await?;
    if opened.is_empty() {
        return Err(match missing(&state.db.main, tenant_id, id).await {
            Error::NotFound(_) => Error::Gone(
                "this record's data key has been destroyed, so its data can never be read again; \
                 the record was shredded after this copy of the database was made"
                    .into(),
            ),
            other => other,
        });
    }
    present_one(state, scope, opened.remove(0)).await
}

pub(crate) async fn record_read(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    entry: Entry,
) -> Result<()> {
    state
        .reads
        .record(
            scope.tenant_id(),
            scope.into(),
            meta,
            state.clock.now(),
            entry,
        )
        .await
}

/// The record, locked for this transaction.
pub(crate) async fn lock_for_update<C: sea_orm::ConnectionTrait>(
    conn: &C,
    scope: &Scope,
    id: CustomerId,
) -> Result<customer::Model> {
    lock_row(conn, scope.tenant_id(), id)
        .await
        .map_err(|e| as_seen_by(scope, e))
}

/// Record `id` of the tenant, locked for the caller's transaction, for work
/// the tenant's staff did not start (a portal request, a connected tool).
pub(crate) async fn lock_row<C: sea_orm::ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    id: CustomerId,
) -> Result<customer::Model> {
    let Some(row) = customer::Entity::find_by_id((tenant_id, id))
        .lock_exclusive()
        .one(conn)
        .await?
    else {
        return Err(missing(conn, tenant_id, id).await);
    };
    refuse_anonymized(&row)?;
    Ok(row)
}

/// An anonymized record has nothing personal left to change or process.
pub(super) fn refuse_anonymized(row: &customer::Model) -> Result<()> {
    if row.state == State::Anonymized {
        return Err(Error::Conflict(
            "the record is anonymized: nothing personal is left to change".into(),
        ));
    }
    Ok(())
}

/// The record, locked for this transaction, if it may be changed: its
/// processing is not restricted.
pub(super) async fn lock_for_change<C: sea_orm::ConnectionTrait>(
    conn: &C,
    scope: &Scope,
    id: CustomerId,
) -> Result<customer::Model> {
    let row = lock_for_update(conn, scope, id).await?;
    if row.restricted {
        return Err(Error::Conflict(RESTRICTED.into()));
    }
    Ok(row)
}

pub(super) const RESTRICTED: &str =
    "processing of this record is restricted (Art. 18): lift the restriction to change it";

/// Opens many rows of one tenant with one key-store query for all their keys.
pub async fn open_many(
    state: &Services,
    tenant_id: TenantId,
    rows: Vec<customer::Model>,
) -> Result<Vec<Customer>> {
    let sealed = |r: &customer::Model| r.state != State::Anonymized;
    let ids: Vec<CustomerId> = rows.iter().filter(|r| sealed(r)).map(|r| r.id).collect();
    let keys: HashMap<CustomerId, _> = state.keys.customer_keys(tenant_id, &ids).await?;
    // A key missing means the record was shredded or anonymized after it
    // was read: read it again and show what is there now.
    let keyless: Vec<CustomerId> = ids
        .iter()
        .filter(|id| !keys.contains_key(id))
        .copied()
        .collect();
    let mut now: HashMap<CustomerId, customer::Model> = if keyless.is_empty() {
        HashMap::new()
    } else {
        customer::Entity::find()
            .filter(customer::Column::TenantId.eq(tenant_id))
            .filter(customer::Column::Id.is_in(keyless))
            .all(&state.db.main)
            .await?
            .into_iter()
            .map(|r| (r.id, r))
            .collect()
    };
    let mut opened = Vec::with_capacity(rows.len());
    for row in rows {
        let row = match (sealed(&row), keys.contains_key(&row.id)) {
            (true, false) => match now.remove(&row.id) {
                Some(current) if !sealed(&current) => current,
                // Still sealed and still no key: the key was destroyed and
                // this row survives from a database copy older than the
                // shred. Nothing can read it; it is skipped like the shred.
                Some(_) => {
                    tracing::warn!(customer = %row.id, "a record whose data key was destroyed; skipped");
                    continue;
                }
                None => continue,
            },
            _ => row,
        };
        let personal = unseal(&row, keys.get(&row.id))?;
        opened.push(Customer::opened(row, personal));
    }
    Ok(opened)
}
