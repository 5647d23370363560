//! `/api/v1/imports`: moving customers in from a CSV or XLSX file. The file
//! is the request body (`text/csv`, an XLSX type or bytes), or the `file`
//! part of a multipart form with an optional saved `mapping`. Steward reads
//! its layout and header row, maps its columns (as saved, else as it
//! suggests) and previews it at once.

use chrono::{DateTime, Utc};
use poem::web::Data;
use poem_openapi::{
    ApiRequest, ApiResponse, Multipart, Object, OpenApi,
    param::{Path, Query},
    payload::{Binary, Json},
    types::multipart::Upload as FilePart,
};
use uuid::Uuid;

use super::{
    check::{Counts, Preview},
    read::Overrides,
    run,
    service::{self, MappingWords, Shown, Upload},
};
use crate::audit::Origin;
use crate::{
    auth::extract::Auth,
    error::Error,
    http::{ApiTags, problem::ApiResult},
    state::AppState,
};

/// What a run does, or would do, with the rows of a file.
#[derive(Object)]
#[oai(rename = "ImportCounts")]
struct CountsView {
    /// New records.
    create: u64,
    /// Rows whose email or phone is a record's already: that record is updated.
    update: u64,
    /// Rows repeating an earlier row's email or phone, or updating a record an
    /// earlier row updates: skipped.
    duplicate: u64,
    /// Rows whose address is on the suppression list (people who asked to be
    /// erased): skipped.
    suppressed: u64,
    /// Rows refused, each with its line and the reason.
    refused: u64,
    /// Of `create`: new records with the same name and company as a record
    /// the tenant has (created, and pointed out in `likely_duplicates`).
    likely_duplicates: u64,
}

impl From<&Counts> for CountsView {
    fn from(c: &Counts) -> Self {
        Self {
            create: c.create,
            update: c.update,
            duplicate: c.duplicate,
            suppressed: c.suppressed,
            refused: c.refused,
            likely_duplicates: c.likely,
        }
    }
}

/// A refused row: its line in the file and why.
/// A new row that looks like records the tenant has (same name and
/// company): its line and those records, to compare or merge after.
#[derive(Object)]
#[oai(rename = "ImportLikelyDuplicate")]
struct AlikeView {
    line: u64,
    customer_ids: Vec<Uuid>,
}

#[derive(Object)]
#[oai(rename = "ImportRefusal")]
struct RefusalView {
    line: u64,
    /// In words naming the fields, never the values.
    reason: String,
}

/// An import: how its file is read, where each column goes, and what its
/// preview or run counted.
#[derive(Object)]
#[oai(rename = "Import")]
struct ImportView {
    id: Uuid,
    /// `previewed` (waiting for its run), `running`, `done`, `cancelled`
    /// (by a person, or not run within 24 hours) or `failed`. Past
    /// `running` the file is gone.
    state: String,
    /// Where each column goes, in the order of `headers`: `ignore`, `name`,
    /// `first_name`, `last_name`, `email`, `phone`, `company`, `address`,
    /// `language`, `note`, `field:<key>`, `consent:<purpose>` or
    /// `evidence:<purpose>`.
    mapping: Vec<String>,
    /// Whether `mapping` is Steward's suggestion (none saved).
    suggested: bool,
    counts: CountsView,
    /// Rows done by the run so far.
    done: u64,
    /// Data rows in the file.
    total: u64,
    /// `csv` or `xlsx`.
    format: String,
    /// The text encoding the file is read in (CSV), e.g. `windows-1252`.
    encoding: String,
    /// The cell delimiter (CSV): `,`, `;` or a tab.
    delimiter: String,
    /// The header row, while the file is kept.
    headers: Vec<String>,
    /// The file's size in bytes.
    bytes: i64,
    /// Why it was cancelled by Steward or failed, in words.
    #[oai(skip_serializing_if_is_none)]
    failure: Option<String>,
    created_at: DateTime<Utc>,
    /// The file is forgotten then at the latest, run or not.
    expires_at: DateTime<Utc>,
    /// The first 100 refused rows of the preview just made.
    #[oai(skip_serializing_if_is_none)]
    refusals: Option<Vec<RefusalView>>,
    /// With a preview: the first 100 new rows that look like a record the
    /// tenant has.
    #[oai(skip_serializing_if_is_none)]
    likely_duplicates: Option<Vec<AlikeView>>,
}

