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
    /// The language of what the tenant sends where no other is known (a BCP 47 tag).
    pub default_language: String,
    /// The controller's full legal name, where it differs from `name`.
    pub legal_name: Option<String>,
    pub postal_address: Option<String>,
    /// Where people write with questions about their data.
    pub privacy_email: Option<String>,
    /// The data protection officer, if one is appointed.
    pub dpo_name: Option<String>,
    pub dpo_contact: Option<String>,
    /// The supervisory authority from Steward's list (its code, e.g. `DE`).
    pub authority: Option<String>,
    /// Or an authority not on the list: its name and web address.
    pub authority_name: Option<String>,
    pub authority_url: Option<String>,
    pub privacy_notice_url: Option<String>,
    /// `#rrggbb`, for the portal's and emails' accents.
    pub accent_colour: Option<String>,
    /// What automated decision-making there is (Art. 22); `None`: none.
    pub automated_decisions: Option<String>,
    /// When the logo was last set; `None` while there is none.
    pub logo_at: Option<ChronoDateTimeUtc>,
    /// Staff may export list views (admins and owners always may).
    pub staff_may_export: bool,
    /// The year the tenant's requests are being numbered in, and the last
    /// number given in it (references read `R-<year>-<number>`).
    pub requests_year: Option<i32>,
    pub requests_numbered: i32,
    /// The request kinds whose identity staff confirm before they are
    /// answered, comma-separated (`copy,erasure`); empty: none.
    pub identity_kinds: String,
    /// Whether a person may upload an identity document for such a request.
    pub identity_documents: bool,
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
