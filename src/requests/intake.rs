//! The portal side of a request: taking it, matching the address and
//! sending the verification link, and following that link.

use chrono::{DateTime, Months, Utc};
use entity::ids::{CustomerId, TenantId};
use entity::{data_request, notification, outbox_event};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use serde::Serialize;
use serde_json::json;
use uuid::Uuid;

use crate::{
    audit::Origin,
    audit::{self, Actor, Entry},
    auth::throttle::{self, Keys},
    consent,
    context::Services,
    crypto::random_secret,
    customers::service as customers,
    db::begin_write,
    error::{Error, Result},
    notifications::service::{NoticeKind, Subject, new_notice},
    values::Email,
};

use super::service::*;

/// Records a request, whatever the address: the same work and the same
/// answer for anyone, so neither the answer nor its timing tells who is a
/// customer. Matching the address and sending the verification link come
/// after, in [`dispatch`].
pub async fn submit(
    state: &Services,
    meta: &Origin,
    slug: &str,
    form: Submission<'_>,
) -> Result<()> {
    let tenant = portal_tenant(state, slug).await?;
    let mut checks = crate::error::Checks::new();
    let email = checks.take("email", Email::parse(form.email));
    let kind = checks.take(
        "kind",
        Kind::parse(form.kind).ok_or(
            "must be copy, erasure, withdraw_consent, portability, objection, rectification or restriction",
        ),
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
        kind: Set(kind),
        state: Set(State::Unverified),
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
        language: Set(Some(form.lang.tag().to_owned())),
        objection: Set(None),
        details_sealed: Set(None),
        reference: Set(None),
        reason_sealed: Set(None),
        extension_reason_sealed: Set(None),
        ground: Set(None),
        restricted_ids: Set(None),
        lift_at: Set(None),
        lifted_at: Set(None),
        identity_how_sealed: Set(None),
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
pub async fn dispatch(state: &Services, tenant_id: TenantId, id: Uuid) -> Result<()> {
    let Some(row) = data_request::Entity::find_by_id((tenant_id, id))
        .filter(data_request::Column::State.eq(State::Unverified))
        .filter(data_request::Column::VerifyTokenHash.is_null())
        .one(&state.db.main)
        .await?
    else {
        return Ok(());
    };
    let Some(email) = open_email(state, &row).await? else {
        return Ok(());
    };
    let known = !crate::customers::search::ids_by_email(state, tenant_id, &email, 1)
        .await?
        .is_empty();
    let txn = begin_write(&state.db.writer).await?;
    let pending = || {
        data_request::Entity::update_many()
            .filter(data_request::Column::TenantId.eq(tenant_id))
            .filter(data_request::Column::Id.eq(id))
            .filter(data_request::Column::State.eq(State::Unverified))
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
    // The request reaches a person now: it gets its reference, which every
    // email about it quotes (numbered once: the claim above is single).
    let (reference, tenant) = match &row.reference {
        Some(r) => (r.clone(), tenant_of(&txn, tenant_id).await?),
        None => number(&txn, tenant_id, state.clock.now()).await?,
    };
    data_request::Entity::update_many()
        .col_expr(
            data_request::Column::Reference,
            sea_orm::sea_query::Expr::value(Some(reference.clone())),
        )
        .filter(data_request::Column::TenantId.eq(tenant_id))
        .filter(data_request::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    let row = data_request::Model {
        reference: Some(reference),
        ..row
    };
    let link = format!(
        "{}/portal/{}/verify/{token}",
        state.config.public_url(),
        tenant.slug
    );
    tell(
        &txn,
        state,
        Requester {
            tenant: &tenant,
            row: &row,
        },
        state.clock.now(),
        &email,
        "portal.verify",
        json!({
            "message": "verify", "kind": row.kind,
            "link": link, "expires_at": row.verify_expires_at, "request_id": id,
        }),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Dispatches the new requests [`submit`] could not (at most 1,000 a run).
pub async fn dispatch_pending(state: &Services) -> Result<u64> {
    let pending: Vec<(TenantId, Uuid)> = data_request::Entity::find()
        .select_only()
        .column(data_request::Column::TenantId)
        .column(data_request::Column::Id)
        .filter(data_request::Column::State.eq(State::Unverified))
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
    /// Waiting for identity, the person may upload an identity document
    /// (the organisation takes them).
    pub may_upload: bool,
}

/// The unverified request `token` confirms, or 410 when the link was used,
/// has expired or never existed.
async fn by_verify_token<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    token: &str,
    now: DateTime<Utc>,
) -> Result<data_request::Model> {
    data_request::Entity::find()
        .filter(data_request::Column::TenantId.eq(tenant_id))
        .filter(data_request::Column::VerifyTokenHash.eq(token_hash(token)))
        .filter(data_request::Column::State.eq(State::Unverified))
        .filter(data_request::Column::VerifyExpiresAt.gt(now))
        .one(conn)
        .await?
        .ok_or_else(|| LINK_USED.error())
}

/// Checks a verification link without using it (the page that asks the
/// person to confirm).
pub async fn check_verify_token(state: &Services, slug: &str, token: &str) -> Result<Kind> {
    let tenant = portal_tenant(state, slug).await?;
    let row = by_verify_token(&state.db.main, tenant.id, token, state.clock.now()).await?;
    Ok(row.kind)
}

/// Follows a verification link: a withdrawal is applied at once; a copy or
/// erasure request goes to the staff queue, due a month after it was made.
pub async fn verify(
    state: &Services,
    meta: &Origin,
    slug: &str,
    token: &str,
    details: Details,
) -> Result<Verified> {
    let tenant = portal_tenant(state, slug).await?;
    let now = state.clock.now();
    let row = by_verify_token(&state.db.main, tenant.id, token, now).await?;
    let kind = row.kind;
    let Details {
        objection,
        grounds,
        ground,
        details,
        proposed,
        note,
    } = details;
    let said = Details {
        objection,
        grounds,
        ground,
        details,
        ..Default::default()
    }
    .check(kind)?;
    // A rectification's proposal is checked as the record's write path
    // would check it; refused, the request stays unverified.
    let proposal = match kind {
        Kind::Rectification => Some(
            super::rectification::check_proposal(
                &state.db.main,
                tenant.id,
                proposed.unwrap_or_default(),
                note,
            )
            .await?,
        ),
        _ if proposed.as_ref().is_some_and(|p| !p.is_empty())
            || note.as_deref().is_some_and(|n| !n.trim().is_empty()) =>
        {
            return Err(Error::invalid(
                "proposed",
                "only a rectification request proposes corrections",
            ));
        }
        _ => None,
    };
    let email = open_email(state, &row)
        .await?
        .ok_or_else(|| CLOSED_UNCONFIRMED.error())?;
    let matched =
        crate::customers::search::ids_by_email(state, tenant.id, &email, MAX_MATCHES).await?;

    let txn = begin_write(&state.db.writer).await?;
    // Using the token is what makes it single-use: the row changes only if
    // it is still unverified with this token.
    let mut am = data_request::ActiveModel {
        verified_at: Set(Some(now)),
        customer_ids: Set(Some(json!(matched).to_string())),
        ..Default::default()
    };
    let confirmed = Confirmed {
        tenant: &tenant,
        row: &row,
        email: &email,
        matched: &matched,
        now,
    };
    let (objected_to, ground) = match &said {
        Said::Objection(o, _) => (Some(o.as_str()), None),
        Said::Restriction(g, _) => (None, Some(g.as_str())),
        Said::Nothing => (None, None),
    };
    let (state_now, due_at) = match (kind, said) {
        (Kind::WithdrawConsent, _) => {
            withdraw_on_verify(&txn, state, meta, &confirmed, &mut am).await?
        }
        (Kind::Objection, Said::Objection(Objection::Marketing, _)) => {
            am.objection = Set(Some(Objection::Marketing));
            object_on_verify(&txn, state, meta, &confirmed, &mut am).await?
        }
        (Kind::Objection, Said::Objection(Objection::LegitimateInterests, grounds)) => {
            let key = state.keys.tenant_key(tenant.id).await?;
            let sealed = key.seal(grounds.as_bytes(), &details_aad(tenant.id, row.id));
            am.objection = Set(Some(Objection::LegitimateInterests));
            am.details_sealed = Set(Some(sealed));
            queue_on_verify(&txn, state, &confirmed, &mut am).await?
        }
        (Kind::Rectification, _) => {
            let proposal = proposal.expect("checked: a rectification proposes");
            let sealed = super::rectification::seal(state, tenant.id, row.id, &proposal).await?;
            am.details_sealed = Set(Some(sealed));
            queue_on_verify(&txn, state, &confirmed, &mut am).await?
        }
        (Kind::Restriction, Said::Restriction(ground, details)) => {
            if let Some(details) = details {
                let key = state.keys.tenant_key(tenant.id).await?;
                let sealed = key.seal(details.as_bytes(), &details_aad(tenant.id, row.id));
                am.details_sealed = Set(Some(sealed));
            }
            am.ground = Set(Some(ground));
            queue_on_verify(&txn, state, &confirmed, &mut am).await?
        }
        (Kind::Objection | Kind::Restriction, _) => {
            unreachable!("checked: an objection or a restriction says what it is about")
        }
        (Kind::Copy | Kind::Erasure | Kind::Portability, _) => {
            queue_on_verify(&txn, state, &confirmed, &mut am).await?
        }
    };
    let res = data_request::Entity::update_many()
        .set(am)
        .filter(data_request::Column::TenantId.eq(tenant.id))
        .filter(data_request::Column::Id.eq(row.id))
        .filter(data_request::Column::State.eq(State::Unverified))
        .filter(data_request::Column::VerifyTokenHash.eq(token_hash(token)))
        .exec(&txn)
        .await?;
    if res.rows_affected != 1 {
        return Err(LINK_USED.error());
    }
    // Staff hear of a request that waits for them at once: one notice for
    // the team (the next requests run adds its digest line), and connected
    // tools get `request.received`.
    if matches!(state_now, State::Open | State::Identity) {
        let notice = match state_now {
            State::Identity => NoticeKind::RequestIdentity,
            _ => NoticeKind::RequestReceived,
        };
        notification::Entity::insert(new_notice(
            tenant.id,
            notice,
            Subject::Request(row.id),
            now,
            None,
        ))
        .exec_without_returning(&txn)
        .await?;
        outbox_event::Entity::insert(crate::outbox::tenant_event(
            tenant.id,
            crate::outbox::EventType::RequestReceived,
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
            .detail(json!({
                "kind": kind.as_str(), "matched": matched.len(),
                "objection": objected_to, "ground": ground,
            })),
    )
    .await?;
    txn.commit().await?;
    Ok(Verified {
        request_id: row.id,
        kind: kind.as_str(),
        state: state_now.as_str(),
        due_at,
        may_upload: state_now == State::Identity && tenant.identity_documents,
    })
}

/// What the person says on the page behind the link: for an objection,
/// what it is to and, for one to processing based on legitimate interests,
/// their grounds; for a rectification, the corrected value of each wrong
/// detail (by field: `name`, `email`, …, `fields.<key>`) and an
/// explanation; for a restriction, its ground and, if they like, a few
/// words more. Other kinds take nothing.
#[derive(Default)]
pub struct Details {
    pub objection: Option<String>,
    pub grounds: Option<String>,
    pub proposed: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    pub note: Option<String>,
    /// For a restriction: `contests_accuracy`, `unlawful`, `legal_claims`
    /// or `objected`.
    pub ground: Option<String>,
    /// For a restriction: anything the person adds (optional).
    pub details: Option<String>,
}

/// What [`Details::check`] found the person said.
enum Said {
    Nothing,
    /// What the objection is to, and the grounds (empty for marketing).
    Objection(Objection, String),
    /// The ground of a restriction, and what they added.
    Restriction(Ground, Option<String>),
}

/// The longest grounds of an objection, in characters.
const MAX_GROUNDS: usize = 5000;

/// Trimmed, and none when blank.
fn written(text: Option<String>) -> Option<String> {
    text.map(|g| g.trim().to_owned()).filter(|g| !g.is_empty())
}

impl Details {
    fn check(self, kind: Kind) -> Result<Said> {
        let grounds = written(self.grounds);
        let details = written(self.details);
        if kind != Kind::Restriction && (self.ground.is_some() || details.is_some()) {
            return Err(Error::invalid(
                "ground",
                "only a restriction request gives a ground",
            ));
        }
        if kind != Kind::Objection && (self.objection.is_some() || grounds.is_some()) {
            return Err(Error::invalid(
                "objection",
                "only an objection request says what it objects to",
            ));
        }
        match kind {
            Kind::Objection => {}
            Kind::Restriction => {
                let ground = self
                    .ground
                    .as_deref()
                    .and_then(Ground::parse)
                    .ok_or_else(|| {
                        Error::invalid(
                            "ground",
                            "must be contests_accuracy, unlawful, legal_claims or objected",
                        )
                    })?;
                if details
                    .as_ref()
                    .is_some_and(|d| d.chars().count() > MAX_GROUNDS)
                {
                    return Err(Error::invalid("details", "must be at most 5000 characters"));
                }
                return Ok(Said::Restriction(ground, details));
            }
            _ => return Ok(Said::Nothing),
        }
        let to = self
            .objection
            .as_deref()
            .and_then(Objection::parse)
            .ok_or_else(|| {
                Error::invalid("objection", "must be marketing or legitimate_interests")
            })?;
        let grounds = match (to, grounds) {
            (Objection::Marketing, _) => String::new(),
            (Objection::LegitimateInterests, None) => {
                return Err(Error::invalid(
                    "grounds",
                    "say why you object, in a sentence or more",
                ));
            }
            (Objection::LegitimateInterests, Some(g)) if g.chars().count() > MAX_GROUNDS => {
                return Err(Error::invalid("grounds", "must be at most 5000 characters"));
            }
            (Objection::LegitimateInterests, Some(g)) => g,
        };
        Ok(Said::Objection(to, grounds))
    }
}

/// A confirmed objection to direct marketing is applied at once: every
/// marketing purpose withdrawn (connected tools hear of it), each matched
/// record marked as objecting, and the person told.
async fn object_on_verify<C: ConnectionTrait>(
    conn: &C,
    state: &Services,
    meta: &Origin,
    c: &Confirmed<'_>,
    am: &mut data_request::ActiveModel,
) -> Result<(State, Option<DateTime<Utc>>)> {
    let (tenant, now) = (c.tenant, c.now);
    let key = crate::outbox::key_of(state, tenant.id).await?;
    let withdrawn = withdraw_consent(
        conn, state, &key, c.email, tenant.id, c.row.id, c.matched, meta, now,
    )
    .await?;
    if !c.matched.is_empty() {
        entity::customer::Entity::update_many()
            .col_expr(
                entity::customer::Column::ObjectsToMarketingAt,
                sea_orm::sea_query::Expr::value(Some(now)),
            )
            .filter(entity::customer::Column::TenantId.eq(tenant.id))
            .filter(entity::customer::Column::Id.is_in(c.matched.iter().copied()))
            .exec(conn)
            .await?;
        let entries = c.matched.iter().map(|id| {
            Entry::new("customer.objected_to_marketing")
                .target("customer", *id)
                .detail(json!({ "request_id": c.row.id }))
        });
        audit::append_many(
            conn,
            tenant.id,
            Actor::Anonymous,
            &public_meta(meta),
            now,
            entries.collect(),
        )
        .await?;
    }
    am.state = Set(State::Fulfilled);
    am.closed_at = Set(Some(now));
    let outcome = match c.matched.is_empty() {
        true => outcome::NO_DATA,
        false => outcome::OBJECTED,
    };
    am.outcome = Set(Some(outcome.to_owned()));
    am.email_sealed = Set(None);
    let lang = language_of(c.row, tenant);
    let default = crate::i18n::Lang::parse(&tenant.default_language);
    let words = crate::consent::purposes::Words::load(conn, tenant.id, default).await?;
    let labels: Vec<String> = withdrawn.iter().map(|p| words.of(p, lang).label).collect();
    let context = json!({
        "message": "objected", "request_id": c.row.id,
        "matched": !c.matched.is_empty(), "purposes": labels,
    });
    tell(
        conn,
        state,
        c.requester(),
        now,
        c.email,
        "portal.objected",
        context,
    )
    .await?;
    Ok((State::Fulfilled, None))
}

/// A request whose link was just followed, with what [`verify`] found.
struct Confirmed<'a> {
    tenant: &'a entity::tenant::Model,
    row: &'a data_request::Model,
    email: &'a str,
    matched: &'a [CustomerId],
    now: DateTime<Utc>,
}

impl Confirmed<'_> {
    fn requester(&self) -> Requester<'_> {
        Requester {
            tenant: self.tenant,
            row: self.row,
        }
    }
}

/// A confirmed withdrawal is applied at once and the person is told.
async fn withdraw_on_verify<C: ConnectionTrait>(
    conn: &C,
    state: &Services,
    meta: &Origin,
    c: &Confirmed<'_>,
    am: &mut data_request::ActiveModel,
) -> Result<(State, Option<DateTime<Utc>>)> {
    let (tenant, now) = (c.tenant, c.now);
    let key = crate::outbox::key_of(state, tenant.id).await?;
    let withdrawn = withdraw_consent(
        conn, state, &key, c.email, tenant.id, c.row.id, c.matched, meta, now,
    )
    .await?;
    am.state = Set(State::Fulfilled);
    am.closed_at = Set(Some(now));
    let outcome = match c.matched.is_empty() {
        true => outcome::NO_DATA,
        false => outcome::WITHDRAWN,
    };
    am.outcome = Set(Some(outcome.to_owned()));
    am.email_sealed = Set(None);
    // The purposes in the person's words, in the language of the request.
    let lang = language_of(c.row, tenant);
    let default = crate::i18n::Lang::parse(&tenant.default_language);
    let words = crate::consent::purposes::Words::load(conn, tenant.id, default).await?;
    let labels: Vec<String> = withdrawn.iter().map(|p| words.of(p, lang).label).collect();
    let context = json!({
        "message": "withdrawn", "request_id": c.row.id,
        "matched": !c.matched.is_empty(), "purposes": labels,
    });
    tell(
        conn,
        state,
        c.requester(),
        now,
        c.email,
        "portal.withdrawn",
        context,
    )
    .await?;
    Ok((State::Fulfilled, None))
}

/// A confirmed copy or erasure request goes to the staff queue, due a
/// month after it was made, and the person is told.
async fn queue_on_verify<C: ConnectionTrait>(
    conn: &C,
    state: &Services,
    c: &Confirmed<'_>,
    am: &mut data_request::ActiveModel,
) -> Result<(State, Option<DateTime<Utc>>)> {
    let due = c
        .row
        .received_at
        .checked_add_months(Months::new(1))
        .expect("a month from now is a date");
    // A kind the tenant has staff confirm the identity for waits for that
    // first; the clock runs from receipt all the same (Art. 12(3)).
    let objection = match &am.objection {
        sea_orm::ActiveValue::Set(o) | sea_orm::ActiveValue::Unchanged(o) => *o,
        sea_orm::ActiveValue::NotSet => None,
    };
    let waits = super::identity::needs_identity(c.tenant, c.row.kind, objection);
    let state_now = match waits {
        true => State::Identity,
        false => State::Open,
    };
    am.state = Set(state_now);
    am.due_at = Set(Some(due));
    let context = json!({
        "message": "received", "kind": c.row.kind.as_str(),
        "request_id": c.row.id, "due_at": due,
    });
    tell(
        conn,
        state,
        c.requester(),
        c.now,
        c.email,
        "portal.received",
        context,
    )
    .await?;
    Ok((state_now, Some(due)))
}

/// Withdraws every purpose each of `ids` has currently given (source
/// `portal`), each audited on its record as staff changes are; returns the
/// purposes withdrawn.
#[allow(clippy::too_many_arguments)]
async fn withdraw_consent<C: ConnectionTrait>(
    conn: &C,
    state: &Services,
    outbox_key: &crate::crypto::Key,
    email: &str,
    tenant_id: TenantId,
    request_id: Uuid,
    ids: &[CustomerId],
    meta: &Origin,
    now: DateTime<Utc>,
) -> Result<Vec<String>> {
    use consent::service::{Author, Basis, Choice, NewDecision, Source};
    let current = consent::service::current(conn, tenant_id, ids).await?;
    let mut withdrawn = std::collections::BTreeSet::new();
    let mut entries = Vec::new();
    for (customer_id, purposes) in current {
        let given: Vec<String> = purposes
            .into_iter()
            .filter_map(|(purpose, granted)| granted.then_some(purpose))
            .collect();
        if given.is_empty() {
            continue;
        }
        let customer = customers::lock_row(conn, tenant_id, customer_id).await?;
        for purpose in given {
            let choice = Choice {
                purpose: &purpose,
                granted: false,
                basis: Basis::Consent,
                source: Source::Portal,
                author: Author::Request(request_id),
                at: now,
            };
            let decision = NewDecision {
                customer: &customer,
                choice,
                evidence: None,
                email: Some(email),
                fresh_consent: false,
            };
            let written = consent::service::write(conn, &state.keys, outbox_key, decision).await?;
            entries.push(written.entry);
            withdrawn.insert(purpose);
        }
    }
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

/// Removes unverified requests whose link has expired: they hold a sealed
/// address and nothing else of use.
pub async fn purge_unverified(state: &Services) -> Result<u64> {
    let res = data_request::Entity::delete_many()
        .filter(data_request::Column::State.eq(State::Unverified))
        .filter(data_request::Column::VerifyExpiresAt.lt(state.clock.now()))
        .exec(&state.db.writer)
        .await?;
    Ok(res.rows_affected)
}
