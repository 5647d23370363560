use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use entity::{consent, customer, erasure, note, notification, outbox_event, search_token};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect,
    sea_query::{Expr, Func},
};
use serde::Serialize;
use uuid::Uuid;

use crate::{
    audit::Actor,
    customers::{Personal, service::State},
    db::{ROWS_PER_STATEMENT, insert_chunked},
    error::Result,
    fields::{Defs, StoredField},
    state::AppState,
};

/// What is done to the record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
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

/// How much of each kind of data was removed with a record.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Removed {
    pub notes: u64,
    pub consents: u64,
    pub tokens: u64,
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

/// Per customer, how many rows of a table belong to them.
async fn count_by_customer<E, C>(
    conn: &C,
    tenant: E::Column,
    customer: E::Column,
    tenant_id: Uuid,
    ids: &[Uuid],
) -> Result<HashMap<Uuid, u64>>
where
    E: EntityTrait,
    C: ConnectionTrait,
{
    let rows: Vec<(Uuid, i64)> = E::find()
        .select_only()
        .column(customer)
        .expr(Expr::expr(Func::count(Expr::col(customer))))
        .filter(tenant.eq(tenant_id))
        .filter(customer.is_in(ids.iter().copied()))
        .group_by(customer)
        .into_tuple()
        .all(conn)
        .await?;
    Ok(rows.into_iter().map(|(id, n)| (id, n as u64)).collect())
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
    by: Actor,
    now: DateTime<Utc>,
    mut facts: HashMap<Uuid, String>,
) -> Result<Vec<Receipt>> {
    let mut receipts = Vec::with_capacity(rows.len());
    for chunk in rows.chunks(ROWS_PER_STATEMENT) {
        let ids: Vec<Uuid> = chunk.iter().map(|r| r.id).collect();
        let notes = count_by_customer::<note::Entity, _>(
            conn,
            note::Column::TenantId,
            note::Column::CustomerId,
            tenant_id,
            &ids,
        )
        .await?;
        let consents = count_by_customer::<consent::Entity, _>(
            conn,
            consent::Column::TenantId,
            consent::Column::CustomerId,
            tenant_id,
            &ids,
        )
        .await?;
        let tokens = count_by_customer::<search_token::Entity, _>(
            conn,
            search_token::Column::TenantId,
            search_token::Column::CustomerId,
            tenant_id,
            &ids,
        )
        .await?;
        let events = count_by_customer::<outbox_event::Entity, _>(
            conn,
            outbox_event::Column::TenantId,
            outbox_event::Column::CustomerId,
            tenant_id,
            &ids,
        )
        .await?;
        note::Entity::delete_many()
            .filter(note::Column::TenantId.eq(tenant_id))
            .filter(note::Column::CustomerId.is_in(ids.clone()))
            .exec(conn)
            .await?;
        consent::Entity::delete_many()
            .filter(consent::Column::TenantId.eq(tenant_id))
            .filter(consent::Column::CustomerId.is_in(ids.clone()))
            .exec(conn)
            .await?;
        search_token::Entity::delete_many()
            .filter(search_token::Column::TenantId.eq(tenant_id))
            .filter(search_token::Column::CustomerId.is_in(ids.clone()))
            .exec(conn)
            .await?;
        outbox_event::Entity::delete_many()
            .filter(outbox_event::Column::TenantId.eq(tenant_id))
            .filter(outbox_event::Column::CustomerId.is_in(ids.clone()))
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
        let (by_kind, by_id) = by.parts();
        let mut pending = Vec::with_capacity(chunk.len());
        for id in &ids {
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
            let now = state.clock.now();
            erasure::Entity::update_many()
                .col_expr(erasure::Column::DoneAt, Expr::value(Some(now)))
                .filter(erasure::Column::TenantId.eq(tenant_id))
                .filter(erasure::Column::CustomerId.is_in(ids.iter().copied()))
                .filter(erasure::Column::DoneAt.is_null())
                .exec(&state.db.main)
                .await?;
            finished += ids.len() as u64;
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
        let removed: RemovedCounts = serde_json::from_str(&e.removed)
            .map_err(|err| crate::error::Error::Internal(format!("erasure counts: {err}")))?;
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
            removed: Removed {
                notes: removed.notes,
                consents: removed.consents,
                tokens: removed.tokens,
                events: removed.events,
            },
            key_destroyed_at: e.done_at,
        })
    }
}

