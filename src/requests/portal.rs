//! The public portal under `/portal/{tenant}`: a form (HTML) and the same
//! as JSON, where a person asks for a copy, erasure or withdrawal of their
//! marketing consent; the emailed verification link; and the download of a
//! fulfilled copy. Every answer to a request is the same whatever the
//! address, so the portal reveals nothing about who is a customer.

use chrono::{DateTime, Utc};
use entity::tenant;

use crate::tenants::identity::Brand;
use poem::{
    Body, IntoResponse, Request, Response, Route, get, handler,
    http::{StatusCode, header},
    post,
    web::{
        Data, Path,
        cookie::{Cookie, CookieJar, SameSite},
    },
};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::service::{self, Submission};
use crate::audit::Origin;
use crate::{
    error::Error,
    http::{page, problem::problem_of},
    i18n::{self, Lang},
    state::AppState,
    templates,
};

pub fn routes() -> Route {
    Route::new()
        .at("/:tenant", get(form))
        .at("/:tenant/logo", get(logo))
        .at("/:tenant/brand.css", get(brand_css))
        .at("/:tenant/requests", post(submit))
        .at("/:tenant/sent", get(sent))
        .at("/:tenant/verify/:token", get(confirm))
        .at("/:tenant/verify", post(verify))
        .at(
            "/:tenant/identity/:token",
            get(identity_page).post(identity_upload),
        )
        .at("/:tenant/download/:token", get(download_page))
        .at("/:tenant/download/:token/:n/:file", get(download_file))
        .at("/:tenant/recipients", get(recipients))
}

/// How a request came: JSON from a program, or a browser's form.
fn wants_json(req: &Request) -> bool {
    req.header(header::CONTENT_TYPE)
        .is_some_and(|c| c.starts_with("application/json"))
}

/// The cookie that keeps the language a person chose in the portal.
const LANG_COOKIE: &str = "steward_lang";

/// The language to answer in: one chosen with `?lang=` (remembered in a
/// cookie), else the remembered one, else the browser's `Accept-Language`,
/// else the tenant's default.
fn reader(req: &Request, jar: &CookieJar, tenant: Option<&tenant::Model>) -> Lang {
    let chosen = req.uri().query().and_then(|q| {
        url::form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| k == "lang")
            .and_then(|(_, v)| Lang::parse(&v))
    });
    if let Some(lang) = chosen {
        let mut cookie = Cookie::new_with_str(LANG_COOKIE, lang.tag());
        cookie.set_path("/portal");
        cookie.set_same_site(SameSite::Lax);
        cookie.set_http_only(true);
        cookie.set_max_age(std::time::Duration::from_secs(365 * 86_400));
        cookie.set_secure(page::state_of(req).is_ok_and(|s| s.config.server.tls));
        jar.add(cookie);
        return lang;
    }
    req.cookie()
        .get(LANG_COOKIE)
        .and_then(|c| Lang::parse(c.value_str()))
        .or_else(|| {
            req.header(header::ACCEPT_LANGUAGE)
                .and_then(i18n::negotiate)
        })
        .or_else(|| tenant.and_then(|t| Lang::parse(&t.default_language)))
        .unwrap_or_default()
}

/// A language the portal can switch to, by its own name.
#[derive(Serialize)]
struct Choice {
    tag: &'static str,
    name: String,
}

/// A portal page: which one (`page`), in which language, under the
/// tenant's name, with what that page shows (`body`).
#[derive(Serialize)]
struct Portal<'a, T> {
    page: &'static str,
    lang: Lang,
    languages: Vec<Choice>,
    slug: &'a str,
    controller: &'a str,
    /// Who the controller is and how its pages look, where known.
    brand: Option<Brand>,
    #[serde(flatten)]
    body: T,
}

