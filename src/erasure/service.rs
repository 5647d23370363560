use entity::ids::{CustomerId, TenantId};
use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use entity::{consent, customer, erasure, outbox_event};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, sea_query::Expr,
};

use super::targets::Target;
use crate::values::Email;
use crate::{
    audit::Actor,
    audit::Origin,
    context::Services,
    customers::{Personal, service::State},
    db::{ROWS_PER_STATEMENT, insert_chunked},
    error::Result,
    fields::{Defs, StoredField},
};

pub use super::model::*;

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
    state: &Services,
    conn: &C,
    tenant_id: TenantId,
    rows: &[customer::Model],
) -> Result<HashMap<CustomerId, String>> {
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
/// the caller's transaction: every [`Target`] forgets them; shredded rows are deleted,
/// anonymized rows keep only `facts` (by customer ID, from
/// [`skeleton_facts`]); open notices about them close; and a pending
/// erasure is recorded for each, which [`finish_pending`] completes by
/// destroying the key.
pub async fn erase_rows<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    rows: &[customer::Model],
    kind: Kind,
    by: impl Fn(CustomerId) -> Actor,
    now: DateTime<Utc>,
    mut facts: HashMap<CustomerId, String>,
) -> Result<Vec<Receipt>> {
    let mut receipts = Vec::with_capacity(rows.len());
    for chunk in rows.chunks(ROWS_PER_STATEMENT) {
        let ids: Vec<CustomerId> = chunk.iter().map(|r| r.id).collect();
        let mut removed: HashMap<CustomerId, Removed> = HashMap::new();
        for target in Target::ALL {
            for (id, n) in target.forget(conn, tenant_id, &ids, kind, now).await? {
                target.tally(removed.entry(id).or_default(), n);
            }
        }
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
                        .col_expr(customer::Column::State, Expr::value(State::Anonymized))
                        .col_expr(customer::Column::Sealed, Expr::value(Vec::<u8>::new()))
                        .col_expr(customer::Column::Facts, Expr::value(facts.remove(&row.id)))
                        .col_expr(customer::Column::NameBucket, Expr::value(None::<i16>))
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
        let mut pending = Vec::with_capacity(chunk.len());
        for id in &ids {
            let (by_kind, by_id) = by(*id).parts();
            let removed = removed.remove(id).unwrap_or_default();
            pending.push(erasure::ActiveModel {
                tenant_id: sea_orm::Set(tenant_id),
                customer_id: sea_orm::Set(*id),
                kind: sea_orm::Set(kind),
                by_kind: sea_orm::Set(by_kind.to_owned()),
                by_id: sea_orm::Set(by_id),
                removed: sea_orm::Set(serde_json::to_string(&removed).expect("counts serialise")),
                requested_at: sea_orm::Set(now),
                done_at: sea_orm::Set(None),
                merged_into: sea_orm::Set(None),
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
    for target in Target::ALL {
        target.finish(conn, tenant_id, now).await?;
    }
    Ok(receipts)
}

/// Destroys the keys of every erasure whose rows are gone but whose key is
/// not, and marks them done. Returns how many it finished.
pub async fn finish_pending(state: &Services) -> Result<u64> {
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
        let mut by_tenant: BTreeMap<TenantId, Vec<CustomerId>> = BTreeMap::new();
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
    state: &Services,
    tenant_id: TenantId,
    by: Actor,
    meta: &Origin,
    ids: &[CustomerId],
    kind: Kind,
) -> Result<Vec<(CustomerId, Outcome)>> {
    let asks: Vec<Ask> = ids.iter().map(|&id| Ask { id, by, meta }).collect();
    let mut outcomes: HashMap<CustomerId, Outcome> = HashMap::with_capacity(ids.len());
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
pub(crate) async fn finish_erased(state: &Services) -> Result<()> {
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
    pub id: CustomerId,
    pub by: Actor,
    pub meta: &'a Origin,
}

/// Erases one tenant's `asks` (at most [`ROWS_PER_STATEMENT`], no ID twice)
/// in one transaction. The outcome of each; the keys are left to
/// [`finish_erased`].
pub(super) async fn erase_chunk(
    state: &Services,
    tenant_id: TenantId,
    asks: &[Ask<'_>],
    kind: Kind,
) -> Result<Vec<(CustomerId, Outcome)>> {
    let chunk: Vec<CustomerId> = asks.iter().map(|a| a.id).collect();
    let asked: HashMap<CustomerId, &Ask> = asks.iter().map(|a| (a.id, a)).collect();
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.db.writer).await?;
    let suppressing = suppresses_erased(&txn, tenant_id).await?;
    let rows = lock_customers(&txn, tenant_id, &chunk).await?;
    let (mut outcomes, eligible) = sort_out(&txn, tenant_id, &chunk, rows, kind).await?;
    if eligible.is_empty() {
        txn.rollback().await?;
        return Ok(outcomes);
    }
    drop_skeleton_receipts(&txn, tenant_id, &eligible).await?;
    let facts = match kind {
        Kind::Anonymize => skeletons(state, &txn, tenant_id, &eligible).await?,
        Kind::Shred => HashMap::new(),
    };
    if suppressing {
        suppress_addresses(state, &txn, tenant_id, &eligible, now).await?;
    }
    let forgotten = forget_events(state, &txn, tenant_id, &eligible, "request", now).await?;
    let by = |id: CustomerId| asked.get(&id).map_or(Actor::System, |a| a.by);
    let receipts = erase_rows(&txn, tenant_id, &eligible, kind, by, now, facts).await?;
    let mut events = events(tenant_id, &receipts, "request");
    events.extend(forgotten);
    insert_chunked::<outbox_event::Entity, _>(&txn, events).await?;
    audit_erasures(&txn, tenant_id, &asked, &receipts, kind, now).await?;
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

/// Whether the tenant keeps erased addresses on its suppression list.
async fn suppresses_erased<C: ConnectionTrait>(conn: &C, tenant_id: TenantId) -> Result<bool> {
    // Read under a shared lock, so turning the suppression list off (which
    // empties it) waits for this transaction, and sees what it adds.
    Ok(entity::tenant::Entity::find_by_id(tenant_id)
        .lock_shared()
        .one(conn)
        .await?
        .is_some_and(|t| t.suppress_erased))
}

/// The records `ids` of the tenant, locked for erasure.
async fn lock_customers<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    ids: &[CustomerId],
) -> Result<Vec<customer::Model>> {
    use sea_orm::QueryOrder;
    // Locked in ID order, so two requests over the same records queue
    // instead of deadlocking.
    Ok(customer::Entity::find()
        .filter(customer::Column::TenantId.eq(tenant_id))
        .filter(customer::Column::Id.is_in(ids.iter().copied()))
        .order_by_asc(customer::Column::Id)
        .lock_exclusive()
        .all(conn)
        .await?)
}

/// Removes the receipts of the anonymized records among `rows`, which are
/// about to be shredded.
async fn drop_skeleton_receipts<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    rows: &[customer::Model],
) -> Result<()> {
    // Shredding the skeleton of an anonymized record: its key is long gone;
    // the new receipt replaces the anonymization's.
    let skeletons_shredded: Vec<CustomerId> = rows
        .iter()
        .filter(|r| r.state == State::Anonymized)
        .map(|r| r.id)
        .collect();
    if !skeletons_shredded.is_empty() {
        erasure::Entity::delete_many()
            .filter(erasure::Column::TenantId.eq(tenant_id))
            .filter(erasure::Column::CustomerId.is_in(skeletons_shredded))
            .exec(conn)
            .await?;
    }
    Ok(())
}

/// Puts the addresses of `rows` on the tenant's suppression list.
async fn suppress_addresses<C: ConnectionTrait>(
    state: &Services,
    conn: &C,
    tenant_id: TenantId,
    rows: &[customer::Model],
    now: DateTime<Utc>,
) -> Result<()> {
    let emails: Vec<Email> = crate::customers::service::open_many(state, tenant_id, rows.to_vec())
        .await?
        .into_iter()
        .filter_map(|c| c.personal.email.clone())
        .collect();
    super::suppression::record(state, conn, tenant_id, &emails, now).await?;
    Ok(())
}

/// One audit row per erased record, by whoever asked for it.
async fn audit_erasures<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    asked: &HashMap<CustomerId, &Ask<'_>>,
    receipts: &[Receipt],
    kind: Kind,
    now: DateTime<Utc>,
) -> Result<()> {
    let entries = receipts
        .iter()
        .filter_map(|r| {
            let ask = asked.get(&r.customer_id)?;
            Some(crate::audit::Each {
                actor: ask.by,
                meta: ask.meta.clone(),
                at: now,
                entry: crate::audit::Entry::new(kind.action())
                    .target("customer", r.customer_id)
                    .detail(serde_json::json!({ "removed": r.removed })),
            })
        })
        .collect();
    crate::audit::append_each(conn, tenant_id, entries).await?;
    Ok(())
}

/// Of the records `chunk` asked for, the outcomes of those that cannot be
/// erased (gone, on hold, anonymized already) and the `rows` that can.
async fn sort_out<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    chunk: &[CustomerId],
    rows: Vec<customer::Model>,
    kind: Kind,
) -> Result<(Vec<(CustomerId, Outcome)>, Vec<customer::Model>)> {
    let mut outcomes = Vec::with_capacity(chunk.len());
    let absent: Vec<CustomerId> = chunk
        .iter()
        .filter(|id| !rows.iter().any(|r| r.id == **id))
        .copied()
        .collect();
    if !absent.is_empty() {
        let shredded: Vec<CustomerId> = erasure::Entity::find()
            .select_only()
            .column(erasure::Column::CustomerId)
            .filter(erasure::Column::TenantId.eq(tenant_id))
            .filter(erasure::Column::CustomerId.is_in(absent.iter().copied()))
            .into_tuple()
            .all(conn)
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
        let anonymized = row.state == State::Anonymized;
        if row.legal_hold {
            outcomes.push((row.id, Outcome::OnHold));
        } else if anonymized && kind == Kind::Anonymize {
            outcomes.push((row.id, Outcome::AlreadyAnonymized));
        } else {
            eligible.push(row);
        }
    }
    Ok((outcomes, eligible))
}

/// The most IDs one bulk erasure takes.
pub const MAX_BULK: usize = 10_000;

/// Erases many customers on an admin's request. `confirm` must be the number
/// of IDs, as a guard against sending the wrong list. Each ID is handled on
/// its own: one on hold or unknown does not stop the rest.
pub async fn erase_many(
    state: &Services,
    scope: &crate::auth::Scope,
    meta: &crate::audit::Origin,
    ids: &[CustomerId],
    kind: Kind,
    confirm: u64,
) -> Result<Vec<(CustomerId, Outcome, Option<StoredReceipt>)>> {
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
    let erased: Vec<CustomerId> = outcomes
        .iter()
        .filter(|(_, o)| matches!(o, Outcome::Erased(_)))
        .map(|(id, _)| *id)
        .collect();
    let mut stored: HashMap<CustomerId, erasure::Model> = HashMap::with_capacity(erased.len());
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

pub use super::receipts::*;

/// `contact.forget` events for those of `rows` a marketing tool may know:
/// customers with a consent record and an address. Call before the rows
/// are erased; the address is sealed under the outbox key, which outlives
/// the customer's.
pub async fn forget_events<C: ConnectionTrait>(
    state: &Services,
    conn: &C,
    tenant_id: TenantId,
    rows: &[customer::Model],
    reason: &str,
    now: DateTime<Utc>,
) -> Result<Vec<outbox_event::ActiveModel>> {
    let mut events = Vec::new();
    let mut key = None;
    for chunk in rows.chunks(ROWS_PER_STATEMENT) {
        let ids: Vec<CustomerId> = chunk.iter().map(|r| r.id).collect();
        let consenting: std::collections::HashSet<CustomerId> = consent::Entity::find()
            .select_only()
            .column(consent::Column::CustomerId)
            .distinct()
            .filter(consent::Column::TenantId.eq(tenant_id))
            .filter(consent::Column::CustomerId.is_in(ids))
            .into_tuple::<CustomerId>()
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
                    key,
                    tenant_id,
                    c.row.id,
                    email.as_str(),
                    reason,
                    now,
                ));
            }
        }
    }
    Ok(events)
}
