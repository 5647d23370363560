//! Marketing sync: consent kept the same in Steward and in the tenant's
//! marketing tools, both ways. Steward's events go out as signed webhooks
//! (`delivery`), with regular snapshots (`snapshot`); the tools' own status
//! changes come in on a signed endpoint (`inbound`).

pub mod api;
pub mod delivery;
pub mod inbound;
pub mod integrations;
pub mod pages;
pub mod receiver;
pub mod recipients;
pub mod sign;
pub mod snapshot;

use tokio::task::JoinHandle;
use tracing::Instrument;

use crate::context::Services;

/// How often the sender looks for events between job runs, so a consent
/// change reaches the tools within about a second.
const POLL: std::time::Duration = std::time::Duration::from_secs(1);

/// Sends events as they come, beside the job runner (which sends them too).
pub fn spawn_sender(state: Services) -> JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            if let Err(e) = delivery::run(&state)
                .instrument(tracing::info_span!("deliveries"))
                .await
            {
                tracing::error!(error = %crate::error::report(&e), "deliveries failed; retrying");
            }
            tokio::time::sleep(POLL).await;
        }
    })
}
