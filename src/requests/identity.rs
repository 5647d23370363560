//! Identity confirmed by staff before a request is answered (Art. 12(2),
//! 12(6)): which kinds need it (the tenant's setting), the staff decision,
//! and the identity document a person may upload for it.
//!
//! Withdrawing consent and objecting to direct marketing never wait for
//! it: they must stay as easy as giving consent was (Art. 7(3), 21(3)).
//! The document is sealed under the tenant key in its own table, never
//! loaded with the requests and never part of a copy or an export; it is
//! deleted when staff decide and by the requests job [`DOCUMENT_DAYS`] after
//! the upload at the latest, the logs folded so no page of it stays behind.

use chrono::{DateTime, TimeDelta, Utc};
use entity::ids::TenantId;
use entity::{data_request, request_document, tenant};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QuerySelect, Set,
};
use serde::Serialize;
use serde_json::json;
use uuid::Uuid;

use super::service::*;
use crate::{
    audit::{self, Entry, Origin},
    auth::{Role, Scope},
    context::Services,
    db::begin_write,
    error::{Error, Result},
    values::free_text,
};

/// The largest identity document taken, in bytes (5 MiB).
pub const MAX_DOCUMENT: usize = 5 * 1024 * 1024;

/// How long an uploaded document is kept at the latest, in days.
pub const DOCUMENT_DAYS: i64 = 14;

/// The kinds a tenant may have staff confirm the identity for. Not
/// `withdraw_consent`, and for `objection` only one to processing based on
/// legitimate interests: withdrawing consent and objecting to direct
/// marketing must stay as easy as giving consent (Art. 7(3), 21(3)).
pub const CHECKABLE: &[Kind] = &[
    Kind::Copy,
    Kind::Erasure,
    Kind::Portability,
    Kind::Objection,
    Kind::Rectification,
    Kind::Restriction,
];

/// A tenant's identity settings.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct IdentitySettings {
    /// The kinds whose requester's identity staff confirm first.
    pub kinds: Vec<Kind>,
    /// Whether the person may upload an identity document.
    pub documents: bool,
}

/// The kinds `t` has staff confirm the identity for (words the code does
/// not know are skipped).
pub fn kinds_of(t: &tenant::Model) -> Vec<Kind> {
    t.identity_kinds
        .split(',')
        .filter_map(|w| Kind::parse(w.trim()))
        .filter(|k| CHECKABLE.contains(k))
        .collect()
}

pub fn settings_of(t: &tenant::Model) -> IdentitySettings {
    IdentitySettings {
        kinds: kinds_of(t),
        documents: t.identity_documents,
    }
}

/// Whether a verified request of `kind` (an objection: to `objection`)
/// waits for staff to confirm the requester's identity.
pub fn needs_identity(t: &tenant::Model, kind: Kind, objection: Option<Objection>) -> bool {
    match (kind, objection) {
        (Kind::WithdrawConsent, _) | (Kind::Objection, Some(Objection::Marketing)) => false,
        _ => kinds_of(t).contains(&kind),
    }
}

/// The tenant's identity settings (staff may read them).
pub async fn settings(state: &Services, scope: &Scope) -> Result<IdentitySettings> {
    scope.require(Role::Viewer)?;
    let t = tenant_of(&state.db.main, scope.tenant_id()).await?;
    Ok(settings_of(&t))
}

