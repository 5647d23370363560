//! Delivery of queued events to integrations, by the job runner: each event
//! is handed to every integration that wants it (`fan_out`), then sent as a
//! Standard Webhooks request, retried on a growing schedule, and given up
//! ("dead") when the schedule runs out. Per customer and integration, events
//! go in the order they happened: a later one waits until the earlier one is
//! delivered or given up.

use std::{
    collections::{HashMap, HashSet},
    net::SocketAddr,
    sync::Arc,
};

use chrono::{DateTime, TimeDelta, Utc};
use entity::{delivery, integration, outbox_event};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, ExprTrait, QueryFilter, QueryOrder,
    QuerySelect, Statement,
    sea_query::{Alias, Expr, LockBehavior, LockType, Query},
};
use serde::Serialize;
use serde_json::{Value, json};
use uuid::Uuid;

use super::integrations::{self, is_public, signing_keys, wants};
use crate::{
    audit::{self, Actor, Entry},
    auth::{Role, Scope},
    db::{begin_write, insert_chunked},
    error::{Error, Result},
    http::meta::RequestMeta,
    outbox::{self, kind},
    pagination,
    state::AppState,
};

pub mod state {
    /// Waiting to be sent (or being sent).
    pub const PENDING: &str = "pending";
    pub const DELIVERED: &str = "delivered";
    /// Given up after the whole retry schedule, or by a 410.
    pub const DEAD: &str = "dead";
}

/// Pauses after the 1st, 2nd, … failed attempt; after the last, the
/// delivery is given up.
const SCHEDULE: [i64; 7] = [5, 300, 1_800, 7_200, 18_000, 36_000, 86_400];
/// How long a claimed delivery is reserved for the instance sending it.
const LEASE: TimeDelta = TimeDelta::minutes(2);
/// Events handed out per transaction.
const FAN_OUT: u64 = 1000;
/// The longest `Retry-After` honoured.
const MAX_RETRY_AFTER: i64 = 86_400;

#[derive(Debug, Default, Serialize)]
pub struct DeliverySummary {
    /// Deliveries created from queued events.
    pub queued: u64,
    /// Pages of consent snapshots queued.
    pub snapshot_pages: u64,
    pub delivered: u64,
    /// Failed attempts that will be tried again.
    pub retrying: u64,
    /// Deliveries given up.
    pub dead: u64,
    /// Integrations disabled because their receiver answered 410.
    pub integrations_disabled: u64,
}

/// The event types whose body carries a personal part.
fn carries_personal_data(event_type: &str) -> bool {
    matches!(
        event_type,
        kind::CONSENT_UPDATED | kind::CONTACT_FORGET | kind::CONSENT_SNAPSHOT
    )
}

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

struct PublicOnly;

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

/// Queues snapshots that are due, hands out queued events, and sends
/// everything due until nothing is.
pub async fn run(state: &AppState) -> Result<DeliverySummary> {
    let mut summary = DeliverySummary {
        snapshot_pages: super::snapshot::run_due(state).await?,
        ..Default::default()
    };
    loop {
        let (events, queued) = fan_out(state).await?;
        summary.queued += queued;
        if events < FAN_OUT {
            break;
        }
    }
    if anything_due(state).await? {
        deliver_due(state, &mut summary).await?;
    }
    summary.dead += give_up_paused(state).await?;
    purge_receipts(state).await?;
    Ok(summary)
}

/// Whether a delivery waits to be sent. A read on the reading pool, so an
/// idle tick takes no write lock.
async fn anything_due(state: &AppState) -> Result<bool> {
    let due: Option<Uuid> = delivery::Entity::find()
        .select_only()
        .column(delivery::Column::Id)
        .filter(delivery::Column::NextAttemptAt.lte(state.clock.now()))
        .filter(delivery::Column::State.eq(state::PENDING))
        .limit(1)
        .into_tuple()
        .one(&state.db.main)
        .await?;
    Ok(due.is_some())
}

