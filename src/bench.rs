//! `steward bench`: a throw-away Steward seeded through the bulk path, served
//! on loopback by a child `steward serve` (so its memory is its own and it
//! can be sent SIGTERM), and driven over HTTP by this process's own client,
//! one scenario after another. Job runs are timed in this process, as
//! `steward jobs run-once` would run them. Each row is also given as a fraction of `healthz`,
//! what HTTP alone costs on this machine, so runs on different machines can be
//! compared by how close Steward comes to the limit of its HTTP stack.

use std::{
    collections::BTreeMap,
    future::Future,
    path::{Path, PathBuf},
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use anyhow::{Context, anyhow, bail};
use chrono::TimeDelta;
use entity::customer;
use figment::providers::{Format, Toml};
use poem::{
    EndpointExt, Server, handler,
    listener::{Acceptor, Listener, TcpListener},
    web::Data,
};
use reqwest::{Client, Method, StatusCode};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect, Statement,
};
use serde::Serialize;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::{clock::Clock, config::Config, context::Services, jobs, seed};

pub mod soak;

/// What to run, from the command line.
#[derive(Clone, Debug)]
pub struct Options {
    pub customers: u64,
    pub tenants: u32,
    pub concurrency: usize,
    pub duration: Duration,
    /// An empty PostgreSQL database; the embedded SQLite when absent.
    pub database_url: Option<String>,
    /// Only the scenarios named (and `healthz`, the yardstick).
    pub only: Vec<String>,
}

/// One scenario's result.
#[derive(Debug, Serialize)]
pub struct Row {
    pub scenario: String,
    pub ops: u64,
    pub seconds: f64,
    pub per_second: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub p999_ms: f64,
    pub errors: u64,
    /// Throughput as a fraction of the `healthz` row.
    pub of_healthz: Option<f64>,
    pub target: Option<String>,
    pub met: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Row {
    /// A row of one measured total, `ops` in `seconds`, with no latencies.
    fn total(
        scenario: impl Into<String>,
        ops: u64,
        seconds: f64,
        errors: u64,
        note: String,
    ) -> Self {
        Self {
            scenario: scenario.into(),
            ops,
            seconds,
            per_second: ops as f64 / seconds.max(1e-9),
            p50_ms: 0.0,
            p99_ms: 0.0,
            p999_ms: 0.0,
            errors,
            of_healthz: None,
            target: None,
            met: None,
            note: Some(note),
        }
    }
}

/// A whole run.
#[derive(Debug, Serialize)]
pub struct Report {
    pub machine: Machine,
    pub database: &'static str,
    pub customers: u64,
    pub tenants: u32,
    pub concurrency: usize,
    pub duration_seconds: f64,
    pub seeding_customers_per_second: f64,
    /// The most memory the server process held resident over the run.
    pub peak_resident_mb: f64,
    pub rows: Vec<Row>,
}

#[derive(Debug, Serialize)]
pub struct Machine {
    pub cores: usize,
    pub os: String,
    pub memory_mb: u64,
}

/// Latencies and errors of one scenario.
struct Sample {
    micros: Vec<u32>,
    errors: u64,
    first_error: Option<String>,
    seconds: f64,
}

impl Sample {
    fn of(mut self, name: &str) -> Row {
        self.micros.sort_unstable();
        let q = |p: f64| -> f64 {
            match self.micros.len() {
                0 => 0.0,
                n => self.micros[((n as f64 * p).ceil() as usize).clamp(1, n) - 1] as f64 / 1000.0,
            }
        };
        let ops = self.micros.len() as u64;
        Row {
            scenario: name.to_owned(),
            ops,
            seconds: self.seconds,
            per_second: ops as f64 / self.seconds.max(1e-9),
            p50_ms: q(0.50),
            p99_ms: q(0.99),
            p999_ms: q(0.999),
            errors: self.errors,
            of_healthz: None,
            target: None,
            met: None,
            note: self.first_error,
        }
    }
}

/// Runs `op(i)` from `concurrency` workers until `duration` has passed or
/// `limit` operations have started; each returns `Err` with why it failed.
async fn drive<F, Fut>(concurrency: usize, duration: Duration, limit: u64, op: F) -> Sample
where
    F: Fn(u64) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<(), String>> + Send,
{
    let next = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let deadline = started + duration;
    let mut workers = tokio::task::JoinSet::new();
    for _ in 0..concurrency {
        let (op, next) = (op.clone(), next.clone());
        workers.spawn(async move {
            let mut micros = Vec::with_capacity(4096);
            let (mut errors, mut first_error) = (0, None);
            while Instant::now() < deadline {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= limit {
                    break;
                }
                let t = Instant::now();
                let result = op(i).await;
                // Only what succeeded is timed: fast failures must not
                // flatter a row.
                match result {
                    Ok(()) => micros.push(t.elapsed().as_micros().min(u32::MAX as u128) as u32),
                    Err(e) => {
                        errors += 1;
                        first_error.get_or_insert(e);
                    }
                }
            }
            (micros, errors, first_error)
        });
    }
    let mut all = Sample {
        micros: Vec::new(),
        errors: 0,
        first_error: None,
        seconds: 0.0,
    };
    while let Some(done) = workers.join_next().await {
        let (micros, errors, first_error) = done.expect("a load worker does not panic");
        all.micros.extend(micros);
        all.errors += errors;
        if all.first_error.is_none() {
            all.first_error = first_error;
        }
    }
    all.seconds = started.elapsed().as_secs_f64();
    all
}

/// The same GET in the first tenant, again and again.
async fn repeat_get(load: &Load, concurrency: usize, duration: Duration, path: String) -> Sample {
    let (l, path) = (load.clone(), Arc::new(path));
    drive(concurrency, duration, u64::MAX, move |_| {
        let (l, path) = (l.clone(), path.clone());
        async move {
            l.call(Method::GET, 0, &path, None, StatusCode::OK)
                .await
                .map(drop)
        }
    })
    .await
}

/// One timed run of `f`, as a row of one operation.
async fn once<T>(f: impl Future<Output = anyhow::Result<T>>) -> (Sample, Option<T>) {
    let t = Instant::now();
    let result = f.await;
    let micros = t.elapsed().as_micros().min(u32::MAX as u128) as u32;
    let seconds = t.elapsed().as_secs_f64();
    match result {
        Ok(v) => (
            Sample {
                micros: vec![micros],
                errors: 0,
                first_error: None,
                seconds,
            },
            Some(v),
        ),
        Err(e) => (
            Sample {
                micros: vec![micros],
                errors: 1,
                first_error: Some(format!("{e:#}")),
                seconds,
            },
            None,
        ),
    }
}

/// A signed-in tenant for the load client.
#[derive(Clone)]
struct Tenant {
    id: Uuid,
    slug: String,
    owner_email: String,
    /// `Bearer …` of an admin API token.
    bearer: String,
    /// `steward_session=…` of the owner, for pages.
    cookie: String,
}

/// A seeded customer the client can look up.
#[derive(Clone)]
struct Known {
    tenant: usize,
    id: Uuid,
    email: String,
    name_prefix: String,
}

/// The HTTP side: one pooled client and what it knows about the data.
#[derive(Clone)]
struct Load {
    client: Client,
    base: String,
    password: String,
    tenants: Arc<Vec<Tenant>>,
    known: Arc<Vec<Known>>,
}

impl Load {
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The `i`th request's record: spread over every seeded tenant and
    /// record, the same one for the same `i`.
    fn pick(&self, i: u64) -> Known {
        self.known[(i.wrapping_mul(7919) % self.known.len() as u64) as usize].clone()
    }

