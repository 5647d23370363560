//! Middleware around every request: request IDs and logging, metrics,
//! security headers, admission under load and the body size limit.

use std::{sync::Arc, time::Instant};

use poem::{
    Body, Endpoint, IntoResponse, Middleware, PathPattern, Request, Response, Result,
    error::ReadBodyError,
    http::{HeaderValue, Method, StatusCode, header},
};
use prometheus_client::metrics::gauge::Gauge;
use tracing::Instrument;
use uuid::Uuid;

use super::{
    body_check::{self, BodySchemas},
    meta::RequestId,
    metrics::RequestLabels,
    problem::Problem,
};
use crate::state::AppState;

/// Gives each request an ID (or keeps a sane one from `X-Request-Id`), logs
/// its outcome in a span carrying that ID, and records metrics.
pub struct Observe;

impl<E: Endpoint> Middleware<E> for Observe {
    type Output = ObserveEndpoint<E>;

    fn transform(&self, inner: E) -> Self::Output {
        ObserveEndpoint { inner }
    }
}

pub struct ObserveEndpoint<E> {
    inner: E,
}

fn incoming_id(req: &Request) -> Option<String> {
    let id = req.header("x-request-id")?;
    (id.len() <= 64
        && !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
    .then(|| id.to_owned())
}

impl<E: Endpoint> Endpoint for ObserveEndpoint<E> {
    type Output = Response;

    async fn call(&self, mut req: Request) -> Result<Self::Output> {
        let started = Instant::now();
        let state = req.data::<AppState>().cloned();
        // A request ID from outside lands in audit rows, so it is only taken
        // from a proxy Steward is told to trust.
        let trusted = state
            .as_ref()
            .is_some_and(|s| s.config.server.trust_forwarded_for);
        let id = trusted
            .then(|| incoming_id(&req))
            .flatten()
            .unwrap_or_else(|| Uuid::now_v7().to_string());
        req.set_data(RequestId(id.clone()));
        let method = method_label(req.method());
        let writes = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
        let span = tracing::info_span!("request", request_id = %id, method = %method);
        async move {
            let mut resp = match self.inner.call(req).await {
                Ok(r) => r.into_response(),
                Err(e) => e.into_response(),
            };
            let route = resp
                .data::<PathPattern>()
                .map_or_else(|| "unmatched".to_owned(), |p| p.0.to_string());
            let status = resp.status().as_u16();
            let elapsed = started.elapsed();
            if let Some(state) = state {
                match status {
                    507 => state.storage.refused(),
                    200..=299 if writes => state.storage.wrote(),
                    _ => {}
                }
                state.metrics.observe(
                    RequestLabels {
                        method,
                        route: route.clone(),
                        status,
                    },
                    elapsed.as_secs_f64(),
                );
            }
            tracing::info!(route = %route, status, ms = elapsed.as_secs_f64() * 1000.0, "answered");
            if let Ok(v) = HeaderValue::from_str(&id) {
                resp.headers_mut().insert("x-request-id", v);
            }
            Ok(resp)
        }
        .instrument(span)
        .await
    }
}

/// Known methods by name, anything else as one label, so odd requests cannot
/// grow the metrics without bound.
fn method_label(method: &Method) -> String {
    const KNOWN: [Method; 9] = [
        Method::GET,
        Method::HEAD,
        Method::POST,
        Method::PUT,
        Method::PATCH,
        Method::DELETE,
        Method::OPTIONS,
        Method::CONNECT,
        Method::TRACE,
    ];
    if KNOWN.contains(method) {
        method.to_string()
    } else {
        "OTHER".to_owned()
    }
}

/// Headers that keep responses out of caches and frames. The interactive API
/// docs need inline scripts, so they get no Content-Security-Policy.
pub struct SecurityHeaders;

impl<E: Endpoint> Middleware<E> for SecurityHeaders {
    type Output = SecurityHeadersEndpoint<E>;

    fn transform(&self, inner: E) -> Self::Output {
        SecurityHeadersEndpoint { inner }
    }
}

pub struct SecurityHeadersEndpoint<E> {
    inner: E,
}

impl<E: Endpoint> Endpoint for SecurityHeadersEndpoint<E> {
    type Output = Response;

    async fn call(&self, req: Request) -> Result<Self::Output> {
        let docs = req.uri().path().starts_with("/api/docs");
        let mut resp = self.inner.call(req).await?.into_response();
        let h = resp.headers_mut();
        h.insert(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        );
        h.insert(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        );
        h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
        if !docs {
            h.insert(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static("default-src 'self'; frame-ancestors 'none'"),
            );
        }
        if !h.contains_key(header::CACHE_CONTROL) {
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        }
        Ok(resp)
    }
}

/// Refuses bodies over the limit with 413, whether or not they declare a
/// Content-Length (a chunked body is counted as it is read), then checks JSON
/// bodies against their operation's schema.
pub struct RequestBody {
    pub limit: usize,
    /// The limit for the uploads of files ([`UPLOADS`]).
    pub upload_limit: usize,
    pub schemas: Arc<BodySchemas>,
}

/// Where files are uploaded (posted): a larger limit applies.
pub const UPLOADS: [&str; 2] = ["/api/v1/imports", "/customers/import"];

/// The largest body of an identity document upload: the 5 MiB file and
/// room for the form around it, so an oversize file reaches the handler and
/// is refused with its own words.
const IDENTITY_UPLOAD_LIMIT: usize = 5 * 1024 * 1024 + 64 * 1024;

/// Whether `path` is where a person uploads an identity document
/// (`/portal/{tenant}/identity/{token}`).
fn is_identity_upload(path: &str) -> bool {
    let parts: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    matches!(parts.as_slice(), ["", "portal", _, "identity", _])
}

/// Uploads read at once; one more is answered 503 at once.
const UPLOADS_AT_ONCE: usize = 4;

fn busy_uploading() -> Response {
    let mut resp = Problem::new(
        StatusCode::SERVICE_UNAVAILABLE,
        "busy",
        "other files are being uploaded; nothing was kept, try again in a few seconds",
    )
    .into_response();
    resp.headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
    resp
}

impl<E: Endpoint> Middleware<E> for RequestBody {
    type Output = RequestBodyEndpoint<E>;

    fn transform(&self, inner: E) -> Self::Output {
        RequestBodyEndpoint {
            inner,
            limit: self.limit,
            upload_limit: self.upload_limit,
            uploading: Arc::new(tokio::sync::Semaphore::new(UPLOADS_AT_ONCE)),
            schemas: self.schemas.clone(),
        }
    }
}

pub struct RequestBodyEndpoint<E> {
    inner: E,
    limit: usize,
    upload_limit: usize,
    uploading: Arc<tokio::sync::Semaphore>,
    schemas: Arc<BodySchemas>,
}

fn too_large(limit: usize) -> Response {
    Problem::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "payload-too-large",
        format!("the request body is larger than {limit} bytes"),
    )
    .into_response()
}

