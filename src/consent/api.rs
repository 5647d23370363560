//! `/api/v1/customers/{id}/consent`: recording and reading consent decisions.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use poem::web::Data;
use poem_openapi::{Object, OpenApi, param::Path, payload::Json};
use uuid::Uuid;

use super::purposes;
use super::service::{self, Basis, Change, Decision, Source};
use crate::audit::Origin;
use crate::{
    auth::extract::Auth,
    http::{ApiTags, NoContent, problem::ApiResult},
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
    /// The person gave this consent themselves, freshly and explicitly
    /// (with `evidence` of how): the one grant that applies to a record
    /// objecting to direct marketing, and it lifts the objection.
    #[oai(default)]
    fresh_consent: bool,
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
            fresh_consent: b.fresh_consent,
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

/// A consent purpose's words in one language.
#[derive(Object)]
#[oai(deny_unknown_fields)]
struct PurposeLabel {
    /// What people read instead of the key, e.g. "Newsletter by email".
    #[oai(validator(min_length = 1, max_length = 100))]
    label: String,
    /// What it means for them, in a sentence or two.
    #[oai(validator(max_length = 500))]
    description: Option<String>,
}

/// A consent purpose and its words per language.
#[derive(Object)]
struct PurposeView {
    key: String,
    /// By language tag (`en`, `de`, …).
    labels: BTreeMap<String, PurposeLabelView>,
}

#[derive(Object)]
struct PurposeLabelView {
    label: String,
    #[oai(skip_serializing_if_is_none)]
    description: Option<String>,
}

#[derive(Object)]
#[oai(deny_unknown_fields)]
struct PurposeBody {
    /// By language tag; at least one.
    labels: BTreeMap<String, PurposeLabel>,
}

impl From<purposes::Purpose> for PurposeView {
    fn from(p: purposes::Purpose) -> Self {
        Self {
            key: p.key,
            labels: p
                .labels
                .into_iter()
                .map(|(tag, l)| {
                    let view = PurposeLabelView {
                        label: l.label,
                        description: l.description,
                    };
                    (tag, view)
                })
                .collect(),
        }
    }
}

pub struct PurposesApi;

#[OpenApi(prefix_path = "/purposes", tag = "ApiTags::Customers")]
impl PurposesApi {
    /// The tenant's consent purposes in words
    ///
    /// Staff. Each purpose's label and description per language, which the
    /// copy, the portal and emails to people show instead of its key.
    #[oai(path = "/", method = "get", operation_id = "list_purposes")]
    async fn list(&self, state: Data<&AppState>, auth: Auth) -> ApiResult<Json<Vec<PurposeView>>> {
        let all = purposes::list(&state, auth.scope()).await?;
        Ok(Json(all.into_iter().map(PurposeView::from).collect()))
    }

    /// Set a purpose's words
    ///
    /// Admin. Replaces the purpose's labels; languages must be supported
    /// ones. A language without a label falls back to the tenant's default,
    /// then English, then the key.
    #[oai(path = "/:purpose", method = "put", operation_id = "set_purpose")]
    async fn put(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        purpose: Path<String>,
        body: Json<PurposeBody>,
    ) -> ApiResult<Json<PurposeView>> {
        let labels = body
            .0
            .labels
            .into_iter()
            .map(|(tag, l)| {
                let label = purposes::Label {
                    label: l.label,
                    description: l.description,
                };
                (tag, label)
            })
            .collect();
        let p = purposes::put(&state, auth.scope(), &meta, &purpose.0, labels).await?;
        Ok(Json(p.into()))
    }

    /// Remove a purpose's words
    ///
    /// Admin. Consent decisions for it are kept; people see its key again.
    #[oai(path = "/:purpose", method = "delete", operation_id = "remove_purpose")]
    async fn remove(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        purpose: Path<String>,
    ) -> ApiResult<NoContent> {
        purposes::remove(&state, auth.scope(), &meta, &purpose.0).await?;
        Ok(NoContent::Done)
    }
}
