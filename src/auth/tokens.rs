//! API tokens: bearer secrets for programs acting for the tenant. Shown once;
//! stored as a hash; never more powerful than the admin who made them.

use entity::api_token;
use entity::ids::{TenantId, UserId};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set, sea_query::Expr,
};
use serde_json::json;
use uuid::Uuid;

use super::{Role, Scope, token};
use crate::{
    audit::Origin,
    audit::{self, Entry},
    context::Services,
    db::begin_write,
    error::{Error, Result},
    values::display_name,
};

pub struct Created {
    pub token: api_token::Model,
    pub secret: String,
}

pub async fn create(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    name: &str,
    role: Role,
) -> Result<Created> {
    scope.require(Role::Admin)?;
    let name = display_name(name, 100).map_err(|e| Error::invalid("name", e.to_string()))?;
    scope.require_may_grant(role)?;
    let created_by = match scope.actor() {
        super::Actor::User { user_id, .. } => *user_id,
        super::Actor::Token { .. } => {
            return Err(Error::Forbidden(
                "API tokens are made by signed-in admins, not by other tokens".into(),
            ));
        }
    };
    let now = state.clock.now();
    let secret = token::generate(token::API_TOKEN_PREFIX, scope.tenant_id());
    let txn = begin_write(&state.db.writer).await?;
    let model = api_token::ActiveModel {
        tenant_id: Set(scope.tenant_id()),
        id: Set(Uuid::now_v7()),
        name: Set(name),
        role: Set(role.as_str().to_owned()),
        token_hash: Set(secret.hash),
        created_by: Set(created_by.into()),
        created_at: Set(now),
        last_used_at: Set(None),
        revoked_at: Set(None),
    }
    .insert(&txn)
    .await?;
    audit::append(
        &txn,
        scope.tenant_id(),
        scope.into(),
        meta,
        now,
        Entry::new("token.created")
            .target("api_token", model.id)
            .detail(json!({ "role": role.as_str() })),
    )
    .await?;
    txn.commit().await?;
    Ok(Created {
        token: model,
        secret: secret.value,
    })
}

pub async fn list(state: &Services, scope: &Scope) -> Result<Vec<api_token::Model>> {
    scope.require(Role::Admin)?;
    Ok(api_token::Entity::find()
        .filter(api_token::Column::TenantId.eq(scope.tenant_id()))
        .order_by_desc(api_token::Column::CreatedAt)
        .all(&state.db.main)
        .await?)
}

pub async fn revoke(state: &Services, scope: &Scope, meta: &Origin, id: Uuid) -> Result<()> {
    scope.require(Role::Admin)?;
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let res = api_token::Entity::update_many()
        .col_expr(api_token::Column::RevokedAt, Expr::value(now))
        .filter(api_token::Column::TenantId.eq(scope.tenant_id()))
        .filter(api_token::Column::Id.eq(id))
        .filter(api_token::Column::RevokedAt.is_null())
        .exec(&txn)
        .await?;
    if res.rows_affected == 0 {
        return Err(Error::NotFound("API token"));
    }
    audit::append(
        &txn,
        scope.tenant_id(),
        scope.into(),
        meta,
        now,
        Entry::new("token.revoked").target("api_token", id),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Revokes every live token `user_id` made, in the caller's transaction
/// (the user is being disabled: re-enabling them must not bring their
/// programs back); their IDs.
pub async fn revoke_all_made_by<C: sea_orm::ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    user_id: UserId,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<Uuid>> {
    use sea_orm::QuerySelect;
    let live: Vec<Uuid> = api_token::Entity::find()
        .select_only()
        .column(api_token::Column::Id)
        .filter(api_token::Column::TenantId.eq(tenant_id))
        .filter(api_token::Column::CreatedBy.eq(user_id))
        .filter(api_token::Column::RevokedAt.is_null())
        .order_by_asc(api_token::Column::Id)
        .into_tuple()
        .all(conn)
        .await?;
    if !live.is_empty() {
        api_token::Entity::update_many()
            .col_expr(api_token::Column::RevokedAt, Expr::value(now))
            .filter(api_token::Column::TenantId.eq(tenant_id))
            .filter(api_token::Column::Id.is_in(live.iter().copied()))
            .exec(conn)
            .await?;
    }
    Ok(live)
}