impl<'a, T> Portal<'a, T> {
    /// Page `page` in `lang`, under `tenant`'s name and brand when the
    /// address names one.
    fn new(page: &'static str, lang: Lang, tenant: Option<&'a tenant::Model>, body: T) -> Self {
        let languages = Lang::all()
            .iter()
            .map(|l| Choice {
                tag: l.tag(),
                name: l.own_name(),
            })
            .collect();
        Self {
            page,
            lang,
            languages,
            slug: tenant.map_or("", |t| t.slug.as_str()),
            controller: tenant.map_or("", |t| t.name.as_str()),
            brand: tenant.map(Brand::of),
            body,
        }
    }
}

/// A refusal: the catalogue message that says it.
#[derive(Serialize)]
struct Refused {
    problem: &'static str,
}

/// The request form; `error` (a catalogue message) after a refused post.
#[derive(Serialize)]
struct RequestForm {
    error: Option<&'static str>,
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
    kind: &'static str,
    csrf: String,
    /// For a rectification: the custom fields the person may ask to have
    /// corrected, as (key, label).
    correctable: Vec<(String, String)>,
}

/// A request confirmed.
#[derive(Serialize)]
struct Confirmed {
    kind: &'static str,
    state: &'static str,
    due_at: Option<DateTime<Utc>>,
    /// The link's token, when the person may upload an identity document.
    upload: Option<String>,
}

/// A request whose link was followed before: where it stands.
#[derive(Serialize)]
struct Already {
    state: &'static str,
    due_at: Option<DateTime<Utc>>,
    /// The link's token, when the person may upload an identity document.
    upload: Option<String>,
}

/// The identity page: where the request stands, and the upload form while
/// the organisation takes a document.
#[derive(Serialize)]
struct IdentityPage {
    token: String,
    csrf: String,
    #[serde(flatten)]
    standing: super::identity::Standing,
    /// Just uploaded.
    received: bool,
    /// A refused upload: the catalogue message saying why.
    error: Option<&'static str>,
}

/// A fulfilled copy's files.
#[derive(Serialize)]
struct Download {
    token: String,
    files: Vec<File>,
    several: bool,
    expires_at: Option<DateTime<Utc>>,
}

/// One file of a copy.
#[derive(Serialize)]
struct File {
    /// Downloaded already.
    done: bool,
    name: String,
    /// Which record's copy, counting from 1.
    record: String,
    /// `pdf` or `json`.
    format: &'static str,
}

fn html<T: Serialize>(status: StatusCode, context: Portal<'_, T>) -> Response {
    match templates::render("portal/page.html", &context) {
        Ok(body) => Response::builder()
            .status(status)
            .content_type("text/html; charset=utf-8")
            .header(header::CACHE_CONTROL, "no-store")
            .header(header::CONTENT_LANGUAGE, context.lang.tag())
            .body(body),
        Err(e) => problem(&e),
    }
}

fn problem(e: &Error) -> Response {
    poem::error::ResponseError::as_response(e)
}

/// The catalogue message that tells a person what went wrong and what to do.
fn problem_message(e: &Error) -> &'static str {
    match e {
        Error::Gone(detail) => service::refusal_message(detail).unwrap_or("portal-problem-other"),
        Error::Throttled { .. } => "portal-problem-throttled",
        Error::TooLarge(_) => "portal-problem-too-large",
        Error::UnsupportedMediaType(_) => "portal-problem-type",
        Error::Invalid(fields) if fields.contains_key("email") => "portal-problem-email",
        Error::Invalid(_) => "portal-problem-kind",
        Error::Forbidden(d) if d.contains("identity documents") => "portal-identity-not-taken",
        Error::Conflict(_) => "portal-identity-closed",
        Error::Forbidden(_) | Error::BadRequest(_) => "portal-problem-form",
        Error::NotFound("portal") => "portal-problem-unknown",
        Error::NotFound(_) => "portal-problem-download-gone",
        _ => "portal-problem-other",
    }
}

/// A problem as a page, for browsers, under the tenant's name when known.
fn problem_page(lang: Lang, tenant: Option<&tenant::Model>, e: &Error) -> Response {
    let (p, retry_after) = problem_of(e);
    let mut resp = html(
        p.status(),
        Portal::new(
            "problem",
            lang,
            tenant,
            Refused {
                problem: problem_message(e),
            },
        ),
    );
    if let Some(secs) = retry_after {
        resp.headers_mut().insert(header::RETRY_AFTER, secs.into());
    }
    resp
}

