//! Data-subject requests: made through the portal, verified by an emailed
//! single-use link, queued for staff with the one-month clock (Art. 12(3)),
//! and answered by email — a download link for a copy, a confirmation of an
//! erasure, or the reason for a refusal.
//!
//! The requester's address is sealed under the tenant key and removed once
//! the request is closed and answered. Tokens are random and stored as
//! SHA-256 hashes. Nothing personal goes into audit rows or URLs.

use chrono::{DateTime, Months, TimeDelta, Utc};
use entity::{data_request, outbox_event, tenant};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use serde::Serialize;
use serde_json::json;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::{
    audit::{self, Actor, Entry},
    auth::{
        Role, Scope,
        throttle::{self, Keys},
    },
    consent,
    crypto::random_secret,
    customers::service as customers,
    db::begin_write,
    erasure::{self, Kind as Erasure, service::Outcome},
    error::{Error, Result},
    http::meta::RequestMeta,
    mail::{self, Outgoing},
    state::AppState,
    values::{Email, free_text},
};

/// What a person asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A copy of their data (Art. 15 and 20).
    Copy,
    /// Erasure (Art. 17).
    Erasure,
    /// Withdrawal of their marketing consent (Art. 7(3)); applied at once.
    WithdrawConsent,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Copy => "copy",
            Kind::Erasure => "erasure",
            Kind::WithdrawConsent => "withdraw_consent",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "copy" => Some(Kind::Copy),
            "erasure" => Some(Kind::Erasure),
            "withdraw_consent" => Some(Kind::WithdrawConsent),
            _ => None,
        }
    }
}

/// Where a request is.
pub mod state {
    /// Made; the verification link has not been followed.
    pub const UNVERIFIED: &str = "unverified";
    /// Verified and waiting for staff.
    pub const OPEN: &str = "open";
    /// An erasure under way (the records are being shredded).
    pub const FULFILLING: &str = "fulfilling";
    pub const FULFILLED: &str = "fulfilled";
    pub const REJECTED: &str = "rejected";
}

/// How a closed request ended.
pub mod outcome {
    pub const COPY_SENT: &str = "copy_sent";
    pub const NO_DATA: &str = "no_data";
    pub const ERASED: &str = "erased";
    /// Erased but for records put on legal hold while it ran.
    pub const ERASED_PARTLY: &str = "erased_partly";
    pub const REFUSED_HOLD: &str = "refused_hold";
    pub const WITHDRAWN: &str = "withdrawn";
    pub const REJECTED: &str = "rejected";
}

/// The most records one address is matched to.
const MAX_MATCHES: usize = 1000;

pub fn token_hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

fn email_aad(tenant_id: Uuid, id: Uuid) -> Vec<u8> {
    format!("request:{tenant_id}:{id}").into_bytes()
}

/// The tenant a portal serves, by slug. A cancelled tenant still takes
/// requests until it is purged (and gone): withdrawing consent and erasure
/// must work to the end (Art. 7(3), 17); see [`closing_refuses`].
pub async fn portal_tenant(state: &AppState, slug: &str) -> Result<tenant::Model> {
    let t = tenant::Entity::find()
        .filter(tenant::Column::Slug.eq(slug))
        .one(&state.db.main)
        .await?
        .ok_or(Error::NotFound("portal"))?;
    Ok(t)
}

/// When the tenant's data will all be deleted, if it is closing its account.
pub fn closing(t: &tenant::Model) -> Option<DateTime<Utc>> {
    t.cancelled_at.and(t.purge_at)
}

/// Why a closing tenant cannot take a request of `kind`: a copy could not
/// be prepared and sent before everything is deleted, which happens anyway.
pub fn closing_refuses(t: &tenant::Model, kind: Kind) -> Option<String> {
    let purge_at = closing(t)?;
    (kind == Kind::Copy).then(|| {
        format!(
            "{} is closing its account here and can no longer send copies of data; everything it holds about you will be deleted on {}. You can still ask for erasure or withdraw your consent.",
            t.name,
            purge_at.format("%-d %B %Y")
        )
    })
}

/// A request as made through the portal: `email` and `kind` unchecked.
pub struct Submission<'a> {
    pub email: &'a str,
    pub kind: &'a str,
}

/// Audit metadata for a member of the public: the request ID only, never
/// their IP address or browser (audit rows are kept for good).
fn public_meta(meta: &RequestMeta) -> RequestMeta {
    RequestMeta {
        ip: None,
        user_agent: None,
        request_id: meta.request_id.clone(),
    }
}

