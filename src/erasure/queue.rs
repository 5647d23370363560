//! Single erasures asked for at the same moment, done together. Each one
//! alone is a transaction of a dozen statements, then a run to destroy its
//! key and fold both logs, all on the one writer; many admins (or one
//! script) erasing records one by one would queue for it. One worker takes
//! whatever is waiting, erases each tenant's share in one transaction, runs
//! the key destruction once for all, and only then answers each request, so
//! an answer still means the record's rows are gone and (unless that step
//! failed, see [`super::finish_pending`]) its key too.

use std::collections::{HashMap, HashSet};

use tokio::sync::{mpsc, oneshot};
use uuid::Uuid;

use super::service::{Ask, Kind, Outcome, erase_chunk, finish_erased};
use crate::{
    audit::Actor,
    db::ROWS_PER_STATEMENT,
    error::{Error, Result},
    http::meta::RequestMeta,
    state::AppState,
};

struct Asked {
    tenant_id: Uuid,
    kind: Kind,
    id: Uuid,
    by: Actor,
    meta: RequestMeta,
    done: oneshot::Sender<Result<Outcome>>,
}

/// Where single erasures are handed in.
#[derive(Clone, Debug)]
pub struct ErasureQueue {
    queue: mpsc::Sender<Asked>,
}

/// The waiting end of an [`ErasureQueue`], for [`work`].
pub struct Waiting(mpsc::Receiver<Asked>);

impl ErasureQueue {
    pub fn new() -> (Self, Waiting) {
        let (queue, rx) = mpsc::channel(ROWS_PER_STATEMENT * 4);
        (Self { queue }, Waiting(rx))
    }

    /// Erases one record; returns once it is done (or refused).
    pub async fn erase(
        &self,
        tenant_id: Uuid,
        by: Actor,
        meta: &RequestMeta,
        id: Uuid,
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
        let stopped = || Error::Internal("the erasure worker has stopped".into());
        self.queue.send(asked).await.map_err(|_| stopped())?;
        answer.await.map_err(|_| stopped())?
    }
}

/// The worker: runs until every [`ErasureQueue`] is gone. An erasure whose
/// requester hung up is still done.
pub async fn work(state: AppState, Waiting(mut rx): Waiting) {
    let mut batch = Vec::with_capacity(ROWS_PER_STATEMENT);
    let mut later: Vec<Asked> = Vec::new();
    loop {
        if later.is_empty() {
            if rx.recv_many(&mut batch, ROWS_PER_STATEMENT).await == 0 {
                return;
            }
        } else {
            batch.append(&mut later);
            while batch.len() < ROWS_PER_STATEMENT
                && let Ok(asked) = rx.try_recv()
            {
                batch.push(asked);
            }
        }
        // One transaction per tenant and kind. The same record asked for
        // twice waits for the next round, where it is found erased.
        let mut groups: Vec<Vec<Asked>> = Vec::new();
        let mut index: HashMap<(Uuid, Kind), usize> = HashMap::new();
        let mut seen: HashSet<(Uuid, Uuid)> = HashSet::new();
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
        let mut answers = Vec::new();
        let mut erased = None;
        for group in groups {
            for (asked, outcome) in erase_group(&state, group).await {
                if matches!(outcome, Ok(Outcome::Erased(_))) {
                    erased = Some(asked.tenant_id);
                }
                answers.push((asked.done, outcome));
            }
        }
        if let Some(tenant_id) = erased {
            finish_erased(&state, tenant_id).await;
        }
        for (done, outcome) in answers {
            // A requester who hung up hears nothing; the erasure stands.
            let _ = done.send(outcome);
        }
    }
}

/// Erases one tenant's group in one transaction. Should that fail, each is
/// tried on its own, so one record's fault is not another's.
async fn erase_group(state: &AppState, group: Vec<Asked>) -> Vec<(Asked, Result<Outcome>)> {
    let Some(first) = group.first() else {
        return Vec::new();
    };
    let (tenant_id, kind) = (first.tenant_id, first.kind);
    let asks: Vec<Ask> = group
        .iter()
        .map(|a| Ask {
            id: a.id,
            by: a.by,
            meta: &a.meta,
        })
        .collect();
    match erase_chunk(state, tenant_id, &asks, kind).await {
        Ok(outcomes) => {
            let mut outcomes: HashMap<Uuid, Outcome> = outcomes.into_iter().collect();
            group
                .into_iter()
                .map(|a| {
                    let outcome = outcomes.remove(&a.id).unwrap_or(Outcome::NotFound);
                    (a, Ok(outcome))
                })
                .collect()
        }
        Err(e) if group.len() == 1 => group.into_iter().zip([Err(e)]).collect(),
        Err(e) => {
            tracing::warn!(tenant = %tenant_id, erasures = group.len(), error = %e, "erasing together failed; erasing each on its own");
            let mut answers = Vec::with_capacity(group.len());
            for a in group {
                let ask = Ask {
                    id: a.id,
                    by: a.by,
                    meta: &a.meta,
                };
                let outcome = erase_chunk(state, tenant_id, &[ask], kind)
                    .await
                    .map(|mut o| o.pop().map_or(Outcome::NotFound, |(_, outcome)| outcome));
                answers.push((a, outcome));
            }
            answers
        }
    }
}