impl<E: Endpoint> Endpoint for RequestBodyEndpoint<E> {
    type Output = Response;

    async fn call(&self, mut req: Request) -> Result<Self::Output> {
        // The larger limit is for someone who says who they are (the
        // handler still checks it), a few at a time: a stranger cannot make
        // the server hold many large bodies.
        let upload = *req.method() == Method::POST
            && UPLOADS.contains(&req.uri().path().trim_end_matches('/'))
            && (req.header(header::AUTHORIZATION).is_some()
                || req
                    .cookie()
                    .get(crate::auth::extract::SESSION_COOKIE)
                    .is_some());
        let _slot = match upload {
            true => match self.uploading.clone().try_acquire_owned() {
                Ok(slot) => Some(slot),
                Err(_) => return Ok(busy_uploading()),
            },
            false => None,
        };
        // An identity document through the portal: the person's link is
        // their credential; the handler refuses a file over 5 MiB itself.
        let document = *req.method() == Method::POST && is_identity_upload(req.uri().path());
        let _slot = match (document, _slot) {
            (true, None) => match self.uploading.clone().try_acquire_owned() {
                Ok(slot) => Some(slot),
                Err(_) => return Ok(busy_uploading()),
            },
            (_, slot) => slot,
        };
        let limit = if upload {
            self.upload_limit
        } else if document {
            self.limit.max(IDENTITY_UPLOAD_LIMIT)
        } else {
            self.limit
        };
        let declared = req
            .header(header::CONTENT_LENGTH)
            .and_then(|v| v.parse::<u64>().ok());
        if declared.is_some_and(|n| n > limit as u64) {
            return Ok(too_large(limit));
        }
        let body = req.take_body();
        match body.into_bytes_limit(limit).await {
            Ok(bytes) => {
                let content_type = req.header(header::CONTENT_TYPE);
                // Whatever the declared type: some endpoints (the marketing
                // hook) read any body as JSON. An uploaded file is not.
                let checked = (!upload && !document)
                    .then(|| body_check::duplicate_key(&bytes))
                    .flatten();
                if let Some(problem) = checked.or_else(|| {
                    self.schemas
                        .check(req.method(), req.uri().path(), content_type, &bytes)
                }) {
                    return Ok(problem.into_response());
                }
                req.set_body(Body::from(bytes));
            }
            Err(ReadBodyError::PayloadTooLarge) => return Ok(too_large(limit)),
            Err(e) => {
                return Ok(Problem::new(
                    StatusCode::BAD_REQUEST,
                    "bad-request",
                    format!("the request body could not be read: {e}"),
                )
                .into_response());
            }
        }
        Ok(self.inner.call(req).await?.into_response())
    }
}

