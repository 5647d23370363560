//! What services run with: the databases, the keys, the clock and the
//! settings, and the shared resources a few of them need (the mailer, the
//! read log, the bounds on hashing and rendering, the webhook client).
//! Built once at start-up and cheap to clone. It imports no capability, so
//! every capability can depend on it without a cycle; the HTTP layer's
//! `AppState` (in `state.rs`) adds what only handlers need.

use std::sync::Arc;

use tokio::sync::Semaphore;

use crate::{
    audit::reads::ReadLog, clock::Clock, config::Config, crypto::keystore::KeyStore, db::Databases,
    faults::Faults, http::metrics::Metrics, mail::transport::Mailer, storage::Storage,
};

#[derive(Clone)]
pub struct Services {
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
    pub reads: ReadLog,
    /// The key destruction and log checkpoints that follow erasures: one
    /// run serves every erasure committed before it started.
    pub finishing_erasures: Arc<crate::db::Coalesced>,
    /// Whether writes fail for lack of storage (see `storage`).
    pub storage: Arc<Storage>,
}

impl Services {
    /// Connects, migrates and opens the key store; `webhooks` is the client
    /// for webhook receivers (`sync::delivery::client`).
    pub async fn start(
        config: Config,
        clock: Clock,
        webhooks: reqwest::Client,
    ) -> anyhow::Result<Self> {
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
        let reads = ReadLog::start(db.writer.clone());
        let metrics = Arc::new(Metrics::new());
        let storage = Arc::new(Storage::new(&config));
        metrics.register_storage(&storage);
        Ok(Self {
            reads,
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
        })
    }
}
