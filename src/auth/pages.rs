//! Signing in and out in a browser.

use poem::{
    Request, Response, Route, get, handler,
    http::StatusCode,
    post,
    web::{
        Data, Path,
        cookie::{Cookie, CookieJar, SameSite},
    },
};
use serde::Serialize;
use uuid::Uuid;

use super::{Role, account, extract::SESSION_COOKIE, login, sessions, tokens};
use crate::audit::Origin;
use crate::{
    error::{Error, Result},
    http::page::{self, Form, Posted, PublicForm, Viewer},
    i18n::{Lang, say::Say},
    state::AppState,
};

/// Signing in and out; `/` (the overview) is `overview::pages`, which
/// sends anyone not signed in here.
pub fn routes(r: Route) -> Route {
    r.at("/login", get(login_form).post(login_submit))
        .at("/logout", post(logout))
}

/// The sign-in form (outside the signed-in layout).
#[derive(Serialize)]
struct LoginPage {
    title: &'static str,
    csrf: String,
    values: Typed,
    error: Option<String>,
    /// Whether to ask for the two-factor code.
    totp: bool,
    flash: Option<String>,
    /// The browser's language, among those of the staff pages.
    lang: Lang,
}

/// What the sign-in form keeps of what was typed: never the password.
#[derive(Serialize)]
struct Typed {
    tenant: String,
    email: String,
}

fn login_page(
    req: &Request,
    jar: &CookieJar,
    status: StatusCode,
    values: Typed,
    error: Option<Say>,
    totp: bool,
) -> Response {
    let lang = page::public_lang(req);
    page::render_public(
        "web/login.html",
        status,
        LoginPage {
            title: "title-sign-in",
            csrf: page::form_token(req, jar),
            values,
            error: error.map(|e| e.in_lang(lang)),
            totp,
            flash: page::take_flash(jar).map(|f| f.in_lang(lang)),
            lang,
        },
    )
}

#[handler]
async fn login_form(req: &Request, jar: &CookieJar) -> Response {
    let empty = Typed {
        tenant: String::new(),
        email: String::new(),
    };
    login_page(req, jar, StatusCode::OK, empty, None, false)
}

#[handler]
async fn login_submit(
    req: &Request,
    state: Data<&AppState>,
    meta: Origin,
    jar: &CookieJar,
    PublicForm(f): PublicForm,
) -> Response {
    let input = login::LoginInput {
        tenant: f.text("tenant").to_owned(),
        email: f.text("email").to_owned(),
        password: f.text("password").to_owned(),
        totp: f.non_blank("totp"),
    };
    let values = Typed {
        tenant: input.tenant.clone(),
        email: input.email.clone(),
    };
    match login::login(&state, &meta, input).await {
        Ok(out) => {
            let mut cookie = Cookie::new_with_str(SESSION_COOKIE, out.session_secret);
            cookie.set_http_only(true);
            cookie.set_same_site(SameSite::Lax);
            cookie.set_path("/");
            cookie.set_secure(state.config.server.tls);
            jar.add(cookie);
            if out.totp_setup_required {
                return page::redirect_with("/account", Say::new("flash-totp-required"));
            }
            page::redirect_with("/", Say::new("flash-signed-in"))
        }
        Err(Error::TotpRequired) => login_page(
            req,
            jar,
            StatusCode::UNAUTHORIZED,
            values,
            Some(Say::new("sign-in-code-needed")),
            true,
        ),
        Err(Error::InvalidCredentials) => {
            let totp = f.non_blank("totp").is_some();
            login_page(
                req,
                jar,
                StatusCode::UNAUTHORIZED,
                values,
                Some(Say::new("sign-in-refused")),
                totp,
            )
        }
        Err(Error::Throttled { retry_after }) => {
            let status = StatusCode::TOO_MANY_REQUESTS;
            let say = Say::new("sign-in-throttled").with("seconds", retry_after);
            let mut resp = login_page(req, jar, status, values, Some(say), false);
            resp.headers_mut()
                .insert(poem::http::header::RETRY_AFTER, retry_after.into());
            resp
        }
        Err(e) => page::error(None, &e),
    }
}

#[handler]
async fn logout(
    state: Data<&AppState>,
    meta: Origin,
    jar: &CookieJar,
    Posted { viewer, .. }: Posted,
) -> Response {
    if let Err(e) = sessions::logout(&state, &viewer.scope, &meta).await {
        return page::error(Some(&viewer), &e);
    }
    let mut gone = Cookie::new_with_str(SESSION_COOKIE, "");
    gone.set_path("/");
    gone.make_removal();
    jar.add(gone);
    page::redirect_with("/login", Say::new("flash-signed-out"))
}

/// One's own account: two-factor sign-in, password, and where one is signed in.
pub fn account_routes(r: Route) -> Route {
    r.at("/account", get(account_show))
        .at("/account/sessions/:id/revoke", post(revoke_session))
        .at("/account/totp/enrol", post(totp_enrol))
        .at("/account/totp/confirm", post(totp_confirm))
        .at("/account/totp/disable", post(totp_disable))
        .at("/account/password", post(change_password))
        .at("/account/time_zone", post(time_zone))
        .at("/account/language", post(language))
}

