//! `/api/v1/auth/*` and `/api/v1/tokens`: thin adapters over the services.

use chrono::{DateTime, Utc};
use poem::web::{
    Data,
    cookie::{Cookie, CookieJar, SameSite},
};
use poem_openapi::{ApiResponse, Object, OpenApi, param::Path, payload::Json};
use uuid::Uuid;

use super::{
    Role, account,
    extract::{Auth, SESSION_COOKIE},
    login, role_of, sessions, token, tokens,
};
use crate::audit::Origin;
use crate::{
    error::Error,
    http::{ApiTags, NoContent, problem::ApiResult},
    state::AppState,
};

#[derive(Object)]
#[oai(deny_unknown_fields)]
struct LoginRequest {
    /// The tenant's slug.
    #[oai(validator(max_length = 100))]
    tenant: String,
    #[oai(validator(max_length = 320))]
    email: String,
    #[oai(validator(max_length = 1024))]
    password: String,
    /// The current code of the user's authenticator app, when two-factor sign-in is on.
    #[oai(validator(max_length = 16))]
    totp: Option<String>,
}

/// A staff user, as the API shows them.
#[derive(Object)]
pub struct UserView {
    pub id: Uuid,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub disabled: bool,
    pub totp_enabled: bool,
    pub created_at: DateTime<Utc>,
}

impl TryFrom<entity::user::Model> for UserView {
    type Error = Error;

    fn try_from(u: entity::user::Model) -> Result<Self, Error> {
        Ok(Self {
            role: role_of(&u.role)?,
            id: u.id.into(),
            email: u.email,
            name: u.name,
            disabled: u.disabled,
            totp_enabled: u.totp_enabled,
            created_at: u.created_at,
        })
    }
}

/// Changes to one's own account; what is absent stays as it is.
#[derive(Object)]
#[oai(deny_unknown_fields)]
struct MeChange {
    /// The language of one's pages: one the staff pages are written in
    /// (`en`, `de`), or "" for the organisation's default.
    #[oai(validator(max_length = 35))]
    language: Option<String>,
    /// An IANA time zone name such as `Europe/Berlin`, or "" for UTC.
    #[oai(validator(max_length = 64))]
    time_zone: Option<String>,
}

#[derive(Object)]
struct MeView {
    #[oai(flatten)]
    user: UserView,
    /// The language of one's pages; absent for the organisation's default.
    #[oai(skip_serializing_if_is_none)]
    language: Option<String>,
    /// The time zone one's pages show times in; absent for UTC.
    #[oai(skip_serializing_if_is_none)]
    time_zone: Option<String>,
    /// The session's CSRF token; absent for API tokens.
    #[oai(skip_serializing_if_is_none)]
    csrf_token: Option<String>,
}

impl MeView {
    fn of(u: entity::user::Model, csrf_token: Option<String>) -> Result<Self, Error> {
        Ok(Self {
            language: u.language.clone(),
            time_zone: u.time_zone.clone(),
            user: u.try_into()?,
            csrf_token,
        })
    }
}

#[derive(Object)]
struct LoginResponse {
    user: UserView,
    /// Send as the `X-CSRF-Token` header on every cookie-authenticated change.
    csrf_token: String,
    /// When the session ends at the latest; it ends earlier after `auth.session_idle` without use.
    expires_at: DateTime<Utc>,
    /// True when the tenant requires two-factor sign-in for this user's role and
    /// they have not enrolled: until they do, only `/api/v1/auth/*` answers.
    totp_setup_required: bool,
}

#[derive(Object)]
struct SessionView {
    id: Uuid,
    created_at: DateTime<Utc>,
    last_seen_at: DateTime<Utc>,
    expires_at: DateTime<Utc>,
    #[oai(skip_serializing_if_is_none)]
    ip: Option<String>,
    #[oai(skip_serializing_if_is_none)]
    user_agent: Option<String>,
    /// Whether this is the session making the request.
    current: bool,
}

#[derive(Object)]
struct TotpEnrolment {
    /// The shared secret, base32, for manual entry.
    secret: String,
    /// An `otpauth://` URI to show as a QR code.
    otpauth_uri: String,
}

#[derive(Object)]
#[oai(deny_unknown_fields)]
struct CodeRequest {
    /// The 6-digit code the authenticator app shows now.
    #[oai(validator(pattern = r"^[0-9]{6}$"))]
    code: String,
}

#[derive(Object)]
#[oai(deny_unknown_fields)]
struct PasswordChange {
    #[oai(validator(max_length = 1024))]
    current_password: String,
    /// At least 12 characters.
    #[oai(validator(min_length = 12, max_length = 256))]
    new_password: String,
}

