//! `/api/v1/retention`: how long completed records live, and what then.

use chrono::{DateTime, Utc};
use poem::web::Data;
use poem_openapi::{Object, OpenApi, payload::Json};

use super::service::{self, Action, Policy, PolicyInput};
use crate::audit::Origin;
use crate::{
    auth::extract::Auth,
    http::{ApiTags, problem::ApiResult},
    state::AppState,
};

/// The retention policy in force.
#[derive(Object)]
struct PolicyView {
    /// How long a record lives after it is marked complete (ISO 8601, as `P365D`).
    expire_after: String,
    action: Action,
    /// How often an expired record is brought up again until someone acts.
    remind_every: String,
    /// Who gets digest emails; empty means the tenant's admins and owners.
    email_to: Vec<String>,
    /// Whether expiry is also sent as a `customer.expired` webhook event.
    webhook: bool,
    /// true while the tenant has not set a policy of its own.
    is_default: bool,
    #[oai(skip_serializing_if_is_none)]
    updated_at: Option<DateTime<Utc>>,
}

impl From<Policy> for PolicyView {
    fn from(p: Policy) -> Self {
        Self {
            expire_after: p.expire_after.to_string(),
            action: p.action,
            remind_every: p.remind_every.to_string(),
            email_to: p.email_to.clone(),
            webhook: p.webhook,
            is_default: p.updated_at.is_none(),
            updated_at: p.updated_at,
        }
    }
}

#[derive(Object)]
#[oai(deny_unknown_fields)]
struct PolicyBody {
    /// ISO 8601 duration in weeks, days, hours, minutes or seconds: `P30D`,
    /// `P2W`, `PT2S`; at least one second, at most 36,500 days (`P36500D`, about 100 years).
    #[oai(validator(max_length = 40))]
    expire_after: String,
    action: Action,
    /// ISO 8601 duration; `P7D` when left out.
    #[oai(validator(max_length = 40))]
    remind_every: Option<String>,
    /// Up to 20 addresses for the digest emails; the tenant's admins and owners when empty.
    #[oai(validator(max_items = 20))]
    email_to: Option<Vec<String>>,
    /// false when left out.
    webhook: Option<bool>,
}

pub struct RetentionApi;

#[OpenApi(prefix_path = "/retention", tag = "ApiTags::Tenant")]
impl RetentionApi {
    /// The retention policy
    ///
    /// Admin. The tenant's own, or the default (a year, then weekly notices) until it sets one.
    #[oai(path = "/", method = "get", operation_id = "get_retention")]
    async fn get(&self, state: Data<&AppState>, auth: Auth) -> ApiResult<Json<PolicyView>> {
        Ok(Json(service::get(&state, auth.scope()).await?.into()))
    }

    /// Set the retention policy
    ///
    /// Admin. A new period applies at once to every completed record: their
    /// `expires_at` is recomputed from the date each was completed.
    #[oai(path = "/", method = "put", operation_id = "set_retention")]
    async fn put(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        body: Json<PolicyBody>,
    ) -> ApiResult<Json<PolicyView>> {
        let b = body.0;
        let input = PolicyInput {
            expire_after: b.expire_after,
            action: b.action,
            remind_every: b.remind_every,
            email_to: b.email_to,
            webhook: b.webhook,
        };
        Ok(Json(
            service::put(&state, auth.scope(), &meta, input)
                .await?
                .into(),
        ))
    }
}
