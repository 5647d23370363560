//! Exports as the API and pages use them. An export is a list view (its
//! filter and search) written out whole, with the columns the asker's role
//! may see: small views before the answer, large ones in the background
//! (taken over by the job runner if the instance writing one stops). The
//! file is kept sealed under a key of its own until its one download, or
//! for `exports.kept_for` at most. Each export is audited with its row
//! count; the records it read are audited as a list's are.

use chrono::{DateTime, TimeDelta, Utc};
use entity::export::{self, Format, State};
use entity::ids::{CustomerId, TenantId, UserId};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, sea_query::Expr,
};
use serde::Serialize;
use serde_json::json;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use uuid::Uuid;

use super::file::{Columns, Spool, Writer};
use crate::{
    audit::{self, Actor, Entry, Origin},
    auth::{Role, Scope},
    context::Services,
    crypto::{Key, keystore::FileKeys},
    customers::{
        bulk_actions, read, search,
        view::{self, View},
    },
    db::begin_write,
    error::{Error, Result},
    fields::Defs,
    files::{self, CHUNK, Shelf},
};

/// Where exports' files and keys are kept.
pub static SHELF: Shelf = Shelf {
    chunks: "export_chunks",
    owner: "export_id",
    keys: FileKeys {
        table: "export_keys",
        owner: "export_id",
        label: "export",
    },
};

/// Records read and written at a time.
const PAGE: usize = 1000;
/// How long an instance writing a file holds it without a word; renewed
/// with every page, so a stopped instance's file is taken over soon after.
const LEASE: TimeDelta = TimeDelta::minutes(2);

/// What to export: the format and the list's filters and search.
pub struct Ask {
    pub format: Format,
    /// The list's filter (`active`, `expiring`, …); empty or none for all.
    pub state: Option<String>,
    /// The list's other parameters as a query string (`restricted=1&
    /// field.tier=gold`; see `customers::view`); `state` there too is taken.
    pub view: Option<String>,
    /// The list's search words, if any.
    pub q: Option<String>,
    /// The records ticked on the list, instead of a view: at most
    /// `bulk_actions::MAX`, each once, with no `state` or `q`.
    pub ids: Vec<CustomerId>,
}

/// An export as its asker sees it; `token` is the download's while the
/// file waits for it.
pub struct Shown {
    pub row: export::Model,
    pub token: Option<String>,
}

/// What the job did with exports in one run.
#[derive(Debug, Default, Serialize)]
pub struct ExportsSummary {
    /// Files whose writer stopped, written by this run.
    pub taken_over: u64,
    /// Files not downloaded in time, deleted.
    pub expired: u64,
}

/// Whether the caller may export: staff and up, and staff only while the
/// tenant lets them.
async fn may_export(state: &Services, scope: &Scope) -> Result<()> {
    scope.require(Role::Staff)?;
    if scope.role() >= Role::Admin {
        return Ok(());
    }
    let tenant = crate::tenants::service::get(state, scope).await?;
    match tenant.staff_may_export {
        true => Ok(()),
        false => Err(Error::Forbidden(
            "this organisation's admins have switched exports off for staff; an admin or owner \
             can export, or switch it on again in the organisation's settings"
                .into(),
        )),
    }
}

fn query_aad(tenant_id: TenantId, id: Uuid) -> Vec<u8> {
    format!("export-query:{tenant_id}:{id}").into_bytes()
}

/// The download token of an export, from its key: it exists while the key
/// does, and is stored only as a hash.
fn token_of(key: &Key) -> String {
    data_encoding::BASE64URL_NOPAD.encode(key.derive(b"steward export download v1").as_bytes())
}

fn hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// The list view an export keeps (its `filter`): the list's parameters as
/// a query string, or, from before there were more, one state word.
async fn view_of(state: &Services, tenant_id: TenantId, role: Role, kept: &str) -> Result<View> {
    view::load(state, tenant_id, role, &kept_pairs(kept)).await
}

fn kept_pairs(kept: &str) -> Vec<(String, String)> {
    match kept.contains('=') {
        true => view::pairs(kept),
        false => vec![("state".to_owned(), kept.to_owned())],
    }
}

