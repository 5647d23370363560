//! The job runner: due work, found by index, done in the background every
//! `jobs.interval`, or once with `steward jobs run-once`. Every job is safe to
//! run on several instances at once, and safe to stop at any point: what a
//! stopped run leaves undone, the next run does.

use serde::Serialize;
use tokio::task::JoinHandle;
use tracing::Instrument;

use crate::{
    auth,
    context::Services,
    erasure,
    error::{Error, Result},
    http::metrics::JobLabels,
    mail::{self, MailSummary},
    requests::runner::{self as requests, RequestsSummary},
    retention::runner::{self as retention, RetentionSummary},
    sync::delivery::DeliverySummary,
    tenants::offboarding::{self, OffboardingSummary},
};

#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub retention: RetentionSummary,
    /// Erasures whose keys were destroyed in this run (including any a
    /// stopped run left pending).
    pub erasures_finished: u64,
    /// Data keys that belonged to no record, destroyed.
    pub orphan_keys_destroyed: u64,
    pub offboarding: OffboardingSummary,
    /// Data-subject requests near or past their due date.
    pub requests: RequestsSummary,
    /// Events sent to integrations.
    pub deliveries: DeliverySummary,
    pub mail: MailSummary,
    /// Uploaded files not run within 24 hours, forgotten.
    pub imports_expired: u64,
    /// Import runs whose instance stopped, taken over and run to their end.
    pub imports_resumed: u64,
    /// Records written before the blind index's current form, reindexed
    /// (a walk done once per form; match keys included).
    pub search_index_backfilled: u64,
    /// The same count under its first name, for programs that read it.
    pub match_keys_backfilled: u64,
    /// Search handles past their time, deleted.
    pub search_handles_expired: u64,
    /// Export files written for a stopped instance, and those deleted
    /// undownloaded.
    pub exports: crate::exports::service::ExportsSummary,
    /// Tasks on records that came due, each noticed to its assignee.
    pub tasks_due: u64,
    /// Sessions that ended more than a day ago, deleted.
    pub sessions_purged: u64,
    /// Failed-login counters whose window passed, deleted.
    pub throttle_counters_purged: u64,
}

/// Runs every job once, the orphan-key sweep included. A failing job does
/// not stop the others; the first error is returned once all have run (and
/// every error is logged).
pub async fn run_once(state: &Services) -> Result<Summary> {
    let mut summary = Summary::default();
    let tick_error = tick_into(state, &mut summary).await.err();
    let swept = sweep(state).await;
    match (tick_error, swept) {
        (Some(e), _) | (None, Err(e)) => Err(e),
        (None, Ok(n)) => {
            summary.orphan_keys_destroyed = n;
            Ok(summary)
        }
    }
}

/// What the server runs every `jobs.interval`: every job but the orphan-key
/// sweep, which has its own slower schedule (`jobs.sweep_interval`).
pub async fn tick(state: &Services) -> Result<Summary> {
    let mut summary = Summary::default();
    tick_into(state, &mut summary).await?;
    Ok(summary)
}

/// One run of the orphan-key sweep: up to `jobs.sweep_keys` keys, a page
/// at a time, from where the last run stopped. Timed as `orphan keys`.
pub async fn sweep(state: &Services) -> Result<u64> {
    let mut tick = Tick {
        state,
        first_error: None,
    };
    let swept = crate::crypto::orphans::sweep_orphan_keys(state, state.config.jobs.sweep_keys);
    let destroyed = tick.run("orphan keys", swept).await;
    tick.finish(destroyed.unwrap_or(0))
}

