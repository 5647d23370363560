//! The job runner: due work, found by index, done in the background every
//! `jobs.interval`, or once with `steward jobs run-once`. Every job is safe to
//! run on several instances at once, and safe to stop at any point: what a
//! stopped run leaves undone, the next run does.

use serde::Serialize;
use tokio::task::JoinHandle;
use tracing::Instrument;

use crate::{
    auth, erasure,
    error::Result,
    http::metrics::JobLabels,
    mail::{self, MailSummary},
    requests::runner::{self as requests, RequestsSummary},
    retention::runner::{self as retention, RetentionSummary},
    state::AppState,
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
    /// Sessions that ended more than a day ago, deleted.
    pub sessions_purged: u64,
    /// Failed-login counters whose window passed, deleted.
    pub throttle_counters_purged: u64,
}

/// Runs every job once. A failing job does not stop the others; the first
/// error is returned once all have run (and every error is logged).
pub async fn run_once(state: &AppState) -> Result<Summary> {
    let mut summary = Summary::default();
    let mut first_error = None;
    let mut note = |result: Result<()>, job: &str| {
        if let Err(e) = result {
            tracing::error!(job, error = %e, "job failed; retried next tick");
            first_error.get_or_insert(e);
        }
    };
    let finished = timed(state, "erasures", erasure::finish_pending(state)).await;
    note(finished.map(|n| summary.erasures_finished += n), "erasures");
    let retention = timed(state, "retention", retention::run(state)).await;
    note(retention.map(|r| summary.retention = r), "retention");
    let finished = timed(state, "erasures", erasure::finish_pending(state)).await;
    note(finished.map(|n| summary.erasures_finished += n), "erasures");
    let swept = timed(
        state,
        "orphan keys",
        erasure::service::sweep_orphan_keys(state),
    )
    .await;
    note(
        swept.map(|n| summary.orphan_keys_destroyed = n),
        "orphan keys",
    );
    let offboarding = timed(state, "offboarding", offboarding::run(state)).await;
    note(offboarding.map(|o| summary.offboarding = o), "offboarding");
    let requests = timed(state, "requests", requests::run(state)).await;
    note(requests.map(|r| summary.requests = r), "requests");
    let deliveries = timed(state, "deliveries", crate::sync::delivery::run(state)).await;
    note(deliveries.map(|d| summary.deliveries = d), "deliveries");
    let mail = timed(state, "mail", mail::send_due(state)).await;
    note(mail.map(|m| summary.mail = m), "mail");
    let purged = timed(state, "housekeeping", auth::purge_expired(state)).await;
    note(
        purged.map(|(sessions, counters)| {
            summary.sessions_purged = sessions;
            summary.throttle_counters_purged = counters;
        }),
        "housekeeping",
    );
    match first_error {
        Some(e) => Err(e),
        None => Ok(summary),
    }
}

/// Runs one job, recording how long it took in
/// `steward_job_duration_seconds{job}`.
async fn timed<T>(
    state: &AppState,
    job: &str,
    work: impl std::future::Future<Output = Result<T>>,
) -> Result<T> {
    let started = std::time::Instant::now();
    let result = work.await;
    state
        .metrics
        .jobs
        .get_or_create(&JobLabels {
            job: job.to_owned(),
        })
        .observe(started.elapsed().as_secs_f64());
    result
}

pub fn spawn_runner(state: AppState) -> JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(state.config.jobs.interval.as_std());
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            match run_once(&state)
                .instrument(tracing::info_span!("jobs"))
                .await
            {
                Ok(summary) => tracing::debug!(?summary, "jobs ran"),
                Err(e) => tracing::error!(error = %e, "jobs failed; retrying next tick"),
            }
        }
    })
}
