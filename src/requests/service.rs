//! Data-subject requests: made through the portal, verified by an emailed
//! single-use link, queued for staff with the one-month clock (Art. 12(3)),
//! and answered by email — a download link for a copy, a confirmation of an
//! erasure, or the reason for a refusal.
//!
//! The requester's address is sealed under the tenant key and removed once
//! the request is closed and answered. Tokens are random and stored as
//! SHA-256 hashes. Nothing personal goes into audit rows or URLs.

use chrono::{DateTime, Datelike, TimeDelta, Utc};
use entity::ids::{CustomerId, TenantId};
use entity::{data_request, tenant};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::{
    audit::Origin,
    context::Services,
    error::{Error, Result},
    i18n::Lang,
    mail::{self, Outgoing},
    tenants::identity::Brand,
};

pub use entity::data_request::{Ground, Kind, Objection, State};

/// How a closed request ended.
pub mod outcome {
    pub const COPY_SENT: &str = "copy_sent";
    pub const NO_DATA: &str = "no_data";
    pub const ERASED: &str = "erased";
    /// Erased but for records put on legal hold while it ran.
    pub const ERASED_PARTLY: &str = "erased_partly";
    pub const REFUSED_HOLD: &str = "refused_hold";
    pub const WITHDRAWN: &str = "withdrawn";
    /// An objection to direct marketing applied.
    pub const OBJECTED: &str = "objected";
    /// An objection to processing based on legitimate interests upheld by
    /// stopping it: the records are restricted.
    pub const PROCESSING_STOPPED: &str = "processing_stopped";
    /// A restriction request granted: the records are restricted.
    pub const RESTRICTED: &str = "restricted";
    pub const REJECTED: &str = "rejected";
}

/// The most records one address is matched to.
pub(super) const MAX_MATCHES: usize = 1000;

pub fn token_hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// What binds a request's sealed details (what the person wrote behind the
/// link) to it.
pub(super) fn details_aad(tenant_id: TenantId, id: Uuid) -> Vec<u8> {
    format!("request-details:{tenant_id}:{id}").into_bytes()
}

pub(super) fn email_aad(tenant_id: TenantId, id: Uuid) -> Vec<u8> {
    format!("request:{tenant_id}:{id}").into_bytes()
}

/// The tenant a portal serves, by slug. A cancelled tenant still takes
/// requests until it is purged (and gone): withdrawing consent and erasure
/// must work to the end (Art. 7(3), 17); see [`closing_refuses`].
pub async fn portal_tenant(state: &Services, slug: &str) -> Result<tenant::Model> {
    let t = tenant::Entity::find()
        .filter(tenant::Column::Slug.eq(slug))
        .one(&state.db.main)
        .await?
        .ok_or(Error::NotFound("portal"))?;
    Ok(t)
}

/// The next reference of `tenant_id`'s requests, such as `R-2026-0042`:
/// numbered per calendar year of `now`, at least four digits. Moving the
/// tenant's counter takes its row lock (PostgreSQL) or the write lock
/// (SQLite), so two requests never get one number. Returns the tenant row
/// too. Call inside the transaction that stores the reference.
pub async fn number<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    now: DateTime<Utc>,
) -> Result<(String, tenant::Model)> {
    use sea_orm::sea_query::{Expr, ExprTrait};
    let year = now.year();
    let counted = tenant::Entity::update_many()
        .col_expr(
            tenant::Column::RequestsNumbered,
            Expr::case(
                Expr::col(tenant::Column::RequestsYear).eq(year),
                Expr::col(tenant::Column::RequestsNumbered).add(1),
            )
            .finally(Expr::val(1))
            .into(),
        )
        .col_expr(tenant::Column::RequestsYear, Expr::val(year))
        .filter(tenant::Column::Id.eq(tenant_id))
        .exec_with_returning(conn)
        .await?
        .into_iter()
        .next()
        .ok_or(Error::NotFound("tenant"))?;
    Ok((reference(year, counted.requests_numbered), counted))
}

