//! The `steward` command line.

use std::{io::Write, process::ExitCode};

use clap::{Parser, Subcommand};
use steward::{
    audit,
    clock::Clock,
    config::Config,
    db::Databases,
    jobs, startup,
    state::AppState,
    telemetry,
    tenants::{self, demo},
};

#[derive(Parser)]
#[command(
    name = "steward",
    version,
    about = "Customer records that keep the controller's duties cheap and provable"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Migrate if needed, then serve on server.addr.
    Serve {
        /// First create tenant `demo` with owner owner@demo.test, and print the login.
        #[arg(long)]
        demo: bool,
    },
    /// Apply pending migrations to the main database and the key store.
    Migrate,
    /// Manage tenants.
    Tenant {
        #[command(subcommand)]
        command: TenantCommand,
    },
    /// Bulk synthetic data (Unicode names, notes, consents) for demos and
    /// benchmarks, in tenants seed-001, seed-002, …; prints a JSON report.
    Seed {
        /// How many tenants to spread the customers over (created when absent).
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=10_000))]
        tenants: u32,
        /// How many customers to add in all.
        #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u64).range(0..=100_000_000))]
        customers: u64,
    },
    /// Background jobs.
    Jobs {
        #[command(subcommand)]
        command: JobsCommand,
    },
    /// Consistent copies of the main database and the key store, with a
    /// manifest; prints the manifest.
    Backup {
        /// A new or empty directory for the copies.
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// Seeds a throw-away Steward, serves it on loopback and measures it
    /// under HTTP load; prints a table (and writes JSON with --json).
    Bench {
        /// How many customers to seed in all.
        #[arg(long, default_value_t = 1_000_000, value_parser = clap::value_parser!(u64).range(20..=100_000_000))]
        customers: u64,
        /// How many tenants to spread them over.
        #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..=10_000))]
        tenants: u32,
        /// Connections in flight at once.
        #[arg(long, default_value_t = 32, value_parser = clap::value_parser!(u64).range(1..=4096))]
        concurrency: u64,
        /// How long each scenario runs (ISO 8601, e.g. PT10S).
        #[arg(long, default_value = "PT10S")]
        duration: steward::duration::IsoDuration,
        /// An empty PostgreSQL database to run on instead of the embedded SQLite.
        #[arg(long)]
        database_url: Option<String>,
        /// Also write the report as JSON here.
        #[arg(long)]
        json: Option<std::path::PathBuf>,
        /// Only the scenarios whose names contain one of these words
        /// (comma-separated; healthz always runs).
        #[arg(long, value_delimiter = ',')]
        only: Vec<String>,
        /// Instead of the scenarios, a long run of mixed reads and writes at
        /// half of measured capacity (ISO 8601, e.g. PT1H), printing
        /// throughput, p99 and the server's memory every minute.
        #[arg(long)]
        soak: Option<steward::duration::IsoDuration>,
        /// A configuration setting of the measured server, as a TOML line
        /// (e.g. `jobs.import_batch = 5000`); repeat for more. To measure
        /// what a setting changes.
        #[arg(long = "set", value_name = "KEY = VALUE")]
        settings: Vec<String>,
    },
    /// The audit log.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
}

#[derive(Subcommand)]
enum TenantCommand {
    /// Create a tenant and its owner; prints {"tenant_id","owner_id","password"}.
    Create {
        #[arg(long)]
        slug: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        owner_email: String,
        /// At least 12 characters; generated (and printed) when left out.
        #[arg(long)]
        owner_password: Option<String>,
    },
}

#[derive(Subcommand)]
enum JobsCommand {
    /// Run every due job once and exit; prints a JSON summary.
    RunOnce,
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Recompute the audit hash chains; exits non-zero on a break.
    Verify {
        /// Only this tenant (slug).
        #[arg(long)]
        tenant: Option<String>,
    },
}

/// Has glibc hand large blocks (argon2's 19 MiB, big result sets) straight
/// back to the system when freed. By default it raises this threshold after
/// the first such free and then keeps the blocks in each thread's arena, so a
/// burst of sign-ins on many blocking threads would leave hundreds of MB
/// resident for good.
///
/// It also keeps glibc to two allocation arenas per core instead of eight:
/// every database connection and blocking task runs on a thread of its own,
/// and each arena keeps what its threads freed, so a burst of heavy requests
/// (PDF copies, exports) left each of up to sixteen arenas holding its own
/// high-water mark.
fn return_large_blocks() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        let arenas = libc::c_int::try_from(cores * 2).unwrap_or(libc::c_int::MAX);
        // SAFETY: mallopt only changes allocator settings; called before
        // any other thread exists.
        unsafe {
            libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
            libc::mallopt(libc::M_ARENA_MAX, arenas);
        }
    }
}

fn main() -> ExitCode {
    return_large_blocks();
    match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime.block_on(start()),
        Err(e) => {
            eprintln!("steward: cannot start the runtime: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn start() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::load() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("steward: {e}");
            return ExitCode::from(2);
        }
    };
    let mut config = config;
    if matches!(cli.command, Command::Bench { .. }) {
        // The load would otherwise be logged line by line.
        config.log.level = "warn".into();
    }
    telemetry::init(&config.log);
    match run(cli.command, config).await {
        Ok(code) => code,
        Err(e) => {
            eprintln!("steward: {e:#}");
            ExitCode::FAILURE
        }
    }
}

