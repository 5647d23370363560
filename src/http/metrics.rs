//! Prometheus metrics: request counts and latency histograms by route
//! template (never the raw path) and status.

use std::sync::Mutex;

use prometheus_client::{
    encoding::{EncodeLabelSet, text::encode},
    metrics::{counter::Counter, family::Family, gauge::Gauge, histogram::Histogram},
    registry::Registry,
};

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RequestLabels {
    pub method: String,
    pub route: String,
    pub status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct JobLabels {
    pub job: String,
}

pub struct Metrics {
    registry: Mutex<Registry>,
    pub requests: Family<RequestLabels, Counter>,
    pub latency: Family<RequestLabels, Histogram>,
    /// Password hash verifications, real or against the dummy hash.
    pub password_checks: Counter,
    /// Requests admitted and not yet answered (see `server.max_in_flight`).
    pub in_flight: Gauge,
    /// Time each background job took, per run (see `jobs::tick` and `jobs::sweep`).
    pub jobs: Family<JobLabels, Histogram>,
}

impl Metrics {
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("steward");
        let requests = Family::<RequestLabels, Counter>::default();
        let latency = Family::<RequestLabels, Histogram>::new_with_constructor(|| {
            Histogram::new([
                0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
            ])
        });
        registry.register("http_requests", "HTTP requests answered", requests.clone());
        registry.register(
            "http_request_duration_seconds",
            "Time to answer HTTP requests",
            latency.clone(),
        );
        let password_checks = Counter::default();
        registry.register(
            "password_checks",
            "Password hash verifications (argon2id), including those against the dummy hash",
            password_checks.clone(),
        );
        let in_flight = Gauge::default();
        registry.register(
            "http_requests_in_flight",
            "Requests being handled now; over server.max_in_flight they are refused with 503",
            in_flight.clone(),
        );
        let jobs = Family::<JobLabels, Histogram>::new_with_constructor(|| {
            Histogram::new([
                0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
                10.0, 30.0, 60.0,
            ])
        });
        registry.register(
            "job_duration_seconds",
            "Time each background job took, per run",
            jobs.clone(),
        );
        Self {
            registry: Mutex::new(registry),
            requests,
            latency,
            password_checks,
            in_flight,
            jobs,
        }
    }

    /// Registers the metrics of `storage`.
    pub fn register_storage(&self, storage: &crate::storage::Storage) {
        let mut registry = self.registry.lock().unwrap_or_else(|p| p.into_inner());
        registry.register(
            "storage_full",
            "1 while changes are refused because the storage under a database is full",
            storage.gauge.clone(),
        );
        registry.register(
            "storage_full_refusals",
            "Changes refused because the storage under a database was full",
            storage.refusals.clone(),
        );
    }

    pub fn observe(&self, labels: RequestLabels, seconds: f64) {
        self.requests.get_or_create(&labels).inc();
        self.latency.get_or_create(&labels).observe(seconds);
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        let registry = self.registry.lock().unwrap_or_else(|p| p.into_inner());
        encode(&mut out, &registry).expect("writing to a String cannot fail");
        out
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}
