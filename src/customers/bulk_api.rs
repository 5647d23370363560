//! `/api/v1/customers/bulk`: one action on many records.

use poem::web::Data;
use poem_openapi::{Object, OpenApi, payload::Json};
use uuid::Uuid;

use super::bulk_actions::{self, Asked};
use crate::{
    audit::Origin,
    auth::extract::Auth,
    fields::api::FieldValue,
    http::{ApiTags, problem::ApiResult},
    state::AppState,
};

/// An action on many records.
#[derive(Object)]
#[oai(rename = "BulkAction", deny_unknown_fields)]
struct BulkBody {
    /// `complete`, `reopen`, `note` or `set_field`.
    #[oai(validator(max_length = 20))]
    action: String,
    /// The records: 1 to 200, each once.
    ids: Vec<Uuid>,
    /// A note's words (`note`).
    #[oai(validator(max_length = 20000))]
    body: Option<String>,
    /// A select or yes/no field's key (`set_field`).
    #[oai(validator(max_length = 100))]
    field: Option<String>,
    /// The value to set (`set_field`): one of the field's options, or
    /// true/false.
    value: Option<FieldValue<false>>,
}

/// A record left as it was.
#[derive(Object)]
#[oai(rename = "BulkRefusal")]
struct RefusalView {
    id: Uuid,
    /// What the one-record action answers: 409 (restricted, anonymized,
    /// not in the state the action starts from), 404 or 410 (gone), 422.
    status: u16,
    detail: String,
}

/// What became of each record.
#[derive(Object)]
#[oai(rename = "BulkOutcome")]
struct OutcomeView {
    done: Vec<Uuid>,
    refused: Vec<RefusalView>,
}

pub struct BulkApi;

#[OpenApi(tag = "ApiTags::Customers")]
impl BulkApi {
    /// One action on many records
    ///
    /// Staff and up. Everything is checked first: an unknown `action`, a
    /// `field` that is not a select or yes/no field your role may see, a
    /// `value` it does not take, a note's `body` that does not fit, or
    /// `ids` empty, repeated or more than 200 is a 422 naming it, and
    /// nothing changes. Then each record goes through its own action
    /// (`POST /customers/{id}/complete`, `…/reopen`, `…/notes`, `PATCH
    /// /customers/{id}` for the field) with that action's rules, version,
    /// audit entry and events: a record it refuses (restricted, not in
    /// the state the action starts from, gone) is in `refused` and the rest
    /// go on.
    #[oai(
        path = "/customers/bulk",
        method = "post",
        operation_id = "bulk_action"
    )]
    async fn bulk(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        body: Json<BulkBody>,
    ) -> ApiResult<Json<OutcomeView>> {
        let b = body.0;
        let ids: Vec<String> = b.ids.iter().map(Uuid::to_string).collect();
        let asked = Asked {
            action: &b.action,
            ids: &ids,
            body: b.body.as_deref(),
            field: b.field.as_deref(),
            value: b.value.as_ref().map(|v| &v.0),
        };
        let outcome = bulk_actions::apply(&state, auth.scope(), &meta, asked).await?;
        Ok(Json(OutcomeView {
            done: outcome.done.into_iter().map(Into::into).collect(),
            refused: outcome
                .refused
                .into_iter()
                .map(|r| RefusalView {
                    id: r.id.into(),
                    status: r.status,
                    detail: r.detail,
                })
                .collect(),
        }))
    }
}
