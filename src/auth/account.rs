//! What signed-in users do to their own account: two-factor sign-in and
//! changing their password.

use entity::{tenant, user};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, IntoActiveModel,
    QueryFilter, Set, sea_query::Expr,
};
use serde_json::json;

use super::{Role, Scope, password, role_of, sessions, throttle, totp};
use crate::{
    audit::Origin,
    audit::{self, Entry},
    context::Services,
    db::begin_write,
    error::{Error, Result},
    i18n::Lang,
    values::NewPassword,
};

async fn own_user(state: &Services, scope: &Scope) -> Result<user::Model> {
    let (user_id, _) = scope.user_session()?;
    user::Entity::find_by_id((scope.tenant_id(), user_id))
        .one(&state.db.main)
        .await?
        .ok_or(Error::NotFound("user"))
}

pub async fn me(state: &Services, scope: &Scope) -> Result<user::Model> {
    own_user(state, scope).await
}

/// Starts TOTP enrolment: a new secret, not yet required at login.
pub async fn totp_enrol(state: &Services, scope: &Scope, meta: &Origin) -> Result<totp::Enrolment> {
    let user = own_user(state, scope).await?;
    if user.totp_enabled {
        return Err(Error::Conflict(
            "two-factor sign-in is already on; turn it off first to enrol a new device".into(),
        ));
    }
    let key = state.keys.tenant_key(scope.tenant_id()).await?;
    let enrolment = totp::enrol(&key, scope.tenant_id(), user.id, &user.email);
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let mut am = user.into_active_model();
    am.totp_secret = Set(Some(enrolment.sealed_secret.clone()));
    am.totp_last_step = Set(None);
    am.updated_at = Set(now);
    let user = am.update(&txn).await?;
    audit::append(
        &txn,
        scope.tenant_id(),
        scope.into(),
        meta,
        now,
        Entry::new("auth.totp_enrol_started").target("user", user.id),
    )
    .await?;
    txn.commit().await?;
    Ok(enrolment)
}

/// Confirms enrolment with a first code; from then on login needs a code.
pub async fn totp_confirm(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    code: &str,
) -> Result<()> {
    let user = own_user(state, scope).await?;
    if user.totp_enabled {
        return Err(Error::Conflict("two-factor sign-in is already on".into()));
    }
    let sealed = user.totp_secret.clone().ok_or_else(|| {
        Error::Conflict("start enrolment first (POST /api/v1/auth/totp/enrol)".into())
    })?;
    change_totp(state, scope, meta, &user, code, "auth.totp_enabled", |am| {
        am.totp_enabled = Set(true);
        am.totp_secret = Set(Some(sealed));
    })
    .await
}

/// Turns TOTP off, with a current code as proof of the device.
pub async fn totp_disable(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    code: &str,
) -> Result<()> {
    let user = own_user(state, scope).await?;
    if !user.totp_enabled {
        return Err(Error::Conflict("two-factor sign-in is not on".into()));
    }
    let tenant = tenant::Entity::find_by_id(scope.tenant_id())
        .one(&state.db.main)
        .await?
        .ok_or(Error::NotFound("tenant"))?;
    if tenant.require_totp_for_admins && role_of(&user.role)? >= Role::Admin {
        return Err(Error::Conflict(
            "your organisation requires two-factor sign-in for admins and owners".into(),
        ));
    }
    change_totp(
        state,
        scope,
        meta,
        &user,
        code,
        "auth.totp_disabled",
        |am| {
            am.totp_enabled = Set(false);
            am.totp_secret = Set(None);
            am.totp_last_step = Set(None);
        },
    )
    .await
}

/// Proves the device with `code` (throttled like a login), then applies `change`.
async fn change_totp(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    user: &user::Model,
    code: &str,
    action: &'static str,
    change: impl FnOnce(&mut user::ActiveModel),
) -> Result<()> {
    let keys = throttle::Keys::totp(scope.tenant_id(), user.id);
    throttle::reserve(state, &keys).await?;
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    if !consume_totp(state, &txn, user, code).await? {
        return Err(Error::invalid(
            "code",
            "is not the current code of your authenticator app",
        ));
    }
    let mut am = user::Entity::find_by_id((scope.tenant_id(), user.id))
        .one(&txn)
        .await?
        .ok_or(Error::NotFound("user"))?
        .into_active_model();
    change(&mut am);
    am.updated_at = Set(now);
    am.update(&txn).await?;
    audit::append(
        &txn,
        scope.tenant_id(),
        scope.into(),
        meta,
        now,
        Entry::new(action).target("user", user.id),
    )
    .await?;
    txn.commit().await?;
    throttle::release(state, &keys).await
}