#[derive(Object)]
struct PasswordChanged {
    /// How many of the user's other sessions were ended.
    other_sessions_ended: u64,
}

#[derive(Object)]
#[oai(deny_unknown_fields)]
struct NewToken {
    #[oai(validator(min_length = 1, max_length = 100))]
    name: String,
    role: Role,
}

#[derive(Object)]
struct TokenView {
    id: Uuid,
    name: String,
    role: Role,
    created_by: Uuid,
    created_at: DateTime<Utc>,
    #[oai(skip_serializing_if_is_none)]
    last_used_at: Option<DateTime<Utc>>,
    #[oai(skip_serializing_if_is_none)]
    revoked_at: Option<DateTime<Utc>>,
}

#[derive(Object)]
struct CreatedTokenBody {
    id: Uuid,
    name: String,
    role: Role,
    /// The secret, shown this once. Send as `Authorization: Bearer <token>`.
    token: String,
}

#[derive(ApiResponse)]
enum TokenCreated {
    #[oai(status = 201)]
    Created(Json<CreatedTokenBody>),
}

fn token_view(t: entity::api_token::Model) -> Result<TokenView, Error> {
    Ok(TokenView {
        role: role_of(&t.role)?,
        id: t.id,
        name: t.name,
        created_by: t.created_by,
        created_at: t.created_at,
        last_used_at: t.last_used_at,
        revoked_at: t.revoked_at,
    })
}

pub struct AuthApi;

#[OpenApi(prefix_path = "/auth", tag = "ApiTags::Auth")]
impl AuthApi {
    /// Sign in
    ///
    /// Sets the `steward_session` cookie and returns the CSRF token. Unknown
    /// tenants, unknown users and wrong passwords get the same 401; repeated
    /// failures are throttled with 429 and `Retry-After`.
    #[oai(path = "/login", method = "post", operation_id = "login")]
    async fn login(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        jar: &CookieJar,
        body: Json<LoginRequest>,
    ) -> ApiResult<Json<LoginResponse>> {
        let b = body.0;
        let input = login::LoginInput {
            tenant: b.tenant,
            email: b.email,
            password: b.password,
            totp: b.totp,
        };
        let out = login::login(&state, &meta, input).await?;
        let mut cookie = Cookie::new_with_str(SESSION_COOKIE, out.session_secret);
        cookie.set_http_only(true);
        cookie.set_same_site(SameSite::Lax);
        cookie.set_path("/");
        cookie.set_secure(state.config.server.tls);
        jar.add(cookie);
        Ok(Json(LoginResponse {
            user: out.user.try_into()?,
            csrf_token: out.csrf_token,
            expires_at: out.expires_at,
            totp_setup_required: out.totp_setup_required,
        }))
    }

    /// Sign out
    ///
    /// Ends the current session and clears its cookie.
    #[oai(path = "/logout", method = "post", operation_id = "logout")]
    async fn logout(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        jar: &CookieJar,
    ) -> ApiResult<NoContent> {
        sessions::logout(&state, auth.scope(), &meta).await?;
        let mut gone = Cookie::new_with_str(SESSION_COOKIE, "");
        gone.set_path("/");
        gone.make_removal();
        jar.add(gone);
        Ok(NoContent::Done)
    }

    /// The signed-in user
    ///
    /// With a session cookie, also the session's CSRF token, so a client that
    /// reloaded can make changes again without signing in.
    #[oai(path = "/me", method = "get", operation_id = "me")]
    async fn me(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        jar: &CookieJar,
    ) -> ApiResult<Json<MeView>> {
        let user = account::me(&state, auth.scope()).await?;
        let csrf_token = match &auth {
            Auth::Session(_) => jar
                .get(SESSION_COOKIE)
                .map(|c| token::csrf_of(c.value_str())),
            Auth::Token(_) => None,
        };
        Ok(Json(MeView::of(user, csrf_token)?))
    }

    /// Change my account
    ///
    /// The language and time zone of one's own pages. Each change is
    /// audited; a refused value changes nothing.
    #[oai(path = "/me", method = "patch", operation_id = "update_me")]
    async fn update_me(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        meta: Origin,
        body: Json<MeChange>,
    ) -> ApiResult<Json<MeView>> {
        let MeChange {
            language,
            time_zone,
        } = body.0;
        let change = account::OwnSettings {
            language: language.as_deref(),
            time_zone: time_zone.as_deref(),
        };
        let user = account::change_own(&state, auth.scope(), &meta, change).await?;
        Ok(Json(MeView::of(user, None)?))
    }