/// Checks the kinds of a settings change: each one Steward knows and may
/// confirm the identity for; refused as a whole with the field named.
pub fn check_kinds(words: &[String]) -> Result<Vec<Kind>> {
    let mut kinds = Vec::new();
    for w in words {
        let kind = match Kind::parse(w.trim()) {
            Some(Kind::WithdrawConsent) => {
                return Err(Error::invalid(
                    "kinds",
                    "withdraw_consent cannot need identity: withdrawing consent must stay as easy as giving it (GDPR Art. 7(3))",
                ));
            }
            Some(k) if CHECKABLE.contains(&k) => k,
            _ => {
                return Err(Error::invalid(
                    "kinds",
                    "each must be copy, erasure, portability, objection, rectification or restriction (an objection to direct marketing never waits, Art. 21(3))",
                ));
            }
        };
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    Ok(kinds)
}

/// Sets the tenant's identity settings (admin); audited with what changed.
pub async fn put_settings(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    kinds: &[String],
    documents: bool,
) -> Result<IdentitySettings> {
    scope.require(Role::Admin)?;
    let kinds = check_kinds(kinds)?;
    let words: Vec<&str> = CHECKABLE
        .iter()
        .filter(|k| kinds.contains(k))
        .map(|k| k.as_str())
        .collect();
    let stored = words.join(",");
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let current = tenant_of(&txn, scope.tenant_id()).await?;
    let before = settings_of(&current);
    let mut detail = serde_json::Map::new();
    if current.identity_kinds != stored {
        let from: Vec<&str> = before.kinds.iter().map(|k| k.as_str()).collect();
        detail.insert(
            "identity_kinds".into(),
            json!({ "from": from, "to": words }),
        );
    }
    if current.identity_documents != documents {
        detail.insert(
            "identity_documents".into(),
            json!({ "from": current.identity_documents, "to": documents }),
        );
    }
    if detail.is_empty() {
        return Ok(before);
    }
    let mut am = current.into_active_model();
    am.identity_kinds = Set(stored);
    am.identity_documents = Set(documents);
    let updated = am.update(&txn).await?;
    audit::append(
        &txn,
        scope.tenant_id(),
        scope.into(),
        meta,
        now,
        Entry::new("tenant.settings_changed")
            .target("tenant", scope.tenant_id())
            .detail(serde_json::Value::Object(detail)),
    )
    .await?;
    txn.commit().await?;
    Ok(settings_of(&updated))
}

fn how_aad(tenant_id: TenantId, id: Uuid) -> Vec<u8> {
    format!("request-identity:{tenant_id}:{id}").into_bytes()
}

fn document_aad(tenant_id: TenantId, id: Uuid) -> Vec<u8> {
    format!("request-document:{tenant_id}:{id}").into_bytes()
}

/// How staff confirmed identity or why they could not, checked.
fn how_of(how: &str) -> Result<String> {
    free_text(how, 2000).map_err(|e| Error::invalid("how", e.to_string()))
}

/// Staff decide on the requester's identity: confirmed, the request joins
/// the queue (Open); not, it is rejected and the person told `how` as the
/// reason. `how` is sealed under the tenant key, never audited. Any
/// uploaded document is deleted either way.
pub async fn decide(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    id: Uuid,
    confirmed: bool,
    how: &str,
) -> Result<data_request::Model> {
    scope.require_for_a_right(Role::Staff)?;
    let how = how_of(how)?;
    let tenant_id = scope.tenant_id();
    let now = state.clock.now();
    let tenant = tenant_of(&state.db.main, tenant_id).await?;
    let key = state.keys.tenant_key(tenant_id).await?;
    let txn = begin_write(&state.db.writer).await?;
    let row = data_request::Entity::find_by_id((tenant_id, id))
        .lock_exclusive()
        .one(&txn)
        .await?
        .ok_or(Error::NotFound("request"))?;
    if row.state != State::Identity {
        return Err(Error::Conflict(format!(
            "the request is {}; identity is decided only while the request waits for it",
            row.state
        )));
    }
    let email = open_email(state, &row).await?;
    let mut am = row.clone().into_active_model();
    am.identity_how_sealed = Set(Some(key.seal(how.as_bytes(), &how_aad(tenant_id, id))));
    let dropped = delete_document(&txn, tenant_id, id).await?;
    let updated = if confirmed {
        am.state = Set(State::Open);
        let updated = am.update(&txn).await?;
        audit::append(
            &txn,
            tenant_id,
            scope.into(),
            meta,
            now,
            Entry::new("request.identity_confirmed")
                .target("request", id)
                .detail(json!({ "kind": row.kind.as_str(), "document_deleted": dropped })),
        )
        .await?;
        updated
    } else {
        if let Some(email) = &email {
            tell(
                &txn,
                state,
                Requester {
                    tenant: &tenant,
                    row: &row,
                },
                now,
                email,
                "portal.rejected",
                json!({
                    "message": "rejected", "kind": row.kind,
                    "request_id": row.id, "reason": how,
                }),
            )
            .await?;
        }
        am.state = Set(State::Rejected);
        am.outcome = Set(Some(outcome::REJECTED.to_owned()));
        am.closed_at = Set(Some(now));
        am.closed_by = Set(Some(scope.audit_actor().1));
        am.email_sealed = Set(None);
        let updated = am.update(&txn).await?;
        crate::notifications::service::close_for_request(&txn, tenant_id, id, now, "closed")
            .await?;
        audit::append(
            &txn,
            tenant_id,
            scope.into(),
            meta,
            now,
            Entry::new("request.identity_refused")
                .target("request", id)
                .detail(json!({ "kind": row.kind.as_str(), "document_deleted": dropped })),
        )
        .await?;
        updated
    };
    txn.commit().await?;
    if dropped {
        fold(state).await;
    }
    Ok(updated)
}

/// Deletes request `id`'s document, if it has one; whether it had.
async fn delete_document<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    id: Uuid,
) -> Result<bool> {
    let res = request_document::Entity::delete_many()
        .filter(request_document::Column::TenantId.eq(tenant_id))
        .filter(request_document::Column::RequestId.eq(id))
        .exec(conn)
        .await?;
    Ok(res.rows_affected > 0)
}

