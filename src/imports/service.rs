//! Imports as the API and pages use them. An upload is looked at (format,
//! encoding, delimiter, header row), kept sealed under a key of its own,
//! mapped (as chosen, else as suggested) and previewed at once: the import
//! is `previewed`, with the counts of what a run would do. Each step is
//! audited without personal data; ending an import forgets its file.

use base64::{Engine, engine::general_purpose::STANDARD};
use chrono::TimeDelta;
use entity::consent::Basis as BasisWord;
use entity::ids::TenantId;
use entity::import::{self, State};
use entity::import_refusal;
use hmac::{Hmac, Mac};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
    sea_query::Expr,
};
use serde_json::json;
use sha2::Sha256;
use uuid::Uuid;

use super::{
    check::{self, Counts, Preview, Rules},
    mapping::{self, FieldChoice, Mapping, PurposeChoice, Target},
    read::{self, Overrides, Sniffed},
    store,
};
use crate::{
    audit::{self, Actor, Entry, Origin},
    auth::{Role, Scope},
    consent::{purposes, service::Basis},
    context::Services,
    crypto::Key,
    customers::search,
    db::begin_write,
    error::{Error, FieldErrors, Result},
    fields::{self, Defs, Kind, service::NewField},
    files,
};

/// How long an uploaded file is kept at most, run or not.
pub const KEPT_FOR: TimeDelta = TimeDelta::hours(24);

/// A file as it was sent, what the person said about how to read it, and
/// the mapping they saved, if any.
pub struct Upload<'a> {
    pub file_name: Option<&'a str>,
    pub bytes: &'a [u8],
    pub overrides: Overrides,
    pub mapping: Option<MappingWords>,
}

/// A mapping as a person gives it: a target per column, in words
/// (`email`, `field:tier`, …), and the lawful basis of its consent columns.
pub struct MappingWords {
    pub columns: Vec<String>,
    pub basis: Option<String>,
}

/// An import as shown: its header row (while its file is kept), where each
/// column goes, and the counts of its preview or run.
pub struct Shown {
    pub row: import::Model,
    pub headers: Vec<String>,
    pub mapping: Vec<Target>,
    /// Whether `mapping` is Steward's suggestion (none chosen).
    pub suggested: bool,
    pub counts: Counts,
}

impl Shown {
    /// How far a run is: rows done, of the rows in the file.
    pub fn progress(&self) -> (u64, u64) {
        let done = u64::try_from(self.row.next_row).unwrap_or_default();
        let total = match self.counts.total {
            0 => self.counts.rows,
            total => total,
        };
        (done, total)
    }

    /// The lawful basis the file's consent columns are recorded under.
    pub fn basis(&self) -> Basis {
        chosen_basis(&self.row)
    }
}

/// What an import's preview or run counted, as kept with it.
pub fn counts_of(row: &import::Model) -> Counts {
    serde_json::from_str(&row.counts).unwrap_or_default()
}

/// The tenant's latest imports, newest first (staff and up): when, where
/// they are and what they counted; nothing of their files.
pub async fn recent(state: &Services, scope: &Scope, most: u64) -> Result<Vec<import::Model>> {
    scope.require(Role::Staff)?;
    Ok(import::Entity::find()
        .filter(import::Column::TenantId.eq(scope.tenant_id()))
        .order_by_desc(import::Column::CreatedAt)
        .limit(most)
        .all(&state.db.main)
        .await?)
}

/// What an XLSX file may unpack to, at most: four times the upload limit.
pub(super) fn unpack_budget(state: &Services) -> usize {
    state.config.server.upload_limit.saturating_mul(4)
}

