//! A record's lifecycle: restriction and legal hold (flags), and
//! completing and reopening it (steps), which set when it expires.

use chrono::{DateTime, Utc};
use entity::customer;
use entity::ids::CustomerId;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
use serde_json::json;

use super::Personal;
use super::service::*;
use crate::{
    audit::Origin,
    audit::{self, Entry},
    auth::{Role, Scope},
    context::Services,
    db::begin_write,
    error::{Error, Result},
    notifications::service as notifications,
    values::free_text,
};

/// When the job runner must next look at a record: at its expiry, while it is
/// complete and neither on legal hold nor restricted; otherwise never.
pub(crate) fn due_at(row: &customer::Model) -> Option<chrono::DateTime<chrono::Utc>> {
    (row.state == State::Complete && !row.legal_hold && !row.restricted)
        .then_some(row.expires_at)
        .flatten()
}

/// The two switches on a record that stop things happening to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flag {
    /// Art. 18: stored and readable, but not edited, annotated or processed.
    Restricted,
    /// Art. 17(3)(e): must not be erased.
    LegalHold,
}

impl Flag {
    fn role(self) -> Role {
        match self {
            Flag::Restricted => Role::Staff,
            Flag::LegalHold => Role::Admin,
        }
    }

    /// Whether `row` has the flag, and the words for it.
    fn of(self, row: &customer::Model) -> (bool, &'static str) {
        match self {
            Flag::Restricted => (row.restricted, "restricted"),
            Flag::LegalHold => (row.legal_hold, "on legal hold"),
        }
    }

    /// `row` with the flag set to `on`.
    fn set(self, row: &customer::Model, on: bool) -> customer::Model {
        match self {
            Flag::Restricted => customer::Model {
                restricted: on,
                ..row.clone()
            },
            Flag::LegalHold => customer::Model {
                legal_hold: on,
                ..row.clone()
            },
        }
    }

    /// Keeps `reason` in the sealed record; returns the column and the
    /// audit action of the change.
    fn record(
        self,
        personal: &mut Personal,
        on: bool,
        reason: Option<String>,
    ) -> (customer::Column, &'static str) {
        let (column, [off_action, on_action], slot) = match self {
            Flag::Restricted => (
                customer::Column::Restricted,
                ["customer.restriction_lifted", "customer.restricted"],
                &mut personal.restriction_reason,
            ),
            Flag::LegalHold => (
                customer::Column::LegalHold,
                ["customer.hold_released", "customer.hold_placed"],
                &mut personal.hold_reason,
            ),
        };
        *slot = if on { reason } else { None };
        (column, if on { on_action } else { off_action })
    }
}

/// Turns a flag on (with a reason) or off; bumps the version, audits it.
/// A restriction a data-subject request granted is lifted from that request
/// (the person is told first, Art. 18(3)), not here.
pub async fn set_flag(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    id: CustomerId,
    flag: Flag,
    on: bool,
    reason: Option<&str>,
) -> Result<Customer> {
    scope.require(flag.role())?;
    let reason = match (on, reason) {
        (true, None) => return Err(Error::invalid("reason", "is required when turning this on")),
        (_, Some(r)) => {
            Some(free_text(r, 500).map_err(|e| Error::invalid("reason", e.to_string()))?)
        }
        (false, None) => None,
    };
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    if let (Flag::Restricted, false) = (flag, on)
        && let Some(request) = restricted_by_request(&txn, scope.tenant_id(), id, None).await?
    {
        return Err(Error::Conflict(format!(
            "the restriction was granted on request {request}; lift it from that request \
             (POST /api/v1/requests/{request}/lift) so the person is told first"
        )));
    }
    let change = Change {
        flag,
        on,
        reason,
        request: None,
    };
    let (row, personal) = set_flag_in(
        &txn,
        state,
        scope.into(),
        meta,
        (scope.tenant_id(), id),
        change,
        now,
    )
    .await?;
    txn.commit().await?;
    present_one(state, scope, Customer::opened(row, personal)).await
}

