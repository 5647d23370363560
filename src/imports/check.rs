//! Every row of an import checked before anything is written: the row as
//! its mapping makes it, the one validation of a new record
//! (`customers::write::check_new`), and where it would go — a new record, an
//! update of the record with the same email or phone (found through the
//! blind index, no record opened), a second row of the same person in the
//! file, an address on the suppression list, or refused with the reason.
//!
//! The file is read off the async threads, one chunk at a time, and handed
//! over in batches, so memory stays flat in the file's size.

use std::collections::{BTreeMap, HashMap, HashSet};

use entity::ids::{CustomerId, TenantId};
use entity::search_token;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;

use super::{
    mapping::{self, Decision, Mapping},
    read::{self, Format, Layout, Row},
    store,
};
use crate::{
    auth::Role,
    consent::service::check_evidence,
    context::Services,
    crypto::Key,
    customers::{Personal, duplicates, notes, search, write::check_new},
    erasure::suppression,
    error::{Error, Result},
    fields::Defs,
    files,
};

/// Rows checked and looked up together.
const BATCH: usize = 500;
/// Refused rows a preview lists (the refused-rows file has them all).
pub const REFUSALS_SHOWN: usize = 100;

/// Where the rows of a file would go (named as the API names them).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    /// Data rows read (blank lines not counted).
    pub rows: u64,
    /// New records.
    pub create: u64,
    /// Rows whose email or phone is a record's already: that record is
    /// updated.
    pub update: u64,
    /// Rows whose email or phone an earlier row of the file has, or that
    /// would update a record an earlier row updates: skipped.
    pub duplicate: u64,
    /// Rows whose address is on the suppression list (someone who asked to
    /// be erased): skipped.
    pub suppressed: u64,
    pub refused: u64,
    /// New records with the same name and company as a record the tenant
    /// has (a likely duplicate: created, and pointed out).
    #[serde(default)]
    pub likely: u64,
    /// The rows a run has to go through (its preview's `rows`); 0 before
    /// a run.
    #[serde(default)]
    pub total: u64,
}

impl Counts {
    /// Adds a batch's counts to a run's (the total stays).
    pub fn add(&mut self, o: &Counts) {
        self.rows += o.rows;
        self.create += o.create;
        self.update += o.update;
        self.duplicate += o.duplicate;
        self.suppressed += o.suppressed;
        self.refused += o.refused;
        self.likely += o.likely;
    }
}

/// A refused row: its line in the file and why, in words naming fields,
/// never values.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Refusal {
    pub line: u64,
    pub reason: String,
    /// The row's cells as read, for the file of refused rows (kept sealed,
    /// never shown in a preview).
    #[serde(skip)]
    pub cells: Vec<String>,
}

/// A row that would be a new record though a record with the same name
/// and company exists: its line and those records.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Alike {
    pub line: u64,
    pub customers: Vec<CustomerId>,
}

/// What a run of the file would do.
#[derive(Debug, Default, Serialize)]
pub struct Preview {
    pub counts: Counts,
    /// The first refused rows, by line.
    pub refused: Vec<Refusal>,
    /// The first new rows that look like a record the tenant has.
    pub alike: Vec<Alike>,
}

/// A row that passed the checks, with what finds it in the tenant.
pub struct Ready {
    pub line: u64,
    pub personal: Personal,
    /// Its custom field values by key, typed, for an update.
    pub fields: BTreeMap<String, serde_json::Value>,
    /// The row's cells as read, should the run refuse it after all.
    pub cells: Vec<String>,
    pub notes: Vec<String>,
    pub consents: Vec<Decision>,
    /// The blind-index tokens of its email and phone.
    pub tokens: Vec<Vec<u8>>,
    /// Its address as the suppression list keeps addresses.
    pub digest: Option<Vec<u8>>,
    /// Its name and company as a match key, when it has a company.
    pub name_company: Option<Vec<u8>>,
}

/// One row, checked.
pub enum Checked {
    Ready(Box<Ready>),
    Refused(Refusal),
}

/// What checking a row needs, all of it known before the file is read.
pub struct Rules {
    pub mapping: Mapping,
    pub defs: Defs,
    pub role: Role,
    pub search_key: Key,
    pub tenant_key: Key,
}

/// Why a validation refused a row, naming its fields.
pub fn reason_of(e: &Error) -> String {
    match e {
        Error::Invalid(faults) => faults
            .iter()
            .map(|(field, why)| format!("{field}: {why}"))
            .collect::<Vec<_>>()
            .join("; "),
        other => other.to_string(),
    }
}