/// Takes a file (staff and up): reads its layout and header row, checks a
/// saved mapping if one came with it (else suggests one), keeps the file
/// sealed, and previews it. A file that cannot be read, or a mapping that
/// does not fit it, is refused before anything is kept.
pub async fn upload(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    upload: Upload<'_>,
) -> Result<(Shown, Preview)> {
    scope.require(Role::Staff)?;
    let bytes = upload.bytes;
    if bytes.is_empty() {
        return Err(Error::invalid("file", "is empty"));
    }
    let most = state.config.server.upload_limit;
    if bytes.len() > most {
        return Err(Error::invalid(
            "file",
            format!("is larger than {most} bytes"),
        ));
    }
    let head = &bytes[..bytes.len().min(read::SNIFF_BYTES)];
    let unreadable = |e: read::ReadError| Error::invalid("file", e.to_string());
    let Sniffed {
        layout,
        mut headers,
    } = read::sniff(head, upload.file_name, &upload.overrides).map_err(unreadable)?;
    if layout.format == read::Format::Xlsx {
        // A workbook keeps its sheets at the end of the archive.
        let owned = zeroize::Zeroizing::new(bytes.to_vec());
        let budget = unpack_budget(state);
        let found = tokio::task::spawn_blocking(move || {
            read::xlsx_headers(std::io::Cursor::new(&owned[..]), budget)
        })
        .await
        .map_err(|e| Error::internal_from("reading a workbook's header row", e))?;
        headers = found.map_err(unreadable)?;
    }
    let tenant_id = scope.tenant_id();
    let (fields, purposes) = choices(state, tenant_id, scope.role()).await?;
    let (mapping, chosen) = match upload.mapping {
        Some(mut words) => {
            let (fields, purposes) =
                match make_new_fields(state, scope, meta, &mut words, &headers).await? {
                    true => choices(state, tenant_id, scope.role()).await?,
                    false => (fields, purposes),
                };
            (checked(words, headers.len(), &fields, &purposes)?, true)
        }
        None => (
            Mapping {
                columns: mapping::suggest(&headers, &fields, &purposes),
                basis: Basis::Consent,
            },
            false,
        ),
    };
    let id = Uuid::now_v7();
    let key = state
        .keys
        .create_file_key(&store::SHELF.keys, tenant_id, id)
        .await
        .map_err(|e| Error::internal_from("making an import's key", e))?;
    let stored = keep(
        state,
        scope,
        meta,
        &key,
        id,
        &layout,
        &headers,
        bytes,
        upload.file_name,
    )
    .await;
    let row = match stored {
        Ok(row) => row,
        Err(e) => {
            // Nothing was kept: the key has nothing to open.
            let _ = state
                .keys
                .destroy_file_key(&store::SHELF.keys, tenant_id, id)
                .await;
            return Err(e);
        }
    };
    let row = match chosen {
        true => save_mapping(state, row, &mapping).await?,
        false => row,
    };
    previewed(state, scope, row, key, mapping).await
}

/// The new import's row, its file and the audit entry, in one transaction.
#[allow(clippy::too_many_arguments)]
async fn keep(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    key: &Key,
    id: Uuid,
    layout: &read::Layout,
    headers: &[String],
    bytes: &[u8],
    file_name: Option<&str>,
) -> Result<import::Model> {
    let tenant_id = scope.tenant_id();
    let now = state.clock.now();
    let (actor_kind, actor_id) = Actor::from(scope).parts();
    // Enough to tell two uploads of one file apart; nothing to read a name
    // from (keyed, so a list of likely names does not reverse it).
    let tenant_key = state.keys.tenant_key(tenant_id).await?;
    let file_name_hash = file_name
        .filter(|n| !n.is_empty())
        .map(|n| name_digest(&tenant_key, n))
        .unwrap_or_default();
    let txn = begin_write(&state.db.writer).await?;
    let row = import::ActiveModel {
        tenant_id: Set(tenant_id),
        id: Set(id),
        actor_kind: Set(actor_kind.to_owned()),
        actor_id: Set(actor_id),
        state: Set(State::Previewed),
        file_name_hash: Set(file_name_hash.clone()),
        format: Set(layout.format.as_str().to_owned()),
        encoding: Set(layout.encoding.clone()),
        delimiter: Set((layout.delimiter as char).to_string()),
        headers: Set(seal_headers(key, tenant_id, id, headers)),
        mapping: Set(None),
        size_bytes: Set(i64::try_from(bytes.len()).unwrap_or(i64::MAX)),
        chunks: Set(0),
        next_row: Set(0),
        counts: Set("{}".to_owned()),
        lease_until: Set(None),
        failure: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        expires_at: Set(now + KEPT_FOR),
        finished_at: Set(None),
    }
    .insert(&txn)
    .await?;
    let chunks = files::put(&txn, &store::SHELF, key, tenant_id, id, 0, bytes).await?;
    let mut am: import::ActiveModel = row.into();
    am.chunks = Set(chunks);
    let row = am.update(&txn).await?;
    audit::append(
        &txn,
        tenant_id,
        scope.into(),
        meta,
        now,
        Entry::new("import.uploaded")
            .target("import", id)
            .detail(json!({
                "file_name_digest": (!file_name_hash.is_empty()).then_some(&file_name_hash),
                "bytes": bytes.len(),
                "format": row.format,
                "encoding": row.encoding,
                "columns": headers.len(),
            })),
    )
    .await?;
    txn.commit().await?;
    Ok(row)
}

