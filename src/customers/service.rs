use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use entity::{customer, search_token};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, ExprTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
    sea_query::{Expr, Func},
};
use serde_json::{Value, json};
use uuid::Uuid;

use super::{Personal, search};
use crate::{
    audit::{self, Entry},
    auth::{Role, Scope},
    db::begin_write,
    erasure::suppression,
    error::{Checks, Error, Result},
    fields::Defs,
    http::meta::RequestMeta,
    notifications::service as notifications,
    pagination,
    state::AppState,
    values::{Email, Phone, display_name, free_text},
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
    fn opened(row: customer::Model, personal: Personal) -> Self {
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
async fn present(
    state: &AppState,
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
async fn present_with(
    state: &AppState,
    scope: &Scope,
    defs: &Defs,
    mut customers: Vec<Customer>,
) -> Result<Vec<Customer>> {
    let ids: Vec<Uuid> = customers.iter().map(|c| c.row.id).collect();
    let mut current =
        crate::consent::service::current(&state.db.main, scope.tenant_id(), &ids).await?;
    for c in &mut customers {
        c.consent = current.remove(&c.row.id).unwrap_or_default();
        c.fields = defs.shown(scope.role(), &c.personal.fields);
    }
    Ok(customers)
}

async fn present_one(state: &AppState, scope: &Scope, c: Customer) -> Result<Customer> {
    Ok(present(state, scope, vec![c]).await?.remove(0))
}

async fn present_one_with(
    state: &AppState,
    scope: &Scope,
    defs: &Defs,
    c: Customer,
) -> Result<Customer> {
    Ok(present_with(state, scope, defs, vec![c]).await?.remove(0))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Active,
    Complete,
    Anonymized,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Active => "active",
            State::Complete => "complete",
            State::Anonymized => "anonymized",
        }
    }
}

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
    fn condition(self) -> Condition {
        match self {
            Filter::State(s) => Condition::all().add(customer::Column::State.eq(s.as_str())),
            Filter::Expiring { after, until } => {
                let mut c = Condition::all()
                    .add(customer::Column::State.eq(State::Complete.as_str()))
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
    /// Custom field values to set, by key; `null` clears one.
    pub fields: BTreeMap<String, Value>,
}

const COMPANY_MAX: usize = 200;
const ADDRESS_MAX: usize = 1000;

/// Checks and normalises one optional field.
fn optional<T, E: std::fmt::Display>(
    checks: &mut Checks,
    field: &str,
    value: Option<&str>,
    parse: impl Fn(&str) -> std::result::Result<T, E>,
) -> Option<T> {
    value.and_then(|v| checks.take(field, parse(v)))
}

pub async fn create(
    state: &AppState,
    scope: &Scope,
    meta: &RequestMeta,
    input: NewCustomer,
) -> Result<Customer> {
    scope.require(Role::Staff)?;
    let mut checks = Checks::new();
    let name = checks.take("name", display_name(&input.name, 200));
    let email = optional(&mut checks, "email", input.email.as_deref(), Email::parse);
    let phone = optional(&mut checks, "phone", input.phone.as_deref(), Phone::parse);
    let company = optional(&mut checks, "company", input.company.as_deref(), |v| {
        display_name(v, COMPANY_MAX)
    });
    let address = optional(&mut checks, "address", input.address.as_deref(), |v| {
        free_text(v, ADDRESS_MAX)
    });
    let defs = Defs::load(&state.db.main, scope.tenant_id()).await?;
    let fields = defs.check_new(scope.role(), &input.fields, &mut checks);
    checks.finish()?;
    let personal = Personal {
        name: name.expect("checked"),
        email: email.map(|e| e.as_str().to_owned()),
        phone: phone.map(|p| p.as_str().to_owned()),
        company,
        address,
        fields,
        restriction_reason: None,
        hold_reason: None,
    };

    let id = Uuid::now_v7();
    let tenant_id = scope.tenant_id();
    // The key first: a key without a record is harmless and swept up later; a
    // record without a key could never be read.
    let key = state
        .keys
        .create_customer_keys(tenant_id, &[id])
        .await?
        .remove(0);
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let row = new_row(tenant_id, id, personal.seal(&key, tenant_id, id), now)
        .insert(&txn)
        .await?;
    write_index(state, &txn, tenant_id, id, &personal, false).await?;
    let mut entry = Entry::new("customer.created").target("customer", id);
    if let Some(email) = &personal.email
        && suppression::flag_if_returning(state, &txn, tenant_id, id, email, now).await?
    {
        entry = entry.detail(json!({ "erased_address_returned": true }));
    }
    audit::append(&txn, tenant_id, scope.into(), meta, now, entry).await?;
    txn.commit().await?;
    present_one_with(state, scope, &defs, Customer::opened(row, personal)).await
}

/// The row of a new, active record.
pub(super) fn new_row(
    tenant_id: Uuid,
    id: Uuid,
    sealed: Vec<u8>,
    now: chrono::DateTime<chrono::Utc>,
) -> customer::ActiveModel {
    customer::ActiveModel {
        tenant_id: Set(tenant_id),
        id: Set(id),
        state: Set(State::Active.as_str().to_owned()),
        completed_at: Set(None),
        expires_at: Set(None),
        restricted: Set(false),
        legal_hold: Set(false),
        version: Set(1),
        sealed: Set(sealed),
        created_at: Set(now),
        updated_at: Set(now),
        due_at: Set(None),
        facts: Set(None),
    }
}

/// When the job runner must next look at a record: at its expiry, while it is
/// complete and neither on legal hold nor restricted; otherwise never.
pub(crate) fn due_at(row: &customer::Model) -> Option<chrono::DateTime<chrono::Utc>> {
    (row.state == State::Complete.as_str() && !row.legal_hold && !row.restricted)
        .then_some(row.expires_at)
        .flatten()
}

/// The personal part of a row: opened with its key, or for an anonymized
/// record, only the non-personal facts it kept.
fn unseal(row: &customer::Model, key: Option<&crate::crypto::Key>) -> Result<Personal> {
    if row.state == State::Anonymized.as_str() {
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
        });
    }
    let key = key.ok_or_else(|| Error::internal(format!("customer {} has no key", row.id)))?;
    Personal::open(&row.sealed, key, row.tenant_id, row.id)
}

pub(crate) async fn find(state: &AppState, scope: &Scope, id: Uuid) -> Result<customer::Model> {
    match customer::Entity::find_by_id((scope.tenant_id(), id))
        .one(&state.db.main)
        .await?
    {
        Some(row) => Ok(row),
        None => Err(missing(&state.db.main, scope.tenant_id(), id).await),
    }
}

/// Why a customer ID has no row: it was shredded (410, naming the receipt),
/// or it never existed here (404).
pub(crate) async fn missing<C: sea_orm::ConnectionTrait>(
    conn: &C,
    tenant_id: Uuid,
    id: Uuid,
) -> Error {
    match crate::erasure::service::receipt_row(conn, tenant_id, id).await {
        Ok(Some(e)) => Error::Gone(format!(
            "this customer record was shredded at {}; the receipt is at /api/v1/erasures/{id}",
            e.requested_at
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        )),
        Ok(None) => Error::NotFound("customer"),
        Err(e) => e,
    }
}

async fn open(state: &AppState, scope: &Scope, row: customer::Model) -> Result<Customer> {
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

/// Reads one full record; the read is audited.
pub async fn get(
    state: &AppState,
    scope: &Scope,
    meta: &RequestMeta,
    id: Uuid,
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

pub(crate) async fn record_read(
    state: &AppState,
    scope: &Scope,
    meta: &RequestMeta,
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

/// A page of records in creation order, or of those matching `q` (an email,
/// a phone number, or the starts of name words); which were shown is audited.
#[allow(clippy::too_many_arguments)]
pub async fn list(
    state: &AppState,
    scope: &Scope,
    meta: &RequestMeta,
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
                .map_err(|_| Error::invalid("cursor", "is not a cursor this list gave out"))?,
        ),
        None => None,
    };
    let (mut customers, mut next_after) = match &query {
        Some(query) => (
            search(state, scope.tenant_id(), query, filter, after, limit + 1).await?,
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
        let ids: Vec<Uuid> = customers.iter().map(|c| c.row.id).collect();
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

/// Applies a partial update if `version` is still current.
pub async fn update(
    state: &AppState,
    scope: &Scope,
    meta: &RequestMeta,
    id: Uuid,
    change: Change,
) -> Result<Customer> {
    scope.require(Role::Staff)?;
    let mut checks = Checks::new();
    let name = optional(&mut checks, "name", change.name.as_deref(), |v| {
        display_name(v, 200)
    });
    let mut parse_patch =
        |field: &str,
         patch: &Patch,
         parse: &dyn Fn(&str) -> std::result::Result<String, String>| match patch {
            Patch::Keep => None,
            Patch::Clear => Some(None),
            Patch::Set(v) => checks.take(field, parse(v)).map(Some),
        };
    let email = parse_patch("email", &change.email, &|v| {
        Email::parse(v)
            .map(|e| e.as_str().to_owned())
            .map_err(|e| e.to_string())
    });
    let phone = parse_patch("phone", &change.phone, &|v| {
        Phone::parse(v)
            .map(|p| p.as_str().to_owned())
            .map_err(|e| e.to_string())
    });
    let company = parse_patch("company", &change.company, &|v| {
        display_name(v, COMPANY_MAX).map_err(|e| e.to_string())
    });
    let address = parse_patch("address", &change.address, &|v| {
        free_text(v, ADDRESS_MAX).map_err(|e| e.to_string())
    });
    let defs = Defs::load(&state.db.main, scope.tenant_id()).await?;
    let field_changes = defs.check_change(scope.role(), &change.fields, &mut checks);
    checks.finish()?;

    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let row = lock_for_change(&txn, scope, id).await?;
    if row.version != change.version {
        return Err(Error::Conflict(format!(
            "the record changed since you read it: you sent version {}, it is now at version {}; reload and apply your change again",
            change.version, row.version
        )));
    }
    let key = state.keys.customer_key(row.tenant_id, row.id).await?;
    let mut personal = Personal::open(&row.sealed, &key, row.tenant_id, row.id)?;
    let mut changed: Vec<String> = Vec::new();
    if let Some(name) = name.filter(|n| *n != personal.name) {
        personal.name = name;
        changed.push("name".into());
    }
    for (field, slot, value) in [
        ("email", &mut personal.email, email),
        ("phone", &mut personal.phone, phone),
        ("company", &mut personal.company, company),
        ("address", &mut personal.address, address),
    ] {
        if let Some(value) = value.filter(|v| v != slot) {
            *slot = value;
            changed.push(field.into());
        }
    }
    changed.extend(defs.apply(&mut personal.fields, field_changes));
    if changed.is_empty() {
        drop(txn);
        return present_one_with(state, scope, &defs, Customer::opened(row, personal)).await;
    }
    let version = row.version + 1;
    let sealed = personal.seal(&key, row.tenant_id, row.id);
    customer::Entity::update_many()
        .col_expr(customer::Column::Sealed, Expr::value(sealed.clone()))
        .col_expr(customer::Column::Version, Expr::value(version))
        .col_expr(customer::Column::UpdatedAt, Expr::value(now))
        .filter(customer::Column::TenantId.eq(row.tenant_id))
        .filter(customer::Column::Id.eq(row.id))
        .filter(customer::Column::Version.eq(row.version))
        .exec(&txn)
        .await?;
    if changed
        .iter()
        .any(|f| matches!(f.as_str(), "name" | "email" | "phone"))
    {
        write_index(state, &txn, row.tenant_id, row.id, &personal, true).await?;
    }
    let mut detail = json!({ "fields": changed, "version": version });
    if changed.iter().any(|f| f == "email")
        && let Some(email) = &personal.email
        && suppression::flag_if_returning(state, &txn, row.tenant_id, row.id, email, now).await?
    {
        detail["erased_address_returned"] = json!(true);
    }
    let entry = Entry::new("customer.updated")
        .target("customer", id)
        .detail(detail);
    audit::append(&txn, scope.tenant_id(), scope.into(), meta, now, entry).await?;
    txn.commit().await?;
    let row = customer::Model {
        sealed,
        version,
        updated_at: now,
        ..row
    };
    present_one_with(state, scope, &defs, Customer::opened(row, personal)).await
}

/// The names of the records `ids` that still have one, for lists that point
/// at records (the inbox); which were shown is audited.
pub async fn names(
    state: &AppState,
    scope: &Scope,
    meta: &RequestMeta,
    ids: Vec<Uuid>,
) -> Result<HashMap<Uuid, String>> {
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
    let named: HashMap<Uuid, String> = opened
        .into_iter()
        .filter(|c| c.row.state != State::Anonymized.as_str())
        .map(|c| (c.row.id, c.personal.name.clone()))
        .collect();
    if !named.is_empty() {
        let shown: Vec<Uuid> = named.keys().copied().collect();
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

/// Opens many rows of one tenant with one key-store query for all their keys.
pub async fn open_many(
    state: &AppState,
    tenant_id: Uuid,
    rows: Vec<customer::Model>,
) -> Result<Vec<Customer>> {
    let sealed = |r: &customer::Model| r.state != State::Anonymized.as_str();
    let ids: Vec<Uuid> = rows.iter().filter(|r| sealed(r)).map(|r| r.id).collect();
    let keys: HashMap<Uuid, _> = state.keys.customer_keys(tenant_id, &ids).await?;
    // A key missing means the record was shredded or anonymized after it
    // was read: read it again and show what is there now.
    let keyless: Vec<Uuid> = ids
        .iter()
        .filter(|id| !keys.contains_key(id))
        .copied()
        .collect();
    let mut now: HashMap<Uuid, customer::Model> = if keyless.is_empty() {
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

/// The two switches on a record that stop things happening to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flag {
    /// Art. 18: stored and readable, but not edited, annotated or processed.
    Restricted,
    /// Art. 17(3)(e): must not be erased.
    LegalHold,
}

/// Turns a flag on (with a reason) or off; bumps the version, audits it.
pub async fn set_flag(
    state: &AppState,
    scope: &Scope,
    meta: &RequestMeta,
    id: Uuid,
    flag: Flag,
    on: bool,
    reason: Option<&str>,
) -> Result<Customer> {
    scope.require(match flag {
        Flag::Restricted => Role::Staff,
        Flag::LegalHold => Role::Admin,
    })?;
    let reason = match (on, reason) {
        (true, None) => return Err(Error::invalid("reason", "is required when turning this on")),
        (_, Some(r)) => {
            Some(free_text(r, 500).map_err(|e| Error::invalid("reason", e.to_string()))?)
        }
        (false, None) => None,
    };
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let Some(row) = customer::Entity::find_by_id((scope.tenant_id(), id))
        .lock_exclusive()
        .one(&txn)
        .await?
    else {
        return Err(missing(&txn, scope.tenant_id(), id).await);
    };
    refuse_anonymized(&row)?;
    let (current, what) = match flag {
        Flag::Restricted => (row.restricted, "restricted"),
        Flag::LegalHold => (row.legal_hold, "on legal hold"),
    };
    if current == on {
        let state_now = if on {
            what.to_owned()
        } else {
            format!("not {what}")
        };
        return Err(Error::Conflict(format!(
            "the record is already {state_now}"
        )));
    }
    let key = state.keys.customer_key(row.tenant_id, row.id).await?;
    let mut personal = Personal::open(&row.sealed, &key, row.tenant_id, row.id)?;
    let kept_reason = if on { reason } else { None };
    let (column, action) = match (flag, on) {
        (Flag::Restricted, _) => {
            personal.restriction_reason = kept_reason;
            (
                customer::Column::Restricted,
                if on {
                    "customer.restricted"
                } else {
                    "customer.restriction_lifted"
                },
            )
        }
        (Flag::LegalHold, _) => {
            personal.hold_reason = kept_reason;
            (
                customer::Column::LegalHold,
                if on {
                    "customer.hold_placed"
                } else {
                    "customer.hold_released"
                },
            )
        }
    };
    let version = row.version + 1;
    let sealed = personal.seal(&key, row.tenant_id, row.id);
    let flagged = match flag {
        Flag::Restricted => customer::Model {
            restricted: on,
            ..row.clone()
        },
        Flag::LegalHold => customer::Model {
            legal_hold: on,
            ..row.clone()
        },
    };
    // A hold closes the expiry notice: someone decided to keep the record.
    // Lifting a hold resumes expiry from the original date; lifting a
    // restriction does too, unless the expiry was already brought up.
    let mut due = due_at(&flagged);
    if let (Flag::LegalHold, true) = (flag, on) {
        notifications::close_for_customer(
            &txn,
            row.tenant_id,
            row.id,
            notifications::kind::EXPIRED,
            notifications::reason::HELD,
            now,
        )
        .await?;
    }
    // Under `notify` a record already brought up is not brought up twice;
    // under `anonymize` or `shred` the policy acts on it now.
    if let (Flag::Restricted, false, Some(completed_at)) = (flag, on, row.completed_at)
        && due.is_some()
        && crate::retention::service::policy_of(&txn, row.tenant_id)
            .await?
            .action
            == crate::retention::Action::Notify
        && notifications::expiry_noticed_since(&txn, row.tenant_id, row.id, completed_at).await?
    {
        due = None;
    }
    customer::Entity::update_many()
        .col_expr(customer::Column::DueAt, Expr::value(due))
        .col_expr(column, Expr::value(on))
        .col_expr(customer::Column::Sealed, Expr::value(sealed.clone()))
        .col_expr(customer::Column::Version, Expr::value(version))
        .col_expr(customer::Column::UpdatedAt, Expr::value(now))
        .filter(customer::Column::TenantId.eq(row.tenant_id))
        .filter(customer::Column::Id.eq(row.id))
        .exec(&txn)
        .await?;
    let entry = Entry::new(action)
        .target("customer", id)
        .detail(json!({ "version": version }));
    audit::append(&txn, scope.tenant_id(), scope.into(), meta, now, entry).await?;
    txn.commit().await?;
    let row = customer::Model {
        sealed,
        version,
        updated_at: now,
        due_at: due,
        ..flagged
    };
    present_one(state, scope, Customer::opened(row, personal)).await
}

/// A change of a record's place in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Active → complete: the retention period starts.
    Complete,
    /// Complete → active: the period is off.
    Reopen,
}

/// Completes or reopens a record. Completing sets `completed_at` and
/// `expires_at` from the tenant's policy; reopening clears both.
pub async fn step(
    state: &AppState,
    scope: &Scope,
    meta: &RequestMeta,
    id: Uuid,
    step: Step,
) -> Result<Customer> {
    scope.require(Role::Staff)?;
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let row = lock_for_change(&txn, scope, id).await?;
    let (from, to) = match step {
        Step::Complete => (State::Active, State::Complete),
        Step::Reopen => (State::Complete, State::Active),
    };
    if row.state != from.as_str() {
        return Err(Error::Conflict(format!(
            "the record is {}; only an {} record can be {}",
            row.state,
            from.as_str(),
            match step {
                Step::Complete => "completed",
                Step::Reopen => "reopened",
            }
        )));
    }
    let (completed_at, expires_at) = match step {
        Step::Complete => {
            let policy = crate::retention::service::policy_of(&txn, row.tenant_id).await?;
            (
                Some(now),
                Some(crate::retention::service::expiry(&policy, now)),
            )
        }
        Step::Reopen => (None, None),
    };
    let stepped = customer::Model {
        state: to.as_str().to_owned(),
        completed_at,
        expires_at,
        ..row.clone()
    };
    let due = due_at(&stepped);
    if step == Step::Reopen {
        notifications::close_for_customer(
            &txn,
            row.tenant_id,
            row.id,
            notifications::kind::EXPIRED,
            notifications::reason::REOPENED,
            now,
        )
        .await?;
    }
    let version = row.version + 1;
    customer::Entity::update_many()
        .col_expr(customer::Column::DueAt, Expr::value(due))
        .col_expr(customer::Column::State, Expr::value(to.as_str()))
        .col_expr(customer::Column::CompletedAt, Expr::value(completed_at))
        .col_expr(customer::Column::ExpiresAt, Expr::value(expires_at))
        .col_expr(customer::Column::Version, Expr::value(version))
        .col_expr(customer::Column::UpdatedAt, Expr::value(now))
        .filter(customer::Column::TenantId.eq(row.tenant_id))
        .filter(customer::Column::Id.eq(row.id))
        .exec(&txn)
        .await?;
    let entry = match step {
        Step::Complete => Entry::new("customer.completed")
            .detail(json!({ "version": version, "expires_at": expires_at })),
        Step::Reopen => Entry::new("customer.reopened").detail(json!({ "version": version })),
    }
    .target("customer", id);
    audit::append(&txn, scope.tenant_id(), scope.into(), meta, now, entry).await?;
    txn.commit().await?;
    let row = customer::Model {
        version,
        updated_at: now,
        due_at: due,
        ..stepped
    };
    open(state, scope, row).await
}

/// The record, locked for this transaction.
pub(crate) async fn lock_for_update<C: sea_orm::ConnectionTrait>(
    conn: &C,
    scope: &Scope,
    id: Uuid,
) -> Result<customer::Model> {
    let Some(row) = customer::Entity::find_by_id((scope.tenant_id(), id))
        .lock_exclusive()
        .one(conn)
        .await?
    else {
        return Err(missing(conn, scope.tenant_id(), id).await);
    };
    refuse_anonymized(&row)?;
    Ok(row)
}

/// An anonymized record has nothing personal left to change or process.
fn refuse_anonymized(row: &customer::Model) -> Result<()> {
    if row.state == State::Anonymized.as_str() {
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
    id: Uuid,
) -> Result<customer::Model> {
    let row = lock_for_update(conn, scope, id).await?;
    if row.restricted {
        return Err(Error::Conflict(RESTRICTED.into()));
    }
    Ok(row)
}

const RESTRICTED: &str =
    "processing of this record is restricted (Art. 18): lift the restriction to change it";

/// Writes the record's blind-index tokens (replacing its old ones).
async fn write_index<C: sea_orm::ConnectionTrait>(
    state: &AppState,
    conn: &C,
    tenant_id: Uuid,
    customer_id: Uuid,
    personal: &Personal,
    replace: bool,
) -> Result<()> {
    let key = search::search_key(&state.keys.tenant_key(tenant_id).await?);
    if replace {
        search_token::Entity::delete_many()
            .filter(search_token::Column::TenantId.eq(tenant_id))
            .filter(search_token::Column::CustomerId.eq(customer_id))
            .exec(conn)
            .await?;
    }
    let rows =
        search::tokens_for(&key, personal)
            .into_iter()
            .map(|token| search_token::ActiveModel {
                tenant_id: Set(tenant_id),
                token: Set(token),
                customer_id: Set(customer_id),
            });
    crate::db::insert_chunked::<search_token::Entity, _>(conn, rows).await?;
    Ok(())
}

/// Records matching `query`, in ID order after `after`: found by token, then
/// opened and checked, so the page holds exact matches only.
/// The IDs of every record of tenant `tenant_id` whose email is `email`
/// (already normalised), found by blind index: at most `limit`.
pub async fn ids_by_email(
    state: &AppState,
    tenant_id: Uuid,
    email: &str,
    limit: usize,
) -> Result<Vec<Uuid>> {
    let query = search::Query::Email(email.to_owned());
    let found = search(state, tenant_id, &query, None, None, limit).await?;
    Ok(found.iter().map(|c| c.row.id).collect())
}

async fn search(
    state: &AppState,
    tenant_id: Uuid,
    query: &search::Query,
    filter: Option<Filter>,
    mut after: Option<Uuid>,
    wanted: usize,
) -> Result<Vec<Customer>> {
    const BATCH: u64 = 200;
    let key = search::search_key(&state.keys.tenant_key(tenant_id).await?);
    let tokens = query.tokens(&key);
    let mut found = Vec::new();
    // A candidate is nearly always a match (the tokens are 128 bits), so the
    // first batch asks for about what is wanted: every candidate fetched is
    // opened, and opening a record costs a key unwrap and a decryption.
    let mut batch = (wanted as u64).clamp(8, BATCH);
    loop {
        let mut candidates = search_token::Entity::find()
            .select_only()
            .column(search_token::Column::CustomerId)
            .filter(search_token::Column::TenantId.eq(tenant_id))
            .filter(search_token::Column::Token.is_in(tokens.clone()));
        if let Some(after) = after {
            candidates = candidates.filter(search_token::Column::CustomerId.gt(after));
        }
        let ids: Vec<Uuid> = candidates
            .group_by(search_token::Column::CustomerId)
            .having(ExprTrait::eq(
                Expr::expr(Func::count(Expr::col(search_token::Column::Token))),
                tokens.len() as i64,
            ))
            .order_by_asc(search_token::Column::CustomerId)
            .limit(batch)
            .into_tuple()
            .all(&state.db.main)
            .await?;
        let Some(last) = ids.last().copied() else {
            break;
        };
        after = Some(last);
        let mut rows = customer::Entity::find()
            .filter(customer::Column::TenantId.eq(tenant_id))
            .filter(customer::Column::Id.is_in(ids.iter().copied()));
        if let Some(f) = filter {
            rows = rows.filter(f.condition());
        }
        let rows = rows
            .order_by_asc(customer::Column::Id)
            .all(&state.db.main)
            .await?;
        for c in open_many(state, tenant_id, rows).await? {
            if query.matches(&c.personal) {
                found.push(c);
            }
        }
        if found.len() >= wanted || (ids.len() as u64) < batch {
            break;
        }
        // Filters (state, say) turned some away: look further in larger steps.
        batch = BATCH;
    }
    found.truncate(wanted);
    Ok(found)
}
