//! Throttling of guesses: failed logins per account and per client IP, and
//! two-factor codes per user, kept in the database so every instance sees
//! the same counts. Each attempt is counted *before* it is checked, so
//! guesses sent in parallel cannot slip past the limit. Keys are hashes: the
//! table holds no email addresses.

use entity::ids::{TenantId, UserId};
use std::net::IpAddr;

use chrono::{DateTime, TimeDelta, Utc};
use entity::login_throttle;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, ExprTrait, QueryFilter,
    QuerySelect, Set, sea_query::Expr,
};

use crate::{
    context::Services,
    crypto::sha256_hex,
    db::begin_write,
    error::{Error, Result},
};

/// The counters one attempt is charged to.
pub struct Keys {
    /// Cleared by a success.
    account: String,
    /// Given back by a success, so a busy office behind one address is not locked out.
    ip: Option<String>,
    /// Whose limits apply: sign-in's or the portal's.
    portal: bool,
}

impl Keys {
    pub fn login(tenant: &str, email: &str, ip: Option<&str>) -> Self {
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
            ip: ip.map(ip_key),
            portal: false,
        }
    }

    /// Requests made through a tenant's portal, per address and per client
    /// IP. The address is keyed under the tenant key, so no dictionary of
    /// addresses reveals who used the portal.
    pub fn portal(tenant_key: &crate::crypto::Key, email: &str, ip: Option<&str>) -> Self {
        let key = tenant_key.derive(b"portal throttle");
        let mut mac = <hmac::Hmac<sha2::Sha256> as hmac::Mac>::new_from_slice(key.as_bytes())
            .expect("HMAC takes any key length");
        hmac::Mac::update(&mut mac, email.trim().to_lowercase().as_bytes());
        let digest: String = hmac::Mac::finalize(mac)
            .into_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        Self {
            account: format!("portal:{digest}"),
            ip: ip.map(|ip| format!("portal-{}", ip_key(ip))),
            portal: true,
        }
    }

    /// Codes checked for a signed-in user (confirming or turning off two-factor sign-in).
    pub fn totp(tenant_id: TenantId, user_id: UserId) -> Self {
        Self {
            account: format!(
                "totp:{}",
                sha256_hex(format!("{tenant_id}\n{user_id}").as_bytes())
            ),
            ip: None,
            portal: false,
        }
    }

    fn each<'a>(&'a self, state: &Services) -> impl Iterator<Item = (&'a str, u32)> {
        let (per_account, per_ip) = match self.portal {
            true => (
                state.config.portal.max_per_address,
                state.config.portal.max_per_ip,
            ),
            false => (
                state.config.auth.max_failures_per_account,
                state.config.auth.max_failures_per_ip,
            ),
        };
        std::iter::once((self.account.as_str(), per_account))
            .chain(self.ip.as_deref().map(|ip| (ip, per_ip)))
    }

    fn window(&self, state: &Services) -> chrono::TimeDelta {
        match self.portal {
            true => state.config.portal.window.as_chrono(),
            false => state.config.auth.failure_window.as_chrono(),
        }
    }
}

/// IPv6 clients usually hold a whole /64, so that is what is counted.
fn ip_key(ip: &str) -> String {
    match ip.parse::<IpAddr>() {
        Ok(IpAddr::V6(v6)) => {
            let s = v6.segments();
            format!("ip:{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
        _ => format!("ip:{ip}"),
    }
}

/// Counts one attempt against every key; refuses with `Throttled` when any
/// key is over its limit within the window.
pub async fn reserve(state: &Services, keys: &Keys) -> Result<()> {
    let now = state.clock.now();
    let window = keys.window(state);
    let txn = begin_write(&state.db.writer).await?;
    let mut wait = 0i64;
    for (key, max) in keys.each(state) {
        let row = bump(&txn, key, now, window).await?;
        if row.failures as u32 > max {
            wait = Ord::max(wait, (row.window_start + window - now).num_seconds() + 1);
        }
    }
    txn.commit().await?;
    if wait > 0 {
        return Err(Error::Throttled {
            retry_after: wait as u64,
        });
    }
    Ok(())
}

/// The attempt succeeded: the account starts afresh, the IP gets its attempt back.
pub async fn release(state: &Services, keys: &Keys) -> Result<()> {
    login_throttle::Entity::delete_by_id(keys.account.clone())
        .exec(&state.db.writer)
        .await?;
    if let Some(ip) = &keys.ip {
        login_throttle::Entity::update_many()
            .col_expr(
                login_throttle::Column::Failures,
                Expr::col(login_throttle::Column::Failures).sub(1),
            )
            .filter(login_throttle::Column::Key.eq(ip.as_str()))
            .filter(login_throttle::Column::Failures.gt(0))
            .exec(&state.db.writer)
            .await?;
    }
    Ok(())
}

async fn bump<C: ConnectionTrait>(
    conn: &C,
    key: &str,
    now: DateTime<Utc>,
    window: TimeDelta,
) -> Result<login_throttle::Model> {
    // Create the row without racing another instance doing the same, then
    // lock it and count. A purge may delete a stale row in between: go again.
    for _ in 0..3 {
        login_throttle::Entity::insert(login_throttle::ActiveModel {
            key: Set(key.to_owned()),
            failures: Set(0),
            window_start: Set(now),
        })
        .on_conflict_do_nothing()
        .exec(conn)
        .await?;
        let Some(row) = login_throttle::Entity::find_by_id(key.to_owned())
            .lock_exclusive()
            .one(conn)
            .await?
        else {
            continue;
        };
        let in_window = row.window_start + window > now;
        let mut am: login_throttle::ActiveModel = row.clone().into();
        am.failures = Set(if in_window {
            row.failures.saturating_add(1)
        } else {
            1
        });
        if !in_window {
            am.window_start = Set(now);
        }
        return Ok(am.update(conn).await?);
    }
    Err(Error::internal(
        "a throttle counter kept disappearing while it was counted",
    ))
}

/// Drops counters whose window has passed.
pub async fn purge_stale(state: &Services) -> Result<u64> {
    let longest = std::cmp::max(
        state.config.auth.failure_window.as_chrono(),
        state.config.portal.window.as_chrono(),
    );
    let cutoff = state.clock.now() - longest;
    let res = login_throttle::Entity::delete_many()
        .filter(login_throttle::Column::WindowStart.lt(cutoff))
        .exec(&state.db.writer)
        .await?;
    Ok(res.rows_affected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_clients_are_counted_by_their_64_prefix() {
        assert_eq!(
            ip_key("2001:db8:1:2:aaaa::1"),
            ip_key("2001:db8:1:2:bbbb::9")
        );
        assert_ne!(ip_key("2001:db8:1:2::1"), ip_key("2001:db8:1:3::1"));
        assert_eq!(ip_key("192.0.2.7"), "ip:192.0.2.7");
    }
}