/// A keyed digest of a file's name, under a key derived from the tenant's.
fn name_digest(tenant_key: &Key, name: &str) -> String {
    let key = tenant_key.derive(b"steward import file names v1");
    let mut mac =
        Hmac::<Sha256>::new_from_slice(key.as_bytes()).expect("HMAC takes any key length");
    mac.update(name.as_bytes());
    data_encoding::HEXLOWER.encode(&mac.finalize().into_bytes())
}

fn headers_aad(tenant_id: TenantId, id: Uuid) -> Vec<u8> {
    format!("import-headers:{tenant_id}:{id}").into_bytes()
}

/// The header row sealed under the import's key (a file without a header
/// row has a customer's details there), as text for its column.
fn seal_headers(key: &Key, tenant_id: TenantId, id: Uuid, headers: &[String]) -> String {
    let json = serde_json::to_vec(headers).unwrap_or_default();
    STANDARD.encode(key.seal(&json, &headers_aad(tenant_id, id)))
}

/// The header row, while the import's key is kept; none after.
fn open_headers(key: Option<&Key>, row: &import::Model) -> Vec<String> {
    let Some(key) = key else { return Vec::new() };
    STANDARD
        .decode(&row.headers)
        .ok()
        .and_then(|sealed| key.open(&sealed, &headers_aad(row.tenant_id, row.id)).ok())
        .and_then(|json| serde_json::from_slice(&json).ok())
        .unwrap_or_default()
}

/// Import `id` of the caller's tenant (staff and up).
pub async fn get(state: &Services, scope: &Scope, id: Uuid) -> Result<Shown> {
    let row = find(state, scope, id).await?;
    let key = key_of(state, &row).await?;
    shown(state, scope.role(), row, key.as_ref()).await
}

pub(super) async fn find(state: &Services, scope: &Scope, id: Uuid) -> Result<import::Model> {
    scope.require(Role::Staff)?;
    import::Entity::find_by_id((scope.tenant_id(), id))
        .one(&state.db.main)
        .await?
        .ok_or(Error::NotFound("import"))
}

/// The tenant's custom fields `role` may see and the tenant's purposes, as
/// a mapping may name them.
pub async fn choices(
    state: &Services,
    tenant_id: TenantId,
    role: Role,
) -> Result<(Vec<FieldChoice>, Vec<PurposeChoice>)> {
    let defs = Defs::load(&state.db.main, tenant_id).await?;
    let fields = defs
        .all()
        .iter()
        .filter(|d| role >= d.visible_to)
        .map(|d| FieldChoice {
            key: d.key.clone(),
            label: d.label.clone(),
        })
        .collect();
    let purposes = purposes::labels(&state.db.main, tenant_id)
        .await?
        .into_iter()
        .map(|(key, labels)| PurposeChoice {
            labels: labels
                .as_object()
                .into_iter()
                .flat_map(|o| o.values())
                .filter_map(|l| l.get("label").and_then(|v| v.as_str()))
                .map(str::to_owned)
                .collect(),
            key,
        })
        .collect();
    Ok((fields, purposes))
}