#[derive(serde::Deserialize)]
struct RemovedCounts {
    notes: u64,
    consents: u64,
    tokens: u64,
    events: u64,
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

/// Shreds or anonymizes one customer on an admin's request: the rows in one
/// transaction with the audit entry, then the key, then the write-ahead logs
/// are folded in so no copy of the freed pages stays on disk.
pub async fn erase_one(
    state: &AppState,
    scope: &crate::auth::Scope,
    meta: &crate::http::meta::RequestMeta,
    customer_id: Uuid,
    kind: Kind,
    confirm: &str,
) -> Result<StoredReceipt> {
    use crate::error::Error;
    scope.require(crate::auth::Role::Admin)?;
    if confirm.trim() != customer_id.to_string() {
        return Err(Error::invalid(
            "confirm",
            "type the customer's ID to confirm; this cannot be undone",
        ));
    }
    let tenant_id = scope.tenant_id();
    let now = state.clock.now();
    let txn = crate::db::begin_write(&state.db.main).await?;
    let Some(row) = customer::Entity::find_by_id((tenant_id, customer_id))
        .lock_exclusive()
        .one(&txn)
        .await?
    else {
        return Err(crate::customers::service::missing(&txn, tenant_id, customer_id).await);
    };
    if row.legal_hold {
        return Err(Error::Conflict(
            "the record is on legal hold and must not be erased; release the hold first".into(),
        ));
    }
    if row.state == State::Anonymized.as_str() && kind == Kind::Anonymize {
        return Err(Error::Conflict("the record is already anonymized".into()));
    }
    if row.state == State::Anonymized.as_str() {
        // Shredding the skeleton of an anonymized record: its key is long
        // gone; this receipt replaces the anonymization's.
        erasure::Entity::delete_by_id((tenant_id, customer_id))
            .exec(&txn)
            .await?;
    }
    let facts = match kind {
        Kind::Anonymize => skeletons(state, &txn, tenant_id, std::slice::from_ref(&row)).await?,
        Kind::Shred => HashMap::new(),
    };
    let by: Actor = scope.into();
    let receipt = erase_rows(&txn, tenant_id, &[row], kind, by, now, facts)
        .await?
        .remove(0);
    let action = match kind {
        Kind::Shred => "customer.shredded",
        Kind::Anonymize => "customer.anonymized",
    };
    let entry = crate::audit::Entry::new(action)
        .target("customer", customer_id)
        .detail(serde_json::json!({ "removed": receipt.removed }));
    crate::audit::append(&txn, tenant_id, by, meta, now, entry).await?;
    txn.commit().await?;
    // The rows are gone; the key goes now (or, should this stop, on the
    // runner's next pass).
    finish_pending(state).await?;
    crate::db::checkpoint(&state.db.main).await?;
    crate::db::checkpoint(state.keys.db()).await?;
    receipt_row(&state.db.main, tenant_id, customer_id)
        .await?
        .ok_or(Error::Internal("the erasure was not recorded".into()))?
        .try_into()
}

/// Data keys examined per run by the orphan sweep.
const SWEEP_PAGE: u64 = 1000;
/// A key younger than this may belong to a record still being written (the
/// key is stored first).
const ORPHAN_GRACE: chrono::TimeDelta = chrono::TimeDelta::hours(1);
const SWEEP_CURSOR: &str = "orphan_keys";

/// Destroys data keys that belong to no record — left by a create that
/// failed after storing its key, or by anything else that went wrong between
/// the two databases. Walks the key store one page per run from where the
/// last run stopped, so a run costs the same however many keys there are.
pub async fn sweep_orphan_keys(state: &AppState) -> Result<u64> {
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
    let keys: Vec<(Uuid, Uuid, DateTime<Utc>)> = page
        .order_by_asc(customer_key::Column::TenantId)
        .order_by_asc(customer_key::Column::CustomerId)
        .limit(SWEEP_PAGE)
        .into_tuple()
        .all(state.keys.db())
        .await?;
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
        let orphans: Vec<Uuid> = ids.into_iter().filter(|id| !present.contains(id)).collect();
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
        Some((t, c, _)) if keys.len() as u64 == SWEEP_PAGE => format!("{t}:{c}"),
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
        .exec(&state.db.main)
        .await?;
    Ok(destroyed)
}
