//! Single erasures asked for at the same moment, done together. Each one
//! alone is a transaction of a dozen statements, then a run to destroy its
//! key and fold both logs, all on the one writer; many admins (or one
//! script) erasing records one by one would queue for it. One worker takes
//! whatever is waiting, erases each tenant's share in one transaction, runs
//! the key destruction once for all, and only then answers each request, so
//! an answer still means the record's rows are gone and (unless that step
//! failed, see [`super::finish_pending`]) its key too.

use entity::ids::{CustomerId, TenantId};
use std::{
    collections::{HashMap, HashSet},
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
};

use sea_orm::DbBackend;
use tokio::sync::{mpsc, oneshot};

use super::service::{Ask, Kind, Outcome, StoredReceipt, erase_chunk, finish_erased, receipt_row};
use crate::{
    audit::Actor,
    audit::Origin,
    context::Services,
    db::ROWS_PER_STATEMENT,
    error::{Error, Result},
};

struct Asked {
    tenant_id: TenantId,
    kind: Kind,
    id: CustomerId,
    by: Actor,
    meta: Origin,
    done: oneshot::Sender<Result<Outcome>>,
}

/// The request IDs of `asked`, for a log line about them together.
fn request_ids<'a>(asked: impl IntoIterator<Item = &'a Asked>) -> String {
    let ids: Vec<&str> = asked
        .into_iter()
        .filter_map(|a| a.meta.request_id.as_deref())
        .collect();
    ids.join(",")
}

impl Asked {
    fn ask(&self) -> Ask<'_> {
        Ask {
            id: self.id,
            by: self.by,
            meta: &self.meta,
        }
    }
}

/// Where single erasures are handed in.
#[derive(Clone, Debug)]
pub struct ErasureQueue {
    queue: mpsc::Sender<Asked>,
    /// Held, the worker waits before each round (see [`ErasureQueue::hold`]).
    gate: Arc<tokio::sync::Mutex<()>>,
    /// Erasures handed in so far.
    queued: Arc<AtomicUsize>,
}

/// The waiting end of an [`ErasureQueue`], for [`work`].
pub struct Waiting {
    rx: mpsc::Receiver<Asked>,
    gate: Arc<tokio::sync::Mutex<()>>,
}

impl ErasureQueue {
    pub fn new() -> (Self, Waiting) {
        let (queue, rx) = mpsc::channel(ROWS_PER_STATEMENT * 4);
        let gate = Arc::default();
        let waiting = Waiting {
            rx,
            gate: Arc::clone(&gate),
        };
        let queued = Arc::default();
        (
            Self {
                queue,
                gate,
                queued,
            },
            waiting,
        )
    }

    /// Erases one record; returns once it is done (or refused).
    pub async fn erase(
        &self,
        tenant_id: TenantId,
        by: Actor,
        meta: &Origin,
        id: CustomerId,
        kind: Kind,
    ) -> Result<Outcome> {
        let (done, answer) = oneshot::channel();
        let asked = Asked {
            tenant_id,
            kind,
            id,
            by,
            meta: meta.clone(),
            done,
        };
        self.queue
            .send(asked)
            .await
            .map_err(|_| Error::internal("the erasure worker has stopped"))?;
        self.queued.fetch_add(1, Ordering::SeqCst);
        answer
            .await
            .map_err(|_| Error::internal("the erasure was interrupted; see the log"))?
    }

    /// Keeps the worker from starting a round until the guard is dropped,
    /// so that erasures handed in meanwhile share one. For tests; nothing
    /// in production holds it.
    pub async fn hold(&self) -> tokio::sync::OwnedMutexGuard<()> {
        Arc::clone(&self.gate).lock_owned().await
    }

    /// How many erasures have been handed in so far.
    pub fn queued(&self) -> usize {
        self.queued.load(Ordering::SeqCst)
    }
}

/// The worker: runs for as long as the runtime (every [`Services`] holds
/// an [`ErasureQueue`], so the queue never closes while it runs). An
/// erasure whose requester hung up is still done.
pub async fn work(state: Services, waiting: Waiting) {
    let Waiting { mut rx, gate } = waiting;
    let mut batch = Vec::with_capacity(ROWS_PER_STATEMENT);
    let mut later: Vec<Asked> = Vec::new();
    loop {
        if later.is_empty() && rx.recv_many(&mut batch, ROWS_PER_STATEMENT).await == 0 {
            return;
        }
        batch.append(&mut later);
        drop(gate.lock().await);
        while batch.len() < ROWS_PER_STATEMENT
            && let Ok(asked) = rx.try_recv()
        {
            batch.push(asked);
        }
        // One transaction per tenant and kind. The same record asked for
        // twice waits for the next round, where it is found erased.
        let mut groups: Vec<Vec<Asked>> = Vec::new();
        let mut index: HashMap<(TenantId, Kind), usize> = HashMap::new();
        let mut seen: HashSet<(TenantId, CustomerId)> = HashSet::new();
        for asked in batch.drain(..) {
            if !seen.insert((asked.tenant_id, asked.id)) {
                later.push(asked);
                continue;
            }
            let i = *index
                .entry((asked.tenant_id, asked.kind))
                .or_insert_with(|| {
                    groups.push(Vec::new());
                    groups.len() - 1
                });
            groups[i].push(asked);
        }
        // A round that panics loses only its own answers (its requesters
        // hear that the erasure was interrupted); the worker goes on.
        if let Err(e) = tokio::spawn(round(state.clone(), groups)).await {
            tracing::error!(error = %crate::error::report(&e), "a round of erasures failed");
        }
    }
}