pub(super) async fn key_of(state: &Services, row: &import::Model) -> Result<Option<Key>> {
    state
        .keys
        .file_key(&store::SHELF.keys, row.tenant_id, row.id)
        .await
        .map_err(|e| Error::internal_from("reading an import's key", e))
}

/// The header row of an import whose key is kept.
pub(super) fn headers_of(key: &Key, row: &import::Model) -> Vec<String> {
    open_headers(Some(key), row)
}

/// The mapping a run of `row` uses: the one chosen, else the one Steward
/// suggests for its header row (as its preview showed).
pub(super) async fn mapping_of(
    state: &Services,
    role: Role,
    row: &import::Model,
    key: &Key,
) -> Result<Mapping> {
    let headers = open_headers(Some(key), row);
    let (columns, _) = columns_of(state, role, row, &headers).await?;
    Ok(Mapping {
        columns,
        basis: chosen_basis(row),
    })
}

/// Where each column goes: as chosen (`false`), else as suggested (`true`).
async fn columns_of(
    state: &Services,
    role: Role,
    row: &import::Model,
    headers: &[String],
) -> Result<(Vec<Target>, bool)> {
    let chosen = row
        .mapping
        .as_deref()
        .and_then(|m| serde_json::from_str::<Mapping>(m).ok());
    Ok(match chosen {
        Some(m) => (m.columns, false),
        None if headers.is_empty() => (Vec::new(), true),
        None => {
            let (fields, purposes) = choices(state, row.tenant_id, role).await?;
            (mapping::suggest(headers, &fields, &purposes), true)
        }
    })
}

/// `row` as shown; `key` is its key while the file is kept (the header row
/// is sealed under it), read once by the caller.
async fn shown(
    state: &Services,
    role: Role,
    row: import::Model,
    key: Option<&Key>,
) -> Result<Shown> {
    let headers = open_headers(key, &row);
    let (mapping, suggested) = columns_of(state, role, &row, &headers).await?;
    let counts = counts_of(&row);
    Ok(Shown {
        row,
        headers,
        mapping,
        suggested,
        counts,
    })
}

/// The word a mapping uses for a column that should become a new custom
/// field of the given type: `new_field:text`, `new_field:number`, …
const NEW_FIELD: &str = "new_field:";