impl ImportView {
    fn of(s: Shown, preview: Option<Preview>) -> Self {
        let (done, total) = s.progress();
        Self {
            id: s.row.id,
            state: s.row.state.as_str().to_owned(),
            mapping: s.mapping.iter().map(ToString::to_string).collect(),
            suggested: s.suggested,
            counts: (&s.counts).into(),
            done,
            total,
            format: s.row.format,
            encoding: s.row.encoding,
            delimiter: s.row.delimiter,
            headers: s.headers,
            bytes: s.row.size_bytes,
            failure: s.row.failure,
            created_at: s.row.created_at,
            expires_at: s.row.expires_at,
            likely_duplicates: preview.as_ref().map(|p| {
                p.alike
                    .iter()
                    .map(|a| AlikeView {
                        line: a.line,
                        customer_ids: a.customers.iter().map(|c| c.uuid()).collect(),
                    })
                    .collect()
            }),
            refusals: preview.map(|p| {
                p.refused
                    .into_iter()
                    .map(|r| RefusalView {
                        line: r.line,
                        reason: r.reason,
                    })
                    .collect()
            }),
        }
    }
}

/// A file with, optionally, the mapping saved from an earlier import.
#[derive(Multipart)]
struct UploadForm {
    /// The CSV or XLSX file; its name tells CSV from XLSX where the bytes
    /// do not, and is kept only as a keyed digest.
    file: FilePart,
    /// A saved mapping: a JSON array of targets, one per column.
    mapping: Option<String>,
    /// The lawful basis of the file's consent columns (`consent` unless said).
    basis: Option<String>,
    /// The text encoding, overriding what was found.
    encoding: Option<String>,
    /// `,`, `;` or `tab`, overriding what was found.
    delimiter: Option<String>,
}

/// The file, as the request's body or as a form's part. A form is known
/// by its type whatever its boundary; any other body is the file itself
/// (its bytes say what it is).
#[derive(ApiRequest)]
// The form holds its fields; the bodies are a pointer each. Boxing is not
// a payload the derive knows, and one request is one value.
#[allow(clippy::large_enum_variant)]
enum UploadBody {
    Form(UploadForm),
    #[oai(content_type = "text/csv")]
    Csv(Binary<Vec<u8>>),
    #[oai(content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    Xlsx(Binary<Vec<u8>>),
    Bytes(Binary<Vec<u8>>),
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

#[derive(ApiResponse)]
enum RefusedFile {
    /// The refused rows: `line`, `reason`, then the row's cells as read.
    #[oai(status = 200, content_type = "text/csv; charset=utf-8")]
    Ok(
        Binary<Vec<u8>>,
        #[oai(header = "Content-Disposition")] String,
        #[oai(header = "Cache-Control")] String,
    ),
}

#[derive(ApiResponse)]
enum Created {
    /// The file is read, mapped and previewed, and kept sealed for at most
    /// 24 hours.
    #[oai(status = 201)]
    Created(Json<ImportView>),
}

fn delimiter_of(word: Option<&str>) -> Result<Option<u8>, Error> {
    match word {
        None | Some("") => Ok(None),
        Some(",") => Ok(Some(b',')),
        Some(";") => Ok(Some(b';')),
        Some("tab") | Some("\t") => Ok(Some(b'\t')),
        Some(_) => Err(Error::invalid(
            "delimiter",
            "must be \",\", \";\" or \"tab\"",
        )),
    }
}

pub struct ImportsApi;

#[OpenApi(prefix_path = "/imports", tag = "ApiTags::Imports")]
impl ImportsApi {
    /// Upload a file of customers
    ///
    /// Staff and up. The CSV or XLSX file is the body (`text/csv`, the XLSX
    /// type or `application/octet-stream`), or the `file` part of a
    /// multipart form, which may also carry a saved `mapping` (a JSON array
    /// of targets) and `basis`. At most `server.upload_limit` (50 MiB) —
    /// beyond it a 413. The encoding (UTF-8 with or without BOM, UTF-16,
    /// Windows-1252 and others) and the delimiter (`,` `;` tab) are found
    /// from the file; `encoding` and `delimiter` override them. The import
    /// is answered `previewed`, with the counts of what a run would do and
    /// the first refused rows. A file that cannot be read is a 422 naming
    /// `file`; a saved mapping that does not fit it names `mapping[i]`;
    /// nothing is kept then.
    #[oai(path = "/", method = "post", operation_id = "create_import")]
    async fn create(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        body: UploadBody,
        /// The text encoding to read a CSV file in (a label such as
        /// `windows-1252`), overriding what was found.
        #[oai(validator(max_length = 40))]
        encoding: Query<Option<String>>,
        /// The delimiter of a CSV file: `,`, `;` or `tab`.
        #[oai(validator(max_length = 5))]
        delimiter: Query<Option<String>>,
    ) -> ApiResult<Created> {
        let (bytes, name, words, encoding, delimiter) = match body {
            UploadBody::Form(form) => {
                let name = form.file.file_name().map(str::to_owned);
                let bytes =
                    form.file.into_vec().await.map_err(|e| {
                        Error::BadRequest(format!("the file could not be read: {e}"))
                    })?;
                // A basis is checked even without a mapping to go with it.
                if let Some(word) = form.basis.as_deref().filter(|w| !w.is_empty())
                    && entity::consent::Basis::parse(word).is_none()
                {
                    return Err(
                        Error::invalid("basis", "is not a lawful basis Steward knows").into(),
                    );
                }
                let words = match form.mapping.as_deref() {
                    None | Some("") => None,
                    Some(json) => Some(MappingWords {
                        columns: serde_json::from_str(json).map_err(|_| {
                            Error::invalid("mapping", "must be a JSON array of targets")
                        })?,
                        basis: form.basis,
                    }),
                };
                (bytes, name, words, form.encoding, form.delimiter)
            }
            UploadBody::Csv(b) => (
                b.0,
                Some("upload.csv".to_owned()),
                None,
                encoding.0,
                delimiter.0,
            ),
            UploadBody::Xlsx(b) => (
                b.0,
                Some("upload.xlsx".to_owned()),
                None,
                encoding.0,
                delimiter.0,
            ),
            UploadBody::Bytes(b) => (b.0, None, None, encoding.0, delimiter.0),
        };
        let upload = Upload {
            file_name: name.as_deref(),
            bytes: &bytes,
            overrides: Overrides {
                encoding: encoding.filter(|e| !e.is_empty()),
                delimiter: delimiter_of(delimiter.as_deref())?,
            },
            mapping: words,
        };
        let (shown, preview) = service::upload(&state, auth.scope(), &meta, upload).await?;
        Ok(Created::Created(Json(ImportView::of(shown, Some(preview)))))
    }

