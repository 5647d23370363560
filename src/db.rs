//! Connections to the main database and the key store, with the settings the
//! security model relies on (WAL, foreign keys, `secure_delete` on SQLite).

use entity::ids::CustomerId;
use std::{collections::HashMap, path::Path, time::Duration};

use migration::{KeystoreMigrator, Migrator, MigratorTrait};
use sea_orm::{
    ActiveModelTrait, ConnectOptions, ConnectionTrait, Database, DatabaseConnection,
    DatabaseTransaction, DbBackend, DbErr, EntityTrait, SqliteTransactionMode, TransactionOptions,
    TransactionTrait,
};

use crate::config::{Config, DatabaseConfig};

/// Both databases Steward uses.
#[derive(Clone, Debug)]
pub struct Databases {
    pub main: DatabaseConnection,
    pub keys: DatabaseConnection,
    /// Where writes to `main` go: transactions (see [`begin_write`]) and
    /// single-statement updates alike. On
    /// SQLite, one connection of its own: SQLite has one writer at a time,
    /// and writers queued for this connection are served in turn, where
    /// writers on separate connections would poll the lock, sleeping up to
    /// 100 ms between tries, so that a busy moment turned into long tails.
    /// On PostgreSQL, the main pool.
    pub writer: DatabaseConnection,
    /// Where writes to `keys` go, for the same reason.
    pub keys_writer: DatabaseConnection,
    /// Folds of the logs owed and done (see [`Databases::fold_logs`]).
    folds: std::sync::Arc<Folds>,
}

/// Folds asked for and done, as counters: a fold that finishes covers every
/// one asked for before it started, so a later one that fails is still owed
/// whatever finishes meanwhile.
#[derive(Debug, Default)]
struct Folds {
    asked: std::sync::atomic::AtomicU64,
    done: std::sync::atomic::AtomicU64,
}

impl Databases {
    pub async fn connect(config: &Config) -> Result<Self, DbErr> {
        std::fs::create_dir_all(&config.data_dir).map_err(|e| {
            DbErr::Custom(format!(
                "cannot create data_dir {}: {e}",
                config.data_dir.display()
            ))
        })?;
        let main = connect(&config.database_url(), &config.database).await?;
        let keys = connect(&config.keystore_url(), &config.keystore).await?;
        let writer = writer_for(&main, &config.database_url(), &config.database).await?;
        let keys_writer = writer_for(&keys, &config.keystore_url(), &config.keystore).await?;
        Ok(Self {
            main,
            keys,
            writer,
            keys_writer,
            folds: Default::default(),
        })
    }

    /// Folds both write-ahead logs of the embedded SQLite files into their
    /// databases and truncates them, so that what erasures and sent
    /// messages cleared (pages zeroed by `secure_delete`) leaves no earlier
    /// copy in a log or a database file. Should a reader hold a log past
    /// the busy timeout, the fold is owed and [`Databases::fold_if_owed`]
    /// (every job run) finishes it. Nothing on PostgreSQL.
    pub async fn fold_logs(&self) -> Result<(), DbErr> {
        use std::sync::atomic::Ordering::SeqCst;
        let asked = self.folds.asked.fetch_add(1, SeqCst) + 1;
        let main = checkpoint(&self.writer).await?;
        let keys = checkpoint(&self.keys_writer).await?;
        if main && keys {
            self.folds.done.fetch_max(asked, SeqCst);
        } else {
            tracing::warn!("a write-ahead log is still in use; it is folded at the next job run");
        }
        Ok(())
    }

    /// Says that the logs hold cleared pages and must be folded: by the
    /// caller's own [`Databases::fold_logs`] once its work is done, or, if
    /// that never comes (an error on the way), by the next job run's
    /// [`Databases::fold_if_owed`].
    pub fn owe_fold(&self) {
        self.folds
            .asked
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }

    /// Folds the logs if a fold asked for has not been done.
    pub async fn fold_if_owed(&self) -> Result<(), DbErr> {
        use std::sync::atomic::Ordering::SeqCst;
        match self.folds.asked.load(SeqCst) > self.folds.done.load(SeqCst) {
            true => self.fold_logs().await,
            false => Ok(()),
        }
    }