/// Makes a custom field for each column mapped to `new_field:<type>`
/// (admins only), labelled with the column's header and keyed after it,
/// and maps the column to it (`field:<key>`). Each is a field like any
/// other (`field.created` in the audit log), visible to staff and up. A
/// column that cannot become one is named in the 422 (`mapping[i]`).
/// Returns whether any field was made.
async fn make_new_fields(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    words: &mut MappingWords,
    headers: &[String],
) -> Result<bool> {
    let wanted: Vec<(usize, String)> = words
        .columns
        .iter()
        .enumerate()
        .filter_map(|(i, w)| w.strip_prefix(NEW_FIELD).map(|kind| (i, kind.to_owned())))
        .collect();
    if wanted.is_empty() {
        return Ok(false);
    }
    let mut faults = FieldErrors::new();
    if scope.role() < Role::Admin {
        for (i, _) in &wanted {
            faults.insert(
                format!("mapping[{i}]"),
                "only admins can make a new custom field; map the column to an existing one or ignore it".into(),
            );
        }
        return Err(Error::Invalid(faults));
    }
    let tenant_id = scope.tenant_id();
    let mut taken: std::collections::HashSet<String> = Defs::load(&state.db.main, tenant_id)
        .await?
        .all()
        .iter()
        .map(|d| d.key.clone())
        .collect();
    let mut made = false;
    for (i, kind) in wanted {
        let kind = match Kind::parse(&kind) {
            Ok(k @ (Kind::Text | Kind::Number | Kind::Date | Kind::Bool)) => k,
            _ => {
                faults.insert(
                    format!("mapping[{i}]"),
                    "a new field's type must be text, number, date or bool, as in new_field:text"
                        .into(),
                );
                continue;
            }
        };
        // A column beyond the header row is the mapping check's to name.
        let Some(header) = headers.get(i) else {
            continue;
        };
        let key = field_key(header, i, &taken);
        let label: String = match header.trim() {
            "" => format!("Column {}", i + 1),
            h => h.chars().take(100).collect(),
        };
        let field = NewField {
            key: key.clone(),
            label,
            kind,
            options: None,
            required: false,
            visible_to: Role::Staff,
            personal: true,
            correctable: false,
        };
        match fields::service::define(state, tenant_id, scope.into(), meta, field).await {
            Ok(_) => {
                taken.insert(key.clone());
                words.columns[i] = format!("field:{key}");
                made = true;
            }
            Err(Error::Invalid(why)) => {
                let why = why.into_values().collect::<Vec<_>>().join("; ");
                faults.insert(format!("mapping[{i}]"), why);
            }
            Err(Error::Conflict(why)) => {
                faults.insert(format!("mapping[{i}]"), why);
            }
            Err(e) => return Err(e),
        }
    }
    match faults.is_empty() {
        true => Ok(made),
        false => Err(Error::Invalid(faults)),
    }
}

/// A new field's key from its column's header: folded to a–z, 0–9 and _,
/// starting with a letter, at most 40 characters, not one the tenant has.
fn field_key(header: &str, i: usize, taken: &std::collections::HashSet<String>) -> String {
    let mut key = String::new();
    for c in crate::customers::search::fold(header).chars() {
        match c {
            'a'..='z' | '0'..='9' => key.push(c),
            _ if !key.is_empty() && !key.ends_with('_') => key.push('_'),
            _ => {}
        }
    }
    let mut key = key.trim_matches('_').to_owned();
    if !key.starts_with(|c: char| c.is_ascii_lowercase()) {
        key = format!("column_{}{}", i + 1, if key.is_empty() { "" } else { "_" }) + &key;
    }
    key.truncate(36);
    let key = key.trim_end_matches('_').to_owned();
    let mut candidate = key.clone();
    let mut n = 2;
    while taken.contains(&candidate) {
        candidate = format!("{key}_{n}");
        n += 1;
    }
    candidate
}

/// A mapping in words, checked against the file's width and the tenant's
/// fields and purposes: one refusal names every wrong column.
fn checked(
    words: MappingWords,
    width: usize,
    fields: &[FieldChoice],
    purposes: &[PurposeChoice],
) -> Result<Mapping> {
    let mut faults = FieldErrors::new();
    // A word that names no target stands as `ignore` while the rest is
    // checked.
    let columns = words
        .columns
        .iter()
        .enumerate()
        .map(|(i, word)| {
            word.parse::<Target>().unwrap_or_else(|why| {
                faults.insert(format!("mapping[{i}]"), why);
                Target::Ignore
            })
        })
        .collect();
    let basis = match words.basis.as_deref() {
        None | Some("") => Basis::Consent,
        Some(word) => BasisWord::parse(word).map(Basis::from).unwrap_or_else(|| {
            let known: Vec<&str> = BasisWord::ALL.iter().map(|b| b.as_str()).collect();
            faults.insert(
                "basis".into(),
                format!("must be one of {}", known.join(", ")),
            );
            Basis::Consent
        }),
    };
    let mapping = Mapping { columns, basis };
    for (field, why) in mapping::check(&mapping, width, fields, purposes) {
        faults
            .entry(field.replacen("columns", "mapping", 1))
            .or_insert(why);
    }
    match faults.is_empty() {
        true => Ok(mapping),
        false => Err(Error::Invalid(faults)),
    }
}

