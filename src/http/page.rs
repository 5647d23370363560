//! What every server-rendered page shares: who is looking, forms and their
//! CSRF token, flash messages after a redirect, and errors shown as pages.
//!
//! Pages are thin adapters over the same services as the JSON API. A form
//! posts to the page's own path; success redirects (post/redirect/get) with a
//! flash message, and a refusal renders the form again with each problem next
//! to the field it names.

use std::{
    collections::BTreeMap,
    sync::{Arc, Mutex},
};

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{DateTime, Utc};
use poem::{
    Endpoint, FromRequest, IntoResponse, Middleware, Request, RequestBody, Response,
    http::{HeaderValue, Method, StatusCode, header},
    web::cookie::{Cookie, CookieJar, SameSite},
};
use serde::Serialize;
use serde_json::{Map, Value};

use super::problem::problem_of;
use crate::{
    auth::{Role, Scope, extract::SESSION_COOKIE, sessions, token},
    crypto::constant_eq,
    error::Error,
    i18n::{self, Lang, say::Say},
    state::AppState,
    templates,
};

/// A one-time message shown on the next page, after a redirect.
const FLASH_COOKIE: &str = "steward_flash";
/// The CSRF token of forms shown before signing in (double-submit).
pub const FORM_COOKIE: &str = "steward_form";

pub fn state_of(req: &Request) -> poem::Result<&AppState> {
    req.data::<AppState>()
        .ok_or_else(|| Error::internal("application state missing").into())
}

/// A signed-in person looking at a page.
#[derive(Clone)]
pub struct Viewer {
    pub scope: Scope,
    pub user: entity::user::Model,
    pub tenant: entity::tenant::Model,
    /// The session's CSRF token, for the forms on the page.
    pub csrf: String,
    /// The language the pages are in: the person's own choice, else the
    /// organisation's default when the staff pages are written in it, else
    /// English.
    pub lang: Lang,
    flash: Option<Say>,
    /// How many notices are open, for the menu (pages shown, not posts).
    open_notices: u64,
    /// How many requests are open and overdue, for the menu of staff.
    requests: crate::requests::count::Waiting,
}

impl Viewer {
    /// A message of the catalogue in the viewer's language.
    pub fn say(&self, say: &Say) -> String {
        say.in_lang(self.lang)
    }
}

/// The language of the pages of a user whose own choice is `own`, in
/// `tenant`.
pub fn staff_lang(own: Option<&str>, tenant: &entity::tenant::Model) -> Lang {
    Lang::for_staff(own, &tenant.default_language)
}

/// The language of a page shown before signing in: the browser's, among
/// those the staff pages are written in.
pub fn public_lang(req: &Request) -> Lang {
    req.header(header::ACCEPT_LANGUAGE)
        .and_then(|h| i18n::negotiate_among(h, &Lang::staff()))
        .unwrap_or(i18n::ENGLISH)
}

/// A form posted by a signed-in person, its CSRF token checked.
pub struct Posted {
    pub viewer: Viewer,
    pub form: Fields,
}

/// The fields of a posted form.
#[derive(Default)]
pub struct Fields(Vec<(String, String)>);

impl Fields {
    pub fn parse(body: &[u8]) -> Self {
        Self(
            url::form_urlencoded::parse(body)
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }

    /// The first value of `name`, if given.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every value given for `name` (ticked checkboxes of one group).
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }

    /// The value of `name`, or "" when missing.
    pub fn text(&self, name: &str) -> &str {
        self.get(name).unwrap_or("")
    }

    /// The value of `name` trimmed, or `None` when missing or blank.
    pub fn non_blank(&self, name: &str) -> Option<String> {
        self.get(name)
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    }

    /// Where to go after the action: the form's `back` if it is a plain path
    /// on this site (letters, digits, `/`, `-` and `_` only, so no scheme,
    /// host, query or hidden whitespace can turn it into another site),
    /// otherwise `default`.
    pub fn back_or(&self, default: String) -> String {
        local_path_or(self.get("back"), default)
    }

    pub fn checked(&self, name: &str) -> bool {
        self.get(name).is_some_and(|v| !v.is_empty())
    }

    /// Every field except the CSRF token, to show a refused form again.
    pub fn values(&self) -> Map<String, Value> {
        self.0
            .iter()
            .filter(|(k, _)| k != "csrf")
            .map(|(k, v)| (k.clone(), Value::String(v.clone())))
            .collect()
    }
}

