use sea_orm::entity::prelude::*;

use crate::ids::TenantId;

/// A file of customers being moved in: how it is read, how its columns
/// map, how far a run got and what it did. The file itself is in
/// `import_chunks`, sealed under the import's own key.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "imports")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Who uploaded it, as the audit log names actors (`user`, `token`).
    pub actor_kind: String,
    pub actor_id: Option<Uuid>,
    pub state: State,
    /// SHA-256 of the file's name: enough to tell two uploads apart, nothing
    /// to read a name from.
    pub file_name_hash: String,
    /// `csv` or `xlsx`.
    pub format: String,
    /// The text encoding's label (CSV), e.g. `windows-1252`.
    pub encoding: String,
    /// The cell delimiter (CSV), one character.
    pub delimiter: String,
    /// The header row, sealed under the import's key (base64); empty once
    /// the import has ended.
    pub headers: String,
    /// The column mapping (JSON), once chosen.
    pub mapping: Option<String>,
    pub size_bytes: i64,
    /// How many sealed chunks hold the file.
    pub chunks: i32,
    /// How many data rows a run has finished: where a resumed run goes on.
    pub next_row: i64,
    /// What the run did so far, as JSON counts.
    pub counts: String,
    /// An instance running the import holds it until then.
    pub lease_until: Option<ChronoDateTimeUtc>,
    /// Why the import failed, in words, without personal data.
    pub failure: Option<String>,
    pub created_at: ChronoDateTimeUtc,
    pub updated_at: ChronoDateTimeUtc,
    /// The file is deleted then at the latest.
    pub expires_at: ChronoDateTimeUtc,
    pub finished_at: Option<ChronoDateTimeUtc>,
}

impl ActiveModelBehavior for ActiveModel {}

crate::stored_words! {
    /// Where an import is.
    pub enum State {
        /// The file is read, mapped and previewed; it waits for its run.
        Previewed = "previewed",
        Running = "running",
        /// Every row is done; the file is gone.
        Done = "done",
        /// Stopped by a person, or not run within 24 hours; the file is gone.
        Cancelled = "cancelled",
        /// Stopped by a fault; the file is gone.
        Failed = "failed",
    }
}