async fn save_mapping(
    state: &Services,
    row: import::Model,
    mapping: &Mapping,
) -> Result<import::Model> {
    let mut am: import::ActiveModel = row.into();
    am.mapping = Set(Some(serde_json::to_string(mapping).unwrap_or_default()));
    am.updated_at = Set(state.clock.now());
    Ok(am.update(&state.db.writer).await?)
}

/// Previews `row` with `mapping` and keeps the counts.
async fn previewed(
    state: &Services,
    scope: &Scope,
    row: import::Model,
    key: Key,
    mapping: Mapping,
) -> Result<(Shown, Preview)> {
    let preview = run_preview(state, scope.role(), &row, key.clone(), mapping).await?;
    let mut am: import::ActiveModel = row.into();
    am.counts = Set(serde_json::to_string(&preview.counts).unwrap_or_default());
    am.updated_at = Set(state.clock.now());
    let row = am.update(&state.db.writer).await?;
    Ok((shown(state, scope.role(), row, Some(&key)).await?, preview))
}

async fn run_preview(
    state: &Services,
    role: Role,
    row: &import::Model,
    key: Key,
    mapping: Mapping,
) -> Result<Preview> {
    let tenant_id = row.tenant_id;
    let tenant_key = state.keys.tenant_key(tenant_id).await?;
    let rules = Rules {
        mapping,
        defs: Defs::load(&state.db.main, tenant_id).await?,
        role,
        search_key: search::search_key(&tenant_key),
        tenant_key,
    };
    let layout = layout_of(row)?;
    let budget = unpack_budget(state);
    let batches = check::checked_batches(
        state, rules, layout, key, tenant_id, row.id, row.chunks, budget,
    );
    check::preview(state, batches, tenant_id).await
}

/// Chooses where each column of import `id` goes (staff and up, before its
/// run) and previews it again: checked against the file's header row and
/// the fields the caller may see; kept for the run. Refused: a 422 naming
/// each wrong column (`mapping[3]`).
pub async fn set_mapping(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    id: Uuid,
    words: MappingWords,
) -> Result<(Shown, Preview)> {
    let row = waiting(state, scope, id).await?;
    let key = key_of(state, &row).await?.ok_or_else(file_gone)?;
    let headers = open_headers(Some(&key), &row);
    let width = headers.len();
    let mut words = words;
    make_new_fields(state, scope, meta, &mut words, &headers).await?;
    let (fields, purposes) = choices(state, row.tenant_id, scope.role()).await?;
    let mapping = checked(words, width, &fields, &purposes)?;
    let row = save_mapping(state, row, &mapping).await?;
    let targets: Vec<String> = mapping.columns.iter().map(ToString::to_string).collect();
    let entry = Entry::new("import.mapped")
        .target("import", id)
        .detail(json!({ "mapping": targets }));
    let now = state.clock.now();
    audit::append(
        &state.db.writer,
        scope.tenant_id(),
        scope.into(),
        meta,
        now,
        entry,
    )
    .await?;
    previewed(state, scope, row, key, mapping).await
}

/// What a run of import `id` would do with its mapping, again, with the
/// first refused rows: every row read and checked, nothing written.
pub async fn preview(state: &Services, scope: &Scope, id: Uuid) -> Result<(Shown, Preview)> {
    let row = waiting(state, scope, id).await?;
    let key = key_of(state, &row).await?.ok_or_else(file_gone)?;
    let shown = shown(state, scope.role(), row, Some(&key)).await?;
    let mapping = Mapping {
        columns: shown.mapping.clone(),
        basis: chosen_basis(&shown.row),
    };
    let preview = run_preview(state, scope.role(), &shown.row, key, mapping).await?;
    Ok((shown, preview))
}

pub(super) fn file_gone() -> Error {
    Error::Gone("the uploaded file is no longer kept".into())
}

