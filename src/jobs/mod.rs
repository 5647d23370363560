//! The job runner: due work, found by index, done in the background every
//! `jobs.interval`, or once with `steward jobs run-once`. Every job is safe to
//! run on several instances at once.

use serde::Serialize;
use tokio::task::JoinHandle;
use tracing::Instrument;

use crate::{auth, error::Result, state::AppState};

#[derive(Debug, Default, Serialize)]
pub struct Summary {
    /// Sessions that ended more than a day ago, deleted.
    pub sessions_purged: u64,
    /// Failed-login counters whose window passed, deleted.
    pub throttle_counters_purged: u64,
}

pub async fn run_once(state: &AppState) -> Result<Summary> {
    let (sessions_purged, throttle_counters_purged) = auth::purge_expired(state).await?;
    Ok(Summary {
        sessions_purged,
        throttle_counters_purged,
    })
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
