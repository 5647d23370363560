//! Restriction of processing a request asked for (Art. 18) or staff put on
//! while deciding one (an objection to processing based on legitimate
//! interests): the records are restricted through the record's own
//! restriction, and the request remembers which. Such a restriction is
//! lifted only from its request, and only after the person is told
//! (Art. 18(3)): staff announce the lift with a reason and a notice period,
//! the person is emailed at once, and the requests runner lifts it on the
//! date. The request keeps the sealed address until then.

use chrono::{DateTime, TimeDelta, Utc};
use entity::data_request;
use entity::ids::{CustomerId, TenantId};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use serde_json::json;
use uuid::Uuid;

use super::service::*;
use crate::{
    audit::{self, Actor, Entry, Origin},
    auth::{Role, Scope},
    context::Services,
    customers::lifecycle::{Change, Flag, restricted_by_request, set_flag_in},
    db::begin_write,
    error::{Error, Result},
    values::free_text,
};

/// Whether an open request of its kind may have its records restricted at
/// once, while staff decide it (Art. 18(1)(d)). One line a kind.
pub fn restrictable_while_pending(row: &data_request::Model) -> bool {
    match row.kind {
        Kind::Objection => row.objection == Some(Objection::LegitimateInterests),
        // Contested accuracy: restricted while the correction is decided
        // (Art. 18(1)(a)).
        Kind::Rectification => true,
        _ => false,
    }
}

/// The records request `row` restricted.
pub fn restricted_ids(row: &data_request::Model) -> Vec<CustomerId> {
    row.restricted_ids
        .as_deref()
        .and_then(|s| serde_json::from_str(s).ok())
        .unwrap_or_default()
}

/// Whether a restriction request `row` granted (or put on while it was
/// pending) still stands.
pub fn stands(row: &data_request::Model) -> bool {
    row.restricted_ids.is_some() && row.lifted_at.is_none()
}

/// The longest notice before a lift, in days, and the default.
const MAX_NOTICE_DAYS: u32 = 30;
const DEFAULT_NOTICE_DAYS: u32 = 7;

/// Restricts each of `ids` not yet restricted, through the record's own
/// restriction (a reason naming the request, audited with it), in the
/// caller's transaction; returns the records the request now holds
/// restricted (those already restricted too).
pub(super) async fn restrict_records<C: ConnectionTrait>(
    txn: &C,
    state: &Services,
    (actor, meta): (Actor, &Origin),
    (tenant_id, request_id): (TenantId, Uuid),
    ids: &[CustomerId],
    now: DateTime<Utc>,
) -> Result<Vec<CustomerId>> {
    for id in ids {
        let row = crate::customers::service::lock_row(txn, tenant_id, *id).await?;
        if row.restricted {
            continue;
        }
        let change = Change {
            flag: Flag::Restricted,
            on: true,
            reason: Some(format!(
                "restricted on data-subject request {request_id} (GDPR Art. 18)"
            )),
            request: Some(request_id),
        };
        set_flag_in(txn, state, actor, meta, (tenant_id, *id), change, now).await?;
    }
    Ok(ids.to_vec())
}

/// The request `id` of the scope's tenant, locked for a change.
async fn lock<C: ConnectionTrait>(
    conn: &C,
    scope: &Scope,
    id: Uuid,
) -> Result<data_request::Model> {
    data_request::Entity::find_by_id((scope.tenant_id(), id))
        .lock_exclusive()
        .one(conn)
        .await?
        .ok_or(Error::NotFound("request"))
}

/// Restricts the records of an open request at once, while staff decide
/// it (an objection to processing based on legitimate interests: Art.
/// 18(1)(d)); remembered, so it is lifted only after the person is told.
pub async fn restrict_now(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    id: Uuid,
) -> Result<data_request::Model> {
    scope.require(Role::Staff)?;
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let row = lock(&txn, scope, id).await?;
    if row.state != State::Open {
        return Err(Error::Conflict(format!(
            "the request is {}; only an open request's records can be restricted while it is decided",
            row.state
        )));
    }
    if !restrictable_while_pending(&row) {
        return Err(Error::Conflict(
            "only the records of an objection to processing based on legitimate interests can be restricted while it is decided".into(),
        ));
    }
    if row.restricted_ids.is_some() {
        return Err(Error::Conflict(
            "the request's records were already restricted".into(),
        ));
    }
    let ids = still_held(state, scope.tenant_id(), &matched_ids(&row)).await?;
    if ids.is_empty() {
        return Err(Error::Conflict(
            "the request matched no record to restrict".into(),
        ));
    }
    let kept = restrict_records(
        &txn,
        state,
        (scope.into(), meta),
        (scope.tenant_id(), id),
        &ids,
        now,
    )
    .await?;
    let mut am = row.into_active_model();
    am.restricted_ids = Set(Some(json!(kept).to_string()));
    let updated = am.update(&txn).await?;
    let entry = Entry::new("request.restricted")
        .target("request", id)
        .detail(json!({ "records": kept.len() }));
    audit::append(&txn, scope.tenant_id(), scope.into(), meta, now, entry).await?;
    txn.commit().await?;
    Ok(updated)
}

