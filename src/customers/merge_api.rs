//! `/api/v1/customers/duplicates`, `/customers/{id}/duplicates` and
//! `/customers/{id}/merge`: likely duplicates, and merging two records.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use poem::web::Data;
use poem_openapi::{
    Object, OpenApi,
    param::{Path, Query},
    payload::Json,
};
use uuid::Uuid;

use super::api::{CustomerView, LikelyView, likely_views};
use super::merge::{self, Ask};
use crate::{
    audit::Origin,
    auth::{Role, extract::Auth},
    http::{ApiTags, problem::ApiResult},
    state::AppState,
};

/// Two records that are likely one person.
#[derive(Object)]
struct PairView {
    /// The older record.
    a: Uuid,
    b: Uuid,
    /// What they share: `email`, `phone`, `name_company`.
    reasons: Vec<String>,
}

#[derive(Object)]
struct PairPage {
    items: Vec<PairView>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[oai(skip_serializing_if_is_none)]
    next_cursor: Option<String>,
}

#[derive(Object)]
struct LikelyPage {
    items: Vec<LikelyView>,
}

#[derive(Object)]
#[oai(deny_unknown_fields)]
struct MergeBody {
    /// The other record: merged into this one, then shredded.
    from: Uuid,
    /// This record's `version` as you read it; a change since is a 409.
    #[oai(validator(minimum(value = "1")))]
    version: Option<i64>,
    /// The other record's `version` as you read it.
    #[oai(validator(minimum(value = "1")))]
    other_version: Option<i64>,
    /// Which value survives, per field: `name`, `email`, `phone`,
    /// `company`, `address`, `language`, `fields.<key>` → `this` or
    /// `from`. A field not named keeps this record's value, unless only
    /// the other record has one. Left out: every field so.
    keep: Option<BTreeMap<String, String>>,
}

/// What became of the other record.
#[derive(Object)]
struct MergedView {
    /// The other record's ID: it now answers 410 with `merged_into`.
    id: Uuid,
    merged_at: DateTime<Utc>,
    /// Notes, consent decisions and data-subject requests moved to this record.
    notes: u64,
    consents: u64,
    requests: u64,
    /// Purposes for which an opt-out of either record was kept by a new
    /// refusal on this one.
    refusals_kept: Vec<String>,
    /// When the other record's data key was destroyed (absent only if that
    /// is left to the job runner).
    #[oai(skip_serializing_if_is_none)]
    key_destroyed_at: Option<DateTime<Utc>>,
    /// The erasure receipt of the other record.
    receipt: String,
}

/// The record that survived a merge, and the receipt of the other.
#[derive(Object)]
struct MergeResult {
    #[oai(flatten)]
    customer: CustomerView,
    merged: MergedView,
}

pub struct MergeApi;

#[OpenApi(prefix_path = "/customers", tag = "ApiTags::Customers")]
impl MergeApi {
    /// Likely duplicates
    ///
    /// Staff. Pairs of records that share an email address, a phone number,
    /// or a name and company, found through the blind index: IDs only, in ID
    /// order, `limit` (1–200, default 50) pairs per page.
    #[oai(path = "/duplicates", method = "get", operation_id = "list_duplicates")]
    async fn duplicates(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        #[oai(validator(max_length = 200))] cursor: Query<Option<String>>,
        #[oai(validator(minimum(value = "1"), maximum(value = "200")))] limit: Query<Option<u64>>,
    ) -> ApiResult<Json<PairPage>> {
        let (pairs, next_cursor) =
            super::duplicates::pairs(&state, auth.scope(), cursor.0.as_deref(), limit.0).await?;
        Ok(Json(PairPage {
            items: pairs
                .into_iter()
                .map(|p| PairView {
                    a: p.a.into(),
                    b: p.b.into(),
                    reasons: p.reasons.iter().map(|r| r.as_str().to_owned()).collect(),
                })
                .collect(),
            next_cursor,
        }))
    }

    /// A record's likely duplicates
    ///
    /// Staff. The records sharing this one's email, phone, or name and
    /// company (at most 20): IDs and reasons only.
    #[oai(
        path = "/:id/duplicates",
        method = "get",
        operation_id = "customer_duplicates"
    )]
    async fn likely(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<LikelyPage>> {
        let scope = auth.scope();
        scope.require(Role::Staff)?;
        let row = super::service::find(&state, scope, id.0.into()).await?;
        let found = super::duplicates::likely_of(&state.db.main, scope.tenant_id(), row.id).await?;
        Ok(Json(LikelyPage {
            items: likely_views(found),
        }))
    }

    /// Merge another record into this one
    ///
    /// Admin: the other record is shredded. Choose per field which value
    /// survives; notes and consent histories are combined in time order (an
    /// opt-out of either record stands), requests follow, and the other
    /// record's data key is destroyed. Its ID then answers 410 with
    /// `merged_into`. Refused (409, with the reason) while either record is
    /// restricted or on legal hold.
    #[oai(path = "/:id/merge", method = "post", operation_id = "merge_customer")]
    async fn merge(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
        body: Json<MergeBody>,
    ) -> ApiResult<Json<MergeResult>> {
        let b = body.0;
        let ask = Ask {
            from: b.from.into(),
            version: b.version,
            other_version: b.other_version,
            keep: b.keep.unwrap_or_default(),
        };
        let done = merge::merge(&state, auth.scope(), &meta, id.0.into(), ask).await?;
        Ok(Json(MergeResult {
            merged: MergedView {
                id: done.merged_id.into(),
                merged_at: done.at,
                notes: done.notes,
                consents: done.consents,
                requests: done.requests,
                refusals_kept: done.refusals_kept,
                key_destroyed_at: done.key_destroyed_at,
                receipt: format!("/api/v1/erasures/{}", done.merged_id),
            },
            customer: done.survivor.into(),
        }))
    }
}
