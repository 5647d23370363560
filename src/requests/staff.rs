//! The staff side of a request: answering, rejecting or extending one
//! (the queue itself is `queue.rs`).

use chrono::{DateTime, Months, Utc};
use entity::data_request;
use entity::ids::CustomerId;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QuerySelect, Set,
};
use serde_json::json;
use uuid::Uuid;

use crate::{
    audit::Origin,
    audit::{self, Entry},
    auth::{Role, Scope},
    context::Services,
    crypto::random_secret,
    db::begin_write,
    erasure::{self, Kind as Erasure, service::Outcome},
    error::{Error, Result},
    values::free_text,
};

use super::service::*;

pub async fn get(state: &Services, scope: &Scope, id: Uuid) -> Result<data_request::Model> {
    // A read, also on the way to answering a request while cancelled.
    scope.require_for_a_right(Role::Staff)?;
    data_request::Entity::find_by_id((scope.tenant_id(), id))
        .one(&state.db.main)
        .await?
        .ok_or(Error::NotFound("request"))
}

/// The open request `id`, locked for the change the caller makes.
pub(super) async fn open_for_change<C: ConnectionTrait>(
    conn: &C,
    scope: &Scope,
    id: Uuid,
    allowed: &[State],
) -> Result<data_request::Model> {
    let row = data_request::Entity::find_by_id((scope.tenant_id(), id))
        .lock_exclusive()
        .one(conn)
        .await?
        .ok_or(Error::NotFound("request"))?;
    if !allowed.contains(&row.state) {
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
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    id: Uuid,
) -> Result<data_request::Model> {
    scope.require_for_a_right(Role::Staff)?;
    let row = get(state, scope, id).await?;
    let kind = row.kind;
    if kind == Kind::Erasure {
        scope.require_for_a_right(Role::Admin)?;
    }
    // An erasure a stopped fulfilment left under way is finished, not refused.
    let resuming = row.state == State::Fulfilling;
    if row.state != State::Open && !resuming {
        return Err(Error::Conflict(format!(
            "the request is {}; only open requests can be fulfilled",
            row.state
        )));
    }
    if kind == Kind::Rectification {
        return Err(Error::Conflict(
            "a rectification is decided detail by detail: POST /api/v1/requests/{id}/rectification"
                .into(),
        ));
    }
    let ids = matched_ids(&row);
    let done = match kind {
        Kind::Copy | Kind::Portability => Done::Copy {
            covered: still_held(state, scope.tenant_id(), &ids).await?,
        },
        Kind::Erasure => erase_matched(state, scope, meta, id, &ids, resuming).await?,
        Kind::Objection => Done::Stopped {
            restricted: still_held(state, scope.tenant_id(), &ids).await?,
        },
        Kind::Restriction => Done::Restricted {
            held: still_held(state, scope.tenant_id(), &ids).await?,
        },
        Kind::WithdrawConsent => unreachable!("withdrawals are fulfilled on verification"),
        Kind::Rectification => unreachable!("refused above"),
    };
    answer(state, scope, meta, &row, ids.len(), done).await
}

/// What fulfilling did to the records a request matched.
enum Done {
    /// The records a copy covers: those still held.
    Copy { covered: Vec<CustomerId> },
    /// How many records were erased, and how many a legal hold kept.
    Erasure { erased: usize, kept: usize },
    /// An objection to processing based on legitimate interests answered
    /// by stopping it: the records now restricted (Art. 21(1)).
    Stopped { restricted: Vec<CustomerId> },
    /// A restriction request granted: the records still held, to restrict
    /// (Art. 18).
    Restricted { held: Vec<CustomerId> },
}

/// Shreds the records of erasure request `id`, unless one of them is on
/// legal hold: then the request is refused as a whole.
async fn erase_matched(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    id: Uuid,
    ids: &[CustomerId],
    resuming: bool,
) -> Result<Done> {
    let tenant_id = scope.tenant_id();
    if ids.is_empty() {
        return Ok(Done::Erasure { erased: 0, kept: 0 });
    }
    if !resuming {
        let held = entity::customer::Entity::find()
            .filter(entity::customer::Column::TenantId.eq(tenant_id))
            .filter(entity::customer::Column::Id.is_in(ids.iter().copied()))
            .filter(entity::customer::Column::LegalHold.eq(true))
            .one(&state.db.main)
            .await?;
        if held.is_some() {
            return Ok(Done::Erasure {
                erased: 0,
                kept: ids.len(),
            });
        }
        // Claimed first, so no rejection or extension can cross it.
        let claimed = data_request::Entity::update_many()
            .col_expr(
                data_request::Column::State,
                sea_orm::sea_query::Expr::value(State::Fulfilling),
            )
            .filter(data_request::Column::TenantId.eq(tenant_id))
            .filter(data_request::Column::Id.eq(id))
            .filter(data_request::Column::State.eq(State::Open))
            .exec(&state.db.writer)
            .await?;
        if claimed.rows_affected != 1 {
            return Err(Error::Conflict(
                "the request changed meanwhile; look at it again".into(),
            ));
        }
    }
    let done =
        erasure::service::erase_ids(state, tenant_id, scope.into(), meta, ids, Erasure::Shred)
            .await?;
    let (mut erased, mut kept) = (0, 0);
    for (cid, o) in &done {
        match o {
            Outcome::Erased(_) | Outcome::AlreadyShredded | Outcome::NotFound => erased += 1,
            // Put on hold since the check above.
            Outcome::OnHold => kept += 1,
            Outcome::AlreadyAnonymized => {
                return Err(Error::internal(format!(
                    "shredding {cid} reported it as anonymized"
                )));
            }
        }
    }
    Ok(Done::Erasure { erased, kept })
}

/// Closes request `row` after [`fulfil`] did `done` to its `matched`
/// records, and tells the person: a download link, "we hold no data", the
/// erasure, or the refusal and its reason.
async fn answer(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    row: &data_request::Model,
    matched: usize,
    done: Done,
) -> Result<data_request::Model> {
    let tenant_id = scope.tenant_id();
    let kind = row.kind;
    let email = open_email(state, row).await?;
    let now = state.clock.now();
    let tenant = tenant_of(&state.db.main, tenant_id).await?;
    let txn = begin_write(&state.db.writer).await?;
    let row = open_for_change(&txn, scope, row.id, &[State::Open, State::Fulfilling]).await?;
    let mut am = row.clone().into_active_model();
    let (erased, kept) = match done {
        Done::Erasure { erased, kept } => (erased, kept),
        Done::Copy { .. } | Done::Stopped { .. } | Done::Restricted { .. } => (0, 0),
    };
    let (outcome, message) = match done {
        Done::Copy { covered } if covered.is_empty() => (outcome::NO_DATA, "no_data"),
        Done::Copy { covered } => {
            let email = email.as_deref();
            offer_copy(&txn, state, &tenant, &row, email, now, &mut am, covered).await?;
            (outcome::COPY_SENT, "")
        }
        Done::Erasure { .. } => erasure_outcome(matched, erased, kept),
        Done::Stopped { restricted } => {
            stop_processing(&txn, scope, meta, row.id, &restricted, now).await?;
            (outcome::PROCESSING_STOPPED, "processing_stopped")
        }
        Done::Restricted { held } if held.is_empty() => (outcome::NO_DATA, "no_data"),
        Done::Restricted { held } => {
            let kept = super::restriction::restrict_records(
                &txn,
                state,
                (scope.into(), meta),
                (tenant_id, row.id),
                &held,
                now,
            )
            .await?;
            am.restricted_ids = Set(Some(json!(kept).to_string()));
            (outcome::RESTRICTED, "restricted")
        }
    };
    if matches!(message, "refused_hold" | "erased_partly") {
        let sealed = seal_said(state, tenant_id, row.id, Said::Reason, HOLD_REASON).await?;
        am.reason_sealed = Set(Some(sealed));
    }
    if !message.is_empty()
        && let Some(email) = &email
    {
        let context = json!({
            "message": message, "kind": kind.as_str(),
            "request_id": row.id,
        });
        let mail_kind = mail_kind_of(message);
        let to = Requester {
            tenant: &tenant,
            row: &row,
        };
        tell(&txn, state, to, now, email, mail_kind, context).await?;
    }
    let closed_as = match outcome {
        outcome::REFUSED_HOLD => State::Rejected,
        _ => State::Fulfilled,
    };
    let entry = Entry::new("request.fulfilled")
        .target("request", row.id)
        .detail(json!({
            "kind": kind.as_str(), "outcome": outcome, "records": matched,
            "erased": erased, "kept": kept,
        }));
    close(txn, scope, meta, am, now, (closed_as, outcome), entry).await
}

/// Offers the person a copy of the `covered` records: a download link,
/// valid for the portal's download time, recorded on the request and
/// mailed to them if their address can still be read.
#[allow(clippy::too_many_arguments)]
async fn offer_copy(
    txn: &sea_orm::DatabaseTransaction,
    state: &Services,
    tenant: &entity::tenant::Model,
    row: &data_request::Model,
    email: Option<&str>,
    now: DateTime<Utc>,
    am: &mut data_request::ActiveModel,
    covered: Vec<CustomerId>,
) -> Result<()> {
    let token = random_secret(32);
    let expires = now + state.config.portal.download_ttl.as_chrono();
    am.customer_ids = Set(Some(json!(covered).to_string()));
    am.download_token_hash = Set(Some(token_hash(&token)));
    am.download_expires_at = Set(Some(expires));
    am.downloaded = Set(Some("[]".into()));
    if let Some(email) = email {
        let link = format!(
            "{}/portal/{}/download/{token}",
            state.config.public_url(),
            tenant.slug
        );
        // A copy is a PDF and the full JSON; the portable data are the
        // files another controller can take in.
        let message = match row.kind {
            Kind::Portability => "data_ready",
            _ => "copy_ready",
        };
        let context = json!({
            "message": message, "request_id": row.id,
            "link": link, "expires_at": expires,
        });
        let to = Requester { tenant, row };
        let mail_kind = match row.kind {
            Kind::Portability => "portal.data_ready",
            _ => "portal.copy_ready",
        };
        tell(txn, state, to, now, email, mail_kind, context).await?;
    }
    Ok(())
}

/// The outcome of an erasure request that matched `matched` records, of
/// which `erased` were erased and `kept` kept by a legal hold, and the
/// message the person gets.
fn erasure_outcome(matched: usize, erased: usize, kept: usize) -> (&'static str, &'static str) {
    match (matched, erased, kept) {
        (0, _, _) => (outcome::NO_DATA, "no_data"),
        (_, 0, kept) if kept > 0 => (outcome::REFUSED_HOLD, "refused_hold"),
        (_, _, kept) if kept > 0 => (outcome::ERASED_PARTLY, "erased_partly"),
        _ => (outcome::ERASED, "erased"),
    }
}

/// The email that tells the person `message`.
fn mail_kind_of(message: &str) -> &'static str {
    match message {
        "no_data" => "portal.no_data",
        "refused_hold" => "portal.refused",
        "processing_stopped" => "portal.processing_stopped",
        "restricted" => "portal.restricted",
        _ => "portal.erased",
    }
}

