//! `POST /hooks/marketing/{integration_id}`: status changes from a marketing
//! tool, signed like Steward's own webhooks with the integration's secret.
//!
//! An opt-out always applies. An opt-in applies only when the tool says the
//! person gave it themselves (`double_opt_in: true`), never to a restricted
//! record, and never over a newer decision held here. Addresses Steward does
//! not know are acknowledged and dropped: no customer is ever created.

use chrono::{DateTime, Utc};
use entity::ids::{CustomerId, TenantId};
use entity::{consent, customer, hook_receipt, integration};
use poem::{
    Body, IntoResponse, Request, Response, Route, handler,
    http::StatusCode,
    post,
    web::{Data, Json, Path},
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use uuid::Uuid;

use super::{integrations::signing_keys, sign};
use crate::{
    audit::Origin,
    audit::{self, Actor, Entry},
    consent::service as consent_rules,
    context::Services,
    customers::service::State,
    db::begin_write,
    error::{Checks, Error, Result, conflict_if_duplicate},
    outbox,
    values::Email,
};

/// Items one batch or snapshot message may hold.
pub const MAX_ITEMS: usize = 1000;
/// Customers one address may match.
const MAX_MATCHES: usize = 20;

pub fn routes() -> Route {
    Route::new().at("/marketing/:integration_id", post(receive))
}

#[handler]
async fn receive(
    req: &Request,
    state: Data<&crate::state::AppState>,
    Path(id): Path<String>,
    body: Body,
) -> Response {
    let meta = crate::http::meta::origin_of(req);
    let header = |name: &str| req.header(name).map(str::to_owned);
    let signed = Signed {
        id: header("webhook-id"),
        timestamp: header("webhook-timestamp"),
        signature: header("webhook-signature"),
    };
    let body = match body.into_bytes().await {
        Ok(b) => b,
        Err(e) => {
            return problem(&Error::BadRequest(format!(
                "the request body could not be read: {e}"
            )));
        }
    };
    match receive_signed(&state, &meta, &id, signed, &body).await {
        Ok(tally) => (StatusCode::OK, Json(tally)).into_response(),
        Err(e) => problem(&e),
    }
}

fn problem(e: &Error) -> Response {
    poem::error::ResponseError::as_response(e)
}

struct Signed {
    id: Option<String>,
    timestamp: Option<String>,
    signature: Option<String>,
}

/// What became of the addresses in a message.
#[derive(Debug, Default, Serialize)]
pub struct Tally {
    /// Items in the message.
    pub received: u64,
    /// Records whose consent changed.
    pub applied: u64,
    /// Records already in that state, or holding a newer decision.
    pub unchanged: u64,
    /// Items whose address matches no record (dropped).
    pub unknown: u64,
    /// Opt-ins not applied: no confirmed opt-in, or a restricted record.
    pub refused: u64,
}

#[derive(Deserialize)]
struct Message {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    data: Value,
}

/// One status change for one address.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Change {
    /// For batch items: `contact.subscribed` or `contact.unsubscribed`.
    #[serde(rename = "type", default)]
    kind: Option<String>,
    email: String,
    /// When the person changed it, in the tool.
    #[serde(default)]
    at: Option<DateTime<Utc>>,
    /// The tool's own ID of the change: kept as evidence.
    #[serde(default)]
    id: Option<String>,
    /// The tool confirmed the opt-in with the person (double opt-in).
    #[serde(default)]
    double_opt_in: bool,
    /// For snapshot items: the status.
    #[serde(default)]
    subscribed: Option<bool>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    In,
    Out,
}

struct Item {
    direction: Direction,
    email: Email,
    at: Option<DateTime<Utc>>,
    evidence: String,
    double_opt_in: bool,
}

async fn receive_signed(
    state: &Services,
    meta: &Origin,
    id: &str,
    signed: Signed,
    body: &[u8],
) -> Result<Tally> {
    let integration_id: Uuid = id.parse().map_err(|_| Error::NotFound("integration"))?;
    let i = integration::Entity::find()
        .filter(integration::Column::Id.eq(integration_id))
        .one(&state.db.main)
        .await?
        .ok_or(Error::NotFound("integration"))?;
    let webhook_id = verify(state, &i, &signed, body).await?;
    let message: Message = serde_json::from_slice(body).map_err(|e| {
        Error::BadRequest(format!(
            "the body must be a JSON object {{\"type\", \"data\"}}: {e}"
        ))
    })?;
    let (items, snapshot) = items_of(&message, &webhook_id)?;
    apply(state, meta, &i, &webhook_id, &message.kind, items, snapshot).await
}

