//! Writing records: the one validation of a new record, creating, and
//! changing one, with its blind index kept in step.

use entity::customer;
use entity::ids::{CustomerId, TenantId};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set, sea_query::Expr};
use serde_json::json;

use super::Personal;
use super::service::*;
use crate::{
    audit::Origin,
    audit::{self, Entry},
    auth::{Role, Scope},
    context::Services,
    crypto::Key,
    db::begin_write,
    erasure::suppression,
    error::{Checks, Error, Result},
    fields::Defs,
    i18n::Lang,
    values::{Email, Phone, display_name, free_text},
};

pub(super) const COMPANY_MAX: usize = 200;

pub(super) const ADDRESS_MAX: usize = 1000;

/// A preferred language as kept: the supported tag it names.
fn language_tag(v: &str) -> std::result::Result<String, String> {
    Lang::checked(v).map(|l| l.tag().to_owned())
}

/// Checks and normalises one optional field.
pub(super) fn optional<T, E: std::fmt::Display>(
    checks: &mut Checks,
    field: &str,
    value: Option<&str>,
    parse: impl Fn(&str) -> std::result::Result<T, E>,
) -> Option<T> {
    value.and_then(|v| checks.take(field, parse(v)))
}

/// A new record's details, checked: the one validation of a new customer,
/// used by the API, the pages and every other way records come in.
pub struct ValidNew {
    pub personal: Personal,
    /// The address belongs to someone erased on request (the suppression
    /// list): the record may be made, and staff are told.
    pub returning: bool,
    /// The tenant's custom fields, as checked against.
    pub defs: Defs,
}

/// Checks and normalises `input` as `role` of the tenant may give it:
/// built-in fields, and the custom fields of `defs` that `role` may see.
/// Needs no database, so many rows (an import) are checked off the async
/// threads; [`validate_new`] is this plus the suppression list.
pub fn check_new(defs: &Defs, role: Role, input: &NewCustomer) -> Result<Personal> {
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
    let language = optional(
        &mut checks,
        "language",
        input.language.as_deref(),
        language_tag,
    );
    let fields = defs.check_new(role, &input.fields, &mut checks);
    checks.finish()?;
    Ok(Personal {
        name: name.expect("checked"),
        email,
        phone,
        company,
        address,
        fields,
        restriction_reason: None,
        hold_reason: None,
        language,
    })
}

/// Checks and normalises `input` as `role` of the tenant may give it
/// ([`check_new`]), and whether the address is on the suppression list.
/// Reads, writes nothing.
pub async fn validate_new<C: sea_orm::ConnectionTrait>(
    conn: &C,
    tenant_key: &Key,
    tenant_id: TenantId,
    role: Role,
    input: &NewCustomer,
) -> Result<ValidNew> {
    let defs = Defs::load(conn, tenant_id).await?;
    let personal = check_new(&defs, role, input)?;
    let returning = match &personal.email {
        Some(email) => suppression::is_listed(conn, tenant_id, tenant_key, email).await?,
        None => false,
    };
    Ok(ValidNew {
        personal,
        returning,
        defs,
    })
}

/// Creates a record in a transaction of its own.
pub async fn create(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    input: NewCustomer,
) -> Result<Customer> {
    scope.require(Role::Staff)?;
    let valid = validate_as(state, &state.db.main, scope, &input).await?;
    // The key first: a key without a record is harmless and swept up later; a
    // record without a key could never be read.
    let (id, key) = new_key(state, scope).await?;
    let txn = begin_write(&state.db.writer).await?;
    let row = insert_new(&txn, state, scope, meta, &valid, id, &key).await?;
    txn.commit().await?;
    present_one_with(
        state,
        scope,
        &valid.defs,
        Customer::opened(row, valid.personal),
    )
    .await
}

/// Creates a record inside the caller's transaction `txn` — checked against
/// what `txn` sees, with its index, suppression flag and audit entry — so
/// several records, or a record and what comes with it, commit or roll back
/// together. The record's data key is made at once in the key store; if
/// `txn` rolls back, the orphan-key sweep removes it.
pub async fn create_in<C: sea_orm::ConnectionTrait>(
    txn: &C,
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    input: &NewCustomer,
) -> Result<(customer::Model, ValidNew)> {
    scope.require(Role::Staff)?;
    let valid = validate_as(state, txn, scope, input).await?;
    let (id, key) = new_key(state, scope).await?;
    let row = insert_new(txn, state, scope, meta, &valid, id, &key).await?;
    Ok((row, valid))
}

/// [`validate_new`] as the scope's role may give the record.
async fn validate_as<C: sea_orm::ConnectionTrait>(
    state: &Services,
    conn: &C,
    scope: &Scope,
    input: &NewCustomer,
) -> Result<ValidNew> {
    let tenant_id = scope.tenant_id();
    let tenant_key = state.keys.tenant_key(tenant_id).await?;
    validate_new(conn, &tenant_key, tenant_id, scope.role(), input).await
}

