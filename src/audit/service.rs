use chrono::{DateTime, SecondsFormat, Utc};
use entity::ids::{TenantId, UserId};
use entity::{audit_head, audit_log};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, ExprTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set, sea_query::Expr,
};
use serde_json::{Value, json};
use uuid::Uuid;

use super::origin::Origin;
use crate::{
    auth::Scope,
    crypto::sha256_hex,
    error::{Error, Result},
    pagination,
};

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Who an audit row names as the actor.
#[derive(Clone, Copy, Debug)]
pub enum Actor {
    User(UserId),
    Token(Uuid),
    /// Steward itself: the job runner, the command line.
    System,
    /// Someone not (yet) authenticated, such as a failed login.
    Anonymous,
    /// A connected marketing tool, by a signed message.
    Integration(Uuid),
}

impl Actor {
    pub(crate) fn parts(self) -> (&'static str, Option<Uuid>) {
        match self {
            Actor::User(id) => ("user", Some(id.uuid())),
            Actor::Token(id) => ("token", Some(id)),
            Actor::System => ("system", None),
            Actor::Anonymous => ("anonymous", None),
            Actor::Integration(id) => ("integration", Some(id)),
        }
    }
}

impl From<&Scope> for Actor {
    fn from(scope: &Scope) -> Self {
        match *scope.actor() {
            crate::auth::Actor::Token { token_id } => Actor::Token(token_id),
            crate::auth::Actor::User { user_id, .. } => Actor::User(user_id),
        }
    }
}

/// One thing that happened.
#[derive(Clone)]
pub struct Entry {
    pub action: &'static str,
    pub target: Option<(&'static str, String)>,
    /// Extra facts: IDs, roles, counts, old and new settings. Never personal data.
    pub detail: Value,
}

impl Entry {
    pub fn new(action: &'static str) -> Self {
        Self {
            action,
            target: None,
            detail: json!({}),
        }
    }

    pub fn target(mut self, kind: &'static str, id: impl ToString) -> Self {
        self.target = Some((kind, id.to_string()));
        self
    }

    pub fn detail(mut self, detail: Value) -> Self {
        self.detail = detail;
        self
    }
}

/// Appends a row to the tenant's chain. Call inside the transaction of the
/// change it records, so both happen or neither does.
pub async fn append<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    actor: Actor,
    meta: &Origin,
    at: DateTime<Utc>,
    entry: Entry,
) -> Result<(), DbErr> {
    append_many(conn, tenant_id, actor, meta, at, vec![entry]).await
}

/// Appends `entries`, in order, to the tenant's chain with a fixed number of
/// statements however many there are (a bulk action writes one row per
/// record it touched). Call inside the transaction of the change.
pub async fn append_many<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    actor: Actor,
    meta: &Origin,
    at: DateTime<Utc>,
    entries: Vec<Entry>,
) -> Result<(), DbErr> {
    let each = entries
        .into_iter()
        .map(|entry| Each {
            actor,
            meta: meta.clone(),
            at,
            entry,
        })
        .collect();
    append_each(conn, tenant_id, each).await
}

/// One entry with its own actor, request and time, for [`append_each`].
#[derive(Clone)]
pub struct Each {
    pub actor: Actor,
    pub meta: Origin,
    pub at: DateTime<Utc>,
    pub entry: Entry,
}