/// Checks the Standard Webhooks headers; the message's ID on success.
async fn verify(
    state: &Services,
    i: &integration::Model,
    signed: &Signed,
    body: &[u8],
) -> Result<String> {
    let missing = |h: &str| Error::BadSignature(format!("the {h} header is missing"));
    let id = signed.id.as_deref().ok_or_else(|| missing("webhook-id"))?;
    let timestamp = signed
        .timestamp
        .as_deref()
        .ok_or_else(|| missing("webhook-timestamp"))?;
    let signature = signed
        .signature
        .as_deref()
        .ok_or_else(|| missing("webhook-signature"))?;
    if id.is_empty() || id.len() > 200 {
        return Err(Error::BadSignature(
            "the webhook-id header must be 1 to 200 characters".into(),
        ));
    }
    let ts: i64 = timestamp.trim().parse().map_err(|_| {
        Error::BadSignature("the webhook-timestamp header must be Unix time in seconds".into())
    })?;
    // Signatures are fresh by the wall clock, whatever the job clock says.
    let tolerance = state.config.integrations.hook_tolerance;
    if (Utc::now().timestamp() - ts).abs() > tolerance.as_std().as_secs() as i64 {
        return Err(Error::BadSignature(format!(
            "the webhook-timestamp is more than {} away from now; the message is refused as possibly replayed",
            tolerance.in_words()
        )));
    }
    let tenant_key = state.keys.tenant_key(i.tenant_id).await?;
    let keys = signing_keys(&tenant_key, i, state.clock.now())?;
    if !sign::verify(&keys, id, ts, body, signature) {
        return Err(Error::BadSignature(
            "the webhook-signature does not match this integration's secret".into(),
        ));
    }
    Ok(id.to_owned())
}

/// The changes a message carries, checked; and whether it is a snapshot.
fn items_of(message: &Message, webhook_id: &str) -> Result<(Vec<Item>, bool)> {
    let (raw, snapshot, fixed) = raw_changes(message)?;
    let mut checks = Checks::new();
    let mut items = Vec::with_capacity(raw.len());
    for (path, value) in raw {
        let shape = Shape {
            fixed,
            snapshot,
            webhook_id,
        };
        if let Some(item) = item_of(&path, value, &shape, &mut checks) {
            items.push(item);
        }
    }
    checks.finish()?;
    Ok((items, snapshot))
}

/// The changes a message reports, each with its path in the message;
/// whether it is a snapshot; and the direction its type fixes, if any.
#[allow(clippy::type_complexity)]
fn raw_changes(message: &Message) -> Result<(Vec<(String, Value)>, bool, Option<Direction>)> {
    let list = |field: &str| -> Result<Vec<Value>> {
        let items = message
            .data
            .get(field)
            .and_then(Value::as_array)
            .ok_or_else(|| Error::invalid(&format!("data.{field}"), "must be a list"))?;
        if items.len() > MAX_ITEMS {
            return Err(Error::invalid(
                &format!("data.{field}"),
                format!("must hold at most {MAX_ITEMS} items; send more messages"),
            ));
        }
        Ok(items.clone())
    };
    Ok(match message.kind.as_str() {
        "contact.subscribed" => (
            vec![("data".into(), message.data.clone())],
            false,
            Some(Direction::In),
        ),
        "contact.unsubscribed" => (
            vec![("data".into(), message.data.clone())],
            false,
            Some(Direction::Out),
        ),
        "contact.batch" => (
            list("events")?
                .into_iter()
                .enumerate()
                .map(|(n, v)| (format!("data.events[{n}]"), v))
                .collect(),
            false,
            None,
        ),
        "consent.snapshot" => (
            list("contacts")?
                .into_iter()
                .enumerate()
                .map(|(n, v)| (format!("data.contacts[{n}]"), v))
                .collect(),
            true,
            None,
        ),
        other => {
            return Err(Error::invalid(
                "type",
                format!(
                    "{other:?} is not a type Steward takes; send contact.subscribed, contact.unsubscribed, contact.batch or consent.snapshot"
                ),
            ));
        }
    })
}

/// How a message's changes are read: the direction its type fixes, if
/// any; whether it is a snapshot; the message's ID for the evidence.
struct Shape<'a> {
    fixed: Option<Direction>,
    snapshot: bool,
    webhook_id: &'a str,
}

