//! `/api/v1/tenant`: the signed-in user's own tenant and its settings.

use chrono::{DateTime, Utc};
use poem::{Body, web::Data};
use poem_openapi::{
    ApiResponse, Object, OpenApi,
    payload::{Binary, Json},
    types::MaybeUndefined,
};
use uuid::Uuid;

use super::{
    identity::{self, IdentityChange},
    logo, offboarding,
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
    /// Staff may export list views to CSV and XLSX (`POST /exports`);
    /// admins and owners always may.
    staff_may_export: bool,
    /// The language of portal pages, emails and copies where the person's
    /// own is not known (a BCP 47 tag such as `de`).
    default_language: String,
    /// The controller's full legal name, where it differs from `name`.
    #[oai(skip_serializing_if_is_none)]
    legal_name: Option<String>,
    /// The controller's postal address, shown on copies and the portal.
    #[oai(skip_serializing_if_is_none)]
    postal_address: Option<String>,
    /// Where people write about their data (else `contact_email` is shown).
    #[oai(skip_serializing_if_is_none)]
    privacy_email: Option<String>,
    /// The data protection officer's name and contact, if one is appointed.
    #[oai(skip_serializing_if_is_none)]
    dpo_name: Option<String>,
    #[oai(skip_serializing_if_is_none)]
    dpo_contact: Option<String>,
    /// The supervisory authority from `GET /tenant/authorities`, by its code.
    #[oai(skip_serializing_if_is_none)]
    authority: Option<String>,
    /// An authority not on the list: its name and web address.
    #[oai(skip_serializing_if_is_none)]
    authority_name: Option<String>,
    #[oai(skip_serializing_if_is_none)]
    authority_url: Option<String>,
    #[oai(skip_serializing_if_is_none)]
    privacy_notice_url: Option<String>,
    /// `#rrggbb`; white text on it keeps a contrast of at least 4.5:1.
    #[oai(skip_serializing_if_is_none)]
    accent_colour: Option<String>,
    /// Automated decision-making about people (GDPR Art. 22), described;
    /// absent means there is none.
    #[oai(skip_serializing_if_is_none)]
    automated_decisions: Option<String>,
    /// A logo is uploaded (`PUT /tenant/logo`).
    has_logo: bool,
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
            staff_may_export: t.staff_may_export,
            default_language: t.default_language,
            legal_name: t.legal_name,
            postal_address: t.postal_address,
            privacy_email: t.privacy_email,
            dpo_name: t.dpo_name,
            dpo_contact: t.dpo_contact,
            authority: t.authority,
            authority_name: t.authority_name,
            authority_url: t.authority_url,
            privacy_notice_url: t.privacy_notice_url,
            accent_colour: t.accent_colour,
            automated_decisions: t.automated_decisions,
            has_logo: t.logo_at.is_some(),
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
    /// Whether staff may export list views; admins and owners always may.
    staff_may_export: Option<bool>,
    /// One of the supported languages: `en`, `de`, `fr`, `es`, `it`, `nl`, `pl`.
    #[oai(validator(min_length = 2, max_length = 16))]
    default_language: Option<String>,
    /// The identity fields below: a value sets one, `null` clears it.
    #[oai(validator(max_length = 200))]
    legal_name: MaybeUndefined<String>,
    #[oai(validator(max_length = 500))]
    postal_address: MaybeUndefined<String>,
    #[oai(validator(max_length = 254))]
    privacy_email: MaybeUndefined<String>,
    #[oai(validator(max_length = 200))]
    dpo_name: MaybeUndefined<String>,
    #[oai(validator(max_length = 254))]
    dpo_contact: MaybeUndefined<String>,
    #[oai(validator(max_length = 16))]
    authority: MaybeUndefined<String>,
    #[oai(validator(max_length = 200))]
    authority_name: MaybeUndefined<String>,
    #[oai(validator(max_length = 500))]
    authority_url: MaybeUndefined<String>,
    #[oai(validator(max_length = 500))]
    privacy_notice_url: MaybeUndefined<String>,
    #[oai(validator(max_length = 16))]
    accent_colour: MaybeUndefined<String>,
    #[oai(validator(max_length = 2000))]
    automated_decisions: MaybeUndefined<String>,
}