async fn tick_into(state: &Services, summary: &mut Summary) -> Result<()> {
    let mut tick = Tick {
        state,
        first_error: None,
    };
    if let Some(n) = tick.run("erasures", erasure::finish_pending(state)).await {
        summary.erasures_finished += n;
    }
    if let Some(r) = tick.run("retention", retention::run(state)).await {
        summary.retention = r;
    }
    if let Some(n) = tick.run("erasures", erasure::finish_pending(state)).await {
        summary.erasures_finished += n;
    }
    if let Some(o) = tick.run("offboarding", offboarding::run(state)).await {
        summary.offboarding = o;
    }
    if let Some(r) = tick.run("requests", requests::run(state)).await {
        summary.requests = r;
    }
    let sent = crate::sync::delivery::run(state);
    if let Some(d) = tick.run("deliveries", sent).await {
        summary.deliveries = d;
    }
    if let Some(m) = tick.run("mail", mail::send_due(state)).await {
        summary.mail = m;
    }
    let resumed = crate::imports::run::resume_due(state);
    if let Some(n) = tick.run("import runs", resumed).await {
        summary.imports_resumed = n;
    }
    let expired = crate::imports::service::expire_due(state);
    if let Some(n) = tick.run("imports", expired).await {
        summary.imports_expired = n;
    }
    let backfill = crate::customers::backfill::run(state);
    if let Some(n) = tick.run("search index", backfill).await {
        summary.search_index_backfilled = n;
        summary.match_keys_backfilled = n;
    }
    let exports = crate::exports::service::run_due(state);
    if let Some(e) = tick.run("exports", exports).await {
        summary.exports = e;
    }
    let tasks = crate::customers::tasks::notice_due(state);
    if let Some(n) = tick.run("tasks", tasks).await {
        summary.tasks_due = n;
    }
    let housekeeping = async {
        let purged = (
            auth::sessions::purge_ended(state).await?,
            auth::throttle::purge_stale(state).await?,
            crate::customers::handles::sweep(state).await?,
        );
        // A fold that readers held off earlier (after an erasure or sent mail).
        state.db.fold_if_owed().await?;
        Ok(purged)
    };
    if let Some((sessions, counters, handles)) = tick.run("housekeeping", housekeeping).await {
        summary.sessions_purged = sessions;
        summary.throttle_counters_purged = counters;
        summary.search_handles_expired = handles;
    }
    tick.finish(())
}

/// One run of the jobs: each timed in `steward_job_duration_seconds{job}`;
/// a failing one logged and its error kept, and the others still run.
struct Tick<'a> {
    state: &'a Services,
    first_error: Option<Error>,
}

impl Tick<'_> {
    async fn run<T>(
        &mut self,
        job: &str,
        work: impl std::future::Future<Output = Result<T>>,
    ) -> Option<T> {
        let started = std::time::Instant::now();
        let result = work.await;
        self.state
            .metrics
            .jobs
            .get_or_create(&JobLabels {
                job: job.to_owned(),
            })
            .observe(started.elapsed().as_secs_f64());
        match result {
            Ok(done) => Some(done),
            Err(e) => {
                match e {
                    // Said once for the whole episode (see `storage`).
                    Error::StorageFull { .. } => {
                        self.state.storage.refused();
                        tracing::debug!(job, "job stopped: storage is full");
                    }
                    _ => {
                        tracing::error!(job, error = %crate::error::report(&e), "job failed; retried next tick")
                    }
                }
                self.first_error.get_or_insert(e);
                None
            }
        }
    }

    /// `value`, or the first error of the jobs run.
    fn finish<T>(self, value: T) -> Result<T> {
        match self.first_error {
            Some(e) => Err(e),
            None => Ok(value),
        }
    }
}

/// The background jobs of `serve`: the tick every `jobs.interval`, and the
/// orphan-key sweep every `jobs.sweep_interval` beside it, so a sweep never
/// holds up a tick. Aborting the handle stops both.
pub fn spawn_runner(state: Services) -> JoinHandle<()> {
    tokio::spawn(async move {
        let ticks = every(state.clone(), state.config.jobs.interval, |s| async move {
            let summary = tick(&s).await;
            // After the tick whatever its outcome, away from any request.
            let _ = tokio::task::spawn_blocking(release_free_memory).await;
            tracing::debug!(summary = ?summary.as_ref().ok(), "jobs ran");
            summary.map(drop)
        });
        let sweeps = every(
            state.clone(),
            state.config.jobs.sweep_interval,
            |s| async move { sweep(&s).await.map(drop) },
        );
        tokio::join!(ticks, sweeps);
    })
}

/// Hands back to the system the memory the allocator holds free. glibc
/// keeps what its arenas freed for later use, and over a long run the pages
/// it keeps grow with the spread of what was allocated where: an hour's
/// soak of mixed reads and writes saw the server's resident memory settle,
/// then climb by some 20 MB that `malloc_trim` gave back at once. Trimming
/// after each tick (every `jobs.interval`) keeps resident memory to what is
/// in use.
fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free heap pages to the system; it
    // has no preconditions.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Runs `job` every `interval`, for as long as the server runs; a failed
/// run is logged and the next is tried on time.
async fn every<F, Fut>(state: Services, interval: crate::duration::IsoDuration, job: F)
where
    F: Fn(Services) -> Fut,
    Fut: std::future::Future<Output = Result<()>>,
{
    let mut tick = tokio::time::interval(interval.as_std());
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        match job(state.clone())
            .instrument(tracing::info_span!("jobs"))
            .await
        {
            // Said once for the whole episode (see `storage`).
            Err(Error::StorageFull { .. }) | Ok(()) => {}
            Err(e) => {
                tracing::error!(error = %crate::error::report(&e), "jobs failed; retrying next tick")
            }
        }
    }
}