/// The request whose restriction of record `id` still stands, if any, but
/// for request `except`.
pub(crate) async fn restricted_by_request<C: sea_orm::ConnectionTrait>(
    conn: &C,
    tenant_id: entity::ids::TenantId,
    id: CustomerId,
    except: Option<uuid::Uuid>,
) -> Result<Option<uuid::Uuid>> {
    use entity::data_request;
    // The IDs are kept as a JSON array: a textual match finds the
    // candidates, the parsed list decides.
    let rows = data_request::Entity::find()
        .filter(data_request::Column::TenantId.eq(tenant_id))
        .filter(data_request::Column::RestrictedIds.contains(id.to_string()))
        .filter(data_request::Column::LiftedAt.is_null())
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .filter(|r| Some(r.id) != except)
        .find(|r| {
            r.restricted_ids
                .as_deref()
                .and_then(|s| serde_json::from_str::<Vec<CustomerId>>(s).ok())
                .is_some_and(|ids| ids.contains(&id))
        })
        .map(|r| r.id))
}

/// A flag turned on or off, with why, and the request that asked for it.
pub(crate) struct Change {
    pub flag: Flag,
    pub on: bool,
    pub reason: Option<String>,
    /// The data-subject request the change is made for, audited with it.
    pub request: Option<uuid::Uuid>,
}

/// Turns a flag of record `id` on or off in the caller's transaction, by
/// `actor`: bumps the version, keeps the reason sealed, audits it (with the
/// request, if any); 409 when the flag is already so.
pub(crate) async fn set_flag_in<C: sea_orm::ConnectionTrait>(
    txn: &C,
    state: &Services,
    actor: audit::Actor,
    meta: &Origin,
    (tenant_id, id): (entity::ids::TenantId, CustomerId),
    change: Change,
    now: DateTime<Utc>,
) -> Result<(customer::Model, Personal)> {
    let Change {
        flag,
        on,
        reason,
        request,
    } = change;
    let row = lock_row(txn, tenant_id, id).await?;
    let (current, what) = flag.of(&row);
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
    let (column, action) = flag.record(&mut personal, on, reason);
    let version = row.version + 1;
    let sealed = personal.seal(&key, row.tenant_id, row.id);
    let flagged = flag.set(&row, on);
    let due = due_after_flag(txn, &row, &flagged, flag, on, now).await?;
    customer::Entity::update_many()
        .col_expr(customer::Column::DueAt, Expr::value(due))
        .col_expr(column, Expr::value(on))
        .col_expr(customer::Column::Sealed, Expr::value(sealed.clone()))
        .col_expr(customer::Column::Version, Expr::value(version))
        .col_expr(customer::Column::UpdatedAt, Expr::value(now))
        .filter(customer::Column::TenantId.eq(row.tenant_id))
        .filter(customer::Column::Id.eq(row.id))
        .exec(txn)
        .await?;
    let detail = match request {
        Some(r) => json!({ "version": version, "request_id": r }),
        None => json!({ "version": version }),
    };
    let entry = Entry::new(action).target("customer", id).detail(detail);
    audit::append(txn, tenant_id, actor, meta, now, entry).await?;
    let row = customer::Model {
        sealed,
        version,
        updated_at: now,
        due_at: due,
        ..flagged
    };
    Ok((row, personal))
}

