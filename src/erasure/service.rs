use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use entity::{
    consent, customer, delivery, erasure, note, notification, outbox_event, search_token,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, QueryTrait,
    sea_query::Expr,
};
use serde::Serialize;
use uuid::Uuid;

use crate::{
    audit::Actor,
    customers::{Personal, service::State},
    db::{ROWS_PER_STATEMENT, insert_chunked},
    error::Result,
    fields::{Defs, StoredField},
    http::meta::RequestMeta,
    state::AppState,
};

/// What is done to the record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Everything goes.
    Shred,
    /// The personal data goes; dates, state and non-personal custom fields stay.
    Anonymize,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Shred => "shred",
            Kind::Anonymize => "anonymize",
        }
    }

    /// The past tense, as notices and events name it.
    pub fn done(self) -> &'static str {
        match self {
            Kind::Shred => "shredded",
            Kind::Anonymize => "anonymized",
        }
    }
}

// Kept in the erasure row as JSON, and shown in the receipt as it is.
/// How much was removed with the record.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize, poem_openapi::Object,
)]
#[oai(rename = "RemovedView")]
pub struct Removed {
    pub notes: u64,
    pub consents: u64,
    /// Blind-index search tokens.
    pub tokens: u64,
    /// Queued integration events about the customer.
    pub events: u64,
}

/// The proof that a record was erased. Names no one.
#[derive(Clone, Debug, Serialize)]
pub struct Receipt {
    pub customer_id: Uuid,
    pub kind: Kind,
    pub at: DateTime<Utc>,
    pub removed: Removed,
}

/// The events that report an erasure: they name no one, so erasing the
/// record again does not withdraw them.
pub(crate) const ERASURE_EVENTS: [&str; 3] = [
    crate::notifications::service::kind::SHREDDED,
    crate::notifications::service::kind::ANONYMIZED,
    crate::outbox::kind::CONTACT_FORGET,
];

/// `contact.forget` events for those of `rows` a marketing tool may know:
/// customers with a consent record and an address. Call before the rows
/// are erased; the address is sealed under the outbox key, which outlives
/// the customer's.
pub async fn forget_events<C: ConnectionTrait>(
    state: &AppState,
    conn: &C,
    tenant_id: Uuid,
    rows: &[customer::Model],
    reason: &str,
    now: DateTime<Utc>,
) -> Result<Vec<outbox_event::ActiveModel>> {
    let mut events = Vec::new();
    let mut key = None;
    for chunk in rows.chunks(ROWS_PER_STATEMENT) {
        let ids: Vec<Uuid> = chunk.iter().map(|r| r.id).collect();
        let consenting: std::collections::HashSet<Uuid> = consent::Entity::find()
            .select_only()
            .column(consent::Column::CustomerId)
            .distinct()
            .filter(consent::Column::TenantId.eq(tenant_id))
            .filter(consent::Column::CustomerId.is_in(ids))
            .into_tuple::<Uuid>()
            .all(conn)
            .await?
            .into_iter()
            .collect();
        if consenting.is_empty() {
            continue;
        }
        let known: Vec<customer::Model> = chunk
            .iter()
            .filter(|r| consenting.contains(&r.id))
            .cloned()
            .collect();
        let key = match &key {
            Some(key) => key,
            None => key.insert(crate::outbox::key_of(state, tenant_id).await?),
        };
        for c in crate::customers::service::open_many(state, tenant_id, known).await? {
            if let Some(email) = &c.personal.email {
                events.push(crate::outbox::contact_forget(
                    key, tenant_id, c.row.id, email, reason, now,
                ));
            }
        }
    }
    Ok(events)
}

/// Deletes the rows `delete` matches and counts them per customer, in one
/// statement; `customer` is the column holding the customer's ID.
async fn delete_counting<E, C>(
    conn: &C,
    delete: sea_orm::DeleteMany<E>,
    customer: E::Column,
) -> Result<HashMap<Uuid, u64>>
where
    E: EntityTrait,
    C: ConnectionTrait,
{
    let mut statement = delete.into_query();
    statement.returning_col(customer);
    let mut counts: HashMap<Uuid, u64> = HashMap::new();
    for row in conn.query_all(&statement).await? {
        *counts.entry(row.try_get_by_index::<Uuid>(0)?).or_default() += 1;
    }
    Ok(counts)
}

