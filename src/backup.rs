//! `steward backup --out DIR`: consistent copies of the main database and
//! the key store, and a manifest describing them.
//!
//! The main database is copied first, the key store second. A record written
//! in between then has its key in the key-store copy (an unused key is
//! harmless), never a row without its key; a record shredded in between has
//! its row in the main copy and no key, which is what a shred means.
//!
//! Shredding holds for backups by the rule `docs/operations.md` (Backups)
//! gives: keep main-database copies as long as you like, keep key-store
//! copies short.
//! Once every key-store copy older than a shred has expired, nothing can
//! open that customer's rows in any main-database copy.

use std::{
    os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt},
    path::{Path, PathBuf},
};

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend};
use serde::Serialize;

use crate::{config::Config, db::Databases, error::Error};

/// How long key-store copies should be kept, as the manifest advises.
pub const KEY_BACKUP_ADVICE_DAYS: i64 = 14;

/// One copied database.
#[derive(Debug, Serialize)]
pub struct Part {
    /// The file's name inside the backup directory.
    pub file: String,
    /// `sqlite` (open it as a database) or `pg_dump` (custom format, for
    /// `pg_restore`).
    pub format: &'static str,
    pub bytes: u64,
    pub sha256: String,
}

/// What `steward backup` wrote, saved as `manifest.json` beside the copies.
#[derive(Debug, Serialize)]
pub struct Manifest {
    pub created_at: DateTime<Utc>,
    pub steward_version: &'static str,
    pub main: Part,
    pub keys: Part,
    /// Delete the key-store copy after this; shreds done before it are then
    /// final in every copy.
    pub delete_keys_copy_after: DateTime<Utc>,
    /// Where the master key is; it is never part of a backup.
    pub master_key: String,
}

/// Why a backup could not be made.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// The output directory cannot be used (the caller's mistake).
    #[error("--out: {0}")]
    Out(String),
    #[error("{0}")]
    Failed(String),
}

impl From<sea_orm::DbErr> for BackupError {
    fn from(e: sea_orm::DbErr) -> Self {
        BackupError::Failed(format!("database: {e}"))
    }
}

impl From<std::io::Error> for BackupError {
    fn from(e: std::io::Error) -> Self {
        BackupError::Failed(e.to_string())
    }
}

impl From<Error> for BackupError {
    fn from(e: Error) -> Self {
        BackupError::Failed(e.to_string())
    }
}

const FILES: [&str; 5] = [
    "main.db",
    "keys.db",
    "main.dump",
    "keys.dump",
    "manifest.json",
];

/// Writes copies of both databases and `manifest.json` into `out`, which is
/// created when missing and must be empty. On failure, what was written is
/// removed again.
pub async fn run(
    db: &Databases,
    config: &Config,
    created_at: DateTime<Utc>,
    out: &Path,
) -> Result<Manifest, BackupError> {
    let created_dir = prepare(out)?;
    let result = write(db, config, created_at, out).await;
    if result.is_err() {
        for f in FILES {
            let _ = std::fs::remove_file(out.join(f));
        }
        if created_dir {
            let _ = std::fs::remove_dir(out);
        }
    }
    result
}

/// Fails when a database the configuration names does not exist, so a
/// mistyped data directory or URL is not "backed up" as a new, empty one.
pub fn check_exists(config: &Config) -> Result<(), BackupError> {
    for (what, url) in [
        ("database.url", config.database_url()),
        ("keystore.url", config.keystore_url()),
    ] {
        if let Some(path) = crate::db::sqlite_path(&url)
            && !Path::new(path).exists()
        {
            return Err(BackupError::Failed(format!(
                "{what}: there is no database at {path}; check data_dir and the URL"
            )));
        }
    }
    Ok(())
}

async fn write(
    db: &Databases,
    config: &Config,
    created_at: DateTime<Utc>,
    out: &Path,
) -> Result<Manifest, BackupError> {
    let main = copy(&db.main, &config.database_url(), out, "main").await?;
    let keys = copy(&db.keys, &config.keystore_url(), out, "keys").await?;
    let manifest = Manifest {
        created_at,
        steward_version: env!("CARGO_PKG_VERSION"),
        main,
        keys,
        delete_keys_copy_after: created_at + chrono::TimeDelta::days(KEY_BACKUP_ADVICE_DAYS),
        master_key: master_key_note(config),
    };
    let text = serde_json::to_string_pretty(&manifest).expect("manifest serialises");
    write_synced(&out.join("manifest.json"), text.as_bytes())?;
    Ok(manifest)
}