/// Folds the write-ahead logs after a document was deleted, so that no
/// page of it stays in a log (the deleted pages are zeroed by
/// `secure_delete`); a fold that cannot finish now is owed to the next
/// job run.
async fn fold(state: &Services) {
    state.db.owe_fold();
    if let Err(e) = state.db.fold_logs().await {
        tracing::warn!(error = %e, "the logs are folded at the next job run");
    }
}

/// An uploaded document, for staff: its type and bytes.
pub struct Document {
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// The identity document uploaded for request `id`, opened, for staff to
/// decide on; 404 when there is none.
pub async fn document(
    state: &Services,
    scope: &Scope,
    meta: &crate::audit::Origin,
    id: Uuid,
) -> Result<Document> {
    scope.require_for_a_right(Role::Staff)?;
    let tenant_id = scope.tenant_id();
    let row = request_document::Entity::find_by_id((tenant_id, id))
        .one(&state.db.main)
        .await?
        .ok_or(Error::NotFound("identity document"))?;
    let key = state.keys.tenant_key(tenant_id).await?;
    let bytes = key
        .open(&row.bytes_sealed, &document_aad(tenant_id, id))
        .map_err(|e| Error::internal_from(format!("the document of request {id}"), e))?;
    // Who looked at a person's identity document is on record.
    let entry = crate::audit::Entry::new("request.viewed")
        .target("request", id)
        .detail(serde_json::json!({ "identity_document": true }));
    crate::customers::service::record_read(state, scope, meta, entry).await?;
    Ok(Document {
        content_type: row.content_type,
        bytes: bytes.to_vec(),
    })
}

/// When request `id`'s document was uploaded, if it has one (nothing of the
/// document itself is read).
pub async fn document_uploaded_at<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    id: Uuid,
) -> Result<Option<DateTime<Utc>>> {
    Ok(request_document::Entity::find()
        .select_only()
        .column(request_document::Column::UploadedAt)
        .filter(request_document::Column::TenantId.eq(tenant_id))
        .filter(request_document::Column::RequestId.eq(id))
        .into_tuple()
        .one(conn)
        .await?)
}

/// The type of an identity document, judged by its first bytes (never by
/// its name or the type its sender declared).
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else {
        None
    }
}

/// Checks an upload: not empty, at most [`MAX_DOCUMENT`], and a JPEG, PNG
/// or PDF by its bytes; its type.
pub fn check_document(bytes: &[u8]) -> Result<&'static str> {
    if bytes.is_empty() {
        return Err(Error::invalid("document", "choose a file to upload"));
    }
    if bytes.len() > MAX_DOCUMENT {
        return Err(Error::TooLarge(format!(
            "the document is larger than {} MiB; upload a smaller photo or scan",
            MAX_DOCUMENT / 1024 / 1024
        )));
    }
    sniff(bytes).ok_or_else(|| {
        Error::UnsupportedMediaType(
            "the document must be a JPEG or PNG image or a PDF; nothing was kept".into(),
        )
    })
}

/// Where a request stands for the person behind its emailed link, with
/// what they may do about their identity.
#[derive(Debug, Serialize)]
pub struct Standing {
    pub state: &'static str,
    /// Whether the organisation takes an identity document for it now.
    pub may_upload: bool,
    /// When a document was uploaded, if one is waiting.
    pub uploaded_at: Option<DateTime<Utc>>,
    /// When that document is deleted at the latest.
    pub delete_by: Option<DateTime<Utc>>,
    pub due_at: Option<DateTime<Utc>>,
}

