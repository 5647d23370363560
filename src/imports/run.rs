//! The run of an import, as a background job any instance can hold.
//!
//! `start` moves a previewed import to `running` under a lease and hands it
//! to a task; the task reads the file again, checks every row as the
//! preview did, and writes it a batch at a time. Each batch is one
//! transaction holding its records, their index and audit entries, the
//! rows it refused, and the import's progress (`next_row`, counts), so a
//! crash loses no row and writes none twice: whoever takes the import over
//! (the job runner of any instance, once the lease has lapsed) reads the
//! rows before `next_row` again only to know which records earlier rows
//! made, and goes on from there. A batch first claims the import's row at
//! the `next_row` it read: two instances never write the same batch.
//!
//! New records go in through the bulk path (sealed off the async threads,
//! multi-row inserts); rows that match a record update it through the one
//! write path (`customers::write::change_in`), with its checks. When the
//! last row is done the file is forgotten; the refused rows stay, sealed,
//! for the file of refused rows until the import's 24 hours are up.

use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

use chrono::{DateTime, Utc};

use entity::ids::{CustomerId, TenantId};
use entity::import::{self, State};
use entity::{customer, import_refusal};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set, sea_query::Expr,
};
use serde_json::{Value, json};
use uuid::Uuid;

use super::{
    check::{self, Checked, Counts, Fate, Ready, Refusal, Rules, Seen},
    mapping::Mapping,
    service::{self, Shown},
};
use crate::{
    audit::{self, Actor, Entry, Origin},
    auth::{Role, Scope, sessions},
    consent::service::{self as consent_service, Author, Choice, NewDecision, Source},
    context::Services,
    crypto::Key,
    customers::{
        bulk::{self, Authored, BulkConsent, BulkCustomer},
        notes,
        service::{Change, Patch},
        write::change_in,
    },
    db::begin_write,
    error::{Error, Result},
    exports::file::csv_line,
    fields::Defs,
};

/// Starts the run of import `id` (staff and up): from `previewed` to
/// `running`, held by this instance, and run by a task of its own. The
/// person who starts it is the import's actor from then on: the run writes
/// as them, with their role as it stands at each batch.
pub async fn start(state: &Services, scope: &Scope, meta: &Origin, id: Uuid) -> Result<Shown> {
    scope.require(Role::Staff)?;
    let row = service::find(state, scope, id).await?;
    if row.state != State::Previewed {
        return Err(Error::Conflict(format!(
            "the import is {}; only one that waits for its run can be run",
            row.state.as_str()
        )));
    }
    let preview: Counts = serde_json::from_str(&row.counts).unwrap_or_default();
    let counts = Counts {
        total: preview.rows,
        ..Counts::default()
    };
    let now = state.clock.now();
    let lease = now + state.config.jobs.import_lease.as_chrono();
    let (actor_kind, actor_id) = Actor::from(scope).parts();
    let txn = begin_write(&state.db.writer).await?;
    let claimed = import::Entity::update_many()
        .col_expr(import::Column::State, Expr::value(State::Running.as_str()))
        .col_expr(import::Column::LeaseUntil, Expr::value(Some(lease)))
        .col_expr(import::Column::NextRow, Expr::value(0i64))
        .col_expr(import::Column::Counts, Expr::value(to_json(&counts)))
        .col_expr(import::Column::ActorKind, Expr::value(actor_kind))
        .col_expr(import::Column::ActorId, Expr::value(actor_id))
        .col_expr(import::Column::UpdatedAt, Expr::value(now))
        .filter(import::Column::TenantId.eq(row.tenant_id))
        .filter(import::Column::Id.eq(id))
        .filter(import::Column::State.eq(State::Previewed))
        .exec(&txn)
        .await?
        .rows_affected;
    if claimed == 0 {
        return Err(Error::Conflict(
            "the import was started or ended meanwhile".into(),
        ));
    }
    let entry = Entry::new("import.started")
        .target("import", id)
        .detail(json!({ "rows": counts.total }));
    audit::append(&txn, row.tenant_id, scope.into(), meta, now, entry).await?;
    txn.commit().await?;
    let held = Held {
        tenant_id: row.tenant_id,
        id,
    };
    let task_state = state.clone();
    tokio::spawn(async move {
        if let Err(e) = drive(&task_state, held).await {
            tracing::error!(import_id = %id, error = %e, "an import's run stopped");
        }
    });
    service::get(state, scope, id).await
}

