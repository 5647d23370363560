//! The instance under load: seeded in this process through the bulk path,
//! served by a child `steward serve`.

use std::{
    path::{Path, PathBuf},
    sync::Arc,
    time::{Duration, Instant},
};

use anyhow::{Context, anyhow, bail};
use figment::providers::{Format, Toml};
use reqwest::{Client, StatusCode};
use sea_orm::{ConnectionTrait, Statement};
use steward::{clock::Clock, config::Config, context::Services};

use crate::{
    load::{Load, known_customers, sign_in},
    report::{Options, status_mb},
    seed,
};

/// `steward serve` as a child process over the seeded data directory (and
/// database), with a configuration file of the benchmark's own: no
/// `STEWARD_*` variable of the caller reaches it.
pub struct Serve {
    pub process: tokio::process::Child,
    pub pid: u32,
    pub base: String,
    pub log: PathBuf,
}

impl Serve {
    pub async fn start(dir: &Path, toml: &str) -> anyhow::Result<Self> {
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

    pub fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(20)..].join("\n")
    }

    /// A memory figure of the server, in MB.
    pub fn mb(&self, key: &str) -> f64 {
        status_mb(self.pid, key)
    }

    pub fn terminate(&self) -> anyhow::Result<()> {
        let pid = libc::pid_t::try_from(self.pid)?;
        // SAFETY: kill(2) only sends a signal; the child is ours and alive
        // (it is reaped only by `wait` below).
        match unsafe { libc::kill(pid, libc::SIGTERM) } {
            0 => Ok(()),
            _ => Err(std::io::Error::last_os_error().into()),
        }
    }

    /// Sends SIGTERM and waits up to `within` for a clean exit.
    pub async fn stop(&mut self, within: Duration) -> anyhow::Result<std::process::ExitStatus> {
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
    pub async fn in_flight(&self, client: &Client) -> anyhow::Result<u64> {
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

/// How long the server may take to finish in-flight requests on SIGTERM.
pub const GRACE: Duration = Duration::from_secs(10);

/// A seeded throw-away Steward, served by a child process, and a client
/// signed in to its first (up to eight) tenants.
pub struct Prepared {
    /// The data directory; deleted when this goes.
    pub _dir: tempfile::TempDir,
    pub state: Services,
    pub clock: Clock,
    pub seeded: seed::SeedReport,
    pub server: Serve,
    pub load: Load,
    pub database: &'static str,
}

/// Seeds a throw-away Steward and serves it; `jobs` is the served
/// configuration's job schedule.
pub async fn prepare(options: &Options, schedule: &str) -> anyhow::Result<Prepared> {
    check_sizes(options)?;
    let dir = tempfile::Builder::new()
        .prefix("steward-bench-")
        .tempdir()
        .context("a temporary data directory")?;
    let (toml, database) = instance_toml(dir.path(), options);
    let config = Config::from_figment(Config::figment().merge(Toml::string(&toml)))
        .map_err(|e| anyhow!("{e}"))?;
    // Checked before anything is migrated: a mistyped URL of a database in
    // use must not be changed.
    if let Some(url) = &options.database_url {
        refuse_used_database(url, &config).await?;
    }
    let clock = Clock::default();
    let webhooks = steward::sync::delivery::client(&config);
    let state = Services::start(config, clock.clone(), webhooks).await?;

    let (seeded, password) = seed_instance(&state, options).await?;
    let served = served_toml(&toml, options.concurrency, schedule);
    let server = Serve::start(dir.path(), &served).await?;
    let load = signed_in_load(&state, &server, &seeded, password, options.concurrency).await?;
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

/// Refuses too few tenants, or too few customers per tenant, to run.
fn check_sizes(options: &Options) -> anyhow::Result<()> {
    if options.tenants < 4 {
        bail!("--tenants must be at least 4: the last three are kept for retention and erasure");
    }
    if options.customers < u64::from(options.tenants) * 100 {
        bail!("--customers must be at least 100 per tenant");
    }
    Ok(())
}

/// The configuration of the instance in `dir`, and the name of its
/// database: PostgreSQL at `--database-url`, or SQLite in `dir`.
fn instance_toml(dir: &Path, options: &Options) -> (String, &'static str) {
    let mut toml = format!(
        "data_dir = {:?}\nserver.body_limit = 8388608\n\
         auth.max_failures_per_ip = 1000000000\nauth.max_failures_per_account = 1000000000\n",
        dir.display().to_string()
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
        base64::engine::general_purpose::STANDARD
            .encode(steward::crypto::Key::generate().as_bytes())
    };
    toml.push_str(&format!(
        "database.url = {url:?}\nkeystore.url = \"\"\ncrypto.master_key = {master:?}\n"
    ));
    for line in &options.settings {
        toml.push_str(line);
        toml.push('\n');
    }
    (toml, database)
}

/// Refuses a database at `url` that already has tables: the benchmark
/// seeds its own.
async fn refuse_used_database(url: &str, config: &Config) -> anyhow::Result<()> {
    let db = steward::db::connect(url, &config.database)
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
    Ok(())
}

/// Seeds the customers and tenants the options ask for; returns what was
/// seeded and the tenant owners' password.
async fn seed_instance(
    state: &Services,
    options: &Options,
) -> anyhow::Result<(seed::SeedReport, String)> {
    eprintln!(
        "seeding {} customers in {} tenants…",
        options.customers, options.tenants
    );
    let seeded = seed::run(state, options.tenants, options.customers).await?;
    let password = seeded
        .owner_password
        .clone()
        .ok_or_else(|| anyhow!("the seeded tenants have no known password"))?;
    eprintln!("seeded at {:.0} customers/s", seeded.customers_per_second);
    Ok((seeded, password))
}

/// The served configuration: the instance's `toml`, with the job
/// `schedule`, and as many requests at once as `concurrency`.
fn served_toml(toml: &str, concurrency: usize, schedule: &str) -> String {
    // The server takes as many requests at once as the load sends, so the
    // overload row (twice as many) sees requests refused; webhooks go to
    // loopback.
    format!(
        "{toml}server.max_in_flight = {}\nserver.shutdown_grace = \"PT{}S\"\n{schedule}\
         integrations.allow_private = true\nlog.level = \"warn\"\n",
        concurrency,
        GRACE.as_secs()
    )
}

/// A client of `server` signed in to the tenants that take the load, and
/// the records it knows of them.
async fn signed_in_load(
    state: &Services,
    server: &Serve,
    seeded: &seed::SeedReport,
    password: String,
    concurrency: usize,
) -> anyhow::Result<Load> {
    let client = Client::builder()
        .pool_max_idle_per_host(concurrency * 2)
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
    load.known = Arc::new(known_customers(state, &load).await?);
    Ok(load)
}