/// What an anonymized record keeps of `personal`: the values of custom
/// fields the tenant marked non-personal, as JSON; `None` when there are none.
pub fn skeleton_facts(defs: &Defs, personal: &Personal) -> Option<String> {
    let kept: Vec<&StoredField> = personal
        .fields
        .iter()
        .filter(|v| {
            defs.all()
                .iter()
                .any(|d| d.id.to_string() == v.field && !d.personal)
        })
        .collect();
    (!kept.is_empty()).then(|| serde_json::to_string(&kept).expect("field values serialise"))
}

/// What anonymized records keep, by customer ID: their non-personal custom
/// field values (records with none are absent).
pub async fn skeletons<C: ConnectionTrait>(
    state: &AppState,
    conn: &C,
    tenant_id: Uuid,
    rows: &[customer::Model],
) -> Result<HashMap<Uuid, String>> {
    let defs = Defs::load(conn, tenant_id).await?;
    if defs.all().iter().all(|d| d.personal) {
        return Ok(HashMap::new());
    }
    let mut facts = HashMap::new();
    for customer in crate::customers::service::open_many(state, tenant_id, rows.to_vec()).await? {
        if let Some(kept) = skeleton_facts(&defs, &customer.personal) {
            facts.insert(customer.row.id, kept);
        }
    }
    Ok(facts)
}