/// `path` if it is a plain path on this site (see [`Fields::back_or`]),
/// otherwise `default`.
pub fn local_path_or(path: Option<&str>, default: String) -> String {
    match path {
        Some(p) if is_local_path(p) => p.to_owned(),
        _ => default,
    }
}

fn is_local_path(p: &str) -> bool {
    p.len() <= 200
        && p.starts_with('/')
        && !p.contains("//")
        && p.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'_'))
}

fn presented<'a>(
    cookie: &'a str,
    writes: bool,
    csrf: Option<&'a str>,
    own_account: bool,
) -> sessions::Presented<'a> {
    sessions::Presented {
        cookie,
        writes,
        csrf_header: csrf,
        totp_setup_route: own_account,
    }
}

async fn viewer(req: &Request, csrf_field: Option<&str>) -> Result<Viewer, Response> {
    let state = state_of(req).map_err(|e| e.into_response())?;
    let jar = req.cookie();
    let Some(cookie) = jar.get(SESSION_COOKIE).map(|c| c.value_str().to_owned()) else {
        return Err(to_sign_in(None));
    };
    let expected = token::csrf_of(&cookie);
    let writes = !matches!(*req.method(), Method::GET | Method::HEAD);
    if writes && !csrf_field.is_some_and(|given| constant_eq(given.as_bytes(), expected.as_bytes()))
    {
        return Err(bare_error(&Error::Forbidden(
            "this form is out of date or did not come from Steward: go back, reload the page and try again".into(),
        )));
    }
    // One's own sign-in (two-factor set-up, sessions, signing out) stays
    // open while the organisation waits for an admin to enrol.
    let path = req.uri().path();
    let own_account = path.starts_with("/account") || path == "/logout";
    let presented = presented(&cookie, writes, Some(&expected), own_account);
    match sessions::authenticate_account(state, presented).await {
        Ok(a) => {
            // A form's post leaves the message for the page it redirects to.
            let flash = if writes { None } else { take_flash(jar) };
            // Posts answer with a redirect, whose page counts afresh.
            let open_notices = match writes {
                true => 0,
                false => crate::notifications::count::open_for(
                    &state.db.main,
                    a.scope.tenant_id(),
                    a.user.id,
                )
                .await
                .map_err(|e| bare_error(&e))?,
            };
            // Requests are for staff; viewers' menus do not list them.
            let requests = match writes || a.scope.role() < Role::Staff {
                true => Default::default(),
                false => crate::requests::count::waiting(
                    &state.db.main,
                    a.scope.tenant_id(),
                    state.clock.now(),
                )
                .await
                .map_err(|e| bare_error(&e))?,
            };
            let viewer = Viewer {
                open_notices,
                requests,
                lang: staff_lang(a.user.language.as_deref(), &a.tenant),
                scope: a.scope,
                user: a.user,
                tenant: a.tenant,
                csrf: expected,
                flash,
            };
            if let Some(seen) = req.extensions().get::<Seen>() {
                *seen.0.lock().expect("not poisoned") = Some(viewer.clone());
            }
            Ok(viewer)
        }
        Err(e) => Err(bare_error(&e)),
    }
}

/// The signed-in person who posted a file-upload (multipart) form, whose
/// CSRF token the handler read from the form's `csrf` field.
pub async fn uploader(req: &Request, csrf_field: Option<&str>) -> Result<Viewer, Response> {
    viewer(req, csrf_field).await
}

/// The fields of a posted form body.
async fn read_form(body: &mut RequestBody) -> poem::Result<Fields> {
    let bytes = body.take()?.into_bytes().await.map_err(|e| {
        poem::Error::from_response(bare_error(&Error::BadRequest(format!(
            "the form could not be read: {e}"
        ))))
    })?;
    Ok(Fields::parse(&bytes))
}

impl<'a> FromRequest<'a> for Viewer {
    async fn from_request(req: &'a Request, _body: &mut RequestBody) -> poem::Result<Self> {
        viewer(req, None).await.map_err(poem::Error::from_response)
    }
}

impl<'a> FromRequest<'a> for Posted {
    async fn from_request(req: &'a Request, body: &mut RequestBody) -> poem::Result<Self> {
        let form = read_form(body).await?;
        let viewer = viewer(req, form.get("csrf"))
            .await
            .map_err(poem::Error::from_response)?;
        Ok(Posted { viewer, form })
    }
}

/// A form posted before signing in, its double-submit token checked.
pub struct PublicForm(pub Fields);

