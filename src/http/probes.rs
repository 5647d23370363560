//! `/healthz`, `/readyz` and `/metrics`.

use poem::{IntoResponse, Response, handler, http::StatusCode, web::Data};

use crate::{http::problem::Problem, state::AppState};

/// The process is up and answering.
#[handler]
pub fn healthz() -> &'static str {
    "ok"
}

/// Both databases answer; otherwise 503, so a load balancer stops sending traffic.
#[handler]
pub async fn readyz(state: Data<&AppState>) -> Response {
    match state.db.ping().await {
        Ok(()) => "ready".into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "not ready");
            Problem::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "not-ready",
                "a database does not answer",
            )
            .into_response()
        }
    }
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
