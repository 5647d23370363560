//! Integrations: where a tenant's signed webhooks go, which events each
//! receives, its signing secret, and the consent purpose it keeps in sync.

use chrono::{DateTime, Utc};
use entity::ids::TenantId;
use entity::{delivery, integration};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, ExprTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, sea_query::Expr,
};
use serde_json::json;
use url::Url;
use uuid::Uuid;
use zeroize::Zeroizing;

use entity::delivery::State as DeliveryState;

use super::{receiver::check_url, sign};
use crate::{
    audit::Origin,
    audit::{self, Entry},
    auth::{Role, Scope},
    context::Services,
    crypto::Key,
    db::begin_write,
    duration::IsoDuration,
    error::{Checks, Error, Result},
    outbox::EventType,
};

/// Integrations one tenant may have.
pub const MAX_INTEGRATIONS: u64 = 20;
/// The purpose an integration keeps in sync unless told otherwise.
pub const DEFAULT_PURPOSE: &str = "marketing_email";
/// How often a consent snapshot goes out unless told otherwise.
pub const DEFAULT_SNAPSHOT_EVERY: &str = "P1D";
/// The old secret keeps signing this long after a rotation unless told otherwise.
pub const DEFAULT_GRACE: &str = "P1D";
pub struct NewIntegration {
    pub kind: String,
    pub url: String,
    pub events: Vec<String>,
    pub purpose: Option<String>,
    pub enabled: Option<bool>,
    pub snapshot_every: Option<String>,
}

#[derive(Default)]
pub struct Patch {
    pub url: Option<String>,
    pub events: Option<Vec<String>>,
    pub enabled: Option<bool>,
    pub snapshot_every: Option<String>,
}

/// How an integration's deliveries stand.
#[derive(Default, Clone, Copy)]
pub struct Counts {
    pub pending: u64,
    pub dead: u64,
}

fn secret_aad(tenant_id: TenantId, id: Uuid) -> Vec<u8> {
    format!("integration-secret:{tenant_id}:{id}").into_bytes()
}