/// Starts an export of the view `ask` names (staff and up, as the tenant
/// allows): written before the answer when it is small, else in the
/// background. Bad input is refused before anything is kept.
pub async fn create(state: &Services, scope: &Scope, meta: &Origin, ask: Ask) -> Result<Shown> {
    may_export(state, scope).await?;
    let now = state.clock.now();
    let mut pairs = view::pairs(ask.view.as_deref().unwrap_or_default());
    if let Some(word) = ask.state.filter(|w| !w.is_empty()) {
        pairs.push(("state".to_owned(), word));
    }
    let view = view::load(state, scope.tenant_id(), scope.role(), &pairs)
        .await
        .map_err(view::as_field_fault)?;
    let filter = view.condition(state, scope.tenant_id(), now).await?;
    let q = ask.q.filter(|q| !q.trim().is_empty());
    if q.as_deref().is_some_and(|q| q.contains(char::is_control)) {
        return Err(Error::invalid("q", "must not hold control characters"));
    }
    let query = q.as_deref().map(search::Query::parse).transpose()?;
    let ticked = match ask.ids.is_empty() {
        true => None,
        false if view.filtered() || q.is_some() => {
            return Err(Error::invalid(
                "ids",
                "export either the ticked records or a list view (state, q), not both",
            ));
        }
        false => {
            bulk_actions::check_ids(&ask.ids)?;
            Some(serde_json::to_string(&ask.ids).expect("IDs serialise"))
        }
    };
    let tenant_id = scope.tenant_id();
    let id = Uuid::now_v7();
    let key = state
        .keys
        .create_file_key(&SHELF.keys, tenant_id, id)
        .await
        .map_err(|e| Error::internal_from("making an export's key", e))?;
    let token = token_of(&key);
    let (actor_kind, actor_id) = Actor::from(scope).parts();
    let inserted = export::ActiveModel {
        tenant_id: Set(tenant_id),
        id: Set(id),
        actor_kind: Set(actor_kind.to_owned()),
        actor_id: Set(actor_id),
        role: Set(scope.role().as_str().to_owned()),
        state: Set(State::Running),
        format: Set(ask.format),
        filter: Set(view.query_string()),
        query: Set(q.map(|q| key.seal(q.as_bytes(), &query_aad(tenant_id, id)))),
        customer_ids: Set(ticked),
        rows: Set(0),
        token_hash: Set(hash(&token)),
        size_bytes: Set(0),
        chunks: Set(0),
        lease_until: Set(Some(now + LEASE)),
        failure: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        expires_at: Set(now + state.config.exports.kept_for.as_chrono()),
        finished_at: Set(None),
    }
    .insert(&state.db.writer)
    .await;
    let row = match inserted {
        Ok(row) => row,
        Err(e) => {
            // Nothing was kept: the key has nothing to open.
            let _ = state
                .keys
                .destroy_file_key(&SHELF.keys, tenant_id, id)
                .await;
            return Err(e.into());
        }
    };
    let size = match ask.ids.len() {
        0 => read::view_size(state, tenant_id, Some(filter), query.as_ref()).await?,
        n => n as u64,
    };
    if size <= state.config.exports.inline_rows {
        let row = write(state, row, key, meta.clone()).await?;
        return Ok(Shown {
            token: (row.state == State::Ready).then_some(token),
            row,
        });
    }
    let (st, background, origin) = (state.clone(), row.clone(), meta.clone());
    tokio::spawn(async move {
        // A failure is kept on the export (`failed`) and logged there.
        let _ = write(&st, background, key, origin).await;
    });
    Ok(Shown {
        row,
        token: Some(token),
    })
}

/// Who asked for an export, as the audit log names them.
fn asker(row: &export::Model) -> Actor {
    match (row.actor_kind.as_str(), row.actor_id) {
        ("user", Some(id)) => Actor::User(UserId::from(id)),
        ("token", Some(id)) => Actor::Token(id),
        _ => Actor::System,
    }
}

/// Writes export `row`'s file and marks it ready, or failed (its file
/// forgotten) when anything goes wrong; the export as it ends.
async fn write(
    state: &Services,
    row: export::Model,
    key: Key,
    origin: Origin,
) -> Result<export::Model> {
    let (tenant_id, id) = (row.tenant_id, row.id);
    match write_file(state, &row, &key, &origin).await {
        Ok(row) => Ok(row),
        Err(e) => {
            tracing::error!(export = %id, error = %crate::error::report(&e), "an export failed");
            files::forget(state, &SHELF, tenant_id, id).await?;
            state.db.owe_fold();
            failed(state, &row).await?;
            Err(e)
        }
    }
}