/// A reference as people read it: `R-<year>-<number>`, the number at least
/// four digits.
pub fn reference(year: i32, number: i32) -> String {
    format!("R-{year}-{number:04}")
}

/// What a request is called on pages and in emails: its reference, or,
/// before it has one, the start of its ID.
pub fn reference_of(row: &data_request::Model) -> String {
    row.reference
        .clone()
        .unwrap_or_else(|| row.id.simple().to_string()[..8].to_uppercase())
}

/// When the tenant's data will all be deleted, if it is closing its account.
pub fn closing(t: &tenant::Model) -> Option<DateTime<Utc>> {
    t.cancelled_at.and(t.purge_at)
}

/// Why a closing tenant cannot take a request of `kind`: a copy could not
/// be prepared and sent before everything is deleted, which happens anyway.
pub fn closing_refuses(t: &tenant::Model, kind: Kind) -> Option<String> {
    let purge_at = closing(t)?;
    matches!(kind, Kind::Copy | Kind::Portability).then(|| {
        format!(
            "{} {CLOSING} and can no longer send copies of data; everything it holds about you will be deleted on {}. You can still ask for erasure or withdraw your consent.",
            t.name,
            purge_at.format("%-d %B %Y")
        )
    })
}

/// The words that mark a closing tenant's refusal.
const CLOSING: &str = "is closing its account here";

/// A refusal the portal gives: its words for a program (the problem's
/// detail) and the catalogue message a person reads instead.
pub struct Refusal {
    pub detail: &'static str,
    pub message: &'static str,
}

impl Refusal {
    pub fn error(&self) -> Error {
        Error::Gone(self.detail.into())
    }
}

pub const LINK_USED: Refusal = Refusal {
    detail: "this link has expired or was already used; make the request again if you need to",
    message: "portal-problem-link-used",
};
pub const DOWNLOAD_GONE: Refusal = Refusal {
    detail: "this download link has expired or was used",
    message: "portal-problem-download-gone",
};
pub const FILE_DONE: Refusal = Refusal {
    detail: "this file was already downloaded",
    message: "portal-problem-file-done",
};
pub const RECORD_GONE: Refusal = Refusal {
    detail: "this record no longer exists",
    message: "portal-problem-record-gone",
};
pub const CLOSED_UNCONFIRMED: Refusal = Refusal {
    detail: "this request was closed before it was confirmed",
    message: "portal-problem-closed",
};

/// The catalogue message for a refusal's `detail`, if it is one of the portal's.
pub fn refusal_message(detail: &str) -> Option<&'static str> {
    if detail.contains(CLOSING) {
        return Some("portal-problem-closing");
    }
    [
        &LINK_USED,
        &DOWNLOAD_GONE,
        &FILE_DONE,
        &RECORD_GONE,
        &CLOSED_UNCONFIRMED,
    ]
    .into_iter()
    .find(|r| r.detail == detail)
    .map(|r| r.message)
}

/// A request as made through the portal: `email` and `kind` unchecked.
pub struct Submission<'a> {
    pub email: &'a str,
    pub kind: &'a str,
    /// The language the person uses the portal in; the request's emails use it.
    pub lang: Lang,
}

/// Audit metadata for a member of the public: the request ID only, never
/// their IP address or browser (audit rows are kept for good).
pub(super) fn public_meta(meta: &Origin) -> Origin {
    Origin {
        ip: None,
        user_agent: None,
        request_id: meta.request_id.clone(),
    }
}

/// A request and the tenant it was made to: whom a message is about.
#[derive(Clone, Copy)]
pub(super) struct Requester<'a> {
    pub tenant: &'a tenant::Model,
    pub row: &'a data_request::Model,
}