/// One's own account: two-factor sign-in, password, time zone, sessions.
#[derive(Serialize)]
struct AccountPage<'a> {
    title: &'static str,
    section: &'static str,
    sessions: Vec<SessionRow>,
    totp_enabled: bool,
    enrolment: Option<Enrolment>,
    /// Two-factor sign-in set up but not yet confirmed with a code.
    pending: bool,
    #[serde(flatten)]
    form: Form,
    zones: Vec<&'static str>,
    zone: &'a str,
    /// The languages one can pick, and one's own choice ("" for the
    /// organisation's default, named in `default_language`).
    languages: Vec<Lang>,
    language: &'a str,
    default_language: Lang,
}

/// A session of one's own.
#[derive(Serialize)]
struct SessionRow {
    id: Uuid,
    /// The session looking at the page.
    current: bool,
    created_at: String,
    last_seen_at: String,
    ip: Option<String>,
    user_agent: Option<String>,
}

/// A two-factor secret being set up, shown once.
#[derive(Serialize)]
struct Enrolment {
    secret: String,
    uri: String,
}

async fn account_page(
    state: &AppState,
    viewer: &Viewer,
    status: StatusCode,
    enrolment: Option<Enrolment>,
    e: Option<&Error>,
) -> Result<Response, Error> {
    let (_, current) = viewer.scope.user_session()?;
    let sessions = sessions::list(state, &viewer.scope)
        .await?
        .into_iter()
        .map(|s| SessionRow {
            current: s.id == current,
            id: s.id,
            created_at: page::time(s.created_at),
            last_seen_at: page::time(s.last_seen_at),
            ip: s.ip,
            user_agent: s.user_agent,
        })
        .collect();
    Ok(page::render(
        viewer,
        "web/account.html",
        status,
        AccountPage {
            title: "title-account",
            section: "account",
            sessions,
            totp_enabled: viewer.user.totp_enabled,
            enrolment,
            pending: !viewer.user.totp_enabled && viewer.user.totp_secret.is_some(),
            form: Form::new((), e),
            zones: chrono_tz::TZ_VARIANTS.iter().map(|z| z.name()).collect(),
            zone: viewer.user.time_zone.as_deref().unwrap_or("UTC"),
            languages: Lang::staff(),
            language: viewer.user.language.as_deref().unwrap_or(""),
            default_language: page::staff_lang(None, &viewer.tenant),
        },
    ))
}

#[handler]
async fn time_zone(state: Data<&AppState>, meta: Origin, posted: Posted) -> Result<Response> {
    let Posted { viewer, form } = posted;
    let change = account::OwnSettings {
        time_zone: Some(form.text("time_zone")),
        ..Default::default()
    };
    match account::change_own(&state, &viewer.scope, &meta, change).await {
        Ok(u) => Ok(page::redirect_with(
            "/account",
            Say::new("flash-time-zone-set").with("zone", u.time_zone.as_deref().unwrap_or("UTC")),
        )),
        Err(e) => account_refused(&state, &viewer, e).await,
    }
}

#[handler]
async fn language(state: Data<&AppState>, meta: Origin, posted: Posted) -> Result<Response> {
    let Posted { viewer, form } = posted;
    let change = account::OwnSettings {
        language: Some(form.text("language")),
        ..Default::default()
    };
    match account::change_own(&state, &viewer.scope, &meta, change).await {
        Ok(u) => {
            let lang = page::staff_lang(u.language.as_deref(), &viewer.tenant);
            let say = Say::new("flash-language-set").with("language", lang.own_name());
            Ok(page::redirect_with("/account", say))
        }
        Err(e) => account_refused(&state, &viewer, e).await,
    }
}

#[handler]
async fn account_show(state: Data<&AppState>, viewer: Viewer) -> Result<Response> {
    account_page(&state, &viewer, StatusCode::OK, None, None).await
}

/// A refusal shown on the account page, or any other failure as a page.
async fn account_refused(state: &AppState, viewer: &Viewer, e: Error) -> Result<Response> {
    match &e {
        Error::Invalid(_) | Error::Conflict(_) => {
            let (status, _, _) = page::faults(&e);
            account_page(state, viewer, status, None, Some(&e)).await
        }
        _ => Err(e),
    }
}