/// Records a request, whatever the address: the same work and the same
/// answer for anyone, so neither the answer nor its timing tells who is a
/// customer. Matching the address and sending the verification link come
/// after, in [`dispatch`].
pub async fn submit(
    state: &AppState,
    meta: &RequestMeta,
    slug: &str,
    form: Submission<'_>,
) -> Result<()> {
    let tenant = portal_tenant(state, slug).await?;
    let mut checks = crate::error::Checks::new();
    let email = checks.take("email", Email::parse(form.email));
    let kind = checks.take(
        "kind",
        Kind::parse(form.kind).ok_or("must be copy, erasure or withdraw_consent"),
    );
    checks.finish()?;
    let (email, kind) = (email.expect("checked"), kind.expect("checked"));
    if let Some(why) = closing_refuses(&tenant, kind) {
        return Err(Error::Gone(why));
    }
    let tenant_key = state.keys.tenant_key(tenant.id).await?;
    throttle::reserve(
        state,
        &Keys::portal(&tenant_key, email.as_str(), meta.ip.as_deref()),
    )
    .await?;

    let now = state.clock.now();
    let id = Uuid::now_v7();
    let sealed = tenant_key.seal(email.as_str().as_bytes(), &email_aad(tenant.id, id));
    let txn = begin_write(&state.db.writer).await?;
    data_request::ActiveModel {
        tenant_id: Set(tenant.id),
        id: Set(id),
        kind: Set(kind.as_str().to_owned()),
        state: Set(state::UNVERIFIED.to_owned()),
        email_sealed: Set(Some(sealed)),
        customer_ids: Set(None),
        received_at: Set(now),
        verify_token_hash: Set(None),
        verify_expires_at: Set(Some(now + state.config.portal.verify_ttl.as_chrono())),
        verified_at: Set(None),
        due_at: Set(None),
        extended_at: Set(None),
        extension_reason: Set(None),
        noticed: Set(None),
        closed_at: Set(None),
        closed_by: Set(None),
        outcome: Set(None),
        reason: Set(None),
        download_token_hash: Set(None),
        download_expires_at: Set(None),
        downloaded: Set(None),
    }
    .insert(&txn)
    .await?;
    audit::append(
        &txn,
        tenant.id,
        Actor::Anonymous,
        &public_meta(meta),
        now,
        Entry::new("request.received")
            .target("request", id)
            .detail(json!({ "kind": kind.as_str() })),
    )
    .await?;
    txn.commit().await?;
    // Sent now, after the answer; the job runner sends any this misses.
    let state = state.clone();
    tokio::spawn(async move {
        if let Err(e) = dispatch(&state, tenant.id, id).await {
            tracing::warn!(request = %id, error = %crate::error::report(&e), "request not dispatched; the job runner retries");
        }
    });
    Ok(())
}