/// Appends entries of different requests, in order, to one tenant's chain,
/// with a fixed number of statements. Call inside a transaction.
pub async fn append_each<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    entries: Vec<Each>,
) -> Result<(), DbErr> {
    if entries.is_empty() {
        return Ok(());
    }
    // Moving the head first takes its row lock (PostgreSQL) or the write lock
    // (SQLite), so appends to one chain never interleave.
    let head = audit_head::Entity::update_many()
        .col_expr(
            audit_head::Column::Seq,
            Expr::col(audit_head::Column::Seq).add(entries.len() as i64),
        )
        .filter(audit_head::Column::TenantId.eq(tenant_id))
        .exec_with_returning(conn)
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| DbErr::RecordNotFound(format!("audit head of tenant {tenant_id}")))?;
    let first = head.seq - entries.len() as i64 + 1;
    let mut prev_hash = head.hash;
    let mut rows = Vec::with_capacity(entries.len());
    for (
        seq,
        Each {
            actor,
            meta,
            at,
            entry,
        },
    ) in (first..).zip(entries)
    {
        let (actor_kind, actor_id) = actor.parts();
        let (target_kind, target_id) = match entry.target {
            Some((k, id)) => (Some(k.to_owned()), Some(id)),
            None => (None, None),
        };
        let mut row = audit_log::Model {
            tenant_id,
            id: Uuid::now_v7(),
            seq,
            at,
            actor_kind: actor_kind.to_owned(),
            actor_id,
            action: entry.action.to_owned(),
            target_kind,
            target_id,
            ip: meta.ip,
            user_agent: meta.user_agent,
            request_id: meta.request_id,
            detail: entry.detail.to_string(),
            prev_hash: std::mem::take(&mut prev_hash),
            hash: String::new(),
        };
        row.hash = hash_of(&row);
        prev_hash = row.hash.clone();
        rows.push(audit_log::ActiveModel::from(row));
    }
    crate::db::insert_chunked::<audit_log::Entity, _>(conn, rows).await?;
    audit_head::Entity::update_many()
        .col_expr(audit_head::Column::Hash, Expr::value(prev_hash))
        .filter(audit_head::Column::TenantId.eq(tenant_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Starts a tenant's chain.
pub async fn start_chain<C: ConnectionTrait>(conn: &C, tenant_id: TenantId) -> Result<(), DbErr> {
    audit_head::ActiveModel {
        tenant_id: Set(tenant_id),
        seq: Set(0),
        hash: Set(GENESIS.to_owned()),
    }
    .insert(conn)
    .await?;
    Ok(())
}

fn hash_of(row: &audit_log::Model) -> String {
    let canonical = json!([
        row.tenant_id,
        row.id,
        row.seq,
        row.at.to_rfc3339_opts(SecondsFormat::Micros, true),
        row.actor_kind,
        row.actor_id,
        row.action,
        row.target_kind,
        row.target_id,
        row.ip,
        row.user_agent,
        row.request_id,
        row.detail,
        row.prev_hash,
    ]);
    sha256_hex(canonical.to_string().as_bytes())
}

/// Which entries to list; every part given narrows the list (all combine).
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// The user or API token that acted (or, with `system`, Steward itself).
    pub actor: Option<Uuid>,
    /// Only what Steward itself did (jobs, the command line).
    pub system: bool,
    /// The event code, such as `customer.updated`.
    pub action: Option<String>,
    /// What it was about: a record's (or any target's) ID.
    pub target: Option<String>,
    /// From this moment on (inclusive).
    pub from: Option<DateTime<Utc>>,
    /// Before this moment (exclusive).
    pub until: Option<DateTime<Utc>>,
}

impl Filter {
    /// The filter, or a 422 naming each part that cannot be one.
    pub fn checked(self) -> Result<Self> {
        let mut faults = std::collections::BTreeMap::new();
        if let Some(action) = &self.action
            && (action.len() > 60
                || !action
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || matches!(b, b'.' | b'_')))
        {
            faults.insert(
                "action".to_owned(),
                "is not an event code such as customer.updated".to_owned(),
            );
        }
        if let Some(target) = &self.target {
            if target.len() > 100 {
                faults.insert(
                    "record".to_owned(),
                    "is longer than any ID (100 characters at most)".to_owned(),
                );
            } else if !target.bytes().all(|b| b.is_ascii_graphic()) {
                // Every ID Steward writes is printable ASCII; a control
                // character (PostgreSQL refuses NUL in text) cannot match.
                faults.insert(
                    "record".to_owned(),
                    "is not an ID: only letters, digits and punctuation appear in IDs".to_owned(),
                );
            }
        }
        if let (Some(from), Some(until)) = (self.from, self.until)
            && until <= from
        {
            faults.insert(
                "to".to_owned(),
                "is before the start of the range".to_owned(),
            );
        }
        match faults.is_empty() {
            true => Ok(self),
            false => Err(Error::Invalid(faults)),
        }
    }

    fn apply(
        &self,
        mut query: sea_orm::Select<audit_log::Entity>,
    ) -> sea_orm::Select<audit_log::Entity> {
        if let Some(actor) = self.actor {
            query = query.filter(audit_log::Column::ActorId.eq(actor));
        }
        if self.system {
            query = query.filter(audit_log::Column::ActorKind.eq("system"));
        }
        if let Some(action) = &self.action {
            query = query.filter(audit_log::Column::Action.eq(action.as_str()));
        }
        if let Some(target) = &self.target {
            query = query.filter(audit_log::Column::TargetId.eq(target.as_str()));
        }
        if let Some(from) = self.from {
            query = query.filter(audit_log::Column::At.gte(from));
        }
        if let Some(until) = self.until {
            query = query.filter(audit_log::Column::At.lt(until));
        }
        query
    }
}