/// Hands queued events to the integrations that want them, in one
/// transaction: the deliveries exist or the events are still queued.
/// Returns how many events were handed out, and how many deliveries made.
async fn fan_out(state: &AppState) -> Result<(u64, u64)> {
    let now = state.clock.now();
    // Nothing queued (a read, as in `anything_due`): no transaction.
    let queued: Option<Uuid> = outbox_event::Entity::find()
        .select_only()
        .column(outbox_event::Column::Id)
        .limit(1)
        .into_tuple()
        .one(&state.db.main)
        .await?;
    if queued.is_none() {
        return Ok((0, 0));
    }
    let txn = begin_write(&state.db.writer).await?;
    // Not SKIP LOCKED: hand-outs on several instances take turns, in ID
    // order, so a customer's later event never gets a delivery before an
    // earlier one.
    let events = outbox_event::Entity::find()
        .order_by_asc(outbox_event::Column::Id)
        .limit(FAN_OUT)
        .lock_exclusive()
        .all(&txn)
        .await?;
    if events.is_empty() {
        return Ok((0, 0));
    }
    let tenants: HashSet<Uuid> = events.iter().map(|e| e.tenant_id).collect();
    // Integrations that are off get their deliveries too, held back until
    // they are on again (or given up after `PAUSED_FOR`).
    let receivers = integration::Entity::find()
        .filter(integration::Column::TenantId.is_in(tenants))
        .all(&txn)
        .await?;
    let mut rows = Vec::new();
    for e in &events {
        let purpose = serde_json::from_str::<Value>(&e.data)
            .ok()
            .and_then(|d| d.get("purpose").and_then(Value::as_str).map(str::to_owned));
        for i in receivers.iter().filter(|i| i.tenant_id == e.tenant_id) {
            let wanted = wants(i, &e.kind)
                && e.origin_integration_id != Some(i.id)
                && (e.kind != kind::CONSENT_UPDATED || purpose.as_deref() == Some(&i.purpose));
            if wanted {
                let mut row = new_delivery(
                    e.tenant_id,
                    i.id,
                    e.id,
                    &e.kind,
                    e.customer_id,
                    e.created_at,
                    e.data.clone(),
                    e.sealed.clone(),
                    now,
                );
                if !i.enabled {
                    row.next_attempt_at = sea_orm::Set(None);
                }
                rows.push(row);
            }
        }
    }
    let queued = rows.len() as u64;
    insert_chunked::<delivery::Entity, _>(&txn, rows).await?;
    outbox_event::Entity::delete_many()
        .filter(outbox_event::Column::Id.is_in(events.iter().map(|e| e.id)))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok((events.len() as u64, queued))
}

#[allow(clippy::too_many_arguments)]
pub(super) fn new_delivery(
    tenant_id: Uuid,
    integration_id: Uuid,
    event_id: Uuid,
    event_type: &str,
    customer_id: Option<Uuid>,
    event_at: DateTime<Utc>,
    data: String,
    sealed: Option<Vec<u8>>,
    now: DateTime<Utc>,
) -> delivery::ActiveModel {
    use sea_orm::Set;
    delivery::ActiveModel {
        tenant_id: Set(tenant_id),
        id: Set(Uuid::now_v7()),
        integration_id: Set(integration_id),
        event_id: Set(event_id),
        event_type: Set(event_type.to_owned()),
        customer_id: Set(customer_id),
        event_at: Set(event_at),
        data: Set(data),
        sealed: Set(sealed),
        state: Set(state::PENDING.to_owned()),
        attempts: Set(0),
        failures: Set(0),
        next_attempt_at: Set(Some(now)),
        last_attempt_at: Set(None),
        last_status: Set(None),
        last_error: Set(None),
        delivered_at: Set(None),
        created_at: Set(now),
    }
}

/// [`claim`] on PostgreSQL: the same choice, with each customer's first
/// waiting delivery (per integration) read off the index of waiting
/// deliveries in one ordered pass. A delivery is the only one of its event
/// and integration, so the event orders a customer's deliveries fully.
/// Deliveries about no one customer (snapshot pages) wait for nothing, as
/// there. The state is written into the text, not bound, so that
/// PostgreSQL can use that partial index with every plan it caches.
static CLAIM_POSTGRES: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let pending = state::PENDING;
    format!(
        r#"
WITH heads AS (
    (SELECT DISTINCT ON (tenant_id, integration_id, customer_id) tenant_id, id
     FROM deliveries
     WHERE state = '{pending}' AND customer_id IS NOT NULL
     ORDER BY tenant_id, integration_id, customer_id, event_id)
    UNION ALL
    (SELECT tenant_id, id FROM deliveries
     WHERE state = '{pending}' AND customer_id IS NULL)
)
SELECT d.* FROM deliveries d
JOIN heads h ON h.tenant_id = d.tenant_id AND h.id = d.id
WHERE d.state = '{pending}' AND d.next_attempt_at <= $1
ORDER BY d.next_attempt_at, d.event_id
LIMIT $2
FOR UPDATE OF d SKIP LOCKED
"#
    )
});

