//! RFC 9457 problem documents: the one place errors become HTTP answers.

use std::collections::BTreeMap;

use poem::{Response, http::StatusCode};
use poem_openapi::{ApiResponse, Object, payload::Json};

use crate::error::Error;

pub const PROBLEM_JSON: &str = "application/problem+json";

/// An RFC 9457 problem document.
#[derive(Object, Debug, Clone, serde::Serialize)]
pub struct Problem {
    /// A URI reference naming the kind of problem.
    #[oai(rename = "type")]
    #[serde(rename = "type")]
    pub kind: String,
    /// Short summary of the kind of problem.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What happened, for this occurrence.
    pub detail: String,
    /// For validation failures: each field named, with what is wrong with it.
    #[oai(skip_serializing_if_is_none)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<BTreeMap<String, String>>,
    /// For a customer record merged into another: the record it became part of.
    #[oai(skip_serializing_if_is_none)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merged_into: Option<uuid::Uuid>,
}

impl Problem {
    pub fn new(status: StatusCode, slug: &str, detail: impl Into<String>) -> Self {
        Self {
            kind: format!("/problems/{slug}"),
            title: status.canonical_reason().unwrap_or("Error").to_owned(),
            status: status.as_u16(),
            detail: detail.into(),
            errors: None,
            merged_into: None,
        }
    }

