//! `GET /customers/{id}/export.json`: a customer's copy, machine-readable.

use poem::web::Data;
use poem_openapi::{
    ApiResponse, OpenApi,
    param::{Path, Query},
    payload::{Binary, Json},
};
use uuid::Uuid;

use super::content;
use crate::audit::Origin;
use crate::{
    auth::extract::Auth,
    http::{ApiTags, problem::ApiResult},
    state::AppState,
};

#[derive(ApiResponse)]
enum ExportResponse {
    /// The copy as JSON, shaped as `schemas/customer-export.v1.json` says:
    /// `schema_version`, `generated_at`, `controller`, `record`, `personal`,
    /// `fields`, `notes`, `consent` (per purpose, with history) and
    /// `information` (the Art. 15 sections).
    #[oai(status = 200)]
    Ok(
        Json<serde_json::Value>,
        #[oai(header = "Content-Disposition")] String,
        #[oai(header = "Cache-Control")] String,
    ),
}

#[derive(ApiResponse)]
enum PdfResponse {
    /// The copy as a PDF (A4).
    #[oai(status = 200, content_type = "application/pdf")]
    Ok(
        Binary<Vec<u8>>,
        #[oai(header = "Content-Disposition")] String,
        #[oai(header = "Cache-Control")] String,
    ),
}

pub struct CopyApi;

#[OpenApi(prefix_path = "/customers", tag = "ApiTags::Customers")]
impl CopyApi {
    /// A customer's copy of their data, as a PDF (Art. 15)
    ///
    /// Staff. The same content as `export.json`, laid out for people to
    /// read: the controller, every field and custom field, the record's
    /// state and dates, the consent history, every note, and the
    /// information Art. 15 requires. Audited as `customer.copied`.
    #[oai(
        path = "/:id/copy.pdf",
        method = "get",
        operation_id = "copy_customer_pdf"
    )]
    async fn pdf(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
        /// The language to write the copy in (a supported tag such as
        /// `de`); by default the person's preferred language, else the
        /// organisation's.
        lang: Query<Option<String>>,
    ) -> ApiResult<PdfResponse> {
        let language = asked(lang.0)?;
        let copy =
            content::for_staff(&state, auth.scope(), &meta, id.0.into(), "pdf", language).await?;
        let bytes = super::pdf::render_in_turn(&state, copy).await?;
        Ok(PdfResponse::Ok(
            Binary(bytes),
            format!("attachment; filename=\"customer-{}.pdf\"", id.0),
            "no-store".into(),
        ))
    }

    /// A customer's data, machine-readable (Art. 20)
    ///
    /// Staff. Everything held about the customer — every field, custom
    /// field, note and consent decision, whatever the staff's own field
    /// visibility — with the information Art. 15 requires. Audited as
    /// `customer.copied`.
    #[oai(
        path = "/:id/export.json",
        method = "get",
        operation_id = "export_customer"
    )]
    async fn export(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
        /// The language to write the copy in (a supported tag such as
        /// `de`); by default the person's preferred language, else the
        /// organisation's.
        lang: Query<Option<String>>,
    ) -> ApiResult<ExportResponse> {
        let language = asked(lang.0)?;
        let copy =
            content::for_staff(&state, auth.scope(), &meta, id.0.into(), "json", language).await?;
        let body = serde_json::to_value(&copy)
            .map_err(|e| crate::error::Error::internal_from("export", e))?;
        Ok(ExportResponse::Ok(
            Json(body),
            format!("attachment; filename=\"customer-{}.json\"", id.0),
            "no-store".into(),
        ))
    }
}

/// The language a staff member asked a copy to be written in, checked.
fn asked(lang: Option<String>) -> crate::error::Result<content::Language> {
    let mut checks = crate::error::Checks::new();
    let asked = lang
        .as_deref()
        .and_then(|tag| checks.take("lang", crate::i18n::Lang::checked(tag)));
    checks.finish()?;
    Ok(content::Language {
        asked,
        otherwise: None,
    })
}