/// A new record's ID and its data key, made in the key store.
async fn new_key(state: &Services, scope: &Scope) -> Result<(CustomerId, Key)> {
    let id = CustomerId::new();
    let key = state
        .keys
        .create_customer_keys(scope.tenant_id(), &[id])
        .await?
        .remove(0);
    Ok((id, key))
}

/// Inserts a checked record, its blind index, the suppression flag if it
/// is returning, and its audit entry, in `txn`.
async fn insert_new<C: sea_orm::ConnectionTrait>(
    txn: &C,
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    valid: &ValidNew,
    id: CustomerId,
    key: &Key,
) -> Result<customer::Model> {
    let tenant_id = scope.tenant_id();
    let now = state.clock.now();
    let personal = &valid.personal;
    let sealed = personal.seal(key, tenant_id, id);
    let row = new_row(tenant_id, id, sealed, &personal.name, now)
        .insert(txn)
        .await?;
    super::duplicates::write_index(state, txn, tenant_id, id, personal, false).await?;
    let mut entry = Entry::new("customer.created").target("customer", id);
    if valid.returning {
        suppression::flag_returned(txn, tenant_id, id, now).await?;
        entry = entry.detail(json!({ "erased_address_returned": true }));
    }
    audit::append(txn, tenant_id, scope.into(), meta, now, entry).await?;
    Ok(row)
}

