//! Signing in: throttled, equally slow for every kind of wrong answer, and
//! with each two-factor code good for one sign-in only.

use chrono::{DateTime, Utc};
use entity::ids::TenantId;
use entity::{session, tenant, user};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::json;
use uuid::Uuid;

use super::{Role, account::consume_totp, password, role_of, throttle, token};
use crate::{
    audit::Origin,
    audit::{self, Entry},
    context::Services,
    db::begin_write,
    error::{Error, Result},
};

pub struct LoginInput {
    pub tenant: String,
    pub email: String,
    pub password: String,
    pub totp: Option<String>,
}

pub struct LoggedIn {
    pub user: user::Model,
    pub session_secret: String,
    pub csrf_token: String,
    pub expires_at: DateTime<Utc>,
    pub totp_setup_required: bool,
}

/// Fields that could never name an account (too long, control characters)
/// are treated like an unknown account, never sent to the database.
fn plausible(s: &str, max: usize) -> bool {
    s.len() <= max && !s.chars().any(char::is_control)
}

pub async fn login(state: &Services, meta: &Origin, input: LoginInput) -> Result<LoggedIn> {
    let keys = throttle::Keys::login(&input.tenant, &input.email, meta.ip.as_deref());
    throttle::reserve(state, &keys).await?;
    let (tenant, user) = check_password(state, meta, &input).await?;
    let code = input
        .totp
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty());
    if user.totp_enabled && code.is_none() {
        // The password was right: this is the first half of a two-step sign-in, not a guess.
        throttle::release(state, &keys).await?;
        return Err(Error::TotpRequired);
    }
    let role = role_of(&user.role)?;
    let totp_setup_required =
        tenant.require_totp_for_admins && role >= Role::Admin && !user.totp_enabled;
    let (secret, expires_at) = start_session(state, meta, &tenant, &user, code).await?;
    throttle::release(state, &keys).await?;
    Ok(LoggedIn {
        csrf_token: token::csrf_of(&secret.value),
        session_secret: secret.value,
        user,
        expires_at,
        totp_setup_required,
    })
}

/// The tenant and user `input` names, if its password is theirs and the
/// user is enabled. The same two lookups and one hash whatever is wrong,
/// so an unknown tenant, an unknown user and a wrong password cost the
/// same time; a failure is audited off the response path.
async fn check_password(
    state: &Services,
    meta: &Origin,
    input: &LoginInput,
) -> Result<(tenant::Model, user::Model)> {
    let well_formed = plausible(&input.tenant, 100)
        && plausible(&input.email, 320)
        && input.password.len() <= 1024;
    let slug = input.tenant.trim().to_lowercase();
    let email = input.email.trim().to_lowercase();
    let tenant = match well_formed {
        true => {
            tenant::Entity::find()
                .filter(tenant::Column::Slug.eq(slug))
                .filter(tenant::Column::State.is_in(entity::tenant::State::ALL.iter().copied()))
                .one(&state.db.main)
                .await?
        }
        false => None,
    };
    let user = match well_formed {
        true => {
            user::Entity::find()
                .filter(
                    user::Column::TenantId.eq(tenant
                        .as_ref()
                        .map_or(TenantId::from(Uuid::nil()), |t| t.id)),
                )
                .filter(user::Column::Email.eq(email))
                .one(&state.db.main)
                .await?
        }
        false => None,
    };
    let password_ok = password::verify(
        state,
        &input.password,
        user.as_ref().map(|u| u.password_hash.as_str()),
    )
    .await?;
    match (tenant, user) {
        (Some(t), Some(u)) if password_ok && !u.disabled => Ok((t, u)),
        (tenant, user) => {
            if let Some(t) = tenant {
                let reason = match &user {
                    None => "unknown_user",
                    Some(u) if u.disabled && password_ok => "disabled",
                    Some(_) => "wrong_password",
                };
                let actor = user
                    .as_ref()
                    .map_or(audit::Actor::Anonymous, |u| audit::Actor::User(u.id));
                record_failure_later(state, t.id, actor, meta, reason);
            }
            Err(Error::InvalidCredentials)
        }
    }
}

/// Checks the two-factor `code` (when the user has it on) and opens an
/// audited session; its secret and when it ends.
async fn start_session(
    state: &Services,
    meta: &Origin,
    tenant: &tenant::Model,
    user: &user::Model,
    code: Option<&str>,
) -> Result<(token::Secret, DateTime<Utc>)> {
    let now = state.clock.now();
    let secret = token::generate(token::SESSION_PREFIX, tenant.id);
    let expires_at = now + state.config.auth.session_absolute.as_chrono();
    let session_id = Uuid::now_v7();
    let txn = begin_write(&state.db.writer).await?;
    let code_ok = match code.filter(|_| user.totp_enabled) {
        Some(code) => consume_totp(state, &txn, user, code).await?,
        None => true,
    };
    if !code_ok {
        drop(txn);
        record_failure_later(
            state,
            tenant.id,
            audit::Actor::User(user.id),
            meta,
            "wrong_totp",
        );
        return Err(Error::InvalidCredentials);
    }
    session::ActiveModel {
        tenant_id: Set(tenant.id),
        id: Set(session_id),
        user_id: Set(user.id),
        token_hash: Set(secret.hash.clone()),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(expires_at),
        ip: Set(meta.ip.clone()),
        user_agent: Set(meta.user_agent.clone()),
        revoked_at: Set(None),
    }
    .insert(&txn)
    .await?;
    let entry = Entry::new("auth.login")
        .target("session", session_id)
        .detail(json!({ "totp": user.totp_enabled }));
    let actor = audit::Actor::User(user.id);
    audit::append(&txn, tenant.id, actor, meta, now, entry).await?;
    txn.commit().await?;
    Ok((secret, expires_at))
}

/// Audits a failed sign-in off the response path, so that whether the tenant
/// exists (and so has an audit log) does not show in the answer's timing.
fn record_failure_later(
    state: &Services,
    tenant_id: TenantId,
    actor: audit::Actor,
    meta: &Origin,
    reason: &'static str,
) {
    let (state, meta) = (state.clone(), meta.clone());
    tokio::spawn(async move {
        let result = async {
            let txn = begin_write(&state.db.writer).await?;
            let entry = Entry::new("auth.login_failed").detail(json!({ "reason": reason }));
            audit::append(&txn, tenant_id, actor, &meta, state.clock.now(), entry).await?;
            txn.commit().await
        }
        .await;
        if let Err(e) = result {
            tracing::error!(error = %crate::error::report(&e), %tenant_id, "could not audit a failed sign-in");
        }
    });
}