/// The tenant of a portal address, or the page that says there is none.
async fn tenant_or_page(
    state: &AppState,
    req: &Request,
    jar: &CookieJar,
    slug: &str,
) -> Result<tenant::Model, Response> {
    service::portal_tenant(state, slug)
        .await
        .map_err(|e| problem_page(reader(req, jar, None), None, &e))
}

#[handler]
async fn form(
    req: &Request,
    jar: &CookieJar,
    state: Data<&AppState>,
    Path(slug): Path<String>,
) -> Response {
    let t = match tenant_or_page(&state, req, jar, &slug).await {
        Ok(t) => t,
        Err(page) => return page,
    };
    html(
        StatusCode::OK,
        Portal::new(
            "form",
            reader(req, jar, Some(&t)),
            Some(&t),
            RequestForm {
                error: None,
                csrf: page::form_token(req, jar),
                closing: service::closing(&t),
            },
        ),
    )
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
    let mut fields = serde_json::Map::new();
    let mut proposed = serde_json::Map::new();
    for (k, v) in url::form_urlencoded::parse(body).filter(|(k, _)| k != "csrf") {
        // A rectification's inputs are `proposed.<field>`: one object.
        match k.strip_prefix("proposed.") {
            Some(field) => proposed.insert(field.to_owned(), Value::String(v.into_owned())),
            None => fields.insert(k.into_owned(), Value::String(v.into_owned())),
        };
    }
    if !proposed.is_empty() {
        fields.insert("proposed".into(), Value::Object(proposed));
    }
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
    let tenant = service::portal_tenant(&state, &slug).await.ok();
    let lang = reader(req, jar, tenant.as_ref());
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
                lang,
            },
        )
        .await
    }
    .await;
    match (result, json, tenant) {
        (Ok(()), true, _) => (
            StatusCode::ACCEPTED,
            poem::web::Json(json!({
                "status": "accepted",
                "detail": "If the address can receive email, a confirmation link is on its way; the request goes ahead once it is followed.",
            })),
        )
            .into_response(),
        (Ok(()), false, _) => Response::builder()
            .status(StatusCode::SEE_OTHER)
            .header(header::LOCATION, format!("/portal/{slug}/sent"))
            .finish(),
        (Err(e), true, _) => problem(&e),
        (Err(e @ (Error::Invalid(_) | Error::BadRequest(_))), false, Some(t)) => {
            let (p, _) = problem_of(&e);
            html(
                p.status(),
                Portal::new(
                    "form",
                    lang,
                    Some(&t),
                    RequestForm {
                        error: Some(problem_message(&e)),
                        csrf: page::form_token(req, jar),
                        closing: service::closing(&t),
                    },
                ),
            )
        }
        (Err(e), false, t) => problem_page(lang, t.as_ref(), &e),
    }
}

#[handler]
async fn sent(
    req: &Request,
    jar: &CookieJar,
    state: Data<&AppState>,
    Path(slug): Path<String>,
) -> Response {
    let t = match tenant_or_page(&state, req, jar, &slug).await {
        Ok(t) => t,
        Err(page) => return page,
    };
    html(
        StatusCode::OK,
        Portal::new(
            "sent",
            reader(req, jar, Some(&t)),
            Some(&t),
            Sent {
                hours: state.config.portal.verify_ttl.as_chrono().num_hours(),
            },
        ),
    )
}

