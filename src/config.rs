//! Configuration: one typed struct, loaded from `config/default.toml`, then the
//! file named by `STEWARD_CONFIG`, then `STEWARD_<SECTION>__<KEY>` variables.
//! Any invalid value stops start-up with one line naming the key.

use std::{net::SocketAddr, path::PathBuf, time::Duration};

use figment::{
    Figment,
    providers::{Env, Format, Toml},
};
use secrecy::SecretString;
use serde::Deserialize;

use crate::duration::IsoDuration;

const DEFAULTS: &str = include_str!("../config/default.toml");

/// The shortest `auth.session_idle` that can be honoured.
pub const MIN_SESSION_IDLE_SECS: u64 = 10;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub data_dir: PathBuf,
    pub server: ServerConfig,
    pub database: DatabaseConfig,
    pub keystore: DatabaseConfig,
    pub crypto: CryptoConfig,
    pub auth: AuthConfig,
    pub mail: MailConfig,
    pub jobs: JobsConfig,
    pub tenants: TenantsConfig,
    pub portal: PortalConfig,
    pub integrations: IntegrationsConfig,
    pub log: LogConfig,
    pub web: WebConfig,
    pub exports: ExportsConfig,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerConfig {
    pub addr: SocketAddr,
    pub public_url: String,
    pub tls: bool,
    pub body_limit: usize,
    /// Largest file an import takes (`POST /api/v1/imports`), in bytes.
    pub upload_limit: usize,
    pub shutdown_grace: IsoDuration,
    pub trust_forwarded_for: bool,
    pub max_in_flight: usize,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatabaseConfig {
    pub url: String,
    pub max_connections: u32,
    /// SQLite: the page cache of the one connection that writes, in KiB.
    /// Bulk writes (imports) dirty many pages of the blind index per
    /// transaction; a larger cache keeps them from spilling.
    #[serde(default = "default_writer_cache_kib")]
    pub writer_cache_kib: u32,
}

fn default_writer_cache_kib() -> u32 {
    SQLITE_CACHE_KIB
}

/// The page cache of each SQLite connection, in KiB (SQLite's own default,
/// stated so the bound is explicit): a pool's pages in memory are at most
/// its connections times this, 2 MiB each.
pub const SQLITE_CACHE_KIB: u32 = 2000;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CryptoConfig {
    pub master_key: SecretString,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthConfig {
    pub session_idle: IsoDuration,
    pub session_absolute: IsoDuration,
    pub max_failures_per_account: u32,
    pub max_failures_per_ip: u32,
    pub failure_window: IsoDuration,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailConfig {
    pub smtp_url: String,
    pub smtp_username: String,
    pub smtp_password: SecretString,
    pub smtp_timeout: IsoDuration,
    pub from: String,
    pub max_attempts: u32,
    /// How long a message written as a file (no `smtp_url`) is kept.
    pub file_retention: IsoDuration,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JobsConfig {
    pub interval: IsoDuration,
    /// The most expired records one run handles per tenant; the rest wait
    /// for the next tick.
    pub batch: u32,
    /// How often the orphan-key sweep runs, apart from the tick.
    pub sweep_interval: IsoDuration,
    /// The most data keys one sweep looks at; the next sweep goes on from
    /// there, and starts again from the first key after the last.
    pub sweep_keys: u32,
    /// How long an instance running an import holds it without a word (it
    /// renews the hold every batch); after that another instance, or the
    /// same one restarted, takes the import over where it stopped.
    pub import_lease: IsoDuration,
    /// How many rows of an import one transaction writes.
    pub import_batch: u32,
    /// A pause between an import's batches, to spread a large import's
    /// writes among other work (none by default).
    pub import_pause: IsoDuration,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TenantsConfig {
    pub export_window: IsoDuration,
    pub contact_retention: IsoDuration,
}

/// The public portal where customers make data-subject requests.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PortalConfig {
    /// How long an emailed verification link works.
    pub verify_ttl: IsoDuration,
    /// How long the download link of a fulfilled copy request works.
    pub download_ttl: IsoDuration,
    /// Requests accepted per address per tenant within `window`.
    pub max_per_address: u32,
    /// Requests accepted per client IP within `window`.
    pub max_per_ip: u32,
    pub window: IsoDuration,
}

/// Signed webhooks to and from the tenants' marketing tools.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IntegrationsConfig {
    /// Allow receivers on loopback, private and link-local addresses (for
    /// tests and self-hosted setups; otherwise refused, at delivery too).
    pub allow_private: bool,
    /// How long a receiver has to answer.
    pub timeout: IsoDuration,
    /// Deliveries in flight at once, per instance.
    pub concurrency: u32,
    /// Contacts per page of a consent snapshot.
    pub snapshot_page: u32,
    /// How far an inbound message's timestamp may be from Steward's clock.
    pub hook_tolerance: IsoDuration,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Pretty,
    Json,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogConfig {
    pub format: LogFormat,
    pub level: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WebConfig {
    /// Read page and email templates from this folder on every render;
    /// empty uses the ones built into the binary.
    pub templates_dir: String,
    /// How long before expiry a completed record counts as "expiring soon".
    pub expiring_within: IsoDuration,
    /// How long a posted search's handle (`/customers?s=…`) lasts, at most:
    /// it ends with its session in any case.
    pub search_for: IsoDuration,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportsConfig {
    /// Views of up to this many records are written before the answer;
    /// larger ones in the background.
    pub inline_rows: u64,
    /// How long a written file waits for its one download.
    pub kept_for: IsoDuration,
}

/// A configuration that could not be loaded; its message names the key.
#[derive(Debug, thiserror::Error)]
#[error("configuration error: {0}")]
pub struct ConfigError(String);

impl Config {
    /// Defaults, then `STEWARD_CONFIG`, then `STEWARD_*` variables of the process.
    pub fn load() -> Result<Self, ConfigError> {
        Self::from_figment(Self::figment())
    }

    /// The layered sources, so tests and tools can merge more on top.
    pub fn figment() -> Figment {
        let mut figment = Self::defaults();
        if let Ok(path) = std::env::var("STEWARD_CONFIG") {
            figment = figment.merge(Toml::file_exact(path));
        }
        // `STEWARD_TEST_*` variables are the test suite's own settings.
        figment.merge(
            Env::prefixed("STEWARD_")
                .filter(|key| !key.as_str().to_ascii_lowercase().starts_with("test_"))
                .split("__")
                .ignore(&["config"]),
        )
    }

    /// Only the built-in defaults, without files or environment.
    pub fn defaults() -> Figment {
        Figment::from(Toml::string(DEFAULTS))
    }

    pub fn from_figment(figment: Figment) -> Result<Self, ConfigError> {
        let config: Config = figment.extract().map_err(describe)?;
        config.check()?;
        Ok(config)
    }

    // One check per setting, in the order of the file: a flat list, kept
    // whole so every limit is found in one place.
    fn check(&self) -> Result<(), ConfigError> {
        let bad = |key: &str, why: &str| Err(ConfigError(format!("{key}: {why}")));
        if self.server.body_limit < 1024 {
            return bad("server.body_limit", "must be at least 1024 bytes");
        }
        if self.server.max_in_flight == 0 {
            return bad("server.max_in_flight", "must be at least 1");
        }
        let url = &self.server.public_url;
        let web = |u: &str| u.starts_with("http://") || u.starts_with("https://");
        if !url.is_empty() && !web(url) {
            return bad("server.public_url", "must start with http:// or https://");
        }
        for (key, url) in [
            ("database.url", &self.database.url),
            ("keystore.url", &self.keystore.url),
        ] {
            let known = |u: &str| {
                u.starts_with("sqlite:")
                    || u.starts_with("postgres://")
                    || u.starts_with("postgresql://")
            };
            if !url.is_empty() && !known(url) {
                return bad(key, "must be a sqlite: or postgres:// URL");
            }
        }
        if !self.database.url.is_empty() && self.database.url == self.keystore.url {
            return bad(
                "keystore.url",
                "must name a different database than database.url",
            );
        }
        for (key, n) in [
            ("database.max_connections", self.database.max_connections),
            ("keystore.max_connections", self.keystore.max_connections),
        ] {
            if n == 0 {
                return bad(key, "must be at least 1");
            }
        }
        for (key, kib) in [
            ("database.writer_cache_kib", self.database.writer_cache_kib),
            ("keystore.writer_cache_kib", self.keystore.writer_cache_kib),
        ] {
            if !(100..=4_194_304).contains(&kib) {
                return bad(key, "must be from 100 (KiB) to 4194304 (4 GiB)");
            }
        }
        for (key, d) in [
            ("auth.session_idle", self.auth.session_idle),
            ("auth.session_absolute", self.auth.session_absolute),
            ("auth.failure_window", self.auth.failure_window),
            ("jobs.interval", self.jobs.interval),
            ("jobs.sweep_interval", self.jobs.sweep_interval),
            ("jobs.import_lease", self.jobs.import_lease),
            ("mail.smtp_timeout", self.mail.smtp_timeout),
            ("mail.file_retention", self.mail.file_retention),
            ("tenants.export_window", self.tenants.export_window),
            ("portal.verify_ttl", self.portal.verify_ttl),
            ("portal.download_ttl", self.portal.download_ttl),
            ("portal.window", self.portal.window),
            ("exports.kept_for", self.exports.kept_for),
            ("integrations.timeout", self.integrations.timeout),
            (
                "integrations.hook_tolerance",
                self.integrations.hook_tolerance,
            ),
        ] {
            if d.is_zero() {
                return bad(key, "must be longer than zero");
            }
        }
        // A session's last use is recorded at most every tenth of the idle
        // window (see `auth::sessions::touch_every`), with second precision.
        if self.auth.session_idle.as_std() < std::time::Duration::from_secs(MIN_SESSION_IDLE_SECS) {
            return bad(
                "auth.session_idle",
                &format!("must be at least PT{MIN_SESSION_IDLE_SECS}S"),
            );
        }
        for (key, n) in [
            (
                "auth.max_failures_per_account",
                self.auth.max_failures_per_account,
            ),
            ("auth.max_failures_per_ip", self.auth.max_failures_per_ip),
            ("portal.max_per_address", self.portal.max_per_address),
            ("portal.max_per_ip", self.portal.max_per_ip),
            ("integrations.concurrency", self.integrations.concurrency),
            (
                "integrations.snapshot_page",
                self.integrations.snapshot_page,
            ),
        ] {
            if n == 0 {
                return bad(key, "must be at least 1");
            }
        }
        for (key, n) in [
            ("mail.max_attempts", self.mail.max_attempts),
            ("jobs.batch", self.jobs.batch),
            ("jobs.sweep_keys", self.jobs.sweep_keys),
            ("jobs.import_batch", self.jobs.import_batch),
        ] {
            if n == 0 {
                return bad(key, "must be at least 1");
            }
        }
        if self.mail.from.parse::<lettre::message::Mailbox>().is_err() {
            return bad(
                "mail.from",
                "is not an address (try \"Steward <steward@example.com>\")",
            );
        }
        let smtp = &self.mail.smtp_url;
        let known = smtp.starts_with("smtp://") || smtp.starts_with("smtps://");
        if !smtp.is_empty() && !known {
            return bad(
                "mail.smtp_url",
                "must be an smtp:// or smtps:// URL, or empty to write .eml files",
            );
        }
        if tracing_subscriber::EnvFilter::try_new(&self.log.level).is_err() {
            return bad(
                "log.level",
                "is not a valid log filter (try \"info\" or \"steward=debug\")",
            );
        }
        Ok(())
    }

    pub fn database_url(&self) -> String {
        self.sqlite_default(&self.database.url, "steward.db")
    }

    pub fn keystore_url(&self) -> String {
        self.sqlite_default(&self.keystore.url, "keys.db")
    }

    fn sqlite_default(&self, url: &str, file: &str) -> String {
        if url.is_empty() {
            format!("sqlite://{}?mode=rwc", self.data_dir.join(file).display())
        } else {
            url.to_owned()
        }
    }

    /// Base of links sent to people, without a trailing slash.
    pub fn public_url(&self) -> String {
        let url = if self.server.public_url.is_empty() {
            format!("http://{}", self.server.addr)
        } else {
            self.server.public_url.clone()
        };
        url.trim_end_matches('/').to_owned()
    }

    pub fn shutdown_grace(&self) -> Duration {
        self.server.shutdown_grace.as_std()
    }
}

fn describe(err: figment::Error) -> ConfigError {
    let err = err
        .into_iter()
        .next()
        .expect("figment reports at least one error");
    let key = err.path.join(".");
    let mut kind = err.kind.to_string();
    if let figment::error::Kind::Message(m) = &err.kind {
        kind = m.clone();
    }
    let source = err
        .metadata
        .as_ref()
        .map(|m| match &m.source {
            Some(figment::Source::File(path)) => format!(" (from {})", path.display()),
            _ => format!(" (from {})", m.name),
        })
        .unwrap_or_default();
    if key.is_empty() {
        ConfigError(format!("{kind}{source}"))
    } else {
        ConfigError(format!("{key}: {kind}{source}"))
    }
}