/// Erases the groups, destroys their keys, then answers each request. On
/// PostgreSQL the groups commit concurrently, so one tenant's locks (a
/// retention run, a bulk erasure) hold up only that tenant's erasures; on
/// SQLite, with its one writer, one after another.
async fn round(state: Services, groups: Vec<Vec<Asked>>) {
    let mut answers = Vec::new();
    if state.db.main.get_database_backend() == DbBackend::Postgres {
        let mut running = tokio::task::JoinSet::new();
        for group in groups {
            let state = state.clone();
            running.spawn(async move { erase_group(&state, group).await });
        }
        while let Some(done) = running.join_next().await {
            match done {
                Ok(done) => answers.extend(done),
                Err(e) => {
                    tracing::error!(error = %crate::error::report(&e), "a group of erasures failed")
                }
            }
        }
    } else {
        for group in groups {
            answers.extend(erase_group(&state, group).await);
        }
    }
    let erased: Vec<&Asked> = answers
        .iter()
        .filter(|(_, outcome)| matches!(outcome, Ok(Outcome::Erased(_))))
        .map(|(asked, _)| asked)
        .collect();
    if !erased.is_empty()
        && let Err(e) = finish_erased(&state).await
    {
        let requests = request_ids(erased.iter().copied());
        tracing::warn!(erasures = erased.len(), requests, error = %crate::error::report(&e), "erased records' keys are left to the job runner");
    }
    for (asked, outcome) in answers {
        // A requester who hung up hears nothing; the erasure stands.
        let _ = asked.done.send(outcome);
    }
}

/// Erases one tenant's group in one transaction. Should that fail, each is
/// tried on its own, so one record's fault is not another's.
async fn erase_group(state: &Services, group: Vec<Asked>) -> Vec<(Asked, Result<Outcome>)> {
    let Some(first) = group.first() else {
        return Vec::new();
    };
    let (tenant_id, kind) = (first.tenant_id, first.kind);
    let asks: Vec<Ask> = group.iter().map(Asked::ask).collect();
    match erase_chunk(state, tenant_id, &asks, kind).await {
        Ok(outcomes) => {
            let mut outcomes: HashMap<CustomerId, Outcome> = outcomes.into_iter().collect();
            group
                .into_iter()
                .map(|a| {
                    let outcome = outcomes.remove(&a.id).unwrap_or(Outcome::NotFound);
                    (a, Ok(outcome))
                })
                .collect()
        }
        Err(e) if group.len() == 1 => group.into_iter().zip([Err(e)]).collect(),
        // Too busy: no one record's fault, and trying each alone would only
        // wait longer. All hear it, and may ask again.
        Err(Error::Busy {
            retry_after,
            unchanged,
        }) => group
            .into_iter()
            .map(|a| {
                let busy = Error::Busy {
                    retry_after,
                    unchanged,
                };
                (a, Err(busy))
            })
            .collect(),
        Err(e) => {
            let requests = request_ids(&group);
            tracing::warn!(tenant = %tenant_id, erasures = group.len(), requests, error = %crate::error::report(&e), "erasing together failed; erasing each on its own");
            let mut answers = Vec::with_capacity(group.len());
            for a in group {
                let outcome = erase_chunk(state, tenant_id, &[a.ask()], kind)
                    .await
                    .map(|mut o| o.pop().map_or(Outcome::NotFound, |(_, outcome)| outcome));
                answers.push((a, outcome));
            }
            answers
        }
    }
}

/// Shreds or anonymizes one customer on an admin's request.
pub async fn erase_one(
    state: &Services,
    queue: &ErasureQueue,
    scope: &crate::auth::Scope,
    meta: &crate::audit::Origin,
    customer_id: CustomerId,
    kind: Kind,
    confirm: &str,
) -> Result<StoredReceipt> {
    use crate::error::Error;
    scope.require_for_a_right(crate::auth::Role::Admin)?;
    if confirm.trim() != customer_id.to_string() {
        return Err(Error::invalid(
            "confirm",
            "type the customer's ID to confirm; this cannot be undone",
        ));
    }
    let tenant_id = scope.tenant_id();
    let outcome = queue
        .erase(tenant_id, scope.into(), meta, customer_id, kind)
        .await?;
    match outcome {
        Outcome::Erased(_) => receipt_row(&state.db.main, tenant_id, customer_id)
            .await?
            .ok_or(Error::internal("the erasure was not recorded"))?
            .try_into(),
        Outcome::NotFound | Outcome::AlreadyShredded => {
            Err(crate::customers::service::missing(&state.db.main, tenant_id, customer_id).await)
        }
        other => Err(Error::Conflict(
            other.detail(customer_id).expect("refusals explain"),
        )),
    }
}