    pub async fn migrate(&self) -> Result<(), DbErr> {
        Migrator::up(&self.main, None).await?;
        KeystoreMigrator::up(&self.keys, None).await
    }

    /// Both databases answer a trivial query.
    pub async fn ping(&self) -> Result<(), DbErr> {
        self.main.ping().await?;
        self.keys.ping().await
    }
}

/// The connection writes to `pool`'s database go through: on SQLite one
/// connection of its own, elsewhere the pool itself.
async fn writer_for(
    pool: &DatabaseConnection,
    url: &str,
    settings: &DatabaseConfig,
) -> Result<DatabaseConnection, DbErr> {
    match pool.get_database_backend() {
        DbBackend::Sqlite => {
            let one = DatabaseConfig {
                max_connections: 1,
                ..settings.clone()
            };
            connect_cached(url, &one, settings.writer_cache_kib).await
        }
        _ => Ok(pool.clone()),
    }
}

pub use crate::config::SQLITE_CACHE_KIB;

/// Prepared statements kept per connection (sqlx's default, stated so the
/// bound is explicit); Steward runs a few dozen distinct statements.
pub const STATEMENTS_CACHED: usize = 100;

pub async fn connect(url: &str, settings: &DatabaseConfig) -> Result<DatabaseConnection, DbErr> {
    connect_cached(url, settings, SQLITE_CACHE_KIB).await
}

/// As [`connect`], with a page cache of `cache_kib` KiB per SQLite
/// connection.
async fn connect_cached(
    url: &str,
    settings: &DatabaseConfig,
    cache_kib: u32,
) -> Result<DatabaseConnection, DbErr> {
    if let Some(path) = sqlite_path(url)
        && let Some(dir) = Path::new(path)
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
    {
        std::fs::create_dir_all(dir)
            .map_err(|e| DbErr::Custom(format!("cannot create {}: {e}", dir.display())))?;
    }
    let mut opt = ConnectOptions::new(url.to_owned());
    opt.max_connections(settings.max_connections)
        .min_connections(1)
        .connect_timeout(Duration::from_secs(5))
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(move |o| {
            o.journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                .synchronous(sea_orm::sqlx::sqlite::SqliteSynchronous::Normal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10))
                .pragma("secure_delete", "ON")
                .pragma("cache_size", format!("-{cache_kib}"))
                .statement_cache_capacity(STATEMENTS_CACHED)
                .row_buffer_size(ROWS_HANDED_AT_ONCE)
                .create_if_missing(true)
        })
        .map_sqlx_postgres_opts(|o| o.statement_cache_capacity(STATEMENTS_CACHED));
    if sqlite_path(url).is_some() {
        // The pool would replace each connection every 30 minutes. A
        // connection to a local file gains nothing from that, and its
        // replacement starts with an empty page cache: reads slow down for
        // minutes while it refills, and resident memory drops by the pool's
        // caches and climbs back. Idle connections still close.
        opt.max_lifetime(None::<Duration>);
    }
    Database::connect(opt).await
}

/// How many rows of a result SQLite's connection thread may hand over
/// before the reader takes them. The driver's default (50) makes a read of
/// a thousand rows wait on the reader twenty times, two thread switches
/// each; with room for a whole page of a bucket or a batch, the thread
/// runs the statement through and the reader takes the rows in one go.
/// Results are collected whole anyway, so this holds no more in memory.
const ROWS_HANDED_AT_ONCE: usize = 4096;

/// The file behind a `sqlite:` URL, if it names one.
pub fn sqlite_path(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or(rest);
    (!path.is_empty() && path != ":memory:").then_some(path)
}

/// Rows per multi-row insert: inside the bound-parameter limits of SQLite
/// (32,766) and PostgreSQL (65,535) for tables of up to a dozen columns.
pub const ROWS_PER_STATEMENT: usize = 1000;

/// Inserts `rows` as multi-row statements of bounded size and of few
/// shapes (see [`statement_sizes`]).
pub async fn insert_chunked<E, C>(
    conn: &C,
    rows: impl IntoIterator<Item = E::ActiveModel>,
) -> Result<(), DbErr>
where
    E: EntityTrait,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
    C: ConnectionTrait,
{
    let rows: Vec<E::ActiveModel> = rows.into_iter().collect();
    let mut rows = rows.into_iter();
    for size in statement_sizes(rows.len()) {
        let chunk: Vec<_> = rows.by_ref().take(size).collect();
        E::insert_many(chunk).exec(conn).await?;
    }
    Ok(())
}