impl<'a> FromRequest<'a> for PublicForm {
    async fn from_request(req: &'a Request, body: &mut RequestBody) -> poem::Result<Self> {
        let form = read_form(body).await?;
        check_form_token(req, form.get("csrf"))
            .map_err(|e| poem::Error::from_response(bare_error(&e)))?;
        Ok(PublicForm(form))
    }
}

/// Checks the double-submit token of a form shown before signing in.
pub fn check_form_token(req: &Request, given: Option<&str>) -> Result<(), Error> {
    let ok = match (req.cookie().get(FORM_COOKIE), given) {
        (Some(c), Some(given)) => {
            !given.is_empty() && constant_eq(c.value_str().as_bytes(), given.as_bytes())
        }
        _ => false,
    };
    match ok {
        true => Ok(()),
        false => Err(Error::Forbidden(
            "this form is out of date or your browser did not send its cookie: go back, reload the page and try again".into(),
        )),
    }
}

/// The double-submit token for a form shown before signing in: the one the
/// browser already holds, or a new one set as a cookie.
pub fn form_token(req: &Request, jar: &CookieJar) -> String {
    if let Some(c) = req.cookie().get(FORM_COOKIE) {
        let v = c.value_str().to_owned();
        if v.len() >= 32 {
            return v;
        }
    }
    let value = crate::crypto::random_secret(24);
    let mut cookie = Cookie::new_with_str(FORM_COOKIE, value.clone());
    cookie.set_http_only(true);
    cookie.set_same_site(SameSite::Strict);
    cookie.set_path("/");
    cookie.set_secure(state_of(req).is_ok_and(|s| s.config.server.tls));
    jar.add(cookie);
    value
}

/// The flash message left by a redirect, if any; it shows once.
pub fn take_flash(jar: &CookieJar) -> Option<Say> {
    let c = jar.get(FLASH_COOKIE)?;
    let message = URL_SAFE_NO_PAD
        .decode(c.value_str())
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .and_then(|json| Say::from_json(&json));
    let mut gone = Cookie::new_with_str(FLASH_COOKIE, "");
    gone.set_path("/");
    gone.make_removal();
    jar.add(gone);
    message
}

fn flash_cookie(message: &Say, secure: bool) -> String {
    format!(
        "{FLASH_COOKIE}={}; Path=/; HttpOnly; SameSite=Lax; Max-Age=120{}",
        URL_SAFE_NO_PAD.encode(message.to_json().as_bytes()),
        if secure { "; Secure" } else { "" }
    )
}

/// Whether cookies get `Secure`, set once at start-up from `server.tls`.
static SECURE_COOKIES: std::sync::OnceLock<bool> = std::sync::OnceLock::new();

pub fn set_secure_cookies(on: bool) {
    let _ = SECURE_COOKIES.set(on);
}

/// A 303 to `to`.
pub fn redirect(to: &str) -> Response {
    Response::builder()
        .status(StatusCode::SEE_OTHER)
        .header(header::LOCATION, to)
        .finish()
}

/// A 303 to `to` that shows `message` there. The message is Steward's own
/// wording: never a customer's data.
pub fn redirect_with(to: &str, message: Say) -> Response {
    let mut resp = redirect(to);
    let secure = SECURE_COOKIES.get().copied().unwrap_or(false);
    if let Ok(v) = HeaderValue::from_str(&flash_cookie(&message, secure)) {
        resp.headers_mut().append(header::SET_COOKIE, v);
    }
    resp
}

fn to_sign_in(message: Option<Say>) -> Response {
    match message {
        Some(m) => redirect_with("/login", m),
        None => redirect("/login"),
    }
}

fn html(status: StatusCode, body: String) -> Response {
    Response::builder()
        .status(status)
        .content_type("text/html; charset=utf-8")
        .header(header::CACHE_CONTROL, "no-store")
        .body(body)
}

/// What the signed-in layout shows around every page: who is looking, their
/// tenant, the CSRF token for forms, the flash message, and the language
/// the page is in (`title` of each page is a catalogue key).
#[derive(Serialize)]
struct Layout<'a, T> {
    #[serde(flatten)]
    page: T,
    lang: Lang,
    me: Me<'a>,
    tenant: TenantBadge<'a>,
    csrf: &'a str,
    time_zone: Option<&'a str>,
    flash: Option<String>,
}

/// The person signed in, as the layout's menu shows them.
#[derive(Serialize)]
struct Me<'a> {
    name: &'a str,
    email: &'a str,
    role: String,
    staff: bool,
    admin: bool,
    open_notices: u64,
    requests: crate::requests::count::Waiting,
}

