//! The public portal under `/portal/{tenant}`: a form (HTML) and the same
//! as JSON, where a person asks for a copy, erasure or withdrawal of their
//! marketing consent; the emailed verification link; and the download of a
//! fulfilled copy. Every answer to a request is the same whatever the
//! address, so the portal reveals nothing about who is a customer.

use chrono::{DateTime, Utc};
use poem::{
    Body, IntoResponse, Request, Response, Route, get, handler,
    http::{StatusCode, header},
    post,
    web::{Data, Path, cookie::CookieJar},
};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::service::{self, Submission};
use crate::audit::Origin;
use crate::{
    error::Error,
    http::{page, problem::problem_of},
    state::AppState,
    templates,
};

pub fn routes() -> Route {
    Route::new()
        .at("/:tenant", get(form))
        .at("/:tenant/requests", post(submit))
        .at("/:tenant/sent", get(sent))
        .at("/:tenant/verify/:token", get(confirm))
        .at("/:tenant/verify", post(verify))
        .at("/:tenant/download/:token", get(download_page))
        .at("/:tenant/download/:token/:n/:file", get(download_file))
}

/// How a request came: JSON from a program, or a browser's form.
fn wants_json(req: &Request) -> bool {
    req.header(header::CONTENT_TYPE)
        .is_some_and(|c| c.starts_with("application/json"))
}

fn what(kind: &str) -> &'static str {
    match kind {
        "copy" => "a copy of your data",
        "erasure" => "erasure of your data",
        _ => "withdrawal of your consent",
    }
}

/// A portal page: which one (`page`), under the tenant's name, with what
/// that page shows (`body`).
#[derive(Serialize)]
struct Portal<'a, T> {
    page: &'static str,
    title: &'static str,
    slug: &'a str,
    controller: &'a str,
    #[serde(flatten)]
    body: T,
}

/// A refusal, in words.
#[derive(Serialize)]
struct Refused {
    detail: String,
}

/// The request form; `error` after a refused post.
#[derive(Serialize)]
struct RequestForm {
    error: Option<String>,
    csrf: String,
    /// When the organisation's account closes, if it is closing.
    closing: Option<DateTime<Utc>>,
}

/// After a request: how long the emailed link works.
#[derive(Serialize)]
struct Sent {
    hours: i64,
}

/// The page a verification link opens.
#[derive(Serialize)]
struct Confirm {
    token: String,
    what: &'static str,
    csrf: String,
}

/// A request confirmed.
#[derive(Serialize)]
struct Confirmed {
    kind: &'static str,
    what: &'static str,
    due_at: Option<DateTime<Utc>>,
}

/// A fulfilled copy's files.
#[derive(Serialize)]
struct Download {
    token: String,
    files: Vec<File>,
    expires_at: Option<DateTime<Utc>>,
}

/// One file of a copy.
#[derive(Serialize)]
struct File {
    /// Downloaded already.
    done: bool,
    name: String,
    label: String,
}

fn html<T: Serialize>(status: StatusCode, context: Portal<'_, T>) -> Response {
    match templates::render("portal/page.html", &context) {
        Ok(body) => Response::builder()
            .status(status)
            .content_type("text/html; charset=utf-8")
            .header(header::CACHE_CONTROL, "no-store")
            .body(body),
        Err(e) => problem(&e),
    }
}

fn problem(e: &Error) -> Response {
    poem::error::ResponseError::as_response(e)
}

/// What a problem says, for a page: each field's fault, or the detail.
fn detail_of(p: &crate::http::problem::Problem) -> String {
    match &p.errors {
        Some(errors) if !errors.is_empty() => errors
            .iter()
            .map(|(field, why)| format!("{field}: {why}"))
            .collect::<Vec<_>>()
            .join("; "),
        _ => p.detail.clone(),
    }
}

/// A problem as a page, for browsers.
fn problem_page(slug: &str, controller: &str, e: &Error) -> Response {
    let (p, retry_after) = problem_of(e);
    let mut resp = html(
        p.status(),
        Portal {
            page: "problem",
            title: "Something is not right",
            slug,
            controller,
            body: Refused {
                detail: detail_of(&p),
            },
        },
    );
    if let Some(secs) = retry_after {
        resp.headers_mut().insert(header::RETRY_AFTER, secs.into());
    }
    resp
}

