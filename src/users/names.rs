//! Who did something, by name: the staff users and API tokens that IDs
//! stand for, so staff pages name a person (or a program) instead of
//! showing an ID. Names are staff's own, never customers' data.

use std::collections::HashMap;

use entity::{
    api_token,
    ids::{TenantId, UserId},
    user,
};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use uuid::Uuid;

use crate::error::Result;

/// The names of some users and tokens of one tenant, by ID.
#[derive(Default)]
pub struct Names {
    users: HashMap<Uuid, String>,
    tokens: HashMap<Uuid, String>,
}

impl Names {
    /// The names of the users and tokens among `ids` in tenant `tenant_id`;
    /// an ID of neither (gone, or of another kind) has none.
    pub async fn load<C: ConnectionTrait>(
        conn: &C,
        tenant_id: TenantId,
        ids: impl IntoIterator<Item = Uuid>,
    ) -> Result<Self> {
        let mut ids: Vec<Uuid> = ids.into_iter().collect();
        ids.sort_unstable();
        ids.dedup();
        if ids.is_empty() {
            return Ok(Self::default());
        }
        let users = user::Entity::find()
            .select_only()
            .columns([user::Column::Id, user::Column::Name])
            .filter(user::Column::TenantId.eq(tenant_id))
            .filter(user::Column::Id.is_in(ids.iter().copied().map(UserId)))
            .into_tuple::<(UserId, String)>()
            .all(conn)
            .await?
            .into_iter()
            .map(|(id, name)| (id.uuid(), name))
            .collect();
        let tokens = api_token::Entity::find()
            .select_only()
            .columns([api_token::Column::Id, api_token::Column::Name])
            .filter(api_token::Column::TenantId.eq(tenant_id))
            .filter(api_token::Column::Id.is_in(ids.iter().copied()))
            .into_tuple::<(Uuid, String)>()
            .all(conn)
            .await?
            .into_iter()
            .collect();
        Ok(Self { users, tokens })
    }

    /// The name of actor `id` of kind `kind` (`user` or `token`), if known.
    pub fn of(&self, kind: &str, id: Option<Uuid>) -> Option<String> {
        let id = id?;
        match kind {
            "user" => self.users.get(&id).cloned(),
            "token" => self.tokens.get(&id).cloned(),
            _ => None,
        }
    }
}
