//! `/healthz`, `/readyz` and `/metrics`.

use poem::{IntoResponse, Response, handler, http::StatusCode, web::Data};

use crate::{http::problem::Problem, state::AppState};

/// The process is up and answering.
#[handler]
pub fn healthz() -> &'static str {
    "ok"
}

/// Both databases answer and have room for changes; otherwise 503, so a
/// load balancer stops sending traffic.
#[handler]
pub async fn readyz(state: Data<&AppState>) -> Response {
    if let Err(e) = state.db.ping().await {
        tracing::warn!(error = %e, "not ready");
        return Problem::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "not-ready",
            "a database does not answer",
        )
        .into_response();
    }
    if !state.storage.writable() {
        // Logged once, where the refusals began (see `storage`).
        return Problem::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "storage-full",
            "not ready: the storage under a database is full, so changes and audited reads are refused (507) until space is freed",
        )
        .into_response();
    }
    "ready".into_response()
}

#[handler]
pub fn metrics(state: Data<&AppState>) -> Response {
    state
        .metrics
        .render()
        .with_content_type("application/openmetrics-text; version=1.0.0; charset=utf-8")
        .into_response()
}

/// The published OpenAPI spec, made once at start-up.
pub struct Spec(pub String);

#[handler]
pub fn spec(spec: Data<&std::sync::Arc<Spec>>) -> Response {
    spec.0
        .0
        .clone()
        .with_content_type("application/json; charset=utf-8")
        .into_response()
}
