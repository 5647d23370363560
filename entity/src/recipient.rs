use sea_orm::entity::prelude::*;

use crate::ids::TenantId;

/// One entry of a tenant's register of recipients and processors: who
/// receives personal data from it, what, why, where, under which transfer
/// safeguard and for how long (GDPR Art. 13–15, 30).
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "recipients")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The integration this entry describes, when it is one; it then
    /// receives a customer's data only as the integration does.
    pub integration_id: Option<Uuid>,
    pub name: String,
    /// What it receives, in the tenant's words.
    pub receives: String,
    pub purpose: String,
    /// ISO 3166-1 alpha-2 code of where it processes the data.
    pub country: Option<String>,
    /// The safeguard of a transfer outside the EEA.
    pub safeguard: Option<Safeguard>,
    /// How long it keeps the data, in the tenant's words.
    pub retention: Option<String>,
    pub created_at: ChronoDateTimeUtc,
    pub updated_at: ChronoDateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}

crate::stored_words! {
    /// What makes a transfer outside the EEA lawful (GDPR Chapter V).
    pub enum Safeguard {
        /// An adequacy decision (Art. 45).
        Adequacy = "adequacy",
        /// Standard contractual clauses (Art. 46(2)(c)).
        Scc = "scc",
        /// Binding corporate rules (Art. 47).
        Bcr = "bcr",
        /// A derogation for a specific situation (Art. 49).
        Derogation = "derogation",
    }
}
