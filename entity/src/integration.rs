use sea_orm::entity::prelude::*;

use crate::ids::TenantId;

/// A receiver of the tenant's signed webhooks, usually a marketing tool.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "integrations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// `webhook`.
    pub kind: String,
    pub url: String,
    /// The event types it receives, as a JSON array.
    pub events: String,
    /// The consent purpose it keeps in sync, e.g. `marketing_email`.
    pub purpose: String,
    pub enabled: bool,
    /// Why Steward disabled it (its receiver answered 410).
    pub disabled_reason: Option<String>,
    /// The signing secret (`whsec_…`), sealed under the tenant key.
    pub secret: Vec<u8>,
    /// The secret it replaced, still signing until `previous_until`.
    pub previous_secret: Option<Vec<u8>>,
    pub previous_until: Option<ChronoDateTimeUtc>,
    /// How often a consent snapshot is sent (ISO 8601 duration).
    pub snapshot_every: String,
    pub next_snapshot_at: Option<ChronoDateTimeUtc>,
    pub created_at: ChronoDateTimeUtc,
    pub updated_at: ChronoDateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