/// Reserves due deliveries for this instance: per customer and
/// integration only the earliest waiting one, so order holds (and one
/// customer's backlog never holds up anyone else's).
async fn claim(state: &AppState, limit: u64) -> Result<Vec<delivery::Model>> {
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let chosen = if txn.get_database_backend() == DbBackend::Postgres {
        // PostgreSQL ran the check below (kept for SQLite) once per waiting
        // delivery, and each probe walked the row versions every earlier
        // lease left in the index: with a backlog of a few customers, a
        // claim read hundreds of thousands of pages to return a few dozen
        // rows.
        // Finding each customer's first waiting delivery in one ordered
        // pass over the waiting ones reads each of them once.
        delivery::Entity::find()
            .from_raw_sql(Statement::from_sql_and_values(
                DbBackend::Postgres,
                CLAIM_POSTGRES.as_str(),
                [now.into(), (limit as i64).into()],
            ))
            .all(&txn)
            .await?
    } else {
        // Only a customer's earliest waiting delivery (per integration).
        let earlier = Alias::new("earlier");
        let on =
            |c: delivery::Column| Expr::col((earlier.clone(), c)).equals((delivery::Entity, c));
        let waits_for_earlier = Query::select()
            .expr(Expr::val(1))
            .from_as(delivery::Entity, earlier.clone())
            .and_where(on(delivery::Column::TenantId))
            .and_where(on(delivery::Column::IntegrationId))
            .and_where(on(delivery::Column::CustomerId))
            .and_where(Expr::col((earlier.clone(), delivery::Column::State)).eq(state::PENDING))
            .and_where(
                Expr::col((earlier.clone(), delivery::Column::EventId))
                    .lt(Expr::col((delivery::Entity, delivery::Column::EventId))),
            )
            .to_owned();
        delivery::Entity::find()
            .filter(delivery::Column::NextAttemptAt.lte(now))
            .filter(delivery::Column::State.eq(state::PENDING))
            .filter(Expr::exists(waits_for_earlier).not())
            .order_by_asc(delivery::Column::NextAttemptAt)
            .order_by_asc(delivery::Column::EventId)
            .limit(limit)
            .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
            .all(&txn)
            .await?
    };
    if chosen.is_empty() {
        return Ok(chosen);
    }
    delivery::Entity::update_many()
        .filter(delivery::Column::Id.is_in(chosen.iter().map(|d| d.id)))
        .col_expr(delivery::Column::NextAttemptAt, Expr::value(now + LEASE))
        .col_expr(
            delivery::Column::Attempts,
            Expr::col(delivery::Column::Attempts).add(1),
        )
        .col_expr(delivery::Column::LastAttemptAt, Expr::value(Some(now)))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(chosen
        .into_iter()
        .map(|d| delivery::Model {
            attempts: d.attempts + 1,
            ..d
        })
        .collect())
}

/// What one attempt came to.
enum Attempt {
    Delivered(u16),
    /// 410 Gone: the receiver wants no more.
    Gone,
    Failed {
        status: Option<u16>,
        error: String,
        retry_after: Option<i64>,
    },
    /// Its integration was switched off since it was claimed.
    Paused,
}