/// The lawful basis a chosen mapping records consent under.
fn chosen_basis(row: &import::Model) -> Basis {
    row.mapping
        .as_deref()
        .and_then(|m| serde_json::from_str::<Mapping>(m).ok())
        .map_or(Basis::Consent, |m| m.basis)
}

/// How an import's file is read, as kept.
pub(super) fn layout_of(row: &import::Model) -> Result<read::Layout> {
    let format = row
        .format
        .parse::<read::Format>()
        .map_err(|_| Error::internal(format!("import {} has format {:?}", row.id, row.format)))?;
    Ok(read::Layout {
        format,
        encoding: row.encoding.clone(),
        delimiter: row.delimiter.bytes().next().unwrap_or(b','),
    })
}

/// Import `id`, while it still waits for its run: its file is kept.
async fn waiting(state: &Services, scope: &Scope, id: Uuid) -> Result<import::Model> {
    let row = find(state, scope, id).await?;
    match row.state {
        State::Previewed => Ok(row),
        other => Err(Error::Conflict(format!(
            "the import is {}; only one that waits for its run can be looked at or changed",
            other.as_str()
        ))),
    }
}

/// Stops import `id` (staff and up): before its run, or during it (the
/// rows written so far stay; the batch being written is not). Its file is
/// forgotten at once. An import already ended is a 409.
pub async fn cancel(state: &Services, scope: &Scope, meta: &Origin, id: Uuid) -> Result<Shown> {
    let row = find(state, scope, id).await?;
    let entry = Entry::new("import.cancelled").target("import", id);
    let ended = end(
        state,
        row,
        State::Cancelled,
        None,
        scope.into(),
        meta,
        entry,
    )
    .await?;
    let row = ended.ok_or_else(|| {
        Error::Conflict(
            "the import has ended already; only one that has not can be cancelled".into(),
        )
    })?;
    let key = key_of(state, &row).await?;
    shown(state, scope.role(), row, key.as_ref()).await
}

/// Ends every import whose 24 hours are up: one still waiting for its run
/// as `cancelled` (`import.expired`), one whose run has not finished as
/// `failed`; then forgets what ended imports kept (their refused rows, the
/// key, the header row) and any file a stop left behind. Returns how many
/// imports it ended.
pub async fn expire_due(state: &Services) -> Result<u64> {
    let now = state.clock.now();
    let due = import::Entity::find()
        .filter(import::Column::State.is_in([State::Previewed, State::Running]))
        .filter(import::Column::ExpiresAt.lte(now))
        .all(&state.db.main)
        .await?;
    let mut ended = 0;
    for row in due {
        let id = row.id;
        let (to, why, event) = match row.state {
            State::Running => (
                State::Failed,
                "did not finish within 24 hours of its upload",
                "import.failed",
            ),
            _ => (
                State::Cancelled,
                "not run within 24 hours of its upload",
                "import.expired",
            ),
        };
        let entry = Entry::new(event).target("import", id);
        let system = Origin::system();
        if end(state, row, to, Some(why), Actor::System, &system, entry)
            .await?
            .is_some()
        {
            ended += 1;
        }
    }
    let ended_states = [State::Cancelled, State::Failed, State::Done];
    let left = import::Entity::find()
        .filter(import::Column::State.is_in(ended_states))
        .filter(import::Column::Chunks.gt(0))
        .all(&state.db.main)
        .await?;
    for row in left {
        forget_file(state, &row).await?;
    }
    let kept = import::Entity::find()
        .filter(import::Column::State.is_in(ended_states))
        .filter(import::Column::ExpiresAt.lte(now))
        .filter(import::Column::Headers.ne(""))
        .all(&state.db.main)
        .await?;
    for row in kept {
        forget(state, &row).await?;
    }
    Ok(ended)
}