/// Takes over every running import whose lease has lapsed (its instance
/// stopped or crashed) and runs it to its end from the row it reached.
/// Returns how many it took over.
pub async fn resume_due(state: &Services) -> Result<u64> {
    let now = state.clock.now();
    let stale = import::Entity::find()
        .filter(import::Column::State.eq(State::Running))
        .filter(import::Column::LeaseUntil.lte(now))
        .order_by_asc(import::Column::UpdatedAt)
        .all(&state.db.main)
        .await?;
    let mut resumed = 0;
    for row in stale {
        let lease = now + state.config.jobs.import_lease.as_chrono();
        let claimed = import::Entity::update_many()
            .col_expr(import::Column::LeaseUntil, Expr::value(Some(lease)))
            .filter(import::Column::TenantId.eq(row.tenant_id))
            .filter(import::Column::Id.eq(row.id))
            .filter(import::Column::State.eq(State::Running))
            .filter(import::Column::LeaseUntil.eq(row.lease_until))
            .exec(&state.db.writer)
            .await?
            .rows_affected;
        if claimed == 0 {
            // Another instance took it first.
            continue;
        }
        tracing::info!(import_id = %row.id, next_row = row.next_row, "taking over an import's run");
        let held = Held {
            tenant_id: row.tenant_id,
            id: row.id,
        };
        drive(state, held).await?;
        resumed += 1;
    }
    Ok(resumed)
}

/// An import this instance holds (until its lease lapses, unless a batch
/// renews it).
#[derive(Clone, Copy)]
struct Held {
    tenant_id: TenantId,
    id: Uuid,
}

/// How a run ended on this instance.
enum Outcome {
    /// Every row is done.
    Finished,
    /// The import was cancelled, or another instance holds it now.
    LetGo,
}

/// Runs a held import to its end; a fault that is not a row's own ends it
/// as `failed`, with the fault in words.
async fn drive(state: &Services, held: Held) -> Result<()> {
    let (tenant_id, id) = (held.tenant_id, held.id);
    match run_rows(state, held).await {
        Ok(Outcome::Finished) => finish(state, tenant_id, id).await,
        Ok(Outcome::LetGo) => Ok(()),
        Err(e) => {
            let why = match &e {
                Error::Forbidden(why) | Error::Conflict(why) | Error::Gone(why) => why.clone(),
                Error::Invalid(_) => e.to_string(),
                _ => "an internal error stopped the run; the rows done so far are kept".into(),
            };
            tracing::error!(import_id = %id, error = %e, "an import failed");
            service::fail(state, tenant_id, id, &why).await?;
            Err(e)
        }
    }
}

/// The rows of a batch that are written, sorted by what happens to them.
#[derive(Default)]
struct Plan {
    create: Vec<Ready>,
    update: Vec<(CustomerId, Box<Ready>)>,
    refused: Vec<Refusal>,
}