/// The main-database half of erasing `rows` (all of tenant `tenant_id`), in
/// the caller's transaction: the customers' notes, consent history, search
/// tokens and queued events are deleted; shredded rows are deleted,
/// anonymized rows keep only `facts` (by customer ID, from
/// [`skeleton_facts`]); open notices about them close; and a pending
/// erasure is recorded for each, which [`finish_pending`] completes by
/// destroying the key.
pub async fn erase_rows<C: ConnectionTrait>(
    conn: &C,
    tenant_id: Uuid,
    rows: &[customer::Model],
    kind: Kind,
    by: impl Fn(Uuid) -> Actor,
    now: DateTime<Utc>,
    mut facts: HashMap<Uuid, String>,
) -> Result<Vec<Receipt>> {
    let mut receipts = Vec::with_capacity(rows.len());
    for chunk in rows.chunks(ROWS_PER_STATEMENT) {
        let ids: Vec<Uuid> = chunk.iter().map(|r| r.id).collect();
        // Each table's rows go in one statement that also counts them per
        // customer, for the receipt.
        let notes = delete_counting(
            conn,
            note::Entity::delete_many()
                .filter(note::Column::TenantId.eq(tenant_id))
                .filter(note::Column::CustomerId.is_in(ids.iter().copied())),
            note::Column::CustomerId,
        )
        .await?;
        let consents = delete_counting(
            conn,
            consent::Entity::delete_many()
                .filter(consent::Column::TenantId.eq(tenant_id))
                .filter(consent::Column::CustomerId.is_in(ids.iter().copied())),
            consent::Column::CustomerId,
        )
        .await?;
        // Messages to these people, while their search tokens still say
        // whose they are: the files of the file transport go too.
        crate::mail::mark_forgotten(conn, tenant_id, Some(&ids)).await?;
        let tokens = delete_counting(
            conn,
            search_token::Entity::delete_many()
                .filter(search_token::Column::TenantId.eq(tenant_id))
                .filter(search_token::Column::CustomerId.is_in(ids.iter().copied())),
            search_token::Column::CustomerId,
        )
        .await?;
        // Queued events about the person go; news of an earlier erasure
        // (which names no one) still goes out.
        let events = delete_counting(
            conn,
            outbox_event::Entity::delete_many()
                .filter(outbox_event::Column::TenantId.eq(tenant_id))
                .filter(outbox_event::Column::CustomerId.is_in(ids.iter().copied()))
                .filter(outbox_event::Column::Kind.is_not_in(ERASURE_EVENTS)),
            outbox_event::Column::CustomerId,
        )
        .await?;
        // Events already on their way to an integration go too, unless
        // they report an erasure; what was delivered keeps only IDs.
        delivery::Entity::delete_many()
            .filter(delivery::Column::TenantId.eq(tenant_id))
            .filter(delivery::Column::CustomerId.is_in(ids.clone()))
            .filter(delivery::Column::State.eq(crate::sync::delivery::state::PENDING))
            .filter(delivery::Column::EventType.is_not_in(ERASURE_EVENTS))
            .exec(conn)
            .await?;
        match kind {
            Kind::Shred => {
                customer::Entity::delete_many()
                    .filter(customer::Column::TenantId.eq(tenant_id))
                    .filter(customer::Column::Id.is_in(ids.clone()))
                    .exec(conn)
                    .await?;
            }
            Kind::Anonymize => {
                for row in chunk {
                    customer::Entity::update_many()
                        .col_expr(
                            customer::Column::State,
                            Expr::value(State::Anonymized.as_str()),
                        )
                        .col_expr(customer::Column::Sealed, Expr::value(Vec::<u8>::new()))
                        .col_expr(customer::Column::Facts, Expr::value(facts.remove(&row.id)))
                        .col_expr(customer::Column::DueAt, Expr::value(None::<DateTime<Utc>>))
                        .col_expr(
                            customer::Column::ExpiresAt,
                            Expr::value(None::<DateTime<Utc>>),
                        )
                        .col_expr(customer::Column::Version, Expr::value(row.version + 1))
                        .col_expr(customer::Column::UpdatedAt, Expr::value(now))
                        .filter(customer::Column::TenantId.eq(tenant_id))
                        .filter(customer::Column::Id.eq(row.id))
                        .exec(conn)
                        .await?;
                }
            }
        }
        crate::notifications::service::closing(now, kind.done())
            .filter(notification::Column::TenantId.eq(tenant_id))
            .filter(notification::Column::CustomerId.is_in(ids.clone()))
            .exec(conn)
            .await?;
        let mut pending = Vec::with_capacity(chunk.len());
        for id in &ids {
            let (by_kind, by_id) = by(*id).parts();
            let removed = Removed {
                notes: notes.get(id).copied().unwrap_or(0),
                consents: consents.get(id).copied().unwrap_or(0),
                tokens: tokens.get(id).copied().unwrap_or(0),
                events: events.get(id).copied().unwrap_or(0),
            };
            pending.push(erasure::ActiveModel {
                tenant_id: sea_orm::Set(tenant_id),
                customer_id: sea_orm::Set(*id),
                kind: sea_orm::Set(kind.as_str().to_owned()),
                by_kind: sea_orm::Set(by_kind.to_owned()),
                by_id: sea_orm::Set(by_id),
                removed: sea_orm::Set(serde_json::to_string(&removed).expect("counts serialise")),
                requested_at: sea_orm::Set(now),
                done_at: sea_orm::Set(None),
            });
            receipts.push(Receipt {
                customer_id: *id,
                kind,
                at: now,
                removed,
            });
        }
        insert_chunked::<erasure::Entity, _>(conn, pending).await?;
    }
    // Snapshot pages waiting to go out may name these people: they are
    // dropped, and a fresh snapshot is sent instead.
    let pages: Vec<Uuid> = delivery::Entity::find()
        .select_only()
        .column(delivery::Column::IntegrationId)
        .distinct()
        .filter(delivery::Column::TenantId.eq(tenant_id))
        .filter(delivery::Column::EventType.eq(crate::outbox::kind::CONSENT_SNAPSHOT))
        .filter(delivery::Column::State.eq(crate::sync::delivery::state::PENDING))
        .into_tuple()
        .all(conn)
        .await?;
    if !pages.is_empty() {
        delivery::Entity::delete_many()
            .filter(delivery::Column::TenantId.eq(tenant_id))
            .filter(delivery::Column::EventType.eq(crate::outbox::kind::CONSENT_SNAPSHOT))
            .filter(delivery::Column::State.eq(crate::sync::delivery::state::PENDING))
            .exec(conn)
            .await?;
        entity::integration::Entity::update_many()
            .col_expr(
                entity::integration::Column::NextSnapshotAt,
                Expr::value(Some(now)),
            )
            .filter(entity::integration::Column::TenantId.eq(tenant_id))
            .filter(entity::integration::Column::Id.is_in(pages))
            .exec(conn)
            .await?;
    }
    Ok(receipts)
}

