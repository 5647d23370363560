//! Where an uploaded file waits for its run: sealed, in chunks, under a key
//! of the import's own in the key store. Reading it back streams one chunk
//! at a time, so memory stays flat in the file's size; forgetting the key
//! when the import ends makes every copy of the file unreadable (backups
//! and the database's free pages included), and its rows are deleted.

use std::io::Read;

use entity::ids::TenantId;
use entity::{import_chunk, import_refusal};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use tokio::sync::mpsc;
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::{
    context::Services,
    crypto::Key,
    error::{Error, Result},
};

/// The size of one sealed piece of a file.
pub const CHUNK: usize = 256 * 1024;

/// What a chunk is bound to, so chunks cannot be swapped between imports or
/// reordered.
fn chunk_aad(tenant_id: TenantId, import_id: Uuid, seq: i32) -> Vec<u8> {
    format!("import-chunk:{tenant_id}:{import_id}:{seq}").into_bytes()
}

/// Writes `bytes` as sealed chunks of import `import_id`; returns how many.
pub async fn put_file<C: ConnectionTrait>(
    conn: &C,
    key: &Key,
    tenant_id: TenantId,
    import_id: Uuid,
    bytes: &[u8],
) -> Result<i32> {
    let mut seq = 0;
    for piece in bytes.chunks(CHUNK) {
        import_chunk::ActiveModel {
            tenant_id: Set(tenant_id),
            import_id: Set(import_id),
            seq: Set(seq),
            data: Set(key.seal(piece, &chunk_aad(tenant_id, import_id, seq))),
        }
        .insert(conn)
        .await?;
        seq += 1;
    }
    Ok(seq)
}

/// Chunk `seq` of an import's file, opened.
async fn chunk(
    state: &Services,
    key: &Key,
    tenant_id: TenantId,
    import_id: Uuid,
    seq: i32,
) -> Result<Zeroizing<Vec<u8>>> {
    let row = import_chunk::Entity::find_by_id((tenant_id, import_id, seq))
        .one(&state.db.main)
        .await?
        .ok_or_else(|| Error::Gone("the uploaded file is no longer kept".into()))?;
    key.open(&row.data, &chunk_aad(tenant_id, import_id, seq))
        .map_err(|e| Error::internal_from("opening a chunk of an uploaded file", e))
}

/// The whole file, opened (for XLSX, whose reader needs to seek).
pub async fn whole_file(
    state: &Services,
    key: &Key,
    tenant_id: TenantId,
    import_id: Uuid,
    chunks: i32,
) -> Result<Zeroizing<Vec<u8>>> {
    let mut out = Zeroizing::new(Vec::new());
    for seq in 0..chunks {
        out.extend_from_slice(&chunk(state, key, tenant_id, import_id, seq).await?);
    }
    Ok(out)
}

/// A blocking reader of an import's file, for the parsers running off the
/// async threads: a task reads and opens the chunks in turn and hands them
/// over, at most two ahead.
pub struct FileReader {
    rx: mpsc::Receiver<Result<Zeroizing<Vec<u8>>>>,
    current: Zeroizing<Vec<u8>>,
    at: usize,
}

/// Starts reading import `import_id`'s file of `chunks` chunks.
pub fn reader(
    state: &Services,
    key: Key,
    tenant_id: TenantId,
    import_id: Uuid,
    chunks: i32,
) -> FileReader {
    let (tx, rx) = mpsc::channel(2);
    let state = state.clone();
    tokio::spawn(async move {
        for seq in 0..chunks {
            let piece = chunk(&state, &key, tenant_id, import_id, seq).await;
            let failed = piece.is_err();
            if tx.send(piece).await.is_err() || failed {
                return;
            }
        }
    });
    FileReader {
        rx,
        current: Zeroizing::new(Vec::new()),
        at: 0,
    }
}

impl Read for FileReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.at >= self.current.len() {
            match self.rx.blocking_recv() {
                Some(Ok(next)) => {
                    self.current = next;
                    self.at = 0;
                }
                Some(Err(e)) => return Err(std::io::Error::other(e.to_string())),
                None => return Ok(0),
            }
        }
        let n = buf.len().min(self.current.len() - self.at);
        buf[..n].copy_from_slice(&self.current[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// Deletes an import's file (its key stays, for the refused rows).
pub async fn forget_chunks(state: &Services, tenant_id: TenantId, import_id: Uuid) -> Result<()> {
    import_chunk::Entity::delete_many()
        .filter(import_chunk::Column::TenantId.eq(tenant_id))
        .filter(import_chunk::Column::ImportId.eq(import_id))
        .exec(&state.db.writer)
        .await?;
    Ok(())
}

/// Forgets an import's file and refused rows: the key first (from then on
/// no copy can be read), then the rows.
pub async fn forget(state: &Services, tenant_id: TenantId, import_id: Uuid) -> Result<()> {
    state
        .keys
        .destroy_import_key(tenant_id, import_id)
        .await
        .map_err(|e| Error::internal_from("destroying an import's key", e))?;
    forget_chunks(state, tenant_id, import_id).await?;
    import_refusal::Entity::delete_many()
        .filter(import_refusal::Column::TenantId.eq(tenant_id))
        .filter(import_refusal::Column::ImportId.eq(import_id))
        .exec(&state.db.writer)
        .await?;
    Ok(())
}