#[handler]
async fn revoke_session(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Response {
    let viewer = posted.viewer;
    match sessions::revoke_own(&state, &viewer.scope, &meta, id).await {
        Ok(()) => page::redirect_with("/account", Say::new("flash-session-revoked")),
        Err(e) => page::error(Some(&viewer), &e),
    }
}

#[handler]
async fn totp_enrol(state: Data<&AppState>, meta: Origin, posted: Posted) -> Result<Response> {
    let viewer = posted.viewer;
    match account::totp_enrol(&state, &viewer.scope, &meta).await {
        Ok(e) => {
            let enrolment = Enrolment {
                secret: e.secret_base32,
                uri: e.otpauth_uri,
            };
            account_page(&state, &viewer, StatusCode::OK, Some(enrolment), None).await
        }
        Err(e) => account_refused(&state, &viewer, e).await,
    }
}

#[handler]
async fn totp_confirm(state: Data<&AppState>, meta: Origin, posted: Posted) -> Result<Response> {
    let Posted { viewer, form } = posted;
    match account::totp_confirm(&state, &viewer.scope, &meta, form.text("code")).await {
        Ok(()) => Ok(page::redirect_with("/account", Say::new("flash-totp-on"))),
        Err(e) => account_refused(&state, &viewer, e).await,
    }
}

#[handler]
async fn totp_disable(state: Data<&AppState>, meta: Origin, posted: Posted) -> Result<Response> {
    let Posted { viewer, form } = posted;
    match account::totp_disable(&state, &viewer.scope, &meta, form.text("code")).await {
        Ok(()) => Ok(page::redirect_with("/account", Say::new("flash-totp-off"))),
        Err(e) => account_refused(&state, &viewer, e).await,
    }
}

#[handler]
async fn change_password(state: Data<&AppState>, meta: Origin, posted: Posted) -> Result<Response> {
    let Posted { viewer, form } = posted;
    let result = account::change_password(
        &state,
        &viewer.scope,
        &meta,
        form.text("current_password"),
        form.text("new_password"),
    )
    .await;
    match result {
        Ok(ended) => Ok(page::redirect_with(
            "/account",
            Say::new("flash-password-changed").with("count", ended),
        )),
        Err(e) => account_refused(&state, &viewer, e).await,
    }
}

/// API tokens for programs (admins): made with a role, shown once, revoked.
pub fn token_routes(r: Route) -> Route {
    r.at("/settings/tokens", get(tokens_show).post(create_token))
        .at("/settings/tokens/:id/revoke", post(revoke_token))
}

/// API tokens, the form for a new one, and a new token's secret shown once.
#[derive(Serialize)]
struct TokensPage {
    title: &'static str,
    section: &'static str,
    tokens: Vec<TokenRow>,
    #[serde(flatten)]
    form: Form,
    created: Option<NewSecret>,
    roles: [&'static str; 4],
}

/// One token.
#[derive(Serialize)]
struct TokenRow {
    id: Uuid,
    name: String,
    role: String,
    created_at: String,
    last_used_at: Option<String>,
    revoked_at: Option<String>,
}

/// A token just made, with its secret.
#[derive(Serialize)]
struct NewSecret {
    name: String,
    secret: String,
}

async fn tokens_page(
    state: &AppState,
    viewer: &Viewer,
    status: StatusCode,
    form: Form,
    created: Option<NewSecret>,
) -> Result<Response, Error> {
    let tokens = tokens::list(state, &viewer.scope)
        .await?
        .into_iter()
        .map(|t| TokenRow {
            id: t.id,
            name: t.name,
            role: t.role,
            created_at: page::time(t.created_at),
            last_used_at: t.last_used_at.map(page::time),
            revoked_at: t.revoked_at.map(page::time),
        })
        .collect();
    Ok(page::render(
        viewer,
        "web/tokens.html",
        status,
        TokensPage {
            title: "title-tokens",
            section: "tokens",
            tokens,
            form,
            created,
            roles: ["viewer", "staff", "admin", "owner"],
        },
    ))
}

#[handler]
async fn tokens_show(state: Data<&AppState>, viewer: Viewer) -> Result<Response> {
    tokens_page(&state, &viewer, StatusCode::OK, Form::default(), None).await
}

#[handler]
async fn create_token(state: Data<&AppState>, meta: Origin, posted: Posted) -> Result<Response> {
    let Posted { viewer, form } = posted;
    let role = form
        .text("role")
        .parse::<Role>()
        .map_err(|_| Error::invalid("role", "choose viewer, staff, admin or owner"));
    let made = match role {
        Ok(role) => tokens::create(&state, &viewer.scope, &meta, form.text("name"), role).await,
        Err(e) => Err(e),
    };
    match made {
        // The secret is shown once, on this page, never in a redirect.
        Ok(c) => {
            let created = NewSecret {
                name: c.token.name,
                secret: c.secret,
            };
            let status = StatusCode::CREATED;
            tokens_page(&state, &viewer, status, Form::default(), Some(created)).await
        }
        Err(e @ Error::Invalid(_)) => {
            let refused = Form::new(form.values(), Some(&e));
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            tokens_page(&state, &viewer, status, refused, None).await
        }
        Err(e) => Err(e),
    }
}

#[handler]
async fn revoke_token(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Response {
    let viewer = posted.viewer;
    match tokens::revoke(&state, &viewer.scope, &meta, id).await {
        Ok(()) => page::redirect_with("/settings/tokens", Say::new("flash-token-revoked")),
        Err(e) => page::error(Some(&viewer), &e),
    }
}