/// When the job runner looks at `row` again after `flag` turned `on`.
/// A hold closes the expiry notice: someone decided to keep the record.
/// Lifting a hold resumes expiry from the original date; lifting a
/// restriction does too, unless the expiry was already brought up.
async fn due_after_flag<C: sea_orm::ConnectionTrait>(
    conn: &C,
    row: &customer::Model,
    flagged: &customer::Model,
    flag: Flag,
    on: bool,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>> {
    let due = due_at(flagged);
    if let (Flag::LegalHold, true) = (flag, on) {
        notifications::close_for_customer(
            conn,
            row.tenant_id,
            row.id,
            notifications::NoticeKind::Expired,
            notifications::reason::HELD,
            now,
        )
        .await?;
    }
    // Under `notify` a record already brought up is not brought up twice;
    // under `anonymize` or `shred` the policy acts on it now.
    if let (Flag::Restricted, false, Some(completed_at)) = (flag, on, row.completed_at)
        && due.is_some()
        && crate::retention::service::policy_of(conn, row.tenant_id)
            .await?
            .action
            == crate::retention::Action::Notify
        && notifications::expiry_noticed_since(conn, row.tenant_id, row.id, completed_at).await?
    {
        return Ok(None);
    }
    Ok(due)
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
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    id: CustomerId,
    step: Step,
) -> Result<Customer> {
    scope.require(Role::Staff)?;
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let row = lock_for_change(&txn, scope, id).await?;
    let to = step_target(&row, step)?;
    let (completed_at, expires_at) = step_dates(&txn, &row, step, now).await?;
    let stepped = customer::Model {
        state: to,
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
            notifications::NoticeKind::Expired,
            notifications::reason::REOPENED,
            now,
        )
        .await?;
    }
    let version = row.version + 1;
    write_step(&txn, &stepped, due, version, now).await?;
    let entry = step_entry(step, version, expires_at).target("customer", id);
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

/// The state `row` moves to under `step`, or a conflict when the record
/// is not in the state the step starts from.
fn step_target(row: &customer::Model, step: Step) -> Result<State> {
    let (from, to) = match step {
        Step::Complete => (State::Active, State::Complete),
        Step::Reopen => (State::Complete, State::Active),
    };
    if row.state != from {
        let only = match step {
            Step::Complete => "only an active record can be completed",
            Step::Reopen => "only a complete record can be reopened",
        };
        return Err(Error::Conflict(format!(
            "the record is {}; {only}",
            row.state
        )));
    }
    Ok(to)
}

/// `completed_at` and `expires_at` after `step`: now and the expiry under
/// the tenant's policy when completing, neither when reopening.
async fn step_dates<C: sea_orm::ConnectionTrait>(
    conn: &C,
    row: &customer::Model,
    step: Step,
    now: DateTime<Utc>,
) -> Result<(Option<DateTime<Utc>>, Option<DateTime<Utc>>)> {
    Ok(match step {
        Step::Complete => {
            let policy = crate::retention::service::policy_of(conn, row.tenant_id).await?;
            (
                Some(now),
                Some(crate::retention::service::expiry(&policy, now)),
            )
        }
        Step::Reopen => (None, None),
    })
}

/// Saves the record's new state and dates, when it is next due and its
/// next version.
async fn write_step<C: sea_orm::ConnectionTrait>(
    conn: &C,
    stepped: &customer::Model,
    due: Option<DateTime<Utc>>,
    version: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    customer::Entity::update_many()
        .col_expr(customer::Column::DueAt, Expr::value(due))
        .col_expr(customer::Column::State, Expr::value(stepped.state.as_str()))
        .col_expr(
            customer::Column::CompletedAt,
            Expr::value(stepped.completed_at),
        )
        .col_expr(customer::Column::ExpiresAt, Expr::value(stepped.expires_at))
        .col_expr(customer::Column::Version, Expr::value(version))
        .col_expr(customer::Column::UpdatedAt, Expr::value(now))
        .filter(customer::Column::TenantId.eq(stepped.tenant_id))
        .filter(customer::Column::Id.eq(stepped.id))
        .exec(conn)
        .await?;
    Ok(())
}

/// The audit entry of `step`; completing names the new expiry.
fn step_entry(step: Step, version: i64, expires_at: Option<DateTime<Utc>>) -> Entry {
    match step {
        Step::Complete => Entry::new("customer.completed")
            .detail(json!({ "version": version, "expires_at": expires_at })),
        Step::Reopen => Entry::new("customer.reopened").detail(json!({ "version": version })),
    }
}
