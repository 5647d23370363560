//! Where an uploaded file waits for its run: a kept file (`crate::files`),
//! sealed in chunks under a key of the import's own; its refused rows are
//! sealed under the same key. Forgetting the key when the import ends makes
//! every copy of them unreadable, and their rows are deleted.

use entity::ids::TenantId;
use entity::import_refusal;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::{
    context::Services,
    crypto::keystore::FileKeys,
    error::Result,
    files::{self, Shelf},
};

/// Where imports' files and keys are kept.
pub static SHELF: Shelf = Shelf {
    chunks: "import_chunks",
    owner: "import_id",
    keys: FileKeys {
        table: "import_keys",
        owner: "import_id",
        label: "import",
    },
};

/// Deletes an import's file (its key stays, for the refused rows).
pub async fn forget_chunks(state: &Services, tenant_id: TenantId, import_id: Uuid) -> Result<()> {
    files::delete_chunks(&state.db.writer, &SHELF, tenant_id, import_id).await
}

/// Forgets an import's file and refused rows: the key first (from then on
/// no copy can be read), then the rows.
pub async fn forget(state: &Services, tenant_id: TenantId, import_id: Uuid) -> Result<()> {
    files::forget(state, &SHELF, tenant_id, import_id).await?;
    import_refusal::Entity::delete_many()
        .filter(import_refusal::Column::TenantId.eq(tenant_id))
        .filter(import_refusal::Column::ImportId.eq(import_id))
        .exec(&state.db.writer)
        .await?;
    Ok(())
}