/// Destroys the keys of every erasure whose rows are gone but whose key is
/// not, and marks them done. Returns how many it finished.
pub async fn finish_pending(state: &AppState) -> Result<u64> {
    let mut finished = 0;
    loop {
        let pending = erasure::Entity::find()
            .filter(erasure::Column::DoneAt.is_null())
            .limit(ROWS_PER_STATEMENT as u64)
            .all(&state.db.main)
            .await?;
        if pending.is_empty() {
            return Ok(finished);
        }
        let last = pending.len() < ROWS_PER_STATEMENT;
        let mut by_tenant: BTreeMap<Uuid, Vec<Uuid>> = BTreeMap::new();
        for e in &pending {
            by_tenant
                .entry(e.tenant_id)
                .or_default()
                .push(e.customer_id);
        }
        for (tenant_id, ids) in by_tenant {
            state.faults.check("erasure.before_keys")?;
            state.keys.destroy_customer_keys(tenant_id, &ids).await?;
            state.faults.check("erasure.before_done")?;
            let now = state.clock.now();
            erasure::Entity::update_many()
                .col_expr(erasure::Column::DoneAt, Expr::value(Some(now)))
                .filter(erasure::Column::TenantId.eq(tenant_id))
                .filter(erasure::Column::CustomerId.is_in(ids.iter().copied()))
                .filter(erasure::Column::DoneAt.is_null())
                .exec(&state.db.writer)
                .await?;
            finished += ids.len() as u64;
        }
        if last {
            return Ok(finished);
        }
    }
}

/// The stored erasure of a customer, if any.
pub async fn receipt_row<C: ConnectionTrait>(
    conn: &C,
    tenant_id: Uuid,
    customer_id: Uuid,
) -> Result<Option<erasure::Model>> {
    Ok(erasure::Entity::find_by_id((tenant_id, customer_id))
        .one(conn)
        .await?)
}

/// An erasure as the API shows it.
pub struct StoredReceipt {
    pub customer_id: Uuid,
    pub kind: Kind,
    pub at: DateTime<Utc>,
    /// `user`, `token` or `system`, and its ID.
    pub by_kind: String,
    pub by_id: Option<Uuid>,
    pub removed: Removed,
    /// When the key was destroyed; `None` while that is still pending.
    pub key_destroyed_at: Option<DateTime<Utc>>,
}

impl TryFrom<erasure::Model> for StoredReceipt {
    type Error = crate::error::Error;

    fn try_from(e: erasure::Model) -> Result<Self> {
        let removed: Removed = serde_json::from_str(&e.removed)
            .map_err(|err| crate::error::Error::internal_from("erasure counts", err))?;
        Ok(Self {
            customer_id: e.customer_id,
            kind: if e.kind == "anonymize" {
                Kind::Anonymize
            } else {
                Kind::Shred
            },
            at: e.requested_at,
            by_kind: e.by_kind,
            by_id: e.by_id,
            removed,
            key_destroyed_at: e.done_at,
        })
    }
}

/// The receipt of an erased customer of the caller's tenant (admin).
pub async fn receipt(
    state: &AppState,
    scope: &crate::auth::Scope,
    customer_id: Uuid,
) -> Result<StoredReceipt> {
    scope.require(crate::auth::Role::Admin)?;
    receipt_row(&state.db.main, scope.tenant_id(), customer_id)
        .await?
        .ok_or(crate::error::Error::NotFound("erasure"))?
        .try_into()
}

/// The `customer.shredded` / `customer.anonymized` events of `receipts`,
/// for the outbox: so every recipient of the data hears of the erasure
/// (GDPR Art. 19). IDs, times and the reason only.
pub fn events(
    tenant_id: Uuid,
    receipts: &[Receipt],
    reason: &str,
) -> Vec<outbox_event::ActiveModel> {
    receipts
        .iter()
        .map(|r| {
            crate::outbox::event(
                tenant_id,
                match r.kind {
                    Kind::Shred => crate::notifications::service::kind::SHREDDED,
                    Kind::Anonymize => crate::notifications::service::kind::ANONYMIZED,
                },
                r.customer_id,
                serde_json::json!({
                    "customer_id": r.customer_id,
                    "at": r.at,
                    "reason": reason,
                }),
                r.at,
            )
        })
        .collect()
}

/// What became of one ID in an erasure request.
#[derive(Clone, Debug)]
pub enum Outcome {
    Erased(Receipt),
    /// No such customer in this tenant.
    NotFound,
    /// Shredded before; its receipt stays.
    AlreadyShredded,
    /// On legal hold: not erased.
    OnHold,
    /// Anonymizing a record that already is.
    AlreadyAnonymized,
}

