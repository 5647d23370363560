//! The bulk path: many new customers of one tenant written in one
//! transaction, for imports, seeding and benchmarks. Records are sealed and
//! indexed exactly as one by one; the sealing runs off the async threads,
//! and rows go in as multi-row inserts of bounded size. [`prepare`] seals a
//! batch, [`write_in`] writes it in the caller's transaction (an import
//! writes its progress with it); [`insert`] does both for seeding.

use chrono::{DateTime, Utc};
use entity::ids::{CustomerId, TenantId};
use entity::{consent, customer, note, outbox_event};
use sea_orm::{ConnectionTrait, Set};
use serde::Serialize;
use serde_json::json;
use uuid::Uuid;

use super::{Personal, duplicates::IndexRows, notes, search};
use crate::{
    audit::Origin,
    audit::{self, Actor, Entry},
    consent::service::{self as consent_service, Author, Basis, Choice, Source},
    context::Services,
    crypto::{Key, keystore::NewCustomerKeys},
    db::{self, begin_write},
    error::{Error, Result},
};

/// One customer to add, with its notes and consent decisions.
pub struct BulkCustomer {
    pub personal: Personal,
    pub notes: Vec<String>,
    /// Oldest first.
    pub consents: Vec<BulkConsent>,
}

/// A consent decision that comes with a new customer.
pub struct BulkConsent {
    pub purpose: String,
    pub granted: bool,
    pub basis: Basis,
    pub source: Source,
    /// Plain words of evidence; sealed under the customer's key.
    pub evidence: Option<String>,
}

impl BulkConsent {
    /// A decision of the person, recorded by staff: what seeding writes.
    pub fn given(purpose: impl Into<String>, granted: bool) -> Self {
        Self {
            purpose: purpose.into(),
            granted,
            basis: Basis::Consent,
            source: Source::Staff,
            evidence: None,
        }
    }
}

/// Who a batch's notes and decisions are by, and whether connected tools
/// hear of its decisions.
#[derive(Clone, Copy)]
pub struct Authored {
    pub author: Author,
    /// `consent.updated` events for connected marketing tools (an import's
    /// opt-ins must reach them; seeded data has no tools to tell).
    pub events: bool,
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

/// A batch sealed and ready to write: the new customers' IDs (in the
/// batch's order), keys and rows.
pub struct Prepared {
    pub ids: Vec<CustomerId>,
    /// Until stored.
    keys: Option<NewCustomerKeys>,
    rows: Rows,
}

/// The rows of a batch, one table each.
struct Rows {
    customers: Vec<customer::ActiveModel>,
    index: IndexRows,
    notes: Vec<note::ActiveModel>,
    consents: Vec<consent::ActiveModel>,
    events: Vec<outbox_event::ActiveModel>,
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
    let now = state.clock.now();
    let by = Authored {
        author: Author::System,
        events: false,
    };
    let prepared = prepare(state, tenant_id, batch, by, now).await?;
    let counts = prepared.counts();
    store(state, tenant_id, now, prepared, counts).await?;
    Ok(counts)
}

/// Gives each customer of `batch` an ID and a key, and seals its record,
/// search tokens, notes and consent decisions into rows ready to write,
/// off the async threads.
pub async fn prepare(
    state: &Services,
    tenant_id: TenantId,
    batch: Vec<BulkCustomer>,
    by: Authored,
    now: DateTime<Utc>,
) -> Result<Prepared> {
    let tenant_key = state.keys.tenant_key(tenant_id).await?;
    let defs = crate::fields::Defs::load(&state.db.main, tenant_id).await?;
    tokio::task::spawn_blocking(move || {
        let ids: Vec<CustomerId> = batch.iter().map(|_| CustomerId::new()).collect();
        let keys = NewCustomerKeys::generate(&tenant_key, tenant_id, &ids);
        let search_key = search::search_key(&tenant_key);
        let outbox_key = by.events.then(|| crate::outbox::outbox_key(&tenant_key));
        let mut rows = Rows {
            customers: Vec::with_capacity(batch.len()),
            index: IndexRows::empty(),
            notes: Vec::new(),
            consents: Vec::new(),
            events: Vec::new(),
        };
        for ((c, id), key) in batch.iter().zip(&ids).zip(&keys.keys) {
            let sealing = Sealing {
                search_key: &search_key,
                defs: &defs,
                outbox_key: outbox_key.as_ref(),
                key,
                by,
                now,
            };
            rows.add(&sealing, tenant_id, *id, c);
        }
        rows.index.sort();
        Prepared {
            ids,
            keys: Some(keys),
            rows,
        }
    })
    .await
    .map_err(|e| Error::internal_from("preparing a bulk insert", e))
}

/// The keys and facts every row of a batch is sealed with.
struct Sealing<'a> {
    search_key: &'a Key,
    /// Which custom fields' values the list filters by.
    defs: &'a crate::fields::Defs,
    outbox_key: Option<&'a Key>,
    /// The customer's own key.
    key: &'a Key,
    by: Authored,
    now: DateTime<Utc>,
}

