use chrono::{DateTime, Utc};
use entity::ids::{TenantId, UserId};
use entity::{tenant, user};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use serde_json::{Map, Value, json};

use crate::{
    audit::Origin,
    audit::{self, Entry},
    auth::{self, Role, Scope, role_of, sessions, tokens},
    context::Services,
    crypto,
    db::begin_write,
    error::{Checks, Error, Result, conflict_if_duplicate},
    values::{Email, NewPassword, display_name},
};

pub struct NewUser {
    pub email: String,
    pub name: String,
    pub role: Role,
    pub password: Option<String>,
}

pub struct Created {
    pub user: user::Model,
    /// Set when Steward chose the password; shown once.
    pub generated_password: Option<String>,
}

/// The addresses of a tenant's active users with one of `roles`, sorted:
/// whom Steward writes to about the tenant.
pub async fn emails_of<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    roles: &[Role],
) -> Result<Vec<String>> {
    Ok(user::Entity::find()
        .select_only()
        .column(user::Column::Email)
        .filter(user::Column::TenantId.eq(tenant_id))
        .filter(user::Column::Disabled.eq(false))
        .filter(user::Column::Role.is_in(roles.iter().map(|r| r.as_str())))
        .order_by_asc(user::Column::Email)
        .into_tuple()
        .all(conn)
        .await?)
}

pub async fn list(state: &Services, scope: &Scope) -> Result<Vec<user::Model>> {
    scope.require(Role::Admin)?;
    Ok(user::Entity::find()
        .filter(user::Column::TenantId.eq(scope.tenant_id()))
        .order_by_asc(user::Column::CreatedAt)
        .all(&state.db.main)
        .await?)
}

