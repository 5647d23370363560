//! Whether Steward can write: when the disk under a database fills up,
//! writes are refused with a clear answer (507, `/problems/storage-full`)
//! instead of a 500, `/readyz` says the instance is not ready, a metric
//! shows it, and the log says so once when it starts and once when it ends,
//! not once per refused request. Nothing acknowledged is lost: a refused
//! write was rolled back whole. Reads of personal data are audited before
//! they are shown, so they need room too; probes and pages without
//! personal data do not.

use std::{
    path::PathBuf,
    sync::{
        Mutex,
        atomic::{AtomicBool, Ordering::SeqCst},
    },
    time::{Duration, Instant},
};

use prometheus_client::metrics::{counter::Counter, gauge::Gauge};

use crate::config::Config;

/// Free space the embedded databases' filesystem needs before writes are
/// taken again: room for the logs of a good number of writes.
const FREE_TO_RESUME: u64 = 1 << 20;

/// On PostgreSQL, whose disk Steward cannot look at, how long after the
/// last refused write the instance reports itself not ready for writes
/// (a write that succeeds meanwhile ends it at once).
const REPORTED_FOR: Duration = Duration::from_secs(30);

pub struct Storage {
    full: AtomicBool,
    /// When a write was last refused for lack of storage.
    last_refused: Mutex<Option<Instant>>,
    /// The folders of the embedded SQLite files, whose free space tells when
    /// writes can resume; empty when a database is on PostgreSQL.
    sqlite_dirs: Vec<PathBuf>,
    /// 1 while writes are refused for lack of storage.
    pub gauge: Gauge,
    /// Writes refused for lack of storage.
    pub refusals: Counter,
}

impl Storage {
    pub fn new(config: &Config) -> Self {
        let urls = [config.database_url(), config.keystore_url()];
        let dirs: Vec<Option<PathBuf>> = urls
            .iter()
            .map(|u| {
                crate::db::sqlite_path(u).map(|p| {
                    let parent = std::path::Path::new(p).parent().map(PathBuf::from);
                    parent
                        .filter(|d| !d.as_os_str().is_empty())
                        .unwrap_or_else(|| PathBuf::from("."))
                })
            })
            .collect();
        let all_sqlite = dirs.iter().all(Option::is_some);
        Self {
            full: AtomicBool::new(false),
            last_refused: Mutex::new(None),
            sqlite_dirs: match all_sqlite {
                true => dirs.into_iter().flatten().collect(),
                false => Vec::new(),
            },
            gauge: Gauge::default(),
            refusals: Counter::default(),
        }
    }

    /// A write was refused because the storage is full.
    pub fn refused(&self) {
        self.refusals.inc();
        *self.last_refused.lock().unwrap_or_else(|p| p.into_inner()) = Some(Instant::now());
        if !self.full.swap(true, SeqCst) {
            self.gauge.set(1);
            tracing::error!(
                "storage is full: changes and audited reads are refused (507) until space is freed"
            );
        }
    }

    /// A write succeeded: there is room again, if there was not.
    pub fn wrote(&self) {
        if self.full.load(SeqCst) {
            self.resumed();
        }
    }

    fn resumed(&self) {
        if self.full.swap(false, SeqCst) {
            self.gauge.set(0);
            tracing::warn!("storage has room again: changes are taken");
        }
    }

    /// Whether writes can be expected to succeed: after a refusal, once the
    /// embedded databases' filesystems have room again (or, on PostgreSQL,
    /// once a while has passed without another refusal).
    pub fn writable(&self) -> bool {
        if !self.full.load(SeqCst) {
            return true;
        }
        let room = match self.sqlite_dirs.is_empty() {
            true => self
                .last_refused
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .is_none_or(|at| at.elapsed() >= REPORTED_FOR),
            false => self
                .sqlite_dirs
                .iter()
                .all(|d| free_bytes(d).is_some_and(|n| n >= FREE_TO_RESUME)),
        };
        if room {
            self.resumed();
        }
        room
    }
}

/// Bytes an unprivileged process can still write on the filesystem of `dir`.
#[cfg(unix)]
fn free_bytes(dir: &std::path::Path) -> Option<u64> {
    use std::os::unix::ffi::OsStrExt;
    let path = std::ffi::CString::new(dir.as_os_str().as_bytes()).ok()?;
    // SAFETY: `path` is a NUL-terminated string and `stats` a writable
    // statvfs that the call fills in; nothing is kept past the call.
    let mut stats: libc::statvfs = unsafe { std::mem::zeroed() };
    let ok = unsafe { libc::statvfs(path.as_ptr(), &mut stats) } == 0;
    ok.then(|| stats.f_bavail.saturating_mul(stats.f_frsize))
}

#[cfg(not(unix))]
fn free_bytes(_dir: &std::path::Path) -> Option<u64> {
    None
}