impl Prepared {
    /// How many rows of each kind the batch holds.
    pub fn counts(&self) -> BulkCounts {
        self.rows.counts()
    }

    /// Stores the batch's keys in the key store, if not yet stored: a
    /// caller may do so ahead of [`write_in`], while an earlier batch is
    /// written (a key without a record is harmless and swept up later).
    pub async fn store_keys(&mut self, state: &Services) -> Result<()> {
        if let Some(keys) = self.keys.take() {
            state.keys.store_customer_keys(keys).await?;
        }
        Ok(())
    }
}

/// Stores the batch's keys, then writes its rows in the caller's
/// transaction `txn` (keys first, as one by one: a key without a record is
/// harmless and swept up later). The caller audits.
pub async fn write_in<C: ConnectionTrait>(
    state: &Services,
    txn: &C,
    mut prepared: Prepared,
) -> Result<Vec<CustomerId>> {
    prepared.store_keys(state).await?;
    let rows = prepared.rows;
    db::insert_chunked::<customer::Entity, _>(txn, rows.customers).await?;
    rows.index.insert(txn).await?;
    db::insert_chunked::<note::Entity, _>(txn, rows.notes).await?;
    db::insert_chunked::<consent::Entity, _>(txn, rows.consents).await?;
    db::insert_chunked::<outbox_event::Entity, _>(txn, rows.events).await?;
    Ok(prepared.ids)
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
    /// index (search tokens and match keys), its notes sealed with its own
    /// key, and its consent decisions.
    fn add(&mut self, s: &Sealing<'_>, tenant_id: TenantId, id: CustomerId, c: &BulkCustomer) {
        let (key, now) = (s.key, s.now);
        let sealed = c.personal.seal(key, tenant_id, id);
        self.customers.push(super::write::new_row(
            tenant_id,
            id,
            sealed,
            &c.personal.name,
            now,
        ));
        self.index.extend(super::duplicates::index_rows(
            s.search_key,
            tenant_id,
            id,
            &c.personal,
            s.defs,
        ));
        let (author_kind, author_id) = s.by.author.parts();
        for body in &c.notes {
            let note_id = Uuid::now_v7();
            self.notes.push(note::ActiveModel {
                tenant_id: Set(tenant_id),
                id: Set(note_id),
                customer_id: Set(id),
                author_kind: Set(author_kind.into()),
                author_id: Set(author_id.unwrap_or_else(Uuid::nil)),
                sealed: Set(key.seal(body.as_bytes(), &notes::aad(tenant_id, id, note_id))),
                created_at: Set(now),
            });
        }
        let email = c.personal.email.as_ref().map(|e| e.as_str());
        for d in &c.consents {
            let choice = Choice {
                purpose: &d.purpose,
                granted: d.granted,
                basis: d.basis,
                source: d.source,
                author: s.by.author,
                at: now,
            };
            let decision_id = Uuid::now_v7();
            let evidence = d.evidence.as_ref().map(|text| {
                let aad = consent_service::evidence_aad(tenant_id, id, decision_id);
                key.seal(text.as_bytes(), &aad)
            });
            self.consents.push(consent_service::row(
                tenant_id,
                id,
                decision_id,
                &choice,
                evidence,
            ));
            if let Some(outbox_key) = s.outbox_key {
                let source = entity::consent::Source::from(d.source).as_str();
                self.events.push(crate::outbox::consent_updated(
                    outbox_key, tenant_id, id, email, &d.purpose, d.granted, source, now,
                ));
            }
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
    let txn = begin_write(&state.db.writer).await?;
    write_in(state, &txn, prepared).await?;
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