/// Makes `out` ready; true when it had to be created.
fn prepare(out: &Path) -> Result<bool, BackupError> {
    if out.exists() && !out.is_dir() {
        return Err(BackupError::Out(format!(
            "{} is a file, not a directory",
            out.display()
        )));
    }
    if out.to_str().is_none() {
        return Err(BackupError::Out(format!(
            "{} is not valid UTF-8; choose a plainer path",
            out.display()
        )));
    }
    let created = !out.exists();
    if created {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(out)
            .map_err(|e| BackupError::Out(format!("cannot create {}: {e}", out.display())))?;
    }
    let mut entries = std::fs::read_dir(out)
        .map_err(|e| BackupError::Out(format!("cannot read {}: {e}", out.display())))?;
    if entries.next().is_some() {
        return Err(BackupError::Out(format!(
            "{} is not empty (it may already hold a backup); choose a new directory",
            out.display()
        )));
    }
    Ok(created)
}

async fn copy(
    db: &DatabaseConnection,
    url: &str,
    out: &Path,
    name: &str,
) -> Result<Part, BackupError> {
    let (file, format) = match db.get_database_backend() {
        DbBackend::Sqlite => {
            let file = format!("{name}.db");
            // A transactionally consistent, compacted copy: freed pages (and
            // whatever they held) are not carried over.
            let target = absolute(&out.join(&file))?;
            let quoted = target.display().to_string().replace('\'', "''");
            db.execute_unprepared(&format!("VACUUM INTO '{quoted}'"))
                .await?;
            (file, "sqlite")
        }
        DbBackend::Postgres => {
            let file = format!("{name}.dump");
            pg_dump(url, &out.join(&file)).await?;
            (file, "pg_dump")
        }
        other => {
            return Err(BackupError::Failed(format!(
                "backups of {other:?} databases are not supported"
            )));
        }
    };
    let path = out.join(&file);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
    let (bytes, sha256) = hash_file(&path)?;
    std::fs::File::open(&path)?.sync_all()?;
    Ok(Part {
        file,
        format,
        bytes,
        sha256,
    })
}

/// The size and SHA-256 of a file, read in pieces.
fn hash_file(path: &Path) -> Result<(u64, String), BackupError> {
    use sha2::{Digest, Sha256};
    use std::io::Read;
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut total = 0u64;
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        total += n as u64;
    }
    let hex = hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok((total, hex))
}

/// Runs `pg_dump` (custom format, one consistent snapshot) with the password
/// passed in the environment rather than on the command line.
async fn pg_dump(url: &str, file: &Path) -> Result<(), BackupError> {
    let mut parsed =
        url::Url::parse(url).map_err(|e| BackupError::Failed(format!("database URL: {e}")))?;
    let password = parsed.password().map(|p| {
        percent_encoding::percent_decode_str(p)
            .decode_utf8_lossy()
            .into_owned()
    });
    let _ = parsed.set_password(None);
    let mut cmd = tokio::process::Command::new("pg_dump");
    cmd.arg("--format=custom")
        .arg("--no-owner")
        .arg("--no-password")
        .arg("--file")
        .arg(file)
        .arg("--dbname")
        .arg(parsed.as_str())
        .kill_on_drop(true);
    if let Some(p) = password {
        cmd.env("PGPASSWORD", p);
    }
    let output = cmd.output().await.map_err(|e| {
        BackupError::Failed(format!(
            "cannot run pg_dump ({e}); install the PostgreSQL client tools of your server's version"
        ))
    })?;
    if !output.status.success() {
        return Err(BackupError::Failed(format!(
            "pg_dump failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        )));
    }
    Ok(())
}

fn master_key_note(config: &Config) -> String {
    use secrecy::ExposeSecret;
    if !config.crypto.master_key.expose_secret().trim().is_empty() {
        "not included: restoring needs the same crypto.master_key".into()
    } else {
        format!(
            "not included: restoring needs {} (back it up apart from the databases)",
            config.data_dir.join("master.key").display()
        )
    }
}

fn absolute(path: &Path) -> Result<PathBuf, BackupError> {
    Ok(if path.is_absolute() {
        path.to_owned()
    } else {
        std::env::current_dir()?.join(path)
    })
}

fn write_synced(path: &Path, bytes: &[u8]) -> Result<(), BackupError> {
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    f.write_all(bytes)?;
    f.sync_all()?;
    Ok(())
}