    pub fn status(&self) -> StatusCode {
        StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    pub fn into_response(self) -> Response {
        problem_response(self.status(), &self, None)
    }
}

fn problem_response(status: StatusCode, problem: &Problem, retry_after: Option<u64>) -> Response {
    let body = serde_json::to_vec(problem).unwrap_or_default();
    let mut resp = Response::builder()
        .status(status)
        .content_type(PROBLEM_JSON)
        .body(body);
    if let Some(secs) = retry_after {
        resp.headers_mut().insert("retry-after", secs.into());
    }
    resp
}

/// Every error answer an operation can give. Declared on each operation so the
/// published spec lists them.
#[derive(ApiResponse, Debug)]
pub enum ApiError {
    /// The request is malformed: bad JSON, unknown or mistyped fields, bad IDs or cursors.
    #[oai(status = 400, content_type = "application/problem+json")]
    BadRequest(Json<Problem>),
    /// Not signed in, or the credentials are not right.
    #[oai(status = 401, content_type = "application/problem+json")]
    Unauthorized(Json<Problem>),
    /// Signed in, but the role does not allow this, or the CSRF token is missing.
    #[oai(status = 403, content_type = "application/problem+json")]
    Forbidden(Json<Problem>),
    /// No such resource in this tenant.
    #[oai(status = 404, content_type = "application/problem+json")]
    NotFound(Json<Problem>),
    /// The change conflicts with the current state.
    #[oai(status = 409, content_type = "application/problem+json")]
    Conflict(Json<Problem>),
    /// The resource was erased on purpose (a shredded customer); the detail names its receipt, and `merged_into` the record a merged one became part of.
    #[oai(status = 410, content_type = "application/problem+json")]
    Gone(Json<Problem>),
    /// The request body is larger than `server.body_limit`.
    #[oai(status = 413, content_type = "application/problem+json")]
    PayloadTooLarge(Json<Problem>),
    /// The request body is not JSON.
    #[oai(status = 415, content_type = "application/problem+json")]
    UnsupportedMediaType(Json<Problem>),
    /// A field's value breaks a rule; `errors` names each field.
    #[oai(status = 422, content_type = "application/problem+json")]
    Unprocessable(Json<Problem>),
    /// Too many failed attempts; `Retry-After` says when to try again.
    #[oai(status = 429, content_type = "application/problem+json")]
    TooManyRequests(Json<Problem>, #[oai(header = "Retry-After")] Option<u64>),
    /// Something failed inside Steward; the request ID in the logs tells what.
    #[oai(status = 500, content_type = "application/problem+json")]
    Internal(Json<Problem>),
    /// Steward is busy; nothing was changed. Send the same request again after `Retry-After` seconds.
    #[oai(status = 503, content_type = "application/problem+json")]
    ServiceUnavailable(Json<Problem>, #[oai(header = "Retry-After")] Option<u64>),
    /// The storage under a database is full: the request (a change, or a read, which is audited) was not carried out and nothing changed. Send it again once space has been freed.
    #[oai(status = 507, content_type = "application/problem+json")]
    InsufficientStorage(Json<Problem>, #[oai(header = "Retry-After")] Option<u64>),
}

pub type ApiResult<T> = std::result::Result<T, ApiError>;

impl ApiError {
    fn from_problem(p: Problem, retry_after: Option<u64>) -> Self {
        match p.status {
            400 => Self::BadRequest(Json(p)),
            401 => Self::Unauthorized(Json(p)),
            403 => Self::Forbidden(Json(p)),
            404 => Self::NotFound(Json(p)),
            409 => Self::Conflict(Json(p)),
            410 => Self::Gone(Json(p)),
            413 => Self::PayloadTooLarge(Json(p)),
            415 => Self::UnsupportedMediaType(Json(p)),
            422 => Self::Unprocessable(Json(p)),
            429 => Self::TooManyRequests(Json(p), retry_after),
            503 => Self::ServiceUnavailable(Json(p), retry_after),
            507 => Self::InsufficientStorage(Json(p), retry_after),
            _ => Self::Internal(Json(p)),
        }
    }
}

impl From<Error> for ApiError {
    fn from(e: Error) -> Self {
        log_internal(&e);
        let (problem, retry_after) = problem_of(&e);
        ApiError::from_problem(problem, retry_after)
    }
}

impl poem::error::ResponseError for Error {
    fn status(&self) -> StatusCode {
        problem_of(self).0.status()
    }

    fn as_response(&self) -> Response {
        log_internal(self);
        let (problem, retry_after) = problem_of(self);
        problem_response(problem.status(), &problem, retry_after)
    }
}

fn log_internal(e: &Error) {
    if matches!(e, Error::Db(_) | Error::Keys(_) | Error::Internal { .. }) {
        tracing::error!(error = %crate::error::report(e), "internal error");
    }
}

/// When to try a change again that was refused for lack of storage: an
/// operator has to free space first.
const STORAGE_RETRY_AFTER: u64 = 30;

/// The problem document (and Retry-After) for a domain error.
pub fn problem_of(e: &Error) -> (Problem, Option<u64>) {
    use StatusCode as S;
    let p = |status, slug| Problem::new(status, slug, e.to_string());
    match e {
        Error::NotFound(_) => (p(S::NOT_FOUND, "not-found"), None),
        Error::Forbidden(_) => (p(S::FORBIDDEN, "forbidden"), None),
        Error::Unauthenticated => (p(S::UNAUTHORIZED, "unauthenticated"), None),
        Error::SessionExpired => (p(S::UNAUTHORIZED, "session-expired"), None),
        Error::InvalidCredentials => (p(S::UNAUTHORIZED, "invalid-credentials"), None),
        Error::TotpRequired => (p(S::UNAUTHORIZED, "totp-required"), None),
        Error::BadSignature(_) => (p(S::UNAUTHORIZED, "bad-signature"), None),
        Error::Conflict(_) => (p(S::CONFLICT, "conflict"), None),
        Error::Gone(_) => (p(S::GONE, "gone"), None),
        Error::Merged { into, .. } => {
            let mut problem = p(S::GONE, "merged");
            problem.merged_into = Some((*into).into());
            (problem, None)
        }
        Error::BadRequest(_) => (p(S::BAD_REQUEST, "bad-request"), None),
        Error::TooLarge(_) => (p(S::PAYLOAD_TOO_LARGE, "payload-too-large"), None),
        Error::UnsupportedMediaType(_) => {
            (p(S::UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type"), None)
        }
        Error::BadQuery(params) => {
            let mut problem = p(S::BAD_REQUEST, "bad-query");
            problem.errors = Some(params.clone());
            (problem, None)
        }
        Error::Invalid(fields) => {
            let mut problem = p(S::UNPROCESSABLE_ENTITY, "validation");
            problem.errors = Some(fields.clone());
            (problem, None)
        }
        Error::Throttled { retry_after } => {
            (p(S::TOO_MANY_REQUESTS, "throttled"), Some(*retry_after))
        }
        Error::Busy { retry_after, .. } => (p(S::SERVICE_UNAVAILABLE, "busy"), Some(*retry_after)),
        Error::StorageFull { .. } => (
            p(S::INSUFFICIENT_STORAGE, "storage-full"),
            Some(STORAGE_RETRY_AFTER),
        ),
        Error::Db(_) | Error::Keys(_) | Error::Internal { .. } => (
            Problem::new(
                S::INTERNAL_SERVER_ERROR,
                "internal",
                "something went wrong inside Steward; the request ID identifies it in the logs",
            ),
            None,
        ),
    }
}

/// Turns any error that escaped the operations (unknown routes, payload parse
/// failures, failed authentication, oversized bodies) into a problem document.
pub async fn catch_all(err: poem::Error) -> Response {
    let pattern = err.data::<poem::PathPattern>().cloned();
    let mut resp = problem_for(err);
    if let Some(pattern) = pattern {
        resp.set_data(pattern);
    }
    resp
}

fn problem_for(err: poem::Error) -> Response {
    if err.is_from_response() {
        return err.into_response();
    }
    if let Some(e) = err.downcast_ref::<Error>() {
        log_internal(e);
        let (problem, retry_after) = problem_of(e);
        return problem_response(problem.status(), &problem, retry_after);
    }
    let status = err.status();
    let (slug, detail) = match status {
        StatusCode::NOT_FOUND => ("not-found", "no such resource".to_owned()),
        StatusCode::METHOD_NOT_ALLOWED => (
            "method-not-allowed",
            "this method is not allowed here".to_owned(),
        ),
        StatusCode::UNAUTHORIZED => (
            "unauthenticated",
            "sign in, or send an API token as `Authorization: Bearer …`".to_owned(),
        ),
        StatusCode::PAYLOAD_TOO_LARGE => (
            "payload-too-large",
            "the request body is larger than the server accepts".to_owned(),
        ),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => (
            "unsupported-media-type",
            "send the body as application/json".to_owned(),
        ),
        s if s.is_client_error() => ("bad-request", tidy_parse_error(&err.to_string())),
        _ => {
            tracing::error!(error = %err, "unhandled error");
            (
                "internal",
                "something went wrong inside Steward; the request ID identifies it in the logs"
                    .to_owned(),
            )
        }
    };
    let status = if status.is_server_error() || status.is_client_error() {
        status
    } else {
        StatusCode::BAD_REQUEST
    };
    let mut problem = Problem::new(status, slug, detail);
    if let Some(field) = field_of_parse_error(&problem.detail) {
        problem.errors = Some(BTreeMap::from([(field, problem.detail.clone())]));
    }
    problem.into_response()
}

/// poem-openapi's messages are precise but wordy; keep what names the fault.
fn tidy_parse_error(message: &str) -> String {
    message
        .strip_prefix("parse request payload error: ")
        .or_else(|| message.strip_prefix("failed to parse parameter "))
        .unwrap_or(message)
        .to_owned()
}

/// The field a parse failure is about, where the message names one.
fn field_of_parse_error(message: &str) -> Option<String> {
    for marker in [
        "unknown field `",
        "missing field `",
        "field `",
        "(field: ",
        "param: ",
    ] {
        if let Some(start) = message.find(marker) {
            let rest = &message[start + marker.len()..];
            let end = rest.find(['`', ')', ' ', ','])?;
            let name = rest[..end].trim_matches('"');
            if !name.is_empty() {
                return Some(name.to_owned());
            }
        }
    }
    None
}