/// The request the verification link `token` confirmed, for its person.
async fn by_link(
    state: &Services,
    slug: &str,
    token: &str,
) -> Result<(tenant::Model, data_request::Model)> {
    let tenant = portal_tenant(state, slug).await?;
    let row = super::service::confirmed_by(state, tenant.id, token)
        .await?
        .ok_or_else(|| LINK_USED.error())?;
    Ok((tenant, row))
}

/// Where the request behind link `token` stands.
pub async fn standing(state: &Services, slug: &str, token: &str) -> Result<Standing> {
    let (tenant, row) = by_link(state, slug, token).await?;
    standing_of(state, &tenant, &row).await
}

async fn standing_of(
    state: &Services,
    tenant: &tenant::Model,
    row: &data_request::Model,
) -> Result<Standing> {
    let uploaded_at = match row.state {
        State::Identity => document_uploaded_at(&state.db.main, tenant.id, row.id).await?,
        _ => None,
    };
    Ok(Standing {
        state: row.state.as_str(),
        may_upload: row.state == State::Identity && tenant.identity_documents,
        delete_by: uploaded_at.map(|at| at + TimeDelta::days(DOCUMENT_DAYS)),
        uploaded_at,
        due_at: row.due_at,
    })
}

/// The person uploads an identity document for the request behind link
/// `token`, while it waits for identity and only if the organisation
/// takes documents: one per request (a new one replaces the last), sealed.
pub async fn upload(
    state: &Services,
    meta: &Origin,
    slug: &str,
    token: &str,
    bytes: &[u8],
) -> Result<Standing> {
    let (tenant, row) = by_link(state, slug, token).await?;
    if !tenant.identity_documents {
        return Err(Error::Forbidden(
            "this organisation does not take identity documents here; it will contact you to confirm who you are".into(),
        ));
    }
    if row.state != State::Identity {
        return Err(Error::Conflict(format!(
            "the request is {}; a document is taken only while identity is being confirmed",
            row.state
        )));
    }
    let content_type = check_document(bytes)?;
    let size = i32::try_from(bytes.len()).expect("at most 5 MiB");
    let key = state.keys.tenant_key(tenant.id).await?;
    let sealed = key.seal(bytes, &document_aad(tenant.id, row.id));
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    // Still waiting, checked under the write lock.
    let still = data_request::Entity::find_by_id((tenant.id, row.id))
        .filter(data_request::Column::State.eq(State::Identity))
        .lock_exclusive()
        .one(&txn)
        .await?;
    if still.is_none() {
        return Err(Error::Conflict(
            "the request changed meanwhile; a document is taken only while identity is being confirmed"
                .into(),
        ));
    }
    let replaced = delete_document(&txn, tenant.id, row.id).await?;
    request_document::ActiveModel {
        tenant_id: Set(tenant.id),
        request_id: Set(row.id),
        content_type: Set(content_type.to_owned()),
        size: Set(size),
        bytes_sealed: Set(sealed),
        uploaded_at: Set(now),
    }
    .insert(&txn)
    .await?;
    audit::append(
        &txn,
        tenant.id,
        audit::Actor::Anonymous,
        &public_meta(meta),
        now,
        Entry::new("request.identity_document_uploaded")
            .target("request", row.id)
            .detail(json!({ "content_type": content_type, "size": size, "replaced": replaced })),
    )
    .await?;
    txn.commit().await?;
    if replaced {
        fold(state).await;
    }
    standing_of(state, &tenant, &row).await
}

/// Deletes the documents uploaded [`DOCUMENT_DAYS`] ago or more, whatever
/// staff did meanwhile; how many.
pub async fn purge_documents(state: &Services) -> Result<u64> {
    let cutoff = state.clock.now() - TimeDelta::days(DOCUMENT_DAYS);
    let res = request_document::Entity::delete_many()
        .filter(request_document::Column::UploadedAt.lte(cutoff))
        .exec(&state.db.writer)
        .await?;
    if res.rows_affected > 0 {
        fold(state).await;
    }
    Ok(res.rows_affected)
}

/// Of requests `ids`, those with an identity document waiting (nothing of
/// the documents themselves is read).
pub async fn with_documents<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    ids: &[Uuid],
) -> Result<Vec<Uuid>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(request_document::Entity::find()
        .select_only()
        .column(request_document::Column::RequestId)
        .filter(request_document::Column::TenantId.eq(tenant_id))
        .filter(request_document::Column::RequestId.is_in(ids.iter().copied()))
        .into_tuple()
        .all(conn)
        .await?)
}