/// A supervisory authority.
#[derive(Object)]
struct AuthorityView {
    /// The country code to set as `authority`.
    code: String,
    name: String,
    /// Where people can complain.
    url: String,
}

/// The logo as kept: its size after scaling.
#[derive(Object)]
struct LogoView {
    width: i32,
    height: i32,
    bytes: i64,
}

#[derive(ApiResponse)]
enum LogoRemoved {
    /// The logo is removed.
    #[oai(status = 204)]
    Removed,
}

/// A field of a patch as a change: left out keeps it, `null` clears it.
fn change_of(v: MaybeUndefined<String>) -> Option<Option<String>> {
    match v {
        MaybeUndefined::Undefined => None,
        MaybeUndefined::Null => Some(None),
        MaybeUndefined::Value(v) => Some(Some(v)),
    }
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
        let t = service::get(&state, auth.scope()).await?;
        Ok(Json(t.into()))
    }

    /// The supervisory authorities Steward knows
    ///
    /// The national data protection authorities of the EU and EEA states
    /// and the UK, by country code, with where people can complain. Set
    /// one as `authority`, or give `authority_name` and `authority_url`.
    #[oai(
        path = "/authorities",
        method = "get",
        operation_id = "list_authorities"
    )]
    async fn authorities(&self, _auth: Auth) -> Json<Vec<AuthorityView>> {
        Json(
            identity::AUTHORITIES
                .iter()
                .map(|a| AuthorityView {
                    code: a.code.into(),
                    name: a.name.into(),
                    url: a.url.into(),
                })
                .collect(),
        )
    }

    /// Upload my tenant's logo
    ///
    /// Admin. The image file itself as the body (sent as
    /// `application/octet-stream`, `image/png` or `image/jpeg`; the format
    /// is read from the bytes): a PNG or JPEG of at most 512 KB and
    /// 4,000 × 4,000 pixels; it is scaled to fit 600 × 200 and re-encoded
    /// as PNG. It shows at the top of the portal's pages and of every page
    /// of a copy (emails carry no images, so nothing reports back when they
    /// are opened). A file that is too large or not an image is a 422
    /// naming `logo`.
    #[oai(path = "/logo", method = "put", operation_id = "set_logo")]
    async fn set_logo(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        body: Binary<Vec<u8>>,
    ) -> ApiResult<Json<LogoView>> {
        let row = logo::set(&state, auth.scope(), &meta, &body.0).await?;
        Ok(Json(LogoView {
            width: row.width,
            height: row.height,
            bytes: i64::try_from(row.bytes.len()).unwrap_or(i64::MAX),
        }))
    }

    /// Remove my tenant's logo
    ///
    /// Admin.
    #[oai(path = "/logo", method = "delete", operation_id = "remove_logo")]
    async fn remove_logo(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
    ) -> ApiResult<LogoRemoved> {
        match logo::remove(&state, auth.scope(), &meta).await? {
            true => Ok(LogoRemoved::Removed),
            false => Err(crate::error::Error::NotFound("logo").into()),
        }
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
            staff_may_export: b.staff_may_export,
            default_language: b.default_language,
            identity: IdentityChange {
                legal_name: change_of(b.legal_name),
                postal_address: change_of(b.postal_address),
                privacy_email: change_of(b.privacy_email),
                dpo_name: change_of(b.dpo_name),
                dpo_contact: change_of(b.dpo_contact),
                authority: change_of(b.authority),
                authority_name: change_of(b.authority_name),
                authority_url: change_of(b.authority_url),
                privacy_notice_url: change_of(b.privacy_notice_url),
                accent_colour: change_of(b.accent_colour),
                automated_decisions: change_of(b.automated_decisions),
            },
        };
        let t = service::update(&state, auth.scope(), &meta, change).await?;
        Ok(Json(t.into()))
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
        let t = offboarding::cancel(&state, auth.scope(), &meta, &body.0.confirm).await?;
        Ok(Json(t.into()))
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
