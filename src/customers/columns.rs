//! The customers list's columns, chosen by each user (or API token) and
//! remembered: the name always, then any of the built-in optional columns
//! and the tenant's select, yes/no and text fields the reader's role may
//! see (`field.<key>`). Nothing chosen: [`DEFAULT`].

use entity::user_preference;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::json;

use crate::{
    audit::{self, Entry, Origin},
    auth::{Role, Scope},
    context::Services,
    db::begin_write,
    error::{Error, Result},
    fields::{Defs, Kind},
};

/// The built-in optional columns, in the order the list shows them.
pub const BUILT_IN: [&str; 7] = [
    "email", "phone", "company", "state", "expires", "created", "updated",
];

/// What the list shows to someone who chose nothing.
pub const DEFAULT: [&str; 4] = ["email", "company", "state", "expires"];

/// The most columns one may choose.
const MOST: usize = 100;

/// A custom field's column key.
pub fn field_column(key: &str) -> String {
    format!("field.{key}")
}

/// Every column `role` may choose, in the list's order: the built-in ones,
/// then the select, yes/no and text fields it may see, oldest first.
pub fn offered(defs: &Defs, role: Role) -> Vec<String> {
    BUILT_IN
        .iter()
        .map(|c| (*c).to_owned())
        .chain(
            defs.all()
                .iter()
                .filter(|d| role >= d.visible_to)
                .filter(|d| matches!(d.kind, Kind::Select | Kind::Bool | Kind::Text))
                .map(|d| field_column(&d.key)),
        )
        .collect()
}

/// `columns` checked against what `role` may choose, each once, in the
/// list's order; an unknown one is refused, named.
pub fn check(defs: &Defs, role: Role, columns: &[String]) -> Result<Vec<String>> {
    let offered = offered(defs, role);
    if columns.len() > MOST {
        return Err(Error::invalid(
            "columns",
            format!("must be at most {MOST} columns"),
        ));
    }
    if let Some(unknown) = columns.iter().find(|c| !offered.contains(c)) {
        return Err(Error::invalid(
            "columns",
            format!("{unknown} is not a column of the customers list"),
        ));
    }
    Ok(offered
        .into_iter()
        .filter(|c| columns.contains(c))
        .collect())
}

/// Stored column keys, as they are now: those no longer offered (a field
/// deleted, a role lowered) are left out.
pub fn still_offered(defs: &Defs, role: Role, stored: &str) -> Vec<String> {
    let stored: Vec<String> = serde_json::from_str(stored).unwrap_or_default();
    offered(defs, role)
        .into_iter()
        .filter(|c| stored.contains(c))
        .collect()
}

async fn preference(state: &Services, scope: &Scope) -> Result<Option<user_preference::Model>> {
    let (kind, id) = scope.audit_actor();
    Ok(
        user_preference::Entity::find_by_id((scope.tenant_id(), kind.to_owned(), id))
            .one(&state.db.main)
            .await?,
    )
}

/// The columns the caller chose, as they are now; [`DEFAULT`] if none.
pub async fn chosen(state: &Services, scope: &Scope, defs: &Defs) -> Result<Vec<String>> {
    scope.require(Role::Viewer)?;
    Ok(match preference(state, scope).await? {
        Some(user_preference::Model {
            customer_columns: Some(stored),
            ..
        }) => still_offered(defs, scope.role(), &stored),
        _ => DEFAULT.iter().map(|c| (*c).to_owned()).collect(),
    })
}

/// Remembers the caller's choice of columns (any role: it is their own
/// page); audited as `user.columns_set`. Returns the columns as kept.
pub async fn choose(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    columns: &[String],
) -> Result<Vec<String>> {
    scope.require(Role::Viewer)?;
    let defs = Defs::load(&state.db.main, scope.tenant_id()).await?;
    let columns = check(&defs, scope.role(), columns)?;
    let (kind, id) = scope.audit_actor();
    let now = state.clock.now();
    let stored = serde_json::to_string(&columns).expect("strings serialise");
    let txn = begin_write(&state.db.writer).await?;
    user_preference::Entity::delete_many()
        .filter(user_preference::Column::TenantId.eq(scope.tenant_id()))
        .filter(user_preference::Column::ActorKind.eq(kind))
        .filter(user_preference::Column::ActorId.eq(id))
        .exec(&txn)
        .await?;
    user_preference::ActiveModel {
        tenant_id: Set(scope.tenant_id()),
        actor_kind: Set(kind.to_owned()),
        actor_id: Set(id),
        customer_columns: Set(Some(stored)),
        updated_at: Set(now),
    }
    .insert(&txn)
    .await?;
    let entry = Entry::new("user.columns_set").detail(json!({ "columns": columns }));
    audit::append(&txn, scope.tenant_id(), scope.into(), meta, now, entry).await?;
    txn.commit().await?;
    Ok(columns)
}
