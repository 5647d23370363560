//! The audit log's entries matching a filter, as a CSV file for an auditor;
//! the export is itself an entry, with its row count and filter.

use std::collections::HashMap;

use chrono::SecondsFormat;
use serde_json::json;
use uuid::Uuid;

use super::origin::Origin;
use super::service::{Entry, Filter, append, page_of};
use crate::{
    auth::{Role, Scope},
    context::Services,
    db::begin_write,
    error::{Error, Result},
    exports::csv::csv_line,
    users::names::{self, Name},
};

/// The most entries one file holds; a wider filter is refused.
pub const MAX_ROWS: usize = 100_000;
const BATCH: u64 = 1000;

const HEADER: [&str; 14] = [
    "seq",
    "at",
    "actor_kind",
    "actor",
    "actor_id",
    "action",
    "event",
    "target_kind",
    "target",
    "target_id",
    "ip",
    "user_agent",
    "request_id",
    "detail",
];

/// The CSV of the entries `filter` matches, newest first, with the names of
/// users and tokens and each event's words (`word` of its code).
pub async fn csv(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    filter: &Filter,
    word: &(dyn Fn(&str) -> String + Sync),
) -> Result<String> {
    scope.require(Role::Admin)?;
    let tenant_id = scope.tenant_id();
    let mut out = csv_line(&HEADER);
    let (mut before, mut rows) = (None, 0usize);
    loop {
        let batch = page_of(&state.db.main, tenant_id, filter, before, BATCH).await?;
        rows += batch.len();
        if rows > MAX_ROWS {
            return Err(Error::invalid(
                "filter",
                format!(
                    "matches more than {MAX_ROWS} entries: narrow it, with a shorter time range say"
                ),
            ));
        }
        let ids = batch.iter().flat_map(|r| {
            let target = r.target_id.as_deref().and_then(|t| t.parse::<Uuid>().ok());
            r.actor_id.into_iter().chain(target)
        });
        let known: HashMap<Uuid, Name> = names::of(&state.db.main, tenant_id, ids).await?;
        let name = |id: Option<Uuid>| {
            id.and_then(|id| known.get(&id))
                .map(|n| n.name.clone())
                .unwrap_or_default()
        };
        for r in &batch {
            let target = match r.target_kind.as_deref() {
                Some("user" | "api_token") => {
                    name(r.target_id.as_deref().and_then(|t| t.parse().ok()))
                }
                _ => String::new(),
            };
            out.push_str(&csv_line(&[
                r.seq.to_string(),
                r.at.to_rfc3339_opts(SecondsFormat::Secs, true),
                r.actor_kind.clone(),
                name(r.actor_id),
                r.actor_id.map(|i| i.to_string()).unwrap_or_default(),
                r.action.clone(),
                word(&r.action),
                r.target_kind.clone().unwrap_or_default(),
                target,
                r.target_id.clone().unwrap_or_default(),
                r.ip.clone().unwrap_or_default(),
                r.user_agent.clone().unwrap_or_default(),
                r.request_id.clone().unwrap_or_default(),
                r.detail.clone(),
            ]));
        }
        match batch.last() {
            Some(last) if batch.len() as u64 == BATCH => before = Some(last.seq),
            _ => break,
        }
    }
    let now = state.clock.now();
    let detail = json!({
        "rows": rows,
        "filter": {
            "actor": filter.actor,
            "system": filter.system,
            "action": filter.action,
            "record": filter.target,
            "from": filter.from,
            "until": filter.until,
        },
    });
    let txn = begin_write(&state.db.writer).await?;
    append(
        &txn,
        tenant_id,
        scope.into(),
        meta,
        now,
        Entry::new("audit.exported").detail(detail),
    )
    .await?;
    txn.commit().await?;
    Ok(out)
}
