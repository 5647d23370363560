//! Failed-login throttling, per account and per client IP, kept in the
//! database so every instance sees the same counts. Keys are hashes: the
//! table holds no email addresses.

use chrono::{DateTime, Utc};
use entity::login_throttle;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set,
};

use crate::{
    crypto::sha256_hex,
    db::begin_write,
    error::{Error, Result},
    state::AppState,
};

pub struct Keys {
    account: String,
    ip: Option<String>,
}

impl Keys {
    pub fn new(tenant: &str, email: &str, ip: Option<&str>) -> Self {
        let account = format!(
            "acct:{}",
            sha256_hex(
                format!(
                    "{}\n{}",
                    tenant.trim().to_lowercase(),
                    email.trim().to_lowercase()
                )
                .as_bytes()
            )
        );
        Self {
            account,
            ip: ip.map(|ip| format!("ip:{ip}")),
        }
    }

    fn each<'a>(&'a self, state: &AppState) -> impl Iterator<Item = (&'a str, u32)> {
        let auth = &state.config.auth;
        std::iter::once((self.account.as_str(), auth.max_failures_per_account))
            .chain(self.ip.as_deref().map(|ip| (ip, auth.max_failures_per_ip)))
    }
}

/// Refuses with `Throttled` while either key has used up its failures.
pub async fn check(state: &AppState, keys: &Keys) -> Result<()> {
    let now = state.clock.now();
    let window = state.config.auth.failure_window.as_chrono();
    let mut wait = 0i64;
    for (key, max) in keys.each(state) {
        if let Some(row) = login_throttle::Entity::find_by_id(key.to_owned())
            .one(&state.db.main)
            .await?
        {
            let ends = row.window_start + window;
            if row.failures as u32 >= max && ends > now {
                wait = wait.max((ends - now).num_seconds() + 1);
            }
        }
    }
    if wait > 0 {
        return Err(Error::Throttled {
            retry_after: wait as u64,
        });
    }
    Ok(())
}

pub async fn record_failure(state: &AppState, keys: &Keys) -> Result<()> {
    let now = state.clock.now();
    let window = state.config.auth.failure_window.as_chrono();
    let txn = begin_write(&state.db.main).await?;
    for (key, _) in keys.each(state) {
        bump(&txn, key, now, window).await?;
    }
    txn.commit().await?;
    Ok(())
}

async fn bump<C: ConnectionTrait>(
    conn: &C,
    key: &str,
    now: DateTime<Utc>,
    window: chrono::TimeDelta,
) -> Result<()> {
    // Make sure the row exists without racing another instance doing the same,
    // then lock it and count.
    login_throttle::Entity::insert(login_throttle::ActiveModel {
        key: Set(key.to_owned()),
        failures: Set(0),
        window_start: Set(now),
    })
    .on_conflict_do_nothing()
    .exec(conn)
    .await?;
    let row = login_throttle::Entity::find_by_id(key.to_owned())
        .lock_exclusive()
        .one(conn)
        .await?
        .ok_or_else(|| {
            Error::Internal("throttle counter vanished inside its transaction".into())
        })?;
    let in_window = row.window_start + window > now;
    let failures = if in_window {
        row.failures.saturating_add(1)
    } else {
        1
    };
    let mut am: login_throttle::ActiveModel = row.into();
    am.failures = Set(failures);
    if !in_window {
        am.window_start = Set(now);
    }
    am.update(conn).await?;
    Ok(())
}

/// A successful login clears the account's count (not the IP's).
pub async fn clear_account(state: &AppState, keys: &Keys) -> Result<()> {
    login_throttle::Entity::delete_by_id(keys.account.clone())
        .exec(&state.db.main)
        .await?;
    Ok(())
}

/// Drops counters whose window has passed.
pub async fn purge_stale(state: &AppState) -> Result<u64> {
    let cutoff = state.clock.now() - state.config.auth.failure_window.as_chrono();
    let res = login_throttle::Entity::delete_many()
        .filter(login_throttle::Column::WindowStart.lt(cutoff))
        .exec(&state.db.main)
        .await?;
    Ok(res.rows_affected)
}