/// Checks one row without the database.
pub fn check_row(rules: &Rules, row: Row) -> Checked {
    let refused = |reason: String| {
        Checked::Refused(Refusal {
            line: row.line,
            reason,
            cells: row.cells.clone(),
        })
    };
    if let Some(fault) = &row.fault {
        return refused(fault.clone());
    }
    let mut assembled = match mapping::assemble(&rules.mapping, &row.cells) {
        Ok(a) => a,
        Err(faults) => {
            let reason = faults
                .iter()
                .map(|(field, why)| format!("{field}: {why}"))
                .collect::<Vec<_>>()
                .join("; ");
            return refused(reason);
        }
    };
    // Numbers and yes-or-no words typed as text become what their fields
    // hold; the one validation judges the rest.
    assembled.type_fields(rules.defs.all());
    let personal = match check_new(&rules.defs, rules.role, &assembled.customer) {
        Ok(p) => p,
        Err(e) => return refused(reason_of(&e)),
    };
    let mut notes = Vec::with_capacity(assembled.notes.len());
    for body in &assembled.notes {
        match notes::check_body(body) {
            Ok(body) => notes.push(body),
            Err(why) => return refused(format!("note: {why}")),
        }
    }
    let mut consents = assembled.consents;
    for d in &mut consents {
        if let Some(text) = d.evidence.take() {
            match check_evidence(&text) {
                Ok(text) => d.evidence = Some(text),
                Err(why) => return refused(format!("evidence of {}: {why}", d.purpose)),
            }
        }
    }
    let mut tokens = Vec::new();
    if let Some(email) = &personal.email {
        tokens.push(search::email_token(&rules.search_key, email.as_str()));
    }
    if let Some(phone) = &personal.phone {
        tokens.push(search::phone_token(&rules.search_key, phone.as_str()));
    }
    let digest = personal
        .email
        .as_ref()
        .map(|e| suppression::digest(&rules.tenant_key, e.as_str()));
    let name_company = duplicates::match_keys(&rules.search_key, &personal)
        .into_iter()
        .find(|(kind, _)| *kind == duplicates::Kind::NameCompany)
        .map(|(_, key)| key);
    Checked::Ready(Box::new(Ready {
        line: row.line,
        personal,
        fields: assembled.customer.fields,
        cells: row.cells,
        notes,
        consents,
        tokens,
        digest,
        name_company,
    }))
}

/// Reads an import's file off the async threads and checks each row,
/// handing the rows over in batches of [`BATCH`]; at most two batches wait.
/// A file that cannot be read to its end (a database error, an import
/// ended meanwhile) or a fault in the checking ends the stream with an
/// error, never with a short count.
#[allow(clippy::too_many_arguments)]
pub fn checked_batches(
    state: &Services,
    rules: Rules,
    layout: Layout,
    key: Key,
    tenant_id: TenantId,
    import_id: uuid::Uuid,
    chunks: i32,
    budget: usize,
) -> mpsc::Receiver<Result<Vec<Checked>>> {
    let (tx, rx) = mpsc::channel(2);
    let state = state.clone();
    tokio::spawn(async move {
        let whole = match layout.format {
            Format::Xlsx => {
                match files::whole(&state, &store::SHELF, &key, tenant_id, import_id, chunks).await
                {
                    Ok(bytes) => Some(bytes),
                    Err(e) => {
                        let _ = tx.send(Err(e)).await;
                        return;
                    }
                }
            }
            Format::Csv => None,
        };
        let reader = whole
            .is_none()
            .then(|| files::reader(&state, &store::SHELF, key, tenant_id, import_id, chunks));
        let failed = tx.clone();
        let blocking = tokio::task::spawn_blocking(move || {
            let send = |batch: Result<Vec<Checked>>| tx.blocking_send(batch).map_err(drop);
            let unreadable = |e: read::ReadError| Error::invalid("file", e.to_string());
            let mut batch = Vec::with_capacity(BATCH);
            let each = |row: Row, batch: &mut Vec<Checked>| {
                batch.push(check_row(&rules, row));
                match batch.len() == BATCH {
                    true => send(Ok(std::mem::take(batch))),
                    false => Ok(()),
                }
            };
            match (whole, reader) {
                (Some(bytes), _) => {
                    let rows = match read::xlsx_rows(std::io::Cursor::new(&bytes[..]), budget) {
                        Ok(rows) => rows,
                        Err(e) => return send(Err(unreadable(e))),
                    };
                    for row in rows {
                        each(row, &mut batch)?;
                    }
                }
                (None, Some(reader)) => {
                    let mut rows = match read::csv_rows(reader, &layout) {
                        Ok(rows) => rows,
                        Err(e) => return send(Err(unreadable(e))),
                    };
                    for row in rows.by_ref() {
                        each(row, &mut batch)?;
                    }
                    if let Some(e) = rows.failure() {
                        let why = format!("the file could not be read to its end: {e}");
                        return send(Err(Error::internal(why)));
                    }
                }
                (None, None) => {}
            }
            send(Ok(batch))
        });
        if let Err(e) = blocking.await {
            let _ = failed
                .send(Err(Error::internal_from("checking an import's rows", e)))
                .await;
        }
    });
    rx
}

