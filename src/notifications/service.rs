use chrono::{DateTime, Utc};
use entity::ids::{CustomerId, TenantId, UserId};
use entity::notification;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, ExprTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, UpdateMany, sea_query::Expr,
};
use serde_json::json;
use uuid::Uuid;

use crate::{
    audit::Origin,
    audit::{self, Entry},
    auth::{Actor, Role, Scope},
    context::Services,
    db::begin_write,
    error::{Error, Result},
    pagination,
};

use super::count::addressed_to;

pub use entity::notification::Kind as NoticeKind;

/// What a new notice is about: a customer record or a request.
#[derive(Clone, Copy)]
pub enum Subject {
    Customer(CustomerId),
    Request(Uuid),
    Integration(Uuid),
    /// A task on a record, for its assignee.
    Task {
        customer: CustomerId,
        task: Uuid,
        assignee: UserId,
    },
}

/// Closes the open notices about request `request_id`.
pub async fn close_for_request<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    request_id: Uuid,
    now: DateTime<Utc>,
    why: &str,
) -> Result<()> {
    closing(now, why)
        .filter(notification::Column::TenantId.eq(tenant_id))
        .filter(notification::Column::RequestId.eq(request_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// A new open notice.
pub fn new_notice(
    tenant_id: TenantId,
    kind: NoticeKind,
    about: Subject,
    now: DateTime<Utc>,
    next_remind_at: Option<DateTime<Utc>>,
) -> notification::ActiveModel {
    let (customer_id, request_id, integration_id) = match about {
        Subject::Customer(id) | Subject::Task { customer: id, .. } => (Some(id), None, None),
        Subject::Request(id) => (None, Some(id), None),
        Subject::Integration(id) => (None, None, Some(id)),
    };
    let (task_id, assignee_id) = match about {
        Subject::Task { task, assignee, .. } => (Some(task), Some(assignee)),
        _ => (None, None),
    };
    notification::ActiveModel {
        tenant_id: Set(tenant_id),
        id: Set(Uuid::now_v7()),
        kind: Set(kind.to_owned()),
        customer_id: Set(customer_id),
        request_id: Set(request_id),
        integration_id: Set(integration_id),
        task_id: Set(task_id),
        assignee_id: Set(assignee_id),
        created_at: Set(now),
        reminders: Set(0),
        last_reminded_at: Set(None),
        next_remind_at: Set(next_remind_at),
        acked_at: Set(None),
        acked_by: Set(None),
        closed_at: Set(None),
        closed_reason: Set(None),
    }
}

/// Why a notice closed.
pub mod reason {
    pub const ACKNOWLEDGED: &str = "acknowledged";
    pub const REOPENED: &str = "reopened";
    pub const HELD: &str = "held";
    pub const RESCHEDULED: &str = "rescheduled";
}

/// An update that closes notices for `why`, ending their reminders; the
/// caller adds which notices.
pub fn closing(now: DateTime<Utc>, why: &str) -> UpdateMany<notification::Entity> {
    notification::Entity::update_many()
        .col_expr(notification::Column::ClosedAt, Expr::value(Some(now)))
        .col_expr(notification::Column::ClosedReason, Expr::value(Some(why)))
        .col_expr(
            notification::Column::NextRemindAt,
            Expr::value(None::<DateTime<Utc>>),
        )
        .filter(notification::Column::ClosedAt.is_null())
}

/// Erasure: closes the open notices about `ids`, for `why` (`shredded`,
/// `anonymized`); they keep only IDs and dates.
pub async fn forget<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    ids: &[CustomerId],
    now: DateTime<Utc>,
    why: &str,
) -> Result<()> {
    closing(now, why)
        .filter(notification::Column::TenantId.eq(tenant_id))
        .filter(notification::Column::CustomerId.is_in(ids.iter().copied()))
        .exec(conn)
        .await?;
    Ok(())
}

/// The notices the caller may see and act on (see [`super::count`]):
/// every one for admins and owners; otherwise the team's and their own.
pub fn visible_to(scope: &Scope) -> Condition {
    if scope.role() >= Role::Admin {
        return Condition::all();
    }
    let user = match scope.actor() {
        Actor::User { user_id, .. } => Some(*user_id),
        Actor::Token { .. } => None,
    };
    addressed_to(user)
}

/// Which notices to list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Filter {
    Open,
    Closed,
    All,
}

/// Which notices to list: open, closed or all, of one kind or of every.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Wanted {
    pub filter: Filter,
    pub kind: Option<NoticeKind>,
}

