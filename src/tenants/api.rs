//! `/api/v1/tenant`: the signed-in user's own tenant and its settings.

use chrono::{DateTime, Utc};
use poem::{Body, web::Data};
use poem_openapi::{
    ApiResponse, Object, OpenApi,
    payload::{Binary, Json},
};
use uuid::Uuid;

use super::{
    offboarding,
    service::{self, Settings},
};
use crate::audit::Origin;
use crate::{
    auth::extract::Auth,
    http::{ApiTags, problem::ApiResult},
    state::AppState,
};

#[derive(Object)]
struct TenantView {
    id: Uuid,
    slug: String,
    name: String,
    /// `active`, or `cancelled` (read-only until the purge).
    state: String,
    /// Where the controller can be reached; printed on copies for customers.
    #[oai(skip_serializing_if_is_none)]
    contact_email: Option<String>,
    /// Admins and owners must use two-factor sign-in.
    require_totp_for_admins: bool,
    /// Keep a suppression list: HMACs of the email addresses of customers
    /// erased on request, so a returning address is flagged to staff. No
    /// address can be read from the list.
    suppress_erased: bool,
    created_at: DateTime<Utc>,
    #[oai(skip_serializing_if_is_none)]
    cancelled_at: Option<DateTime<Utc>>,
    /// Until when a cancelled tenant can sign in (read-only) and export.
    #[oai(skip_serializing_if_is_none)]
    export_until: Option<DateTime<Utc>>,
    /// When a cancelled tenant's data is destroyed, keys and all.
    #[oai(skip_serializing_if_is_none)]
    purge_at: Option<DateTime<Utc>>,
}

impl From<entity::tenant::Model> for TenantView {
    fn from(t: entity::tenant::Model) -> Self {
        Self {
            id: t.id.into(),
            slug: t.slug,
            name: t.name,
            state: t.state.as_str().to_owned(),
            contact_email: t.contact_email,
            require_totp_for_admins: t.require_totp_for_admins,
            suppress_erased: t.suppress_erased,
            created_at: t.created_at,
            cancelled_at: t.cancelled_at,
            export_until: t.export_until,
            purge_at: t.purge_at,
        }
    }
}

#[derive(Object)]
#[oai(deny_unknown_fields)]
struct TenantPatch {
    #[oai(validator(min_length = 1, max_length = 200))]
    name: Option<String>,
    #[oai(validator(min_length = 3, max_length = 254))]
    contact_email: Option<String>,
    require_totp_for_admins: Option<bool>,
    /// Turning it off empties the list.
    suppress_erased: Option<bool>,
}

#[derive(Object)]
#[oai(deny_unknown_fields)]
struct CancelBody {
    /// The tenant's slug, typed out, to confirm.
    #[oai(validator(max_length = 100))]
    confirm: String,
}

#[derive(ApiResponse)]
enum ExportResponse {
    /// NDJSON: one JSON object per line, each with a `type` (`export`,
    /// `user`, `field`, `retention`, `customer`, `audit`), ending with
    /// `{"type":"end","counts":{…}}`; without that line the export is incomplete.
    #[oai(status = 200, content_type = "application/x-ndjson")]
    Ok(
        Binary<Body>,
        #[oai(header = "Content-Disposition")] String,
        #[oai(header = "Cache-Control")] String,
    ),
}

pub struct TenantApi;

#[OpenApi(prefix_path = "/tenant", tag = "ApiTags::Tenant")]
impl TenantApi {
    /// My tenant
    #[oai(path = "/", method = "get", operation_id = "get_tenant")]
    async fn get(&self, state: Data<&AppState>, auth: Auth) -> ApiResult<Json<TenantView>> {
        Ok(Json(service::get(&state, auth.scope()).await?.into()))
    }

    /// Change my tenant's settings
    ///
    /// Admin.
    #[oai(path = "/", method = "patch", operation_id = "update_tenant")]
    async fn update(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        body: Json<TenantPatch>,
    ) -> ApiResult<Json<TenantView>> {
        let b = body.0;
        let change = Settings {
            name: b.name,
            contact_email: b.contact_email,
            require_totp_for_admins: b.require_totp_for_admins,
            suppress_erased: b.suppress_erased,
        };
        Ok(Json(
            service::update(&state, auth.scope(), &meta, change)
                .await?
                .into(),
        ))
    }

    /// Cancel my tenant
    ///
    /// Owner; `confirm` must be the tenant's slug. The tenant becomes
    /// read-only: everyone can still sign in, read and export until
    /// `export_until` (`tenants.export_window`, 14 days by default); the
    /// owners are emailed now, 7 days and 1 day before. Then every record,
    /// user and audit entry is destroyed with the keys that sealed them.
    #[oai(path = "/cancel", method = "post", operation_id = "cancel_tenant")]
    async fn cancel(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        body: Json<CancelBody>,
    ) -> ApiResult<Json<TenantView>> {
        Ok(Json(
            offboarding::cancel(&state, auth.scope(), &meta, &body.0.confirm)
                .await?
                .into(),
        ))
    }

    /// Export everything of my tenant
    ///
    /// Owner. Streams every customer with notes, consent history and custom
    /// fields, plus users, field definitions, the retention policy and the
    /// audit log, as NDJSON. Works while active and while cancelled.
    #[oai(path = "/export", method = "get", operation_id = "export_tenant")]
    async fn export(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
    ) -> ApiResult<ExportResponse> {
        let (tenant, reader) = offboarding::export(&state, auth.scope(), &meta).await?;
        let file = format!(
            "attachment; filename=\"steward-export-{}-{}.ndjson\"",
            tenant.slug,
            state.clock.now().format("%Y%m%d")
        );
        Ok(ExportResponse::Ok(
            Binary(Body::from_async_read(reader)),
            file,
            "no-store".into(),
        ))
    }
}
