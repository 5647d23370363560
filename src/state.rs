//! What every request handler and job can reach.

use std::sync::Arc;

use tokio::sync::Semaphore;

use crate::{
    clock::Clock, config::Config, crypto::KeyStore, db::Databases, faults::Faults,
    http::metrics::Metrics, mail::Mailer,
};

#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub db: Databases,
    pub keys: KeyStore,
    pub clock: Clock,
    pub metrics: Arc<Metrics>,
    /// Bounds concurrent password hashing: each argon2id run takes 19 MiB.
    pub hashing: Arc<Semaphore>,
    /// Bounds concurrent PDF rendering to the cores: it is pure computation,
    /// so more at once only adds memory (several MB each), not speed.
    pub rendering: Arc<Semaphore>,
    pub mailer: Mailer,
    /// The HTTP client for webhook receivers.
    pub webhooks: reqwest::Client,
    /// Stopping points for tests of interrupted jobs; never armed in production.
    pub faults: Faults,
    /// Audit rows of reads, committed in batches.
    pub reads: crate::audit::ReadLog,
    /// The key destruction and log checkpoints that follow erasures: one
    /// run serves every erasure committed before it started.
    pub finishing_erasures: Arc<crate::db::Coalesced>,
    /// Single erasures, done together when they arrive together.
    pub erasures: crate::erasure::queue::ErasureQueue,
    /// Whether writes fail for lack of storage (see `storage`).
    pub storage: Arc<crate::storage::Storage>,
}

impl AppState {
    /// Connects, migrates and opens the key store.
    pub async fn start(config: Config, clock: Clock) -> anyhow::Result<Self> {
        let db = Databases::connect(&config).await?;
        db.migrate().await?;
        let keys = KeyStore::open(
            &config,
            db.keys.clone(),
            db.keys_writer.clone(),
            clock.clone(),
        )
        .await?;
        let mailer = Mailer::from_config(&config)?;
        let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
        let webhooks = crate::sync::delivery::client(&config);
        let reads = crate::audit::ReadLog::start(db.writer.clone());
        let (erasures, waiting) = crate::erasure::queue::ErasureQueue::new();
        let metrics = Arc::new(Metrics::new());
        let storage = Arc::new(crate::storage::Storage::new(&config));
        metrics.register_storage(&storage);
        let state = Self {
            reads,
            erasures,
            config: Arc::new(config),
            db,
            keys,
            clock,
            metrics,
            storage,
            hashing: Arc::new(Semaphore::new(workers * 2)),
            rendering: Arc::new(Semaphore::new(workers)),
            mailer,
            webhooks,
            faults: Faults::default(),
            finishing_erasures: Arc::default(),
        };
        tokio::spawn(crate::erasure::queue::work(state.clone(), waiting));
        Ok(state)
    }
}
