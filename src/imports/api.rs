//! `/api/v1/imports`: moving customers in from a CSV or XLSX file. The file
//! is the request body (`text/csv`, or any other type for XLSX); Steward
//! reads its layout and header row and suggests where each column goes.

use chrono::{DateTime, Utc};
use poem::web::Data;
use poem_openapi::{
    ApiResponse, Object, OpenApi,
    param::{Path, Query},
    payload::{Binary, Json},
};
use uuid::Uuid;

use super::{
    read::Overrides,
    service::{self, Shown, Upload},
};
use crate::audit::Origin;
use crate::{
    auth::extract::Auth,
    error::Error,
    http::{ApiTags, problem::ApiResult},
    state::AppState,
};

/// An import: how its file is read, where each column goes, and how far
/// it got.
#[derive(Object)]
#[oai(rename = "Import")]
struct ImportView {
    id: Uuid,
    /// `uploaded` (waiting for its mapping and a run), `queued`, `running`,
    /// `done`, `cancelled`, `failed` or `expired`. Once it is anything past
    /// `running`, the file is gone.
    state: String,
    /// `csv` or `xlsx`.
    format: String,
    /// The text encoding the file is read in (CSV), e.g. `windows-1252`.
    encoding: String,
    /// The cell delimiter (CSV): `,`, `;` or a tab.
    delimiter: String,
    /// The header row, as read.
    headers: Vec<String>,
    /// Where each column goes, in the order of `headers`: `ignore`, `name`,
    /// `first_name`, `last_name`, `email`, `phone`, `company`, `address`,
    /// `language`, `note`, `field:<key>`, `consent:<purpose>` or
    /// `evidence:<purpose>`.
    mapping: Vec<String>,
    /// Whether `mapping` is Steward's suggestion (none chosen yet).
    suggested: bool,
    /// The file's size in bytes.
    bytes: i64,
    created_at: DateTime<Utc>,
    /// The file is deleted then at the latest, run or not.
    expires_at: DateTime<Utc>,
}

impl From<Shown> for ImportView {
    fn from(s: Shown) -> Self {
        Self {
            id: s.row.id,
            state: s.row.state.as_str().to_owned(),
            format: s.row.format,
            encoding: s.row.encoding,
            delimiter: s.row.delimiter,
            headers: s.headers,
            mapping: s.mapping.iter().map(ToString::to_string).collect(),
            suggested: s.suggested,
            bytes: s.row.size_bytes,
            created_at: s.row.created_at,
            expires_at: s.row.expires_at,
        }
    }
}

/// Where each column goes.
#[derive(Object)]
#[oai(rename = "ImportMapping", deny_unknown_fields)]
struct MappingChange {
    /// One target per column, in the order of the import's `headers`.
    #[oai(validator(max_items = 500))]
    mapping: Vec<String>,
    /// The lawful basis recorded with the file's consent decisions.
    #[oai(validator(max_length = 40))]
    basis: Option<String>,
}

/// A refused row: its line in the file and why.
#[derive(Object)]
#[oai(rename = "ImportRefusal")]
struct RefusalView {
    line: u64,
    /// In words naming the fields, never the values.
    reason: String,
}

/// What a run of an import would do.
#[derive(Object)]
#[oai(rename = "ImportPreview")]
struct PreviewView {
    import: ImportView,
    /// Data rows in the file (blank lines not counted).
    rows: u64,
    created: u64,
    /// Rows whose email or phone is a record's already: that record is updated.
    updated: u64,
    /// Rows whose email or phone an earlier row of the file has: skipped.
    duplicates: u64,
    /// Rows whose address is on the suppression list (people who asked to
    /// be erased): skipped.
    suppressed: u64,
    refused: u64,
    /// The first 100 refused rows.
    refusals: Vec<RefusalView>,
}

#[derive(ApiResponse)]
enum Created {
    /// The file is read and kept, sealed, for at most 24 hours.
    #[oai(status = 201)]
    Created(Json<ImportView>),
}

pub struct ImportsApi;

