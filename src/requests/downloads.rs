//! The download of a fulfilled copy: which files a link offers, each
//! made when asked for and handed out once.

use entity::{data_request, tenant};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;

use crate::{
    audit::Origin,
    audit::{self, Actor, Entry},
    context::Services,
    db::begin_write,
    error::{Error, Result},
};

use super::service::*;

/// A download link that no longer works.
fn link_gone() -> Error {
    DOWNLOAD_GONE.error()
}

/// A file of a copy that was downloaded already (each downloads once).
fn already_downloaded() -> Error {
    FILE_DONE.error()
}

/// The files a download link offers per matched record: for a copy, a PDF
/// and the full JSON; for portability, the data the person provided as
/// JSON and CSV, and the JSON's schema.
pub fn files(row: &data_request::Model) -> Vec<String> {
    let names: &[&str] = match row.kind {
        Kind::Portability => &["data.json", "data.csv", "schema.json"],
        _ => &["copy.pdf", "export.json"],
    };
    (1..=matched_ids(row).len())
        .flat_map(|n| names.iter().map(move |name| format!("{n}/{name}")))
        .collect()
}

/// The fulfilled copy request a download token belongs to, while it works.
pub async fn by_download_token(
    state: &Services,
    slug: &str,
    token: &str,
) -> Result<(tenant::Model, data_request::Model)> {
    let tenant = portal_tenant(state, slug).await?;
    let row = data_request::Entity::find()
        .filter(data_request::Column::TenantId.eq(tenant.id))
        .filter(data_request::Column::DownloadTokenHash.eq(token_hash(token)))
        .one(&state.db.main)
        .await?
        .ok_or_else(link_gone)?;
    let downloaded = downloaded_of(&row);
    if row
        .download_expires_at
        .is_none_or(|t| t <= state.clock.now())
        || files(&row).iter().all(|f| downloaded.contains(f))
    {
        return Err(link_gone());
    }
    Ok((tenant, row))
}

pub fn downloaded_of(row: &data_request::Model) -> Vec<String> {
    row.downloaded
        .as_deref()
        .and_then(|s| serde_json::from_str(s).ok())
        .unwrap_or_default()
}

/// What file `file` of the download `token` holds: the copy of the record
/// it names, made now, with the request's ID on it. Nothing is claimed
/// yet: [`claim_download`] does that once the file is ready to send.
pub async fn prepare_download(
    state: &Services,
    slug: &str,
    token: &str,
    file: &str,
) -> Result<(data_request::Model, crate::copy::content::CustomerCopy)> {
    let (tenant, row) = by_download_token(state, slug, token).await?;
    if !files(&row).iter().any(|f| f == file) {
        return Err(Error::NotFound("file"));
    }
    if downloaded_of(&row).iter().any(|f| f == file) {
        return Err(already_downloaded());
    }
    let n: usize = file
        .split('/')
        .next()
        .and_then(|n| n.parse().ok())
        .ok_or(Error::NotFound("file"))?;
    let customer_id = matched_ids(&row)[n - 1];
    let language = crate::copy::content::Language {
        asked: None,
        otherwise: row.language.as_deref().and_then(crate::i18n::Lang::parse),
    };
    let mut copy =
        crate::copy::content::gather(state, tenant.id, customer_id, Some(row.id), language)
            .await
            .map_err(|e| match e {
                Error::NotFound(_) | Error::Gone(_) | Error::Merged { .. } => RECORD_GONE.error(),
                other => other,
            })?;
    copy.request_reference = row.reference.clone();
    Ok((row, copy))
}

/// Marks `file` of `request` downloaded, once: a second claim is 410.
/// Claims of other files at the same moment do not get in the way.
pub async fn claim_download(
    state: &Services,
    meta: &Origin,
    request: &data_request::Model,
    file: &str,
) -> Result<()> {
    let (tenant_id, id) = (request.tenant_id, request.id);
    for _ in 0..5 {
        let row = data_request::Entity::find_by_id((tenant_id, id))
            .one(&state.db.main)
            .await?
            .ok_or_else(link_gone)?;
        let mut downloaded = downloaded_of(&row);
        if downloaded.iter().any(|f| f == file) {
            return Err(already_downloaded());
        }
        downloaded.push(file.to_owned());
        let now = state.clock.now();
        let txn = begin_write(&state.db.writer).await?;
        // Changed only if no one changed the list since it was read.
        let res = data_request::Entity::update_many()
            .col_expr(
                data_request::Column::Downloaded,
                sea_orm::sea_query::Expr::value(json!(downloaded).to_string()),
            )
            .filter(data_request::Column::TenantId.eq(tenant_id))
            .filter(data_request::Column::Id.eq(id))
            .filter(data_request::Column::Downloaded.eq(row.downloaded.clone()))
            .exec(&txn)
            .await?;
        if res.rows_affected != 1 {
            continue;
        }
        audit::append(
            &txn,
            tenant_id,
            Actor::Anonymous,
            &public_meta(meta),
            now,
            Entry::new("request.downloaded")
                .target("request", id)
                .detail(json!({ "file": file })),
        )
        .await?;
        txn.commit().await?;
        return Ok(());
    }
    Err(Error::Conflict(
        "the download is busy; try again in a moment".into(),
    ))
}
