//! Sessions and API tokens: turning a presented secret into a Scope, listing
//! and ending sessions.

use chrono::{DateTime, TimeDelta, Utc};
use entity::ids::{TenantId, UserId};
use entity::{api_token, session, tenant, user};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, sea_query::Expr};
use uuid::Uuid;

use super::{Actor, Role, Scope, role_of, token};
use crate::{
    audit::Origin,
    audit::{self, Entry},
    context::Services,
    crypto::constant_eq,
    db::begin_write,
    error::{Error, Result},
};

/// How stale a token's `last_used_at` may get before a request refreshes it.
const TOUCH_EVERY: TimeDelta = TimeDelta::seconds(60);

/// How stale a session's `last_seen_at` may get before a request refreshes
/// it: a tenth of `idle`, at most a minute. A session in use therefore ends
/// at most a tenth of the idle window early, and a short window (in tests,
/// or a kiosk) is honoured too.
pub fn touch_every(idle: TimeDelta) -> TimeDelta {
    (idle / 10).min(TOUCH_EVERY)
}

/// What a request presented, for the session check.
pub struct Presented<'a> {
    pub cookie: &'a str,
    pub writes: bool,
    pub csrf_header: Option<&'a str>,
    /// Whether the route is one a session that must still enrol TOTP may use.
    pub totp_setup_route: bool,
}

pub async fn authenticate_session(state: &Services, p: Presented<'_>) -> Result<Scope> {
    Ok(authenticate_account(state, p).await?.scope)
}

/// A signed-in session with the user and tenant it belongs to, as pages need.
pub struct Account {
    pub scope: Scope,
    pub user: user::Model,
    pub tenant: tenant::Model,
}

/// As `authenticate_session`, keeping the rows it read.
pub async fn authenticate_account(state: &Services, p: Presented<'_>) -> Result<Account> {
    let (tenant_id, hash) =
        token::parse(token::SESSION_PREFIX, p.cookie).ok_or(Error::Unauthenticated)?;
    let s = session::Entity::find()
        .filter(session::Column::TenantId.eq(tenant_id))
        .filter(session::Column::TokenHash.eq(hash))
        .one(&state.db.main)
        .await?
        .ok_or(Error::Unauthenticated)?;
    let now = state.clock.now();
    if s.revoked_at.is_some() {
        return Err(Error::Unauthenticated);
    }
    if now >= s.expires_at || now >= s.last_seen_at + state.config.auth.session_idle.as_chrono() {
        return Err(Error::SessionExpired);
    }
    let (user, tenant) = user_and_tenant(state, tenant_id, s.user_id).await?;
    if user.disabled {
        return Err(Error::Unauthenticated);
    }
    // Signing out and managing one's own sign-in stay possible while cancelled.
    let closed = closed(&tenant, p.writes && !p.totp_setup_route)?;
    if p.writes {
        let expected = token::csrf_of(p.cookie);
        if !p
            .csrf_header
            .is_some_and(|h| constant_eq(h.as_bytes(), expected.as_bytes()))
        {
            return Err(Error::Forbidden(
                "this change needs the X-CSRF-Token header that login returned".into(),
            ));
        }
    }
    let role = role_of(&user.role)?;
    // Read on every request, so turning the rule on (or promoting someone)
    // applies to sessions that already exist.
    let must_enrol = tenant.require_totp_for_admins && role >= Role::Admin && !user.totp_enabled;
    if must_enrol && !p.totp_setup_route {
        return Err(Error::Forbidden(
            "your organisation requires two-factor sign-in for admins: enrol at /api/v1/auth/totp/enrol and confirm first".into(),
        ));
    }
    if now - s.last_seen_at >= touch_every(state.config.auth.session_idle.as_chrono()) {
        session::Entity::update_many()
            .col_expr(session::Column::LastSeenAt, Expr::value(now))
            .filter(session::Column::TenantId.eq(tenant_id))
            .filter(session::Column::Id.eq(s.id))
            .exec(&state.db.writer)
            .await?;
    }
    let scope = Scope::new(
        tenant_id,
        Actor::User {
            user_id: user.id,
            session_id: s.id,
        },
        role,
    );
    Ok(Account {
        scope: scope.read_only(closed),
        user,
        tenant,
    })
}

