//! Tasks on a record ("follow up in March"): a due date, an assignee (a
//! user of the tenant) and a short text sealed under the customer's key, as
//! a note is, so erasure takes it with the record. When one comes due, the
//! job runner raises one notice for its assignee.

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use entity::ids::{CustomerId, TenantId, UserId};
use entity::{notification, task, user};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
    sea_query::Expr,
};
use serde::Serialize;
use serde_json::json;
use uuid::Uuid;

use super::service::{find, lock_for_change, record_read};
use crate::{
    audit::{self, Entry, Origin},
    auth::{Role, Scope},
    context::Services,
    crypto::Key,
    db::begin_write,
    error::{Checks, Error, Result},
    notifications::service::{NoticeKind, Subject, closing, new_notice},
    values::free_text,
};

/// The longest task text.
pub const TEXT_MAX: usize = 500;
/// How far ahead a task may be due.
const HORIZON_DAYS: i64 = 3653;
/// Due tasks noticed per run; the rest wait a tick.
const SCAN: u64 = 1000;

fn aad(tenant_id: TenantId, customer_id: CustomerId, id: Uuid) -> Vec<u8> {
    format!("task:{tenant_id}:{customer_id}:{id}").into_bytes()
}

/// A new task as asked for: unchecked.
pub struct NewTask {
    pub text: String,
    /// `YYYY-MM-DD` (the start of that day, UTC) or an RFC 3339 time.
    pub due: String,
    pub assignee: Option<Uuid>,
}

/// A due date as given: a calendar day or a moment.
fn parse_due(given: &str, now: DateTime<Utc>) -> std::result::Result<DateTime<Utc>, &'static str> {
    let given = given.trim();
    if given.is_empty() {
        return Err("is required: the day the task is due");
    }
    let due = match NaiveDate::parse_from_str(given, "%Y-%m-%d") {
        Ok(day) => day.and_hms_opt(0, 0, 0).expect("midnight exists").and_utc(),
        Err(_) => DateTime::parse_from_rfc3339(given)
            .map_err(|_| "must be a date (YYYY-MM-DD) or a date and time (RFC 3339)")?
            .with_timezone(&Utc),
    };
    if due.date_naive() < now.date_naive() {
        return Err("must not be in the past");
    }
    if due > now + TimeDelta::days(HORIZON_DAYS) {
        return Err("must be within ten years");
    }
    Ok(due)
}

/// The tenant's active users, by name: who may be given a task.
pub async fn assignable<C: sea_orm::ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
) -> Result<Vec<(UserId, String)>> {
    Ok(user::Entity::find()
        .select_only()
        .column(user::Column::Id)
        .column(user::Column::Name)
        .filter(user::Column::TenantId.eq(tenant_id))
        .filter(user::Column::Disabled.eq(false))
        .order_by_asc(user::Column::Name)
        .into_tuple()
        .all(conn)
        .await?)
}

/// A task, opened.
#[derive(Clone, Debug, Serialize)]
pub struct Task {
    pub id: Uuid,
    pub customer_id: CustomerId,
    pub assignee_id: UserId,
    pub due_at: DateTime<Utc>,
    pub text: String,
    pub created_by_kind: String,
    pub created_by: Uuid,
    pub created_at: DateTime<Utc>,
    pub done_at: Option<DateTime<Utc>>,
    pub done_by: Option<Uuid>,
}

fn open(row: task::Model, key: &Key) -> Result<Task> {
    let plain = key
        .open(&row.sealed, &aad(row.tenant_id, row.customer_id, row.id))
        .map_err(|e| Error::internal_from(format!("task {}", row.id), e))?;
    let text = String::from_utf8(plain.to_vec())
        .map_err(|_| Error::internal(format!("task {} is not text", row.id)))?;
    Ok(Task {
        id: row.id,
        customer_id: row.customer_id,
        assignee_id: row.assignee_id,
        due_at: row.due_at,
        text,
        created_by_kind: row.created_by_kind,
        created_by: row.created_by,
        created_at: row.created_at,
        done_at: row.done_at,
        done_by: row.done_by,
    })
}

/// Adds a task to a record; refused while its processing is restricted.
pub async fn add(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    customer_id: CustomerId,
    input: &NewTask,
) -> Result<Task> {
    scope.require(Role::Staff)?;
    let now = state.clock.now();
    let tenant_id = scope.tenant_id();
    // A record the caller cannot see is not there, whatever the input.
    find(state, scope, customer_id).await?;
    let mut checks = Checks::new();
    let text = checks.take("text", free_text(&input.text, TEXT_MAX));
    let due = checks.take("due_at", parse_due(&input.due, now));
    let assignee = match input.assignee {
        None => {
            checks.fail("assignee_id", "is required: the user who will do the task");
            None
        }
        Some(id) => {
            let known = assignable(&state.db.main, tenant_id)
                .await?
                .into_iter()
                .any(|(u, _)| u.uuid() == id);
            if !known {
                checks.fail("assignee_id", "is not an active user of this organisation");
            }
            Some(UserId::from(id))
        }
    };
    checks.finish()?;
    let (text, due, assignee) = (
        text.expect("checked"),
        due.expect("checked"),
        assignee.expect("checked"),
    );
    let txn = begin_write(&state.db.writer).await?;
    let customer = lock_for_change(&txn, scope, customer_id).await?;
    super::service::refuse_anonymized(&customer)?;
    let key = state.keys.customer_key(tenant_id, customer_id).await?;
    let id = Uuid::now_v7();
    let (by_kind, by) = scope.audit_actor();
    let row = task::ActiveModel {
        tenant_id: Set(tenant_id),
        id: Set(id),
        customer_id: Set(customer_id),
        assignee_id: Set(assignee),
        due_at: Set(due),
        sealed: Set(key.seal(text.as_bytes(), &aad(tenant_id, customer_id, id))),
        created_by_kind: Set(by_kind.to_owned()),
        created_by: Set(by),
        created_at: Set(now),
        done_at: Set(None),
        done_by: Set(None),
        noticed_at: Set(None),
    }
    .insert(&txn)
    .await?;
    let entry = Entry::new("customer.task_added")
        .target("customer", customer_id)
        .detail(json!({ "task": id, "assignee": assignee, "due_at": due }));
    audit::append(&txn, tenant_id, scope.into(), meta, now, entry).await?;
    txn.commit().await?;
    open(row, &key)
}