async fn write_file(
    state: &Services,
    row: &export::Model,
    key: &Key,
    origin: &Origin,
) -> Result<export::Model> {
    let (tenant_id, id) = (row.tenant_id, row.id);
    let role = crate::auth::role_of(&row.role)?;
    let view = view_of(state, tenant_id, role, &row.filter).await?;
    let filter = view.condition(state, tenant_id, row.created_at).await?;
    let words = match &row.query {
        Some(sealed) => Some(
            key.open(sealed, &query_aad(tenant_id, id))
                .map_err(|e| Error::internal_from("opening an export's search", e))?,
        ),
        None => None,
    };
    let query = words
        .as_deref()
        .map(|w| search::Query::parse(&String::from_utf8_lossy(w)))
        .transpose()?;
    let defs = Defs::load(&state.db.main, tenant_id).await?;
    let fields = defs
        .all()
        .iter()
        .filter(|d| role >= d.visible_to)
        .map(|d| d.key.clone())
        .collect();
    let columns = Columns::new(
        fields,
        crate::consent::purposes::keys_in_use(&state.db.main, tenant_id).await?,
    );
    let ticked = ticked_of(row)?;
    // What an earlier, stopped attempt wrote goes first.
    files::delete_chunks(&state.db.writer, &SHELF, tenant_id, id).await?;
    let spool = Spool::default();
    let io = |e: std::io::Error| Error::internal_from("writing an export's file", e);
    let mut writer = Writer::start(row.format, &spool).map_err(io)?;
    writer.row(&columns.header()).map_err(io)?;
    let (mut after, mut rows, mut seq, mut size) = (None, 0i64, 0i32, 0usize);
    let actor = asker(row);
    loop {
        let (page, next) = match &ticked {
            Some(ids) => (
                bulk_actions::opened(state, tenant_id, role, &defs, ids).await?,
                None,
            ),
            None => {
                read::view_page(
                    state,
                    tenant_id,
                    role,
                    &defs,
                    Some(filter.clone()),
                    query.as_ref(),
                    after,
                    PAGE,
                )
                .await?
            }
        };
        for c in &page {
            writer.row(&columns.cells(c)).map_err(io)?;
        }
        if !page.is_empty() {
            rows += page.len() as i64;
            let ids: Vec<CustomerId> = page.iter().map(|c| c.row.id).collect();
            let detail = json!({ "customers": ids, "searched": query.is_some(), "export": id });
            let entry = Entry::new("customer.listed").detail(detail);
            let now = state.clock.now();
            state
                .reads
                .record(tenant_id, actor, origin, now, entry)
                .await?;
        }
        if next.is_none() {
            break;
        }
        let bytes = spool.take(CHUNK, false);
        size += bytes.len();
        seq = files::put(&state.db.writer, &SHELF, key, tenant_id, id, seq, &bytes).await?;
        after = next;
        renew_lease(state, row, rows).await?;
    }
    writer.finish().map_err(io)?;
    let bytes = spool.take(CHUNK, true);
    size += bytes.len();
    seq = files::put(&state.db.writer, &SHELF, key, tenant_id, id, seq, &bytes).await?;
    ready(state, row, rows, seq, size, origin).await
}

/// Holds the lease on export `row` a while longer, noting how many
/// records are written so far.
async fn renew_lease(state: &Services, row: &export::Model, rows: i64) -> Result<()> {
    let now = state.clock.now();
    export::Entity::update_many()
        .col_expr(export::Column::LeaseUntil, Expr::value(Some(now + LEASE)))
        .col_expr(export::Column::Rows, Expr::value(rows))
        .filter(export::Column::TenantId.eq(row.tenant_id))
        .filter(export::Column::Id.eq(row.id))
        .exec(&state.db.writer)
        .await?;
    Ok(())
}

