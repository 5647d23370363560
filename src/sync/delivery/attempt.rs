//! Sending one delivery: the HTTP client that refuses private addresses,
//! the signed request, and what came of it.

use entity::ids::TenantId;
use std::{
    collections::{HashMap, HashSet},
    net::SocketAddr,
    sync::Arc,
};

use chrono::{DateTime, Utc};
use entity::{delivery, integration};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::sync::{integrations::signing_keys, receiver::is_public};
use crate::{
    context::Services,
    error::{Error, Result},
    outbox::{self},
};

use super::common::*;
use super::{claim::*, schedule::*};

/// The HTTP client for receivers: no redirects, a timeout, and (unless
/// private receivers are allowed) a resolver that only hands out public
/// addresses, so a name that later resolves to an internal address is refused
/// at delivery time too.
pub fn client(config: &crate::config::Config) -> reqwest::Client {
    let c = &config.integrations;
    let mut builder = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(c.timeout.as_std())
        .connect_timeout(c.timeout.as_std())
        .pool_max_idle_per_host(c.concurrency as usize)
        .no_proxy()
        .user_agent(concat!("Steward-Webhooks/", env!("CARGO_PKG_VERSION")));
    if !c.allow_private {
        builder = builder.dns_resolver(Arc::new(PublicOnly));
    }
    builder.build().expect("the webhook client builds")
}

pub(super) struct PublicOnly;

