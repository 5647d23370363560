//! Search handles: a posted search is kept here, sealed, and the results
//! answer at `/customers?s=<handle>`, so Back, reload, bookmarks and paging
//! work while no search word reaches a URL, a history, a log line or a
//! Referer. A handle is random, belongs to the session that made it (any
//! other session, of the same user or not, gets "not found"), lasts
//! `web.search_for` at most, and is deleted when its session ends; the job
//! runner deletes the expired ones. The terms are sealed under a key derived
//! from the tenant key, bound to the tenant, user, session and handle.

use entity::ids::{TenantId, UserId};
use entity::search_handle;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{
    context::Services,
    crypto::Key,
    error::{Error, Result},
};

/// What a search asked for: its words. The list's filters stand in the
/// URL beside the handle; a handle made before kept the state filter too.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Terms {
    pub q: String,
    /// Only in handles made before the filters moved to the URL.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub state: String,
}

/// Whose a handle is: a signed-in user's session in a tenant.
#[derive(Debug, Clone, Copy)]
pub struct Owner {
    pub tenant_id: TenantId,
    pub user_id: UserId,
    pub session_id: Uuid,
}

fn handle_key(tenant_key: &Key) -> Key {
    tenant_key.derive(b"steward search handle v1")
}

fn aad(owner: &Owner, id: Uuid) -> Vec<u8> {
    format!(
        "search-handle:{}:{}:{}:{id}",
        owner.tenant_id, owner.user_id, owner.session_id
    )
    .into_bytes()
}

/// Keeps `terms` for `owner`; the handle to put in the URL.
pub async fn remember(state: &Services, owner: Owner, terms: &Terms) -> Result<String> {
    let id = uuid::Builder::from_random_bytes(rand::random()).into_uuid();
    let key = handle_key(&state.keys.tenant_key(owner.tenant_id).await?);
    let plain = serde_json::to_vec(terms).expect("terms serialise");
    let now = state.clock.now();
    search_handle::ActiveModel {
        tenant_id: Set(owner.tenant_id),
        id: Set(id),
        user_id: Set(owner.user_id),
        session_id: Set(owner.session_id),
        sealed: Set(key.seal(&plain, &aad(&owner, id))),
        created_at: Set(now),
        expires_at: Set(now + state.config.web.search_for.as_chrono()),
    }
    .insert(&state.db.writer)
    .await?;
    Ok(id.simple().to_string())
}

/// The terms behind `handle`, if it is `owner`'s and has not expired;
/// otherwise "not found", whatever the reason, so a handle tells another
/// session nothing.
pub async fn recall(state: &Services, owner: Owner, handle: &str) -> Result<Terms> {
    let gone = || Error::NotFound("search");
    let id = Uuid::try_parse(handle).map_err(|_| gone())?;
    let row = search_handle::Entity::find_by_id((owner.tenant_id, id))
        .filter(search_handle::Column::UserId.eq(owner.user_id))
        .filter(search_handle::Column::SessionId.eq(owner.session_id))
        .filter(search_handle::Column::ExpiresAt.gt(state.clock.now()))
        .one(&state.db.main)
        .await?
        .ok_or_else(gone)?;
    let key = handle_key(&state.keys.tenant_key(owner.tenant_id).await?);
    let plain = key
        .open(&row.sealed, &aad(&owner, id))
        .map_err(|_| gone())?;
    serde_json::from_slice(&plain).map_err(|_| gone())
}

/// Sign-out: deletes the handles of session `session_id`, in the caller's
/// transaction.
pub async fn forget_session<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    session_id: Uuid,
) -> Result<u64> {
    Ok(search_handle::Entity::delete_many()
        .filter(search_handle::Column::TenantId.eq(tenant_id))
        .filter(search_handle::Column::SessionId.eq(session_id))
        .exec(conn)
        .await?
        .rows_affected)
}

/// Deletes the handles of every session of user `user_id` but `keep`'s,
/// as their sessions end (password changed, user disabled).
pub async fn forget_user<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    user_id: UserId,
    keep: Option<Uuid>,
) -> Result<u64> {
    let mut q = search_handle::Entity::delete_many()
        .filter(search_handle::Column::TenantId.eq(tenant_id))
        .filter(search_handle::Column::UserId.eq(user_id));
    if let Some(keep) = keep {
        q = q.filter(search_handle::Column::SessionId.ne(keep));
    }
    Ok(q.exec(conn).await?.rows_affected)
}

/// The job runner's sweep: deletes every expired handle.
pub async fn sweep(state: &Services) -> Result<u64> {
    Ok(search_handle::Entity::delete_many()
        .filter(search_handle::Column::ExpiresAt.lte(state.clock.now()))
        .exec(&state.db.writer)
        .await?
        .rows_affected)
}