/// Reads and checks the file from its first row, writing each batch from
/// `next_row` on. Two stages overlap: while one batch is written, the next
/// is checked against the tenant's records and sealed.
async fn run_rows(state: &Services, held: Held) -> Result<Outcome> {
    let (tenant_id, id) = (held.tenant_id, held.id);
    let row = import::Entity::find_by_id((tenant_id, id))
        .one(&state.db.main)
        .await?
        .ok_or(Error::NotFound("import"))?;
    let scope = sessions::on_behalf_of(state, tenant_id, &row.actor_kind, row.actor_id).await?;
    scope.require(Role::Staff)?;
    let key = service::key_of(state, &row)
        .await?
        .ok_or_else(service::file_gone)?;
    let mapping = service::mapping_of(state, scope.role(), &row, &key).await?;
    let tenant_key = state.keys.tenant_key(tenant_id).await?;
    let defs = Defs::load(&state.db.main, tenant_id).await?;
    let rules = Rules {
        mapping: mapping.clone(),
        defs: defs.clone(),
        role: scope.role(),
        search_key: crate::customers::search::search_key(&tenant_key),
        tenant_key,
    };
    let layout = service::layout_of(&row)?;
    let batches = check::checked_batches(
        state,
        rules,
        layout,
        key.clone(),
        tenant_id,
        id,
        row.chunks,
        service::unpack_budget(state),
    );
    let by = Arc::new(Writer {
        scope,
        meta: Origin::system(),
        defs,
        key,
        mapping,
    });
    let mut flight = Flight {
        counts: serde_json::from_str(&row.counts).unwrap_or_default(),
        writing: None,
    };
    let start = u64::try_from(row.next_row).unwrap_or_default();
    let produced = produce(state, &by, held, start, batches, &mut flight).await;
    // A batch on its way is always waited for: a fault of the reading
    // side never leaves a write behind it.
    let landed = flight.land().await;
    match (produced, landed) {
        (Err(e), _) | (Ok(_), Err(e)) => Err(e),
        (Ok(Outcome::LetGo), _) | (Ok(Outcome::Finished), Ok(false)) => Ok(Outcome::LetGo),
        (Ok(Outcome::Finished), Ok(true)) => Ok(Outcome::Finished),
    }
}

/// The reading side of a run: checks each batch of rows against the
/// tenant's records, gathers `jobs.import_batch` rows, seals them and
/// hands them to the writing side.
async fn produce(
    state: &Services,
    by: &Arc<Writer>,
    held: Held,
    start: u64,
    mut batches: tokio::sync::mpsc::Receiver<Result<Vec<Checked>>>,
    flight: &mut Flight,
) -> Result<Outcome> {
    let tenant_id = held.tenant_id;
    let mut seen = Seen::default();
    // The records this import made: a new row like one of them is the
    // file's own repetition, not a likely duplicate of the tenant's.
    let mut made: HashSet<CustomerId> = HashSet::new();
    let mut at = 0u64;
    let pause = state.config.jobs.import_pause.as_std();
    // Checked rows are written a transaction of `jobs.import_batch` rows
    // at a time (the checks hand them over 500 at a time).
    let most = u64::from(state.config.jobs.import_batch);
    let mut pending = Pending::default();
    while let Some(batch) = batches.recv().await {
        let batch = batch?;
        let n = batch.len() as u64;
        let known = check::look_up(state, tenant_id, &batch).await?;
        let (plan, tally) = (&mut pending.plan, &mut pending.tally);
        for (i, checked) in batch.into_iter().enumerate() {
            // Rows before `next_row` were written by an earlier run: they
            // only tell which records the file made, so that a later row of
            // the same person is still its duplicate.
            let written = at + (i as u64) < start;
            match checked {
                Checked::Refused(refusal) if !written => {
                    tally.refused += 1;
                    plan.refused.push(refusal);
                }
                Checked::Refused(_) => {}
                Checked::Ready(r) => {
                    let fate = check::fate_of(&r, &known, &mut seen);
                    if written {
                        // A row an earlier run created now finds its record.
                        if let Fate::Update(id) = fate {
                            made.insert(id);
                        }
                        continue;
                    }
                    match fate {
                        Fate::Create => {
                            let alike = known
                                .alike_of(&r)
                                .is_some_and(|ids| ids.iter().any(|id| !made.contains(id)));
                            tally.likely += u64::from(alike);
                            plan.create.push(*r);
                        }
                        Fate::Update(customer_id) => plan.update.push((customer_id, r)),
                        Fate::Duplicate => tally.duplicate += 1,
                        Fate::Suppressed => tally.suppressed += 1,
                    }
                }
            }
        }
        let next = at + n;
        at = next;
        if next <= start {
            continue;
        }
        let first = *pending.first.get_or_insert(start.max(next - n));
        pending.next = next;
        if next - first < most {
            continue;
        }
        let sealed = seal(state, by, held, std::mem::take(&mut pending)).await?;
        // Its records' IDs are known once sealed: the next batch's
        // look-up may find them, written or not.
        made.extend(sealed.prepared.ids.iter().copied());
        if !flight.send(state, by, held, sealed).await? {
            return Ok(Outcome::LetGo);
        }
        if !pause.is_zero() {
            tokio::time::sleep(pause).await;
        }
    }
    if pending.first.is_some() {
        let sealed = seal(state, by, held, pending).await?;
        if !flight.send(state, by, held, sealed).await? {
            return Ok(Outcome::LetGo);
        }
    }
    Ok(Outcome::Finished)
}