/// Checks a lift's reason and notice, reporting both at once.
fn check_lift(reason: &str, notice_days: Option<u32>) -> Result<(String, u32)> {
    let mut checks = crate::error::Checks::new();
    let days = notice_days.unwrap_or(DEFAULT_NOTICE_DAYS);
    if days > MAX_NOTICE_DAYS {
        checks.fail("notice_days", "must be from 0 to 30");
    }
    let reason = checks.take(
        "reason",
        free_text(reason, 2000)
            .ok()
            .filter(|r| !r.trim().is_empty())
            .ok_or("must be given, up to 2000 characters"),
    );
    checks.finish()?;
    Ok((reason.expect("checked"), days))
}

/// Announces the lift of the restriction request `id` put on: the person
/// is emailed at once with the reason and the date (Art. 18(3)), and the
/// requests runner lifts it on that date, `notice_days` (0–30, 7 unless
/// given) from now.
pub async fn lift(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    id: Uuid,
    reason: &str,
    notice_days: Option<u32>,
) -> Result<data_request::Model> {
    scope.require(Role::Staff)?;
    let (reason, days) = check_lift(reason, notice_days)?;
    let now = state.clock.now();
    let tenant = tenant_of(&state.db.main, scope.tenant_id()).await?;
    let txn = begin_write(&state.db.writer).await?;
    let row = lock(&txn, scope, id).await?;
    if row.restricted_ids.is_none() {
        return Err(Error::Conflict(
            "the request restricted no record; there is no restriction to lift".into(),
        ));
    }
    if row.lifted_at.is_some() {
        return Err(Error::Conflict(
            "the request's restriction was already lifted".into(),
        ));
    }
    if let Some(at) = row.lift_at {
        return Err(Error::Conflict(format!(
            "the lift was already announced, for {}",
            at.to_rfc3339()
        )));
    }
    let lift_at = now + TimeDelta::days(days.into());
    if let Some(email) = open_email(state, &row).await? {
        let to = Requester {
            tenant: &tenant,
            row: &row,
        };
        let context = json!({
            "message": "lift_notice", "kind": row.kind, "request_id": row.id,
            "reason": reason, "lift_at": lift_at,
        });
        tell(&txn, state, to, now, &email, "portal.lift_notice", context).await?;
    }
    let mut am = row.into_active_model();
    am.lift_at = Set(Some(lift_at));
    let updated = am.update(&txn).await?;
    let entry = Entry::new("request.lift_announced")
        .target("request", id)
        .detail(json!({ "notice_days": days, "lift_at": lift_at }));
    audit::append(&txn, scope.tenant_id(), scope.into(), meta, now, entry).await?;
    txn.commit().await?;
    Ok(updated)
}

/// Lifts the restrictions whose announced date has come (at most 1,000 a
/// run): each record the request restricted is lifted unless another
/// request's restriction of it still stands, the lift is audited, and a
/// closed request's sealed address goes. Returns how many requests.
pub async fn lift_due(state: &Services) -> Result<u64> {
    let now = state.clock.now();
    let due: Vec<(TenantId, Uuid)> = data_request::Entity::find()
        .select_only()
        .column(data_request::Column::TenantId)
        .column(data_request::Column::Id)
        .filter(data_request::Column::LiftAt.lte(now))
        .filter(data_request::Column::LiftedAt.is_null())
        .order_by_asc(data_request::Column::LiftAt)
        .limit(1000)
        .into_tuple()
        .all(&state.db.main)
        .await?;
    let mut lifted = 0;
    for (tenant_id, id) in due {
        match lift_one(state, tenant_id, id, now).await {
            Ok(true) => lifted += 1,
            Ok(false) => {}
            Err(e) => {
                tracing::error!(request = %id, error = %crate::error::report(&e), "restriction not lifted; the next run retries");
            }
        }
    }
    Ok(lifted)
}

/// Lifts request `id`'s restriction, if it is still due.
async fn lift_one(
    state: &Services,
    tenant_id: TenantId,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<bool> {
    let meta = Origin::system();
    let txn = begin_write(&state.db.writer).await?;
    let Some(row) = data_request::Entity::find_by_id((tenant_id, id))
        .lock_exclusive()
        .one(&txn)
        .await?
        .filter(|r| r.lifted_at.is_none() && r.lift_at.is_some_and(|at| at <= now))
    else {
        return Ok(false);
    };
    let mut records = 0;
    for cid in restricted_ids(&row) {
        if restricted_by_request(&txn, tenant_id, cid, Some(id))
            .await?
            .is_some()
        {
            continue;
        }
        let Some(customer) = entity::customer::Entity::find_by_id((tenant_id, cid))
            .one(&txn)
            .await?
        else {
            continue; // erased meanwhile
        };
        if !customer.restricted {
            continue;
        }
        let change = Change {
            flag: Flag::Restricted,
            on: false,
            reason: None,
            request: Some(id),
        };
        set_flag_in(
            &txn,
            state,
            Actor::System,
            &meta,
            (tenant_id, cid),
            change,
            now,
        )
        .await?;
        records += 1;
    }
    let closed = matches!(row.state, State::Fulfilled | State::Rejected);
    let mut am = row.into_active_model();
    am.lifted_at = Set(Some(now));
    if closed {
        am.email_sealed = Set(None);
    }
    am.update(&txn).await?;
    let entry = Entry::new("request.restriction_lifted")
        .target("request", id)
        .detail(json!({ "records": records }));
    audit::append(&txn, tenant_id, Actor::System, &meta, now, entry).await?;
    txn.commit().await?;
    Ok(true)
}
