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
    mail::{self, MailSummary},
    retention::runner::{self as retention, RetentionSummary},
    state::AppState,
    tenants::offboarding::{self, OffboardingSummary},
};

#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub retention: RetentionSummary,
    /// Erasures whose keys were destroyed in this run (including any a
    /// stopped run left pending).
    pub erasures_finished: u64,
    pub offboarding: OffboardingSummary,
    pub mail: MailSummary,
    /// Sessions that ended more than a day ago, deleted.
    pub sessions_purged: u64,
    /// Failed-login counters whose window passed, deleted.
    pub throttle_counters_purged: u64,
}

pub async fn run_once(state: &AppState) -> Result<Summary> {
    let mut summary = Summary {
        erasures_finished: erasure::finish_pending(state).await?,
        ..Summary::default()
    };
    summary.retention = retention::run(state).await?;
    summary.erasures_finished += erasure::finish_pending(state).await?;
    summary.offboarding = offboarding::run(state).await?;
    summary.mail = mail::send_due(state).await?;
    let (sessions_purged, throttle_counters_purged) = auth::purge_expired(state).await?;
    summary.sessions_purged = sessions_purged;
    summary.throttle_counters_purged = throttle_counters_purged;
    Ok(summary)
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
