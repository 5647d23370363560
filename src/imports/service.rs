//! Imports as the API and pages use them: an upload is looked at (format,
//! encoding, delimiter, header row), kept sealed, and offered a mapping of
//! its columns; each step is audited without personal data.

use chrono::TimeDelta;
use entity::consent::Basis as BasisWord;
use entity::import::{self, State};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::json;
use uuid::Uuid;

use super::{
    check::{self, Preview, Rules},
    mapping::{self, FieldChoice, PurposeChoice, Target},
    read::{self, Overrides, Sniffed},
    store,
};
use crate::{
    audit::{self, Actor, Entry, Origin},
    auth::{Role, Scope},
    consent::{purposes, service::Basis},
    context::Services,
    crypto::sha256_hex,
    customers::search,
    db::begin_write,
    error::{Error, FieldErrors, Result},
    fields::Defs,
};

/// How long an uploaded file is kept at most, run or not.
pub const KEPT_FOR: TimeDelta = TimeDelta::hours(24);

/// A file as it was sent, and what the person said about how to read it.
pub struct Upload<'a> {
    pub file_name: Option<&'a str>,
    pub bytes: &'a [u8],
    pub overrides: Overrides,
}

/// An import and the mapping suggested for its columns.
pub struct Shown {
    pub row: import::Model,
    pub headers: Vec<String>,
    /// The mapping chosen, else the one Steward suggests.
    pub mapping: Vec<Target>,
    pub suggested: bool,
}

/// Takes a file: reads its layout and header row, keeps it sealed under a
/// key of its own, and suggests where each column goes (staff and up).
pub async fn upload(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    upload: Upload<'_>,
) -> Result<Shown> {
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
        // A workbook's header row is in its first sheet, wherever the
        // archive keeps it.
        let rows = read::xlsx_rows(std::io::Cursor::new(bytes)).map_err(unreadable)?;
        headers = rows.headers().to_vec();
    }
    let tenant_id = scope.tenant_id();
    let id = Uuid::now_v7();
    let now = state.clock.now();
    let key = state
        .keys
        .create_import_key(tenant_id, id)
        .await
        .map_err(|e| Error::internal_from("making an import's key", e))?;
    let (actor_kind, actor_id) = Actor::from(scope).parts();
    // Enough to tell two uploads of one file apart; nothing to read a name
    // from. No name, no hash.
    let file_name_hash = upload
        .file_name
        .filter(|n| !n.is_empty())
        .map(|n| sha256_hex(n.as_bytes()))
        .unwrap_or_default();
    let txn = begin_write(&state.db.writer).await?;
    let row = import::ActiveModel {
        tenant_id: Set(tenant_id),
        id: Set(id),
        actor_kind: Set(actor_kind.to_owned()),
        actor_id: Set(actor_id),
        state: Set(State::Uploaded),
        file_name_hash: Set(file_name_hash.clone()),
        format: Set(layout.format.as_str().to_owned()),
        encoding: Set(layout.encoding.clone()),
        delimiter: Set((layout.delimiter as char).to_string()),
        headers: Set(serde_json::to_string(&headers).unwrap_or_default()),
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
    let chunks = store::put_file(&txn, &key, tenant_id, id, bytes).await?;
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
                "file_name_sha256": (!file_name_hash.is_empty()).then_some(&file_name_hash),
                "bytes": bytes.len(),
                "format": row.format,
                "encoding": row.encoding,
                "columns": headers.len(),
            })),
    )
    .await?;
    txn.commit().await?;
    shown(state, row).await
}

/// Import `id` of the caller's tenant (staff and up).
pub async fn get(state: &Services, scope: &Scope, id: Uuid) -> Result<Shown> {
    scope.require(Role::Staff)?;
    let row = import::Entity::find_by_id((scope.tenant_id(), id))
        .one(&state.db.main)
        .await?
        .ok_or(Error::NotFound("import"))?;
    shown(state, row).await
}