/// A page of the tenant's audit log, newest first, narrowed by `filter`.
pub async fn list<C: ConnectionTrait>(
    conn: &C,
    scope: &Scope,
    filter: &Filter,
    cursor: Option<&str>,
    limit: Option<u64>,
) -> Result<(Vec<audit_log::Model>, Option<String>)> {
    let limit = pagination::limit(limit)?;
    let after = match cursor {
        Some(cursor) => Some(
            pagination::decode("audit", cursor)?
                .parse()
                .map_err(|_| Error::invalid("cursor", "is not a cursor this list gave out"))?,
        ),
        None => None,
    };
    let rows = page_of(conn, scope.tenant_id(), filter, after, limit + 1).await?;
    Ok(paged(rows, limit))
}

/// Page `page` (from 1) of `limit` entries matching `filter`, newest
/// first, and how many entries match in all.
pub async fn numbered<C: ConnectionTrait>(
    conn: &C,
    scope: &Scope,
    filter: &Filter,
    page: u64,
    limit: Option<u64>,
) -> Result<(Vec<audit_log::Model>, u64)> {
    let limit = pagination::limit(limit)?;
    let count = total(conn, scope, filter).await?;
    let rows = matching(scope.tenant_id(), filter)
        .order_by_desc(audit_log::Column::Seq)
        .offset(pagination::offset(page, limit))
        .limit(limit)
        .all(conn)
        .await?;
    Ok((rows, count))
}

/// How many entries of the tenant's log `filter` matches.
pub async fn total<C: ConnectionTrait>(conn: &C, scope: &Scope, filter: &Filter) -> Result<u64> {
    Ok(matching(scope.tenant_id(), filter).count(conn).await?)
}

/// The entries of the tenant's log that `filter` matches.
fn matching(tenant_id: TenantId, filter: &Filter) -> sea_orm::Select<audit_log::Entity> {
    filter.apply(audit_log::Entity::find().filter(audit_log::Column::TenantId.eq(tenant_id)))
}

/// Up to `limit` entries matching `filter`, newest first, older than
/// position `before` when given.
pub async fn page_of<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    filter: &Filter,
    before: Option<i64>,
    limit: u64,
) -> Result<Vec<audit_log::Model>> {
    let mut query = matching(tenant_id, filter);
    if let Some(seq) = before {
        query = query.filter(audit_log::Column::Seq.lt(seq));
    }
    Ok(query
        .order_by_desc(audit_log::Column::Seq)
        .limit(limit)
        .all(conn)
        .await?)
}

