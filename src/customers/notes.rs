//! Notes about a customer: free text, sealed under the customer's key, with
//! author and time.

use chrono::{DateTime, Utc};
use entity::ids::{CustomerId, TenantId};
use entity::note;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use serde_json::json;
use uuid::Uuid;

use super::service::{find, lock_for_change, record_read};
use crate::{
    audit::Origin,
    audit::{self, Entry},
    auth::{Role, Scope},
    context::Services,
    crypto::Key,
    db::begin_write,
    error::{Error, Result},
    values::free_text,
};

pub const BODY_MAX: usize = 10_000;

/// A note's words, checked and normalised: the one check of a note.
pub fn check_body(body: &str) -> std::result::Result<String, String> {
    free_text(body, BODY_MAX).map_err(|e| e.to_string())
}

/// Erasure: deletes the notes of `ids`, counted per customer.
pub async fn forget<C: sea_orm::ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    ids: &[CustomerId],
) -> Result<crate::db::PerCustomer> {
    let delete = note::Entity::delete_many()
        .filter(note::Column::TenantId.eq(tenant_id))
        .filter(note::Column::CustomerId.is_in(ids.iter().copied()));
    Ok(crate::db::delete_counting(conn, delete, note::Column::CustomerId).await?)
}

/// A merge: moves the notes of record `from` to record `to`, in the
/// caller's transaction, each sealed again under `to`'s key. Each keeps
/// its ID (time-ordered), author and time, so the survivor's list stays in
/// time order. Returns how many moved.
pub async fn move_to<C: sea_orm::ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    (from, from_key): (CustomerId, &Key),
    (to, to_key): (CustomerId, &Key),
) -> Result<u64> {
    use sea_orm::sea_query::Expr;
    let rows = note::Entity::find()
        .filter(note::Column::TenantId.eq(tenant_id))
        .filter(note::Column::CustomerId.eq(from))
        .all(conn)
        .await?;
    let moved = rows.len() as u64;
    for row in rows {
        let id = row.id;
        let body = open(row, from_key)?;
        let sealed = to_key.seal(body.body.as_bytes(), &aad(tenant_id, to, id));
        note::Entity::update_many()
            .col_expr(note::Column::CustomerId, Expr::value(to))
            .col_expr(note::Column::Sealed, Expr::value(sealed))
            .filter(note::Column::TenantId.eq(tenant_id))
            .filter(note::Column::Id.eq(id))
            .exec(conn)
            .await?;
    }
    Ok(moved)
}

pub struct Note {
    pub id: Uuid,
    pub customer_id: CustomerId,
    /// `user` or `token`.
    pub author_kind: String,
    pub author_id: Uuid,
    pub body: String,
    pub created_at: DateTime<Utc>,
}

pub(super) fn aad(tenant_id: TenantId, customer_id: CustomerId, note_id: Uuid) -> Vec<u8> {
    format!("note:{tenant_id}:{customer_id}:{note_id}").into_bytes()
}

pub(crate) fn open(row: note::Model, key: &Key) -> Result<Note> {
    let plain = key
        .open(&row.sealed, &aad(row.tenant_id, row.customer_id, row.id))
        .map_err(|e| Error::internal_from(format!("note {}", row.id), e))?;
    let body = String::from_utf8(plain.to_vec())
        .map_err(|_| Error::internal(format!("note {} is not text", row.id)))?;
    Ok(Note {
        id: row.id,
        customer_id: row.customer_id,
        author_kind: row.author_kind,
        author_id: row.author_id,
        body,
        created_at: row.created_at,
    })
}

/// Adds a note; refused while the record's processing is restricted.
pub async fn add(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    customer_id: CustomerId,
    body: &str,
) -> Result<Note> {
    scope.require(Role::Staff)?;
    let body = check_body(body).map_err(|why| Error::invalid("body", why))?;
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let customer = lock_for_change(&txn, scope, customer_id).await?;
    let key = state
        .keys
        .customer_key(customer.tenant_id, customer.id)
        .await?;
    let (row, entry) = insert_in(&txn, scope, &key, customer_id, &body, now).await?;
    audit::append(&txn, scope.tenant_id(), scope.into(), meta, now, entry).await?;
    txn.commit().await?;
    open(row, &key)
}

/// Writes a checked note by the scope's actor on a record locked by the
/// caller's transaction `txn`, sealed with the record's `key`; returns the
/// row and the audit entry to append (a batch appends its entries at once).
pub(crate) async fn insert_in<C: sea_orm::ConnectionTrait>(
    txn: &C,
    scope: &Scope,
    key: &Key,
    customer_id: CustomerId,
    body: &str,
    now: DateTime<Utc>,
) -> Result<(note::Model, Entry)> {
    let tenant_id = scope.tenant_id();
    let id = Uuid::now_v7();
    let (author_kind, author_id) = scope.audit_actor();
    let row = note::ActiveModel {
        tenant_id: Set(tenant_id),
        id: Set(id),
        customer_id: Set(customer_id),
        author_kind: Set(author_kind.to_owned()),
        author_id: Set(author_id),
        sealed: Set(key.seal(body.as_bytes(), &aad(tenant_id, customer_id, id))),
        created_at: Set(now),
    }
    .insert(txn)
    .await?;
    let entry = Entry::new("customer.note_added")
        .target("customer", customer_id)
        .detail(json!({ "note": id }));
    Ok((row, entry))
}

/// The words of a record's notes, read in the caller's transaction (an
/// import adds a row's note only once).
pub(crate) async fn bodies_in<C: sea_orm::ConnectionTrait>(
    txn: &C,
    key: &Key,
    tenant_id: TenantId,
    customer_id: CustomerId,
) -> Result<std::collections::HashSet<String>> {
    let rows = note::Entity::find()
        .filter(note::Column::TenantId.eq(tenant_id))
        .filter(note::Column::CustomerId.eq(customer_id))
        .all(txn)
        .await?;
    rows.into_iter()
        .map(|row| open(row, key).map(|n| n.body))
        .collect()
}

/// The customer's notes, oldest first; the read is audited.
pub async fn list(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    customer_id: CustomerId,
) -> Result<Vec<Note>> {
    scope.require(Role::Viewer)?;
    let customer = find(state, scope, customer_id).await?;
    let rows = note::Entity::find()
        .filter(note::Column::TenantId.eq(scope.tenant_id()))
        .filter(note::Column::CustomerId.eq(customer_id))
        .order_by_asc(note::Column::Id)
        .all(&state.db.main)
        .await?;
    // An anonymized record has no notes and no key left.
    let notes = if rows.is_empty() {
        Vec::new()
    } else {
        let key = state
            .keys
            .customer_key(customer.tenant_id, customer.id)
            .await?;
        rows.into_iter()
            .map(|r| open(r, &key))
            .collect::<Result<Vec<_>>>()?
    };
    record_read(
        state,
        scope,
        meta,
        Entry::new("customer.notes_read").target("customer", customer_id),
    )
    .await?;
    Ok(notes)
}
