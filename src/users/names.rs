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
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(named(conn, tenant_id, Some(ids))
        .await?
        .into_iter()
        .collect())
}

/// Every user and API token of the tenant (revoked tokens too: their
/// entries stay in the log), by name, users first.
pub async fn all<C: ConnectionTrait>(conn: &C, tenant_id: TenantId) -> Result<Vec<(Uuid, Name)>> {
    named(conn, tenant_id, None).await
}

/// The tenant's users, then its API tokens, each by name; only `ids` when given.
async fn named<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    ids: Option<Vec<Uuid>>,
) -> Result<Vec<(Uuid, Name)>> {
    let mut users = user::Entity::find()
        .select_only()
        .columns([user::Column::Id, user::Column::Name])
        .filter(user::Column::TenantId.eq(tenant_id))
        .order_by_asc(user::Column::Name);
    let mut tokens = api_token::Entity::find()
        .select_only()
        .columns([api_token::Column::Id, api_token::Column::Name])
        .filter(api_token::Column::TenantId.eq(tenant_id))
        .order_by_asc(api_token::Column::Name);
    if let Some(ids) = ids {
        users = users.filter(user::Column::Id.is_in(ids.iter().copied().map(UserId::from)));
        tokens = tokens.filter(api_token::Column::Id.is_in(ids));
    }
    let users: Vec<(UserId, String)> = users.into_tuple().all(conn).await?;
    let tokens: Vec<(Uuid, String)> = tokens.into_tuple().all(conn).await?;
    let users = users.into_iter().map(|(id, name)| {
        let name = Name {
            kind: Named::User,
            name,
        };
        (id.uuid(), name)
    });
    let tokens = tokens.into_iter().map(|(id, name)| {
        let name = Name {
            kind: Named::Token,
            name,
        };
        (id, name)
    });
    Ok(users.chain(tokens).collect())
}

/// The names of some users and tokens of one tenant, by ID, for a page
/// that names who did what.
#[derive(Default)]
pub struct Names(HashMap<Uuid, Name>);

impl Names {
    /// The names of the users and tokens among `ids` in tenant `tenant_id`;
    /// an ID of neither (gone, or of another kind) has none.
    pub async fn load<C: ConnectionTrait>(
        conn: &C,
        tenant_id: TenantId,
        ids: impl IntoIterator<Item = Uuid>,
    ) -> Result<Self> {
        Ok(Self(of(conn, tenant_id, ids).await?))
    }

    /// The name of actor `id` of kind `kind` (`user` or `token`), if known.
    pub fn of(&self, kind: &str, id: Option<Uuid>) -> Option<String> {
        let name = self.0.get(&id?)?;
        match (kind, name.kind) {
            ("user", Named::User) | ("token", Named::Token) => Some(name.name.clone()),
            _ => None,
        }
    }
}