/// One reported change at `path`, checked; faults go to `checks`.
fn item_of(path: &str, value: Value, shape: &Shape<'_>, checks: &mut Checks) -> Option<Item> {
    let (fixed, snapshot, webhook_id) = (shape.fixed, shape.snapshot, shape.webhook_id);
    let change: Change = match serde_json::from_value(value) {
        Ok(c) => c,
        Err(e) => {
            checks.fail(path, format!("is not a change Steward understands: {e}"));
            return None;
        }
    };
    let direction = match (fixed, snapshot, change.kind.as_deref(), change.subscribed) {
        (Some(d), _, None, None) => Some(d),
        (None, false, Some("contact.subscribed"), None) => Some(Direction::In),
        (None, false, Some("contact.unsubscribed"), None) => Some(Direction::Out),
        (None, true, None, Some(true)) => Some(Direction::In),
        (None, true, None, Some(false)) => Some(Direction::Out),
        (None, false, _, _) => {
            checks.fail(
                &format!("{path}.type"),
                "must be contact.subscribed or contact.unsubscribed",
            );
            None
        }
        (None, true, _, _) => {
            checks.fail(
                &format!("{path}.subscribed"),
                "must be true or false (and no type is given in a snapshot)",
            );
            None
        }
        (Some(_), _, _, _) => {
            checks.fail(
                path,
                "type and subscribed belong in batches and snapshots only",
            );
            None
        }
    };
    if snapshot && change.at.is_none() {
        checks.fail(
            &format!("{path}.at"),
            "is needed in a snapshot: only changes newer than Steward's apply",
        );
    }
    let email = checks.take(&format!("{path}.email"), Email::parse(&change.email));
    let evidence = match &change.id {
        Some(id) if id.is_empty() || id.len() > 200 => {
            checks.fail(&format!("{path}.id"), "must be 1 to 200 characters");
            None
        }
        Some(id) => Some(format!("marketing tool event {id}")),
        None => Some(format!("marketing tool message {webhook_id}")),
    };
    Some(Item {
        direction: direction?,
        email: email?,
        at: change.at,
        evidence: evidence?,
        double_opt_in: change.double_opt_in,
    })
}

/// Applies the items of one accepted message to the records they match, in
/// one transaction with the message's receipt and its audit entries.
#[allow(clippy::too_many_arguments)]
async fn apply(
    state: &Services,
    meta: &Origin,
    i: &integration::Model,
    webhook_id: &str,
    kind: &str,
    items: Vec<Item>,
    snapshot: bool,
) -> Result<Tally> {
    let tenant_id = i.tenant_id;
    let mut tally = Tally {
        received: items.len() as u64,
        ..Default::default()
    };
    // Found by blind index before the write lock is taken.
    let matched = match_items(state, tenant_id, items).await?;
    let now = state.clock.now();
    let outbox_key = outbox::key_of(state, tenant_id).await?;
    let txn = begin_write(&state.db.writer).await?;
    keep_receipt(&txn, i, webhook_id).await?;
    let open = takes_changes(&txn, tenant_id).await?;
    let mut entries = Vec::new();
    for (item, ids) in matched {
        if ids.is_empty() {
            tally.unknown += 1;
            continue;
        }
        for customer_id in ids {
            let verdict = decide(&txn, i, open, &item, customer_id, snapshot, now).await?;
            match verdict {
                Verdict::Unknown => tally.unknown += 1,
                Verdict::Unchanged => tally.unchanged += 1,
                Verdict::Refused => tally.refused += 1,
                Verdict::Apply(customer) => {
                    let entry = record(state, &txn, &outbox_key, i, &item, &customer, now).await?;
                    entries.push(entry);
                    tally.applied += 1;
                }
            }
        }
    }
    entries.push(received_entry(i, kind, &tally));
    audit::append_many(
        &txn,
        tenant_id,
        Actor::Integration(i.id),
        meta,
        now,
        entries,
    )
    .await?;
    txn.commit().await?;
    Ok(tally)
}

/// Each item with the customers its address matches.
async fn match_items(
    state: &Services,
    tenant_id: TenantId,
    items: Vec<Item>,
) -> Result<Vec<(Item, Vec<CustomerId>)>> {
    let mut matched = Vec::with_capacity(items.len());
    for item in items {
        let ids = crate::customers::search::ids_by_email(
            state,
            tenant_id,
            item.email.as_str(),
            MAX_MATCHES,
        )
        .await?;
        matched.push((item, ids));
    }
    Ok(matched)
}