/// The sizes of the statements `n` rows are inserted with: as many full
/// statements of [`ROWS_PER_STATEMENT`] as fit, then the rest as powers of
/// two, largest first (37 rows: 32, 4, 1). The driver prepares and keeps
/// each distinct statement text (up to [`STATEMENTS_CACHED`] a
/// connection), and a multi-row insert of hundreds of rows is a large
/// prepared statement; batch sizes follow the load (the read audit's
/// batches above all), so with one statement per size the writer's cache
/// took on a new large statement whenever the load changed. This way a
/// table is written with at most eleven statements, whatever the sizes.
fn statement_sizes(n: usize) -> impl Iterator<Item = usize> {
    let full = n / ROWS_PER_STATEMENT;
    let rest = n % ROWS_PER_STATEMENT;
    let powers = (0..usize::BITS)
        .rev()
        .map(|bit| 1usize << bit)
        .filter(move |p| rest & p != 0);
    std::iter::repeat_n(ROWS_PER_STATEMENT, full).chain(powers)
}

/// Folds the write-ahead log of an embedded SQLite database into the main
/// file and truncates it; whether it finished (readers can keep it from
/// doing so). Always true on PostgreSQL, which has nothing to fold.
async fn checkpoint(db: &DatabaseConnection) -> Result<bool, DbErr> {
    if db.get_database_backend() != DbBackend::Sqlite {
        return Ok(true);
    }
    let row = db
        .query_one_raw(sea_orm::Statement::from_string(
            DbBackend::Sqlite,
            "PRAGMA wal_checkpoint(TRUNCATE)",
        ))
        .await?;
    // (busy, frames in the log, frames folded); busy is 1 when it could not finish.
    let busy = row.map_or(Ok(0), |r| r.try_get_by_index::<i64>(0))?;
    Ok(busy == 0)
}

/// A transaction that will write, on `Databases::writer` for the main
/// database. On SQLite it takes the write lock at BEGIN, so two writers queue
/// instead of failing on a lock upgrade.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    let options = TransactionOptions {
        sqlite_transaction_mode: (db.get_database_backend() == DbBackend::Sqlite)
            .then_some(SqliteTransactionMode::Immediate),
        ..Default::default()
    };
    db.begin_with_options(options).await
}

/// Work that must follow a caller's commit, done once for every caller
/// waiting at the time (group commit): a caller that arrives while a run is
/// under way waits for the next run, which covers it and everyone who came
/// meanwhile. A failed or abandoned run covers no one; the next caller in
/// line runs it again.
#[derive(Debug, Default)]
pub struct Coalesced {
    /// Tickets handed out, one per call.
    asked: std::sync::atomic::AtomicU64,
    /// The highest ticket a finished run covers; held while a run is on.
    covered: tokio::sync::Mutex<u64>,
}

impl Coalesced {
    /// Runs `work`, or waits for a run that started after this call did.
    pub async fn run<E, F, Fut>(&self, work: F) -> Result<(), E>
    where
        F: FnOnce() -> Fut,
        Fut: std::future::Future<Output = Result<(), E>>,
    {
        use std::sync::atomic::Ordering::SeqCst;
        let ticket = self.asked.fetch_add(1, SeqCst) + 1;
        let mut covered = self.covered.lock().await;
        if *covered >= ticket {
            return Ok(());
        }
        // Every ticket up to here was taken after its caller's commit, so
        // a run that starts now covers them all.
        let through = self.asked.load(SeqCst);
        work().await?;
        *covered = through;
        Ok(())
    }
}

/// How many rows a statement touched, per customer.
pub type PerCustomer = HashMap<CustomerId, u64>;

