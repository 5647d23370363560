//! The bulk path: many customers of one tenant written in one transaction,
//! for seeding and benchmarks. Records are sealed and indexed exactly as one
//! by one; the sealing runs off the async threads, and rows go in as
//! multi-row inserts of bounded size.

use chrono::{DateTime, Utc};
use entity::ids::{CustomerId, TenantId};
use entity::{consent, customer, note};
use sea_orm::Set;
use serde::Serialize;
use serde_json::json;
use uuid::Uuid;

use super::{Personal, duplicates::IndexRows, notes, search};
use crate::{
    audit::Origin,
    audit::{self, Actor, Entry},
    context::Services,
    crypto::{Key, keystore::NewCustomerKeys},
    db::{self, begin_write},
    error::{Error, Result},
};

/// One customer to add, with its notes and consent decisions.
pub struct BulkCustomer {
    pub personal: Personal,
    pub notes: Vec<String>,
    /// `(purpose, granted)`, oldest first; recorded with basis `consent`.
    pub consents: Vec<(String, bool)>,
}

/// What one bulk insert wrote.
#[derive(Clone, Copy, Debug, Default, Serialize)]
pub struct BulkCounts {
    pub customers: u64,
    pub notes: u64,
    pub consents: u64,
    pub tokens: u64,
}

impl std::ops::AddAssign for BulkCounts {
    fn add_assign(&mut self, o: Self) {
        self.customers += o.customers;
        self.notes += o.notes;
        self.consents += o.consents;
        self.tokens += o.tokens;
    }
}

/// A batch sealed and ready to write: the new customers' keys and rows.
struct Prepared {
    keys: NewCustomerKeys,
    rows: Rows,
}

/// The rows of a batch, one table each.
struct Rows {
    customers: Vec<customer::ActiveModel>,
    index: IndexRows,
    notes: Vec<note::ActiveModel>,
    consents: Vec<consent::ActiveModel>,
}

/// Adds `batch` to the tenant; Steward itself is named as the author of
/// the notes and consent decisions, and one audit row records the import.
pub async fn insert(
    state: &Services,
    tenant_id: TenantId,
    batch: Vec<BulkCustomer>,
) -> Result<BulkCounts> {
    if batch.is_empty() {
        return Ok(BulkCounts::default());
    }
    let tenant_key = state.keys.tenant_key(tenant_id).await?;
    let now = state.clock.now();
    let prepared =
        tokio::task::spawn_blocking(move || prepare(&tenant_key, tenant_id, &batch, now))
            .await
            .map_err(|e| Error::internal_from("preparing a bulk insert", e))?;
    let counts = prepared.rows.counts();
    store(state, tenant_id, now, prepared, counts).await?;
    Ok(counts)
}

/// Gives each customer of `batch` an ID and a key, and seals its record,
/// search tokens, notes and consent decisions into rows ready to insert.
fn prepare(
    tenant_key: &Key,
    tenant_id: TenantId,
    batch: &[BulkCustomer],
    now: DateTime<Utc>,
) -> Prepared {
    let ids: Vec<CustomerId> = batch.iter().map(|_| CustomerId::new()).collect();
    let keys = NewCustomerKeys::generate(tenant_key, tenant_id, &ids);
    let search_key = search::search_key(tenant_key);
    let mut rows = Rows {
        customers: Vec::with_capacity(batch.len()),
        index: IndexRows::empty(),
        notes: Vec::new(),
        consents: Vec::new(),
    };
    for ((c, id), key) in batch.iter().zip(&ids).zip(&keys.keys) {
        rows.add(&search_key, key, tenant_id, *id, c, now);
    }
    Prepared { keys, rows }
}

impl Rows {
    /// How many rows of each kind the batch holds.
    fn counts(&self) -> BulkCounts {
        BulkCounts {
            customers: self.customers.len() as u64,
            notes: self.notes.len() as u64,
            consents: self.consents.len() as u64,
            tokens: self.index.tokens.len() as u64,
        }
    }

    /// Appends the rows of one customer: its sealed record, its blind
    /// index (search tokens and match keys), its notes sealed with its own key, and its consent decisions.
    fn add(
        &mut self,
        search_key: &Key,
        key: &Key,
        tenant_id: TenantId,
        id: CustomerId,
        c: &BulkCustomer,
        now: DateTime<Utc>,
    ) {
        let sealed = c.personal.seal(key, tenant_id, id);
        self.customers
            .push(super::write::new_row(tenant_id, id, sealed, now));
        self.index.extend(super::duplicates::index_rows(
            search_key,
            tenant_id,
            id,
            &c.personal,
        ));
        for body in &c.notes {
            let note_id = Uuid::now_v7();
            self.notes.push(note::ActiveModel {
                tenant_id: Set(tenant_id),
                id: Set(note_id),
                customer_id: Set(id),
                author_kind: Set("system".into()),
                author_id: Set(Uuid::nil()),
                sealed: Set(key.seal(body.as_bytes(), &notes::aad(tenant_id, id, note_id))),
                created_at: Set(now),
            });
        }
        for (purpose, granted) in &c.consents {
            self.consents.push(crate::consent::service::seeded_row(
                tenant_id, id, purpose, *granted, now,
            ));
        }
    }
}

/// Stores the customers' keys, then writes every row and one audit entry
/// naming the counts in a single transaction.
async fn store(
    state: &Services,
    tenant_id: TenantId,
    now: DateTime<Utc>,
    prepared: Prepared,
    counts: BulkCounts,
) -> Result<()> {
    // Keys first, as one by one: a key without a record is harmless.
    state.keys.store_customer_keys(prepared.keys).await?;
    let txn = begin_write(&state.db.writer).await?;
    let rows = prepared.rows;
    db::insert_chunked::<customer::Entity, _>(&txn, rows.customers).await?;
    rows.index.insert(&txn).await?;
    db::insert_chunked::<note::Entity, _>(&txn, rows.notes).await?;
    db::insert_chunked::<consent::Entity, _>(&txn, rows.consents).await?;
    let entry = Entry::new("customer.bulk_created").detail(json!(counts));
    audit::append(
        &txn,
        tenant_id,
        Actor::System,
        &Origin::system(),
        now,
        entry,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