#[OpenApi(prefix_path = "/imports", tag = "ApiTags::Imports")]
impl ImportsApi {
    /// Upload a file of customers
    ///
    /// Staff and up. The CSV or XLSX file itself is the body, at most
    /// `server.upload_limit` (50 MiB) — beyond it a 413.
    /// The encoding (UTF-8 with or without BOM, UTF-16, Windows-1252 and
    /// others) and the delimiter (`,` `;` tab) are found from the file;
    /// `encoding` (a label such as `windows-1252`) and `delimiter` (`,`,
    /// `;` or `tab`) override what was found. `file_name` tells CSV from
    /// XLSX where the bytes do not, and is kept only as a hash. A file that
    /// cannot be read is a 422 naming `file`.
    #[oai(path = "/", method = "post", operation_id = "create_import")]
    #[allow(clippy::too_many_arguments)]
    async fn create(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        body: Binary<Vec<u8>>,
        /// The file's name, e.g. `customers.csv`.
        #[oai(validator(max_length = 255))]
        file_name: Query<Option<String>>,
        /// The text encoding to read a CSV file in, overriding what was found.
        #[oai(validator(max_length = 40))]
        encoding: Query<Option<String>>,
        /// The delimiter of a CSV file: `,`, `;` or `tab`.
        #[oai(validator(max_length = 5))]
        delimiter: Query<Option<String>>,
    ) -> ApiResult<Created> {
        let delimiter = match delimiter.0.as_deref() {
            None | Some("") => None,
            Some(",") => Some(b','),
            Some(";") => Some(b';'),
            Some("tab") | Some("\t") => Some(b'\t'),
            Some(_) => {
                return Err(Error::invalid("delimiter", "must be \",\", \";\" or \"tab\"").into());
            }
        };
        let upload = Upload {
            file_name: file_name.0.as_deref(),
            bytes: &body.0,
            overrides: Overrides {
                encoding: encoding.0.filter(|e| !e.is_empty()),
                delimiter,
            },
        };
        let shown = service::upload(&state, auth.scope(), &meta, upload).await?;
        Ok(Created::Created(Json(shown.into())))
    }

    /// Choose where each column goes
    ///
    /// Staff and up, before the run. `mapping` has one target per column of
    /// `headers` (see `Import.mapping`); `basis` is the lawful basis of the
    /// consent decisions the file brings (`consent` unless said). A wrong
    /// target is a 422 naming its column (`columns[3]`).
    #[oai(path = "/:id", method = "patch", operation_id = "update_import")]
    async fn update(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
        body: Json<MappingChange>,
    ) -> ApiResult<Json<ImportView>> {
        let MappingChange { mapping, basis } = body.0;
        let mapping = service::MappingWords {
            columns: mapping,
            basis,
        };
        let shown = service::set_mapping(&state, auth.scope(), &meta, id.0, mapping).await?;
        Ok(Json(shown.into()))
    }

    /// What a run would do
    ///
    /// Staff and up, before the run: every row read and checked with the
    /// chosen mapping (else the suggested one), nothing written. Counts the
    /// rows that would be created, update the record with the same email or
    /// phone, repeat an earlier row of the file, are on the suppression list
    /// (skipped), or are refused — the first 100 refused with their line and
    /// the reason in words.
    #[oai(path = "/:id/preview", method = "get", operation_id = "preview_import")]
    async fn preview(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<PreviewView>> {
        let (shown, preview) = service::preview(&state, auth.scope(), id.0).await?;
        Ok(Json(PreviewView {
            import: shown.into(),
            rows: preview.counts.rows,
            created: preview.counts.created,
            updated: preview.counts.updated,
            duplicates: preview.counts.duplicates,
            suppressed: preview.counts.suppressed,
            refused: preview.counts.refused,
            refusals: preview
                .refused
                .into_iter()
                .map(|r| RefusalView {
                    line: r.line,
                    reason: r.reason,
                })
                .collect(),
        }))
    }

    /// Cancel an import
    ///
    /// Staff and up, before its run: the file is forgotten at once (its key
    /// destroyed, so no copy can be read). An import already ended is a 409.
    #[oai(path = "/:id/cancel", method = "post", operation_id = "cancel_import")]
    async fn cancel(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<ImportView>> {
        Ok(Json(
            service::cancel(&state, auth.scope(), &meta, id.0)
                .await?
                .into(),
        ))
    }

    /// An import
    ///
    /// Staff and up: its state, how its file is read, its columns and
    /// where each goes.
    #[oai(path = "/:id", method = "get", operation_id = "get_import")]
    async fn get(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<ImportView>> {
        Ok(Json(service::get(&state, auth.scope(), id.0).await?.into()))
    }
}
