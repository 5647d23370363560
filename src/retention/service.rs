//! The tenant's retention policy, and keeping `expires_at` of completed
//! records in line with it.

use chrono::{DateTime, Utc};
use entity::ids::TenantId;
use entity::{customer, notification, retention_policy, tenant};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter,
    QuerySelect, Set, Statement,
    sea_query::{Expr, LockType, Query},
};
use serde_json::json;

use entity::customer::State;

use crate::{
    audit::Origin,
    audit::{self, Entry},
    auth::{Role, Scope},
    context::Services,
    db::begin_write,
    duration::IsoDuration,
    error::{Checks, Error, Result},
    notifications::service as notifications,
    values::Email,
};

/// What happens when a completed record's time is up.
#[derive(poem_openapi::Enum, Clone, Copy, Debug, PartialEq, Eq)]
#[oai(rename_all = "lowercase")]
pub enum Action {
    /// Tell the tenant (in the app, by email, by webhook), again until someone acts.
    Notify,
    /// Destroy the personal data; keep a non-personal skeleton for statistics.
    Anonymize,
    /// Destroy the record entirely.
    Shred,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Notify => "notify",
            Action::Anonymize => "anonymize",
            Action::Shred => "shred",
        }
    }

    pub fn parse(stored: &str) -> Result<Self> {
        Ok(match stored {
            "notify" => Action::Notify,
            "anonymize" => Action::Anonymize,
            "shred" => Action::Shred,
            other => {
                return Err(Error::internal(format!(
                    "unknown retention action {other:?}"
                )));
            }
        })
    }
}

/// A tenant's retention policy.
#[derive(Clone, Debug, PartialEq)]
pub struct Policy {
    /// How long a record lives after it is marked complete.
    pub expire_after: IsoDuration,
    pub action: Action,
    /// How often an expired record is brought up again until someone acts.
    pub remind_every: IsoDuration,
    /// Who gets digest emails; empty means the tenant's admins and owners.
    pub email_to: Vec<String>,
    /// Whether expiry is also announced by webhook.
    pub webhook: bool,
    /// When it was last set; `None` for the default.
    pub updated_at: Option<DateTime<Utc>>,
}

impl Default for Policy {
    /// A year after completion, then tell the admins weekly.
    fn default() -> Self {
        Self {
            expire_after: IsoDuration::from_secs(365 * 86_400),
            action: Action::Notify,
            remind_every: IsoDuration::from_secs(7 * 86_400),
            email_to: Vec::new(),
            webhook: false,
            updated_at: None,
        }
    }
}

/// The most addresses a policy may send digests to.
pub const MAX_RECIPIENTS: usize = 20;
/// Reminders more often than this would be noise.
const MIN_REMIND_SECS: u64 = 1;

impl TryFrom<retention_policy::Model> for Policy {
    type Error = Error;

    fn try_from(m: retention_policy::Model) -> Result<Self> {
        let secs = |v: i64| IsoDuration::from_secs(v.max(0) as u64);
        Ok(Self {
            expire_after: secs(m.expire_after_secs),
            action: Action::parse(&m.action)?,
            remind_every: secs(m.remind_every_secs),
            email_to: serde_json::from_str(&m.email_to)
                .map_err(|e| Error::internal_from("retention recipients unreadable", e))?,
            webhook: m.webhook,
            updated_at: Some(m.updated_at),
        })
    }
}

/// The policy in force for a tenant: its own, or the default.
pub async fn policy_of<C: ConnectionTrait>(conn: &C, tenant_id: TenantId) -> Result<Policy> {
    match retention_policy::Entity::find_by_id(tenant_id)
        .one(conn)
        .await?
    {
        Some(m) => m.try_into(),
        None => Ok(Policy::default()),
    }
}

pub async fn get(state: &Services, scope: &Scope) -> Result<Policy> {
    scope.require(Role::Admin)?;
    policy_of(&state.db.main, scope.tenant_id()).await
}

/// A policy as the caller sent it, before checking.
pub struct PolicyInput {
    pub expire_after: String,
    pub action: Action,
    pub remind_every: Option<String>,
    pub email_to: Option<Vec<String>>,
    pub webhook: Option<bool>,
}

fn duration(checks: &mut Checks, field: &str, text: &str, min_secs: u64) -> Option<IsoDuration> {
    let d = checks.take(field, text.parse::<IsoDuration>())?;
    if d.as_std().as_secs() < min_secs {
        checks.fail(field, format!("must be at least {min_secs} second"));
        return None;
    }
    Some(d)
}

/// A policy whose fields passed their checks.
struct CheckedPolicy {
    expire_after: IsoDuration,
    action: Action,
    remind_every: IsoDuration,
    email_to: Vec<String>,
    webhook: bool,
}

