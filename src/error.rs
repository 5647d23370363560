//! The domain error: what went wrong in terms a caller can act on. Turned into
//! an HTTP problem document in exactly one place (`http::problem`).

use std::collections::BTreeMap;

use sea_orm::{DbErr, TransactionError};

use crate::crypto::keystore::KeyStoreError;

/// Field name → what is wrong with it.
pub type FieldErrors = BTreeMap<String, String>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error("{0}")]
    Forbidden(String),
    #[error("authentication required")]
    Unauthenticated,
    #[error("your session has ended; sign in again")]
    SessionExpired,
    #[error("the tenant, email or password is not right")]
    InvalidCredentials,
    #[error("this account needs a current code from its authenticator app")]
    TotpRequired,
    /// A signed message whose signature or timestamp does not check out.
    #[error("{0}")]
    BadSignature(String),
    #[error("{0}")]
    Conflict(String),
    /// The thing existed and was erased on purpose; it will not come back.
    #[error("{0}")]
    Gone(String),
    /// A customer record merged into another (`into`, the survivor): gone,
    /// with a pointer to where its data went.
    #[error("{detail}")]
    Merged {
        into: entity::ids::CustomerId,
        detail: String,
    },
    #[error("{}", summarize(.0))]
    Invalid(FieldErrors),
    #[error("{0}")]
    BadRequest(String),
    /// An uploaded file over its limit (a 413): nothing was kept.
    #[error("{0}")]
    TooLarge(String),
    /// An uploaded file of a type not taken (a 415): nothing was kept.
    #[error("{0}")]
    UnsupportedMediaType(String),
    /// Query parameters of a list that cannot be read, by name: a 400,
    /// where [`Error::Invalid`] (a 422) refuses what was to be saved.
    #[error("{}", summarize(.0))]
    BadQuery(FieldErrors),
    #[error("too many failed attempts; try again in {retry_after} seconds")]
    Throttled { retry_after: u64 },
    /// Steward is too busy to take this on now: no free request slot, or
    /// the database had no connection or lock free in time. `unchanged`
    /// when the refusal came before anything was saved (a refused request,
    /// a rolled-back transaction); otherwise a change made earlier in the
    /// same request may stand.
    #[error("{}", busy_detail(*.unchanged, *.retry_after))]
    Busy { retry_after: u64, unchanged: bool },
    /// The disk under a database is full: the write (a change, or the audit
    /// row of a read) was rolled back whole. `unchanged` when nothing of the
    /// request was saved; otherwise an earlier transaction of the same
    /// request may stand (as for `Busy`).
    #[error("{}", storage_full_detail(*.unchanged))]
    StorageFull { unchanged: bool },
    #[error("database: {0}")]
    Db(DbErr),
    #[error(transparent)]
    Keys(KeyStoreError),
    /// Something went wrong inside Steward, no fault of the caller. The
    /// context says what was being done; the source, when there is one, is
    /// kept so the log shows the whole chain once, where the error is
    /// answered or a job gives up (see [`report`]).
    #[error("{context}")]
    Internal {
        context: String,
        #[source]
        source: Option<BoxError>,
    },
}

/// Any error, boxed, as the source of an internal one.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// An internal error with no underlying cause.
    pub fn internal(context: impl Into<String>) -> Self {
        Self::Internal {
            context: context.into(),
            source: None,
        }
    }

    /// An internal error caused by `source`, which is kept.
    pub fn internal_from(context: impl Into<String>, source: impl Into<BoxError>) -> Self {
        Self::Internal {
            context: context.into(),
            source: Some(source.into()),
        }
    }

    /// A validation failure of one field.
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        Self::Invalid(BTreeMap::from([(field.to_owned(), message.into())]))
    }

    /// A query parameter of a list that cannot be read (a 400 naming it).
    pub fn bad_param(param: &str, message: impl Into<String>) -> Self {
        Self::BadQuery(BTreeMap::from([(param.to_owned(), message.into())]))
    }
}

fn busy_detail(unchanged: bool, retry_after: u64) -> String {
    match unchanged {
        true => format!("Steward is busy; nothing was changed, try again in {retry_after} s"),
        false => format!(
            "Steward is busy; try again in {retry_after} s, but first check whether the change was made"
        ),
    }
}

fn storage_full_detail(unchanged: bool) -> String {
    let first =
        "Steward's storage is full, so this request could not be recorded and was not carried out";
    match unchanged {
        true => format!("{first}; nothing was changed. Try it again once space has been freed"),
        false => format!(
            "{first}. Try it again once space has been freed, but first check whether part of it was done"
        ),
    }
}

fn summarize(errors: &FieldErrors) -> String {
    let fields: Vec<&str> = errors.keys().map(String::as_str).collect();
    format!("invalid value for {}", fields.join(", "))
}

impl From<DbErr> for Error {
    /// A busy database asks the client to come back. It cannot be told from
    /// here whether an earlier transaction of the same request committed,
    /// so the answer does not promise that nothing was changed.
    fn from(e: DbErr) -> Self {
        if is_storage_full(&e) {
            return Error::StorageFull { unchanged: false };
        }
        match is_busy(&e) {
            true => {
                tracing::warn!(error = %e, "database busy; asking the client to retry");
                Error::Busy {
                    retry_after: 1,
                    unchanged: false,
                }
            }
            false => Error::Db(e),
        }
    }
}

impl From<KeyStoreError> for Error {
    /// The key store's database fails as the main one does.
    fn from(e: KeyStoreError) -> Self {
        match e {
            KeyStoreError::Db(db) if is_storage_full(&db) || is_busy(&db) => Error::from(db),
            e => Error::Keys(e),
        }
    }
}