/// Deletes the rows `delete` matches and counts them per customer, in one
/// statement; `customer` is the column holding the customer's ID.
pub async fn delete_counting<E, C>(
    conn: &C,
    delete: sea_orm::DeleteMany<E>,
    customer: E::Column,
) -> Result<PerCustomer, DbErr>
where
    E: EntityTrait,
    C: ConnectionTrait,
{
    use sea_orm::QueryTrait;
    let mut statement = delete.into_query();
    statement.returning_col(customer);
    let mut counts = PerCustomer::new();
    for row in conn.query_all(&statement).await? {
        *counts
            .entry(row.try_get_by_index::<CustomerId>(0)?)
            .or_default() += 1;
    }
    Ok(counts)
}

#[cfg(test)]
mod tests {
    use std::sync::{
        Arc,
        atomic::{AtomicU64, Ordering::SeqCst},
    };

    use super::Coalesced;

    /// Counts its runs; each waits for `gate` before it finishes.
    async fn counted(runs: &AtomicU64, gate: &tokio::sync::Semaphore) -> Result<(), String> {
        runs.fetch_add(1, SeqCst);
        gate.acquire().await.map_err(|e| e.to_string())?.forget();
        Ok(())
    }

    #[test]
    fn rows_go_in_statements_of_few_sizes() {
        let sizes = |n| super::statement_sizes(n).collect::<Vec<_>>();
        assert_eq!(sizes(0), Vec::<usize>::new());
        assert_eq!(sizes(1), [1]);
        assert_eq!(sizes(37), [32, 4, 1]);
        assert_eq!(sizes(1000), [1000]);
        assert_eq!(sizes(2999), [1000, 1000, 512, 256, 128, 64, 32, 4, 2, 1]);
        let mut shapes = std::collections::BTreeSet::new();
        for n in 0..5000 {
            let s = sizes(n);
            assert_eq!(s.iter().sum::<usize>(), n);
            shapes.extend(s);
        }
        assert_eq!(shapes.len(), 11, "{shapes:?}");
    }

    #[tokio::test]
    async fn callers_that_arrive_during_a_run_share_the_next_one() {
        let coalesced = Arc::new(Coalesced::default());
        let runs = Arc::new(AtomicU64::new(0));
        let gate = Arc::new(tokio::sync::Semaphore::new(0));
        let call = || {
            let (c, r, g) = (coalesced.clone(), runs.clone(), gate.clone());
            tokio::spawn(async move { c.run(|| counted(&r, &g)).await })
        };
        let first = call();
        while runs.load(SeqCst) == 0 {
            tokio::task::yield_now().await;
        }
        // Three more arrive while the first run is under way.
        let waiting: Vec<_> = (0..3).map(|_| call()).collect();
        for _ in 0..10 {
            tokio::task::yield_now().await;
        }
        assert_eq!(runs.load(SeqCst), 1, "they wait for the run under way");
        gate.add_permits(10);
        first.await.unwrap().unwrap();
        for w in waiting {
            w.await.unwrap().unwrap();
        }
        assert_eq!(runs.load(SeqCst), 2, "one more run serves all three");
        // A caller after that gets a run of its own.
        call().await.unwrap().unwrap();
        assert_eq!(runs.load(SeqCst), 3);
    }

    #[tokio::test]
    async fn a_failed_run_covers_no_one() {
        let coalesced = Arc::new(Coalesced::default());
        let runs = Arc::new(AtomicU64::new(0));
        let gate = Arc::new(tokio::sync::Semaphore::new(0));
        // The first run fails once it is let go; two callers wait behind it.
        let failing = {
            let (c, r, g) = (coalesced.clone(), runs.clone(), gate.clone());
            tokio::spawn(async move {
                c.run(|| async move {
                    counted(&r, &g).await?;
                    Err("disk full".to_owned())
                })
                .await
            })
        };
        while runs.load(SeqCst) == 0 {
            tokio::task::yield_now().await;
        }
        let waiting: Vec<_> = (0..2)
            .map(|_| {
                let (c, r, g) = (coalesced.clone(), runs.clone(), gate.clone());
                tokio::spawn(async move { c.run(|| counted(&r, &g)).await })
            })
            .collect();
        for _ in 0..10 {
            tokio::task::yield_now().await;
        }
        gate.add_permits(10);
        assert_eq!(failing.await.unwrap(), Err("disk full".to_owned()));
        for w in waiting {
            w.await.unwrap().unwrap();
        }
        assert_eq!(
            runs.load(SeqCst),
            2,
            "the failed run covered neither; one more run served both"
        );
    }
}