/// The request body of a delivery: `{type, timestamp, data}` with the
/// personal part opened into `data`.
fn body_of(d: &delivery::Model, outbox_key: Option<&crate::crypto::Key>) -> Result<String> {
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

type Sending = tokio::task::JoinSet<(delivery::Model, Attempt)>;

/// Sends what is due, `integrations.concurrency` at a time: as attempts
/// finish, their results are recorded and more is claimed, so a slow
/// receiver holds up only its own deliveries.
async fn deliver_due(state: &AppState, summary: &mut DeliverySummary) -> Result<()> {
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
async fn start(
    state: &AppState,
    claimed: Vec<delivery::Model>,
    permits: &Arc<tokio::sync::Semaphore>,
    sending: &mut Sending,
    finished: &mut Vec<(delivery::Model, Attempt)>,
) -> Result<()> {
    let now = state.clock.now();
    let keys: HashSet<(Uuid, Uuid)> = claimed
        .iter()
        .map(|d| (d.tenant_id, d.integration_id))
        .collect();
    let mut receivers: HashMap<(Uuid, Uuid), integration::Model> = HashMap::new();
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
        let prepared = tenant_keys
            .get(&d.tenant_id)
            .ok_or_else(|| Error::internal("no tenant key"))
            .and_then(|tenant_key| {
                let signing = signing_keys(tenant_key, i, now)?;
                let outbox_key = d.sealed.as_ref().map(|_| outbox::outbox_key(tenant_key));
                Ok((signing, body_of(&d, outbox_key.as_ref())?))
            });
        let (signing, body) = match prepared {
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
        let id = d.id.to_string();
        let signature = super::sign::header(&signing, &id, wall, body.as_bytes());
        let request = state
            .webhooks
            .post(&i.url)
            .header("content-type", "application/json")
            .header("webhook-id", id)
            .header("webhook-timestamp", wall.to_string())
            .header("webhook-signature", signature)
            .body(body);
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

async fn attempt(
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
fn describe(e: &reqwest::Error, timeout: crate::duration::IsoDuration) -> String {
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

/// `Retry-After` in seconds or as an HTTP date, as seconds from now.
fn parse_retry_after(value: &str) -> Option<i64> {
    if let Ok(secs) = value.trim().parse::<i64>() {
        return Some(secs.clamp(0, MAX_RETRY_AFTER));
    }
    let at = DateTime::parse_from_rfc2822(value.trim()).ok()?;
    Some((at.timestamp() - Utc::now().timestamp()).clamp(0, MAX_RETRY_AFTER))
}

/// The pause before the next attempt after `failures` failures, with ±10%
/// jitter so receivers recovering from an outage are not hit all at once.
fn pause_after(failures: i32, retry_after: Option<i64>) -> TimeDelta {
    use rand::Rng;
    let step = usize::try_from(failures)
        .unwrap_or(1)
        .clamp(1, SCHEDULE.len());
    let base = SCHEDULE[step - 1] as f64 * rand::thread_rng().gen_range(0.9..1.1);
    let secs = std::cmp::max(std::cmp::max(base as i64, retry_after.unwrap_or(0)), 1);
    TimeDelta::seconds(secs)
}

async fn record(
    state: &AppState,
    outcomes: Vec<(delivery::Model, Attempt)>,
    summary: &mut DeliverySummary,
) -> Result<()> {
    let now = state.clock.now();
    let mut delivered: HashMap<(Uuid, u16), Vec<Uuid>> = HashMap::new();
    let mut gone: Vec<(Uuid, Uuid)> = Vec::new();
    let txn = begin_write(&state.db.writer).await?;
    for (d, attempt) in outcomes {
        let update = delivery::Entity::update_many()
            .filter(delivery::Column::TenantId.eq(d.tenant_id))
            .filter(delivery::Column::Id.eq(d.id))
            .filter(delivery::Column::State.eq(state::PENDING));
        match attempt {
            Attempt::Delivered(status) => delivered
                .entry((d.tenant_id, status))
                .or_default()
                .push(d.id),
            Attempt::Paused => {
                update
                    .col_expr(
                        delivery::Column::NextAttemptAt,
                        Expr::value(None::<DateTime<Utc>>),
                    )
                    .col_expr(
                        delivery::Column::Attempts,
                        Expr::col(delivery::Column::Attempts).sub(1),
                    )
                    .exec(&txn)
                    .await?;
            }
            Attempt::Gone => {
                summary.dead += 1;
                finish(update, state::DEAD)
                    .col_expr(delivery::Column::LastStatus, Expr::value(Some(410)))
                    .col_expr(
                        delivery::Column::LastError,
                        Expr::value(Some(
                            "the receiver answered 410 Gone; the integration was disabled",
                        )),
                    )
                    .exec(&txn)
                    .await?;
                if !gone.contains(&(d.tenant_id, d.integration_id)) {
                    gone.push((d.tenant_id, d.integration_id));
                }
            }
            Attempt::Failed {
                status,
                error,
                retry_after,
            } => {
                let failures = d.failures + 1;
                tracing::warn!(delivery = %d.id, integration = %d.integration_id, event = %d.event_type, attempt = d.attempts, ?status, %error, "webhook not delivered");
                let update = update
                    .col_expr(
                        delivery::Column::LastStatus,
                        Expr::value(status.map(i32::from)),
                    )
                    .col_expr(delivery::Column::LastError, Expr::value(Some(error)))
                    .col_expr(delivery::Column::Failures, Expr::value(failures));
                let update = if failures as usize > SCHEDULE.len() {
                    summary.dead += 1;
                    finish(update, state::DEAD)
                } else {
                    summary.retrying += 1;
                    update.col_expr(
                        delivery::Column::NextAttemptAt,
                        Expr::value(Some(now + pause_after(failures, retry_after))),
                    )
                };
                update.exec(&txn).await?;
            }
        }
    }
    for ((tenant_id, status), ids) in delivered {
        summary.delivered += ids.len() as u64;
        let update = delivery::Entity::update_many()
            .filter(delivery::Column::TenantId.eq(tenant_id))
            .filter(delivery::Column::Id.is_in(ids))
            .filter(delivery::Column::State.eq(state::PENDING))
            .col_expr(delivery::Column::DeliveredAt, Expr::value(Some(now)))
            .col_expr(
                delivery::Column::LastStatus,
                Expr::value(Some(i32::from(status))),
            )
            .col_expr(delivery::Column::LastError, Expr::value(None::<String>))
            .col_expr(delivery::Column::Failures, Expr::value(0));
        finish(update, state::DELIVERED).exec(&txn).await?;
    }
    for (tenant_id, integration_id) in gone {
        summary.integrations_disabled +=
            disable(state, &txn, tenant_id, integration_id, now).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Ends a delivery: no more attempts, and its personal part removed.
fn finish(
    update: sea_orm::UpdateMany<delivery::Entity>,
    to: &str,
) -> sea_orm::UpdateMany<delivery::Entity> {
    update
        .col_expr(delivery::Column::State, Expr::value(to))
        .col_expr(
            delivery::Column::NextAttemptAt,
            Expr::value(None::<DateTime<Utc>>),
        )
        .col_expr(delivery::Column::Sealed, Expr::value(None::<Vec<u8>>))
}

/// Disables an integration whose receiver answered 410, holds back what
/// waits for it, and tells the tenant's admins (in the app and by email).
async fn disable<C: ConnectionTrait>(
    state: &AppState,
    conn: &C,
    tenant_id: Uuid,
    integration_id: Uuid,
    now: DateTime<Utc>,
) -> Result<u64> {
    let res = integration::Entity::update_many()
        .col_expr(integration::Column::Enabled, Expr::value(false))
        .col_expr(
            integration::Column::DisabledReason,
            Expr::value(Some("the receiver answered 410 Gone")),
        )
        .col_expr(integration::Column::UpdatedAt, Expr::value(now))
        .filter(integration::Column::TenantId.eq(tenant_id))
        .filter(integration::Column::Id.eq(integration_id))
        .filter(integration::Column::Enabled.eq(true))
        .exec(conn)
        .await?;
    if res.rows_affected == 0 {
        return Ok(0);
    }
    integrations::pause(conn, tenant_id, integration_id, true, now).await?;
    use crate::notifications::service::{Subject, kind as notice, new_notice};
    entity::notification::Entity::insert(new_notice(
        tenant_id,
        notice::INTEGRATION_DISABLED,
        Subject::Integration(integration_id),
        now,
        None,
    ))
    .exec_without_returning(conn)
    .await?;
    audit::append(
        conn,
        tenant_id,
        Actor::System,
        &RequestMeta::system(),
        now,
        Entry::new("integration.disabled")
            .target("integration", integration_id)
            .detail(json!({ "status": 410 })),
    )
    .await?;
    let admins =
        crate::users::service::emails_of(conn, tenant_id, &[Role::Owner, Role::Admin]).await?;
    if !admins.is_empty() {
        let host = integration::Entity::find_by_id((tenant_id, integration_id))
            .one(conn)
            .await?
            .and_then(|i| url::Url::parse(&i.url).ok())
            .and_then(|u| u.host_str().map(str::to_owned));
        let base = state.config.public_url();
        let context = json!({
            "integration_id": integration_id,
            "host": host,
            "link": format!("{base}/settings/integrations"),
            "public_url": base,
        });
        let mail = crate::mail::Outgoing::render(
            "integration.disabled",
            "integration_disabled",
            admins,
            context,
        )?;
        crate::mail::queue(conn, now, mail).await?;
    }
    Ok(1)
}

/// How long a delivery waits for its integration to be switched on again
/// before it is given up (and its address removed).
const PAUSED_FOR: TimeDelta = TimeDelta::days(7);

async fn give_up_paused(state: &AppState) -> Result<u64> {
    let now = state.clock.now();
    let update = delivery::Entity::update_many()
        .filter(delivery::Column::State.eq(state::PENDING))
        .filter(delivery::Column::NextAttemptAt.is_null())
        .filter(delivery::Column::CreatedAt.lt(now - PAUSED_FOR))
        .col_expr(
            delivery::Column::LastError,
            Expr::value(Some(
                "given up: the integration was switched off for more than 7 days",
            )),
        );
    Ok(finish(update, state::DEAD)
        .exec(&state.db.writer)
        .await?
        .rows_affected)
}

/// Accepted inbound message IDs older than any tolerated timestamp go.
async fn purge_receipts(state: &AppState) -> Result<()> {
    let before = Utc::now() - state.config.integrations.hook_tolerance.as_chrono() * 2;
    entity::hook_receipt::Entity::delete_many()
        .filter(entity::hook_receipt::Column::ReceivedAt.lt(before))
        .exec(&state.db.writer)
        .await?;
    Ok(())
}

/// An integration's deliveries, newest first: when, what, how it went. No payloads.
pub async fn log(
    state: &AppState,
    scope: &Scope,
    integration_id: Uuid,
    filter: Option<&str>,
    cursor: Option<&str>,
    limit: Option<u64>,
) -> Result<(Vec<delivery::Model>, Option<String>)> {
    scope.require(Role::Admin)?;
    let limit = pagination::limit(limit)?;
    let after = match cursor {
        Some(c) => Some(
            pagination::decode("deliveries", c)?
                .parse::<Uuid>()
                .map_err(|_| Error::invalid("cursor", "is not a cursor this list gave out"))?,
        ),
        None => None,
    };
    integration::Entity::find_by_id((scope.tenant_id(), integration_id))
        .one(&state.db.main)
        .await?
        .ok_or(Error::NotFound("integration"))?;
    let mut query = delivery::Entity::find()
        .filter(delivery::Column::TenantId.eq(scope.tenant_id()))
        .filter(delivery::Column::IntegrationId.eq(integration_id));
    if let Some(f) = filter {
        query = query.filter(delivery::Column::State.eq(f));
    }
    if let Some(after) = after {
        query = query.filter(delivery::Column::Id.lt(after));
    }
    let mut rows = query
        .order_by_desc(delivery::Column::Id)
        .limit(limit + 1)
        .all(&state.db.main)
        .await?;
    let next = match rows.len() as u64 > limit {
        true => {
            rows.truncate(limit as usize);
            rows.last()
                .map(|d| pagination::encode("deliveries", &d.id.to_string()))
        }
        false => None,
    };
    Ok((rows, next))
}

/// Sends a delivery again now, with a fresh retry schedule. A given-up
/// `consent.updated` regains its address from the customer's record; one
/// whose person is gone, a `contact.forget` or a snapshot page cannot be
/// rebuilt once given up.
pub async fn retry(
    state: &AppState,
    scope: &Scope,
    meta: &RequestMeta,
    integration_id: Uuid,
    delivery_id: Uuid,
) -> Result<delivery::Model> {
    scope.require(Role::Admin)?;
    let tenant_id = scope.tenant_id();
    let now = state.clock.now();
    let i = integration::Entity::find_by_id((tenant_id, integration_id))
        .one(&state.db.main)
        .await?
        .ok_or(Error::NotFound("integration"))?;
    let d = delivery::Entity::find_by_id((tenant_id, delivery_id))
        .one(&state.db.main)
        .await?
        .filter(|d| d.integration_id == integration_id)
        .ok_or(Error::NotFound("delivery"))?;
    if !i.enabled {
        return Err(Error::Conflict(
            "this integration is disabled; enable it first".into(),
        ));
    }
    if d.state == state::DELIVERED {
        return Err(Error::Conflict(
            "this delivery was delivered already".into(),
        ));
    }
    if d.event_type == kind::CONSENT_UPDATED
        && let Some(customer_id) = d.customer_id
    {
        let later = delivery::Entity::find()
            .filter(delivery::Column::TenantId.eq(tenant_id))
            .filter(delivery::Column::IntegrationId.eq(integration_id))
            .filter(delivery::Column::CustomerId.eq(customer_id))
            .filter(delivery::Column::EventType.eq(kind::CONSENT_UPDATED))
            .filter(delivery::Column::EventId.gt(d.event_id))
            .filter(delivery::Column::State.ne(state::DEAD))
            .one(&state.db.main)
            .await?;
        if later.is_some() {
            return Err(Error::Conflict(
                "a later consent change of this customer was sent (or is on its way) since; sending this one again would put an old status back".into(),
            ));
        }
    }
    let mut sealed = d.sealed.clone();
    if sealed.is_none() && carries_personal_data(&d.event_type) {
        sealed = Some(rebuild(state, &d).await?);
    }
    let txn = begin_write(&state.db.writer).await?;
    let res = delivery::Entity::update_many()
        .col_expr(delivery::Column::State, Expr::value(state::PENDING))
        .col_expr(delivery::Column::Failures, Expr::value(0))
        .col_expr(delivery::Column::NextAttemptAt, Expr::value(Some(now)))
        .col_expr(delivery::Column::Sealed, Expr::value(sealed))
        .filter(delivery::Column::TenantId.eq(tenant_id))
        .filter(delivery::Column::Id.eq(delivery_id))
        .filter(delivery::Column::State.eq(d.state.clone()))
        .exec(&txn)
        .await?;
    if res.rows_affected != 1 {
        return Err(Error::Conflict(
            "this delivery changed meanwhile; look again".into(),
        ));
    }
    audit::append(
        &txn,
        tenant_id,
        scope.into(),
        meta,
        now,
        Entry::new("integration.delivery_retried")
            .target("integration", integration_id)
            .detail(
                json!({ "delivery_id": delivery_id, "event_type": d.event_type, "was": d.state }),
            ),
    )
    .await?;
    txn.commit().await?;
    delivery::Entity::find_by_id((tenant_id, delivery_id))
        .one(&state.db.main)
        .await?
        .ok_or(Error::NotFound("delivery"))
}

/// The personal part of a given-up `consent.updated`, from the record as
/// it is now.
async fn rebuild(state: &AppState, d: &delivery::Model) -> Result<Vec<u8>> {
    let cannot = |why: &str| Err(Error::Conflict(why.to_owned()));
    match d.event_type.as_str() {
        kind::CONSENT_UPDATED => {}
        kind::CONSENT_SNAPSHOT => {
            return cannot(
                "a snapshot page that was given up is not sent again; ask for a fresh snapshot with POST /integrations/{id}/snapshot",
            );
        }
        _ => {
            return cannot(
                "the address this event carried was removed when it was given up, and the person's record is erased; it cannot be sent again",
            );
        }
    }
    let Some(customer_id) = d.customer_id else {
        return cannot("this delivery names no customer");
    };
    let row = entity::customer::Entity::find_by_id((d.tenant_id, customer_id))
        .one(&state.db.main)
        .await?;
    let Some(row) = row else {
        return cannot(
            "the customer has been erased since; the receiver was sent contact.forget instead",
        );
    };
    let email = crate::customers::service::open_many(state, d.tenant_id, vec![row])
        .await?
        .pop()
        .and_then(|c| c.personal.email.clone());
    let key = outbox::key_of(state, d.tenant_id).await?;
    Ok(outbox::seal(
        &key,
        d.tenant_id,
        d.event_id,
        &json!({ "email": email }),
    ))
}

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