    /// My active sessions
    ///
    /// Where and when the caller is signed in; `current` marks this one.
    #[oai(path = "/sessions", method = "get", operation_id = "list_sessions")]
    async fn sessions(
        &self,
        state: Data<&AppState>,
        auth: Auth,
    ) -> ApiResult<Json<Vec<SessionView>>> {
        let (_, current) = auth.scope().user_session()?;
        let list = sessions::list(&state, auth.scope()).await?;
        Ok(Json(
            list.into_iter()
                .map(|s| SessionView {
                    current: s.id == current,
                    id: s.id,
                    created_at: s.created_at,
                    last_seen_at: s.last_seen_at,
                    expires_at: s.expires_at,
                    ip: s.ip,
                    user_agent: s.user_agent,
                })
                .collect(),
        ))
    }

    /// Revoke one of my sessions
    ///
    /// Its cookie stops working at once.
    #[oai(
        path = "/sessions/:id",
        method = "delete",
        operation_id = "revoke_session"
    )]
    async fn revoke_session(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<NoContent> {
        sessions::revoke_own(&state, auth.scope(), &meta, id.0).await?;
        Ok(NoContent::Done)
    }

    /// Start two-factor enrolment
    ///
    /// Returns a new secret to add to an authenticator app; confirm with a code to turn it on.
    #[oai(path = "/totp/enrol", method = "post", operation_id = "totp_enrol")]
    async fn totp_enrol(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
    ) -> ApiResult<Json<TotpEnrolment>> {
        let e = account::totp_enrol(&state, auth.scope(), &meta).await?;
        Ok(Json(TotpEnrolment {
            secret: e.secret_base32,
            otpauth_uri: e.otpauth_uri,
        }))
    }

    /// Confirm two-factor enrolment
    #[oai(path = "/totp/confirm", method = "post", operation_id = "totp_confirm")]
    async fn totp_confirm(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        body: Json<CodeRequest>,
    ) -> ApiResult<NoContent> {
        account::totp_confirm(&state, auth.scope(), &meta, &body.0.code).await?;
        Ok(NoContent::Done)
    }

    /// Turn two-factor sign-in off
    #[oai(path = "/totp/disable", method = "post", operation_id = "totp_disable")]
    async fn totp_disable(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        body: Json<CodeRequest>,
    ) -> ApiResult<NoContent> {
        account::totp_disable(&state, auth.scope(), &meta, &body.0.code).await?;
        Ok(NoContent::Done)
    }

    /// Change my password
    ///
    /// Ends the caller's other sessions.
    #[oai(path = "/password", method = "post", operation_id = "change_password")]
    async fn change_password(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        body: Json<PasswordChange>,
    ) -> ApiResult<Json<PasswordChanged>> {
        let ended = account::change_password(
            &state,
            auth.scope(),
            &meta,
            &body.0.current_password,
            &body.0.new_password,
        )
        .await?;
        Ok(Json(PasswordChanged {
            other_sessions_ended: ended,
        }))
    }
}

pub struct TokensApi;

#[OpenApi(prefix_path = "/tokens", tag = "ApiTags::Tokens")]
impl TokensApi {
    /// Create an API token
    ///
    /// Admin. The secret is in this answer only. A token's role cannot exceed its maker's.
    #[oai(path = "/", method = "post", operation_id = "create_token")]
    async fn create(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        body: Json<NewToken>,
    ) -> ApiResult<TokenCreated> {
        let created =
            tokens::create(&state, auth.scope(), &meta, &body.0.name, body.0.role).await?;
        Ok(TokenCreated::Created(Json(CreatedTokenBody {
            role: role_of(&created.token.role)?,
            id: created.token.id,
            name: created.token.name,
            token: created.secret,
        })))
    }

    /// List API tokens
    #[oai(path = "/", method = "get", operation_id = "list_tokens")]
    async fn list(&self, state: Data<&AppState>, auth: Auth) -> ApiResult<Json<Vec<TokenView>>> {
        let list = tokens::list(&state, auth.scope()).await?;
        Ok(Json(
            list.into_iter().map(token_view).collect::<Result<_, _>>()?,
        ))
    }

    /// Revoke an API token
    #[oai(path = "/:id", method = "delete", operation_id = "revoke_token")]
    async fn revoke(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<NoContent> {
        tokens::revoke(&state, auth.scope(), &meta, id.0).await?;
        Ok(NoContent::Done)
    }
}