/// The row of a new, active record.
pub(super) fn new_row(
    tenant_id: TenantId,
    id: CustomerId,
    sealed: Vec<u8>,
    name: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> customer::ActiveModel {
    customer::ActiveModel {
        tenant_id: Set(tenant_id),
        id: Set(id),
        state: Set(State::Active),
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
        name_bucket: Set(Some(super::sort::name_bucket(name))),
        objects_to_marketing_at: Set(None),
    }
}

/// A change to a record, checked: each `Some` sets the field (`Some(None)`
/// clears an optional one).
struct Checked {
    name: Option<String>,
    email: Option<Option<Email>>,
    phone: Option<Option<Phone>>,
    company: Option<Option<String>>,
    address: Option<Option<String>>,
    language: Option<Option<String>>,
    fields: Vec<crate::fields::service::ValueChange>,
}

/// Checks and normalises `change` as `role` may make it.
fn check_change(defs: &Defs, role: Role, change: &Change) -> Result<Checked> {
    let mut checks = Checks::new();
    let name = optional(&mut checks, "name", change.name.as_deref(), |v| {
        display_name(v, 200)
    });
    let email = patched(&mut checks, "email", &change.email, Email::parse);
    let phone = patched(&mut checks, "phone", &change.phone, Phone::parse);
    let company = patched(&mut checks, "company", &change.company, |v| {
        display_name(v, COMPANY_MAX)
    });
    let address = patched(&mut checks, "address", &change.address, |v| {
        free_text(v, ADDRESS_MAX)
    });
    let language = patched(&mut checks, "language", &change.language, language_tag);
    let fields = defs.check_change(role, &change.fields, &mut checks);
    checks.finish()?;
    Ok(Checked {
        name,
        email,
        phone,
        company,
        address,
        language,
        fields,
    })
}

/// Checks `change` as the write path would, for anyone (every custom field
/// visible): how a change proposed from outside (a rectification request)
/// is refused before anyone applies it, with the same words.
pub fn check_proposed(defs: &Defs, change: &Change) -> Result<()> {
    check_change(defs, Role::Owner, change).map(|_| ())
}

/// An optional field of a change, checked: `None` to keep it, `Some(None)`
/// to clear it, `Some(Some(value))` to set it.
fn patched<T, E: std::fmt::Display>(
    checks: &mut Checks,
    field: &str,
    patch: &Patch,
    parse: impl Fn(&str) -> std::result::Result<T, E>,
) -> Option<Option<T>> {
    match patch {
        Patch::Keep => None,
        Patch::Clear => Some(None),
        Patch::Set(v) => checks.take(field, parse(v)).map(Some),
    }
}

/// Puts a changed optional field in place and names it in `changed`.
fn set_changed<T: PartialEq>(
    changed: &mut Vec<String>,
    field: &str,
    slot: &mut Option<T>,
    value: Option<Option<T>>,
) {
    if let Some(value) = value.filter(|v| v != slot) {
        *slot = value;
        changed.push(field.into());
    }
}

impl Checked {
    /// Applies the change to `personal`; returns the names of the fields
    /// that now differ (none: nothing to write).
    fn apply(self, defs: &Defs, personal: &mut Personal) -> Vec<String> {
        let mut changed: Vec<String> = Vec::new();
        if let Some(name) = self.name.filter(|n| *n != personal.name) {
            personal.name = name;
            changed.push("name".into());
        }
        set_changed(&mut changed, "email", &mut personal.email, self.email);
        set_changed(&mut changed, "phone", &mut personal.phone, self.phone);
        set_changed(&mut changed, "company", &mut personal.company, self.company);
        set_changed(&mut changed, "address", &mut personal.address, self.address);
        set_changed(
            &mut changed,
            "language",
            &mut personal.language,
            self.language,
        );
        changed.extend(defs.apply(&mut personal.fields, self.fields));
        changed
    }
}

/// Applies a partial update if `version` is still current.
pub async fn update(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    id: CustomerId,
    change: Change,
) -> Result<Customer> {
    scope.require(Role::Staff)?;
    let defs = Defs::load(&state.db.main, scope.tenant_id()).await?;
    let txn = begin_write(&state.db.writer).await?;
    let changed = change_in(
        &txn,
        state,
        scope,
        meta,
        &defs,
        id,
        &change,
        Some(change.version),
    )
    .await?;
    txn.commit().await?;
    present_one_with(
        state,
        scope,
        &defs,
        Customer::opened(changed.row, changed.personal),
    )
    .await
}

/// A record after [`change_in`]: as it is now, and which fields changed.
pub struct Changed {
    pub row: customer::Model,
    pub personal: Personal,
    pub fields: Vec<String>,
}

/// Checks `change` as the scope's role may make it and applies it inside
/// the caller's transaction `txn`: the record locked (refused while its
/// processing is restricted), sealed anew, its index rewritten when a
/// searched field changed, and audited. With `version`, a record at another
/// version is a conflict; without, the change applies to the record as it
/// is (an import's row). Nothing changes when every value is the same.
#[allow(clippy::too_many_arguments)]
pub async fn change_in<C: sea_orm::ConnectionTrait>(
    txn: &C,
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    defs: &Defs,
    id: CustomerId,
    change: &Change,
    version: Option<i64>,
) -> Result<Changed> {
    scope.require(Role::Staff)?;
    let checked = check_change(defs, scope.role(), change)?;
    let now = state.clock.now();
    let row = lock_for_change(txn, scope, id).await?;
    if let Some(version) = version
        && row.version != version
    {
        return Err(Error::Conflict(format!(
            "the record changed since you read it: you sent version {}, it is now at version {}; reload and apply your change again",
            version, row.version
        )));
    }
    let key = state.keys.customer_key(row.tenant_id, row.id).await?;
    let mut personal = Personal::open(&row.sealed, &key, row.tenant_id, row.id)?;
    let before = personal.clone();
    let changed = checked.apply(defs, &mut personal);
    if changed.is_empty() {
        return Ok(Changed {
            row,
            personal,
            fields: changed,
        });
    }
    // A custom field's value may be one the list filters by (its token).
    let reindex = changed
        .iter()
        .any(|f| !matches!(f.as_str(), "address" | "language"));
    let stored = store(txn, state, &row, &key, &personal, reindex, now).await?;
    let values = (&before, &personal);
    super::history::record_in(txn, scope, &key, id, defs, values, &changed, now).await?;
    let version = stored.version;
    let mut detail = json!({ "fields": changed, "version": version });
    if changed.iter().any(|f| f == "email")
        && let Some(email) = &personal.email
        && suppression::flag_if_returning(state, txn, row.tenant_id, row.id, email, now).await?
    {
        detail["erased_address_returned"] = json!(true);
    }
    let entry = Entry::new("customer.updated")
        .target("customer", id)
        .detail(detail);
    audit::append(txn, scope.tenant_id(), scope.into(), meta, now, entry).await?;
    Ok(Changed {
        row: stored,
        personal,
        fields: changed,
    })
}

/// Seals `personal` into record `row` (locked by `txn`) as its next
/// version, rewriting its blind index when `reindex`: how every change to
/// a record's personal data is stored. Returns the row as it now is.
pub(super) async fn store<C: sea_orm::ConnectionTrait>(
    txn: &C,
    state: &Services,
    row: &customer::Model,
    key: &Key,
    personal: &Personal,
    reindex: bool,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<customer::Model> {
    let version = row.version + 1;
    let sealed = personal.seal(key, row.tenant_id, row.id);
    let name_bucket = super::sort::name_bucket(&personal.name);
    customer::Entity::update_many()
        .col_expr(customer::Column::Sealed, Expr::value(sealed.clone()))
        .col_expr(customer::Column::NameBucket, Expr::value(Some(name_bucket)))
        .col_expr(customer::Column::Version, Expr::value(version))
        .col_expr(customer::Column::UpdatedAt, Expr::value(now))
        .filter(customer::Column::TenantId.eq(row.tenant_id))
        .filter(customer::Column::Id.eq(row.id))
        .filter(customer::Column::Version.eq(row.version))
        .exec(txn)
        .await?;
    if reindex {
        super::duplicates::write_index(state, txn, row.tenant_id, row.id, personal, true).await?;
    }
    Ok(customer::Model {
        sealed,
        name_bucket: Some(name_bucket),
        version,
        updated_at: now,
        ..row.clone()
    })
}
