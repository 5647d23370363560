//! The audit log page (admins): newest first, and a check of the hash chain.

use poem::{
    Response, Route, get, handler,
    http::StatusCode,
    web::{Data, Query},
};
use serde::{Deserialize, Serialize};

use super::VerifyReport;
use crate::{
    auth::Role,
    error::Result,
    http::page::{self, Posted, Viewer, time},
    i18n,
    state::AppState,
};

pub fn routes(r: Route) -> Route {
    r.at("/settings/audit", get(show).post(verify_chain))
}

#[derive(Deserialize)]
struct AuditQuery {
    cursor: Option<String>,
}

/// The audit log page.
#[derive(Serialize)]
struct AuditPage {
    title: &'static str,
    section: &'static str,
    rows: Vec<EntryRow>,
    next: Option<String>,
    check: Option<VerifyReport>,
    paged: bool,
}

/// One entry of the log.
#[derive(Serialize)]
struct EntryRow {
    seq: i64,
    at: String,
    action: String,
    /// Who: the catalogue key naming the kind (`audit-actor-user`, …),
    /// the kind as stored and an ID.
    actor: String,
    actor_kind: String,
    actor_id: Option<String>,
    /// What about, likewise (`customer`, `user`, …).
    target: Option<String>,
    target_kind: Option<String>,
    /// Whether the target is a customer, whose page the row links to.
    customer: bool,
    target_id: Option<String>,
    ip: Option<String>,
}

/// The key naming a stored kind of actor or target: `prefix` and the kind,
/// or `prefix` and `other` (which names the kind as stored) for a kind no
/// release named.
fn known(prefix: &str, kind: &str) -> String {
    let key = format!("{prefix}{kind}");
    match i18n::has_message(i18n::ENGLISH, &key) {
        true => key,
        false => format!("{prefix}other"),
    }
}

async fn audit_page(
    state: &AppState,
    viewer: &Viewer,
    cursor: Option<&str>,
    check: Option<VerifyReport>,
) -> Result<Response> {
    viewer.scope.require(Role::Admin)?;
    let (rows, next) = super::list(&state.db.main, &viewer.scope, cursor, Some(100)).await?;
    let rows = rows
        .iter()
        .map(|r| EntryRow {
            seq: r.seq,
            at: time(r.at),
            action: r.action.clone(),
            actor: known("audit-actor-", &r.actor_kind),
            actor_kind: r.actor_kind.clone(),
            actor_id: r.actor_id.map(|i| i.to_string()),
            target: r.target_kind.as_deref().map(|k| known("audit-target-", k)),
            target_kind: r.target_kind.clone().filter(|_| r.target_id.is_some()),
            customer: r.target_kind.as_deref() == Some("customer"),
            target_id: r.target_id.clone(),
            ip: r.ip.clone(),
        })
        .collect();
    Ok(page::render(
        viewer,
        "web/audit.html",
        StatusCode::OK,
        AuditPage {
            title: "title-audit",
            section: "audit",
            rows,
            next,
            check,
            paged: cursor.is_some(),
        },
    ))
}

#[handler]
async fn show(
    state: Data<&AppState>,
    viewer: Viewer,
    Query(q): Query<AuditQuery>,
) -> Result<Response> {
    let cursor = q.cursor.as_deref().filter(|c| !c.is_empty());
    audit_page(&state, &viewer, cursor, None).await
}

/// Recomputes the chain and shows the outcome above the log.
#[handler]
async fn verify_chain(state: Data<&AppState>, posted: Posted) -> Result<Response> {
    let viewer = posted.viewer;
    viewer.scope.require(Role::Admin)?;
    let r = super::verify(&state.db.main, viewer.scope.tenant_id()).await?;
    audit_page(&state, &viewer, None, Some(r)).await
}