impl Wanted {
    /// The notices `show` (`open`, the default, `closed` or `all`) and
    /// `kind` (a kind's word) name, or a 400 naming each that cannot be read.
    pub fn read(show: Option<&str>, kind: Option<&str>) -> Result<Self> {
        let mut faults = std::collections::BTreeMap::new();
        let filter = match show.map(str::trim).unwrap_or("") {
            "" | "open" => Filter::Open,
            "closed" => Filter::Closed,
            "all" => Filter::All,
            _ => {
                faults.insert("show".to_owned(), "must be open, closed or all".to_owned());
                Filter::Open
            }
        };
        let kind = match kind.map(str::trim).filter(|k| !k.is_empty()) {
            None => None,
            Some(word) => NoticeKind::parse(word).or_else(|| {
                let words: Vec<&str> = NoticeKind::ALL.iter().map(|k| k.as_str()).collect();
                faults.insert(
                    "kind".to_owned(),
                    format!("must be one of {}", words.join(", ")),
                );
                None
            }),
        };
        match faults.is_empty() {
            true => Ok(Self { filter, kind }),
            false => Err(Error::BadQuery(faults)),
        }
    }
}

/// Where a page of notices starts: after a cursor given out before, or at
/// a page number (from 1).
#[derive(Clone, Copy, Debug)]
pub enum Start<'a> {
    After(Option<&'a str>),
    Page(u64),
}

/// A page of notices: the cursor of the next when paged by cursor, and how
/// many notices match in all.
pub struct Listed {
    pub items: Vec<notification::Model>,
    pub next: Option<String>,
    pub total: u64,
}

/// The notices `wanted`, oldest first, `limit` a page from `start`.
pub async fn list(
    state: &Services,
    scope: &Scope,
    wanted: Wanted,
    start: Start<'_>,
    limit: Option<u64>,
) -> Result<Listed> {
    scope.require(Role::Viewer)?;
    let limit = pagination::limit(limit)?;
    let mut query = notification::Entity::find()
        .filter(notification::Column::TenantId.eq(scope.tenant_id()))
        .filter(visible_to(scope));
    query = match wanted.filter {
        Filter::Open => query.filter(notification::Column::ClosedAt.is_null()),
        Filter::Closed => query.filter(notification::Column::ClosedAt.is_not_null()),
        Filter::All => query,
    };
    if let Some(kind) = wanted.kind {
        query = query.filter(notification::Column::Kind.eq(kind));
    }
    let total = query.clone().count(&state.db.main).await?;
    let query = query.order_by_asc(notification::Column::Id);
    let query = match start {
        Start::After(None) => query,
        Start::After(Some(cursor)) => {
            let after = Uuid::try_parse(&pagination::decode("notifications", cursor)?)
                .map_err(|_| Error::invalid("cursor", "is not a cursor this list gave out"))?;
            query.filter(notification::Column::Id.gt(after))
        }
        Start::Page(page) => query.offset(pagination::offset(page, limit)),
    };
    let mut items = query.limit(limit + 1).all(&state.db.main).await?;
    let next = if items.len() as u64 > limit {
        items.truncate(limit as usize);
        items
            .last()
            .map(|n| pagination::encode("notifications", &n.id.to_string()))
    } else {
        None
    };
    Ok(Listed { items, next, total })
}

/// The most notices one request may acknowledge at once.
pub const MAX_ACK: usize = 200;

/// Acknowledges an open notice: it closes, and its reminders stop.
pub async fn ack(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    id: Uuid,
) -> Result<notification::Model> {
    let mut acked = acknowledge(state, scope, meta, &[id], |_| {
        Error::NotFound("notification")
    })
    .await?;
    acked.pop().ok_or(Error::NotFound("notification"))
}