impl Outcome {
    pub fn as_str(&self) -> &'static str {
        match self {
            Outcome::Erased(r) => r.kind.done(),
            Outcome::NotFound => "not_found",
            Outcome::AlreadyShredded => "already_shredded",
            Outcome::OnHold => "on_hold",
            Outcome::AlreadyAnonymized => "already_anonymized",
        }
    }

    /// Why nothing was done to customer `id`, for the one asking.
    pub fn detail(&self, id: Uuid) -> Option<String> {
        match self {
            Outcome::Erased(_) => None,
            Outcome::NotFound => Some("no customer with this ID in this tenant".into()),
            Outcome::AlreadyShredded => Some(format!(
                "shredded before; the receipt is at /api/v1/erasures/{id}"
            )),
            Outcome::OnHold => Some(
                "the record is on legal hold and must not be erased; release the hold first".into(),
            ),
            Outcome::AlreadyAnonymized => Some("the record is already anonymized".into()),
        }
    }
}

/// Erases `ids` of one tenant on request, each independently: per thousand,
/// one transaction deletes the rows, queues the events and writes one audit
/// row per erased record; then every key goes, and the write-ahead logs are
/// folded in so no copy of the freed pages stays on disk.
///
/// Once rows are erased, a failure to destroy their keys does not fail the
/// request: the receipts show the key as pending and the job runner
/// finishes it. A failing chunk ends the request with its error; the chunks
/// before it stay erased (asking again reports them as already erased).
pub async fn erase_ids(
    state: &AppState,
    tenant_id: Uuid,
    by: Actor,
    meta: &RequestMeta,
    ids: &[Uuid],
    kind: Kind,
) -> Result<Vec<(Uuid, Outcome)>> {
    let asks: Vec<Ask> = ids.iter().map(|&id| Ask { id, by, meta }).collect();
    let mut outcomes: HashMap<Uuid, Outcome> = HashMap::with_capacity(ids.len());
    let mut failed = None;
    for chunk in asks.chunks(ROWS_PER_STATEMENT) {
        match erase_chunk(state, tenant_id, chunk, kind).await {
            Ok(done) => outcomes.extend(done),
            Err(e) => {
                failed = Some(e);
                break;
            }
        }
    }
    if outcomes.values().any(|o| matches!(o, Outcome::Erased(_)))
        && let Err(e) = finish_erased(state).await
    {
        tracing::warn!(tenant = %tenant_id, error = %crate::error::report(&e), "erased records' keys are left to the job runner");
    }
    if let Some(e) = failed {
        return Err(e);
    }
    Ok(ids
        .iter()
        .map(|id| {
            let outcome = outcomes.get(id).cloned().unwrap_or(Outcome::NotFound);
            (*id, outcome)
        })
        .collect())
}

/// After erasures commit: their keys go now (or, should this fail, on the
/// runner's next pass), so do the files of messages to the erased people
/// (the file mail transport), and both logs are folded so no erased page
/// stays in them. Erasures that finish at the same time share one run: it destroys
/// every pending key and folds each log once.
pub(super) async fn finish_erased(state: &AppState) -> Result<()> {
    state
        .finishing_erasures
        .run(|| async {
            // The fold comes whatever fails before it.
            let keys = finish_pending(state).await;
            let files = crate::mail::forget_files(state).await;
            state.db.fold_logs().await?;
            keys?;
            files.map(drop)
        })
        .await
}

/// One record to erase, and who asked for it.
#[derive(Clone, Copy)]
pub(super) struct Ask<'a> {
    pub id: Uuid,
    pub by: Actor,
    pub meta: &'a RequestMeta,
}