/// Keeps the message's ID, refusing one that was accepted before.
async fn keep_receipt<C: ConnectionTrait>(
    conn: &C,
    i: &integration::Model,
    webhook_id: &str,
) -> Result<()> {
    hook_receipt::ActiveModel {
        tenant_id: Set(i.tenant_id),
        integration_id: Set(i.id),
        webhook_id: Set(webhook_id.to_owned()),
        // Kept by the wall clock, as the timestamps it guards against.
        received_at: Set(Utc::now()),
    }
    .insert(conn)
    .await
    .map_err(|e| {
        conflict_if_duplicate(
            e,
            "a message with this webhook-id was accepted before; it is not applied twice",
        )
    })?;
    Ok(())
}

/// Whether the tenant takes changes. A cancelled tenant is read-only but
/// for people's rights: its tools' opt-outs still apply, their opt-ins do not.
async fn takes_changes<C: ConnectionTrait>(conn: &C, tenant_id: TenantId) -> Result<bool> {
    Ok(entity::tenant::Entity::find_by_id(tenant_id)
        .one(conn)
        .await?
        .is_some_and(|t| t.state == entity::tenant::State::Active))
}

/// The audit entry saying a message came in and what became of it.
fn received_entry(i: &integration::Model, kind: &str, tally: &Tally) -> Entry {
    Entry::new("integration.hook_received")
        .target("integration", i.id)
        .detail(json!({
            "type": kind, "received": tally.received, "applied": tally.applied,
            "unchanged": tally.unchanged, "unknown": tally.unknown, "refused": tally.refused,
        }))
}

enum Verdict {
    /// Record the change on this record, read under the write lock.
    Apply(Box<customer::Model>),
    Unchanged,
    Unknown,
    Refused,
}

/// What to do with one reported change; `open` is whether the tenant takes
/// changes (it is not cancelled).
async fn decide<C: ConnectionTrait>(
    conn: &C,
    i: &integration::Model,
    open: bool,
    item: &Item,
    customer_id: CustomerId,
    snapshot: bool,
    now: DateTime<Utc>,
) -> Result<Verdict> {
    let row = customer::Entity::find_by_id((i.tenant_id, customer_id))
        .lock_exclusive()
        .one(conn)
        .await?;
    let Some(row) = row.filter(|r| r.state != State::Anonymized) else {
        return Ok(Verdict::Unknown);
    };
    let latest: Option<(bool, DateTime<Utc>)> = consent::Entity::find()
        .select_only()
        .column(consent::Column::Granted)
        .column(consent::Column::At)
        .filter(consent::Column::TenantId.eq(i.tenant_id))
        .filter(consent::Column::CustomerId.eq(customer_id))
        .filter(consent::Column::Purpose.eq(&i.purpose))
        .order_by_desc(consent::Column::Id)
        .into_tuple()
        .one(conn)
        .await?;
    let current = latest.map(|(g, _)| g).unwrap_or(false);
    let held_since = latest.map(|(_, at)| at);
    let at = item.at.unwrap_or(now);
    Ok(match item.direction {
        Direction::Out if !current => Verdict::Unchanged,
        // A snapshot's opt-out applies unless Steward's decision is newer;
        // on a tie, the opt-out wins.
        Direction::Out if snapshot && held_since.is_some_and(|h| h > at) => Verdict::Unchanged,
        Direction::Out => Verdict::Apply(Box::new(row)),
        Direction::In if current => Verdict::Unchanged,
        // Opt-outs apply even while the integration is switched off or the
        // tenant cancelled; opt-ins need both on, a confirmed opt-in, and a
        // record that may be given consent.
        Direction::In
            if !open || !i.enabled || !item.double_opt_in || !consent_rules::may_grant(&row) =>
        {
            Verdict::Refused
        }
        Direction::In if held_since.is_some_and(|h| h >= at) => Verdict::Unchanged,
        Direction::In => Verdict::Apply(Box::new(row)),
    })
}

/// Records the tool's report as a decision on `customer`.
async fn record<C: ConnectionTrait>(
    state: &Services,
    conn: &C,
    outbox_key: &crate::crypto::Key,
    i: &integration::Model,
    item: &Item,
    customer: &customer::Model,
    now: DateTime<Utc>,
) -> Result<Entry> {
    use consent_rules::{Author, Basis, Choice, NewDecision, Source};
    let choice = Choice {
        purpose: &i.purpose,
        granted: item.direction == Direction::In,
        basis: Basis::Consent,
        source: Source::Sync,
        author: Author::Integration(i.id),
        // When the person decided, as the tool says (never later than now).
        at: item.at.map_or(now, |at| at.min(now)),
    };
    let decision = NewDecision {
        customer,
        choice,
        evidence: Some(&item.evidence),
        email: Some(item.email.as_str()),
        fresh_consent: false,
    };
    let written = consent_rules::write(conn, &state.keys, outbox_key, decision).await?;
    Ok(written.entry)
}
