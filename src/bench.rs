//! `steward bench`: a throw-away Steward seeded through the bulk path, served
//! on loopback in this process, and driven over HTTP by its own client, one
//! scenario after another. Each row is also given as a fraction of `healthz`,
//! what HTTP alone costs on this machine, so runs on different machines can be
//! compared by how close Steward comes to the limit of its HTTP stack.

use std::{
    future::Future,
    path::PathBuf,
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
use poem::{Server, listener::Acceptor, listener::Listener, listener::TcpListener};
use reqwest::{Client, Method, StatusCode};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Statement};
use serde::Serialize;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::{clock::Clock, config::Config, jobs, seed, startup, state::AppState};

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
    /// The most memory this process (server and load client) held resident
    /// while serving, after seeding.
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

    /// Sends and checks the status; the body is read (and dropped) so the
    /// connection goes back to the pool.
    async fn call(
        &self,
        method: Method,
        tenant: usize,
        path: &str,
        body: Option<&Value>,
        expect: StatusCode,
    ) -> Result<bytes::Bytes, String> {
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
        let bytes = resp.bytes().await.map_err(|e| format!("{path}: {e}"))?;
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

/// The targets Steward is held to (see the README, "Performance"), checked
/// against each row.
fn judge(row: &mut Row, healthz: f64) {
    let ratio = row.per_second / healthz.max(1e-9);
    let one_shot = ["retention tick, ", "bulk shred "]
        .iter()
        .any(|p| row.scenario.starts_with(p) && row.scenario != "retention tick, idle");
    if row.scenario != "healthz" && !one_shot && row.scenario != "retention tick, idle" {
        row.of_healthz = Some(ratio);
    }
    let name = match row.scenario.as_str() {
        s if s.starts_with("bulk shred ") => "bulk shred",
        s if s.starts_with("retention tick, ") && s.ends_with(" due") => "retention tick, due",
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
        _ => return,
    };
    row.target = Some(target.to_owned());
    // A row that did nothing, or failed anywhere, meets nothing.
    row.met = Some(met && row.errors == 0 && row.ops > 0);
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

/// A memory figure of this process from /proc/self/status, in MB.
fn status_mb(key: &str) -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(key))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

/// This process's peak resident memory since the last reset, in MB.
fn peak_resident_mb() -> f64 {
    status_mb("VmHWM:")
}

/// Starts the peak over (Linux): what seeding held is not the server's.
fn reset_peak_resident() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// Active customer IDs of a tenant, `skip` in, at most `take`.
async fn active_ids(
    state: &AppState,
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

/// Runs the benchmark and returns its report.
pub async fn run(options: Options) -> anyhow::Result<Report> {
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
        "data_dir = {:?}\nserver.addr = \"127.0.0.1:0\"\nserver.body_limit = 8388608\n\
         auth.max_failures_per_ip = 1000000000\nauth.max_failures_per_account = 1000000000\n",
        dir.path().display().to_string()
    );
    // Only what is given here: a database, key store or master key set in
    // the environment for `serve` is never touched by the benchmark.
    let (url, database) = match &options.database_url {
        Some(url) => (url.as_str(), "postgresql"),
        None => ("", "sqlite"),
    };
    toml.push_str(&format!(
        "database.url = {url:?}\nkeystore.url = \"\"\ncrypto.master_key = \"\"\n"
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
    let state = AppState::start(config, clock.clone()).await?;

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

    let acceptor = TcpListener::bind("127.0.0.1:0").into_acceptor().await?;
    let addr = *acceptor.local_addr()[0]
        .as_socket_addr()
        .ok_or_else(|| anyhow!("no loopback address"))?;
    let server = tokio::spawn(Server::new_with_acceptor(acceptor).run(startup::app(state.clone())));
    let client = Client::builder()
        .pool_max_idle_per_host(options.concurrency * 2)
        .build()?;
    let base = format!("http://{addr}");

    // Up to eight tenants take the load, each through an admin token; the
    // last three are kept apart for retention, shredding and bulk shredding.
    let (kept, loaded) = seeded.tenants.split_at(seeded.tenants.len() - 3);
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
    reset_peak_resident();

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
    let mut run_row = |row: Row| {
        eprintln!(
            "  {:<28} {:>9.0}/s  p50 {:>8.2} ms  errors {}  resident {:.0} MB",
            row.scenario,
            row.per_second,
            row.p50_ms,
            row.errors,
            status_mb("VmRSS:")
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

    let pick = |l: &Load, i: u64| -> Known {
        l.known[(i.wrapping_mul(7919) % l.known.len() as u64) as usize].clone()
    };
    macro_rules! get_row {
        ($name:expr, $path:expr) => {
            if wants($name) {
                let l = load.clone();
                run_row(
                    drive(c, d, u64::MAX, move |i| {
                        let l = l.clone();
                        let k = pick(&l, i);
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
                let k = pick(&l, i);
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
        let idle = drive(1, Duration::from_secs(2), 50, move |_| {
            let st = st.clone();
            async move {
                jobs::run_once(&st)
                    .await
                    .map(drop)
                    .map_err(|e| e.to_string())
            }
        });
        run_row(idle.await.of("retention tick, idle"));
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
        let (mut sample, summary) = once(async { Ok(jobs::run_once(&state).await?) }).await;
        let expired = summary.map_or(0, |s| s.retention.expired);
        if expired != now_due {
            sample.errors += 1;
            sample.first_error = Some(format!("{expired} of {now_due} due records expired"));
        }
        run_row(sample.of(&format!("retention tick, {} due", thousands(now_due))));
    }

    if wants("PDF") || wants("export") {
        let mut heavy = Vec::new();
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
        for (notes, id) in heavy {
            let pdf = format!("/api/v1/customers/{id}/copy.pdf");
            run_row(
                repeat_get(&load, c, d, pdf)
                    .await
                    .of(&format!("PDF copy, {notes} notes")),
            );
            if notes == 10 {
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

    let peak = peak_resident_mb();
    server.abort();
    let healthz = rows[0].per_second;
    for row in &mut rows {
        judge(row, healthz);
    }
    let mut seeding = Row {
        scenario: "seeding".into(),
        ops: seeded.counts.customers,
        seconds: seeded.seconds,
        per_second: seeded.customers_per_second,
        p50_ms: 0.0,
        p99_ms: 0.0,
        p999_ms: 0.0,
        errors: 0,
        of_healthz: None,
        target: Some("≥ 50,000 customers/s".into()),
        met: Some(seeded.customers_per_second >= 50_000.0),
        note: None,
    };
    seeding.note = Some(format!(
        "{} notes, {} consents",
        seeded.counts.notes, seeded.counts.consents
    ));
    rows.push(seeding);
    rows.push(Row {
        scenario: "server memory".into(),
        ops: 0,
        seconds: 0.0,
        per_second: 0.0,
        p50_ms: 0.0,
        p99_ms: 0.0,
        p999_ms: 0.0,
        errors: 0,
        of_healthz: None,
        target: Some("≤ 250 MB resident".into()),
        // Without /proc the figure is unknown, not met.
        met: (peak > 0.0).then_some(peak <= 250.0),
        note: Some(format!(
            "peak {peak:.0} MB resident while serving (this process: server and load client)"
        )),
    });
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
async fn known_customers(state: &AppState, load: &Load) -> anyhow::Result<Vec<Known>> {
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
        "{:<28} {:>10} {:>9} {:>9} {:>9} {:>7} {:>8}  {:<32} {}\n",
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
            "{:<28} {:>10} {:>9} {:>9} {:>9} {:>7} {:>8}  {:<32} {}\n",
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