/// Erases one tenant's `asks` (at most [`ROWS_PER_STATEMENT`], no ID twice)
/// in one transaction. The outcome of each; the keys are left to
/// [`finish_erased`].
pub(super) async fn erase_chunk(
    state: &AppState,
    tenant_id: Uuid,
    asks: &[Ask<'_>],
    kind: Kind,
) -> Result<Vec<(Uuid, Outcome)>> {
    use sea_orm::QueryOrder;
    let chunk: Vec<Uuid> = asks.iter().map(|a| a.id).collect();
    let asked: HashMap<Uuid, &Ask> = asks.iter().map(|a| (a.id, a)).collect();
    let mut outcomes = Vec::with_capacity(chunk.len());
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.db.writer).await?;
    // Read under a shared lock, so turning the suppression list off (which
    // empties it) waits for this transaction, and sees what it adds.
    let suppressing = entity::tenant::Entity::find_by_id(tenant_id)
        .lock_shared()
        .one(&txn)
        .await?
        .is_some_and(|t| t.suppress_erased);
    // Locked in ID order, so two requests over the same records queue
    // instead of deadlocking.
    let rows = customer::Entity::find()
        .filter(customer::Column::TenantId.eq(tenant_id))
        .filter(customer::Column::Id.is_in(chunk.iter().copied()))
        .order_by_asc(customer::Column::Id)
        .lock_exclusive()
        .all(&txn)
        .await?;
    let absent: Vec<Uuid> = chunk
        .iter()
        .filter(|id| !rows.iter().any(|r| r.id == **id))
        .copied()
        .collect();
    if !absent.is_empty() {
        let shredded: Vec<Uuid> = erasure::Entity::find()
            .select_only()
            .column(erasure::Column::CustomerId)
            .filter(erasure::Column::TenantId.eq(tenant_id))
            .filter(erasure::Column::CustomerId.is_in(absent.iter().copied()))
            .into_tuple()
            .all(&txn)
            .await?;
        for id in absent {
            let outcome = if shredded.contains(&id) {
                Outcome::AlreadyShredded
            } else {
                Outcome::NotFound
            };
            outcomes.push((id, outcome));
        }
    }
    let mut eligible = Vec::with_capacity(rows.len());
    for row in rows {
        let anonymized = row.state == State::Anonymized.as_str();
        if row.legal_hold {
            outcomes.push((row.id, Outcome::OnHold));
        } else if anonymized && kind == Kind::Anonymize {
            outcomes.push((row.id, Outcome::AlreadyAnonymized));
        } else {
            eligible.push(row);
        }
    }
    if eligible.is_empty() {
        txn.rollback().await?;
        return Ok(outcomes);
    }
    // Shredding the skeleton of an anonymized record: its key is long gone;
    // the new receipt replaces the anonymization's.
    let skeletons_shredded: Vec<Uuid> = eligible
        .iter()
        .filter(|r| r.state == State::Anonymized.as_str())
        .map(|r| r.id)
        .collect();
    if !skeletons_shredded.is_empty() {
        erasure::Entity::delete_many()
            .filter(erasure::Column::TenantId.eq(tenant_id))
            .filter(erasure::Column::CustomerId.is_in(skeletons_shredded))
            .exec(&txn)
            .await?;
    }
    let facts = match kind {
        Kind::Anonymize => skeletons(state, &txn, tenant_id, &eligible).await?,
        Kind::Shred => HashMap::new(),
    };
    if suppressing {
        let emails: Vec<String> =
            crate::customers::service::open_many(state, tenant_id, eligible.clone())
                .await?
                .into_iter()
                .filter_map(|c| c.personal.email.clone())
                .collect();
        super::suppression::record(state, &txn, tenant_id, &emails, now).await?;
    }
    let forgotten = forget_events(state, &txn, tenant_id, &eligible, "request", now).await?;
    let by = |id: Uuid| asked.get(&id).map_or(Actor::System, |a| a.by);
    let receipts = erase_rows(&txn, tenant_id, &eligible, kind, by, now, facts).await?;
    let mut events = events(tenant_id, &receipts, "request");
    events.extend(forgotten);
    insert_chunked::<outbox_event::Entity, _>(&txn, events).await?;
    let action = match kind {
        Kind::Shred => "customer.shredded",
        Kind::Anonymize => "customer.anonymized",
    };
    let entries = receipts
        .iter()
        .filter_map(|r| {
            let ask = asked.get(&r.customer_id)?;
            Some(crate::audit::Each {
                actor: ask.by,
                meta: ask.meta.clone(),
                at: now,
                entry: crate::audit::Entry::new(action)
                    .target("customer", r.customer_id)
                    .detail(serde_json::json!({ "removed": r.removed })),
            })
        })
        .collect();
    crate::audit::append_each(&txn, tenant_id, entries).await?;
    state.faults.check("erasure.before_commit")?;
    // Folded by `finish_erased`, or by the next job run should that fail.
    state.db.owe_fold();
    txn.commit().await?;
    outcomes.extend(
        receipts
            .into_iter()
            .map(|r| (r.customer_id, Outcome::Erased(r))),
    );
    Ok(outcomes)
}

