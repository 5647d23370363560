use sea_orm::entity::prelude::*;

use crate::ids::{CustomerId, TenantId};

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "erasures")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub customer_id: CustomerId,
    pub kind: Kind,
    /// `user`, `token` or `system`.
    pub by_kind: String,
    pub by_id: Option<Uuid>,
    /// JSON object of counts of what was removed.
    pub removed: String,
    pub requested_at: ChronoDateTimeUtc,
    /// Null until the customer's key is destroyed too.
    pub done_at: Option<ChronoDateTimeUtc>,
    /// For a record shredded by a merge: the record it was merged into.
    pub merged_into: Option<CustomerId>,
}

impl ActiveModelBehavior for ActiveModel {}

crate::stored_words! {
    /// What is done to the record.
    pub enum Kind {
        /// Everything goes.
        Shred = "shred",
        /// The personal data goes; dates, state and non-personal custom fields stay.
        Anonymize = "anonymize",
    }
}

impl Kind {
    /// The audit action of an erasure of this kind.
    pub fn action(self) -> &'static str {
        match self {
            Kind::Shred => "customer.shredded",
            Kind::Anonymize => "customer.anonymized",
        }
    }

    /// The past tense, as notices and events name it.
    pub fn done(self) -> &'static str {
        match self {
            Kind::Shred => "shredded",
            Kind::Anonymize => "anonymized",
        }
    }
}