/// Rows checked but not yet written: from row `first` (of the file's
/// data rows) up to `next`.
#[derive(Default)]
struct Pending {
    plan: Plan,
    tally: Counts,
    first: Option<u64>,
    next: u64,
}

/// What a batch writes with: who, under which keys, by which rules.
struct Writer {
    scope: Scope,
    meta: Origin,
    defs: Defs,
    /// The import's key: refused rows are sealed under it.
    key: Key,
    mapping: Mapping,
}

/// A batch checked and sealed, ready for its transaction: the rows from
/// `from` up to `next`.
struct Sealed {
    from: i64,
    next: u64,
    now: DateTime<Utc>,
    prepared: bulk::Prepared,
    /// Per new record: how many notes, and the consent decisions in words
    /// (for its audit entry).
    made: Vec<(usize, Vec<Value>)>,
    update: Vec<(CustomerId, Box<Ready>)>,
    refused: Vec<Refusal>,
    tally: Counts,
}

/// Seals the pending rows' new records (off the async threads).
async fn seal(state: &Services, by: &Writer, held: Held, pending: Pending) -> Result<Sealed> {
    let Pending {
        plan,
        mut tally,
        first,
        next,
    } = pending;
    let first = first.unwrap_or(next);
    tally.rows = next - first;
    let now = state.clock.now();
    let authored = Authored {
        author: Author::Staff(Actor::from(&by.scope)),
        events: true,
    };
    let basis = by.mapping.basis;
    let batch: Vec<BulkCustomer> = plan
        .create
        .into_iter()
        .map(|r| new_customer(r, basis))
        .collect();
    let made = batch
        .iter()
        .map(|c| (c.notes.len(), consent_words(&c.consents)))
        .collect();
    let mut prepared = bulk::prepare(state, held.tenant_id, batch, authored, now).await?;
    prepared.store_keys(state).await?;
    Ok(Sealed {
        from: i64::try_from(first).unwrap_or(i64::MAX),
        next,
        now,
        prepared,
        made,
        update: plan.update,
        refused: plan.refused,
        tally,
    })
}

/// The writing side of a run: at most one batch on its way at a time, and
/// the import's counts as the last written batch left them.
struct Flight {
    counts: Counts,
    writing: Option<tokio::task::JoinHandle<Result<Option<Counts>>>>,
}

impl Flight {
    /// Waits for the batch on its way, if any: whether the run still holds
    /// the import.
    async fn land(&mut self) -> Result<bool> {
        let Some(writing) = self.writing.take() else {
            return Ok(true);
        };
        let written = writing
            .await
            .map_err(|e| Error::internal_from("writing an import's batch", e))??;
        Ok(match written {
            Some(counts) => {
                self.counts = counts;
                true
            }
            None => false,
        })
    }