/// Shreds or anonymizes one customer on an admin's request.
pub async fn erase_one(
    state: &AppState,
    scope: &crate::auth::Scope,
    meta: &crate::http::meta::RequestMeta,
    customer_id: Uuid,
    kind: Kind,
    confirm: &str,
) -> Result<StoredReceipt> {
    use crate::error::Error;
    scope.require_for_a_right(crate::auth::Role::Admin)?;
    if confirm.trim() != customer_id.to_string() {
        return Err(Error::invalid(
            "confirm",
            "type the customer's ID to confirm; this cannot be undone",
        ));
    }
    let tenant_id = scope.tenant_id();
    let outcome = state
        .erasures
        .erase(tenant_id, scope.into(), meta, customer_id, kind)
        .await?;
    match outcome {
        Outcome::Erased(_) => receipt_row(&state.db.main, tenant_id, customer_id)
            .await?
            .ok_or(Error::internal("the erasure was not recorded"))?
            .try_into(),
        Outcome::NotFound | Outcome::AlreadyShredded => {
            Err(crate::customers::service::missing(&state.db.main, tenant_id, customer_id).await)
        }
        other => Err(Error::Conflict(
            other.detail(customer_id).expect("refusals explain"),
        )),
    }
}

/// The most IDs one bulk erasure takes.
pub const MAX_BULK: usize = 10_000;

/// Erases many customers on an admin's request. `confirm` must be the number
/// of IDs, as a guard against sending the wrong list. Each ID is handled on
/// its own: one on hold or unknown does not stop the rest.
pub async fn erase_many(
    state: &AppState,
    scope: &crate::auth::Scope,
    meta: &crate::http::meta::RequestMeta,
    ids: &[Uuid],
    kind: Kind,
    confirm: u64,
) -> Result<Vec<(Uuid, Outcome, Option<StoredReceipt>)>> {
    use crate::error::Error;
    scope.require_for_a_right(crate::auth::Role::Admin)?;
    if ids.is_empty() || ids.len() > MAX_BULK {
        return Err(Error::invalid(
            "ids",
            format!("give between 1 and {MAX_BULK} customer IDs"),
        ));
    }
    let mut seen = std::collections::HashSet::with_capacity(ids.len());
    if let Some(dup) = ids.iter().find(|id| !seen.insert(**id)) {
        return Err(Error::invalid(
            "ids",
            format!("{dup} is listed more than once"),
        ));
    }
    if confirm != ids.len() as u64 {
        return Err(Error::invalid(
            "confirm",
            format!(
                "give the number of IDs ({}) to confirm; this cannot be undone",
                ids.len()
            ),
        ));
    }
    let tenant_id = scope.tenant_id();
    let outcomes = erase_ids(state, tenant_id, scope.into(), meta, ids, kind).await?;
    let erased: Vec<Uuid> = outcomes
        .iter()
        .filter(|(_, o)| matches!(o, Outcome::Erased(_)))
        .map(|(id, _)| *id)
        .collect();
    let mut stored: HashMap<Uuid, erasure::Model> = HashMap::with_capacity(erased.len());
    for chunk in erased.chunks(ROWS_PER_STATEMENT) {
        for row in erasure::Entity::find()
            .filter(erasure::Column::TenantId.eq(tenant_id))
            .filter(erasure::Column::CustomerId.is_in(chunk.iter().copied()))
            .all(&state.db.main)
            .await?
        {
            stored.insert(row.customer_id, row);
        }
    }
    outcomes
        .into_iter()
        .map(|(id, outcome)| {
            let receipt = stored
                .remove(&id)
                .map(StoredReceipt::try_from)
                .transpose()?;
            Ok((id, outcome, receipt))
        })
        .collect()
}

/// Data keys the orphan sweep reads at a time.
const SWEEP_PAGE: u64 = 1000;
/// A key younger than this may belong to a record still being written (the
/// key is stored first).
const ORPHAN_GRACE: chrono::TimeDelta = chrono::TimeDelta::hours(1);
const SWEEP_CURSOR: &str = "orphan_keys";

/// Destroys data keys that belong to no record — left by a create that
/// failed after storing its key, or by anything else that went wrong between
/// the two databases. Walks the key store a page at a time from where the
/// last run stopped, looking at up to `most` keys, so a run costs the same
/// however many keys there are. A run that reaches the last key stops
/// there; the next starts again from the first.
pub async fn sweep_orphan_keys(state: &AppState, most: u32) -> Result<u64> {
    let (mut destroyed, mut left) = (0, u64::from(most));
    while left > 0 {
        let page = left.min(SWEEP_PAGE);
        let (gone, more) = sweep_page(state, page).await?;
        destroyed += gone;
        left -= page;
        if !more {
            break;
        }
    }
    Ok(destroyed)
}