/// Ends a run that stopped on a fault, as `failed` with why (no personal
/// data in it): the rows written stay, the file is forgotten.
pub(super) async fn fail(state: &Services, tenant_id: TenantId, id: Uuid, why: &str) -> Result<()> {
    let Some(row) = import::Entity::find_by_id((tenant_id, id))
        .one(&state.db.main)
        .await?
    else {
        return Ok(());
    };
    let entry = Entry::new("import.failed").target("import", id);
    let system = Origin::system();
    end(
        state,
        row,
        State::Failed,
        Some(why),
        Actor::System,
        &system,
        entry,
    )
    .await?;
    Ok(())
}

/// Ends a run whose every row is done, as `done`, with the entry that sums
/// it up.
pub(super) async fn end_run(
    state: &Services,
    row: import::Model,
    to: State,
    why: Option<&str>,
    actor: Actor,
    detail: serde_json::Value,
) -> Result<Option<import::Model>> {
    let id = row.id;
    let entry = Entry::new("import.finished")
        .target("import", id)
        .detail(detail);
    end(state, row, to, why, actor, &Origin::system(), entry).await
}

/// Ends an import as `to`, once: the state changes only from `previewed`
/// or `running` (so two instances cannot both end it), with `entry` in the
/// audit log. Then the file is forgotten (no copy can be read from then
/// on); the refused rows, if any, stay sealed under the import's key until
/// its 24 hours are up, else the key goes at once. `None` when it had
/// ended.
#[allow(clippy::too_many_arguments)]
async fn end(
    state: &Services,
    row: import::Model,
    to: State,
    why: Option<&str>,
    actor: Actor,
    meta: &Origin,
    entry: Entry,
) -> Result<Option<import::Model>> {
    let (tenant_id, id) = (row.tenant_id, row.id);
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let changed = import::Entity::update_many()
        .col_expr(import::Column::State, Expr::value(to.as_str()))
        .col_expr(import::Column::Failure, Expr::value(why.map(str::to_owned)))
        .col_expr(
            import::Column::LeaseUntil,
            Expr::value(Option::<chrono::DateTime<chrono::Utc>>::None),
        )
        .col_expr(import::Column::UpdatedAt, Expr::value(now))
        .col_expr(import::Column::FinishedAt, Expr::value(Some(now)))
        .filter(import::Column::TenantId.eq(tenant_id))
        .filter(import::Column::Id.eq(id))
        .filter(import::Column::State.is_in([State::Previewed, State::Running]))
        .exec(&txn)
        .await?
        .rows_affected;
    if changed == 0 {
        return Ok(None);
    }
    audit::append(&txn, tenant_id, actor, meta, now, entry).await?;
    txn.commit().await?;
    let row = import::Entity::find_by_id((tenant_id, id))
        .one(&state.db.main)
        .await?
        .ok_or(Error::NotFound("import"))?;
    let refused = import_refusal::Entity::find()
        .filter(import_refusal::Column::TenantId.eq(tenant_id))
        .filter(import_refusal::Column::ImportId.eq(id))
        .one(&state.db.main)
        .await?
        .is_some();
    match refused {
        true => forget_file(state, &row).await.map(Some),
        false => forget(state, &row).await.map(Some),
    }
}

/// Forgets an ended import's file: its chunks, folded out of the logs.
async fn forget_file(state: &Services, row: &import::Model) -> Result<import::Model> {
    store::forget_chunks(state, row.tenant_id, row.id).await?;
    state.db.owe_fold();
    let mut am: import::ActiveModel = row.clone().into();
    am.chunks = Set(0);
    Ok(am.update(&state.db.writer).await?)
}

/// Forgets all an ended import kept: key, chunks, refused rows, header row.
async fn forget(state: &Services, row: &import::Model) -> Result<import::Model> {
    store::forget(state, row.tenant_id, row.id).await?;
    state.db.owe_fold();
    let mut am: import::ActiveModel = row.clone().into();
    am.chunks = Set(0);
    am.headers = Set(String::new());
    Ok(am.update(&state.db.writer).await?)
}