/// Stops the processing an objection was made to: the records are
/// restricted (Art. 18(1)(d), 21(1)), each audited with the request.
async fn stop_processing(
    txn: &sea_orm::DatabaseTransaction,
    scope: &Scope,
    meta: &Origin,
    request_id: Uuid,
    ids: &[CustomerId],
    now: DateTime<Utc>,
) -> Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    entity::customer::Entity::update_many()
        .col_expr(
            entity::customer::Column::Restricted,
            sea_orm::sea_query::Expr::value(true),
        )
        .filter(entity::customer::Column::TenantId.eq(scope.tenant_id()))
        .filter(entity::customer::Column::Id.is_in(ids.iter().copied()))
        .exec(txn)
        .await?;
    let entries = ids
        .iter()
        .map(|id| {
            Entry::new("customer.processing_stopped")
                .target("customer", *id)
                .detail(json!({ "request_id": request_id }))
        })
        .collect();
    let actor = audit::Actor::from(scope);
    audit::append_many(txn, scope.tenant_id(), actor, meta, now, entries).await?;
    Ok(())
}

/// What the person is told when a legal hold keeps their record.
const HOLD_REASON: &str =
    "the record must be kept because it is needed for a legal claim (GDPR Art. 17(3)(e))";

/// Closes an answered request as `state` with `outcome`: the address is no
/// longer needed and goes (unless a restriction the request put on stands:
/// the person is told before it is lifted), its notices close, and `entry`
/// is audited.
pub(super) async fn close(
    txn: sea_orm::DatabaseTransaction,
    scope: &Scope,
    meta: &Origin,
    mut am: data_request::ActiveModel,
    now: DateTime<Utc>,
    (state, outcome): (State, &str),
    entry: Entry,
) -> Result<data_request::Model> {
    am.state = Set(state);
    am.outcome = Set(Some(outcome.to_owned()));
    am.closed_at = Set(Some(now));
    am.closed_by = Set(Some(scope.audit_actor().1));
    let restriction_stands =
        am.restricted_ids.clone().unwrap().is_some() && am.lifted_at.clone().unwrap().is_none();
    if !restriction_stands {
        am.email_sealed = Set(None);
    }
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
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    id: Uuid,
    reason: &str,
) -> Result<data_request::Model> {
    scope.require_for_a_right(Role::Staff)?;
    let reason = reason_of(reason)?;
    let now = state.clock.now();
    let tenant = tenant_of(&state.db.main, scope.tenant_id()).await?;
    let txn = begin_write(&state.db.writer).await?;
    let row = open_for_change(&txn, scope, id, &[State::Open]).await?;
    if let Some(email) = open_email(state, &row).await? {
        tell(
            &txn,
            state,
            Requester {
                tenant: &tenant,
                row: &row,
            },
            now,
            &email,
            "portal.rejected",
            json!({
                "message": "rejected", "kind": row.kind,
                "request_id": row.id, "reason": reason,
            }),
        )
        .await?;
    }
    let sealed = seal_said(state, scope.tenant_id(), id, Said::Reason, &reason).await?;
    let mut am = row.into_active_model();
    am.reason_sealed = Set(Some(sealed));
    let entry = Entry::new("request.rejected").target("request", id);
    close(
        txn,
        scope,
        meta,
        am,
        now,
        (State::Rejected, outcome::REJECTED),
        entry,
    )
    .await
}