/// Queues a message to a requester, in the language of their request,
/// under the organisation's name and brand (`controller` and `brand` in
/// the template's context), and marked with their address's blind-index
/// token so that erasing them also deletes its file.
pub(super) async fn tell<C: ConnectionTrait>(
    conn: &C,
    state: &Services,
    to: Requester<'_>,
    now: DateTime<Utc>,
    email: &str,
    kind: &'static str,
    mut context: serde_json::Value,
) -> Result<()> {
    let Requester { tenant, row } = to;
    context["lang"] = language_of(row, tenant).tag().into();
    context["controller"] = tenant.name.clone().into();
    context["reference"] = reference_of(row).into();
    context["brand"] =
        serde_json::to_value(Brand::of(tenant)).map_err(|e| Error::internal_from("brand", e))?;
    let key = crate::customers::search::search_key(&state.keys.tenant_key(row.tenant_id).await?);
    let mail = Outgoing::render(kind, "portal_message", vec![email.to_owned()], context)?
        .to_person(crate::customers::search::email_token(&key, email))
        .sent_as(&tenant.name);
    mail::queue(conn, now, mail).await?;
    Ok(())
}

/// The language of a request's emails: the one it was made in, else the
/// tenant's default.
pub fn language_of(row: &data_request::Model, tenant: &tenant::Model) -> Lang {
    row.language
        .as_deref()
        .and_then(Lang::parse)
        .or_else(|| Lang::parse(&tenant.default_language))
        .unwrap_or_default()
}

pub(super) async fn open_email(
    state: &Services,
    row: &data_request::Model,
) -> Result<Option<String>> {
    let Some(sealed) = &row.email_sealed else {
        return Ok(None);
    };
    let key = state.keys.tenant_key(row.tenant_id).await?;
    let plain = key
        .open(sealed, &email_aad(row.tenant_id, row.id))
        .map_err(|e| Error::internal_from(format!("request {}", row.id), e))?;
    Ok(Some(String::from_utf8_lossy(&plain).into_owned()))
}

/// The words staff give a person on a request, each sealed under the
/// tenant key with its own associated data.
#[derive(Clone, Copy)]
pub enum Said {
    /// Why the request was rejected or refused.
    Reason,
    /// Why its due date was extended.
    Extension,
}

fn said_aad(tenant_id: TenantId, id: Uuid, said: Said) -> Vec<u8> {
    let what = match said {
        Said::Reason => "reason",
        Said::Extension => "extension",
    };
    format!("request-{what}:{tenant_id}:{id}").into_bytes()
}

/// `text`, sealed as the `said` of request `id`.
pub async fn seal_said(
    state: &Services,
    tenant_id: TenantId,
    id: Uuid,
    said: Said,
    text: &str,
) -> Result<Vec<u8>> {
    let key = state.keys.tenant_key(tenant_id).await?;
    Ok(key.seal(text.as_bytes(), &said_aad(tenant_id, id, said)))
}

/// The reason the person was told and the reason of an extension, opened
/// for staff (or as kept in plain text before reasons were sealed).
pub async fn reasons(
    state: &Services,
    row: &data_request::Model,
) -> Result<(Option<String>, Option<String>)> {
    if row.reason_sealed.is_none() && row.extension_reason_sealed.is_none() {
        return Ok((row.reason.clone(), row.extension_reason.clone()));
    }
    let key = state.keys.tenant_key(row.tenant_id).await?;
    let open = |sealed: &Option<Vec<u8>>, plain: &Option<String>, said| -> Result<Option<String>> {
        match sealed {
            Some(s) => key
                .open(s, &said_aad(row.tenant_id, row.id, said))
                .map(|p| Some(String::from_utf8_lossy(&p).into_owned()))
                .map_err(|e| Error::internal_from(format!("request {}", row.id), e)),
            None => Ok(plain.clone()),
        }
    };
    Ok((
        open(&row.reason_sealed, &row.reason, Said::Reason)?,
        open(
            &row.extension_reason_sealed,
            &row.extension_reason,
            Said::Extension,
        )?,
    ))
}