pub async fn authenticate_token(state: &Services, presented: &str, writes: bool) -> Result<Scope> {
    let (tenant_id, hash) =
        token::parse(token::API_TOKEN_PREFIX, presented).ok_or(Error::Unauthenticated)?;
    let t = api_token::Entity::find()
        .filter(api_token::Column::TenantId.eq(tenant_id))
        .filter(api_token::Column::TokenHash.eq(hash))
        .filter(api_token::Column::RevokedAt.is_null())
        .one(&state.db.main)
        .await?
        .ok_or(Error::Unauthenticated)?;
    // A token is never more than its maker: it stops when they are disabled,
    // and shrinks when they are demoted.
    let (maker, tenant) = user_and_tenant(state, tenant_id, t.created_by.into()).await?;
    if maker.disabled {
        return Err(Error::Unauthenticated);
    }
    let closed = closed(&tenant, writes)?;
    let role = role_of(&t.role)?.min(role_of(&maker.role)?);
    let now = state.clock.now();
    if t.last_used_at.is_none_or(|at| now - at >= TOUCH_EVERY) {
        api_token::Entity::update_many()
            .col_expr(api_token::Column::LastUsedAt, Expr::value(now))
            .filter(api_token::Column::TenantId.eq(tenant_id))
            .filter(api_token::Column::Id.eq(t.id))
            .exec(&state.db.writer)
            .await?;
    }
    let scope = Scope::new(tenant_id, Actor::Token { token_id: t.id }, role);
    Ok(scope.read_only(closed))
}

/// The scope of work a person started that goes on without them (an
/// import's run, resumed by the job runner): their account as it is now,
/// never more than it was. A user disabled or removed since, or a token
/// revoked, stops it; a demotion shrinks it.
pub async fn on_behalf_of(
    state: &Services,
    tenant_id: TenantId,
    actor_kind: &str,
    actor_id: Option<Uuid>,
) -> Result<Scope> {
    let gone = || Error::Forbidden("the person who started this can no longer do it".into());
    let actor_id = actor_id.ok_or_else(gone)?;
    let (actor, role, tenant) = match actor_kind {
        "user" => {
            let (user, tenant) = user_and_tenant(state, tenant_id, actor_id.into())
                .await
                .map_err(|_| gone())?;
            if user.disabled {
                return Err(gone());
            }
            let actor = Actor::User {
                user_id: user.id,
                session_id: Uuid::nil(),
            };
            (actor, role_of(&user.role)?, tenant)
        }
        "token" => {
            let t = api_token::Entity::find_by_id((tenant_id, actor_id))
                .filter(api_token::Column::RevokedAt.is_null())
                .one(&state.db.main)
                .await?
                .ok_or_else(gone)?;
            let (maker, tenant) = user_and_tenant(state, tenant_id, t.created_by.into())
                .await
                .map_err(|_| gone())?;
            if maker.disabled {
                return Err(gone());
            }
            let role = role_of(&t.role)?.min(role_of(&maker.role)?);
            (Actor::Token { token_id: t.id }, role, tenant)
        }
        _ => return Err(gone()),
    };
    let closed = closed(&tenant, true)?;
    Ok(Scope::new(tenant_id, actor, role).read_only(closed))
}