/// Marks export `row` ready with what its file holds, audited with its
/// row count (never its search words) in the same transaction.
async fn ready(
    state: &Services,
    row: &export::Model,
    rows: i64,
    chunks: i32,
    size: usize,
    origin: &Origin,
) -> Result<export::Model> {
    let (tenant_id, id) = (row.tenant_id, row.id);
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let changed = export::Entity::update_many()
        .col_expr(export::Column::State, Expr::value(State::Ready.as_str()))
        .col_expr(export::Column::Rows, Expr::value(rows))
        .col_expr(export::Column::Chunks, Expr::value(chunks))
        .col_expr(
            export::Column::SizeBytes,
            Expr::value(i64::try_from(size).unwrap_or(i64::MAX)),
        )
        .col_expr(export::Column::Query, Expr::value(Option::<Vec<u8>>::None))
        .col_expr(
            export::Column::LeaseUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(export::Column::UpdatedAt, Expr::value(now))
        .col_expr(export::Column::FinishedAt, Expr::value(Some(now)))
        .filter(export::Column::TenantId.eq(tenant_id))
        .filter(export::Column::Id.eq(id))
        .filter(export::Column::State.eq(State::Running))
        .exec(&txn)
        .await?
        .rows_affected;
    if changed == 1 {
        // The list's parameters name states, purposes and options: no
        // personal data.
        let mut filters = serde_json::Map::new();
        for (name, value) in kept_pairs(&row.filter)
            .into_iter()
            .filter(|(_, v)| !v.is_empty())
        {
            filters.insert(name, json!(value));
        }
        filters.insert("searched".into(), json!(row.query.is_some()));
        if let Some(ids) = ticked_of(row)? {
            filters.insert("ticked".into(), json!(ids.len()));
        }
        let detail = json!({ "format": row.format, "rows": rows, "filters": filters });
        let entry = Entry::new("customers.exported")
            .target("export", id)
            .detail(detail);
        audit::append(&txn, tenant_id, asker(row), origin, now, entry).await?;
        txn.commit().await?;
    }
    find_row(&state.db.main, tenant_id, id).await
}

/// The ticked records export `row` writes, if it is of those.
fn ticked_of(row: &export::Model) -> Result<Option<Vec<CustomerId>>> {
    row.customer_ids
        .as_deref()
        .map(serde_json::from_str)
        .transpose()
        .map_err(|e| Error::internal_from("reading an export's ticked records", e))
}

async fn find_row<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    id: Uuid,
) -> Result<export::Model> {
    export::Entity::find_by_id((tenant_id, id))
        .one(conn)
        .await?
        .ok_or(Error::NotFound("export"))
}

/// Export `id`, if the caller asked for it: an export is its asker's alone
/// (anyone else is told it does not exist).
async fn own(state: &Services, scope: &Scope, id: Uuid) -> Result<export::Model> {
    scope.require(Role::Viewer)?;
    let row = find_row(&state.db.main, scope.tenant_id(), id).await?;
    let (kind, actor) = Actor::from(scope).parts();
    match row.actor_kind == kind && row.actor_id == actor {
        true => Ok(row),
        false => Err(Error::NotFound("export")),
    }
}

/// Export `id` as its asker sees it, with the download's token while the
/// file waits for it.
pub async fn get(state: &Services, scope: &Scope, id: Uuid) -> Result<Shown> {
    let row = own(state, scope, id).await?;
    let token = match row.state {
        State::Ready => state
            .keys
            .file_key(&SHELF.keys, row.tenant_id, row.id)
            .await
            .map_err(|e| Error::internal_from("reading an export's key", e))?
            .map(|k| token_of(&k)),
        _ => None,
    };
    Ok(Shown { row, token })
}

/// The file of export `id`, once, for its asker with its token: the
/// download is audited, then the file forgotten. A second download is a
/// 410; one before the file is written a 409.
pub async fn download(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    id: Uuid,
    token: &str,
) -> Result<(export::Model, zeroize::Zeroizing<Vec<u8>>)> {
    let row = own(state, scope, id).await?;
    let matches: bool = hash(token).as_slice().ct_eq(&row.token_hash).into();
    if !matches {
        return Err(Error::Forbidden(
            "this download link is not the export's; use the link its page or answer gave".into(),
        ));
    }
    match row.state {
        State::Ready => {}
        State::Running => {
            return Err(Error::Conflict(
                "the file is still being written; try again when the export is ready".into(),
            ));
        }
        State::Downloaded | State::Expired | State::Failed => {
            return Err(Error::Gone(format!(
                "the export is {}: its file was downloaded once, or not in time, and is gone; \
                 export the view again",
                row.state
            )));
        }
    }
    let (tenant_id, rows) = (row.tenant_id, row.rows);
    let key = state
        .keys
        .file_key(&SHELF.keys, tenant_id, id)
        .await
        .map_err(|e| Error::internal_from("reading an export's key", e))?
        .ok_or_else(|| Error::Gone("the export's file is gone".into()))?;
    let bytes = files::whole(state, &SHELF, &key, tenant_id, id, row.chunks).await?;
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let claimed = end(&txn, &row, State::Downloaded, now).await?;
    if !claimed {
        return Err(Error::Gone(
            "the export's file was downloaded once already and is gone".into(),
        ));
    }
    let entry = Entry::new("export.downloaded")
        .target("export", id)
        .detail(json!({ "format": row.format, "rows": rows }));
    audit::append(&txn, tenant_id, scope.into(), meta, now, entry).await?;
    txn.commit().await?;
    forget(state, &row).await?;
    let row = find_row(&state.db.main, tenant_id, id).await?;
    Ok((row, bytes))
}