    /// Sends as the tenant's admin token; the answer's status, its
    /// `Retry-After` and its body, read whole so the connection goes back to
    /// the pool.
    async fn send(
        &self,
        method: Method,
        tenant: usize,
        path: &str,
        body: Option<&Value>,
    ) -> Result<(StatusCode, Option<String>, bytes::Bytes), String> {
        let t = &self.tenants[tenant];
        let mut req = self
            .client
            .request(method, self.url(path))
            .header("authorization", &t.bearer);
        if let Some(b) = body {
            req = req
                .header("content-type", "application/json")
                .body(b.to_string());
        }
        let resp = req.send().await.map_err(|e| format!("{path}: {e}"))?;
        let status = resp.status();
        let retry_after = resp
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let bytes = resp.bytes().await.map_err(|e| format!("{path}: {e}"))?;
        Ok((status, retry_after, bytes))
    }

    /// Sends and checks the status.
    async fn call(
        &self,
        method: Method,
        tenant: usize,
        path: &str,
        body: Option<&Value>,
        expect: StatusCode,
    ) -> Result<bytes::Bytes, String> {
        let (status, _, bytes) = self.send(method, tenant, path, body).await?;
        match status == expect {
            true => Ok(bytes),
            false => Err(format!(
                "{path}: {status} {}",
                String::from_utf8_lossy(&bytes)
            )),
        }
    }

    async fn json(
        &self,
        method: Method,
        tenant: usize,
        path: &str,
        body: Option<&Value>,
        expect: StatusCode,
    ) -> Result<Value, String> {
        let bytes = self.call(method, tenant, path, body, expect).await?;
        serde_json::from_slice(&bytes).map_err(|e| format!("{path}: {e}"))
    }
}

/// The targets Steward is held to (see docs/performance.md), checked
/// against each row.
fn judge(row: &mut Row, healthz: f64) {
    let ratio = row.per_second / healthz.max(1e-9);
    let one_shot = [
        "retention tick, ",
        "bulk shred ",
        "SIGTERM",
        "outbox drain",
        "overload",
    ]
    .iter()
    .any(|p| row.scenario.starts_with(p) && row.scenario != "retention tick, idle");
    if row.scenario != "healthz" && !one_shot && row.scenario != "retention tick, idle" {
        row.of_healthz = Some(ratio);
    }
    let name = match row.scenario.as_str() {
        s if s.starts_with("bulk shred ") => "bulk shred",
        s if s.starts_with("retention tick, ") && s.ends_with(" due") => "retention tick, due",
        s if s.starts_with("SIGTERM") => "SIGTERM",
        s => s,
    };
    let (target, met): (&str, bool) = match name {
        "get customer" => (
            "≥ 40% of healthz, p99 ≤ 10 ms",
            ratio >= 0.40 && row.p99_ms <= 10.0,
        ),
        "search by email" | "search by name prefix" => ("≥ 25% of healthz", ratio >= 0.25),
        "list page (50)" => ("≥ 10% of healthz", ratio >= 0.10),
        "customers page (50 rows)" => ("p50 ≤ 10 ms one at a time", row.p50_ms <= 10.0),
        "create" | "patch" | "add note" | "complete" => ("≥ 3,000/s", row.per_second >= 3000.0),
        "PDF copy, 10 notes" => ("p50 ≤ 15 ms", row.p50_ms <= 15.0),
        "PDF copy, 300 notes" => ("p50 ≤ 150 ms", row.p50_ms <= 150.0),
        "shred" => ("p50 ≤ 10 ms", row.p50_ms <= 10.0),
        "bulk shred" => ("10,000 ≤ 10 s", row.p50_ms <= 10_000.0),
        "retention tick, idle" => ("≤ 5 ms", row.p50_ms <= 5.0),
        "retention tick, due" => ("10,000 due ≤ 5 s", row.p50_ms <= 5_000.0),
        "outbox drain" => ("≥ 1,000 deliveries/s", row.per_second >= 1000.0),
        // Failures are counted as errors as they happen.
        "overload, 2× concurrency" => ("only 2xx, or 503/429 + Retry-After", true),
        "SIGTERM" => ("all answered, exit 0 within grace", true),
        _ => return,
    };
    row.target = Some(target.to_owned());
    // A row that did nothing, or failed anywhere, meets nothing.
    row.met = Some(met && row.errors == 0 && row.ops > 0);
}

/// Seconds spent so far in each background job, from
/// `steward_job_duration_seconds` (the tick runs in this process).
fn job_seconds(state: &Services) -> BTreeMap<String, f64> {
    state
        .metrics
        .render()
        .lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("steward_job_duration_seconds_sum{job=\"")?;
            let (job, seconds) = rest.split_once("\"} ")?;
            Some((job.to_owned(), seconds.trim().parse().ok()?))
        })
        .collect()
}