/// The tenant's custom fields and purposes, as a mapping may name them.
pub async fn choices(
    state: &Services,
    tenant_id: entity::ids::TenantId,
) -> Result<(Vec<FieldChoice>, Vec<PurposeChoice>)> {
    let defs = Defs::load(&state.db.main, tenant_id).await?;
    let fields = defs
        .all()
        .iter()
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

async fn shown(state: &Services, row: import::Model) -> Result<Shown> {
    let headers: Vec<String> = serde_json::from_str(&row.headers).unwrap_or_default();
    let chosen = row
        .mapping
        .as_deref()
        .and_then(|m| serde_json::from_str::<mapping::Mapping>(m).ok());
    let (mapping, suggested) = match chosen {
        Some(m) => (m.columns, false),
        None => {
            let (fields, purposes) = choices(state, row.tenant_id).await?;
            (mapping::suggest(&headers, &fields, &purposes), true)
        }
    };
    Ok(Shown {
        row,
        headers,
        mapping,
        suggested,
    })
}

/// A mapping as a person gives it: a target per column, in words
/// (`email`, `field:tier`, …), and the lawful basis of its consent columns.
pub struct MappingWords {
    pub columns: Vec<String>,
    pub basis: Option<String>,
}

/// Chooses where each column of import `id` goes (staff and up; custom
/// fields are those the tenant has): checked against the file's header row
/// and the tenant's fields and purposes, kept for the run and for the next
/// look. Refused: a 422 naming each wrong column (`columns[3]`).
pub async fn set_mapping(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    id: Uuid,
    words: MappingWords,
) -> Result<Shown> {
    let row = waiting(state, scope, id).await?;
    let headers: Vec<String> = serde_json::from_str(&row.headers).unwrap_or_default();
    let (fields, purposes) = choices(state, row.tenant_id).await?;
    let mut faults: FieldErrors = FieldErrors::new();
    // A word that names no target stands as `ignore` while the rest is
    // checked, so one refusal names every wrong column.
    let columns = words
        .columns
        .iter()
        .enumerate()
        .map(|(i, word)| {
            word.parse::<Target>().unwrap_or_else(|why| {
                faults.insert(format!("columns[{i}]"), why);
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
    let mapping = mapping::Mapping { columns, basis };
    for (field, why) in mapping::check(&mapping, headers.len(), &fields, &purposes) {
        faults.entry(field).or_insert(why);
    }
    if !faults.is_empty() {
        return Err(Error::Invalid(faults));
    }
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let mut am: import::ActiveModel = row.into();
    am.mapping = Set(Some(serde_json::to_string(&mapping).unwrap_or_default()));
    am.updated_at = Set(now);
    let row = am.update(&txn).await?;
    let targets: Vec<String> = mapping.columns.iter().map(ToString::to_string).collect();
    audit::append(
        &txn,
        scope.tenant_id(),
        scope.into(),
        meta,
        now,
        Entry::new("import.mapped")
            .target("import", id)
            .detail(json!({ "mapping": targets })),
    )
    .await?;
    txn.commit().await?;
    shown(state, row).await
}

/// What a run of import `id` would do with its mapping (the chosen one,
/// else the suggested one): every row read and checked, nothing written.
pub async fn preview(state: &Services, scope: &Scope, id: Uuid) -> Result<(Shown, Preview)> {
    let row = waiting(state, scope, id).await?;
    let shown = shown(state, row).await?;
    let mapping = mapping::Mapping {
        columns: shown.mapping.clone(),
        basis: chosen_basis(&shown.row),
    };
    let (fields, purposes) = choices(state, shown.row.tenant_id).await?;
    let faults = mapping::check(&mapping, shown.headers.len(), &fields, &purposes);
    if !faults.is_empty() {
        return Err(Error::Invalid(faults.into_iter().collect()));
    }
    let tenant_id = shown.row.tenant_id;
    let key = state
        .keys
        .import_key(tenant_id, id)
        .await
        .map_err(|e| Error::internal_from("reading an import's key", e))?
        .ok_or_else(|| Error::Gone("the uploaded file is no longer kept".into()))?;
    let tenant_key = state.keys.tenant_key(tenant_id).await?;
    let rules = Rules {
        mapping,
        defs: Defs::load(&state.db.main, tenant_id).await?,
        role: scope.role(),
        search_key: search::search_key(&tenant_key),
        tenant_key,
    };
    let layout = layout_of(&shown.row)?;
    let batches =
        check::checked_batches(state, rules, layout, key, tenant_id, id, shown.row.chunks);
    let preview = check::preview(state, batches, tenant_id).await?;
    Ok((shown, preview))
}

/// The lawful basis a chosen mapping records consent under.
fn chosen_basis(row: &import::Model) -> crate::consent::service::Basis {
    row.mapping
        .as_deref()
        .and_then(|m| serde_json::from_str::<mapping::Mapping>(m).ok())
        .map_or(crate::consent::service::Basis::Consent, |m| m.basis)
}

/// How an import's file is read, as kept.
fn layout_of(row: &import::Model) -> Result<read::Layout> {
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
    let shown = get(state, scope, id).await?;
    match shown.row.state {
        State::Uploaded => Ok(shown.row),
        other => Err(Error::Conflict(format!(
            "the import is {}; only one that waits for its run can be looked at or changed",
            other.as_str()
        ))),
    }
}

/// Stops import `id` before its run (staff and up): its file is forgotten
/// at once. An import already ended is a 409.
pub async fn cancel(state: &Services, scope: &Scope, meta: &Origin, id: Uuid) -> Result<Shown> {
    let row = get(state, scope, id).await?.row;
    if !matches!(row.state, State::Uploaded | State::Queued) {
        return Err(Error::Conflict(format!(
            "the import is {}; only one that has not run can be cancelled",
            row.state.as_str()
        )));
    }
    let row = end(state, row, State::Cancelled, scope.into(), meta).await?;
    shown(state, row).await
}

/// Ends every import that waited past its 24 hours without a run: the file
/// is forgotten and the import marked `expired`. Returns how many.
pub async fn expire_due(state: &Services) -> Result<u64> {
    let now = state.clock.now();
    let due = import::Entity::find()
        .filter(import::Column::State.is_in([State::Uploaded, State::Queued]))
        .filter(import::Column::ExpiresAt.lte(now))
        .all(&state.db.main)
        .await?;
    let mut ended = 0;
    for row in due {
        end(state, row, State::Expired, Actor::System, &Origin::system()).await?;
        ended += 1;
    }
    Ok(ended)
}

/// Ends an import as `state`: its key destroyed (no copy of the file can be
/// read from then on), its chunks and refused rows deleted, the logs owed a
/// fold, and the end audited.
async fn end(
    state: &Services,
    row: import::Model,
    to: State,
    actor: Actor,
    meta: &Origin,
) -> Result<import::Model> {
    let (tenant_id, id) = (row.tenant_id, row.id);
    store::forget(state, tenant_id, id).await?;
    state.db.owe_fold();
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let mut am: import::ActiveModel = row.into();
    am.state = Set(to);
    am.lease_until = Set(None);
    am.updated_at = Set(now);
    am.finished_at = Set(Some(now));
    let row = am.update(&txn).await?;
    let event = match to {
        State::Cancelled => "import.cancelled",
        State::Expired => "import.expired",
        _ => "import.ended",
    };
    audit::append(
        &txn,
        tenant_id,
        actor,
        meta,
        now,
        Entry::new(event).target("import", id),
    )
    .await?;
    txn.commit().await?;
    Ok(row)
}
