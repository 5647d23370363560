//! The suppression list (a per-tenant option, `suppress_erased`): when a
//! customer is erased on request, an HMAC of their email address under a key
//! derived from the tenant key is kept, so that if the same address comes
//! back — on a new record, or as a record's changed address — staff are
//! told and can honour the earlier request. The list holds no readable
//! address, and goes with the tenant when it is purged.

use chrono::{DateTime, Utc};
use entity::ids::{CustomerId, TenantId};
use entity::{notification, suppression};
use hmac::{Hmac, Mac};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use sha2::Sha256;

use crate::values::Email;
use crate::{
    context::Services,
    crypto::Key,
    error::Result,
    notifications::service::{NoticeKind, Subject, new_notice},
};

/// What the list keeps of an address: a keyed hash, from which no address
/// can be read.
pub fn digest(tenant_key: &Key, email: &str) -> Vec<u8> {
    let key = tenant_key.derive(b"steward suppression list v1");
    let mut mac =
        Hmac::<Sha256>::new_from_slice(key.as_bytes()).expect("HMAC takes any key length");
    mac.update(email.trim().to_lowercase().as_bytes());
    mac.finalize().into_bytes().to_vec()
}

/// Adds the addresses of customers being erased to the tenant's list (when
/// it keeps one), in the erasure's transaction.
pub async fn record<C: ConnectionTrait>(
    state: &Services,
    conn: &C,
    tenant_id: TenantId,
    emails: &[Email],
    now: DateTime<Utc>,
) -> Result<u64> {
    if emails.is_empty() {
        return Ok(0);
    }
    let tenant_key = state.keys.tenant_key(tenant_id).await?;
    let rows: Vec<_> = emails
        .iter()
        .map(|e| suppression::ActiveModel {
            tenant_id: Set(tenant_id),
            digest: Set(digest(&tenant_key, e.as_str())),
            created_at: Set(now),
        })
        .collect();
    for chunk in rows.chunks(crate::db::ROWS_PER_STATEMENT) {
        suppression::Entity::insert_many(chunk.to_vec())
            .on_conflict_do_nothing()
            .exec(conn)
            .await?;
    }
    Ok(emails.len() as u64)
}

/// Whether `email` belongs to a customer erased on request; if so, staff get
/// a `customer.returned` notice about `customer_id`, in the caller's
/// transaction.
pub async fn flag_if_returning<C: ConnectionTrait>(
    state: &Services,
    conn: &C,
    tenant_id: TenantId,
    customer_id: CustomerId,
    email: &Email,
    now: DateTime<Utc>,
) -> Result<bool> {
    let tenant_key = state.keys.tenant_key(tenant_id).await?;
    let listed = is_listed(conn, tenant_id, &tenant_key, email).await?;
    if listed {
        flag_returned(conn, tenant_id, customer_id, now).await?;
    }
    Ok(listed)
}

/// Whether `email` belongs to a customer erased on request.
pub async fn is_listed<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    tenant_key: &crate::crypto::Key,
    email: &Email,
) -> Result<bool> {
    Ok(suppression::Entity::find()
        .filter(suppression::Column::TenantId.eq(tenant_id))
        .filter(suppression::Column::Digest.eq(digest(tenant_key, email.as_str())))
        .one(conn)
        .await?
        .is_some())
}

/// Which of `digests` (see [`digest`]) are on the tenant's list.
pub async fn listed_among<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    digests: Vec<Vec<u8>>,
) -> Result<std::collections::HashSet<Vec<u8>>> {
    if digests.is_empty() {
        return Ok(Default::default());
    }
    Ok(suppression::Entity::find()
        .filter(suppression::Column::TenantId.eq(tenant_id))
        .filter(suppression::Column::Digest.is_in(digests))
        .all(conn)
        .await?
        .into_iter()
        .map(|row| row.digest)
        .collect())
}

/// Raises the `customer.returned` notice about `customer_id` in the
/// caller's transaction, unless one is open.
pub async fn flag_returned<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    customer_id: CustomerId,
    now: DateTime<Utc>,
) -> Result<()> {
    // One open notice per record is enough (and all the index allows).
    let open = notification::Entity::find()
        .filter(notification::Column::TenantId.eq(tenant_id))
        .filter(notification::Column::CustomerId.eq(customer_id))
        .filter(notification::Column::Kind.eq(NoticeKind::Returned))
        .filter(notification::Column::ClosedAt.is_null())
        .one(conn)
        .await?
        .is_some();
    if !open {
        let notice = new_notice(
            tenant_id,
            NoticeKind::Returned,
            Subject::Customer(customer_id),
            now,
            None,
        );
        notification::Entity::insert(notice)
            .exec_without_returning(conn)
            .await?;
    }
    Ok(())
}
