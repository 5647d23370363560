//! `/api/v1/customers/{id}/consent`: recording and reading consent decisions.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use poem::web::Data;
use poem_openapi::{Object, OpenApi, param::Path, payload::Json};
use uuid::Uuid;

use super::service::{self, Basis, Change, Decision, Source};
use crate::audit::Origin;
use crate::{
    auth::extract::Auth,
    http::{ApiTags, problem::ApiResult},
    state::AppState,
};

#[derive(Object)]
#[oai(deny_unknown_fields)]
struct ConsentBody {
    /// true: the customer agrees; false: they withdraw or refuse.
    granted: bool,
    /// The lawful basis (GDPR Art. 6(1)); `consent` for marketing.
    basis: Basis,
    /// Where the decision was made; `staff` when left out.
    source: Option<Source>,
    /// How it was given: a form's reference, what was said on the phone. Sealed.
    #[oai(validator(min_length = 1, max_length = 2000))]
    evidence: Option<String>,
}

#[derive(Object)]
struct DecisionView {
    id: Uuid,
    purpose: String,
    granted: bool,
    basis: Basis,
    source: Source,
    /// `user` or `token`; `request` for a withdrawal made through the
    /// portal, with the request's ID as `actor_id`.
    actor_kind: String,
    #[oai(skip_serializing_if_is_none)]
    actor_id: Option<Uuid>,
    #[oai(skip_serializing_if_is_none)]
    evidence: Option<String>,
    at: DateTime<Utc>,
}

impl From<Decision> for DecisionView {
    fn from(d: Decision) -> Self {
        Self {
            id: d.id,
            purpose: d.purpose,
            granted: d.granted,
            basis: d.basis,
            source: d.source,
            actor_kind: d.actor_kind,
            actor_id: d.actor_id,
            evidence: d.evidence,
            at: d.at,
        }
    }
}

#[derive(Object)]
struct ConsentState {
    /// The latest decision per purpose.
    current: BTreeMap<String, bool>,
    /// Every decision, oldest first.
    history: Vec<DecisionView>,
}

pub struct ConsentApi;

#[OpenApi(prefix_path = "/customers", tag = "ApiTags::Customers")]
impl ConsentApi {
    /// Record a consent decision
    ///
    /// Staff. Appends to the history of `purpose` (e.g. `marketing_email`).
    /// Withdrawing always works; granting is refused while processing is restricted.
    #[oai(
        path = "/:id/consent/:purpose",
        method = "put",
        operation_id = "record_consent"
    )]
    async fn record(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
        #[oai(validator(max_length = 64))] purpose: Path<String>,
        body: Json<ConsentBody>,
    ) -> ApiResult<Json<DecisionView>> {
        let b = body.0;
        let change = Change {
            purpose: purpose.0,
            granted: b.granted,
            basis: b.basis,
            source: b.source.unwrap_or(Source::Staff),
            evidence: b.evidence,
        };
        Ok(Json(
            service::record(&state, auth.scope(), &meta, id.0.into(), change)
                .await?
                .into(),
        ))
    }

    /// A customer's consent: current state and history
    ///
    /// The read is audited.
    #[oai(path = "/:id/consent", method = "get", operation_id = "get_consent")]
    async fn history(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<ConsentState>> {
        let history = service::history(&state, auth.scope(), &meta, id.0.into()).await?;
        let mut current = BTreeMap::new();
        for d in &history {
            current.insert(d.purpose.clone(), d.granted);
        }
        Ok(Json(ConsentState {
            current,
            history: history.into_iter().map(DecisionView::from).collect(),
        }))
    }
}