/// One page of [`sweep_orphan_keys`], of up to `size` keys: what it
/// destroyed, and whether keys remain after it.
async fn sweep_page(state: &AppState, size: u64) -> Result<(u64, bool)> {
    use entity::{job_cursor, keystore::customer_key};
    use sea_orm::{Condition, QueryOrder, Set};

    let now = state.clock.now();
    let cursor = job_cursor::Entity::find_by_id(SWEEP_CURSOR)
        .one(&state.db.main)
        .await?;
    let after: Option<(Uuid, Uuid)> = cursor.as_ref().and_then(|c| {
        let (t, k) = c.position.split_once(':')?;
        Some((Uuid::try_parse(t).ok()?, Uuid::try_parse(k).ok()?))
    });
    let mut page = customer_key::Entity::find()
        .select_only()
        .column(customer_key::Column::TenantId)
        .column(customer_key::Column::CustomerId)
        .column(customer_key::Column::CreatedAt);
    if let Some((t, c)) = after {
        page = page.filter(
            Condition::any()
                .add(customer_key::Column::TenantId.gt(t))
                .add(
                    Condition::all()
                        .add(customer_key::Column::TenantId.eq(t))
                        .add(customer_key::Column::CustomerId.gt(c)),
                ),
        );
    }
    // One key past the page tells whether any remain, so a run that ends
    // exactly on the last key starts the next from the first.
    let mut keys: Vec<(Uuid, Uuid, DateTime<Utc>)> = page
        .order_by_asc(customer_key::Column::TenantId)
        .order_by_asc(customer_key::Column::CustomerId)
        .limit(size + 1)
        .into_tuple()
        .all(state.keys.db())
        .await?;
    let more = keys.len() as u64 > size;
    keys.truncate(size as usize);
    let mut by_tenant: BTreeMap<Uuid, Vec<Uuid>> = BTreeMap::new();
    for (t, c, created) in &keys {
        if now - *created >= ORPHAN_GRACE {
            by_tenant.entry(*t).or_default().push(*c);
        }
    }
    let mut destroyed = 0;
    for (tenant_id, ids) in by_tenant {
        let present: Vec<Uuid> = customer::Entity::find()
            .select_only()
            .column(customer::Column::Id)
            .filter(customer::Column::TenantId.eq(tenant_id))
            .filter(customer::Column::Id.is_in(ids.iter().copied()))
            .into_tuple()
            .all(&state.db.main)
            .await?;
        // Only keys older than the tenant's newest record: customer IDs are
        // time-ordered, and a key newer than every record may belong to
        // records this database does not have yet — a main database restored
        // from a copy beside the live key store must not cost the newer
        // records their keys.
        let newest: Option<Uuid> = customer::Entity::find()
            .select_only()
            .column(customer::Column::Id)
            .filter(customer::Column::TenantId.eq(tenant_id))
            .order_by_desc(customer::Column::Id)
            .limit(1)
            .into_tuple()
            .one(&state.db.main)
            .await?;
        let orphans: Vec<Uuid> = ids
            .into_iter()
            .filter(|id| !present.contains(id) && newest.is_some_and(|n| *id < n))
            .collect();
        if !orphans.is_empty() {
            tracing::warn!(tenant = %tenant_id, keys = orphans.len(), "destroying data keys that belong to no record");
            destroyed += state
                .keys
                .destroy_customer_keys(tenant_id, &orphans)
                .await?;
        }
    }
    // Start again from the beginning after the last page.
    let position = match keys.last() {
        Some((t, c, _)) if more => format!("{t}:{c}"),
        _ => String::new(),
    };
    let row = job_cursor::ActiveModel {
        name: Set(SWEEP_CURSOR.to_owned()),
        position: Set(position),
        updated_at: Set(now),
    };
    // Instances sweeping at once just overwrite each other's position.
    job_cursor::Entity::insert(row)
        .on_conflict(
            sea_orm::sea_query::OnConflict::column(job_cursor::Column::Name)
                .update_columns([job_cursor::Column::Position, job_cursor::Column::UpdatedAt])
                .to_owned(),
        )
        .exec(&state.db.writer)
        .await?;
    Ok((destroyed, more))
}