// One arm per subcommand, each a few lines: a flat dispatch, kept whole so
// the command line reads in one place.
async fn run(command: Command, config: Config) -> anyhow::Result<ExitCode> {
    match command {
        Command::Migrate => {
            let db = Databases::connect(&config).await?;
            db.migrate().await?;
            println!("migrations applied to the main database and the key store");
        }
        Command::Serve { demo } => {
            steward::auth::password::warm_up();
            let state = AppState::start(config, Clock::default()).await?;
            if demo {
                if let Some(tenant) = demo::ensure(&state).await? {
                    steward_bench::seed::customers(&state, tenant, demo::CUSTOMERS, 1).await?;
                }
                // Informational only: a closed stdout must not stop the server.
                let mut out = std::io::stdout();
                let _ = writeln!(
                    out,
                    "Demo tenant \"{}\": sign in as {} with password {}",
                    demo::SLUG,
                    demo::OWNER_EMAIL,
                    demo::OWNER_PASSWORD
                );
                let _ = writeln!(out, "API docs: {}/api/docs", state.config.public_url());
                let _ = writeln!(
                    out,
                    "Customer portal: {}/portal/{}",
                    state.config.public_url(),
                    demo::SLUG
                );
                let _ = out.flush();
            }
            startup::serve(state).await?;
        }
        Command::Tenant {
            command:
                TenantCommand::Create {
                    slug,
                    name,
                    owner_email,
                    owner_password,
                },
        } => {
            let state = AppState::start(config, Clock::default()).await?;
            match tenants::service::create(
                &state,
                &slug,
                &name,
                &owner_email,
                owner_password.as_deref(),
            )
            .await
            {
                Ok(created) => println!("{}", serde_json::to_string(&created)?),
                Err(steward::error::Error::Invalid(errors)) => {
                    for (field, message) in errors {
                        eprintln!("steward: --{}: {message}", field.replace('_', "-"));
                    }
                    return Ok(ExitCode::from(2));
                }
                Err(e) => return Err(e.into()),
            }
        }
        Command::Seed { tenants, customers } => {
            let state = AppState::start(config, Clock::default()).await?;
            let report = steward_bench::seed::run(&state, tenants, customers).await?;
            println!("{}", serde_json::to_string(&report)?);
        }
        Command::Bench {
            customers,
            tenants,
            concurrency,
            duration,
            database_url,
            json,
            only,
            soak,
            settings,
        } => {
            let options = steward_bench::Options {
                customers,
                tenants,
                concurrency: concurrency as usize,
                duration: duration.as_std(),
                database_url,
                only,
                settings,
            };
            if let Some(length) = soak {
                let report = steward_bench::soak::soak(options, length.as_std()).await?;
                print!("{}", steward_bench::soak::soak_table(&report));
                if let Some(path) = json {
                    steward_bench::soak::write_soak_json(&report, &path)?;
                }
                // Flatness is for people to judge over a long run; errors fail it.
                return Ok(match report.errors {
                    0 => ExitCode::SUCCESS,
                    _ => ExitCode::FAILURE,
                });
            }
            let report = steward_bench::run(options).await?;
            print!("{}", steward_bench::table(&report));
            if let Some(path) = json {
                steward_bench::write_json(&report, &path)?;
            }
        }
        Command::Jobs {
            command: JobsCommand::RunOnce,
        } => {
            let state = AppState::start(config, Clock::default()).await?;
            let summary = jobs::run_once(&state).await?;
            println!("{}", serde_json::to_string(&summary)?);
        }
        Command::Backup { out } => {
            // Only connects: no migration, no new database, no master key.
            steward::backup::check_exists(&config)?;
            let db = Databases::connect(&config).await?;
            match steward::backup::run(&db, &config, Clock::default().now(), &out).await {
                Ok(manifest) => println!("{}", serde_json::to_string(&manifest)?),
                Err(e @ steward::backup::BackupError::Out(_)) => {
                    eprintln!("steward: {e}");
                    return Ok(ExitCode::from(2));
                }
                Err(e) => return Err(e.into()),
            }
        }
        Command::Audit {
            command: AuditCommand::Verify { tenant },
        } => {
            let state = AppState::start(config, Clock::default()).await?;
            let all = tenants::service::all(&state).await?;
            let chosen: Vec<_> = all
                .into_iter()
                .filter(|t| tenant.as_deref().is_none_or(|s| s == t.slug))
                .collect();
            if chosen.is_empty() {
                anyhow::bail!("--tenant: no tenant with that slug");
            }
            let mut broken = false;
            for t in chosen {
                let report = audit::verify(&state.db.main, t.id).await?;
                broken |= !report.ok;
                println!(
                    "{}",
                    serde_json::json!({ "tenant": t.slug, "report": report })
                );
            }
            return Ok(if broken {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            });
        }
    }
    Ok(ExitCode::SUCCESS)
}