/// Sets the policy; when the period changes, every completed record of the
/// tenant gets its new `expires_at` in the same transaction, in one statement.
pub async fn put(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    input: PolicyInput,
) -> Result<Policy> {
    scope.require(Role::Admin)?;
    let checked = check_policy(input)?;

    let tenant_id = scope.tenant_id();
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    // The lock the job runner takes for this tenant's work: a policy change
    // waits for a run in progress, and a run waits for the change.
    tenant::Entity::find_by_id(tenant_id)
        .lock(LockType::NoKeyUpdate)
        .one(&txn)
        .await?;
    let (old, new) = store_policy(&txn, tenant_id, &checked, now).await?;
    let recomputed = reschedule_records(&txn, tenant_id, &old, &new, now).await?;
    let entry = change_entry(&old, &new, recomputed);
    audit::append(&txn, tenant_id, scope.into(), meta, now, entry).await?;
    txn.commit().await?;
    Ok(new)
}

/// Checks the periods and the digest recipients, dropping repeated addresses;
/// every field with a problem is reported at once.
fn check_policy(input: PolicyInput) -> Result<CheckedPolicy> {
    let mut checks = Checks::new();
    let expire_after = duration(&mut checks, "expire_after", &input.expire_after, 1);
    let remind_every = match &input.remind_every {
        Some(text) => duration(&mut checks, "remind_every", text, MIN_REMIND_SECS),
        None => Some(Policy::default().remind_every),
    };
    let given = input.email_to.unwrap_or_default();
    if given.len() > MAX_RECIPIENTS {
        checks.fail(
            "email_to",
            format!("must list at most {MAX_RECIPIENTS} addresses"),
        );
    }
    let mut email_to: Vec<String> = Vec::new();
    for (i, address) in given.iter().enumerate() {
        if let Some(email) = checks.take(&format!("email_to[{i}]"), Email::parse(address))
            && !email_to.iter().any(|e| e == email.as_str())
        {
            email_to.push(email.as_str().to_owned());
        }
    }
    checks.finish()?;
    Ok(CheckedPolicy {
        expire_after: expire_after.expect("checked"),
        action: input.action,
        remind_every: remind_every.expect("checked"),
        email_to,
        webhook: input.webhook.unwrap_or(false),
    })
}

/// Writes the tenant's policy row, inserting it the first time; returns the
/// policy in force before and the one saved.
async fn store_policy<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    checked: &CheckedPolicy,
    now: DateTime<Utc>,
) -> Result<(Policy, Policy)> {
    let stored = retention_policy::Entity::find_by_id(tenant_id)
        .one(conn)
        .await?;
    let old = match &stored {
        Some(m) => Policy::try_from(m.clone())?,
        None => Policy::default(),
    };
    let row = retention_policy::ActiveModel {
        tenant_id: Set(tenant_id),
        expire_after_secs: Set(checked.expire_after.as_std().as_secs() as i64),
        action: Set(checked.action.as_str().to_owned()),
        remind_every_secs: Set(checked.remind_every.as_std().as_secs() as i64),
        email_to: Set(serde_json::to_string(&checked.email_to).expect("strings serialise")),
        webhook: Set(checked.webhook),
        updated_at: Set(now),
    };
    // Every column is set, so the same row serves as the update or the insert.
    let model = match stored {
        Some(_) => row.update(conn).await?,
        None => row.insert(conn).await?,
    };
    Ok((old, Policy::try_from(model)?))
}

/// Brings the tenant's completed records in line with the new policy: new
/// expiry dates when the period changed, and the records waiting for a
/// decision handed to the runner when the policy stops only notifying.
/// Returns how many records were rescheduled.
async fn reschedule_records<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    old: &Policy,
    new: &Policy,
    now: DateTime<Utc>,
) -> Result<u64> {
    let mut recomputed = if new.expire_after != old.expire_after {
        recompute_expiry(conn, tenant_id, new.expire_after, now).await?
    } else {
        0
    };
    if old.action == Action::Notify && new.action != Action::Notify {
        recomputed += hand_over_waiting(conn, tenant_id).await?;
    }
    Ok(recomputed)
}

/// The audit entry for a policy change: the policy before and after, and how
/// many records it rescheduled.
fn change_entry(old: &Policy, new: &Policy, recomputed: u64) -> Entry {
    let described = |p: &Policy| {
        json!({
            "expire_after": p.expire_after.to_string(),
            "action": p.action.as_str(),
            "remind_every": p.remind_every.to_string(),
            "recipients": p.email_to.len(),
            "webhook": p.webhook,
        })
    };
    Entry::new("retention.changed").detail(json!({
        "old": described(old),
        "new": described(new),
        "records_rescheduled": recomputed,
    }))
}

