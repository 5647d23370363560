use sea_orm::entity::prelude::*;

use crate::ids::TenantId;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "tenants")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: TenantId,
    #[sea_orm(unique)]
    pub slug: String,
    pub name: String,
    pub state: State,
    pub contact_email: Option<String>,
    pub require_totp_for_admins: bool,
    pub created_at: ChronoDateTimeUtc,
    pub cancelled_at: Option<ChronoDateTimeUtc>,
    pub export_until: Option<ChronoDateTimeUtc>,
    pub purge_at: Option<ChronoDateTimeUtc>,
    /// Warnings sent before the purge: 1 after the 7-day one, 2 after the 1-day one.
    pub purge_warnings: i32,
    /// Keep HMACs of addresses erased on request, to flag their return.
    pub suppress_erased: bool,
}

impl ActiveModelBehavior for ActiveModel {}

crate::stored_words! {
    /// Whether the tenant is in use or closing its account.
    pub enum State {
        Active = "active",
        /// Read-only but for people's rights, until it is purged.
        Cancelled = "cancelled",
    }
}
