//! Audit rows for reads, written together: every read of personal data is
//! logged, and on a busy server many arrive at once. One writer task takes
//! whatever is waiting, appends it (per tenant, in arrival order) and only
//! then answers each request, so a read is never shown before its audit row
//! is committed. On SQLite (one writer) a batch is one transaction, one
//! commit instead of one per read; on PostgreSQL each tenant's part commits
//! in its own transaction, concurrently, so one busy chain holds up no other.

use entity::ids::TenantId;
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, DbBackend};
use tokio::sync::{mpsc, oneshot};

use super::{
    origin::Origin,
    service::{Actor, Each, Entry, append_each},
};
use crate::{
    db::begin_write,
    error::{Error, Result},
};

/// The most entries one transaction takes.
const BATCH: usize = 1_000;

struct Pending {
    tenant_id: TenantId,
    each: Each,
    done: oneshot::Sender<Outcome>,
}

/// Why a batch was not written, as each waiting read hears it.
#[derive(Clone)]
struct Fault {
    /// The database was too busy (see `error::is_busy`): worth a retry.
    busy: bool,
    /// The disk under the database is full (see `error::is_storage_full`).
    full: bool,
    message: String,
}

type Outcome = std::result::Result<(), Fault>;

/// Where reads hand in their audit rows.
#[derive(Clone)]
pub struct ReadLog {
    queue: mpsc::Sender<Pending>,
}

impl ReadLog {
    /// Starts the writer over `db`; it stops when the last `ReadLog` goes.
    pub fn start(db: DatabaseConnection) -> Self {
        let (queue, rx) = mpsc::channel(BATCH * 4);
        tokio::spawn(write(db, rx));
        Self { queue }
    }

    /// Appends `entry` to the tenant's chain; returns once it is committed.
    pub async fn record(
        &self,
        tenant_id: TenantId,
        actor: Actor,
        meta: &Origin,
        at: DateTime<Utc>,
        entry: Entry,
    ) -> Result<()> {
        let (done, answer) = oneshot::channel();
        let pending = Pending {
            tenant_id,
            each: Each {
                actor,
                meta: meta.clone(),
                at,
                entry,
            },
            done,
        };
        let stopped = || Error::internal("the audit writer has stopped");
        self.queue.send(pending).await.map_err(|_| stopped())?;
        answer
            .await
            .map_err(|_| stopped())?
            .map_err(|f| match (f.busy, f.full) {
                // The read is not shown, so nothing was changed.
                (true, _) => Error::Busy {
                    retry_after: 1,
                    unchanged: true,
                },
                // Reads are audited, so they too need room to be answered;
                // the read is not shown, so nothing was changed.
                (false, true) => Error::StorageFull { unchanged: true },
                _ => Error::internal(format!("writing the audit log failed: {}", f.message)),
            })
    }
}

/// The waiting entries of one tenant, in arrival order.
struct Group {
    tenant_id: TenantId,
    each: Vec<Each>,
    done: Vec<oneshot::Sender<Outcome>>,
}

async fn write(db: DatabaseConnection, mut rx: mpsc::Receiver<Pending>) {
    let mut batch = Vec::with_capacity(BATCH);
    while rx.recv_many(&mut batch, BATCH).await > 0 {
        let mut groups: Vec<Group> = Vec::new();
        let mut index: HashMap<TenantId, usize> = HashMap::new();
        for p in batch.drain(..) {
            let i = *index.entry(p.tenant_id).or_insert_with(|| {
                groups.push(Group {
                    tenant_id: p.tenant_id,
                    each: Vec::new(),
                    done: Vec::new(),
                });
                groups.len() - 1
            });
            groups[i].each.push(p.each);
            groups[i].done.push(p.done);
        }
        if db.get_database_backend() == DbBackend::Postgres {
            // Each tenant in its own transaction, not waited for: a tenant
            // whose chain is held by a long write keeps only its own reads
            // waiting. The head's row lock keeps each chain in order.
            for g in groups {
                let db = db.clone();
                tokio::spawn(async move {
                    let result = commit(&db, &[&g]).await;
                    answer(g.done, result);
                });
            }
            continue;
        }
        // SQLite has one writer anyway: all tenants in one transaction.
        // Should it fail because the database is busy or its disk full, that
        // is no one tenant's fault: all hear it at once rather than each
        // waiting out a retry. Any other failure is retried for each tenant
        // on its own, so one tenant's fault is not another's.
        let all: Vec<&Group> = groups.iter().collect();
        let outcome = commit(&db, &all).await;
        if outcome.as_ref().is_ok() || outcome.as_ref().is_err_and(|f| f.busy || f.full) {
            for g in groups {
                answer(g.done, outcome.clone());
            }
            continue;
        }
        for g in groups {
            let result = commit(&db, &[&g]).await;
            answer(g.done, result);
        }
    }
}

async fn commit(db: &DatabaseConnection, groups: &[&Group]) -> Outcome {
    let result = async {
        let txn = begin_write(db).await?;
        for g in groups {
            append_each(&txn, g.tenant_id, g.each.clone()).await?;
        }
        txn.commit().await
    }
    .await;
    result.map_err(|e| {
        let full = crate::error::is_storage_full(&e);
        // A full disk is said once for the whole episode (see `storage`).
        if !full {
            tracing::warn!(error = %e, tenants = groups.len(), "appending read audit rows failed");
        }
        Fault {
            busy: crate::error::is_busy(&e),
            full,
            message: e.to_string(),
        }
    })
}

fn answer(senders: Vec<oneshot::Sender<Outcome>>, result: Outcome) {
    for done in senders {
        let _ = done.send(result.clone());
    }
}