/// Where a batch's ready rows go: which tokens already find a record, and
/// which addresses are on the suppression list.
pub struct Known {
    pub records: HashMap<Vec<u8>, CustomerId>,
    pub suppressed: HashSet<Vec<u8>>,
    /// The records holding each name-and-company key of the batch.
    pub alike: HashMap<Vec<u8>, Vec<CustomerId>>,
}

impl Known {
    /// The records a new row looks like (same name and company), if any.
    pub fn alike_of(&self, r: &Ready) -> Option<&Vec<CustomerId>> {
        r.name_company.as_ref().and_then(|k| self.alike.get(k))
    }
}

/// Looks a batch's tokens and addresses up, two queries for the batch.
pub async fn look_up(state: &Services, tenant_id: TenantId, batch: &[Checked]) -> Result<Known> {
    let ready = batch.iter().filter_map(|c| match c {
        Checked::Ready(r) => Some(r),
        Checked::Refused(_) => None,
    });
    let (mut tokens, mut digests, mut pairs) = (Vec::new(), Vec::new(), Vec::new());
    for r in ready {
        tokens.extend(r.tokens.iter().cloned());
        digests.extend(r.digest.iter().cloned());
        pairs.extend(r.name_company.iter().cloned());
    }
    let mut records = HashMap::new();
    if !tokens.is_empty() {
        let rows: Vec<(Vec<u8>, CustomerId)> = search_token::Entity::find()
            .select_only()
            .column(search_token::Column::Token)
            .column(search_token::Column::CustomerId)
            .filter(search_token::Column::TenantId.eq(tenant_id))
            .filter(search_token::Column::Token.is_in(tokens))
            .into_tuple()
            .all(&state.db.main)
            .await?;
        records.extend(rows);
    }
    let suppressed = suppression::listed_among(&state.db.main, tenant_id, digests).await?;
    let alike = duplicates::holders(&state.db.main, tenant_id, &pairs).await?;
    Ok(Known {
        records,
        suppressed,
        alike,
    })
}

/// Where one ready row goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fate {
    Create,
    Update(CustomerId),
    Duplicate,
    Suppressed,
}

/// What earlier rows of a file had: their tokens, and the records they
/// update.
#[derive(Default)]
pub struct Seen {
    tokens: HashSet<Vec<u8>>,
    records: HashSet<CustomerId>,
}

/// Decides where a ready row goes, given what the tenant has and what
/// earlier rows of the file had: a row repeating an earlier row's email or
/// phone, or updating a record an earlier row updates, is a duplicate.
pub fn fate_of(r: &Ready, known: &Known, seen: &mut Seen) -> Fate {
    if r.digest
        .as_ref()
        .is_some_and(|d| known.suppressed.contains(d))
    {
        return Fate::Suppressed;
    }
    let record = r.tokens.iter().find_map(|t| known.records.get(t)).copied();
    if r.tokens.iter().any(|t| seen.tokens.contains(t))
        || record.is_some_and(|id| seen.records.contains(&id))
    {
        return Fate::Duplicate;
    }
    seen.tokens.extend(r.tokens.iter().cloned());
    match record {
        Some(id) => {
            seen.records.insert(id);
            Fate::Update(id)
        }
        None => Fate::Create,
    }
}

/// Checks every row of the file and counts where each would go.
pub async fn preview(
    state: &Services,
    mut batches: mpsc::Receiver<Result<Vec<Checked>>>,
    tenant_id: TenantId,
) -> Result<Preview> {
    let mut out = Preview::default();
    let mut seen = Seen::default();
    while let Some(batch) = batches.recv().await {
        let batch = batch?;
        let known = look_up(state, tenant_id, &batch).await?;
        for checked in batch {
            out.counts.rows += 1;
            match checked {
                Checked::Refused(refusal) => {
                    out.counts.refused += 1;
                    if out.refused.len() < REFUSALS_SHOWN {
                        out.refused.push(refusal);
                    }
                }
                Checked::Ready(r) => match fate_of(&r, &known, &mut seen) {
                    Fate::Create => {
                        out.counts.create += 1;
                        if let Some(ids) = known.alike_of(&r) {
                            out.counts.likely += 1;
                            if out.alike.len() < REFUSALS_SHOWN {
                                out.alike.push(Alike {
                                    line: r.line,
                                    customers: ids.clone(),
                                });
                            }
                        }
                    }
                    Fate::Update(_) => out.counts.update += 1,
                    Fate::Duplicate => out.counts.duplicate += 1,
                    Fate::Suppressed => out.counts.suppressed += 1,
                },
            }
        }
    }
    Ok(out)
}
