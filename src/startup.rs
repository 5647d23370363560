//! Assembles the HTTP application and runs it until a shutdown signal.

use std::sync::Arc;

use poem::{
    Endpoint, EndpointExt, Route, Server, get,
    listener::{Acceptor, Listener, TcpListener},
    middleware::CookieJarManager,
};
use poem_openapi::OpenApiService;

use crate::{
    audit::api::AuditApi,
    auth::api::{AuthApi, TokensApi},
    consent::api::{ConsentApi, PurposesApi},
    copy::api::CopyApi,
    customers::api::CustomersApi,
    customers::bulk_api::BulkApi,
    customers::merge_api::MergeApi,
    customers::record_api::RecordApi,
    customers::views_api::ViewsApi,
    erasure::api::ErasureApi,
    exports::api::ExportsApi,
    fields::api::FieldsApi,
    http::{
        body_check::BodySchemas,
        middleware::{Admission, Observe, RequestBody, SecurityHeaders},
        page, probes, problem, spec,
    },
    imports::api::ImportsApi,
    jobs,
    notifications::api::NotificationsApi,
    overview::api::OverviewApi,
    recipients::api::RecipientsApi,
    requests::api::RequestsApi,
    retention::api::RetentionApi,
    state::AppState,
    sync::api::IntegrationsApi,
    tenants::api::TenantApi,
    users::api::UsersApi,
};

/// Every JSON API, in the order the docs show them.
type Apis = (
    AuthApi,
    TokensApi,
    UsersApi,
    TenantApi,
    AuditApi,
    CustomersApi,
    ConsentApi,
    PurposesApi,
    CopyApi,
    FieldsApi,
    RetentionApi,
    NotificationsApi,
    RequestsApi,
    IntegrationsApi,
    RecipientsApi,
    // A tuple implements OpenApi for at most 16; the rest nest.
    (
        ErasureApi,
        ImportsApi,
        MergeApi,
        ExportsApi,
        RecordApi,
        OverviewApi,
        ViewsApi,
        BulkApi,
    ),
);

pub fn api_service() -> OpenApiService<Apis, ()> {
    let apis = (
        AuthApi,
        TokensApi,
        UsersApi,
        TenantApi,
        AuditApi,
        CustomersApi,
        ConsentApi,
        PurposesApi,
        CopyApi,
        FieldsApi,
        RetentionApi,
        NotificationsApi,
        RequestsApi,
        IntegrationsApi,
        RecipientsApi,
        (
            ErasureApi,
            ImportsApi,
            MergeApi,
            ExportsApi,
            RecordApi,
            OverviewApi,
            ViewsApi,
            BulkApi,
        ),
    );
    OpenApiService::new(apis, "Steward", env!("CARGO_PKG_VERSION"))
        .description(
            "Customer records whose controller duties are cheap and provable: retention after Complete, \
             copies for customers, secure shredding and consent kept in sync. Errors are RFC 9457 problem documents.",
        )
        .server("/api/v1")
}

/// The server-rendered pages of every capability.
fn pages() -> Route {
    let r = crate::auth::pages::routes(Route::new());
    let r = crate::overview::pages::routes(r);
    let r = crate::auth::pages::account_routes(r);
    let r = crate::auth::pages::token_routes(r);
    let r = crate::users::pages::routes(r);
    let r = crate::audit::pages::routes(r);
    let r = crate::sync::pages::routes(r);
    let r = crate::recipients::pages::routes(r);
    let r = crate::fields::pages::routes(r);
    let r = crate::tenants::pages::routes(r);
    let r = crate::customers::pages::routes(r);
    let r = crate::imports::pages::routes(r);
    let r = crate::notifications::pages::routes(r);
    let r = crate::requests::pages::routes(r);
    let r = crate::exports::pages::routes(r);
    let r = crate::consent::pages::routes(r);
    crate::retention::pages::routes(r)
}

/// The whole application as one endpoint.
pub fn app(state: AppState) -> impl Endpoint {
    let api = api_service();
    let spec = spec::published(&api.spec());
    let schemas = Arc::new(BodySchemas::from_spec(&spec, "/api/v1"));
    let docs = api.swagger_ui();
    let body_limit = state.config.server.body_limit;
    let max_in_flight = state.config.server.max_in_flight;
    let in_flight = state.metrics.in_flight.clone();
    page::set_secure_cookies(state.config.server.tls);
    Route::new()
        .nest("/", pages().with(page::ErrorPages))
        .nest("/api/v1", api)
        .at(
            "/api/openapi.json",
            get(probes::spec).data(Arc::new(probes::Spec(spec))),
        )
        .nest("/api/docs", docs)
        .nest("/portal", crate::requests::portal::routes())
        .at("/assets/steward.css", get(page::stylesheet))
        .at("/assets/steward.js", get(page::script))
        .nest("/hooks", crate::sync::inbound::routes())
        .at("/healthz", get(probes::healthz))
        .at("/readyz", get(probes::readyz))
        .at("/metrics", get(probes::metrics))
        .with(RequestBody {
            limit: body_limit,
            upload_limit: state.config.server.upload_limit,
            schemas,
        })
        .with(CookieJarManager::new())
        .catch_all_error(problem::catch_all)
        .with(Admission::new(max_in_flight, in_flight))
        .with(SecurityHeaders)
        .with(Observe)
        .data(crate::http::meta::TrustForwarded(
            state.config.server.trust_forwarded_for,
        ))
        .data(state)
}

/// Serves until SIGTERM or SIGINT, then drains in-flight requests.
pub async fn serve(state: AppState) -> anyhow::Result<()> {
    crate::copy::warm();
    let addr = state.config.server.addr;
    let acceptor = TcpListener::bind(addr)
        .into_acceptor()
        .await
        .map_err(|e| anyhow::anyhow!("server.addr: cannot listen on {addr}: {e}"))?;
    let local = acceptor
        .local_addr()
        .first()
        .and_then(|a| a.as_socket_addr().copied());
    tracing::info!(addr = ?local, "listening");
    if !state.config.web.templates_dir.is_empty() {
        let dir = std::path::PathBuf::from(&state.config.web.templates_dir);
        tracing::info!(dir = %dir.display(), "templates are read from disk on every render");
        crate::templates::read_from_disk(dir);
    }
    // A stop that was not clean (a crash, kill -9) may have left pages in
    // the logs that a fold would have cleared.
    state.db.fold_logs().await?;
    let grace = state.config.shutdown_grace();
    let state_db = state.db.clone();
    let runner = jobs::spawn_runner(state.services.clone());
    let sender = crate::sync::spawn_sender(state.services.clone());
    let result = Server::new_with_acceptor(acceptor)
        .run_with_graceful_shutdown(app(state), shutdown_signal(), Some(grace))
        .await;
    runner.abort();
    sender.abort();
    // What the logs hold folded in, so a clean stop leaves no cleared
    // page (a sent message, an erased record) in a log file.
    if let Err(e) = state_db.fold_logs().await {
        tracing::warn!(error = %crate::error::report(&e), "the write-ahead logs could not be folded at shutdown");
    }
    tracing::info!("stopped");
    Ok(result?)
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
            .expect("installing a SIGTERM handler succeeds");
        tokio::select! {
            _ = ctrl_c => {},
            _ = term.recv() => {},
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
    tracing::info!("shutting down: finishing in-flight requests");
}