/// Sets `expires_at = completed_at + period` for every completed record of
/// the tenant, in one statement, and reschedules the runner's look at each:
/// a record not yet brought up is due at its new expiry; one already brought
/// up is due again only if the new period moved its expiry into the future,
/// and then its open notice closes as rescheduled.
async fn recompute_expiry<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    period: IsoDuration,
    now: DateTime<Utc>,
) -> Result<u64> {
    let secs = period.as_std().as_secs() as i64;
    let backend = conn.get_database_backend();
    let statement = match backend {
        DbBackend::Postgres => Statement::from_sql_and_values(
            backend,
            "UPDATE customers SET expires_at = completed_at + make_interval(secs => $1), \
             due_at = CASE WHEN legal_hold OR restricted THEN NULL \
               WHEN due_at IS NOT NULL OR completed_at + make_interval(secs => $1) > $3 \
               THEN completed_at + make_interval(secs => $1) ELSE NULL END \
             WHERE tenant_id = $2 AND state = 'complete'",
            [secs.into(), tenant_id.into(), now.into()],
        ),
        // The same text form the driver writes (RFC 3339 in UTC), so that
        // stored and bound times compare correctly.
        _ => {
            // Whole seconds are added, so the fraction and offset of
            // `completed_at` (from character 20 on) carry over unchanged.
            let expiry = "(strftime('%Y-%m-%dT%H:%M:%S', completed_at, '+' || ?1 || ' seconds') \
                          || substr(completed_at, 20))";
            Statement::from_sql_and_values(
                backend,
                format!(
                    "UPDATE customers SET expires_at = {expiry}, \
                     due_at = CASE WHEN legal_hold OR restricted THEN NULL \
                       WHEN due_at IS NOT NULL OR {expiry} > ?3 THEN {expiry} ELSE NULL END \
                     WHERE tenant_id = ?2 AND state = 'complete'"
                ),
                [secs.into(), tenant_id.into(), now.into()],
            )
        }
    };
    let rescheduled = conn.execute_raw(statement).await?.rows_affected();
    let now_in_future = Query::select()
        .column(customer::Column::Id)
        .from(customer::Entity)
        .and_where(customer::Column::TenantId.eq(tenant_id))
        .and_where(customer::Column::State.eq(State::Complete))
        .and_where(customer::Column::ExpiresAt.gt(now))
        .to_owned();
    notifications::closing(now, notifications::reason::RESCHEDULED)
        .filter(notification::Column::TenantId.eq(tenant_id))
        .filter(notification::Column::Kind.eq(notifications::NoticeKind::Expired))
        .filter(notification::Column::CustomerId.in_subquery(now_in_future))
        .exec(conn)
        .await?;
    Ok(rescheduled)
}

/// When the policy starts acting by itself, the records still waiting for a
/// decision (an open expiry notice) are due again, so the runner acts on
/// them too. Returns how many.
async fn hand_over_waiting<C: ConnectionTrait>(conn: &C, tenant_id: TenantId) -> Result<u64> {
    let waiting = Query::select()
        .column(notification::Column::CustomerId)
        .from(notification::Entity)
        .and_where(notification::Column::TenantId.eq(tenant_id))
        .and_where(notification::Column::Kind.eq(notifications::NoticeKind::Expired))
        .and_where(notification::Column::ClosedAt.is_null())
        .to_owned();
    Ok(customer::Entity::update_many()
        .col_expr(
            customer::Column::DueAt,
            Expr::col(customer::Column::ExpiresAt),
        )
        .filter(customer::Column::TenantId.eq(tenant_id))
        .filter(customer::Column::State.eq(State::Complete))
        .filter(customer::Column::LegalHold.eq(false))
        .filter(customer::Column::Restricted.eq(false))
        .filter(customer::Column::DueAt.is_null())
        .filter(customer::Column::Id.in_subquery(waiting))
        .exec(conn)
        .await?
        .rows_affected)
}

/// What a period would mean, before it is saved.
pub struct Preview {
    /// When a record completed now would expire.
    pub completed_now_expires: DateTime<Utc>,
    /// How many complete records would be past their period at once.
    pub expired_now: u64,
    /// How many of those are not expired under the policy in force.
    pub newly_expired: u64,
}

/// What `period` (ISO 8601) would do to the tenant's records now.
pub async fn preview(state: &Services, scope: &Scope, period: &str) -> Result<Preview> {
    use sea_orm::PaginatorTrait;
    scope.require(Role::Admin)?;
    let mut checks = Checks::new();
    let period = duration(&mut checks, "expire_after", period, 1);
    checks.finish()?;
    let period = period.expect("checked").as_chrono();
    let now = state.clock.now();
    let complete = || {
        customer::Entity::find()
            .filter(customer::Column::TenantId.eq(scope.tenant_id()))
            .filter(customer::Column::State.eq(State::Complete))
            .filter(customer::Column::CompletedAt.lte(now - period))
    };
    let expired_now = complete().count(&state.db.main).await?;
    let already = complete()
        .filter(customer::Column::ExpiresAt.lte(now))
        .count(&state.db.main)
        .await?;
    Ok(Preview {
        completed_now_expires: now + period,
        expired_now,
        newly_expired: expired_now.saturating_sub(already),
    })
}

/// When a record completed at `completed_at` expires under `policy`.
pub fn expiry(policy: &Policy, completed_at: DateTime<Utc>) -> DateTime<Utc> {
    completed_at + policy.expire_after.as_chrono()
}