/// For a new request: if its address belongs to a customer of the tenant,
/// a verification link is emailed; if not, the request is deleted and
/// nothing is sent (the portal cannot be used to mail strangers).
pub async fn dispatch(state: &AppState, tenant_id: Uuid, id: Uuid) -> Result<()> {
    let Some(row) = data_request::Entity::find_by_id((tenant_id, id))
        .filter(data_request::Column::State.eq(state::UNVERIFIED))
        .filter(data_request::Column::VerifyTokenHash.is_null())
        .one(&state.db.main)
        .await?
    else {
        return Ok(());
    };
    let Some(email) = open_email(state, &row).await? else {
        return Ok(());
    };
    let known = !customers::ids_by_email(state, tenant_id, &email, 1)
        .await?
        .is_empty();
    let txn = begin_write(&state.db.writer).await?;
    let pending = || {
        data_request::Entity::update_many()
            .filter(data_request::Column::TenantId.eq(tenant_id))
            .filter(data_request::Column::Id.eq(id))
            .filter(data_request::Column::State.eq(state::UNVERIFIED))
            .filter(data_request::Column::VerifyTokenHash.is_null())
    };
    if !known {
        data_request::Entity::delete_many()
            .filter(data_request::Column::TenantId.eq(tenant_id))
            .filter(data_request::Column::Id.eq(id))
            .filter(data_request::Column::VerifyTokenHash.is_null())
            .exec(&txn)
            .await?;
        txn.commit().await?;
        return Ok(());
    }
    let token = random_secret(32);
    let claimed = pending()
        .col_expr(
            data_request::Column::VerifyTokenHash,
            sea_orm::sea_query::Expr::value(Some(token_hash(&token))),
        )
        .exec(&txn)
        .await?;
    if claimed.rows_affected != 1 {
        return Ok(()); // dispatched by another runner meanwhile
    }
    let tenant = tenant_of(&txn, tenant_id).await?;
    let link = format!(
        "{}/portal/{}/verify/{token}",
        state.config.public_url(),
        tenant.slug
    );
    tell(
        &txn,
        state,
        tenant_id,
        state.clock.now(),
        &email,
        "portal.verify",
        json!({
            "message": "verify", "kind": row.kind, "controller": tenant.name,
            "link": link, "expires_at": row.verify_expires_at, "request_id": id,
        }),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Dispatches the new requests [`submit`] could not (at most 1,000 a run).
pub async fn dispatch_pending(state: &AppState) -> Result<u64> {
    let pending: Vec<(Uuid, Uuid)> = data_request::Entity::find()
        .select_only()
        .column(data_request::Column::TenantId)
        .column(data_request::Column::Id)
        .filter(data_request::Column::State.eq(state::UNVERIFIED))
        .filter(data_request::Column::VerifyTokenHash.is_null())
        .filter(data_request::Column::VerifyExpiresAt.gt(state.clock.now()))
        .order_by_asc(data_request::Column::Id)
        .limit(1000)
        .into_tuple()
        .all(&state.db.main)
        .await?;
    for (tenant_id, id) in &pending {
        dispatch(state, *tenant_id, *id).await?;
    }
    Ok(pending.len() as u64)
}

/// What following a verification link did, for the page the person sees.
#[derive(Debug, Serialize)]
pub struct Verified {
    pub request_id: Uuid,
    pub kind: &'static str,
    pub state: &'static str,
    /// When the answer is due, for copy and erasure requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_at: Option<DateTime<Utc>>,
}

/// The unverified request `token` confirms, or 410 when the link was used,
/// has expired or never existed.
async fn by_verify_token<C: ConnectionTrait>(
    conn: &C,
    tenant_id: Uuid,
    token: &str,
    now: DateTime<Utc>,
) -> Result<data_request::Model> {
    data_request::Entity::find()
        .filter(data_request::Column::TenantId.eq(tenant_id))
        .filter(data_request::Column::VerifyTokenHash.eq(token_hash(token)))
        .filter(data_request::Column::State.eq(state::UNVERIFIED))
        .filter(data_request::Column::VerifyExpiresAt.gt(now))
        .one(conn)
        .await?
        .ok_or_else(|| {
            Error::Gone(
                "this link has expired or was already used; make the request again if you need to"
                    .into(),
            )
        })
}

/// Checks a verification link without using it (the page that asks the
/// person to confirm).
pub async fn check_verify_token(state: &AppState, slug: &str, token: &str) -> Result<Kind> {
    let tenant = portal_tenant(state, slug).await?;
    let row = by_verify_token(&state.db.main, tenant.id, token, state.clock.now()).await?;
    Ok(Kind::parse(&row.kind).expect("stored kinds parse"))
}

/// Follows a verification link: a withdrawal is applied at once; a copy or
/// erasure request goes to the staff queue, due a month after it was made.
pub async fn verify(
    state: &AppState,
    meta: &RequestMeta,
    slug: &str,
    token: &str,
) -> Result<Verified> {
    let tenant = portal_tenant(state, slug).await?;
    let now = state.clock.now();
    let row = by_verify_token(&state.db.main, tenant.id, token, now).await?;
    let kind = Kind::parse(&row.kind).expect("stored kinds parse");
    let email = open_email(state, &row)
        .await?
        .ok_or_else(|| Error::Gone("this request was closed before it was confirmed".into()))?;
    let matched = customers::ids_by_email(state, tenant.id, &email, MAX_MATCHES).await?;

    let txn = begin_write(&state.db.writer).await?;
    // Using the token is what makes it single-use: the row changes only if
    // it is still unverified with this token.
    let mut am = data_request::ActiveModel {
        verify_token_hash: Set(None),
        verified_at: Set(Some(now)),
        customer_ids: Set(Some(json!(matched).to_string())),
        ..Default::default()
    };
    let (state_now, due_at) = match kind {
        Kind::WithdrawConsent => {
            let key = crate::outbox::key_of(state, tenant.id).await?;
            let withdrawn =
                withdraw_consent(&txn, &key, &email, tenant.id, row.id, &matched, meta, now)
                    .await?;
            am.state = Set(state::FULFILLED.to_owned());
            am.closed_at = Set(Some(now));
            am.outcome = Set(Some(
                if matched.is_empty() {
                    outcome::NO_DATA
                } else {
                    outcome::WITHDRAWN
                }
                .to_owned(),
            ));
            am.email_sealed = Set(None);
            tell(
                &txn,
                state,
                tenant.id,
                now,
                &email,
                "portal.withdrawn",
                json!({
                    "message": "withdrawn", "controller": tenant.name, "request_id": row.id,
                    "matched": !matched.is_empty(), "purposes": withdrawn,
                }),
            )
            .await?;
            (state::FULFILLED, None)
        }
        Kind::Copy | Kind::Erasure => {
            let due = row
                .received_at
                .checked_add_months(Months::new(1))
                .expect("a month from now is a date");
            am.state = Set(state::OPEN.to_owned());
            am.due_at = Set(Some(due));
            tell(
                &txn,
                state,
                tenant.id,
                now,
                &email,
                "portal.received",
                json!({
                    "message": "received", "kind": kind.as_str(), "controller": tenant.name,
                    "request_id": row.id, "due_at": due,
                }),
            )
            .await?;
            (state::OPEN, Some(due))
        }
    };
    let res = data_request::Entity::update_many()
        .set(am)
        .filter(data_request::Column::TenantId.eq(tenant.id))
        .filter(data_request::Column::Id.eq(row.id))
        .filter(data_request::Column::State.eq(state::UNVERIFIED))
        .filter(data_request::Column::VerifyTokenHash.eq(token_hash(token)))
        .exec(&txn)
        .await?;
    if res.rows_affected != 1 {
        return Err(Error::Gone("this link was already used".into()));
    }
    if kind != Kind::WithdrawConsent {
        outbox_event::Entity::insert(crate::outbox::tenant_event(
            tenant.id,
            crate::outbox::kind::REQUEST_RECEIVED,
            json!({ "request_id": row.id, "kind": kind.as_str(), "due_at": due_at }),
            now,
        ))
        .exec_without_returning(&txn)
        .await?;
    }
    audit::append(
        &txn,
        tenant.id,
        Actor::Anonymous,
        &public_meta(meta),
        now,
        Entry::new("request.verified")
            .target("request", row.id)
            .detail(json!({ "kind": kind.as_str(), "matched": matched.len() })),
    )
    .await?;
    txn.commit().await?;
    Ok(Verified {
        request_id: row.id,
        kind: kind.as_str(),
        state: state_now,
        due_at,
    })
}

/// Withdraws every purpose each of `ids` has currently given (source
/// `portal`), each audited on its record as staff changes are; returns the
/// purposes withdrawn.
#[allow(clippy::too_many_arguments)]
async fn withdraw_consent<C: ConnectionTrait>(
    conn: &C,
    outbox_key: &crate::crypto::Key,
    email: &str,
    tenant_id: Uuid,
    request_id: Uuid,
    ids: &[Uuid],
    meta: &RequestMeta,
    now: DateTime<Utc>,
) -> Result<Vec<String>> {
    let current = consent::service::current(conn, tenant_id, ids).await?;
    let mut withdrawn = std::collections::BTreeSet::new();
    let mut entries = Vec::new();
    let mut events = Vec::new();
    for (customer_id, purposes) in current {
        for (purpose, granted) in purposes {
            if !granted {
                continue;
            }
            consent::service::insert_portal_withdrawal(
                conn,
                tenant_id,
                customer_id,
                &purpose,
                request_id,
                now,
            )
            .await?;
            entries.push(
                Entry::new("customer.consent_changed")
                    .target("customer", customer_id)
                    .detail(json!({
                        "purpose": purpose, "granted": false, "basis": "consent",
                        "source": "portal", "request_id": request_id,
                    })),
            );
            events.push(crate::outbox::consent_updated(
                outbox_key,
                tenant_id,
                customer_id,
                Some(email),
                &purpose,
                false,
                "portal",
                now,
            ));
            withdrawn.insert(purpose);
        }
    }
    crate::db::insert_chunked::<outbox_event::Entity, _>(conn, events).await?;
    audit::append_many(
        conn,
        tenant_id,
        Actor::Anonymous,
        &public_meta(meta),
        now,
        entries,
    )
    .await?;
    Ok(withdrawn.into_iter().collect())
}

/// Queues a message to the requester.
/// Queues a message to a requester, marked with their address's
/// blind-index token so that erasing them also deletes its file.
async fn tell<C: ConnectionTrait>(
    conn: &C,
    state: &AppState,
    tenant_id: Uuid,
    now: DateTime<Utc>,
    email: &str,
    kind: &'static str,
    context: serde_json::Value,
) -> Result<()> {
    let key = crate::customers::search::search_key(&state.keys.tenant_key(tenant_id).await?);
    let mail = Outgoing::render(kind, "portal_message", vec![email.to_owned()], context)?
        .to_person(crate::customers::search::email_token(&key, email));
    mail::queue(conn, now, mail).await?;
    Ok(())
}

async fn open_email(state: &AppState, row: &data_request::Model) -> Result<Option<String>> {
    let Some(sealed) = &row.email_sealed else {
        return Ok(None);
    };
    let key = state.keys.tenant_key(row.tenant_id).await?;
    let plain = key
        .open(sealed, &email_aad(row.tenant_id, row.id))
        .map_err(|e| Error::internal_from(format!("request {}", row.id), e))?;
    Ok(Some(String::from_utf8_lossy(&plain).into_owned()))
}

pub fn matched_ids(row: &data_request::Model) -> Vec<Uuid> {
    row.customer_ids
        .as_deref()
        .and_then(|s| serde_json::from_str(s).ok())
        .unwrap_or_default()
}

/// The queue: requests of the caller's tenant in `state_filter` (default:
/// open), the soonest due first.
pub async fn list(
    state: &AppState,
    scope: &Scope,
    state_filter: Option<&str>,
) -> Result<Vec<data_request::Model>> {
    scope.require(Role::Staff)?;
    let wanted = state_filter.unwrap_or(state::OPEN);
    if ![
        state::UNVERIFIED,
        state::OPEN,
        state::FULFILLING,
        state::FULFILLED,
        state::REJECTED,
        "all",
    ]
    .contains(&wanted)
    {
        return Err(Error::invalid(
            "state",
            "must be unverified, open, fulfilling, fulfilled, rejected or all",
        ));
    }
    let mut q =
        data_request::Entity::find().filter(data_request::Column::TenantId.eq(scope.tenant_id()));
    if wanted != "all" {
        q = q.filter(data_request::Column::State.eq(wanted));
    }
    // Undated (unverified) requests last on both databases.
    Ok(q.order_by(
        sea_orm::ExprTrait::is_null(sea_orm::sea_query::Expr::col(data_request::Column::DueAt)),
        sea_orm::Order::Asc,
    )
    .order_by_asc(data_request::Column::DueAt)
    .order_by_asc(data_request::Column::Id)
    .limit(1000)
    .all(&state.db.main)
    .await?)
}

pub async fn get(state: &AppState, scope: &Scope, id: Uuid) -> Result<data_request::Model> {
    // A read, also on the way to answering a request while cancelled.
    scope.require_for_a_right(Role::Staff)?;
    data_request::Entity::find_by_id((scope.tenant_id(), id))
        .one(&state.db.main)
        .await?
        .ok_or(Error::NotFound("request"))
}

/// The open request `id`, locked for the change the caller makes.
async fn open_for_change<C: ConnectionTrait>(
    conn: &C,
    scope: &Scope,
    id: Uuid,
    allowed: &[&str],
) -> Result<data_request::Model> {
    let row = data_request::Entity::find_by_id((scope.tenant_id(), id))
        .lock_exclusive()
        .one(conn)
        .await?
        .ok_or(Error::NotFound("request"))?;
    if !allowed.contains(&row.state.as_str()) {
        return Err(Error::Conflict(format!(
            "the request is {}; only open requests can be changed",
            row.state
        )));
    }
    Ok(row)
}

/// Answers an open request: a copy request sends the person a download
/// link (or "we hold no data"); an erasure request shreds every matched
/// record through the shredding path, or is refused while one is on
/// legal hold.
pub async fn fulfil(
    state: &AppState,
    scope: &Scope,
    meta: &RequestMeta,
    id: Uuid,
) -> Result<data_request::Model> {
    scope.require_for_a_right(Role::Staff)?;
    let row = get(state, scope, id).await?;
    let kind = Kind::parse(&row.kind).expect("stored kinds parse");
    if kind == Kind::Erasure {
        scope.require_for_a_right(Role::Admin)?;
    }
    // An erasure a stopped fulfilment left under way is finished, not refused.
    let resuming = row.state == state::FULFILLING;
    if row.state != state::OPEN && !resuming {
        return Err(Error::Conflict(format!(
            "the request is {}; only open requests can be fulfilled",
            row.state
        )));
    }
    let ids = matched_ids(&row);
    let email = open_email(state, &row).await?;
    let tenant_id = scope.tenant_id();
    let held = |ids: Vec<Uuid>| {
        entity::customer::Entity::find()
            .filter(entity::customer::Column::TenantId.eq(tenant_id))
            .filter(entity::customer::Column::Id.is_in(ids))
            .filter(entity::customer::Column::LegalHold.eq(true))
            .one(&state.db.main)
    };
    let (mut erased, mut kept) = (0usize, 0usize);
    let mut covered = ids.clone();
    match kind {
        Kind::Erasure if !ids.is_empty() && !resuming && held(ids.clone()).await?.is_some() => {
            // Refused as a whole while any matched record must be kept.
            kept = ids.len();
        }
        Kind::Erasure if !ids.is_empty() => {
            if !resuming {
                // Claimed first, so no rejection or extension can cross it.
                let claimed = data_request::Entity::update_many()
                    .col_expr(
                        data_request::Column::State,
                        sea_orm::sea_query::Expr::value(state::FULFILLING),
                    )
                    .filter(data_request::Column::TenantId.eq(tenant_id))
                    .filter(data_request::Column::Id.eq(id))
                    .filter(data_request::Column::State.eq(state::OPEN))
                    .exec(&state.db.writer)
                    .await?;
                if claimed.rows_affected != 1 {
                    return Err(Error::Conflict(
                        "the request changed meanwhile; look at it again".into(),
                    ));
                }
            }
            let done = erasure::service::erase_ids(
                state,
                tenant_id,
                scope.into(),
                meta,
                &ids,
                Erasure::Shred,
            )
            .await?;
            for (cid, o) in &done {
                match o {
                    Outcome::Erased(_) | Outcome::AlreadyShredded | Outcome::NotFound => {
                        erased += 1
                    }
                    // Put on hold since the check above.
                    Outcome::OnHold => kept += 1,
                    Outcome::AlreadyAnonymized => {
                        return Err(Error::internal(format!(
                            "shredding {cid} reported it as anonymized"
                        )));
                    }
                }
            }
        }
        Kind::Copy if !ids.is_empty() => {
            // The records still held (one may have been erased meanwhile).
            covered = entity::customer::Entity::find()
                .select_only()
                .column(entity::customer::Column::Id)
                .filter(entity::customer::Column::TenantId.eq(tenant_id))
                .filter(entity::customer::Column::Id.is_in(ids.clone()))
                .filter(entity::customer::Column::State.ne(customers::State::Anonymized.as_str()))
                .order_by_asc(entity::customer::Column::Id)
                .into_tuple()
                .all(&state.db.main)
                .await?;
        }
        _ => {}
    }

    let now = state.clock.now();
    let tenant = tenant_of(&state.db.main, tenant_id).await?;
    let txn = begin_write(&state.db.writer).await?;
    let row = open_for_change(&txn, scope, id, &[state::OPEN, state::FULFILLING]).await?;
    let mut am = row.clone().into_active_model();
    let (outcome, message) = match kind {
        Kind::Copy if covered.is_empty() => (outcome::NO_DATA, "no_data"),
        Kind::Copy => {
            let token = random_secret(32);
            let expires = now + state.config.portal.download_ttl.as_chrono();
            am.customer_ids = Set(Some(json!(covered).to_string()));
            am.download_token_hash = Set(Some(token_hash(&token)));
            am.download_expires_at = Set(Some(expires));
            am.downloaded = Set(Some("[]".into()));
            if let Some(email) = &email {
                tell(
                    &txn,
                    state,
                    tenant_id,
                    now,
                    email,
                    "portal.copy_ready",
                    json!({
                        "message": "copy_ready", "controller": tenant.name, "request_id": row.id,
                        "link": format!("{}/portal/{}/download/{token}", state.config.public_url(), tenant.slug),
                        "expires_at": expires,
                    }),
                )
                .await?;
            }
            (outcome::COPY_SENT, "")
        }
        Kind::Erasure if ids.is_empty() => (outcome::NO_DATA, "no_data"),
        Kind::Erasure if kept > 0 && erased == 0 => (outcome::REFUSED_HOLD, "refused_hold"),
        Kind::Erasure if kept > 0 => (outcome::ERASED_PARTLY, "erased_partly"),
        Kind::Erasure => (outcome::ERASED, "erased"),
        Kind::WithdrawConsent => unreachable!("withdrawals are fulfilled on verification"),
    };
    if matches!(message, "refused_hold" | "erased_partly") {
        am.reason = Set(Some(HOLD_REASON.into()));
    }
    if !message.is_empty()
        && let Some(email) = &email
    {
        tell(
            &txn,
            state,
            tenant_id,
            now,
            email,
            match message {
                "no_data" => "portal.no_data",
                "refused_hold" => "portal.refused",
                _ => "portal.erased",
            },
            json!({
                "message": message, "kind": kind.as_str(), "controller": tenant.name,
                "request_id": row.id,
            }),
        )
        .await?;
    }
    let closed_as = match outcome {
        outcome::REFUSED_HOLD => state::REJECTED,
        _ => state::FULFILLED,
    };
    let entry = Entry::new("request.fulfilled")
        .target("request", id)
        .detail(json!({
            "kind": kind.as_str(), "outcome": outcome, "records": ids.len(),
            "erased": erased, "kept": kept,
        }));
    close(txn, scope, meta, am, now, (closed_as, outcome), entry).await
}

/// What the person is told when a legal hold keeps their record.
const HOLD_REASON: &str =
    "the record must be kept because it is needed for a legal claim (GDPR Art. 17(3)(e))";

/// Closes an answered request as `state` with `outcome`: the address is no
/// longer needed and goes, its notices close, and `entry` is audited.
async fn close(
    txn: sea_orm::DatabaseTransaction,
    scope: &Scope,
    meta: &RequestMeta,
    mut am: data_request::ActiveModel,
    now: DateTime<Utc>,
    (state, outcome): (&str, &str),
    entry: Entry,
) -> Result<data_request::Model> {
    am.state = Set(state.to_owned());
    am.outcome = Set(Some(outcome.to_owned()));
    am.closed_at = Set(Some(now));
    am.closed_by = Set(Some(scope.audit_actor().1));
    am.email_sealed = Set(None);
    let updated = am.update(&txn).await?;
    crate::notifications::service::close_for_request(
        &txn,
        scope.tenant_id(),
        updated.id,
        now,
        "closed",
    )
    .await?;
    audit::append(&txn, scope.tenant_id(), scope.into(), meta, now, entry).await?;
    txn.commit().await?;
    Ok(updated)
}

/// The reason staff give, checked.
fn reason_of(reason: &str) -> Result<String> {
    let r = free_text(reason, 2000).map_err(|e| Error::invalid("reason", e.to_string()))?;
    if r.trim().is_empty() {
        return Err(Error::invalid("reason", "must not be empty"));
    }
    Ok(r)
}

/// Rejects an open request with a reason the person is told.
pub async fn reject(
    state: &AppState,
    scope: &Scope,
    meta: &RequestMeta,
    id: Uuid,
    reason: &str,
) -> Result<data_request::Model> {
    scope.require_for_a_right(Role::Staff)?;
    let reason = reason_of(reason)?;
    let now = state.clock.now();
    let tenant_name = tenant_name(state, scope.tenant_id()).await?;
    let txn = begin_write(&state.db.writer).await?;
    let row = open_for_change(&txn, scope, id, &[state::OPEN]).await?;
    if let Some(email) = open_email(state, &row).await? {
        tell(
            &txn,
            state,
            scope.tenant_id(),
            now,
            &email,
            "portal.rejected",
            json!({
                "message": "rejected", "kind": row.kind, "controller": tenant_name,
                "request_id": row.id, "reason": reason,
            }),
        )
        .await?;
    }
    let mut am = row.into_active_model();
    am.reason = Set(Some(reason));
    let entry = Entry::new("request.rejected").target("request", id);
    close(
        txn,
        scope,
        meta,
        am,
        now,
        (state::REJECTED, outcome::REJECTED),
        entry,
    )
    .await
}

/// Extends an open request by `months` (1 or 2) within its first month,
/// once, with a reason the person is told (Art. 12(3)).
pub async fn extend(
    state: &AppState,
    scope: &Scope,
    meta: &RequestMeta,
    id: Uuid,
    months: u32,
    reason: &str,
) -> Result<data_request::Model> {
    // Not while cancelled: every record is deleted at the purge, which no
    // new due date may outlast.
    scope.require(Role::Staff)?;
    let mut checks = crate::error::Checks::new();
    if !(1..=2).contains(&months) {
        checks.fail("months", "must be 1 or 2");
    }
    let reason = checks.take(
        "reason",
        reason_of(reason).map_err(|_| "must be given, up to 2000 characters"),
    );
    checks.finish()?;
    let reason = reason.expect("checked");
    let now = state.clock.now();
    let tenant_name = tenant_name(state, scope.tenant_id()).await?;
    let txn = begin_write(&state.db.writer).await?;
    let row = open_for_change(&txn, scope, id, &[state::OPEN]).await?;
    if row.extended_at.is_some() {
        return Err(Error::Conflict("the request was already extended".into()));
    }
    let first_month_ends = row
        .received_at
        .checked_add_months(Months::new(1))
        .expect("a month on is a date");
    if now >= first_month_ends {
        return Err(Error::Conflict(
            "a request can only be extended within the month after it was received".into(),
        ));
    }
    let due = first_month_ends
        .checked_add_months(Months::new(months))
        .expect("months on is a date");
    if let Some(email) = open_email(state, &row).await? {
        tell(
            &txn,
            state,
            scope.tenant_id(),
            now,
            &email,
            "portal.extended",
            json!({
                "message": "extended", "kind": row.kind, "controller": tenant_name,
                "request_id": row.id, "reason": reason, "due_at": due,
            }),
        )
        .await?;
    }
    let mut am = row.into_active_model();
    am.due_at = Set(Some(due));
    am.extended_at = Set(Some(now));
    am.extension_reason = Set(Some(reason));
    // Notices about the old date close; new ones come in time.
    am.noticed = Set(None);
    let updated = am.update(&txn).await?;
    crate::notifications::service::close_for_request(
        &txn,
        scope.tenant_id(),
        id,
        now,
        crate::notifications::service::reason::RESCHEDULED,
    )
    .await?;
    audit::append(
        &txn,
        scope.tenant_id(),
        scope.into(),
        meta,
        now,
        Entry::new("request.extended")
            .target("request", id)
            .detail(json!({ "months": months, "due_at": due })),
    )
    .await?;
    txn.commit().await?;
    Ok(updated)
}

async fn tenant_name(state: &AppState, tenant_id: Uuid) -> Result<String> {
    Ok(tenant_of(&state.db.main, tenant_id).await?.name)
}

/// The tenant row of `tenant_id`.
pub(super) async fn tenant_of<C: ConnectionTrait>(
    conn: &C,
    tenant_id: Uuid,
) -> Result<tenant::Model> {
    tenant::Entity::find_by_id(tenant_id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound("tenant"))
}

/// A download link that no longer works.
fn link_gone() -> Error {
    Error::Gone("this download link has expired or was used".into())
}

/// A file of a copy that was downloaded already (each downloads once).
fn already_downloaded() -> Error {
    Error::Gone("this file was already downloaded".into())
}

/// The files a copy's download link offers: a PDF and a JSON file per
/// matched record.
pub fn files(row: &data_request::Model) -> Vec<String> {
    (1..=matched_ids(row).len())
        .flat_map(|n| [format!("{n}/copy.pdf"), format!("{n}/export.json")])
        .collect()
}

/// The fulfilled copy request a download token belongs to, while it works.
pub async fn by_download_token(
    state: &AppState,
    slug: &str,
    token: &str,
) -> Result<(tenant::Model, data_request::Model)> {
    let tenant = portal_tenant(state, slug).await?;
    let row = data_request::Entity::find()
        .filter(data_request::Column::TenantId.eq(tenant.id))
        .filter(data_request::Column::DownloadTokenHash.eq(token_hash(token)))
        .one(&state.db.main)
        .await?
        .ok_or_else(link_gone)?;
    let downloaded = downloaded_of(&row);
    if row
        .download_expires_at
        .is_none_or(|t| t <= state.clock.now())
        || files(&row).iter().all(|f| downloaded.contains(f))
    {
        return Err(link_gone());
    }
    Ok((tenant, row))
}

pub fn downloaded_of(row: &data_request::Model) -> Vec<String> {
    row.downloaded
        .as_deref()
        .and_then(|s| serde_json::from_str(s).ok())
        .unwrap_or_default()
}

/// What file `file` of the download `token` holds: the copy of the record
/// it names, made now, with the request's ID on it. Nothing is claimed
/// yet: [`claim_download`] does that once the file is ready to send.
pub async fn prepare_download(
    state: &AppState,
    slug: &str,
    token: &str,
    file: &str,
) -> Result<(data_request::Model, crate::copy::content::CustomerCopy)> {
    let (tenant, row) = by_download_token(state, slug, token).await?;
    if !files(&row).iter().any(|f| f == file) {
        return Err(Error::NotFound("file"));
    }
    if downloaded_of(&row).iter().any(|f| f == file) {
        return Err(already_downloaded());
    }
    let n: usize = file
        .split('/')
        .next()
        .and_then(|n| n.parse().ok())
        .ok_or(Error::NotFound("file"))?;
    let customer_id = matched_ids(&row)[n - 1];
    let copy = crate::copy::content::gather(state, tenant.id, customer_id, Some(row.id))
        .await
        .map_err(|e| match e {
            Error::NotFound(_) | Error::Gone(_) => {
                Error::Gone("this record no longer exists".into())
            }
            other => other,
        })?;
    Ok((row, copy))
}

/// Marks `file` of `request` downloaded, once: a second claim is 410.
/// Claims of other files at the same moment do not get in the way.
pub async fn claim_download(
    state: &AppState,
    meta: &RequestMeta,
    request: &data_request::Model,
    file: &str,
) -> Result<()> {
    let (tenant_id, id) = (request.tenant_id, request.id);
    for _ in 0..5 {
        let row = data_request::Entity::find_by_id((tenant_id, id))
            .one(&state.db.main)
            .await?
            .ok_or_else(link_gone)?;
        let mut downloaded = downloaded_of(&row);
        if downloaded.iter().any(|f| f == file) {
            return Err(already_downloaded());
        }
        downloaded.push(file.to_owned());
        let now = state.clock.now();
        let txn = begin_write(&state.db.writer).await?;
        // Changed only if no one changed the list since it was read.
        let res = data_request::Entity::update_many()
            .col_expr(
                data_request::Column::Downloaded,
                sea_orm::sea_query::Expr::value(json!(downloaded).to_string()),
            )
            .filter(data_request::Column::TenantId.eq(tenant_id))
            .filter(data_request::Column::Id.eq(id))
            .filter(data_request::Column::Downloaded.eq(row.downloaded.clone()))
            .exec(&txn)
            .await?;
        if res.rows_affected != 1 {
            continue;
        }
        audit::append(
            &txn,
            tenant_id,
            Actor::Anonymous,
            &public_meta(meta),
            now,
            Entry::new("request.downloaded")
                .target("request", id)
                .detail(json!({ "file": file })),
        )
        .await?;
        txn.commit().await?;
        return Ok(());
    }
    Err(Error::Conflict(
        "the download is busy; try again in a moment".into(),
    ))
}

/// Removes unverified requests whose link has expired: they hold a sealed
/// address and nothing else of use.
pub async fn purge_unverified(state: &AppState) -> Result<u64> {
    let res = data_request::Entity::delete_many()
        .filter(data_request::Column::State.eq(state::UNVERIFIED))
        .filter(data_request::Column::VerifyExpiresAt.lt(state.clock.now()))
        .exec(&state.db.writer)
        .await?;
    Ok(res.rows_affected)
}

pub const DUE_SOON: TimeDelta = TimeDelta::days(7);