/// An active tenant can do anything its roles allow; a cancelled one can
/// only read (and export) until it is purged: for a change, why not.
fn closed(tenant: &tenant::Model, writes: bool) -> Result<Option<String>> {
    use entity::tenant::State;
    match tenant.state {
        State::Active => Ok(None),
        State::Cancelled if !writes => Ok(None),
        State::Cancelled => Ok(Some(format!(
            "this tenant's account is cancelled: everything is read-only until its data is purged at {}; download the export from GET /api/v1/tenant/export",
            tenant.purge_at.map_or_else(String::new, |t| t
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        ))),
    }
}

async fn user_and_tenant(
    state: &Services,
    tenant_id: TenantId,
    user_id: UserId,
) -> Result<(user::Model, tenant::Model)> {
    let user = user::Entity::find_by_id((tenant_id, user_id))
        .one(&state.db.main)
        .await?
        .ok_or(Error::Unauthenticated)?;
    let tenant = tenant::Entity::find_by_id(tenant_id)
        .one(&state.db.main)
        .await?
        .ok_or(Error::Unauthenticated)?;
    Ok((user, tenant))
}

/// Ends the caller's own session.
pub async fn logout(state: &Services, scope: &Scope, meta: &Origin) -> Result<()> {
    let (_, session_id) = scope.user_session()?;
    revoke(state, scope, meta, session_id, "auth.logout").await
}

/// The caller's active sessions, newest first.
pub async fn list(state: &Services, scope: &Scope) -> Result<Vec<session::Model>> {
    let (user_id, _) = scope.user_session()?;
    let now = state.clock.now();
    let idle_cutoff = now - state.config.auth.session_idle.as_chrono();
    Ok(session::Entity::find()
        .filter(session::Column::TenantId.eq(scope.tenant_id()))
        .filter(session::Column::UserId.eq(user_id))
        .filter(session::Column::RevokedAt.is_null())
        .filter(session::Column::ExpiresAt.gt(now))
        .filter(session::Column::LastSeenAt.gt(idle_cutoff))
        .order_by_desc(session::Column::CreatedAt)
        .all(&state.db.main)
        .await?)
}

/// Revokes one of the caller's own sessions; another user's is "not found".
pub async fn revoke_own(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    session_id: Uuid,
) -> Result<()> {
    revoke(state, scope, meta, session_id, "auth.session_revoked").await
}

async fn revoke(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    session_id: Uuid,
    action: &'static str,
) -> Result<()> {
    let (user_id, _) = scope.user_session()?;
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let res = session::Entity::update_many()
        .col_expr(session::Column::RevokedAt, Expr::value(now))
        .filter(session::Column::TenantId.eq(scope.tenant_id()))
        .filter(session::Column::UserId.eq(user_id))
        .filter(session::Column::Id.eq(session_id))
        .filter(session::Column::RevokedAt.is_null())
        .exec(&txn)
        .await?;
    if res.rows_affected == 0 {
        return Err(Error::NotFound("session"));
    }
    // Its searches end with it.
    crate::customers::handles::forget_session(&txn, scope.tenant_id(), session_id).await?;
    audit::append(
        &txn,
        scope.tenant_id(),
        scope.into(),
        meta,
        now,
        Entry::new(action).target("session", session_id),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Ends every session of a user (disabled, password changed), except `keep`.
pub async fn revoke_all_of<C: sea_orm::ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    user_id: UserId,
    keep: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<u64> {
    let mut q = session::Entity::update_many()
        .col_expr(session::Column::RevokedAt, Expr::value(now))
        .filter(session::Column::TenantId.eq(tenant_id))
        .filter(session::Column::UserId.eq(user_id))
        .filter(session::Column::RevokedAt.is_null());
    if let Some(keep) = keep {
        q = q.filter(session::Column::Id.ne(keep));
    }
    let ended = q.exec(conn).await?.rows_affected;
    crate::customers::handles::forget_user(conn, tenant_id, user_id, keep).await?;
    Ok(ended)
}

/// Deletes sessions that ended (expired or revoked) more than a day ago.
pub async fn purge_ended(state: &Services) -> Result<u64> {
    let cutoff = state.clock.now() - TimeDelta::days(1);
    let idle_cutoff = cutoff - state.config.auth.session_idle.as_chrono();
    let res = session::Entity::delete_many()
        .filter(
            sea_orm::Condition::any()
                .add(session::Column::ExpiresAt.lt(cutoff))
                .add(session::Column::RevokedAt.lt(cutoff))
                .add(session::Column::LastSeenAt.lt(idle_cutoff)),
        )
        .exec(&state.db.writer)
        .await?;
    Ok(res.rows_affected)
}
