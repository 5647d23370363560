use sea_orm::entity::prelude::*;

use crate::ids::{CustomerId, TenantId};

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consents")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub customer_id: CustomerId,
    pub purpose: String,
    pub granted: bool,
    pub basis: Basis,
    pub source: Source,
    pub actor_kind: String,
    pub actor_id: Option<Uuid>,
    pub evidence: Option<Vec<u8>>,
    pub at: ChronoDateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}

crate::stored_words! {
    /// The lawful basis of processing, GDPR Art. 6(1)(a)–(f).
    pub enum Basis {
        Consent = "consent",
        Contract = "contract",
        LegalObligation = "legal_obligation",
        VitalInterests = "vital_interests",
        PublicTask = "public_task",
        LegitimateInterests = "legitimate_interests",
    }
}

crate::stored_words! {
    /// Where a consent decision was recorded.
    pub enum Source {
        /// By staff, e.g. on the phone or from a signed form.
        Staff = "staff",
        /// By the customer, through the tenant's portal.
        Portal = "portal",
        /// From a connected marketing tool.
        Sync = "sync",
        /// From a file of customers moved in (an import's consent column).
        Import = "import",
    }
}
