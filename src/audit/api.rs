//! `/api/v1/audit`: admins read the log and check its chain.

use chrono::{DateTime, Utc};
use poem::web::Data;
use poem_openapi::{Object, OpenApi, param::Query, payload::Json};
use uuid::Uuid;

use super::Filter;
use crate::{
    auth::{Role, extract::Auth},
    error::Error,
    http::{ApiTags, problem::ApiResult},
    state::AppState,
};

#[derive(Object)]
struct AuditEntry {
    id: Uuid,
    /// Position in the tenant's chain, from 1.
    seq: i64,
    at: DateTime<Utc>,
    /// `user`, `token`, `system` or `anonymous`.
    actor_kind: String,
    #[oai(skip_serializing_if_is_none)]
    actor_id: Option<Uuid>,
    action: String,
    #[oai(skip_serializing_if_is_none)]
    target_kind: Option<String>,
    #[oai(skip_serializing_if_is_none)]
    target_id: Option<String>,
    #[oai(skip_serializing_if_is_none)]
    ip: Option<String>,
    #[oai(skip_serializing_if_is_none)]
    user_agent: Option<String>,
    #[oai(skip_serializing_if_is_none)]
    request_id: Option<String>,
    detail: serde_json::Value,
    prev_hash: String,
    hash: String,
}

#[derive(Object)]
struct AuditPage {
    items: Vec<AuditEntry>,
    /// Pass as `cursor` for the next (older) page; absent on the last page
    /// (and when pages are asked for by number).
    #[oai(skip_serializing_if_is_none)]
    next_cursor: Option<String>,
    /// How many entries the filters match, on every page together.
    total: u64,
}

#[derive(Object)]
struct VerifyResult {
    ok: bool,
    /// Rows whose hash and link were recomputed and matched.
    checked: u64,
    #[oai(skip_serializing_if_is_none)]
    broken_at_seq: Option<i64>,
    #[oai(skip_serializing_if_is_none)]
    reason: Option<String>,
}

pub struct AuditApi;

#[OpenApi(prefix_path = "/audit", tag = "ApiTags::Audit")]
impl AuditApi {
    /// Read the audit log
    ///
    /// Admin. Newest first, `limit` (1–200, default 50) per page. The
    /// filters combine: `actor` (a user's or API token's ID, or `system`),
    /// `action` (an event code such as `customer.updated`), `record` (the
    /// ID of what an entry is about), `from` (inclusive) and `to`
    /// (exclusive), RFC 3339 times. A bad filter is a 422 naming it. Page on
    /// with `cursor`, or ask for page `page` (from 1, not with `cursor`);
    /// `total` counts the matching entries on every page.
    #[oai(path = "/", method = "get", operation_id = "list_audit")]
    #[allow(clippy::too_many_arguments)]
    async fn list(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        cursor: Query<Option<String>>,
        #[oai(validator(minimum(value = "1"), maximum(value = "100000")))] page: Query<Option<u64>>,
        limit: Query<Option<u64>>,
        #[oai(validator(max_length = 36))] actor: Query<Option<String>>,
        #[oai(validator(max_length = 60))] action: Query<Option<String>>,
        #[oai(validator(max_length = 100))] record: Query<Option<String>>,
        from: Query<Option<DateTime<Utc>>>,
        to: Query<Option<DateTime<Utc>>>,
    ) -> ApiResult<Json<AuditPage>> {
        auth.scope().require(Role::Admin)?;
        let (actor, system) = match actor.0.as_deref() {
            None | Some("") => (None, false),
            Some("system") => (None, true),
            Some(id) => (
                Some(Uuid::try_parse(id).map_err(|_| {
                    Error::invalid("actor", "is not a user's or API token's ID, nor system")
                })?),
                false,
            ),
        };
        let filter = Filter {
            actor,
            system,
            action: action.0.filter(|a| !a.is_empty()),
            target: record.0.filter(|r| !r.is_empty()),
            from: from.0,
            until: to.0,
        }
        .checked()?;
        let db = &state.db.main;
        let (rows, next_cursor, total) = match (cursor.0.as_deref(), page.0) {
            (Some(_), Some(_)) => {
                return Err(Error::bad_param("page", "cannot be given with a cursor").into());
            }
            (_, Some(page)) => {
                let (rows, total) =
                    super::numbered(db, auth.scope(), &filter, page, limit.0).await?;
                (rows, None, total)
            }
            (cursor, None) => {
                let (rows, next) = super::list(db, auth.scope(), &filter, cursor, limit.0).await?;
                (rows, next, super::total(db, auth.scope(), &filter).await?)
            }
        };
        let items = rows
            .into_iter()
            .map(|r| AuditEntry {
                detail: serde_json::from_str(&r.detail).unwrap_or(serde_json::Value::Null),
                id: r.id,
                seq: r.seq,
                at: r.at,
                actor_kind: r.actor_kind,
                actor_id: r.actor_id,
                action: r.action,
                target_kind: r.target_kind,
                target_id: r.target_id,
                ip: r.ip,
                user_agent: r.user_agent,
                request_id: r.request_id,
                prev_hash: r.prev_hash,
                hash: r.hash,
            })
            .collect();
        Ok(Json(AuditPage {
            items,
            next_cursor,
            total,
        }))
    }

    /// Verify the audit chain
    ///
    /// Admin. Recomputes every row's hash and link; `ok` is false at the first row that was altered, removed or inserted.
    #[oai(path = "/verify", method = "get", operation_id = "verify_audit")]
    async fn verify(&self, state: Data<&AppState>, auth: Auth) -> ApiResult<Json<VerifyResult>> {
        auth.scope().require(Role::Admin)?;
        let r = super::verify(&state.db.main, auth.scope().tenant_id()).await?;
        Ok(Json(VerifyResult {
            ok: r.ok,
            checked: r.checked,
            broken_at_seq: r.broken_at_seq,
            reason: r.reason,
        }))
    }
}