/// The page for a verification link that was used before: the request's
/// status, not an error. `None` when the link never confirmed anything.
async fn already_page(
    state: &AppState,
    lang: Lang,
    tenant: &tenant::Model,
    token: &str,
) -> Option<Response> {
    let row = super::service::confirmed_by(state, tenant.id, token)
        .await
        .ok()??;
    let may_upload = row.state == service::State::Identity && tenant.identity_documents;
    Some(html(
        StatusCode::OK,
        Portal::new(
            "already",
            lang,
            Some(tenant),
            Already {
                state: row.state.as_str(),
                due_at: row.due_at,
                upload: may_upload.then(|| token.to_owned()),
            },
        ),
    ))
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
    let tenant = match tenant_or_page(&state, req, jar, &slug).await {
        Ok(t) => t,
        Err(page) => return page,
    };
    let lang = reader(req, jar, Some(&tenant));
    let checked = super::intake::check_verify_token(&state, &slug, &token).await;
    let correctable = match &checked {
        Ok(service::Kind::Rectification) => {
            match crate::fields::Defs::load(&state.db.main, tenant.id).await {
                Ok(defs) => defs
                    .all()
                    .iter()
                    .filter(|d| d.correctable)
                    .map(|d| (d.key.clone(), d.label.clone()))
                    .collect(),
                Err(e) => return problem_page(lang, Some(&tenant), &e),
            }
        }
        _ => Vec::new(),
    };
    match checked {
        Ok(kind) => html(
            StatusCode::OK,
            Portal::new(
                "confirm",
                lang,
                Some(&tenant),
                Confirm {
                    kind: kind.as_str(),
                    token,
                    csrf: page::form_token(req, jar),
                    correctable,
                },
            ),
        ),
        Err(e) => match already_page(&state, lang, &tenant, &token).await {
            Some(page) => page,
            None => problem_page(lang, Some(&tenant), &e),
        },
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VerifyBody {
    token: String,
    /// For an objection: `marketing` or `legitimate_interests`.
    objection: Option<String>,
    /// For an objection to processing based on legitimate interests: why.
    grounds: Option<String>,
    /// For a rectification: the corrected value of each wrong detail, by
    /// field (`name`, `email`, `phone`, `address`, `company`,
    /// `fields.<key>`); blank for no change.
    proposed: Option<std::collections::BTreeMap<String, Value>>,
    /// For a rectification: the person's explanation.
    note: Option<String>,
    /// For a restriction: its ground (Art. 18(1)).
    ground: Option<String>,
    /// For a restriction: anything the person adds.
    details: Option<String>,
}

#[handler]
async fn verify(
    req: &Request,
    jar: &CookieJar,
    state: Data<&AppState>,
    meta: Origin,
    Path(slug): Path<String>,
    body: Body,
) -> Response {
    let json = wants_json(req);
    let tenant = match service::portal_tenant(&state, &slug).await {
        Ok(t) => t,
        Err(e) if json => return problem(&e),
        Err(e) => return problem_page(reader(req, jar, None), None, &e),
    };
    let lang = reader(req, jar, Some(&tenant));
    let mut token = String::new();
    let result = async {
        let bytes = body
            .into_bytes()
            .await
            .map_err(|e| Error::BadRequest(format!("the body could not be read: {e}")))?;
        check_form(req, json, &bytes)?;
        let b: VerifyBody = parse_body(json, &bytes)?;
        token = b.token;
        let details = super::intake::Details {
            objection: b.objection.filter(|o| !o.is_empty()),
            grounds: b.grounds,
            proposed: b.proposed,
            note: b.note,
            ground: b.ground.filter(|g| !g.is_empty()),
            details: b.details,
        };
        super::intake::verify(&state, &meta, &slug, &token, details).await
    }
    .await;
    match (result, json) {
        (Ok(v), true) => poem::web::Json(&v).into_response(),
        (Ok(v), false) => html(
            StatusCode::OK,
            Portal::new(
                "verified",
                lang,
                Some(&tenant),
                Confirmed {
                    kind: v.kind,
                    state: v.state,
                    due_at: v.due_at,
                    upload: v.may_upload.then(|| token.clone()),
                },
            ),
        ),
        (Err(e), true) => problem(&e),
        (Err(e), false) => match already_page(&state, lang, &tenant, &token).await {
            Some(page) => page,
            None => problem_page(lang, Some(&tenant), &e),
        },
    }
}

/// The page an identity link opens: where the request stands and, while
/// it waits for identity and the organisation takes documents, the upload.
#[handler]
async fn identity_page(
    req: &Request,
    jar: &CookieJar,
    state: Data<&AppState>,
    Path((slug, token)): Path<(String, String)>,
) -> Response {
    let tenant = match tenant_or_page(&state, req, jar, &slug).await {
        Ok(t) => t,
        Err(page) => return page,
    };
    let lang = reader(req, jar, Some(&tenant));
    match super::identity::standing(&state, &slug, &token).await {
        Ok(standing) => html(
            StatusCode::OK,
            Portal::new(
                "identity",
                lang,
                Some(&tenant),
                IdentityPage {
                    csrf: page::form_token(req, jar),
                    token,
                    standing,
                    received: false,
                    error: None,
                },
            ),
        ),
        Err(e) => problem_page(lang, Some(&tenant), &e),
    }
}

/// An upload as posted: the file and, from a browser's form, its token.
struct Posting {
    csrf: Option<String>,
    file: Vec<u8>,
}

/// Reads an upload: a browser's form (`multipart/form-data`, the file as
/// `document`) or, from a program, the file as the body itself.
async fn read_upload(req: &Request, body: Body) -> Result<(Posting, bool), Error> {
    let bad =
        |e: &dyn std::fmt::Display| Error::BadRequest(format!("the upload could not be read: {e}"));
    let multipart = req
        .header(header::CONTENT_TYPE)
        .is_some_and(|c| c.starts_with("multipart/form-data"));
    if !multipart {
        let file = body.into_vec().await.map_err(|e| bad(&e))?;
        return Ok((Posting { csrf: None, file }, false));
    }
    let mut body = poem::RequestBody::new(body);
    let mut parts = <poem::web::Multipart as poem::FromRequest>::from_request(req, &mut body)
        .await
        .map_err(|e| bad(&e))?;
    let mut posting = Posting {
        csrf: None,
        file: Vec::new(),
    };
    while let Some(field) = parts.next_field().await.map_err(|e| bad(&e))? {
        match field.name() {
            Some("csrf") => posting.csrf = Some(field.text().await.map_err(|e| bad(&e))?),
            Some("document") => {
                let mut reader = field.into_async_read();
                let most = (super::identity::MAX_DOCUMENT + 1) as u64;
                tokio::io::AsyncReadExt::read_to_end(
                    &mut tokio::io::AsyncReadExt::take(&mut reader, most),
                    &mut posting.file,
                )
                .await
                .map_err(|e| bad(&e))?;
            }
            _ => {}
        }
    }
    Ok((posting, true))
}

/// The person uploads an identity document: from a browser's form, the
/// identity page again (saying it arrived, or why not); from a program,
/// 201 with where the request stands, or a problem (413 too large, 415
/// not a JPEG, PNG or PDF, 422 no file, 403 not taken, 409 not waiting).
#[handler]
async fn identity_upload(
    req: &Request,
    jar: &CookieJar,
    state: Data<&AppState>,
    meta: Origin,
    Path((slug, token)): Path<(String, String)>,
    body: Body,
) -> Response {
    let tenant = service::portal_tenant(&state, &slug).await.ok();
    let lang = reader(req, jar, tenant.as_ref());
    let (posting, browser) = match read_upload(req, body).await {
        Ok(read) => read,
        Err(e) => return problem(&e),
    };
    if browser && let Err(e) = page::check_form_token(req, posting.csrf.as_deref()) {
        return problem_page(lang, tenant.as_ref(), &e);
    }
    let result = super::identity::upload(&state, &meta, &slug, &token, &posting.file).await;
    match (result, browser, tenant) {
        (Ok(standing), false, _) => {
            (StatusCode::CREATED, poem::web::Json(standing)).into_response()
        }
        (Err(e), false, _) => problem(&e),
        (Ok(standing), true, t) => html(
            StatusCode::OK,
            Portal::new(
                "identity",
                lang,
                t.as_ref(),
                IdentityPage {
                    csrf: page::form_token(req, jar),
                    token,
                    standing,
                    received: true,
                    error: None,
                },
            ),
        ),
        (
            Err(e @ (Error::TooLarge(_) | Error::UnsupportedMediaType(_) | Error::Invalid(_))),
            true,
            Some(t),
        ) => {
            let (p, _) = problem_of(&e);
            match super::identity::standing(&state, &slug, &token).await {
                Ok(standing) => html(
                    p.status(),
                    Portal::new(
                        "identity",
                        lang,
                        Some(&t),
                        IdentityPage {
                            csrf: page::form_token(req, jar),
                            token,
                            standing,
                            received: false,
                            error: Some(match e {
                                Error::Invalid(_) => "portal-problem-no-file",
                                _ => problem_message(&e),
                            }),
                        },
                    ),
                ),
                Err(e) => problem_page(lang, Some(&t), &e),
            }
        }
        (Err(e), true, t) => problem_page(lang, t.as_ref(), &e),
    }
}

#[handler]
async fn download_page(
    req: &Request,
    jar: &CookieJar,
    state: Data<&AppState>,
    Path((slug, token)): Path<(String, String)>,
) -> Response {
    let tenant = match tenant_or_page(&state, req, jar, &slug).await {
        Ok(t) => t,
        Err(page) => return page,
    };
    let lang = reader(req, jar, Some(&tenant));
    match super::downloads::by_download_token(&state, &slug, &token).await {
        Ok((tenant, row)) => {
            let done = super::downloads::downloaded_of(&row);
            let files = super::downloads::files(&row)
                .into_iter()
                .map(|name| {
                    let (n, file) = name.split_once('/').expect("files are n/name");
                    File {
                        done: done.contains(&name),
                        record: n.to_owned(),
                        format: match file {
                            "copy.pdf" => "pdf",
                            "data.json" => "data-json",
                            "data.csv" => "data-csv",
                            "schema.json" => "schema",
                            _ => "json",
                        },
                        name,
                    }
                })
                .collect();
            html(
                StatusCode::OK,
                Portal::new(
                    "download",
                    lang,
                    Some(&tenant),
                    Download {
                        token,
                        files,
                        several: service::matched_ids(&row).len() > 1,
                        expires_at: row.download_expires_at,
                    },
                ),
            )
        }
        Err(e) => problem_page(lang, Some(&tenant), &e),
    }
}

#[handler]
async fn download_file(
    req: &Request,
    jar: &CookieJar,
    state: Data<&AppState>,
    meta: Origin,
    Path((slug, token, n, file)): Path<(String, String, String, String)>,
) -> Response {
    let name = format!("{n}/{file}");
    let tenant = service::portal_tenant(&state, &slug).await.ok();
    let lang = reader(req, jar, tenant.as_ref());
    let refuse = |e: &Error| problem_page(lang, tenant.as_ref(), e);
    let (request, copy) =
        match super::downloads::prepare_download(&state, &slug, &token, &name).await {
            Ok(ready) => ready,
            Err(e) => return refuse(&e),
        };
    let id = copy.record.customer_id;
    // Made first, claimed after: a failure here does not use the file up.
    use crate::copy::portable::Portable;
    let rendered = match file.as_str() {
        "data.json" => Portable::of(&copy)
            .json()
            .map_err(|e| Error::internal_from("portable data", e))
            .map(|bytes| (bytes, "application/json", "json")),
        "data.csv" => Ok((Portable::of(&copy).csv(), "text/csv; charset=utf-8", "csv")),
        "schema.json" => Ok((
            crate::copy::portable::SCHEMA.as_bytes().to_vec(),
            "application/schema+json",
            "schema.json",
        )),
        "copy.pdf" => crate::copy::pdf::render_in_turn(&state, copy)
            .await
            .map(|bytes| (bytes, "application/pdf", "pdf")),
        _ => serde_json::to_vec_pretty(&copy)
            .map_err(|e| Error::internal_from("export", e))
            .map(|bytes| (bytes, "application/json", "json")),
    };
    let (bytes, content_type, ext) = match rendered {
        Ok(r) => r,
        Err(e) => return refuse(&e),
    };
    if let Err(e) = super::downloads::claim_download(&state, &meta, &request, &name).await {
        return refuse(&e);
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

/// The register of recipients, as the public sees it.
#[derive(Serialize)]
struct Register {
    recipients: Vec<Listed>,
}

/// One recipient of the register: `receives` in the tenant's words, or
/// `sent` (the `receives-*` words of what an integration is sent).
#[derive(Serialize)]
struct Listed {
    name: String,
    receives: Option<String>,
    sent: Vec<&'static str>,
    purpose: String,
    country: Option<String>,
    in_eea: bool,
    safeguard: Option<&'static str>,
    retention: Option<String>,
}

/// Who receives the personal data the organisation holds (GDPR Art. 13–14).
#[handler]
async fn recipients(
    req: &Request,
    jar: &CookieJar,
    state: Data<&AppState>,
    Path(slug): Path<String>,
) -> Response {
    use crate::recipients::{register, service::in_eea};
    let t = match tenant_or_page(&state, req, jar, &slug).await {
        Ok(t) => t,
        Err(page) => return page,
    };
    let lang = reader(req, jar, Some(&t));
    let default = Lang::parse(&t.default_language);
    let loaded = async {
        let rows = register::of_tenant(&state.db.main, t.id).await?;
        let words = crate::consent::purposes::Words::load(&state.db.main, t.id, default).await?;
        Ok::<_, Error>((rows, words))
    };
    let (rows, words) = match loaded.await {
        Ok(loaded) => loaded,
        Err(e) => return problem_page(lang, Some(&t), &e),
    };
    let recipients = rows
        .into_iter()
        .map(|r| {
            let (receives, sent_words) = match r.receives {
                register::What::Told(words) => (Some(words), Vec::new()),
                register::What::Sent(what) => (None, what.iter().map(|w| w.word()).collect()),
            };
            // An integration the register does not describe is named in
            // words, never by its receiver's address.
            let (name, purpose) = match &r.entry {
                None => (
                    i18n::text(lang, "portal-recipient-marketing-service", &[]),
                    words.of(&r.purpose, lang).label,
                ),
                Some(_) => (r.name, r.purpose),
            };
            Listed {
                in_eea: r.country.as_deref().is_some_and(in_eea),
                name,
                receives,
                sent: sent_words,
                purpose,
                country: r.country,
                safeguard: r.safeguard.map(|s| s.as_str()),
                retention: r.retention,
            }
        })
        .collect();
    html(
        StatusCode::OK,
        Portal::new("recipients", lang, Some(&t), Register { recipients }),
    )
}

/// The organisation's logo, as Steward re-encoded it. Its address carries
/// the time it was set, so browsers may keep it.
#[handler]
async fn logo(state: Data<&AppState>, Path(slug): Path<String>) -> Response {
    let found = match service::portal_tenant(&state, &slug).await {
        Ok(t) => crate::tenants::logo::of(&state, t.id).await,
        Err(e) => Err(e),
    };
    match found {
        Ok(Some(row)) => Response::builder()
            .content_type(row.content_type.clone())
            .header(header::CACHE_CONTROL, "public, max-age=86400")
            .header(header::ETAG, crate::tenants::logo::version(&row))
            .body(row.bytes),
        Ok(None) => problem(&Error::NotFound("logo")),
        Err(e) => problem(&e),
    }
}

/// The organisation's accent colour as a stylesheet (pages allow no inline
/// styles); the colour was checked for contrast when it was set.
#[handler]
async fn brand_css(state: Data<&AppState>, Path(slug): Path<String>) -> Response {
    match service::portal_tenant(&state, &slug).await {
        Ok(t) => {
            let accent = t.accent_colour.unwrap_or_else(|| "#1d4ed8".into());
            Response::builder()
                .content_type("text/css; charset=utf-8")
                .header(header::CACHE_CONTROL, "public, max-age=300")
                .body(format!(":root {{ --accent: {accent}; }}\n"))
        }
        Err(e) => problem(&e),
    }
}