fn machine() -> Machine {
    let memory_kb = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| {
            m.lines()
                .find(|l| l.starts_with("MemTotal:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        })
        .unwrap_or(0);
    Machine {
        cores: std::thread::available_parallelism().map_or(1, |n| n.get()),
        os: format!("{} {}", std::env::consts::OS, std::env::consts::ARCH),
        memory_mb: memory_kb / 1024,
    }
}

/// A memory figure of process `pid` from /proc/<pid>/status, in MB; 0 where
/// there is no /proc.
fn status_mb(pid: u32, key: &str) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(key))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

/// `steward serve` as a child process over the seeded data directory (and
/// database), with a configuration file of the benchmark's own: no
/// `STEWARD_*` variable of the caller reaches it.
struct Serve {
    process: tokio::process::Child,
    pid: u32,
    base: String,
    log: PathBuf,
}

impl Serve {
    async fn start(dir: &Path, toml: &str) -> anyhow::Result<Self> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let file = dir.join("serve.toml");
        std::fs::write(&file, format!("{toml}server.addr = \"127.0.0.1:{port}\"\n"))?;
        let log = dir.join("serve.log");
        let out = std::fs::File::create(&log)?;
        let mut command = tokio::process::Command::new(std::env::current_exe()?);
        command
            .arg("serve")
            .env("STEWARD_CONFIG", &file)
            .stdin(std::process::Stdio::null())
            .stdout(out.try_clone()?)
            .stderr(out)
            .kill_on_drop(true);
        // Configuration keys are read from the environment whatever their
        // case, so every spelling goes.
        for (name, _) in std::env::vars_os() {
            let upper = name.to_string_lossy().to_ascii_uppercase();
            if upper.starts_with("STEWARD_") && name != "STEWARD_CONFIG" {
                command.env_remove(name);
            }
        }
        let process = command.spawn().context("starting `steward serve`")?;
        let pid = process
            .id()
            .ok_or_else(|| anyhow!("`steward serve` has no process ID"))?;
        let mut serve = Self {
            process,
            pid,
            base: format!("http://127.0.0.1:{port}"),
            log,
        };
        let client = Client::new();
        let ready = serve.base.clone() + "/readyz";
        let waiting = Instant::now();
        loop {
            if let Some(status) = serve.process.try_wait()? {
                bail!("`steward serve` stopped ({status}):\n{}", serve.log_tail());
            }
            if let Ok(r) = client.get(&ready).send().await
                && r.status() == StatusCode::OK
            {
                return Ok(serve);
            }
            if waiting.elapsed() > Duration::from_secs(120) {
                bail!(
                    "`steward serve` was not ready within 2 minutes:\n{}",
                    serve.log_tail()
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(20)..].join("\n")
    }

    /// A memory figure of the server, in MB.
    fn mb(&self, key: &str) -> f64 {
        status_mb(self.pid, key)
    }

    fn terminate(&self) -> anyhow::Result<()> {
        let pid = libc::pid_t::try_from(self.pid)?;
        // SAFETY: kill(2) only sends a signal; the child is ours and alive
        // (it is reaped only by `wait` below).
        match unsafe { libc::kill(pid, libc::SIGTERM) } {
            0 => Ok(()),
            _ => Err(std::io::Error::last_os_error().into()),
        }
    }

    /// Sends SIGTERM and waits up to `within` for a clean exit.
    async fn stop(&mut self, within: Duration) -> anyhow::Result<std::process::ExitStatus> {
        self.terminate()?;
        match tokio::time::timeout(within, self.process.wait()).await {
            Ok(status) => Ok(status?),
            Err(_) => {
                self.process.kill().await?;
                bail!("`steward serve` did not exit within {within:?} of SIGTERM")
            }
        }
    }

    /// Requests the server is handling now, from its metrics.
    async fn in_flight(&self, client: &Client) -> anyhow::Result<u64> {
        let text = client
            .get(format!("{}/metrics", self.base))
            .send()
            .await?
            .text()
            .await?;
        text.lines()
            .find_map(|l| l.strip_prefix("steward_http_requests_in_flight "))
            .and_then(|v| v.trim().parse().ok())
            .ok_or_else(|| anyhow!("the server's metrics have no in-flight gauge"))
    }
}

/// The receiving end of the outbox drain: a webhook receiver on loopback
/// that counts what it is sent.
#[handler]
fn receive_hook(received: Data<&Arc<AtomicU64>>) -> StatusCode {
    received.fetch_add(1, Ordering::Relaxed);
    StatusCode::NO_CONTENT
}

/// Active customer IDs of a tenant, `skip` in, at most `take`.
async fn active_ids(
    state: &Services,
    tenant: Uuid,
    skip: u64,
    take: u64,
) -> anyhow::Result<Vec<Uuid>> {
    Ok(customer::Entity::find()
        .select_only()
        .column(customer::Column::Id)
        .filter(customer::Column::TenantId.eq(tenant))
        .filter(customer::Column::State.eq("active"))
        .filter(customer::Column::LegalHold.eq(false))
        .offset(skip)
        .limit(take)
        .into_tuple::<Uuid>()
        .all(&state.db.main)
        .await?)
}

/// How long the server may take to finish in-flight requests on SIGTERM.
const GRACE: Duration = Duration::from_secs(10);

/// A seeded throw-away Steward, served by a child process, and a client
/// signed in to its first (up to eight) tenants.
struct Prepared {
    /// The data directory; deleted when this goes.
    _dir: tempfile::TempDir,
    state: Services,
    clock: Clock,
    seeded: seed::SeedReport,
    server: Serve,
    load: Load,
    database: &'static str,
}

/// Seeds a throw-away Steward and serves it; `jobs` is the served
/// configuration's job schedule.
async fn prepare(options: &Options, schedule: &str) -> anyhow::Result<Prepared> {
    if options.tenants < 4 {
        bail!("--tenants must be at least 4: the last three are kept for retention and erasure");
    }
    if options.customers < u64::from(options.tenants) * 100 {
        bail!("--customers must be at least 100 per tenant");
    }
    let dir = tempfile::Builder::new()
        .prefix("steward-bench-")
        .tempdir()
        .context("a temporary data directory")?;
    let mut toml = format!(
        "data_dir = {:?}\nserver.body_limit = 8388608\n\
         auth.max_failures_per_ip = 1000000000\nauth.max_failures_per_account = 1000000000\n",
        dir.path().display().to_string()
    );
    // Only what is given here: a database, key store or master key set in
    // the environment for `serve` is never touched by the benchmark.
    let (url, database) = match &options.database_url {
        Some(url) => (url.as_str(), "postgresql"),
        None => ("", "sqlite"),
    };
    // A master key of its own, for this throw-away instance only (rather
    // than one generated into the data directory with a warning to keep it).
    let master = {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD.encode(crate::crypto::Key::generate().as_bytes())
    };
    toml.push_str(&format!(
        "database.url = {url:?}\nkeystore.url = \"\"\ncrypto.master_key = {master:?}\n"
    ));
    let config = Config::from_figment(Config::figment().merge(Toml::string(&toml)))
        .map_err(|e| anyhow!("{e}"))?;
    // Checked before anything is migrated: a mistyped URL of a database in
    // use must not be changed.
    if let Some(url) = &options.database_url {
        let db = crate::db::connect(url, &config.database)
            .await
            .context("--database-url")?;
        let tables = db
            .query_one_raw(Statement::from_string(
                db.get_database_backend(),
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()",
            ))
            .await?
            .map(|row| row.try_get_by_index::<i64>(0))
            .transpose()?
            .unwrap_or(0);
        if tables > 0 {
            bail!(
                "--database-url must name an empty database ({tables} tables found): the benchmark seeds its own"
            );
        }
    }
    let clock = Clock::default();
    let webhooks = crate::sync::delivery::client(&config);
    let state = Services::start(config, clock.clone(), webhooks).await?;

    eprintln!(
        "seeding {} customers in {} tenants…",
        options.customers, options.tenants
    );
    let seeded = seed::run(&state, options.tenants, options.customers).await?;
    let password = seeded
        .owner_password
        .clone()
        .ok_or_else(|| anyhow!("the seeded tenants have no known password"))?;
    eprintln!("seeded at {:.0} customers/s", seeded.customers_per_second);

    // The server takes as many requests at once as the load sends, so the
    // overload row (twice as many) sees requests refused; webhooks go to
    // loopback.
    let served = format!(
        "{toml}server.max_in_flight = {}\nserver.shutdown_grace = \"PT{}S\"\n{schedule}\
         integrations.allow_private = true\nlog.level = \"warn\"\n",
        options.concurrency,
        GRACE.as_secs()
    );
    let server = Serve::start(dir.path(), &served).await?;
    let client = Client::builder()
        .pool_max_idle_per_host(options.concurrency * 2)
        .build()?;
    let base = server.base.clone();

    // Up to eight tenants take the load, each through an admin token; the
    // last three are kept apart for retention, shredding and bulk shredding.
    let (kept, _) = seeded.tenants.split_at(seeded.tenants.len() - 3);
    let mut tenants = Vec::new();
    for t in kept.iter().take(8) {
        tenants.push(sign_in(&client, &base, t.id, &t.slug, &t.owner_email, &password).await?);
    }
    let mut load = Load {
        client,
        base,
        password,
        tenants: Arc::new(tenants),
        known: Arc::new(Vec::new()),
    };
    load.known = Arc::new(known_customers(&state, &load).await?);
    Ok(Prepared {
        _dir: dir,
        state,
        clock,
        seeded,
        server,
        load,
        database,
    })
}

/// Runs the benchmark and returns its report.
pub async fn run(options: Options) -> anyhow::Result<Report> {
    // The server's own job runner stays out of the way of the ticks timed here.
    let Prepared {
        _dir,
        state,
        clock,
        seeded,
        mut server,
        mut load,
        database,
    } = prepare(
        &options,
        "jobs.interval = \"P1D\"\njobs.sweep_interval = \"P1D\"\n",
    )
    .await?;
    let grace = GRACE;
    let (_, loaded) = seeded.tenants.split_at(seeded.tenants.len() - 3);

    let c = options.concurrency;
    let d = options.duration;
    let wants = |name: &str| {
        let name = name.to_lowercase();
        options.only.is_empty()
            || options
                .only
                .iter()
                .any(|o| name.contains(&o.trim().to_lowercase()))
    };
    let mut rows = Vec::new();
    let pid = server.pid;
    let mut run_row = |row: Row| {
        eprintln!(
            "  {:<34} {:>9.0}/s  p50 {:>8.2} ms  errors {}  server resident {:.0} MB",
            row.scenario,
            row.per_second,
            row.p50_ms,
            row.errors,
            status_mb(pid, "VmRSS:")
        );
        rows.push(row);
    };

    let l = load.clone();
    run_row(
        drive(c, d, u64::MAX, move |_| {
            let l = l.clone();
            async move {
                let resp = l
                    .client
                    .get(l.url("/healthz"))
                    .send()
                    .await
                    .map_err(|e| e.to_string())?;
                let ok = resp.status() == StatusCode::OK;
                resp.bytes().await.map_err(|e| e.to_string())?;
                ok.then_some(()).ok_or_else(|| "healthz failed".to_owned())
            }
        })
        .await
        .of("healthz"),
    );

    if wants("login") {
        let l = load.clone();
        run_row(
            drive(c, d, u64::MAX, move |i| {
                let l = l.clone();
                async move {
                    let t = &l.tenants[i as usize % l.tenants.len()];
                    let body =
                        json!({ "tenant": t.slug, "email": t.owner_email, "password": l.password });
                    let resp = l
                        .client
                        .post(l.url("/api/v1/auth/login"))
                        .header("content-type", "application/json")
                        .body(body.to_string())
                        .send()
                        .await
                        .map_err(|e| e.to_string())?;
                    let status = resp.status();
                    resp.bytes().await.map_err(|e| e.to_string())?;
                    (status == StatusCode::OK)
                        .then_some(())
                        .ok_or_else(|| format!("login: {status}"))
                }
            })
            .await
            .of("login"),
        );
    }

    macro_rules! get_row {
        ($name:expr, $path:expr) => {
            if wants($name) {
                let l = load.clone();
                run_row(
                    drive(c, d, u64::MAX, move |i| {
                        let l = l.clone();
                        let k = l.pick(i);
                        async move {
                            let path: String = $path(&k);
                            l.call(Method::GET, k.tenant, &path, None, StatusCode::OK)
                                .await
                                .map(drop)
                        }
                    })
                    .await
                    .of($name),
                );
            }
        };
    }
    get_row!("get customer", |k: &Known| format!(
        "/api/v1/customers/{}",
        k.id
    ));
    get_row!("search by email", |k: &Known| format!(
        "/api/v1/customers?q={}",
        percent_encoding::utf8_percent_encode(&k.email, percent_encoding::NON_ALPHANUMERIC)
    ));
    get_row!("search by name prefix", |k: &Known| format!(
        "/api/v1/customers?limit=50&q={}",
        percent_encoding::utf8_percent_encode(&k.name_prefix, percent_encoding::NON_ALPHANUMERIC)
    ));
    get_row!("list page (50)", |_k: &Known| "/api/v1/customers?limit=50"
        .to_owned());

    if wants("customers page") {
        let l = load.clone();
        run_row(
            drive(1, d, u64::MAX, move |i| {
                let l = l.clone();
                async move {
                    let t = &l.tenants[i as usize % l.tenants.len()];
                    let resp = l
                        .client
                        .get(l.url("/customers"))
                        .header("cookie", &t.cookie)
                        .send()
                        .await
                        .map_err(|e| e.to_string())?;
                    let status = resp.status();
                    let html = resp.text().await.map_err(|e| e.to_string())?;
                    match status == StatusCode::OK
                        && html.matches("<th scope=\"row\">").count() == 50
                    {
                        true => Ok(()),
                        false => Err(format!("/customers: {status}, not 50 rows")),
                    }
                }
            })
            .await
            .of("customers page (50 rows)"),
        );
    }

    // Writes, spread over the load tenants.
    if wants("create") {
        let l = load.clone();
        run_row(
            drive(c, d, u64::MAX, move |i| {
                let l = l.clone();
                async move {
                    let body = json!({ "name": format!("Bench Create {i}"), "email": format!("create-{i}@bench.test") });
                    l.call(Method::POST, i as usize % l.tenants.len(), "/api/v1/customers", Some(&body), StatusCode::CREATED)
                        .await
                        .map(drop)
                }
            })
            .await
            .of("create"),
        );
    }
    if wants("patch") {
        // One record per worker slot, patched again and again with its version.
        let mut own = Vec::new();
        for w in 0..c {
            let t = w % load.tenants.len();
            let body = json!({ "name": format!("Bench Patch {w}") });
            let made = load
                .json(
                    Method::POST,
                    t,
                    "/api/v1/customers",
                    Some(&body),
                    StatusCode::CREATED,
                )
                .await
                .map_err(|e| anyhow!(e))?;
            own.push((t, made["id"].as_str().unwrap_or_default().to_owned()));
        }
        let versions: Arc<Vec<AtomicU64>> = Arc::new((0..c).map(|_| AtomicU64::new(1)).collect());
        let busy: Arc<Vec<tokio::sync::Mutex<()>>> =
            Arc::new((0..c).map(|_| tokio::sync::Mutex::new(())).collect());
        let own = Arc::new(own);
        let l = load.clone();
        run_row(
            drive(c, d, u64::MAX, move |i| {
                let (l, own, versions, busy) =
                    (l.clone(), own.clone(), versions.clone(), busy.clone());
                async move {
                    let slot = i as usize % own.len();
                    let _mine = busy[slot].lock().await;
                    let (t, id) = &own[slot];
                    let version = versions[slot].load(Ordering::Relaxed);
                    let body = json!({ "company": format!("Bench Ltd {i}"), "version": version });
                    let done = l
                        .json(
                            Method::PATCH,
                            *t,
                            &format!("/api/v1/customers/{id}"),
                            Some(&body),
                            StatusCode::OK,
                        )
                        .await?;
                    versions[slot].store(
                        done["version"].as_u64().unwrap_or(version + 1),
                        Ordering::Relaxed,
                    );
                    Ok(())
                }
            })
            .await
            .of("patch"),
        );
    }
    if wants("add note") {
        let l = load.clone();
        run_row(
            drive(c, d, u64::MAX, move |i| {
                let l = l.clone();
                let k = l.pick(i);
                async move {
                    let body =
                        json!({ "body": format!("Called back about order {i}; all settled.") });
                    l.call(
                        Method::POST,
                        k.tenant,
                        &format!("/api/v1/customers/{}/notes", k.id),
                        Some(&body),
                        StatusCode::CREATED,
                    )
                    .await
                    .map(drop)
                }
            })
            .await
            .of("add note"),
        );
    }

    if wants("outbox") {
        run_row(outbox_drain(&state, &load, c, d).await?);
    }

    let mut spare = Vec::new();
    for t in loaded {
        let signed = sign_in(
            &load.client,
            &load.base,
            t.id,
            &t.slug,
            &t.owner_email,
            &load.password,
        )
        .await?;
        let mut all = (*load.tenants).clone();
        all.push(signed);
        spare.push((t.id, all.len() - 1));
        load.tenants = Arc::new(all);
    }
    let [
        (due_tenant, due_index),
        (shred_tenant, shred_index),
        (bulk_tenant, bulk_index),
    ] = spare[..]
    else {
        bail!("three tenants are kept for retention and erasure");
    };
    let per_tenant = options.customers / u64::from(options.tenants);
    let due = per_tenant.min(10_000);
    if wants("complete") || wants("retention") {
        // Records completed here expire a second later, for the due tick.
        let policy = json!({ "expire_after": "PT1S", "action": "notify" });
        load.call(
            Method::PUT,
            due_index,
            "/api/v1/retention",
            Some(&policy),
            StatusCode::OK,
        )
        .await
        .map_err(|e| anyhow!(e))?;
        // Idle: every seeded record looked at, none due.
        let st = state.clone();
        let before = job_seconds(&state);
        let idle = drive(1, Duration::from_secs(2), 50, move |_| {
            let st = st.clone();
            async move { jobs::tick(&st).await.map(drop).map_err(|e| e.to_string()) }
        });
        let mut row = idle.await.of("retention tick, idle");
        let runs = row.ops.max(1) as f64;
        let mut spent: Vec<(String, f64)> = job_seconds(&state)
            .into_iter()
            .map(|(job, s)| {
                let ms = (s - before.get(&job).copied().unwrap_or(0.0)) * 1000.0 / runs;
                (job, ms)
            })
            .filter(|(_, ms)| *ms > 0.0)
            .collect();
        spent.sort_by(|a, b| b.1.total_cmp(&a.1));
        let spent: Vec<String> = spent
            .iter()
            .map(|(job, ms)| format!("{job} {ms:.2}"))
            .collect();
        // The sweep runs apart from the tick, on its own slower schedule.
        let started = Instant::now();
        let sweep = match jobs::sweep(&state).await {
            Ok(_) => format!(
                "{:.0} ms for {} keys",
                started.elapsed().as_secs_f64() * 1000.0,
                thousands(u64::from(state.config.jobs.sweep_keys)),
            ),
            Err(e) => format!("failed: {e}"),
        };
        let spent = format!(
            "ms per job: {}; the orphan-key sweep (apart, every {}): {sweep}",
            spent.join(", "),
            state.config.jobs.sweep_interval,
        );
        row.note = Some(match row.note.take() {
            Some(error) => format!("{error}; {spent}"),
            None => spent,
        });
        run_row(row);
        let ids = Arc::new(active_ids(&state, due_tenant, 0, due).await?);
        let (l, pool) = (load.clone(), ids.clone());
        let completed = drive(
            c,
            d.max(Duration::from_secs(60)),
            pool.len() as u64,
            move |i| {
                let (l, pool) = (l.clone(), pool.clone());
                async move {
                    let id = pool[i as usize];
                    l.call(
                        Method::POST,
                        due_index,
                        &format!("/api/v1/customers/{id}/complete"),
                        Some(&json!({})),
                        StatusCode::OK,
                    )
                    .await
                    .map(drop)
                }
            },
        )
        .await
        .of("complete");
        let now_due = completed.ops - completed.errors;
        run_row(completed);
        // Past the one-second period: every record just completed is due.
        clock.advance(TimeDelta::seconds(2));
        let (mut sample, summary) = once(async { Ok(jobs::tick(&state).await?) }).await;
        let expired = summary.map_or(0, |s| s.retention.expired);
        if expired != now_due {
            sample.errors += 1;
            sample.first_error = Some(format!("{expired} of {now_due} due records expired"));
        }
        run_row(sample.of(&format!("retention tick, {} due", thousands(now_due))));
    }

    // Records with 10 and 300 notes: for the copies, the overload mix and
    // the slow requests in flight at SIGTERM.
    let mut heavy = Vec::new();
    if wants("PDF") || wants("export") || wants("overload") || wants("sigterm") {
        for notes in [10usize, 300] {
            let t = 0;
            let body = json!({ "name": format!("Bench Copy {notes}"), "email": format!("copy-{notes}@bench.test") });
            let made = load
                .json(
                    Method::POST,
                    t,
                    "/api/v1/customers",
                    Some(&body),
                    StatusCode::CREATED,
                )
                .await
                .map_err(|e| anyhow!(e))?;
            let id = made["id"].as_str().unwrap_or_default().to_owned();
            for n in 0..notes {
                let note = json!({ "body": format!("Note {n}: the customer asked about delivery times and was told the usual three to five working days.") });
                load.call(
                    Method::POST,
                    t,
                    &format!("/api/v1/customers/{id}/notes"),
                    Some(&note),
                    StatusCode::CREATED,
                )
                .await
                .map_err(|e| anyhow!(e))?;
            }
            heavy.push((notes, id));
        }
    }
    if wants("PDF") || wants("export") {
        for (notes, id) in &heavy {
            let pdf = format!("/api/v1/customers/{id}/copy.pdf");
            run_row(
                repeat_get(&load, c, d, pdf.clone())
                    .await
                    .of(&format!("PDF copy, {notes} notes")),
            );
            // What one copy costs, without the queue of the row above.
            run_row(
                repeat_get(&load, 1, d, pdf)
                    .await
                    .of(&format!("PDF copy, {notes} notes, one at a time")),
            );
            if *notes == 10 {
                let export = format!("/api/v1/customers/{id}/export.json");
                run_row(
                    repeat_get(&load, c, d, export)
                        .await
                        .of("JSON export, 10 notes"),
                );
            }
        }
    }

    if wants("shred") {
        let single = Arc::new(active_ids(&state, shred_tenant, 0, per_tenant).await?);
        let (l, pool) = (load.clone(), single.clone());
        run_row(
            drive(c, d, pool.len() as u64, move |i| {
                let (l, pool) = (l.clone(), pool.clone());
                async move {
                    let id = pool[i as usize];
                    let body = json!({ "confirm": id.to_string() });
                    l.call(
                        Method::POST,
                        shred_index,
                        &format!("/api/v1/customers/{id}/shred"),
                        Some(&body),
                        StatusCode::OK,
                    )
                    .await
                    .map(drop)
                }
            })
            .await
            .of("shred"),
        );
        let many = active_ids(&state, bulk_tenant, 0, 10_000).await?;
        let count = many.len();
        let body = json!({ "ids": many, "confirm": count });
        let l = load.clone();
        let (sample, _) = once(async move {
            l.call(
                Method::POST,
                bulk_index,
                "/api/v1/customers/shred",
                Some(&body),
                StatusCode::OK,
            )
            .await
            .map_err(|e| anyhow!(e))
        })
        .await;
        let mut row = sample.of(&format!("bulk shred {}", thousands(count as u64)));
        row.ops = count as u64;
        row.per_second = count as f64 / row.seconds.max(1e-9);
        run_row(row);
    }

    if wants("overload") {
        let before = server.mb("VmRSS:");
        let mut row = overload(&load, &heavy, 2 * c, d).await;
        row.note = Some(format!(
            "{} server resident {before:.0} MB before, {:.0} MB after{}",
            row.note.take().unwrap_or_default(),
            server.mb("VmRSS:"),
            match server.mb("VmHWM:") {
                0.0 => String::new(),
                peak => format!(", peak so far {peak:.0} MB"),
            }
        ));
        run_row(row);
    }

    let peak = server.mb("VmHWM:");
    match (wants("sigterm"), heavy.last()) {
        (true, Some((_, id))) => {
            let path = format!("/api/v1/customers/{id}/copy.pdf");
            run_row(sigterm(&mut server, &load, &path, c, grace).await?);
        }
        _ => {
            server.stop(grace * 2).await?;
        }
    }
    let healthz = rows[0].per_second;
    for row in &mut rows {
        judge(row, healthz);
    }
    let mut seeding = Row::total(
        "seeding",
        seeded.counts.customers,
        seeded.seconds,
        0,
        format!(
            "{} notes, {} consents",
            seeded.counts.notes, seeded.counts.consents
        ),
    );
    seeding.per_second = seeded.customers_per_second;
    seeding.target = Some("≥ 50,000 customers/s".into());
    seeding.met = Some(seeded.customers_per_second >= 50_000.0);
    rows.push(seeding);
    let mut memory = Row::total(
        "server memory",
        0,
        0.0,
        0,
        format!(
            "peak {peak:.0} MB resident: the `steward serve` process alone, over every scenario"
        ),
    );
    memory.per_second = 0.0;
    memory.target = Some("≤ 250 MB resident".into());
    // Without /proc the figure is unknown, not met.
    memory.met = (peak > 0.0).then_some(peak <= 250.0);
    rows.push(memory);
    Ok(Report {
        machine: machine(),
        database,
        customers: options.customers,
        tenants: options.tenants,
        concurrency: c,
        duration_seconds: d.as_secs_f64(),
        seeding_customers_per_second: seeded.customers_per_second,
        peak_resident_mb: peak,
        rows,
    })
}

/// Consent changes queue webhooks for an integration that is switched off;
/// then it is switched on and the time until a local receiver has them all
/// is measured.
async fn outbox_drain(
    state: &Services,
    load: &Load,
    concurrency: usize,
    duration: Duration,
) -> anyhow::Result<Row> {
    let received = Arc::new(AtomicU64::new(0));
    let acceptor = TcpListener::bind("127.0.0.1:0").into_acceptor().await?;
    let addr = *acceptor.local_addr()[0]
        .as_socket_addr()
        .ok_or_else(|| anyhow!("no loopback address"))?;
    let receiver = tokio::spawn(
        Server::new_with_acceptor(acceptor).run(
            poem::Route::new()
                .at("/hook", poem::post(receive_hook))
                .data(received.clone()),
        ),
    );
    let t = 0;
    let integration = load
        .json(
            Method::POST,
            t,
            "/api/v1/integrations",
            Some(&json!({
                "kind": "webhook",
                "url": format!("http://{addr}/hook"),
                "events": ["consent.updated"],
                "enabled": false,
            })),
            StatusCode::CREATED,
        )
        .await
        .map_err(|e| anyhow!(e))?;
    let path = format!(
        "/api/v1/integrations/{}",
        integration["id"].as_str().unwrap_or_default()
    );
    // Every record of the first tenant is flipped once per round, so each
    // change is a change and queues an event.
    let mine: Arc<Vec<Known>> = Arc::new(
        load.known
            .iter()
            .filter(|k| k.tenant == t)
            .cloned()
            .collect(),
    );
    if mine.is_empty() {
        bail!("no known records in the first tenant");
    }
    let (l, m) = (load.clone(), mine.clone());
    let queued = drive(concurrency, duration, 10_000, move |i| {
        let (l, m) = (l.clone(), m.clone());
        async move {
            let k = &m[i as usize % m.len()];
            let granted = (i as usize / m.len()).is_multiple_of(2);
            l.call(
                Method::PUT,
                t,
                &format!("/api/v1/customers/{}/consent/marketing_email", k.id),
                Some(&json!({ "granted": granted, "basis": "consent" })),
                StatusCode::OK,
            )
            .await
            .map(drop)
        }
    })
    .await;
    if queued.errors > 0 {
        bail!(
            "queueing events failed: {}",
            queued.first_error.unwrap_or_default()
        );
    }
    // Every event handed out (as a delivery held back) before counting.
    let tenant = load.tenants[t].id;
    let waiting = Instant::now();
    while entity::outbox_event::Entity::find()
        .filter(entity::outbox_event::Column::TenantId.eq(tenant))
        .count(&state.db.main)
        .await?
        > 0
    {
        if waiting.elapsed() > Duration::from_secs(60) {
            bail!("the queued events were not handed out within a minute");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let pending = load
        .json(Method::GET, t, &path, None, StatusCode::OK)
        .await
        .map_err(|e| anyhow!(e))?["pending"]
        .as_u64()
        .unwrap_or(0);
    let started = Instant::now();
    load.call(
        Method::PATCH,
        t,
        &path,
        Some(&json!({ "enabled": true })),
        StatusCode::OK,
    )
    .await
    .map_err(|e| anyhow!(e))?;
    let deadline = started + Duration::from_secs(120);
    while received.load(Ordering::Relaxed) < pending && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let seconds = started.elapsed().as_secs_f64();
    let got = received.load(Ordering::Relaxed);
    receiver.abort();
    let errors = u64::from(pending == 0 || got != pending);
    Ok(Row::total(
        "outbox drain",
        got,
        seconds,
        errors,
        format!(
            "{got} of {pending} queued webhooks received in {seconds:.2} s, from switching the integration on (the sender looks every second)"
        ),
    ))
}

/// A mix of reads, writes and copies from `concurrency` workers, twice what
/// the server admits: each answer must be the operation's own success, or a
/// refusal (503 or 429) that says when to come back.
async fn overload(
    load: &Load,
    heavy: &[(usize, String)],
    concurrency: usize,
    duration: Duration,
) -> Row {
    let refused = Arc::new(AtomicU64::new(0));
    let copy = heavy
        .first()
        .map(|(_, id)| format!("/api/v1/customers/{id}/copy.pdf"));
    let served = Arc::new(std::sync::Mutex::new(Vec::new()));
    let (l, r, s) = (load.clone(), refused.clone(), served.clone());
    let mut sample = drive(concurrency, duration, u64::MAX, move |i| {
        let (l, r, s, copy) = (l.clone(), r.clone(), s.clone(), copy.clone());
        let k = l.pick(i);
        async move {
            let (method, tenant, path, body, expect) = match (i % 5, copy) {
                (0, _) => (
                    Method::GET,
                    k.tenant,
                    format!("/api/v1/customers/{}", k.id),
                    None,
                    StatusCode::OK,
                ),
                (1, _) => (
                    Method::GET,
                    k.tenant,
                    "/api/v1/customers?limit=50".to_owned(),
                    None,
                    StatusCode::OK,
                ),
                (2, _) => (
                    Method::POST,
                    k.tenant,
                    "/api/v1/customers".to_owned(),
                    Some(json!({ "name": format!("Bench Overload {i}") })),
                    StatusCode::CREATED,
                ),
                (3, Some(copy)) => (Method::GET, 0, copy, None, StatusCode::OK),
                _ => (
                    Method::POST,
                    k.tenant,
                    format!("/api/v1/customers/{}/notes", k.id),
                    Some(json!({ "body": format!("Overload note {i}.") })),
                    StatusCode::CREATED,
                ),
            };
            let t = Instant::now();
            let (status, retry_after, bytes) = l.send(method, tenant, &path, body.as_ref()).await?;
            let refusal = matches!(status.as_u16(), 429 | 503);
            match (status == expect, refusal, retry_after) {
                (true, _, _) => {
                    let micros = t.elapsed().as_micros().min(u32::MAX as u128) as u32;
                    s.lock().unwrap_or_else(|p| p.into_inner()).push(micros);
                    Ok(())
                }
                (false, true, Some(secs)) if secs.parse::<u64>().is_ok() => {
                    r.fetch_add(1, Ordering::Relaxed);
                    Ok(())
                }
                _ => Err(format!(
                    "{path}: {status} {}",
                    String::from_utf8_lossy(&bytes)
                )),
            }
        }
    })
    .await;
    // The row is what was served: refusals are counted, not timed.
    sample.micros = std::mem::take(&mut *served.lock().unwrap_or_else(|p| p.into_inner()));
    let mut row = sample.of("overload, 2× concurrency");
    let refused = refused.load(Ordering::Relaxed);
    if row.ops == 0 {
        row.errors += 1;
    }
    row.note = Some(format!(
        "{} served, {refused} refused at once with Retry-After (a refused worker goes straight on to its next request){};",
        row.ops,
        row.note
            .as_ref()
            .map_or(String::new(), |e| format!(" (first error: {e})"))
    ));
    row
}

/// `concurrency` slow requests in flight, then SIGTERM: each must be answered
/// in full, and the server must exit cleanly within its grace period.
async fn sigterm(
    server: &mut Serve,
    load: &Load,
    path: &str,
    concurrency: usize,
    grace: Duration,
) -> anyhow::Result<Row> {
    let done = Arc::new(AtomicU64::new(0));
    let mut calls = tokio::task::JoinSet::new();
    for _ in 0..concurrency {
        let (l, path, done) = (load.clone(), path.to_owned(), done.clone());
        calls.spawn(async move {
            let result = l.call(Method::GET, 0, &path, None, StatusCode::OK).await;
            done.fetch_add(1, Ordering::Relaxed);
            result.map(drop)
        });
    }
    // Signalled only once every request has reached the server.
    let waiting = Instant::now();
    // `done` is read before the gauge: a request that finishes in between
    // is then counted in neither, never in both.
    loop {
        let finished = done.load(Ordering::Relaxed);
        if server.in_flight(&load.client).await? + finished >= concurrency as u64 {
            break;
        }
        if waiting.elapsed() > Duration::from_secs(60) {
            bail!("the slow requests never all reached the server");
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    let in_flight = concurrency as u64 - done.load(Ordering::Relaxed);
    // With nothing in flight the drain was not tried.
    let mut errors = u64::from(in_flight == 0);
    let signalled = Instant::now();
    let exit = server.stop(grace + Duration::from_secs(5)).await;
    let seconds = signalled.elapsed().as_secs_f64();
    let (mut answered, mut first_error) = (0u64, None);
    while let Some(call) = calls.join_next().await {
        match call.map_err(|e| e.to_string()).and_then(|r| r) {
            Ok(()) => answered += 1,
            Err(e) => {
                errors += 1;
                first_error.get_or_insert(e);
            }
        }
    }
    let exit = match exit {
        Ok(status) if status.success() && seconds <= grace.as_secs_f64() => {
            format!("exited cleanly after {seconds:.2} s")
        }
        Ok(status) => {
            errors += 1;
            format!("exited with {status} after {seconds:.2} s")
        }
        Err(e) => {
            errors += 1;
            format!("{e:#}")
        }
    };
    let mut row = Row::total(
        format!("SIGTERM, {in_flight} in flight"),
        answered,
        seconds,
        errors,
        format!(
            "{answered} of {concurrency} copies answered in full; {exit} (grace {} s){}",
            grace.as_secs(),
            first_error.map_or(String::new(), |e| format!("; first error: {e}"))
        ),
    );
    // The figure is the time from the signal to the exit.
    row.per_second = 0.0;
    row.p50_ms = seconds * 1000.0;
    Ok(row)
}

fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// Signs the owner in and makes an admin API token for the load.
async fn sign_in(
    client: &Client,
    base: &str,
    id: Uuid,
    slug: &str,
    owner_email: &str,
    password: &str,
) -> anyhow::Result<Tenant> {
    let body = json!({ "tenant": slug, "email": owner_email, "password": password });
    let resp = client
        .post(format!("{base}/api/v1/auth/login"))
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await?;
    if resp.status() != StatusCode::OK {
        bail!("signing in to {slug} failed: {}", resp.status());
    }
    let cookie = resp
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("steward_session="))
        .and_then(|v| v.split(';').next())
        .ok_or_else(|| anyhow!("no session cookie"))?
        .to_owned();
    let login: Value = serde_json::from_slice(&resp.bytes().await?)?;
    let csrf = login["csrf_token"].as_str().unwrap_or_default().to_owned();
    let resp = client
        .post(format!("{base}/api/v1/tokens"))
        .header("cookie", &cookie)
        .header("x-csrf-token", csrf)
        .header("content-type", "application/json")
        .body(json!({ "name": "bench", "role": "admin" }).to_string())
        .send()
        .await?;
    if !resp.status().is_success() {
        bail!("making a token in {slug} failed: {}", resp.status());
    }
    let made: Value = serde_json::from_slice(&resp.bytes().await?)?;
    Ok(Tenant {
        id,
        slug: slug.to_owned(),
        owner_email: owner_email.to_owned(),
        bearer: format!("Bearer {}", made["token"].as_str().unwrap_or_default()),
        cookie,
    })
}

/// A sample of seeded customers with their email and a name prefix, read
/// through the API as a client would.
async fn known_customers(state: &Services, load: &Load) -> anyhow::Result<Vec<Known>> {
    let mut known = Vec::new();
    for (t, tenant) in load.tenants.iter().enumerate() {
        for id in active_ids(state, tenant.id, 0, 64).await? {
            let c = load
                .json(
                    Method::GET,
                    t,
                    &format!("/api/v1/customers/{id}"),
                    None,
                    StatusCode::OK,
                )
                .await
                .map_err(|e| anyhow!(e))?;
            let (Some(email), Some(name)) = (c["email"].as_str(), c["name"].as_str()) else {
                continue;
            };
            let word = name.split_whitespace().next().unwrap_or_default();
            if word.chars().count() < 3 {
                continue;
            }
            known.push(Known {
                tenant: t,
                id,
                email: email.to_owned(),
                name_prefix: word.chars().take(4).collect(),
            });
        }
    }
    if known.is_empty() {
        bail!("no seeded customer could be read back");
    }
    Ok(known)
}

/// The report as a table, for people.
pub fn table(report: &Report) -> String {
    let mut out = format!(
        "Steward bench — {} customers in {} tenants, {}, {} connections, {:.0} s per scenario\nmachine: {} cores, {} MB, {}\n\n",
        thousands(report.customers),
        report.tenants,
        report.database,
        report.concurrency,
        report.duration_seconds,
        report.machine.cores,
        report.machine.memory_mb,
        report.machine.os
    );
    out.push_str(&format!(
        "{:<34} {:>10} {:>9} {:>9} {:>9} {:>7} {:>8}  {:<36} {}\n",
        "scenario", "ops/s", "p50 ms", "p99 ms", "p99.9 ms", "errors", "healthz", "target", "met"
    ));
    for r in &report.rows {
        let ratio = r
            .of_healthz
            .map_or(String::new(), |x| format!("{:.0}%", x * 100.0));
        let met = match r.met {
            Some(true) => "yes",
            Some(false) => "NO",
            None => "",
        };
        // Seeding and memory are totals: no latency to show.
        let shown = |x: f64, places: usize| match x {
            0.0 => String::new(),
            x => format!("{x:.places$}"),
        };
        out.push_str(&format!(
            "{:<34} {:>10} {:>9} {:>9} {:>9} {:>7} {:>8}  {:<36} {}\n",
            r.scenario,
            shown(r.per_second, 0),
            shown(r.p50_ms, 2),
            shown(r.p99_ms, 2),
            shown(r.p999_ms, 2),
            r.errors,
            ratio,
            r.target.as_deref().unwrap_or(""),
            met
        ));
        if let Some(note) = &r.note {
            out.push_str(&format!("    {note}\n"));
        }
    }
    out
}

/// Where `--json` writes.
pub fn write_json(report: &Report, path: &PathBuf) -> anyhow::Result<()> {
    std::fs::write(path, serde_json::to_vec_pretty(report)?)
        .with_context(|| format!("writing {}", path.display()))
}
