//! `/api/v1/tenant`: the signed-in user's own tenant and its settings.

use chrono::{DateTime, Utc};
use poem::web::Data;
use poem_openapi::{Object, OpenApi, payload::Json};
use uuid::Uuid;

use super::service::{self, Settings};
use crate::{
    auth::Auth,
    http::{ApiTags, meta::RequestMeta, problem::ApiResult},
    state::AppState,
};

#[derive(Object)]
struct TenantView {
    id: Uuid,
    slug: String,
    name: String,
    state: String,
    /// Where the controller can be reached; printed on copies for customers.
    #[oai(skip_serializing_if_is_none)]
    contact_email: Option<String>,
    /// Admins and owners must use two-factor sign-in.
    require_totp_for_admins: bool,
    created_at: DateTime<Utc>,
}

impl From<entity::tenant::Model> for TenantView {
    fn from(t: entity::tenant::Model) -> Self {
        Self {
            id: t.id,
            slug: t.slug,
            name: t.name,
            state: t.state,
            contact_email: t.contact_email,
            require_totp_for_admins: t.require_totp_for_admins,
            created_at: t.created_at,
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
        meta: RequestMeta,
        auth: Auth,
        body: Json<TenantPatch>,
    ) -> ApiResult<Json<TenantView>> {
        let b = body.0;
        let change = Settings {
            name: b.name,
            contact_email: b.contact_email,
            require_totp_for_admins: b.require_totp_for_admins,
        };
        Ok(Json(
            service::update(&state, auth.scope(), &meta, change)
                .await?
                .into(),
        ))
    }
}