/// The request a verification link confirmed already, if `token` is one:
/// a second click shows the request's status rather than an error. The
/// link's hash stays on the request for this, and says nothing more.
pub async fn confirmed_by(
    state: &Services,
    tenant_id: TenantId,
    token: &str,
) -> Result<Option<data_request::Model>> {
    Ok(data_request::Entity::find()
        .filter(data_request::Column::TenantId.eq(tenant_id))
        .filter(data_request::Column::VerifyTokenHash.eq(token_hash(token)))
        .filter(data_request::Column::State.ne(State::Unverified))
        .one(&state.db.main)
        .await?)
}

/// What the person wrote behind the verification link (an objection's
/// grounds), for staff who answer the request.
pub async fn open_details(state: &Services, row: &data_request::Model) -> Result<Option<String>> {
    let Some(sealed) = &row.details_sealed else {
        return Ok(None);
    };
    let key = state.keys.tenant_key(row.tenant_id).await?;
    let plain = key
        .open(sealed, &details_aad(row.tenant_id, row.id))
        .map_err(|e| Error::internal_from(format!("request {}", row.id), e))?;
    Ok(Some(String::from_utf8_lossy(&plain).into_owned()))
}

pub fn matched_ids(row: &data_request::Model) -> Vec<CustomerId> {
    row.customer_ids
        .as_deref()
        .and_then(|s| serde_json::from_str(s).ok())
        .unwrap_or_default()
}

/// The tenant row of `tenant_id`.
pub(super) async fn tenant_of<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
) -> Result<tenant::Model> {
    tenant::Entity::find_by_id(tenant_id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound("tenant"))
}

/// Of `ids`, those still held (one may have been erased meanwhile).
pub(super) async fn still_held(
    state: &Services,
    tenant_id: TenantId,
    ids: &[CustomerId],
) -> Result<Vec<CustomerId>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(entity::customer::Entity::find()
        .select_only()
        .column(entity::customer::Column::Id)
        .filter(entity::customer::Column::TenantId.eq(tenant_id))
        .filter(entity::customer::Column::Id.is_in(ids.iter().copied()))
        .filter(entity::customer::Column::State.ne(entity::customer::State::Anonymized))
        .order_by_asc(entity::customer::Column::Id)
        .into_tuple()
        .all(&state.db.main)
        .await?)
}

pub const DUE_SOON: TimeDelta = TimeDelta::days(7);

/// A merge: the requests that matched record `from` name record `to`
/// instead (once, if they named both), in the caller's transaction.
/// Returns how many requests changed.
pub async fn repoint<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    from: CustomerId,
    to: CustomerId,
) -> Result<u64> {
    use sea_orm::{ActiveModelTrait, Set};
    let mut changed = 0;
    for row in naming(conn, tenant_id, from).await? {
        let ids = matched_ids(&row);
        let mut now: Vec<CustomerId> = Vec::with_capacity(ids.len());
        for id in ids {
            let id = if id == from { to } else { id };
            if !now.contains(&id) {
                now.push(id);
            }
        }
        let mut am: data_request::ActiveModel = row.into();
        am.customer_ids = Set(Some(serde_json::json!(now).to_string()));
        am.update(conn).await?;
        changed += 1;
    }
    Ok(changed)
}

/// The requests of the tenant that matched record `id`.
pub async fn naming<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    id: CustomerId,
) -> Result<Vec<data_request::Model>> {
    // The IDs are kept as a JSON array of UUIDs: a textual match finds
    // the candidates, the parsed list decides.
    let rows = data_request::Entity::find()
        .filter(data_request::Column::TenantId.eq(tenant_id))
        .filter(data_request::Column::CustomerIds.contains(id.to_string()))
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .filter(|r| matched_ids(r).contains(&id))
        .collect())
}

/// How many requests of the tenant matched record `id`.
pub async fn count_naming<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    id: CustomerId,
) -> Result<u64> {
    Ok(naming(conn, tenant_id, id).await?.len() as u64)
}