/// Checks `code` against the user's secret and uses up its time step in
/// `conn`, on condition that the step is newer than the last one used and the
/// secret is unchanged: a code works once, even when two requests present it
/// at the same moment.
pub(super) async fn consume_totp<C: ConnectionTrait>(
    state: &Services,
    conn: &C,
    user: &user::Model,
    code: &str,
) -> Result<bool> {
    let Some(sealed) = user.totp_secret.as_deref() else {
        return Ok(false);
    };
    let key = state.keys.tenant_key(user.tenant_id).await?;
    let unix_now = state.clock.now().timestamp().max(0) as u64;
    let Some(step) = totp::check(
        &key,
        user.tenant_id,
        user.id,
        sealed,
        code,
        unix_now,
        user.totp_last_step,
    )?
    else {
        return Ok(false);
    };
    let used = user::Entity::update_many()
        .col_expr(user::Column::TotpLastStep, Expr::value(step))
        .filter(user::Column::TenantId.eq(user.tenant_id))
        .filter(user::Column::Id.eq(user.id))
        .filter(user::Column::TotpSecret.eq(sealed.to_vec()))
        .filter(
            Condition::any()
                .add(user::Column::TotpLastStep.is_null())
                .add(user::Column::TotpLastStep.lt(step)),
        )
        .exec(conn)
        .await?;
    Ok(used.rows_affected == 1)
}

/// Changes the caller's password and ends their other sessions.
pub async fn change_password(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    current: &str,
    new: &str,
) -> Result<u64> {
    let user = own_user(state, scope).await?;
    let new = NewPassword::parse(new).map_err(|e| Error::invalid("new_password", e.to_string()))?;
    if !password::verify(state, current, Some(&user.password_hash)).await? {
        return Err(Error::invalid(
            "current_password",
            "is not your current password",
        ));
    }
    let hash = password::hash(state, new.expose()).await?;
    let (_, session_id) = scope.user_session()?;
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let user_id = user.id;
    let mut am = user.into_active_model();
    am.password_hash = Set(hash);
    am.updated_at = Set(now);
    am.update(&txn).await?;
    let ended =
        sessions::revoke_all_of(&txn, scope.tenant_id(), user_id, Some(session_id), now).await?;
    audit::append(
        &txn,
        scope.tenant_id(),
        scope.into(),
        meta,
        now,
        Entry::new("auth.password_changed")
            .target("user", user_id)
            .detail(json!({ "other_sessions_ended": ended })),
    )
    .await?;
    txn.commit().await?;
    Ok(ended)
}

/// The time zone named `zone` (`None` for UTC), or why not.
fn check_time_zone(zone: &str) -> Result<Option<String>> {
    match zone.trim() {
        "" | "UTC" => Ok(None),
        name => name
            .parse::<chrono_tz::Tz>()
            .map(|z| Some(z.name().to_owned()))
            .map_err(|_| {
                Error::invalid("time_zone", "is not a time zone name such as Europe/Berlin")
            }),
    }
}

/// The staff language tagged `tag` (`None` for the organisation's
/// default), or why not.
fn check_language(tag: &str) -> Result<Option<String>> {
    match tag.trim() {
        "" => Ok(None),
        tag => Lang::checked_for_staff(tag)
            .map(|l| Some(l.tag().to_owned()))
            .map_err(|why| Error::invalid("language", why)),
    }
}

/// The settings of one's own pages a person may change; what is `None`
/// stays as it is. An empty language means the organisation's default, an
/// empty time zone UTC.
#[derive(Default)]
pub struct OwnSettings<'a> {
    pub language: Option<&'a str>,
    pub time_zone: Option<&'a str>,
}

/// Changes the settings of the caller's own pages in one transaction, each
/// change audited (`user.language_set`, `user.time_zone_set`); a refused
/// value changes nothing, and a value as it was writes nothing.
pub async fn change_own(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    change: OwnSettings<'_>,
) -> Result<user::Model> {
    let language = change.language.map(check_language).transpose()?;
    let time_zone = change.time_zone.map(check_time_zone).transpose()?;
    let user = own_user(state, scope).await?;
    let mut entries = Vec::new();
    let mut am = user.clone().into_active_model();
    if let Some(language) = language.filter(|l| *l != user.language) {
        entries.push(Entry::new("user.language_set").detail(json!({ "language": language })));
        am.language = Set(language);
    }
    if let Some(zone) = time_zone.filter(|z| *z != user.time_zone) {
        let shown = zone.as_deref().unwrap_or("UTC");
        entries.push(Entry::new("user.time_zone_set").detail(json!({ "time_zone": shown })));
        am.time_zone = Set(zone);
    }
    if entries.is_empty() {
        return Ok(user);
    }
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    am.updated_at = Set(now);
    let user = am.update(&txn).await?;
    for entry in entries {
        let entry = entry.target("user", user.id);
        audit::append(&txn, scope.tenant_id(), scope.into(), meta, now, entry).await?;
    }
    txn.commit().await?;
    Ok(user)
}
