use sea_orm::entity::prelude::*;

use crate::ids::{CustomerId, TenantId};

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "customers")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: CustomerId,
    pub state: State,
    pub completed_at: Option<ChronoDateTimeUtc>,
    pub expires_at: Option<ChronoDateTimeUtc>,
    pub restricted: bool,
    pub legal_hold: bool,
    pub version: i64,
    pub sealed: Vec<u8>,
    pub created_at: ChronoDateTimeUtc,
    pub updated_at: ChronoDateTimeUtc,
    /// When the job runner must next look at this record; see the lifecycle.
    pub due_at: Option<ChronoDateTimeUtc>,
    /// What an anonymized record keeps: its non-personal custom field values
    /// (JSON, by field ID).
    pub facts: Option<String>,
    /// The first letter group of the name (see `customers::sort`): what the
    /// list sorts by in SQL; null for an anonymized record or one the
    /// backfill has not reached yet.
    pub name_bucket: Option<i16>,
    /// When the person objected to direct marketing (Art. 21); while set,
    /// only their fresh, explicit consent grants a purpose.
    pub objects_to_marketing_at: Option<ChronoDateTimeUtc>,
}

impl ActiveModelBehavior for ActiveModel {}

crate::stored_words! {
    /// Where a record is in its life.
    pub enum State {
        /// In use.
        Active = "active",
        /// Done with: its retention period runs.
        Complete = "complete",
        /// Its personal data is gone; dates and non-personal facts remain.
        Anonymized = "anonymized",
    }
}