/// Whether the database refused a write because its disk is full: SQLite's
/// SQLITE_FULL (also what it reports when the log cannot grow) and
/// SQLITE_IOERR_SHMSIZE (the log's index could not grow), PostgreSQL's
/// disk_full. The transaction was rolled back.
pub(crate) fn is_storage_full(e: &DbErr) -> bool {
    use sea_orm::{RuntimeErr, sqlx};
    match e {
        DbErr::Conn(RuntimeErr::SqlxError(e))
        | DbErr::Exec(RuntimeErr::SqlxError(e))
        | DbErr::Query(RuntimeErr::SqlxError(e)) => match e.as_ref() {
            sqlx::Error::Database(d) => {
                matches!(d.code().as_deref(), Some("13" | "4874" | "53100"))
            }
            _ => false,
        },
        _ => false,
    }
}

/// Whether the database refused for load, not for the request: the pool had
/// no connection free in time, SQLite's writer lock was held past the busy
/// timeout, or PostgreSQL gave up on a lock, a serialization or a deadlock.
/// Each rolled back the transaction it was part of.
pub(crate) fn is_busy(e: &DbErr) -> bool {
    use sea_orm::{ConnAcquireErr, RuntimeErr, sqlx};
    match e {
        DbErr::ConnectionAcquire(ConnAcquireErr::Timeout) => true,
        DbErr::Conn(RuntimeErr::SqlxError(e))
        | DbErr::Exec(RuntimeErr::SqlxError(e))
        | DbErr::Query(RuntimeErr::SqlxError(e)) => match e.as_ref() {
            sqlx::Error::PoolTimedOut => true,
            sqlx::Error::Database(d) => match d.code().as_deref() {
                // SQLITE_BUSY and its extended codes (recovery, snapshot,
                // timeout); PostgreSQL's lock_not_available and
                // serialization_failure.
                Some("5" | "261" | "517" | "773" | "55P03" | "40001") => true,
                // A deadlock resolves itself, but two code paths taking
                // locks in opposite orders is a fault to be mended.
                Some("40P01") => {
                    tracing::error!(error = %d, "deadlock between transactions");
                    true
                }
                _ => false,
            },
            _ => false,
        },
        _ => false,
    }
}

/// Where two requests may race to create the same thing (an email, a slug),
/// the unique key refusing the loser's row means "conflict", not "server error".
pub fn conflict_if_duplicate(e: DbErr, message: &str) -> Error {
    match e.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => Error::Conflict(message.to_owned()),
        _ => Error::from(e),
    }
}

impl From<TransactionError<Error>> for Error {
    fn from(e: TransactionError<Error>) -> Self {
        match e {
            TransactionError::Connection(db) => Error::from(db),
            TransactionError::Transaction(e) => e,
        }
    }
}

/// Collects validation failures so a caller hears of all of them at once.
#[derive(Default)]
pub struct Checks(FieldErrors);

impl Checks {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records the error of `result`, if any, under `field`; returns the value.
    pub fn take<T, E: std::fmt::Display>(
        &mut self,
        field: &str,
        result: Result<T, E>,
    ) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(e) => {
                self.0
                    .entry(field.to_owned())
                    .or_insert_with(|| e.to_string());
                None
            }
        }
    }

    pub fn fail(&mut self, field: &str, message: impl Into<String>) {
        self.0
            .entry(field.to_owned())
            .or_insert_with(|| message.into());
    }

    pub fn finish(self) -> Result<()> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(Error::Invalid(self.0))
        }
    }
}

/// An error and every cause under it, `outer: inner: innermost`: what the
/// log shows of an error, once, where it is answered or a job gives up.
pub fn report(e: &(dyn std::error::Error + 'static)) -> String {
    let mut out = e.to_string();
    let mut next = e.source();
    while let Some(cause) = next {
        let text = cause.to_string();
        // Some errors repeat their source in their own message.
        if !out.ends_with(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        next = cause.source();
    }
    out
}

#[cfg(test)]
mod tests {
    use sea_orm::{ConnAcquireErr, DbErr};

    use super::Error;
    use crate::http::problem::problem_of;

    #[test]
    fn a_pool_timeout_asks_for_a_retry_and_other_database_errors_are_internal() {
        let busy = Error::from(DbErr::ConnectionAcquire(ConnAcquireErr::Timeout));
        assert!(
            matches!(
                busy,
                Error::Busy {
                    retry_after: 1,
                    unchanged: false
                }
            ),
            "{busy:?}"
        );
        let (problem, retry_after) = problem_of(&busy);
        assert_eq!((problem.status, retry_after), (503, Some(1)));
        assert_eq!(problem.kind, "/problems/busy");
        // An earlier commit of the same request may stand: no promise.
        assert!(
            problem.detail.contains("check whether"),
            "{}",
            problem.detail
        );
        assert!(!problem.detail.contains("nothing was changed"));

        let closed = Error::from(DbErr::ConnectionAcquire(ConnAcquireErr::ConnectionClosed));
        assert!(matches!(closed, Error::Db(_)), "{closed:?}");
        let (problem, retry_after) = problem_of(&closed);
        assert_eq!((problem.status, retry_after), (500, None));
    }

    #[test]
    fn an_internal_error_keeps_its_source_for_the_log_but_not_for_the_caller() {
        let io = std::io::Error::other("disk on fire");
        let e = Error::internal_from("listing message files", io);
        assert_eq!(e.to_string(), "listing message files");
        assert_eq!(super::report(&e), "listing message files: disk on fire");
        let (problem, _) = problem_of(&e);
        assert_eq!(problem.status, 500);
        assert!(!problem.detail.contains("disk"), "{}", problem.detail);
        assert_eq!(super::report(&Error::internal("alone")), "alone");
    }
}
