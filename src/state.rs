//! What request handlers reach: the [`Services`] every capability runs
//! with, and the erasure queue start-up wires in. Services take
//! `&Services`; a `&AppState` gives one by `Deref`.

use std::ops::Deref;

use crate::{clock::Clock, config::Config, context::Services, erasure::queue::ErasureQueue};

#[derive(Clone)]
pub struct AppState {
    pub services: Services,
    /// Single erasures, done together when they arrive together.
    pub erasures: ErasureQueue,
}

impl Deref for AppState {
    type Target = Services;

    fn deref(&self) -> &Services {
        &self.services
    }
}

impl AppState {
    /// Connects, migrates, opens the key store and starts the erasure queue.
    pub async fn start(config: Config, clock: Clock) -> anyhow::Result<Self> {
        let webhooks = crate::sync::delivery::client(&config);
        let services = Services::start(config, clock, webhooks).await?;
        let (erasures, waiting) = ErasureQueue::new();
        tokio::spawn(crate::erasure::queue::work(services.clone(), waiting));
        Ok(Self { services, erasures })
    }
}
