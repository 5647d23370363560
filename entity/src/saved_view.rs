use sea_orm::entity::prelude::*;

use crate::ids::{TenantId, ViewId};

/// A saved view of the customers list: a name, the list's query string
/// (filters and sort only — never search words) and, if chosen, the
/// columns to show. Its owner's alone, or shared with the whole tenant.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "saved_views")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: ViewId,
    /// Who saved it, as the audit log names actors (`user`, `token`).
    pub owner_kind: String,
    pub owner_id: Uuid,
    /// Seen by everyone of the tenant (an admin shared it).
    pub shared: bool,
    pub name: String,
    /// The list's canonical query string, without `?`.
    pub query: String,
    /// The columns to show, as a JSON list of column keys; none: each
    /// reader's own.
    pub columns: Option<String>,
    pub created_at: ChronoDateTimeUtc,
    pub updated_at: ChronoDateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
