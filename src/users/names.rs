//! Who is meant by an ID on a page: staff accounts and API tokens by their
//! names, so no screen shows `user 01a24bb4-…` where a person is meant.

use std::collections::HashMap;

use entity::ids::{TenantId, UserId};
use entity::{api_token, user};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Serialize;
use uuid::Uuid;

use crate::error::Result;

/// What an ID names: a staff account or an API token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Named {
    User,
    Token,
}

/// A person or program, by name.
#[derive(Clone, Debug, Serialize)]
pub struct Name {
    pub kind: Named,
    pub name: String,
}

/// The names of the tenant's users and API tokens among `ids` (IDs of
/// neither are left out), in two queries whatever their number.
pub async fn of<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, Name>> {
    let mut ids: Vec<Uuid> = ids.into_iter().collect();
    ids.sort_unstable();
    ids.dedup();
    let mut names = HashMap::new();
    if ids.is_empty() {
        return Ok(names);
    }
    let users: Vec<(UserId, String)> = user::Entity::find()
        .select_only()
        .columns([user::Column::Id, user::Column::Name])
        .filter(user::Column::TenantId.eq(tenant_id))
        .filter(user::Column::Id.is_in(ids.iter().copied().map(UserId::from)))
        .into_tuple()
        .all(conn)
        .await?;
    for (id, name) in users {
        names.insert(
            id.uuid(),
            Name {
                kind: Named::User,
                name,
            },
        );
    }
    let tokens: Vec<(Uuid, String)> = api_token::Entity::find()
        .select_only()
        .columns([api_token::Column::Id, api_token::Column::Name])
        .filter(api_token::Column::TenantId.eq(tenant_id))
        .filter(api_token::Column::Id.is_in(ids))
        .into_tuple()
        .all(conn)
        .await?;
    for (id, name) in tokens {
        names.insert(
            id,
            Name {
                kind: Named::Token,
                name,
            },
        );
    }
    Ok(names)
}

/// Every user and API token of the tenant (revoked tokens too: their
/// entries stay in the log), by name, users first.
pub async fn all<C: ConnectionTrait>(conn: &C, tenant_id: TenantId) -> Result<Vec<(Uuid, Name)>> {
    let users: Vec<(UserId, String)> = user::Entity::find()
        .select_only()
        .columns([user::Column::Id, user::Column::Name])
        .filter(user::Column::TenantId.eq(tenant_id))
        .order_by_asc(user::Column::Name)
        .into_tuple()
        .all(conn)
        .await?;
    let tokens: Vec<(Uuid, String)> = api_token::Entity::find()
        .select_only()
        .columns([api_token::Column::Id, api_token::Column::Name])
        .filter(api_token::Column::TenantId.eq(tenant_id))
        .order_by_asc(api_token::Column::Name)
        .into_tuple()
        .all(conn)
        .await?;
    let users = users.into_iter().map(|(id, name)| {
        (
            id.uuid(),
            Name {
                kind: Named::User,
                name,
            },
        )
    });
    let tokens = tokens.into_iter().map(|(id, name)| {
        (
            id,
            Name {
                kind: Named::Token,
                name,
            },
        )
    });
    Ok(users.chain(tokens).collect())
}