/// Takes at most `max_in_flight` requests at once. One more gets 503 with
/// `Retry-After` straight away, before its body is read, instead of waiting
/// in an unbounded queue: under overload the answers stay quick, memory
/// stays bounded and clients know when to come back. The probes bypass it
/// so that a busy instance still reports itself alive.
pub struct Admission {
    slots: Arc<tokio::sync::Semaphore>,
    in_flight: Gauge,
}

impl Admission {
    /// `in_flight` is the gauge that shows how many are being handled.
    pub fn new(max_in_flight: usize, in_flight: Gauge) -> Self {
        Self {
            slots: Arc::new(tokio::sync::Semaphore::new(max_in_flight)),
            in_flight,
        }
    }
}

/// A request's slot: counted in the gauge until the answer is made.
struct Admitted {
    _slot: tokio::sync::OwnedSemaphorePermit,
    in_flight: Gauge,
}

impl Drop for Admitted {
    fn drop(&mut self) {
        self.in_flight.dec();
    }
}

impl<E: Endpoint> Middleware<E> for Admission {
    type Output = AdmissionEndpoint<E>;

    fn transform(&self, inner: E) -> Self::Output {
        AdmissionEndpoint {
            inner,
            slots: self.slots.clone(),
            in_flight: self.in_flight.clone(),
        }
    }
}

pub struct AdmissionEndpoint<E> {
    inner: E,
    slots: Arc<tokio::sync::Semaphore>,
    in_flight: Gauge,
}

/// Paths answered whatever the load.
const PROBES: [&str; 3] = ["/healthz", "/readyz", "/metrics"];

impl<E: Endpoint> Endpoint for AdmissionEndpoint<E> {
    type Output = Response;

    async fn call(&self, req: Request) -> Result<Self::Output> {
        if PROBES.contains(&req.uri().path()) {
            return Ok(self.inner.call(req).await?.into_response());
        }
        let Ok(slot) = self.slots.clone().try_acquire_owned() else {
            return Ok(poem::error::ResponseError::as_response(
                &crate::error::Error::Busy {
                    retry_after: 1,
                    unchanged: true,
                },
            ));
        };
        self.in_flight.inc();
        let _admitted = Admitted {
            _slot: slot,
            in_flight: self.in_flight.clone(),
        };
        Ok(self.inner.call(req).await?.into_response())
    }
}