/// The tenant in the layout's header.
#[derive(Serialize)]
struct TenantBadge<'a> {
    name: &'a str,
    slug: &'a str,
    state: entity::tenant::State,
}

/// A page with the signed-in layout: the page's own view model (a
/// `#[derive(Serialize)]` struct) plus the layout's.
pub fn render(viewer: &Viewer, name: &str, status: StatusCode, page: impl Serialize) -> Response {
    let role = viewer.scope.role();
    let context = Layout {
        page,
        lang: viewer.lang,
        me: Me {
            name: &viewer.user.name,
            email: &viewer.user.email,
            role: role.to_string(),
            staff: role >= Role::Staff,
            admin: role >= Role::Admin,
            open_notices: viewer.open_notices,
            requests: viewer.requests,
        },
        tenant: TenantBadge {
            name: &viewer.tenant.name,
            slug: &viewer.tenant.slug,
            state: viewer.tenant.state,
        },
        csrf: &viewer.csrf,
        time_zone: viewer.user.time_zone.as_deref(),
        flash: viewer.flash.as_ref().map(|f| viewer.say(f)),
    };
    match templates::render(name, &context) {
        Ok(body) => html(status, body),
        Err(e) => bare_error(&e),
    }
}

/// A page outside the signed-in layout (sign-in, errors before sign-in).
pub fn render_public(name: &str, status: StatusCode, context: impl Serialize) -> Response {
    match templates::render(name, &context) {
        Ok(body) => html(status, body),
        // The error page itself failed: a last word without a template,
        // rather than trying it again.
        Err(e) if name == "web/error.html" => {
            tracing::error!(error = %crate::error::report(&e), "the error page failed");
            Response::builder()
                .status(StatusCode::INTERNAL_SERVER_ERROR)
                .content_type("text/plain; charset=utf-8")
                .body("Something went wrong.")
        }
        Err(e) => bare_error(&e),
    }
}

/// Where a form goes after an action: to `to` with `message`, or to a page
/// that says why not.
pub fn after(viewer: &Viewer, result: Result<(), Error>, to: &str, message: Say) -> Response {
    match result {
        Ok(()) => redirect_with(to, message),
        Err(e) => error(Some(viewer), &e),
    }
}

/// One of the filters above a list, `on` for the one shown.
#[derive(Serialize)]
pub struct Tab {
    pub value: &'static str,
    pub label: &'static str,
    pub on: bool,
}

impl Tab {
    /// The tabs of `(value, label)` pairs, with `shown` on.
    pub fn all(tabs: &[(&'static str, &'static str)], shown: &str) -> Vec<Tab> {
        tabs.iter()
            .map(|&(value, label)| Tab {
                value,
                label,
                on: value == shown,
            })
            .collect()
    }
}

/// A form as its page shows it: what its fields hold, each field's fault
/// (next to the field) and the fault above the form. Flattened into the
/// page's view model as `values`, `errors` and `detail`.
#[derive(Serialize, Default)]
pub struct Form {
    pub values: Map<String, Value>,
    pub errors: BTreeMap<String, String>,
    pub detail: Option<String>,
}

impl Form {
    /// A form holding `values` (a typed struct of the stored values, or a
    /// refused post's [`Fields::values`]), with `e`'s faults if refused.
    pub fn new(values: impl Serialize, e: Option<&Error>) -> Self {
        let values = match serde_json::to_value(values) {
            Ok(Value::Object(map)) => map,
            _ => Map::new(),
        };
        let (errors, detail) = match e {
            Some(e) => {
                let (_, errors, detail) = faults(e);
                (errors, Some(detail))
            }
            None => (BTreeMap::new(), None),
        };
        Self {
            values,
            errors,
            detail,
        }
    }

    /// Sets a field's value (a checkbox's state, say) after the fact.
    pub fn set(&mut self, name: &str, value: impl Into<Value>) {
        self.values.insert(name.to_owned(), value.into());
    }
}

/// A button's post refused (an action the record's or setting's state does
/// not allow now), shown on the page again next to that button.
#[derive(Serialize)]
pub struct Refusal {
    /// Which control was refused, as the page names it.
    pub control: String,
    /// Why, as the service said it (the page puts it in the reader's words).
    pub why: String,
}

impl Refusal {
    /// `e` as a refusal of `control` with its status, when it is one a
    /// page can show next to the control (invalid input, or a conflict with
    /// the present state); `None` for any other failure.
    pub fn of(control: impl Into<String>, e: &Error) -> Option<(StatusCode, Self)> {
        match e {
            Error::Invalid(_) | Error::Conflict(_) => {
                let (status, errors, detail) = faults(e);
                let why = errors.into_values().next().unwrap_or(detail);
                let control = control.into();
                Some((status, Self { control, why }))
            }
            _ => None,
        }
    }
}