    /// Sends `sealed` on its way once the batch before it is written;
    /// false when the run no longer holds the import.
    async fn send(
        &mut self,
        state: &Services,
        by: &Arc<Writer>,
        held: Held,
        sealed: Sealed,
    ) -> Result<bool> {
        if !self.land().await? {
            return Ok(false);
        }
        let (state, by, counts) = (state.clone(), by.clone(), self.counts.clone());
        self.writing = Some(tokio::spawn(async move {
            write_batch(&state, &by, held, sealed, counts).await
        }));
        Ok(true)
    }
}

/// Writes one batch and the import's progress in one transaction. The
/// import's row is claimed first, at the `next_row` this run last wrote
/// (`from`): if it was cancelled, or another instance wrote this batch,
/// nothing is written and `None` comes back; else the import's counts.
async fn write_batch(
    state: &Services,
    by: &Writer,
    held: Held,
    sealed: Sealed,
    mut counts: Counts,
) -> Result<Option<Counts>> {
    let (tenant_id, id) = (held.tenant_id, held.id);
    let Sealed {
        from,
        next,
        now,
        prepared,
        made,
        update,
        mut refused,
        mut tally,
    } = sealed;
    let lease = state.clock.now() + state.config.jobs.import_lease.as_chrono();
    let txn = begin_write(&state.db.writer).await?;
    // The claim: this run still holds the import at the row it reached.
    let claimed = import::Entity::update_many()
        .col_expr(import::Column::LeaseUntil, Expr::value(Some(lease)))
        .filter(import::Column::TenantId.eq(tenant_id))
        .filter(import::Column::Id.eq(id))
        .filter(import::Column::State.eq(State::Running))
        .filter(import::Column::NextRow.eq(from))
        .exec(&txn)
        .await?
        .rows_affected;
    if claimed == 0 {
        return Ok(None);
    }
    let mut entries = Vec::new();
    let ids = bulk::write_in(state, &txn, prepared).await?;
    tally.create += ids.len() as u64;
    for (customer_id, (notes, consents)) in ids.iter().zip(made) {
        entries.push(
            Entry::new("customer.created")
                .target("customer", customer_id)
                .detail(json!({ "import": id, "notes": notes, "consent": consents })),
        );
    }
    for (customer_id, r) in update {
        let r = *r;
        match update_one(state, &txn, by, customer_id, &r).await {
            Ok(mut written) => {
                tally.update += 1;
                entries.append(&mut written);
            }
            Err(
                e @ (Error::Invalid(_) | Error::Conflict(_) | Error::NotFound(_) | Error::Gone(_)),
            ) => {
                tally.refused += 1;
                refused.push(Refusal {
                    line: r.line,
                    reason: check::reason_of(&e),
                    cells: r.cells,
                });
            }
            Err(e) => return Err(e),
        }
    }
    keep_refusals(&txn, &by.key, tenant_id, id, &refused).await?;
    audit::append_each(
        &txn,
        tenant_id,
        entries
            .into_iter()
            .map(|entry| audit::Each {
                actor: Actor::from(&by.scope),
                meta: by.meta.clone(),
                at: now,
                entry,
            })
            .collect(),
    )
    .await?;
    counts.add(&tally);
    import::Entity::update_many()
        .col_expr(
            import::Column::NextRow,
            Expr::value(i64::try_from(next).unwrap_or(i64::MAX)),
        )
        .col_expr(import::Column::Counts, Expr::value(to_json(&counts)))
        .col_expr(import::Column::UpdatedAt, Expr::value(now))
        .filter(import::Column::TenantId.eq(tenant_id))
        .filter(import::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(Some(counts))
}

/// A row's new record as the bulk path takes it.
fn new_customer(r: Ready, basis: consent_service::Basis) -> BulkCustomer {
    BulkCustomer {
        personal: r.personal,
        notes: r.notes,
        consents: r
            .consents
            .into_iter()
            .map(|d| BulkConsent {
                purpose: d.purpose,
                granted: d.granted,
                basis,
                source: Source::Import,
                evidence: d.evidence,
            })
            .collect(),
    }
}

/// The purposes a row decided and how, for its record's audit entry.
fn consent_words(consents: &[BulkConsent]) -> Vec<Value> {
    consents
        .iter()
        .map(|d| json!({ "purpose": d.purpose, "granted": d.granted }))
        .collect()
}

/// Updates the record a row matched, as a staff member's change would:
/// its values set (blank cells keep what the record has), its notes added
/// and its consent decisions recorded, all in `txn`. Returns the audit
/// entries of the notes and decisions (the change appends its own).
async fn update_one<C: ConnectionTrait>(
    state: &Services,
    txn: &C,
    by: &Writer,
    customer_id: CustomerId,
    r: &Ready,
) -> Result<Vec<Entry>> {
    let change = change_of(r);
    let changed = change_in(
        txn,
        state,
        &by.scope,
        &by.meta,
        &by.defs,
        customer_id,
        &change,
        None,
    )
    .await?;
    let now = state.clock.now();
    let (tenant_id, row) = (changed.row.tenant_id, &changed.row);
    let mut entries = Vec::new();
    // A note the record has already, or a decision it stands at already,
    // is not written again: running a file twice adds nothing.
    if !r.notes.is_empty() {
        let key = state.keys.customer_key(tenant_id, customer_id).await?;
        let mut had = notes::bodies_in(txn, &key, tenant_id, customer_id).await?;
        for body in &r.notes {
            if had.insert(body.clone()) {
                let (_, entry) =
                    notes::insert_in(txn, &by.scope, &key, customer_id, body, now).await?;
                entries.push(entry);
            }
        }
    }
    let standing = crate::consent::latest::current(txn, tenant_id, &[customer_id])
        .await?
        .remove(&customer_id)
        .unwrap_or_default();
    let decisions: Vec<_> = r
        .consents
        .iter()
        .filter(|d| standing.get(&d.purpose) != Some(&d.granted))
        .collect();
    if !decisions.is_empty() {
        let outbox_key = crate::outbox::key_of(state, tenant_id).await?;
        let email = changed.personal.email.as_ref().map(|e| e.as_str());
        let row: &customer::Model = row;
        for d in decisions {
            let decision = NewDecision {
                customer: row,
                choice: Choice {
                    purpose: &d.purpose,
                    granted: d.granted,
                    basis: by.mapping.basis,
                    source: Source::Import,
                    author: Author::Staff(Actor::from(&by.scope)),
                    at: now,
                },
                evidence: d.evidence.as_deref(),
                email,
                fresh_consent: false,
            };
            let written = consent_service::write(txn, &state.keys, &outbox_key, decision).await?;
            entries.push(written.entry);
        }
    }
    Ok(entries)
}

/// A row as a change to the record it matched: what the row has is set,
/// what it leaves blank is kept.
fn change_of(r: &Ready) -> Change {
    let set = |v: Option<&str>| v.map_or(Patch::Keep, |v| Patch::Set(v.to_owned()));
    let p = &r.personal;
    Change {
        version: 0,
        name: Some(p.name.clone()),
        email: set(p.email.as_ref().map(|e| e.as_str())),
        phone: set(p.phone.as_ref().map(|e| e.as_str())),
        company: set(p.company.as_deref()),
        address: set(p.address.as_deref()),
        language: set(p.language.as_deref()),
        fields: r
            .fields
            .iter()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect::<BTreeMap<_, _>>(),
    }
}

fn refusal_aad(tenant_id: TenantId, import_id: Uuid, line: u64) -> Vec<u8> {
    format!("import-refusal:{tenant_id}:{import_id}:{line}").into_bytes()
}

/// Keeps a batch's refused rows: line, reason, and the cells sealed under
/// the import's key.
async fn keep_refusals<C: ConnectionTrait>(
    txn: &C,
    key: &Key,
    tenant_id: TenantId,
    import_id: Uuid,
    refused: &[Refusal],
) -> Result<()> {
    let rows = refused.iter().map(|r| {
        let cells = serde_json::to_vec(&r.cells).unwrap_or_default();
        import_refusal::ActiveModel {
            tenant_id: Set(tenant_id),
            import_id: Set(import_id),
            line: Set(i64::try_from(r.line).unwrap_or(i64::MAX)),
            cells: Set(key.seal(&cells, &refusal_aad(tenant_id, import_id, r.line))),
            reason: Set(r.reason.clone()),
        }
    });
    crate::db::insert_chunked::<import_refusal::Entity, _>(txn, rows).await?;
    Ok(())
}

/// Ends a run whose every row is done: `done`, one audit entry summing it
/// up (the file name's digest, the counts, who ran it), and the file
/// forgotten.
async fn finish(state: &Services, tenant_id: TenantId, id: Uuid) -> Result<()> {
    let row = import::Entity::find_by_id((tenant_id, id))
        .one(&state.db.main)
        .await?
        .ok_or(Error::NotFound("import"))?;
    let counts: Counts = serde_json::from_str(&row.counts).unwrap_or_default();
    let actor = match row.actor_kind.as_str() {
        "token" => row.actor_id.map_or(Actor::System, Actor::Token),
        "user" => row
            .actor_id
            .map_or(Actor::System, |u| Actor::User(u.into())),
        _ => Actor::System,
    };
    let detail = json!({
        "file_name_digest": (!row.file_name_hash.is_empty()).then_some(&row.file_name_hash),
        "rows": counts.rows,
        "created": counts.create,
        "updated": counts.update,
        "duplicate": counts.duplicate,
        "suppressed": counts.suppressed,
        "refused": counts.refused,
    });
    service::end_run(state, row, State::Done, None, actor, detail).await?;
    Ok(())
}

fn to_json(counts: &Counts) -> String {
    serde_json::to_string(counts).unwrap_or_default()
}

/// The refused rows of import `id` as a CSV file (staff and up): line,
/// reason, then the row's cells as read. Kept until the import's 24 hours
/// are up; reading it is audited.
pub async fn refused_csv(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    id: Uuid,
) -> Result<Vec<u8>> {
    let row = service::find(state, scope, id).await?;
    let key = service::key_of(state, &row)
        .await?
        .ok_or_else(|| Error::Gone("the refused rows of this import are no longer kept".into()))?;
    let headers = service::headers_of(&key, &row);
    let refusals = import_refusal::Entity::find()
        .filter(import_refusal::Column::TenantId.eq(row.tenant_id))
        .filter(import_refusal::Column::ImportId.eq(id))
        .order_by_asc(import_refusal::Column::Line)
        .all(&state.db.main)
        .await?;
    let header: Vec<String> = ["line", "reason"]
        .into_iter()
        .map(str::to_owned)
        .chain(headers)
        .collect();
    let mut out = csv_line(&header).into_bytes();
    for r in &refusals {
        let line = u64::try_from(r.line).unwrap_or_default();
        let cells: Vec<String> = key
            .open(&r.cells, &refusal_aad(r.tenant_id, r.import_id, line))
            .ok()
            .and_then(|json| serde_json::from_slice(&json).ok())
            .unwrap_or_default();
        let row: Vec<String> = [line.to_string(), r.reason.clone()]
            .into_iter()
            .chain(cells)
            .collect();
        out.extend(csv_line(&row).into_bytes());
    }
    let entry = Entry::new("import.refused_read")
        .target("import", id)
        .detail(json!({ "rows": refusals.len() }));
    audit::append(
        &state.db.writer,
        scope.tenant_id(),
        scope.into(),
        meta,
        state.clock.now(),
        entry,
    )
    .await?;
    Ok(out)
}