/// Ends a ready export as `to`, once (so two downloads cannot both have
/// it); whether this call did.
async fn end<C: ConnectionTrait>(
    conn: &C,
    row: &export::Model,
    to: State,
    now: DateTime<Utc>,
) -> Result<bool> {
    let changed = export::Entity::update_many()
        .col_expr(export::Column::State, Expr::value(to.as_str()))
        .col_expr(export::Column::UpdatedAt, Expr::value(now))
        .filter(export::Column::TenantId.eq(row.tenant_id))
        .filter(export::Column::Id.eq(row.id))
        .filter(export::Column::State.eq(State::Ready))
        .exec(conn)
        .await?
        .rows_affected;
    Ok(changed == 1)
}

/// Forgets an ended export's file: its key (no copy can be read from then
/// on), then its chunks; the logs are owed a fold.
async fn forget(state: &Services, row: &export::Model) -> Result<()> {
    files::forget(state, &SHELF, row.tenant_id, row.id).await?;
    state.db.owe_fold();
    export::Entity::update_many()
        .col_expr(export::Column::Chunks, Expr::value(0))
        .filter(export::Column::TenantId.eq(row.tenant_id))
        .filter(export::Column::Id.eq(row.id))
        .exec(&state.db.writer)
        .await?;
    Ok(())
}

/// The job: writes the files whose writer stopped (its lease ran out),
/// deletes those not downloaded in time (`expired`), and forgets any file
/// of an ended export that a stop left behind.
pub async fn run_due(state: &Services) -> Result<ExportsSummary> {
    let mut summary = ExportsSummary::default();
    let now = state.clock.now();
    let stalled = export::Entity::find()
        .filter(export::Column::State.eq(State::Running))
        .filter(export::Column::LeaseUntil.lt(now))
        .all(&state.db.main)
        .await?;
    for row in stalled {
        // Taken by whoever moves the lease first: the others leave it.
        let claimed = export::Entity::update_many()
            .col_expr(export::Column::LeaseUntil, Expr::value(Some(now + LEASE)))
            .filter(export::Column::TenantId.eq(row.tenant_id))
            .filter(export::Column::Id.eq(row.id))
            .filter(export::Column::State.eq(State::Running))
            .filter(export::Column::LeaseUntil.lt(now))
            .exec(&state.db.writer)
            .await?
            .rows_affected;
        if claimed == 0 {
            continue;
        }
        let key = state
            .keys
            .file_key(&SHELF.keys, row.tenant_id, row.id)
            .await
            .map_err(|e| Error::internal_from("reading an export's key", e))?;
        match key {
            Some(key) => {
                write(state, row, key, Origin::system()).await?;
                summary.taken_over += 1;
            }
            // Its key is gone: nothing can be written.
            None => failed(state, &row).await?,
        }
    }
    let due = export::Entity::find()
        .filter(export::Column::State.eq(State::Ready))
        .filter(export::Column::ExpiresAt.lte(now))
        .all(&state.db.main)
        .await?;
    for row in due {
        if end(&state.db.writer, &row, State::Expired, now).await? {
            forget(state, &row).await?;
            summary.expired += 1;
        }
    }
    let left = export::Entity::find()
        .filter(export::Column::State.is_in([State::Downloaded, State::Expired, State::Failed]))
        .filter(export::Column::Chunks.gt(0))
        .all(&state.db.main)
        .await?;
    for row in left {
        forget(state, &row).await?;
    }
    Ok(summary)
}

/// Marks a running export failed, its search forgotten.
async fn failed(state: &Services, row: &export::Model) -> Result<()> {
    export::Entity::update_many()
        .col_expr(export::Column::State, Expr::value(State::Failed.as_str()))
        .col_expr(
            export::Column::Failure,
            Expr::value(Some("the file could not be written".to_owned())),
        )
        .col_expr(export::Column::Query, Expr::value(Option::<Vec<u8>>::None))
        .col_expr(export::Column::Chunks, Expr::value(0))
        .col_expr(export::Column::UpdatedAt, Expr::value(state.clock.now()))
        .filter(export::Column::TenantId.eq(row.tenant_id))
        .filter(export::Column::Id.eq(row.id))
        .filter(export::Column::State.eq(State::Running))
        .exec(&state.db.writer)
        .await?;
    Ok(())
}