/// Extends an open request by `months` (1 or 2) within its first month,
/// once, with a reason the person is told (Art. 12(3)).
pub async fn extend(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    id: Uuid,
    months: u32,
    reason: &str,
) -> Result<data_request::Model> {
    // Not while cancelled: every record is deleted at the purge, which no
    // new due date may outlast.
    scope.require(Role::Staff)?;
    let reason = check_extension(months, reason)?;
    let now = state.clock.now();
    let tenant = tenant_of(&state.db.main, scope.tenant_id()).await?;
    let txn = begin_write(&state.db.writer).await?;
    let row = open_for_change(&txn, scope, id, &[State::Open]).await?;
    let due = extended_due(&row, now, months)?;
    if let Some(email) = open_email(state, &row).await? {
        tell(
            &txn,
            state,
            Requester {
                tenant: &tenant,
                row: &row,
            },
            now,
            &email,
            "portal.extended",
            json!({
                "message": "extended", "kind": row.kind,
                "request_id": row.id, "reason": reason, "due_at": due,
            }),
        )
        .await?;
    }
    let sealed = seal_said(state, scope.tenant_id(), id, Said::Extension, &reason).await?;
    let updated = save_extension(&txn, row, due, now, sealed).await?;
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

/// Checks the months and the reason of an extension, reporting both at once;
/// returns the reason.
fn check_extension(months: u32, reason: &str) -> Result<String> {
    let mut checks = crate::error::Checks::new();
    if !(1..=2).contains(&months) {
        checks.fail("months", "must be 1 or 2");
    }
    let reason = checks.take(
        "reason",
        reason_of(reason).map_err(|_| "must be given, up to 2000 characters"),
    );
    checks.finish()?;
    Ok(reason.expect("checked"))
}

/// The new due date of request `row` extended by `months`, counted from a
/// month after it was received; refused if it was extended before or that
/// first month is over.
fn extended_due(
    row: &data_request::Model,
    now: DateTime<Utc>,
    months: u32,
) -> Result<DateTime<Utc>> {
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
    Ok(first_month_ends
        .checked_add_months(Months::new(months))
        .expect("months on is a date"))
}

/// Stores the extension on the request: the new due date, when and why.
async fn save_extension(
    txn: &sea_orm::DatabaseTransaction,
    row: data_request::Model,
    due: DateTime<Utc>,
    now: DateTime<Utc>,
    sealed_reason: Vec<u8>,
) -> Result<data_request::Model> {
    let mut am = row.into_active_model();
    am.due_at = Set(Some(due));
    am.extended_at = Set(Some(now));
    am.extension_reason_sealed = Set(Some(sealed_reason));
    // Notices about the old date close; new ones come in time.
    am.noticed = Set(None);
    Ok(am.update(txn).await?)
}