/// Acknowledges the ticked open notices `ids` at once, one audit entry per
/// notice. All or none: an ID that is not one of the tenant's notices, or a
/// notice already closed, refuses the lot and changes nothing.
pub async fn ack_many(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    ids: &[Uuid],
) -> Result<Vec<notification::Model>> {
    scope.require(Role::Staff)?;
    if ids.is_empty() {
        return Err(Error::invalid("ids", "tick at least one notice"));
    }
    if ids.len() > MAX_ACK {
        return Err(Error::invalid(
            "ids",
            format!("at most {MAX_ACK} notices can be acknowledged at once"),
        ));
    }
    acknowledge(state, scope, meta, ids, |missing| {
        Error::invalid(
            "ids",
            format!("{missing} of the ticked notices are not notices of this organisation"),
        )
    })
    .await
}

/// Closes `ids` as acknowledged, in one transaction; `unknown` is the error
/// when some of them are not the tenant's notices (given how many).
async fn acknowledge(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    ids: &[Uuid],
    unknown: impl FnOnce(usize) -> Error,
) -> Result<Vec<notification::Model>> {
    scope.require(Role::Staff)?;
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    // Locked in ID order, so two requests over the same notices queue
    // instead of deadlocking.
    let notices = notification::Entity::find()
        .filter(notification::Column::TenantId.eq(scope.tenant_id()))
        .filter(visible_to(scope))
        .filter(notification::Column::Id.is_in(ids.iter().copied()))
        .order_by_asc(notification::Column::Id)
        .lock_exclusive()
        .all(&txn)
        .await?;
    if notices.len() < ids.len() {
        return Err(unknown(ids.len() - notices.len()));
    }
    if let Some(closed) = notices.iter().find(|n| n.closed_reason.is_some()) {
        let reason = closed.closed_reason.as_deref().unwrap_or_default();
        return Err(Error::Conflict(match notices.len() {
            1 => format!("the notification is already closed ({reason})"),
            _ => format!("notification {} is already closed ({reason})", closed.id),
        }));
    }
    let by = scope.audit_actor().1;
    closing(now, reason::ACKNOWLEDGED)
        .col_expr(notification::Column::AckedAt, Expr::value(Some(now)))
        .col_expr(notification::Column::AckedBy, Expr::value(Some(by)))
        .filter(notification::Column::TenantId.eq(scope.tenant_id()))
        .filter(notification::Column::Id.is_in(ids))
        .exec(&txn)
        .await?;
    let entries = notices
        .iter()
        .map(|notice| {
            let detail = match notice.customer_id {
                Some(customer) => json!({ "kind": notice.kind, "customer_id": customer }),
                None => json!({ "kind": notice.kind }),
            };
            Entry::new("notification.acknowledged")
                .target("notification", notice.id)
                .detail(detail)
        })
        .collect();
    audit::append_many(&txn, scope.tenant_id(), scope.into(), meta, now, entries).await?;
    txn.commit().await?;
    Ok(notices
        .into_iter()
        .map(|notice| notification::Model {
            acked_at: Some(now),
            acked_by: Some(by),
            closed_at: Some(now),
            closed_reason: Some(reason::ACKNOWLEDGED.to_owned()),
            next_remind_at: None,
            ..notice
        })
        .collect())
}

/// Closes the open notices of `kind` about a customer, because someone acted
/// on the record; in the caller's transaction. Returns how many closed.
pub async fn close_for_customer<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    customer_id: CustomerId,
    kind: NoticeKind,
    why: &str,
    now: DateTime<Utc>,
) -> Result<u64> {
    Ok(closing(now, why)
        .filter(notification::Column::TenantId.eq(tenant_id))
        .filter(notification::Column::CustomerId.eq(customer_id))
        .filter(notification::Column::Kind.eq(kind))
        .exec(conn)
        .await?
        .rows_affected)
}

/// Whether the record was already brought up as expired since it was
/// completed at `since` (the notice may be open or acknowledged).
pub async fn expiry_noticed_since<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    customer_id: CustomerId,
    since: DateTime<Utc>,
) -> Result<bool> {
    Ok(notification::Entity::find()
        .filter(notification::Column::TenantId.eq(tenant_id))
        .filter(notification::Column::CustomerId.eq(customer_id))
        .filter(notification::Column::Kind.eq(NoticeKind::Expired))
        .filter(notification::Column::CreatedAt.gte(since))
        .filter(
            notification::Column::ClosedReason
                .is_null()
                .or(notification::Column::ClosedReason.eq(reason::ACKNOWLEDGED)),
        )
        .one(conn)
        .await?
        .is_some())
}