pub async fn create(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    input: NewUser,
) -> Result<Created> {
    scope.require(Role::Admin)?;
    scope.require_may_grant(input.role)?;
    let mut checks = Checks::new();
    let email = checks.take("email", Email::parse(&input.email));
    let name = checks.take("name", display_name(&input.name, 200));
    let given = match &input.password {
        Some(p) => checks.take("password", NewPassword::parse(p)).map(Some),
        None => Some(None),
    };
    checks.finish()?;
    let (email, name, given) = (
        email.expect("checked"),
        name.expect("checked"),
        given.expect("checked"),
    );
    let (hash, generated_password) = hash_given_or_generated(state, given).await?;
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let user = insert_user(
        &txn,
        scope.tenant_id(),
        &email,
        &name,
        input.role,
        hash,
        scope.into(),
        meta,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(Created {
        user,
        generated_password,
    })
}

/// The hash of the given password, or of a generated one, which is returned
/// so it can be shown once.
pub async fn hash_given_or_generated(
    state: &Services,
    given: Option<NewPassword>,
) -> Result<(String, Option<String>)> {
    let generated = given.is_none().then(|| crypto::random_secret(18));
    let password = given
        .as_ref()
        .map(NewPassword::expose)
        .or(generated.as_deref())
        .expect("one is set");
    Ok((auth::password::hash(state, password).await?, generated))
}

/// Inserts a user and its audit row in `conn`; refuses an email already in the tenant.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn insert_user<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    email: &Email,
    name: &str,
    role: Role,
    password_hash: String,
    actor: audit::Actor,
    meta: &Origin,
    now: DateTime<Utc>,
) -> Result<user::Model> {
    const TAKEN: &str = "a user with this email already exists in this tenant";
    let taken = user::Entity::find()
        .filter(user::Column::TenantId.eq(tenant_id))
        .filter(user::Column::Email.eq(email.as_str()))
        .count(conn)
        .await?;
    if taken > 0 {
        return Err(Error::Conflict(TAKEN.into()));
    }
    let model = user::ActiveModel {
        tenant_id: Set(tenant_id),
        id: Set(UserId::new()),
        email: Set(email.as_str().to_owned()),
        name: Set(name.to_owned()),
        password_hash: Set(password_hash),
        role: Set(role.as_str().to_owned()),
        totp_secret: Set(None),
        totp_enabled: Set(false),
        totp_last_step: Set(None),
        disabled: Set(false),
        time_zone: Set(None),
        language: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(conn)
    .await
    .map_err(|e| conflict_if_duplicate(e, TAKEN))?;
    let entry = Entry::new("user.created")
        .target("user", model.id)
        .detail(json!({ "role": role.as_str() }));
    audit::append(conn, tenant_id, actor, meta, now, entry).await?;
    Ok(model)
}

#[derive(Default)]
pub struct Change {
    pub name: Option<String>,
    pub role: Option<Role>,
    pub disabled: Option<bool>,
    /// Turns off the user's two-factor sign-in (a lost device).
    pub reset_totp: bool,
}

/// Refuses a change that would leave the tenant without an active
/// owner. Locking every active owner serialises two admins demoting the
/// last two owners at once.
async fn keep_an_owner<C: sea_orm::ConnectionTrait>(
    conn: &C,
    scope: &Scope,
    target: &user::Model,
    current_role: Role,
    change: &Change,
) -> Result<()> {
    let loses_owner = current_role == Role::Owner
        && !target.disabled
        && (change.role.is_some_and(|r| r != Role::Owner) || change.disabled == Some(true));
    if !loses_owner {
        return Ok(());
    }
    let owners = user::Entity::find()
        .filter(user::Column::TenantId.eq(scope.tenant_id()))
        .filter(user::Column::Role.eq(Role::Owner.as_str()))
        .filter(user::Column::Disabled.eq(false))
        .lock_exclusive()
        .all(conn)
        .await?;
    if owners.len() <= 1 {
        return Err(Error::Conflict(
            "this is the last owner: make someone else an owner before demoting or disabling them"
                .into(),
        ));
    }
    Ok(())
}

/// The row with `change` applied, and the audit detail of what differs
/// (empty: nothing to write).
fn changes_of(
    target: &user::Model,
    current_role: Role,
    change: &Change,
    name: Option<String>,
) -> (user::ActiveModel, Map<String, Value>) {
    let mut detail = Map::new();
    let mut am = target.clone().into_active_model();
    if let Some(role) = change.role.filter(|r| *r != current_role) {
        am.role = Set(role.as_str().to_owned());
        detail.insert(
            "role".into(),
            json!({ "from": current_role.as_str(), "to": role.as_str() }),
        );
    }
    if let Some(disabled) = change.disabled.filter(|d| *d != target.disabled) {
        am.disabled = Set(disabled);
        detail.insert("disabled".into(), Value::Bool(disabled));
    }
    if let Some(name) = name.filter(|n| *n != target.name) {
        am.name = Set(name);
        detail.insert("name_changed".into(), Value::Bool(true));
    }
    if change.reset_totp && (target.totp_enabled || target.totp_secret.is_some()) {
        am.totp_enabled = Set(false);
        am.totp_secret = Set(None);
        am.totp_last_step = Set(None);
        detail.insert("totp_reset".into(), Value::Bool(true));
    }
    (am, detail)
}

/// Changes a user's role, name, enabled state or two-factor set-up, as an
/// admin (an owner for owners); the tenant always keeps an active owner.
pub async fn update(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    id: UserId,
    change: Change,
) -> Result<user::Model> {
    scope.require(Role::Admin)?;
    let name = match &change.name {
        Some(n) => Some(display_name(n, 200).map_err(|e| Error::invalid("name", e.to_string()))?),
        None => None,
    };
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    // One lock per tenant, taken first: two owners demoting each other at
    // once queue here instead of deadlocking on each other's rows.
    tenant::Entity::find_by_id(scope.tenant_id())
        .lock_exclusive()
        .one(&txn)
        .await?;
    let target = user::Entity::find_by_id((scope.tenant_id(), id))
        .lock_exclusive()
        .one(&txn)
        .await?
        .ok_or(Error::NotFound("user"))?;
    let current_role = role_of(&target.role)?;
    if current_role == Role::Owner {
        scope.require(Role::Owner)?;
    }
    if let Some(role) = change.role {
        scope.require_may_grant(role)?;
    }
    keep_an_owner(&txn, scope, &target, current_role, &change).await?;
    let (mut am, mut detail) = changes_of(&target, current_role, &change, name);
    if detail.is_empty() {
        return Ok(target);
    }
    am.updated_at = Set(now);
    let updated = am.update(&txn).await?;
    // The role is read on every request, so only disabling needs to end
    // sessions; the user's tokens are revoked too, so that enabling them
    // again does not bring back programs nobody looked at meanwhile.
    if change.disabled == Some(true) {
        let ended = sessions::revoke_all_of(&txn, scope.tenant_id(), id, None, now).await?;
        detail.insert("sessions_ended".into(), json!(ended));
        let revoked = tokens::revoke_all_made_by(&txn, scope.tenant_id(), id, now).await?;
        detail.insert("tokens_revoked".into(), json!(revoked));
    }
    audit::append(
        &txn,
        scope.tenant_id(),
        scope.into(),
        meta,
        now,
        Entry::new("user.updated")
            .target("user", id)
            .detail(Value::Object(detail)),
    )
    .await?;
    txn.commit().await?;
    Ok(updated)
}