impl reqwest::dns::Resolve for PublicOnly {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        Box::pin(async move {
            let addrs: Vec<SocketAddr> =
                tokio::net::lookup_host((name.as_str(), 0)).await?.collect();
            if addrs.is_empty() || addrs.iter().any(|a| !is_public(a.ip())) {
                return Err(
                    "the receiver's host resolves to a loopback, private or link-local address"
                        .into(),
                );
            }
            Ok(Box::new(addrs.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

/// The request body of a delivery: `{type, timestamp, data}` with the
/// personal part opened into `data`.
pub(super) fn body_of(
    d: &delivery::Model,
    outbox_key: Option<&crate::crypto::Key>,
) -> Result<String> {
    let mut data: Value = serde_json::from_str(&d.data)
        .map_err(|e| Error::internal_from(format!("delivery {}", d.id), e))?;
    if let (Some(sealed), Some(key)) = (&d.sealed, outbox_key) {
        let personal = outbox::open(key, d.tenant_id, d.event_id, sealed)?;
        if let (Some(data), Value::Object(personal)) = (data.as_object_mut(), personal) {
            data.extend(personal);
        }
    }
    Ok(json!({ "type": d.event_type, "timestamp": d.event_at, "data": data }).to_string())
}

/// Sends what is due, `integrations.concurrency` at a time: as attempts
/// finish, their results are recorded and more is claimed, so a slow
/// receiver holds up only its own deliveries.
pub(super) async fn deliver_due(state: &Services, summary: &mut DeliverySummary) -> Result<()> {
    let most = state.config.integrations.concurrency as usize;
    // Requests in flight are bounded by `permits`; up to four times as many
    // wait their turn, so claims and records come in batches.
    let queue = most * 4;
    let permits = Arc::new(tokio::sync::Semaphore::new(most));
    let mut sending = Sending::new();
    let mut finished: Vec<(delivery::Model, Attempt)> = Vec::new();
    loop {
        // Refill in batches, not one by one: each claim is a transaction.
        if sending.len() <= queue / 2 {
            let claimed = claim(state, (queue - sending.len()) as u64).await?;
            if !claimed.is_empty() {
                state.faults.check("deliveries.claimed")?;
                start(state, claimed, &permits, &mut sending, &mut finished).await?;
            }
        }
        if sending.is_empty() && finished.is_empty() {
            return Ok(());
        }
        let task_failed =
            |e: tokio::task::JoinError| Error::internal_from("a delivery task failed", e);
        while let Some(done) = sending.try_join_next() {
            finished.push(done.map_err(task_failed)?);
        }
        // Results are recorded a handful at a time (each record is a
        // transaction), or as soon as nothing else is on its way.
        let handful = most.max(1);
        if finished.len() < handful && !sending.is_empty() {
            if let Some(done) = sending.join_next().await {
                finished.push(done.map_err(task_failed)?);
            }
            if finished.len() < handful && !sending.is_empty() {
                continue;
            }
        }
        if !finished.is_empty() {
            record(state, std::mem::take(&mut finished), summary).await?;
        }
    }
}

/// Starts sending `claimed`; what needs no request (an integration switched
/// off, a delivery that cannot be prepared) goes straight to `finished`.
pub(super) async fn start(
    state: &Services,
    claimed: Vec<delivery::Model>,
    permits: &Arc<tokio::sync::Semaphore>,
    sending: &mut Sending,
    finished: &mut Vec<(delivery::Model, Attempt)>,
) -> Result<()> {
    let now = state.clock.now();
    let receivers = receivers_of(state, &claimed).await?;
    let tenant_keys = tenant_keys_of(state, &receivers).await;
    let wall = Utc::now().timestamp();
    let outcomes = finished;
    for d in claimed {
        let Some(i) = receivers.get(&(d.tenant_id, d.integration_id)) else {
            // Deleted since: its deliveries went with it.
            continue;
        };
        if !i.enabled {
            outcomes.push((d, Attempt::Paused));
            continue;
        }
        // One delivery that cannot be prepared fails on its own schedule
        // instead of holding up the rest.
        let (signing, body) = match prepare(&tenant_keys, i, &d, now) {
            Ok(p) => p,
            Err(e) => {
                tracing::error!(delivery = %d.id, error = %crate::error::report(&e), "a delivery could not be prepared");
                outcomes.push((
                    d,
                    Attempt::Failed {
                        status: None,
                        error: "Steward could not prepare this delivery; see its log".into(),
                        retry_after: None,
                    },
                ));
                continue;
            }
        };
        let request = signed_request(state, i, &d, &signing, body, wall);
        let url = i.url.clone();
        let allow_private = state.config.integrations.allow_private;
        let timeout = state.config.integrations.timeout;
        let permits = permits.clone();
        sending.spawn(async move {
            let _permit = permits.acquire_owned().await;
            let attempt = attempt(request, &url, allow_private, timeout).await;
            (d, attempt)
        });
    }
    Ok(())
}

/// The integrations the `claimed` deliveries go to, by tenant and ID.
async fn receivers_of(
    state: &Services,
    claimed: &[delivery::Model],
) -> Result<HashMap<(TenantId, Uuid), integration::Model>> {
    let keys: HashSet<(TenantId, Uuid)> = claimed
        .iter()
        .map(|d| (d.tenant_id, d.integration_id))
        .collect();
    let mut receivers: HashMap<(TenantId, Uuid), integration::Model> = HashMap::new();
    for tenant in keys.iter().map(|k| k.0).collect::<HashSet<_>>() {
        let ids: Vec<Uuid> = keys.iter().filter(|k| k.0 == tenant).map(|k| k.1).collect();
        for i in integration::Entity::find()
            .filter(integration::Column::TenantId.eq(tenant))
            .filter(integration::Column::Id.is_in(ids))
            .all(&state.db.main)
            .await?
        {
            receivers.insert((i.tenant_id, i.id), i);
        }
    }
    Ok(receivers)
}

/// The keys of the tenants `receivers` belong to. A tenant whose key cannot
/// be had is logged and left out; its deliveries then fail to prepare.
async fn tenant_keys_of(
    state: &Services,
    receivers: &HashMap<(TenantId, Uuid), integration::Model>,
) -> HashMap<TenantId, crate::crypto::Key> {
    let mut tenant_keys = HashMap::new();
    for tenant in receivers.keys().map(|k| k.0).collect::<HashSet<_>>() {
        match state.keys.tenant_key(tenant).await {
            Ok(key) => {
                tenant_keys.insert(tenant, key);
            }
            Err(e) => {
                tracing::error!(%tenant, error = %crate::error::report(&e), "no tenant key for deliveries")
            }
        }
    }
    tenant_keys
}

/// What sending `d` to `i` takes: the keys that sign it now, and its body.
fn prepare(
    tenant_keys: &HashMap<TenantId, crate::crypto::Key>,
    i: &integration::Model,
    d: &delivery::Model,
    now: DateTime<Utc>,
) -> Result<(Vec<Zeroizing<Vec<u8>>>, String)> {
    tenant_keys
        .get(&d.tenant_id)
        .ok_or_else(|| Error::internal("no tenant key"))
        .and_then(|tenant_key| {
            let signing = signing_keys(tenant_key, i, now)?;
            let outbox_key = d.sealed.as_ref().map(|_| outbox::outbox_key(tenant_key));
            Ok((signing, body_of(d, outbox_key.as_ref())?))
        })
}

/// The signed POST of `body` to the integration's URL, stamped `wall`.
fn signed_request(
    state: &Services,
    i: &integration::Model,
    d: &delivery::Model,
    signing: &[Zeroizing<Vec<u8>>],
    body: String,
    wall: i64,
) -> reqwest::RequestBuilder {
    let id = d.id.to_string();
    let signature = crate::sync::sign::header(signing, &id, wall, body.as_bytes());
    state
        .webhooks
        .post(&i.url)
        .header("content-type", "application/json")
        .header("webhook-id", id)
        .header("webhook-timestamp", wall.to_string())
        .header("webhook-signature", signature)
        .body(body)
}

pub(super) async fn attempt(
    request: reqwest::RequestBuilder,
    url: &str,
    allow_private: bool,
    timeout: crate::duration::IsoDuration,
) -> Attempt {
    // Names are checked by the resolver; addresses written in the URL here.
    if !allow_private && let Ok(u) = url::Url::parse(url) {
        let literal = match u.host() {
            Some(url::Host::Ipv4(ip)) => Some(std::net::IpAddr::V4(ip)),
            Some(url::Host::Ipv6(ip)) => Some(std::net::IpAddr::V6(ip)),
            _ => None,
        };
        if literal.is_some_and(|ip| !is_public(ip)) {
            return Attempt::Failed {
                status: None,
                error: "refused: the receiver is on a loopback, private or link-local address"
                    .into(),
                retry_after: None,
            };
        }
    }
    match request.send().await {
        Ok(resp) => {
            let status = resp.status();
            if status.is_success() {
                return Attempt::Delivered(status.as_u16());
            }
            if status == reqwest::StatusCode::GONE {
                return Attempt::Gone;
            }
            let retry_after = resp
                .headers()
                .get(reqwest::header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(parse_retry_after);
            let error = match status.is_redirection() {
                true => format!("the receiver answered {status}; redirects are not followed"),
                false => format!("the receiver answered {status}"),
            };
            Attempt::Failed {
                status: Some(status.as_u16()),
                error,
                retry_after,
            }
        }
        Err(e) => Attempt::Failed {
            status: None,
            error: describe(&e, timeout),
            retry_after: None,
        },
    }
}

/// A transport error in words, without the URL (it may carry a token the
/// receiver put there) and cut to fit the log.
pub(super) fn describe(e: &reqwest::Error, timeout: crate::duration::IsoDuration) -> String {
    if e.is_timeout() {
        return format!("no answer within {}", timeout.in_words());
    }
    let mut innermost = None;
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        innermost = Some(s.to_string());
        source = s.source();
    }
    let what = if e.is_connect() {
        "could not connect"
    } else {
        "the request failed"
    };
    let text = match innermost {
        Some(detail) => format!("{what}: {detail}"),
        None => what.to_owned(),
    };
    text.chars().take(300).collect()
}

pub(super) type Sending = tokio::task::JoinSet<(delivery::Model, Attempt)>;

#[cfg(test)]
mod tests {
    use super::*;

    fn config(allow_private: bool) -> crate::config::Config {
        use figment::providers::{Format, Toml};
        crate::config::Config::from_figment(crate::config::Config::defaults().merge(Toml::string(
            &format!("integrations.allow_private = {allow_private}"),
        )))
        .unwrap()
    }

    /// A listener that answers 200 to anything; its port.
    async fn listener() -> u16 {
        let socket = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = socket.local_addr().unwrap().port();
        tokio::spawn(async move {
            use tokio::io::{AsyncReadExt, AsyncWriteExt};
            while let Ok((mut stream, _)) = socket.accept().await {
                let mut buf = [0u8; 4096];
                let _ = stream.read(&mut buf).await;
                let _ = stream
                    .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n")
                    .await;
            }
        });
        port
    }

    async fn try_send(allow_private: bool, url: &str) -> Attempt {
        let config = config(allow_private);
        let request = client(&config).post(url).body("{}");
        attempt(request, url, allow_private, config.integrations.timeout).await
    }

    #[tokio::test]
    async fn private_receivers_are_refused_at_delivery_time() {
        let port = listener().await;
        for url in [
            format!("http://localhost:{port}/hook"),
            format!("http://127.0.0.1:{port}/hook"),
        ] {
            match try_send(false, &url).await {
                Attempt::Failed { error, status, .. } => {
                    assert!(status.is_none());
                    assert!(
                        error.contains("loopback, private or link-local"),
                        "{url}: {error}"
                    );
                }
                _ => panic!("{url} was not refused"),
            }
            assert!(
                matches!(try_send(true, &url).await, Attempt::Delivered(200)),
                "{url} is fine when private receivers are allowed"
            );
        }
    }

    #[test]
    fn retry_after_is_honoured_and_the_schedule_grows() {
        assert_eq!(parse_retry_after("120"), Some(120));
        assert_eq!(parse_retry_after("999999999"), Some(MAX_RETRY_AFTER));
        assert_eq!(parse_retry_after("soon"), None);
        let first = pause_after(1, None).num_seconds();
        assert!((4..=6).contains(&first), "{first}");
        assert_eq!(pause_after(1, Some(3_600)).num_seconds(), 3_600);
        let last = pause_after(7, None).num_seconds();
        assert!((77_760..=95_040).contains(&last), "{last}");
    }
}
