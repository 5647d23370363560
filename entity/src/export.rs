use sea_orm::entity::prelude::*;

use crate::ids::TenantId;

/// A list view of customers written out as a file: who asked, with which
/// role (the columns it may see), the view (its filter; its search words
/// sealed), and where the file is. The file itself is in `export_chunks`,
/// sealed under the export's own key.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "exports")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Who asked for it, as the audit log names actors (`user`, `token`):
    /// the only one who may download it.
    pub actor_kind: String,
    pub actor_id: Option<Uuid>,
    /// The asker's role when they asked: the columns the file holds.
    pub role: String,
    pub state: State,
    pub format: Format,
    /// The list's filter word (`active`, `expired`, …); empty for all.
    pub filter: String,
    /// The search words, sealed under the export's key, while it is built.
    pub query: Option<Vec<u8>>,
    /// The ticked records exported, a JSON list of customer IDs; none: the
    /// list view of `filter` and `query`.
    pub customer_ids: Option<String>,
    /// Records written.
    pub rows: i64,
    /// SHA-256 of the single-use download token.
    pub token_hash: Vec<u8>,
    pub size_bytes: i64,
    /// How many sealed chunks hold the file.
    pub chunks: i32,
    /// An instance building the file holds it until then.
    pub lease_until: Option<ChronoDateTimeUtc>,
    /// Why the build failed, in words, without personal data.
    pub failure: Option<String>,
    pub created_at: ChronoDateTimeUtc,
    pub updated_at: ChronoDateTimeUtc,
    /// The file is deleted then at the latest.
    pub expires_at: ChronoDateTimeUtc,
    pub finished_at: Option<ChronoDateTimeUtc>,
}

impl ActiveModelBehavior for ActiveModel {}

crate::stored_words! {
    /// Where an export is.
    pub enum State {
        /// The file is being written.
        Running = "running",
        /// The file waits for its one download.
        Ready = "ready",
        /// Downloaded once; the file is gone.
        Downloaded = "downloaded",
        /// Not downloaded in time; the file is gone.
        Expired = "expired",
        /// Stopped by a fault; nothing is kept.
        Failed = "failed",
    }
}

crate::stored_words! {
    /// What kind of file.
    pub enum Format {
        Csv = "csv",
        Xlsx = "xlsx",
    }
}
