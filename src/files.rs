//! Files Steward keeps for a while — an import's upload, an export's
//! result: sealed, in chunks, under a key of the file's own in the key
//! store. Reading one back streams a chunk at a time, so memory stays flat
//! in the file's size; forgetting the key makes every copy of the file
//! unreadable (backups and the database's free pages included), and its
//! rows are deleted.

use std::io::Read;

use entity::ids::TenantId;
use sea_orm::{
    ConnectionTrait, ExprTrait,
    sea_query::{Alias, Expr, Query},
};
use tokio::sync::mpsc;
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::{
    context::Services,
    crypto::{Key, keystore::FileKeys},
    error::{Error, Result},
};

/// The size of one sealed piece of a file.
pub const CHUNK: usize = 256 * 1024;

/// Where files of one kind are kept: the table of their chunks, the column
/// naming the file there, and where their keys are.
pub struct Shelf {
    pub chunks: &'static str,
    pub owner: &'static str,
    pub keys: FileKeys,
}

impl Shelf {
    /// What a chunk is bound to, so chunks cannot be swapped between files
    /// or reordered.
    fn aad(&self, tenant_id: TenantId, file_id: Uuid, seq: i32) -> Vec<u8> {
        format!("{}-chunk:{tenant_id}:{file_id}:{seq}", self.keys.label).into_bytes()
    }

    fn of_file(&self, tenant_id: TenantId, file_id: Uuid) -> sea_orm::sea_query::Condition {
        sea_orm::sea_query::Condition::all()
            .add(Expr::col(Alias::new("tenant_id")).eq(tenant_id.uuid()))
            .add(Expr::col(Alias::new(self.owner)).eq(file_id))
    }
}

/// Writes `bytes` as sealed chunks of file `file_id` from chunk `first` on;
/// returns the number of the next chunk.
pub async fn put<C: ConnectionTrait>(
    conn: &C,
    shelf: &Shelf,
    key: &Key,
    tenant_id: TenantId,
    file_id: Uuid,
    first: i32,
    bytes: &[u8],
) -> Result<i32> {
    let mut seq = first;
    for piece in bytes.chunks(CHUNK) {
        let insert = Query::insert()
            .into_table(Alias::new(shelf.chunks))
            .columns([
                Alias::new("tenant_id"),
                Alias::new(shelf.owner),
                Alias::new("seq"),
                Alias::new("data"),
            ])
            .values_panic([
                tenant_id.uuid().into(),
                file_id.into(),
                seq.into(),
                key.seal(piece, &shelf.aad(tenant_id, file_id, seq)).into(),
            ])
            .to_owned();
        conn.execute(&insert).await?;
        seq += 1;
    }
    Ok(seq)
}

/// Chunk `seq` of a file, opened.
async fn chunk(
    state: &Services,
    shelf: &Shelf,
    key: &Key,
    tenant_id: TenantId,
    file_id: Uuid,
    seq: i32,
) -> Result<Zeroizing<Vec<u8>>> {
    let select = Query::select()
        .column(Alias::new("data"))
        .from(Alias::new(shelf.chunks))
        .cond_where(
            shelf
                .of_file(tenant_id, file_id)
                .add(Expr::col(Alias::new("seq")).eq(seq)),
        )
        .to_owned();
    let row = state
        .db
        .main
        .query_one(&select)
        .await?
        .ok_or_else(|| Error::Gone("the file is no longer kept".into()))?;
    let sealed: Vec<u8> = row.try_get("", "data")?;
    key.open(&sealed, &shelf.aad(tenant_id, file_id, seq))
        .map_err(|e| Error::internal_from("opening a chunk of a kept file", e))
}

/// The whole file, opened (for XLSX, whose reader needs to seek).
pub async fn whole(
    state: &Services,
    shelf: &Shelf,
    key: &Key,
    tenant_id: TenantId,
    file_id: Uuid,
    chunks: i32,
) -> Result<Zeroizing<Vec<u8>>> {
    let mut out = Zeroizing::new(Vec::new());
    for seq in 0..chunks {
        out.extend_from_slice(&chunk(state, shelf, key, tenant_id, file_id, seq).await?);
    }
    Ok(out)
}

/// A blocking reader of a kept file, for parsers running off the async
/// threads.
pub struct FileReader {
    rx: mpsc::Receiver<Result<Zeroizing<Vec<u8>>>>,
    current: Zeroizing<Vec<u8>>,
    at: usize,
}

/// Starts reading file `file_id` of `chunks` chunks: a task reads and
/// opens the chunks in turn and hands them over, at most two ahead.
pub fn reader(
    state: &Services,
    shelf: &'static Shelf,
    key: Key,
    tenant_id: TenantId,
    file_id: Uuid,
    chunks: i32,
) -> FileReader {
    let (tx, rx) = mpsc::channel(2);
    let state = state.clone();
    tokio::spawn(async move {
        for seq in 0..chunks {
            let piece = chunk(&state, shelf, &key, tenant_id, file_id, seq).await;
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

/// Deletes a file's chunks (what was written of it so far, say).
pub async fn delete_chunks<C: ConnectionTrait>(
    conn: &C,
    shelf: &Shelf,
    tenant_id: TenantId,
    file_id: Uuid,
) -> Result<()> {
    let delete = Query::delete()
        .from_table(Alias::new(shelf.chunks))
        .cond_where(shelf.of_file(tenant_id, file_id))
        .to_owned();
    conn.execute(&delete).await?;
    Ok(())
}

/// Forgets a file: the key first (from then on no copy can be read), then
/// its chunks. The caller owes the database a fold (`Databases::owe_fold`)
/// once its own rows of the file are gone too.
pub async fn forget(
    state: &Services,
    shelf: &Shelf,
    tenant_id: TenantId,
    file_id: Uuid,
) -> Result<()> {
    state
        .keys
        .destroy_file_key(&shelf.keys, tenant_id, file_id)
        .await
        .map_err(|e| Error::internal_from("destroying a kept file's key", e))?;
    delete_chunks(&state.db.writer, shelf, tenant_id, file_id).await
}