    /// Choose where each column goes
    ///
    /// Staff and up, before the run; previews again. `mapping` has one
    /// target per column of `headers` (see `Import.mapping`); `basis` is the
    /// lawful basis of the consent decisions the file brings (`consent`
    /// unless said). A wrong target is a 422 naming its place
    /// (`mapping[3]`).
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
        let words = MappingWords {
            columns: mapping,
            basis,
        };
        let (shown, preview) =
            service::set_mapping(&state, auth.scope(), &meta, id.0, words).await?;
        Ok(Json(ImportView::of(shown, Some(preview))))
    }

    /// Preview again
    ///
    /// Staff and up, before the run: every row read and checked with the
    /// saved mapping (else the suggested one), nothing written; with the
    /// first 100 refused rows.
    #[oai(path = "/:id/preview", method = "get", operation_id = "preview_import")]
    async fn preview(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<ImportView>> {
        let (shown, preview) = service::preview(&state, auth.scope(), id.0).await?;
        Ok(Json(ImportView::of(shown, Some(preview))))
    }

    /// Cancel an import
    ///
    /// Staff and up, before its run: the file is forgotten at once (its key
    /// destroyed, so no copy can be read). An import already ended is a 409.
    /// Runs an import
    ///
    /// Staff. From `previewed` to `running`: the rows are written in the
    /// background, a batch at a time, as the preview counted them (new
    /// records, updates of the records with the same email or phone;
    /// duplicates and suppressed addresses skipped; refused rows kept for
    /// `refused.csv`). Follow it with `GET /imports/{id}` (`done` of
    /// `total`) until `done`. A crash loses nothing: any instance takes the
    /// run over at the row it reached. 409 unless it is `previewed`.
    #[oai(path = "/:id/run", method = "post", operation_id = "run_import")]
    async fn run(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<ImportView>> {
        let shown = run::start(&state, auth.scope(), &meta, id.0).await?;
        Ok(Json(ImportView::of(shown, None)))
    }

    /// The rows a run refused, as CSV
    ///
    /// Staff. One line per refused row: its `line` in the file, the
    /// `reason` in words, then its cells as read (under the file's own
    /// header row), to correct and import again. Kept until 24 hours after
    /// the upload (410 after). Reading it is audited.
    #[oai(
        path = "/:id/refused.csv",
        method = "get",
        operation_id = "import_refused_rows"
    )]
    async fn refused(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<RefusedFile> {
        let bytes = run::refused_csv(&state, auth.scope(), &meta, id.0).await?;
        Ok(RefusedFile::Ok(
            Binary(bytes),
            format!("attachment; filename=\"import-{}-refused.csv\"", id.0),
            "no-store".into(),
        ))
    }

    #[oai(path = "/:id/cancel", method = "post", operation_id = "cancel_import")]
    async fn cancel(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<ImportView>> {
        let shown = service::cancel(&state, auth.scope(), &meta, id.0).await?;
        Ok(Json(ImportView::of(shown, None)))
    }

    /// An import
    ///
    /// Staff and up: its state, progress (`done` of `total` rows), counts,
    /// how its file is read and where each column goes.
    #[oai(path = "/:id", method = "get", operation_id = "get_import")]
    async fn get(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<ImportView>> {
        Ok(Json(ImportView::of(
            service::get(&state, auth.scope(), id.0).await?,
            None,
        )))
    }
}