/// The record's tasks: open ones first, soonest due first, then done ones.
/// The read is audited.
pub async fn list(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    customer_id: CustomerId,
) -> Result<Vec<Task>> {
    let tasks = of_record(state, scope, customer_id).await?;
    record_read(
        state,
        scope,
        meta,
        Entry::new("customer.tasks_read").target("customer", customer_id),
    )
    .await?;
    Ok(tasks)
}

/// As [`list`], for a page whose view of the record is audited already.
pub(crate) async fn of_record(
    state: &Services,
    scope: &Scope,
    customer_id: CustomerId,
) -> Result<Vec<Task>> {
    scope.require(Role::Viewer)?;
    let customer = find(state, scope, customer_id).await?;
    let rows = task::Entity::find()
        .filter(task::Column::TenantId.eq(scope.tenant_id()))
        .filter(task::Column::CustomerId.eq(customer_id))
        .order_by_asc(task::Column::DueAt)
        .all(&state.db.main)
        .await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let key = state
        .keys
        .customer_key(customer.tenant_id, customer.id)
        .await?;
    let mut tasks = rows
        .into_iter()
        .map(|r| open(r, &key))
        .collect::<Result<Vec<_>>>()?;
    tasks.sort_by_key(|t| t.done_at.is_some());
    Ok(tasks)
}

/// Marks a task done; its open due notice closes.
pub async fn done(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    customer_id: CustomerId,
    task_id: Uuid,
) -> Result<Task> {
    scope.require(Role::Staff)?;
    let now = state.clock.now();
    let tenant_id = scope.tenant_id();
    let txn = begin_write(&state.db.writer).await?;
    let customer = lock_for_change(&txn, scope, customer_id).await?;
    let row = task::Entity::find_by_id((tenant_id, task_id))
        .filter(task::Column::CustomerId.eq(customer_id))
        .one(&txn)
        .await?
        .ok_or(Error::NotFound("task"))?;
    if row.done_at.is_some() {
        return Err(Error::Conflict("the task is already done".into()));
    }
    let by = scope.audit_actor().1;
    task::Entity::update_many()
        .col_expr(task::Column::DoneAt, Expr::value(Some(now)))
        .col_expr(task::Column::DoneBy, Expr::value(Some(by)))
        .filter(task::Column::TenantId.eq(tenant_id))
        .filter(task::Column::Id.eq(task_id))
        .exec(&txn)
        .await?;
    closing(now, crate::notifications::service::reason::ACKNOWLEDGED)
        .filter(notification::Column::TenantId.eq(tenant_id))
        .filter(notification::Column::TaskId.eq(task_id))
        .exec(&txn)
        .await?;
    let entry = Entry::new("customer.task_done")
        .target("customer", customer_id)
        .detail(json!({ "task": task_id }));
    audit::append(&txn, tenant_id, scope.into(), meta, now, entry).await?;
    txn.commit().await?;
    let key = state.keys.customer_key(tenant_id, customer.id).await?;
    open(
        task::Model {
            done_at: Some(now),
            done_by: Some(by),
            ..row
        },
        &key,
    )
}

/// Erasure: deletes the tasks of `ids`, counted per customer.
pub async fn forget<C: sea_orm::ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    ids: &[CustomerId],
) -> Result<crate::db::PerCustomer> {
    let delete = task::Entity::delete_many()
        .filter(task::Column::TenantId.eq(tenant_id))
        .filter(task::Column::CustomerId.is_in(ids.iter().copied()));
    Ok(crate::db::delete_counting(conn, delete, task::Column::CustomerId).await?)
}

/// The job: one notice for each open task that came due, for its assignee.
/// A task is claimed by setting `noticed_at` where it is still unset, so
/// two instances never raise the same notice. Returns how many were raised.
pub async fn notice_due(state: &Services) -> Result<u64> {
    let now = state.clock.now();
    let due = task::Entity::find()
        .filter(task::Column::NoticedAt.is_null())
        .filter(task::Column::DoneAt.is_null())
        .filter(task::Column::DueAt.lte(now))
        .order_by_asc(task::Column::DueAt)
        .limit(SCAN)
        .all(&state.db.main)
        .await?;
    let mut raised = 0;
    for t in due {
        let txn = begin_write(&state.db.writer).await?;
        let claimed = task::Entity::update_many()
            .col_expr(task::Column::NoticedAt, Expr::value(Some(now)))
            .filter(task::Column::TenantId.eq(t.tenant_id))
            .filter(task::Column::Id.eq(t.id))
            .filter(task::Column::NoticedAt.is_null())
            .filter(task::Column::DoneAt.is_null())
            .exec(&txn)
            .await?;
        if claimed.rows_affected == 1 {
            let about = Subject::Task {
                customer: t.customer_id,
                task: t.id,
                assignee: t.assignee_id,
            };
            notification::Entity::insert(new_notice(
                t.tenant_id,
                NoticeKind::TaskDue,
                about,
                now,
                None,
            ))
            .exec_without_returning(&txn)
            .await?;
            raised += 1;
        }
        txn.commit().await?;
    }
    Ok(raised)
}
