//! The two ways to authenticate, as OpenAPI security schemes.

use poem::{Request, http::Method};
use poem_openapi::{
    SecurityScheme,
    auth::{ApiKey, Bearer},
};

use super::{Scope, sessions};
use crate::{error::Error, state::AppState};

pub const SESSION_COOKIE: &str = "steward_session";

/// The session cookie set by `POST /api/v1/auth/login`. Writes also need the
/// `X-CSRF-Token` header from the login answer.
#[derive(SecurityScheme)]
#[oai(
    ty = "api_key",
    key_name = "steward_session",
    key_in = "cookie",
    checker = "check_session"
)]
pub struct SessionAuth(Scope);

/// An API token from `POST /api/v1/tokens`, as `Authorization: Bearer stw_…`.
#[derive(SecurityScheme)]
#[oai(ty = "bearer", bearer_format = "stw_…", checker = "check_token")]
pub struct TokenAuth(Scope);

/// Either a session cookie or an API token.
#[derive(SecurityScheme)]
pub enum Auth {
    Token(TokenAuth),
    Session(SessionAuth),
}

impl Auth {
    pub fn scope(&self) -> &Scope {
        match self {
            Auth::Token(t) => &t.0,
            Auth::Session(s) => &s.0,
        }
    }
}

fn state(req: &Request) -> poem::Result<&AppState> {
    req.data::<AppState>()
        .ok_or_else(|| Error::internal("application state missing").into())
}

async fn check_session(req: &Request, key: ApiKey) -> poem::Result<Scope> {
    let state = state(req)?;
    let presented = sessions::Presented {
        cookie: &key.key,
        writes: writes(req),
        csrf_header: req.header("x-csrf-token"),
        totp_setup_route: req.original_uri().path().starts_with("/api/v1/auth/"),
    };
    Ok(sessions::authenticate_session(state, presented).await?)
}

async fn check_token(req: &Request, bearer: Bearer) -> poem::Result<Scope> {
    Ok(sessions::authenticate_token(state(req)?, &bearer.token, writes(req)).await?)
}

/// Whether the request may change something.
fn writes(req: &Request) -> bool {
    !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS)
}