/// `rows` (one more than `limit` when there are more) cut to a page, with
/// the cursor of the next.
fn paged(mut rows: Vec<audit_log::Model>, limit: u64) -> (Vec<audit_log::Model>, Option<String>) {
    let next = if rows.len() as u64 > limit {
        rows.truncate(limit as usize);
        rows.last()
            .map(|r| pagination::encode("audit", &r.seq.to_string()))
    } else {
        None
    };
    (rows, next)
}

/// The latest `limit` entries about one target (a customer, say), newest first.
pub async fn for_target<C: ConnectionTrait>(
    conn: &C,
    scope: &Scope,
    kind: &str,
    id: &str,
    limit: u64,
) -> Result<Vec<audit_log::Model>> {
    Ok(audit_log::Entity::find()
        .filter(audit_log::Column::TenantId.eq(scope.tenant_id()))
        .filter(audit_log::Column::TargetKind.eq(kind))
        .filter(audit_log::Column::TargetId.eq(id))
        .order_by_desc(audit_log::Column::Seq)
        .limit(limit)
        .all(conn)
        .await?)
}

/// The outcome of recomputing a chain.
#[derive(Debug, Clone, serde::Serialize)]
pub struct VerifyReport {
    pub tenant_id: TenantId,
    pub ok: bool,
    pub checked: u64,
    /// The first row whose hash or link does not match, if any.
    pub broken_at_seq: Option<i64>,
    pub reason: Option<String>,
}

/// Recomputes every hash of the tenant's chain, in batches. Rows appended
/// while it runs are outside the head it read first, and are left for the
/// next check.
pub async fn verify<C: ConnectionTrait>(conn: &C, tenant_id: TenantId) -> Result<VerifyReport> {
    const BATCH: u64 = 1000;
    let report = VerifyReport {
        tenant_id,
        ok: true,
        checked: 0,
        broken_at_seq: None,
        reason: None,
    };
    let broken = |report: VerifyReport, seq: i64, reason: String| VerifyReport {
        ok: false,
        broken_at_seq: Some(seq),
        reason: Some(reason),
        ..report
    };
    let Some(head) = audit_head::Entity::find_by_id(tenant_id).one(conn).await? else {
        return Ok(broken(report, 1, "the chain's head is missing".into()));
    };
    let outside = audit_log::Entity::find()
        .filter(audit_log::Column::TenantId.eq(tenant_id))
        .filter(audit_log::Column::Seq.lt(1))
        .count(conn)
        .await?;
    if outside > 0 {
        return Ok(broken(
            report,
            0,
            format!("{outside} rows carry positions outside the chain"),
        ));
    }
    let mut report = report;
    let mut prev_hash = GENESIS.to_owned();
    let mut expected_seq = 1i64;
    while expected_seq <= head.seq {
        let rows = audit_log::Entity::find()
            .filter(audit_log::Column::TenantId.eq(tenant_id))
            .filter(audit_log::Column::Seq.gte(expected_seq))
            .filter(audit_log::Column::Seq.lte(head.seq))
            .order_by_asc(audit_log::Column::Seq)
            .limit(BATCH)
            .all(conn)
            .await?;
        if rows.is_empty() {
            break;
        }
        for row in rows {
            let fault = if row.seq != expected_seq {
                Some(format!("row {expected_seq} is missing"))
            } else if row.prev_hash != prev_hash {
                Some("its link to the previous row does not match".to_owned())
            } else if hash_of(&row) != row.hash {
                Some("its contents do not match its hash".to_owned())
            } else {
                None
            };
            if let Some(reason) = fault {
                return Ok(broken(report, expected_seq, reason));
            }
            report.checked += 1;
            prev_hash = row.hash;
            expected_seq += 1;
        }
    }
    if expected_seq <= head.seq {
        let reason = format!(
            "the chain ends at row {} but {} rows were written",
            expected_seq - 1,
            head.seq
        );
        return Ok(broken(report, expected_seq, reason));
    }
    if head.hash != prev_hash {
        return Ok(broken(
            report,
            head.seq,
            "the last row does not match the chain's head".into(),
        ));
    }
    Ok(report)
}