fn check_events(events: &[String]) -> std::result::Result<Vec<String>, String> {
    let choices = || {
        EventType::ALL
            .iter()
            .map(|t| t.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    if events.is_empty() {
        return Err(format!("name at least one of: {}", choices()));
    }
    let mut out: Vec<String> = Vec::new();
    for e in events {
        if EventType::parse(e).is_none() {
            return Err(format!(
                "{e:?} is not an event type; choose from: {}",
                choices()
            ));
        }
        if out.contains(e) {
            return Err(format!("{e:?} is named twice"));
        }
        out.push(e.clone());
    }
    Ok(out)
}

fn check_every(every: &str) -> std::result::Result<IsoDuration, String> {
    let d: IsoDuration = every
        .parse()
        .map_err(|e| format!("is not an ISO 8601 duration such as P1D: {e}"))?;
    if d.as_std() < std::time::Duration::from_secs(3600) {
        return Err("must be at least 1 hour (PT1H)".into());
    }
    if d.as_std() > std::time::Duration::from_secs(31 * 86_400) {
        return Err("must be at most 31 days (P31D)".into());
    }
    Ok(d)
}

/// The event types an integration receives.
pub fn events_of(i: &integration::Model) -> Vec<EventType> {
    let words: Vec<String> = serde_json::from_str(&i.events).unwrap_or_default();
    // Stored lists were checked when written.
    words.iter().filter_map(|w| EventType::parse(w)).collect()
}

pub fn wants(i: &integration::Model, event_type: EventType) -> bool {
    events_of(i).contains(&event_type)
}

/// The HMAC keys that sign for `i` now: its secret, and during a rotation's
/// grace period the one it replaced.
pub fn signing_keys(
    tenant_key: &Key,
    i: &integration::Model,
    now: DateTime<Utc>,
) -> Result<Vec<Zeroizing<Vec<u8>>>> {
    let open = |sealed: &[u8]| -> Result<Zeroizing<Vec<u8>>> {
        let plain = tenant_key
            .open(sealed, &secret_aad(i.tenant_id, i.id))
            .map_err(|e| Error::internal_from(format!("integration {}", i.id), e))?;
        let text = std::str::from_utf8(&plain)
            .map_err(|e| Error::internal_from(format!("integration {}", i.id), e))?;
        sign::key_of(text)
            .ok_or_else(|| Error::internal(format!("integration {}: malformed secret", i.id)))
    };
    let mut keys = vec![open(&i.secret)?];
    if let (Some(old), Some(until)) = (&i.previous_secret, i.previous_until)
        && until > now
    {
        keys.push(open(old)?);
    }
    Ok(keys)
}

fn seal_secret(tenant_key: &Key, tenant_id: TenantId, id: Uuid, secret: &str) -> Vec<u8> {
    tenant_key.seal(secret.as_bytes(), &secret_aad(tenant_id, id))
}

/// A tenant's integration, for an admin. With `lock`, its row stays locked
/// until the transaction `conn` ends, so a change made meanwhile waits for it
/// and is not decided on stale state.
async fn find<C: sea_orm::ConnectionTrait>(
    conn: &C,
    scope: &Scope,
    id: Uuid,
    lock: bool,
) -> Result<integration::Model> {
    let mut query = integration::Entity::find_by_id((scope.tenant_id(), id));
    if lock {
        query = query.lock_exclusive();
    }
    query.one(conn).await?.ok_or(Error::NotFound("integration"))
}

pub async fn get(
    state: &Services,
    scope: &Scope,
    id: Uuid,
) -> Result<(integration::Model, Counts)> {
    scope.require(Role::Admin)?;
    let i = find(&state.db.main, scope, id, false).await?;
    let counts = counts(state, scope.tenant_id(), &[i.id]).await?;
    let c = counts.get(&i.id).copied().unwrap_or_default();
    Ok((i, c))
}

pub async fn list(state: &Services, scope: &Scope) -> Result<Vec<(integration::Model, Counts)>> {
    scope.require(Role::Admin)?;
    let rows = integration::Entity::find()
        .filter(integration::Column::TenantId.eq(scope.tenant_id()))
        .order_by_asc(integration::Column::Id)
        .all(&state.db.main)
        .await?;
    let ids: Vec<Uuid> = rows.iter().map(|i| i.id).collect();
    let counts = counts(state, scope.tenant_id(), &ids).await?;
    Ok(rows
        .into_iter()
        .map(|i| {
            let c = counts.get(&i.id).copied().unwrap_or_default();
            (i, c)
        })
        .collect())
}

async fn counts(
    state: &Services,
    tenant_id: TenantId,
    ids: &[Uuid],
) -> Result<std::collections::HashMap<Uuid, Counts>> {
    let rows: Vec<(Uuid, DeliveryState, i64)> = delivery::Entity::find()
        .select_only()
        .column(delivery::Column::IntegrationId)
        .column(delivery::Column::State)
        .expr(Expr::col(delivery::Column::Id).count())
        .filter(delivery::Column::TenantId.eq(tenant_id))
        .filter(delivery::Column::IntegrationId.is_in(ids.iter().copied()))
        .filter(delivery::Column::State.ne(DeliveryState::Delivered))
        .group_by(delivery::Column::IntegrationId)
        .group_by(delivery::Column::State)
        .into_tuple()
        .all(&state.db.main)
        .await?;
    let mut out: std::collections::HashMap<Uuid, Counts> = Default::default();
    for (id, st, n) in rows {
        let c = out.entry(id).or_default();
        match st {
            DeliveryState::Pending => c.pending = n as u64,
            DeliveryState::Dead => c.dead = n as u64,
            DeliveryState::Delivered => {}
        }
    }
    Ok(out)
}

/// Creates an integration; the answer holds its secret, shown this once.
pub async fn create(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    new: NewIntegration,
) -> Result<(integration::Model, Zeroizing<String>)> {
    scope.require(Role::Admin)?;
    let Checked {
        url,
        events,
        purpose,
        every,
    } = check_new(state, &new).await?;

    let now = state.clock.now();
    let id = Uuid::now_v7();
    let secret = sign::new_secret();
    let tenant_key = state.keys.tenant_key(scope.tenant_id()).await?;
    let txn = begin_write(&state.db.writer).await?;
    check_room(&txn, scope.tenant_id()).await?;
    let enabled = new.enabled.unwrap_or(true);
    let model = integration::ActiveModel {
        tenant_id: Set(scope.tenant_id()),
        id: Set(id),
        kind: Set(new.kind),
        url: Set(url.to_string()),
        events: Set(json!(events).to_string()),
        purpose: Set(purpose.clone()),
        enabled: Set(enabled),
        disabled_reason: Set(None),
        secret: Set(seal_secret(&tenant_key, scope.tenant_id(), id, &secret)),
        previous_secret: Set(None),
        previous_until: Set(None),
        snapshot_every: Set(every.to_string()),
        next_snapshot_at: Set(Some(now + every.as_chrono())),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&txn)
    .await?;
    audit::append(
        &txn,
        scope.tenant_id(),
        scope.into(),
        meta,
        now,
        Entry::new("integration.created")
            .target("integration", id)
            .detail(json!({
                "kind": "webhook", "host": url.host_str(), "events": events,
                "purpose": purpose, "enabled": enabled, "snapshot_every": every.to_string(),
            })),
    )
    .await?;
    txn.commit().await?;
    Ok((model, secret))
}

/// A new integration's settings, checked.
struct Checked {
    url: Url,
    events: Vec<String>,
    purpose: String,
    every: IsoDuration,
}

/// Checks a new integration's settings, filling in the defaults; every
/// field that is wrong is named in one answer.
async fn check_new(state: &Services, new: &NewIntegration) -> Result<Checked> {
    let mut checks = Checks::new();
    if new.kind != "webhook" {
        checks.fail("kind", "must be \"webhook\"");
    }
    let url = checks.take(
        "url",
        check_url(&new.url, state.config.integrations.allow_private).await,
    );
    let events = checks.take("events", check_events(&new.events));
    let purpose = checks.take(
        "purpose",
        crate::consent::service::parse_purpose(new.purpose.as_deref().unwrap_or(DEFAULT_PURPOSE)),
    );
    let every = checks.take(
        "snapshot_every",
        check_every(
            new.snapshot_every
                .as_deref()
                .unwrap_or(DEFAULT_SNAPSHOT_EVERY),
        ),
    );
    checks.finish()?;
    Ok(Checked {
        url: url.expect("checked"),
        events: events.expect("checked"),
        purpose: purpose.expect("checked"),
        every: every.expect("checked"),
    })
}

/// Refuses a new integration when the tenant has as many as it may.
async fn check_room<C: sea_orm::ConnectionTrait>(conn: &C, tenant_id: TenantId) -> Result<()> {
    let existing = integration::Entity::find()
        .filter(integration::Column::TenantId.eq(tenant_id))
        .count(conn)
        .await?;
    if existing >= MAX_INTEGRATIONS {
        return Err(Error::Conflict(format!(
            "a tenant can have at most {MAX_INTEGRATIONS} integrations; delete one first"
        )));
    }
    Ok(())
}

/// Changes an integration's URL, events, schedule or switch. Turning it on
/// again (after a 410, say) sends what waited.
pub async fn update(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    id: Uuid,
    patch: Patch,
) -> Result<(integration::Model, Counts)> {
    scope.require(Role::Admin)?;
    let checked = check_patch(state, &patch).await?;

    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let current = find(&txn, scope, id, true).await?;
    let (am, changed) = apply_patch(&txn, &current, checked, patch.enabled, now).await?;
    let model = am.update(&txn).await?;
    audit::append(
        &txn,
        scope.tenant_id(),
        scope.into(),
        meta,
        now,
        Entry::new("integration.updated")
            .target("integration", id)
            .detail(json!({
                "changed": changed, "enabled": model.enabled,
                "host": Url::parse(&model.url).ok().and_then(|u| u.host_str().map(str::to_owned)),
            })),
    )
    .await?;
    txn.commit().await?;
    let c = counts(state, scope.tenant_id(), &[id]).await?;
    Ok((model, c.get(&id).copied().unwrap_or_default()))
}

/// The settings a patch changes, checked.
struct CheckedPatch {
    url: Option<Url>,
    events: Option<Vec<String>>,
    every: Option<IsoDuration>,
}

/// Checks the settings a patch names; every field that is wrong is named in
/// one answer.
async fn check_patch(state: &Services, patch: &Patch) -> Result<CheckedPatch> {
    let mut checks = Checks::new();
    let url = match &patch.url {
        Some(u) => checks.take(
            "url",
            check_url(u, state.config.integrations.allow_private).await,
        ),
        None => None,
    };
    let events = patch
        .events
        .as_deref()
        .and_then(|e| checks.take("events", check_events(e)));
    let every = patch
        .snapshot_every
        .as_deref()
        .and_then(|e| checks.take("snapshot_every", check_every(e)));
    checks.finish()?;
    Ok(CheckedPatch { url, events, every })
}

/// The integration `current` with the patch's changes, and the names of the
/// fields changed. Switching it off holds back its pending deliveries;
/// switching it on lets them go, and asks for a snapshot if it receives them.
async fn apply_patch<C: sea_orm::ConnectionTrait>(
    conn: &C,
    current: &integration::Model,
    checked: CheckedPatch,
    enabled: Option<bool>,
    now: DateTime<Utc>,
) -> Result<(integration::ActiveModel, Vec<&'static str>)> {
    let CheckedPatch { url, events, every } = checked;
    let mut am: integration::ActiveModel = current.clone().into();
    let mut changed = Vec::new();
    if let Some(url) = &url {
        am.url = Set(url.to_string());
        changed.push("url");
    }
    if let Some(events) = &events {
        am.events = Set(json!(events).to_string());
        changed.push("events");
    }
    if let Some(every) = every {
        am.snapshot_every = Set(every.to_string());
        am.next_snapshot_at = Set(Some(now + every.as_chrono()));
        changed.push("snapshot_every");
    }
    if let Some(enabled) = enabled
        && enabled != current.enabled
    {
        am.enabled = Set(enabled);
        am.disabled_reason = Set(None);
        changed.push("enabled");
        pause(conn, current.tenant_id, current.id, !enabled, now).await?;
        // Back on: a snapshot lets the tool catch up with what it missed.
        let snapshots = match &events {
            Some(events) => events
                .iter()
                .any(|e| EventType::parse(e) == Some(EventType::ConsentSnapshot)),
            None => wants(current, EventType::ConsentSnapshot),
        };
        if enabled && snapshots {
            am.next_snapshot_at = Set(Some(now));
        }
    }
    am.updated_at = Set(now);
    Ok((am, changed))
}

/// Holds back (or lets go) the pending deliveries of an integration.
pub(super) async fn pause<C: sea_orm::ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    id: Uuid,
    paused: bool,
    now: DateTime<Utc>,
) -> Result<()> {
    let next: Option<DateTime<Utc>> = (!paused).then_some(now);
    delivery::Entity::update_many()
        .col_expr(delivery::Column::NextAttemptAt, Expr::value(next))
        .filter(delivery::Column::TenantId.eq(tenant_id))
        .filter(delivery::Column::IntegrationId.eq(id))
        .filter(delivery::Column::State.eq(DeliveryState::Pending))
        .exec(conn)
        .await?;
    Ok(())
}

/// Deletes an integration and everything still waiting for it.
pub async fn delete(state: &Services, scope: &Scope, meta: &Origin, id: Uuid) -> Result<()> {
    scope.require(Role::Admin)?;
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let gone = integration::Entity::delete_many()
        .filter(integration::Column::TenantId.eq(scope.tenant_id()))
        .filter(integration::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    if gone.rows_affected == 0 {
        return Err(Error::NotFound("integration"));
    }
    let deliveries = delivery::Entity::delete_many()
        .filter(delivery::Column::TenantId.eq(scope.tenant_id()))
        .filter(delivery::Column::IntegrationId.eq(id))
        .exec(&txn)
        .await?;
    entity::hook_receipt::Entity::delete_many()
        .filter(entity::hook_receipt::Column::TenantId.eq(scope.tenant_id()))
        .filter(entity::hook_receipt::Column::IntegrationId.eq(id))
        .exec(&txn)
        .await?;
    audit::append(
        &txn,
        scope.tenant_id(),
        scope.into(),
        meta,
        now,
        Entry::new("integration.deleted")
            .target("integration", id)
            .detail(json!({ "deliveries_removed": deliveries.rows_affected })),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Gives an integration a new secret. The old one keeps signing (beside the
/// new) for `grace`, so the receiver can switch without losing a message.
pub async fn rotate(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    id: Uuid,
    grace: Option<&str>,
) -> Result<(integration::Model, Zeroizing<String>)> {
    scope.require(Role::Admin)?;
    let grace: IsoDuration = grace.unwrap_or(DEFAULT_GRACE).parse().map_err(|e| {
        Error::invalid(
            "grace",
            format!("is not an ISO 8601 duration such as P1D: {e}"),
        )
    })?;
    if grace.as_std() > std::time::Duration::from_secs(7 * 86_400) {
        return Err(Error::invalid("grace", "must be at most 7 days (P7D)"));
    }
    let now = state.clock.now();
    let secret = sign::new_secret();
    let tenant_key = state.keys.tenant_key(scope.tenant_id()).await?;
    let txn = begin_write(&state.db.writer).await?;
    let current = find(&txn, scope, id, true).await?;
    let mut am: integration::ActiveModel = current.clone().into();
    let until = now + grace.as_chrono();
    match grace.is_zero() {
        true => {
            am.previous_secret = Set(None);
            am.previous_until = Set(None);
        }
        false => {
            am.previous_secret = Set(Some(current.secret.clone()));
            am.previous_until = Set(Some(until));
        }
    }
    am.secret = Set(seal_secret(&tenant_key, scope.tenant_id(), id, &secret));
    am.updated_at = Set(now);
    let model = am.update(&txn).await?;
    audit::append(
        &txn,
        scope.tenant_id(),
        scope.into(),
        meta,
        now,
        Entry::new("integration.secret_rotated")
            .target("integration", id)
            .detail(
                json!({ "grace": grace.to_string(), "previous_valid_until": model.previous_until }),
            ),
    )
    .await?;
    txn.commit().await?;
    Ok((model, secret))
}

/// Sends a consent snapshot at the next run instead of waiting for the schedule.
pub async fn snapshot_now(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    id: Uuid,
) -> Result<integration::Model> {
    scope.require(Role::Admin)?;
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    // Read under the row's lock, so an integration switched off meanwhile
    // is not asked for a snapshot.
    let current = find(&txn, scope, id, true).await?;
    if !wants(&current, EventType::ConsentSnapshot) {
        return Err(Error::Conflict(format!(
            "this integration does not receive {}; add it to its events first",
            EventType::ConsentSnapshot
        )));
    }
    if !current.enabled {
        return Err(Error::Conflict(
            "this integration is disabled; enable it first".into(),
        ));
    }
    integration::Entity::update_many()
        .col_expr(integration::Column::NextSnapshotAt, Expr::value(Some(now)))
        .filter(integration::Column::TenantId.eq(scope.tenant_id()))
        .filter(integration::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    audit::append(
        &txn,
        scope.tenant_id(),
        scope.into(),
        meta,
        now,
        Entry::new("integration.snapshot_requested").target("integration", id),
    )
    .await?;
    txn.commit().await?;
    Ok(integration::Model {
        next_snapshot_at: Some(now),
        ..current
    })
}