#[handler]
async fn form(
    req: &Request,
    jar: &CookieJar,
    state: Data<&AppState>,
    Path(slug): Path<String>,
) -> Response {
    match service::portal_tenant(&state, &slug).await {
        Ok(t) => html(
            StatusCode::OK,
            Portal {
                page: "form",
                title: "Your data",
                slug: &t.slug,
                controller: &t.name,
                body: RequestForm {
                    error: None,
                    csrf: page::form_token(req, jar),
                    closing: service::closing(&t),
                },
            },
        ),
        Err(e) => problem_page(&slug, "", &e),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SubmitBody {
    email: String,
    kind: String,
}

/// Reads a JSON or form body into `T`; form fields are strings.
fn parse_body<T: serde::de::DeserializeOwned>(json: bool, body: &[u8]) -> Result<T, Error> {
    if json {
        return serde_json::from_slice(body).map_err(|e| {
            Error::BadRequest(format!("the body is not valid JSON for this request: {e}"))
        });
    }
    let fields: serde_json::Map<String, Value> = url::form_urlencoded::parse(body)
        .filter(|(k, _)| k != "csrf")
        .map(|(k, v)| (k.into_owned(), Value::String(v.into_owned())))
        .collect();
    serde_json::from_value(Value::Object(fields))
        .map_err(|e| Error::BadRequest(format!("the form is not complete: {e}")))
}

/// A browser's form must carry the token its page was given; a program's
/// JSON needs none (browsers cannot send JSON across sites unasked).
fn check_form(req: &Request, json: bool, body: &[u8]) -> Result<(), Error> {
    if json {
        return Ok(());
    }
    let given = url::form_urlencoded::parse(body)
        .find(|(k, _)| k == "csrf")
        .map(|(_, v)| v.into_owned());
    page::check_form_token(req, given.as_deref())
}

#[handler]
async fn submit(
    req: &Request,
    jar: &CookieJar,
    state: Data<&AppState>,
    meta: Origin,
    Path(slug): Path<String>,
    body: Body,
) -> Response {
    let json = wants_json(req);
    let result = async {
        let bytes = body
            .into_bytes()
            .await
            .map_err(|e| Error::BadRequest(format!("the body could not be read: {e}")))?;
        check_form(req, json, &bytes)?;
        let b: SubmitBody = parse_body(json, &bytes)?;
        super::intake::submit(
            &state,
            &meta,
            &slug,
            Submission {
                email: &b.email,
                kind: &b.kind,
            },
        )
        .await
    }
    .await;
    match (result, json) {
        (Ok(()), true) => (
            StatusCode::ACCEPTED,
            poem::web::Json(json!({
                "status": "accepted",
                "detail": "If the address can receive email, a confirmation link is on its way; the request goes ahead once it is followed.",
            })),
        )
            .into_response(),
        (Ok(()), false) => Response::builder()
            .status(StatusCode::SEE_OTHER)
            .header(header::LOCATION, format!("/portal/{slug}/sent"))
            .finish(),
        (Err(e), true) => problem(&e),
        (Err(e @ (Error::Invalid(_) | Error::BadRequest(_))), false) => {
            match service::portal_tenant(&state, &slug).await {
                Ok(t) => {
                    let (p, _) = problem_of(&e);
                    html(
                        p.status(),
                        Portal {
                            page: "form",
                            title: "Your data",
                            slug: &t.slug,
                            controller: &t.name,
                            body: RequestForm {
                                error: Some(detail_of(&p)),
                                csrf: page::form_token(req, jar),
                                closing: service::closing(&t),
                            },
                        },
                    )
                }
                Err(e) => problem(&e),
            }
        }
        (Err(e), false) => problem_page(&slug, "", &e),
    }
}

#[handler]
async fn sent(state: Data<&AppState>, Path(slug): Path<String>) -> Response {
    match service::portal_tenant(&state, &slug).await {
        Ok(t) => html(
            StatusCode::OK,
            Portal {
                page: "sent",
                title: "Check your email",
                slug: &t.slug,
                controller: &t.name,
                body: Sent {
                    hours: state.config.portal.verify_ttl.as_chrono().num_hours(),
                },
            },
        ),
        Err(e) => problem_page(&slug, "", &e),
    }
}

/// The page a verification link opens: it asks the person to confirm, so a
/// mail scanner that follows links does not confirm for them.
#[handler]
async fn confirm(
    req: &Request,
    jar: &CookieJar,
    state: Data<&AppState>,
    Path((slug, token)): Path<(String, String)>,
) -> Response {
    let tenant = match service::portal_tenant(&state, &slug).await {
        Ok(t) => t,
        Err(e) => return problem_page(&slug, "", &e),
    };
    match super::intake::check_verify_token(&state, &slug, &token).await {
        Ok(kind) => html(
            StatusCode::OK,
            Portal {
                page: "confirm",
                title: "Confirm your request",
                slug: &slug,
                controller: &tenant.name,
                body: Confirm {
                    what: what(kind.as_str()),
                    token,
                    csrf: page::form_token(req, jar),
                },
            },
        ),
        Err(e) => problem_page(&slug, &tenant.name, &e),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VerifyBody {
    token: String,
}

#[handler]
async fn verify(
    req: &Request,
    state: Data<&AppState>,
    meta: Origin,
    Path(slug): Path<String>,
    body: Body,
) -> Response {
    let json = wants_json(req);
    let tenant = match service::portal_tenant(&state, &slug).await {
        Ok(t) => t,
        Err(e) if json => return problem(&e),
        Err(e) => return problem_page(&slug, "", &e),
    };
    let result = async {
        let bytes = body
            .into_bytes()
            .await
            .map_err(|e| Error::BadRequest(format!("the body could not be read: {e}")))?;
        check_form(req, json, &bytes)?;
        let b: VerifyBody = parse_body(json, &bytes)?;
        super::intake::verify(&state, &meta, &slug, &b.token).await
    }
    .await;
    match (result, json) {
        (Ok(v), true) => poem::web::Json(&v).into_response(),
        (Ok(v), false) => html(
            StatusCode::OK,
            Portal {
                page: "verified",
                title: "Request confirmed",
                slug: &slug,
                controller: &tenant.name,
                body: Confirmed {
                    kind: v.kind,
                    what: what(v.kind),
                    due_at: v.due_at,
                },
            },
        ),
        (Err(e), true) => problem(&e),
        (Err(e), false) => problem_page(&slug, &tenant.name, &e),
    }
}

#[handler]
async fn download_page(
    state: Data<&AppState>,
    Path((slug, token)): Path<(String, String)>,
) -> Response {
    match super::downloads::by_download_token(&state, &slug, &token).await {
        Ok((tenant, row)) => {
            let done = super::downloads::downloaded_of(&row);
            let several = service::matched_ids(&row).len() > 1;
            let files = super::downloads::files(&row)
                .into_iter()
                .map(|name| {
                    let (n, file) = name.split_once('/').expect("files are n/name");
                    let what = if file.ends_with(".pdf") {
                        "Your data as a PDF document"
                    } else {
                        "Your data as a JSON file (machine-readable)"
                    };
                    let label = match several {
                        true => format!("Record {n}: {what}"),
                        false => what.to_owned(),
                    };
                    File {
                        done: done.contains(&name),
                        name,
                        label,
                    }
                })
                .collect();
            html(
                StatusCode::OK,
                Portal {
                    page: "download",
                    title: "Your copy",
                    slug: &slug,
                    controller: &tenant.name,
                    body: Download {
                        token,
                        files,
                        expires_at: row.download_expires_at,
                    },
                },
            )
        }
        Err(e) => problem_page(&slug, "", &e),
    }
}

#[handler]
async fn download_file(
    state: Data<&AppState>,
    meta: Origin,
    Path((slug, token, n, file)): Path<(String, String, String, String)>,
) -> Response {
    let name = format!("{n}/{file}");
    let (request, copy) =
        match super::downloads::prepare_download(&state, &slug, &token, &name).await {
            Ok(ready) => ready,
            Err(e) => return problem_page(&slug, "", &e),
        };
    let id = copy.record.customer_id;
    // Made first, claimed after: a failure here does not use the file up.
    let rendered = match file.as_str() {
        "copy.pdf" => crate::copy::pdf::render_in_turn(&state, copy)
            .await
            .map(|bytes| (bytes, "application/pdf", "pdf")),
        _ => serde_json::to_vec_pretty(&copy)
            .map_err(|e| Error::internal_from("export", e))
            .map(|bytes| (bytes, "application/json", "json")),
    };
    let (bytes, content_type, ext) = match rendered {
        Ok(r) => r,
        Err(e) => return problem_page(&slug, "", &e),
    };
    if let Err(e) = super::downloads::claim_download(&state, &meta, &request, &name).await {
        return problem_page(&slug, "", &e);
    }
    Response::builder()
        .content_type(content_type)
        .header(header::CACHE_CONTROL, "no-store")
        .header(
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"your-data-{id}.{ext}\""),
        )
        .body(bytes)
}