/// Each field's fault, as a form shows them next to the fields; anything
/// else goes in `detail`.
pub fn faults(e: &Error) -> (StatusCode, BTreeMap<String, String>, String) {
    let (p, _) = problem_of(e);
    let errors = p.errors.clone().unwrap_or_default();
    (p.status(), errors, p.detail)
}

fn title_of(status: StatusCode) -> &'static str {
    match status.as_u16() {
        403 => "title-error-forbidden",
        404 => "title-error-not-found",
        409 => "title-error-conflict",
        410 => "title-error-gone",
        429 => "title-error-too-many",
        503 => "title-error-busy",
        s if s >= 500 => "title-error-internal",
        _ => "title-error-invalid",
    }
}

/// A failure as a page, in the layout when someone is signed in. Signed-out
/// and ended sessions go to the sign-in page.
pub fn error(viewer: Option<&Viewer>, e: &Error) -> Response {
    match e {
        Error::Unauthenticated => return to_sign_in(None),
        Error::SessionExpired => {
            return to_sign_in(Some(Say::new("flash-session-ended")));
        }
        _ => {}
    }
    let (p, retry_after) = problem_of(e);
    let status = p.status();
    let detail = match &p.errors {
        Some(errors) if !errors.is_empty() => errors
            .iter()
            .map(|(field, why)| format!("{field}: {why}"))
            .collect::<Vec<_>>()
            .join("; "),
        _ => p.detail.clone(),
    };
    let context = ErrorPage {
        title: title_of(status),
        detail,
        status: status.as_u16(),
        section: "",
        merged_into: p.merged_into,
    };
    let mut resp = match viewer {
        Some(v) => render(v, "web/error.html", status, context),
        None => render_public("web/error.html", status, context),
    };
    if let Some(secs) = retry_after {
        resp.headers_mut().insert(header::RETRY_AFTER, secs.into());
    }
    resp
}

/// A failure, in words.
#[derive(Serialize)]
struct ErrorPage {
    title: &'static str,
    detail: String,
    status: u16,
    section: &'static str,
    /// A merged record's survivor, linked from the page.
    merged_into: Option<uuid::Uuid>,
}

fn bare_error(e: &Error) -> Response {
    error(None, e)
}

/// The person a page handler found signed in, left for [`ErrorPages`].
#[derive(Clone, Default)]
struct Seen(Arc<Mutex<Option<Viewer>>>);

/// Shows a page handler's error as a page: in the layout of the person
/// signed in once the handler has read who they are, otherwise bare. Page
/// handlers return `Result<Response, Error>` and use `?`; what is not a
/// Steward error (an unknown route, a refused extractor) passes on as it is.
pub struct ErrorPages;

impl<E: Endpoint> Middleware<E> for ErrorPages {
    type Output = ErrorPagesEndpoint<E>;

    fn transform(&self, ep: E) -> Self::Output {
        ErrorPagesEndpoint(ep)
    }
}

pub struct ErrorPagesEndpoint<E>(E);

impl<E: Endpoint> Endpoint for ErrorPagesEndpoint<E> {
    type Output = Response;

    async fn call(&self, mut req: Request) -> poem::Result<Response> {
        let seen = Seen::default();
        req.extensions_mut().insert(seen.clone());
        match self.0.call(req).await {
            Ok(page) => Ok(page.into_response()),
            Err(e) => match e.downcast_ref::<Error>() {
                Some(failure) => {
                    let viewer = seen.0.lock().expect("not poisoned").take();
                    Ok(error(viewer.as_ref(), failure))
                }
                None => Err(e),
            },
        }
    }
}

/// A time for a page: RFC 3339, which the `datetime` filters format.
pub fn time(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The one script of the staff pages: `/` focuses the search box.
#[poem::handler]
pub fn script() -> Response {
    Response::builder()
        .content_type("text/javascript; charset=utf-8")
        .header(header::CACHE_CONTROL, "public, max-age=3600")
        .body(include_str!("../../assets/steward.js"))
}

/// The stylesheet every page uses.
#[poem::handler]
pub fn stylesheet() -> Response {
    Response::builder()
        .content_type("text/css; charset=utf-8")
        .header(header::CACHE_CONTROL, "public, max-age=3600")
        .body(include_str!("../../assets/steward.css"))
}
