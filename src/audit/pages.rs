//! The audit log page (admins): newest first, and a check of the hash chain.

use poem::{
    Response, Route, get, handler,
    http::StatusCode,
    web::{Data, Query},
};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::{
    auth::Role,
    error::Result,
    http::page::{self, Posted, Viewer, time},
    state::AppState,
};

pub fn routes(r: Route) -> Route {
    r.at("/settings/audit", get(show).post(verify_chain))
}

#[derive(Deserialize)]
struct AuditQuery {
    cursor: Option<String>,
}

async fn audit_page(
    state: &AppState,
    viewer: &Viewer,
    cursor: Option<&str>,
    check: Option<Value>,
) -> Result<Response> {
    viewer.scope.require(Role::Admin)?;
    let (rows, next) = super::list(&state.db.main, &viewer.scope, cursor, Some(100)).await?;
    let rows: Vec<Value> = rows
        .iter()
        .map(|r| {
            json!({
                "seq": r.seq, "at": time(r.at), "action": r.action,
                "actor": format!("{} {}", r.actor_kind, r.actor_id.map(|i| i.to_string()).unwrap_or_default()),
                "target": match (&r.target_kind, &r.target_id) {
                    (Some(k), Some(i)) => format!("{k} {i}"),
                    _ => String::new(),
                },
                "customer": r.target_kind.as_deref() == Some("customer"),
                "target_id": r.target_id, "ip": r.ip,
            })
        })
        .collect();
    Ok(page::render(
        viewer,
        "web/audit.html",
        StatusCode::OK,
        json!({
            "title": "Audit log", "section": "audit", "rows": rows, "next": next,
            "check": check, "paged": cursor.is_some(),
        }),
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
    let check = json!({
        "ok": r.ok, "checked": r.checked, "broken_at_seq": r.broken_at_seq,
        "reason": r.reason,
    });
    audit_page(&state, &viewer, None, Some(check)).await
}
