//! `/api/v1/exports`: a customer list view written out as CSV or XLSX,
//! and its one download.

use chrono::{DateTime, Utc};
use entity::export::{Format, Model};
use poem::web::Data;
use poem_openapi::{
    ApiResponse, Object, OpenApi,
    param::{Path, Query},
    payload::{Binary, Json},
};
use uuid::Uuid;

use super::{
    file::content_type,
    service::{self, Ask, Shown},
};
use crate::audit::Origin;
use crate::{
    auth::extract::Auth,
    error::Error,
    http::{ApiTags, problem::ApiResult},
    state::AppState,
};

/// What to export: the list's filter and search, as the list takes them.
#[derive(Object)]
#[oai(rename = "NewExport", deny_unknown_fields)]
struct NewExport {
    /// `csv` or `xlsx`.
    #[oai(validator(max_length = 10))]
    format: String,
    /// The list's filter: `active`, `complete`, `expiring`, `expired` or
    /// `anonymized`; absent or empty for every record.
    #[oai(validator(max_length = 20))]
    state: Option<String>,
    /// The list's other filters as its query string takes them (see
    /// `GET /customers`): `within=7&restricted=1&hold=1&request=open&
    /// consent=<purpose>&field.<key>=<value>`. A bad one is a 422 naming it.
    #[oai(validator(max_length = 2000))]
    view: Option<String>,
    /// The list's search: an exact email address, an exact phone number
    /// (with country code), or the starts of name words.
    #[oai(validator(max_length = 200))]
    q: Option<String>,
    /// Instead of a view, these records (ticked on the list): 1 to 200
    /// customer IDs, each once, with no `state` or `q`. One gone since is
    /// left out.
    ids: Option<Vec<Uuid>>,
}

/// An export and, while its file waits, the link that downloads it once.
#[derive(Object)]
#[oai(rename = "Export")]
struct ExportView {
    id: Uuid,
    /// `running` (the file is being written), `ready` (it waits for its
    /// one download), `downloaded`, `expired` (not downloaded in time) or
    /// `failed`. Past `ready` the file is gone.
    state: String,
    /// `csv` or `xlsx`.
    format: String,
    /// Records written (so far, while `running`).
    rows: i64,
    /// Downloads the file once, for the one who asked for it (signed in
    /// or with the same token); present until it is used or expires.
    #[oai(skip_serializing_if_is_none)]
    download_url: Option<String>,
    created_at: DateTime<Utc>,
    /// The file is deleted then if it was not downloaded.
    expires_at: DateTime<Utc>,
}

impl From<Shown> for ExportView {
    fn from(s: Shown) -> Self {
        let r = s.row;
        Self {
            download_url: s.token.map(|t| download_url(&r, &t)),
            id: r.id,
            state: r.state.as_str().to_owned(),
            format: r.format.as_str().to_owned(),
            rows: r.rows,
            created_at: r.created_at,
            expires_at: r.expires_at,
        }
    }
}

fn download_url(row: &Model, token: &str) -> String {
    format!("/api/v1/exports/{}/download?token={token}", row.id)
}

/// The format a word names; anything else is a 422 naming `format`.
pub fn format_of(word: &str) -> Result<Format, Error> {
    Format::parse(word).ok_or_else(|| Error::invalid("format", "must be csv or xlsx"))
}

/// The name a downloaded file is given: the list and the day it was asked for.
pub fn file_name(row: &Model) -> String {
    format!(
        "customers-{}.{}",
        row.created_at.format("%Y-%m-%d"),
        row.format.as_str()
    )
}

#[derive(ApiResponse)]
enum Created {
    /// The export: `ready` with its `download_url` when the view was small
    /// enough to write at once, else `running`.
    #[oai(status = 201)]
    Created(Json<ExportView>),
}

#[derive(ApiResponse)]
enum Download {
    /// The file: CSV (UTF-8 with a byte-order mark) or XLSX.
    #[oai(status = 200)]
    File(
        Binary<Vec<u8>>,
        #[oai(header = "Content-Type")] String,
        #[oai(header = "Content-Disposition")] String,
        #[oai(header = "Cache-Control")] String,
    ),
}

pub struct ExportsApi;

#[OpenApi(prefix_path = "/exports", tag = "ApiTags::Exports")]
impl ExportsApi {
    /// Export a customer list view
    ///
    /// Staff and up (staff only while the tenant's `staff_may_export` is
    /// on). Every record the view selects — the list's `state` and other
    /// filters (`view`) and `q` search, without its page limit — with the columns your role may
    /// see: `id`, `name`, `email`, `phone`, `company`, `address`,
    /// `language`, `state`, `completed_at`, `expires_at`, `restricted`,
    /// `legal_hold`, `created_at`, `updated_at`, each custom field you may
    /// see (by key) and `<purpose> consent` (yes, no, or blank) per consent
    /// purpose. The headers are ones the import recognises, so the file
    /// imports back. Up to `exports.inline_rows` records (5,000) are written
    /// before the answer (`ready`); larger views are `running` until
    /// written. Audited as `customers.exported` with the row count and the
    /// filter (never the search words); the records read as a list's are.
    /// A bad `format`, `state` or `q` is a 422 naming it.
    #[oai(path = "/", method = "post", operation_id = "create_export")]
    async fn create(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        body: Json<NewExport>,
    ) -> ApiResult<Created> {
        let b = body.0;
        let ask = Ask {
            format: format_of(&b.format)?,
            state: b.state,
            view: b.view,
            q: b.q,
            ids: b
                .ids
                .unwrap_or_default()
                .into_iter()
                .map(Into::into)
                .collect(),
        };
        let shown = service::create(&state, auth.scope(), &meta, ask).await?;
        Ok(Created::Created(Json(shown.into())))
    }

    /// An export's progress
    ///
    /// Yours only (anyone else's is a 404); with its `download_url` while
    /// the file waits for its download.
    #[oai(path = "/:id", method = "get", operation_id = "get_export")]
    async fn get(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<ExportView>> {
        Ok(Json(service::get(&state, auth.scope(), id.0).await?.into()))
    }

    /// Download an export's file, once
    ///
    /// By the one who asked for it, with the `token` of its `download_url`.
    /// The file is deleted as it is served: a second download is a 410, one
    /// before it is written a 409. Audited as `export.downloaded`.
    #[oai(
        path = "/:id/download",
        method = "get",
        operation_id = "download_export"
    )]
    async fn download(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
        #[oai(validator(max_length = 100))] token: Query<String>,
    ) -> ApiResult<Download> {
        let (row, mut bytes) =
            service::download(&state, auth.scope(), &meta, id.0, &token.0).await?;
        Ok(Download::File(
            // Handed over, not copied: the one copy goes out as the body.
            Binary(std::mem::take(&mut *bytes)),
            content_type(row.format).to_owned(),
            format!("attachment; filename=\"{}\"", file_name(&row)),
            "no-store".to_owned(),
        ))
    }
}
