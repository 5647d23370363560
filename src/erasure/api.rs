//! `POST /customers/{id}/shred` · `/anonymize`, and `GET /erasures/{id}`:
//! erasure on request, and its receipt.

use chrono::{DateTime, Utc};
use entity::ids::CustomerId;
use poem::web::Data;
use poem_openapi::{Object, OpenApi, param::Path, payload::Json};
use uuid::Uuid;

use super::service::{self, Kind, Removed, StoredReceipt};
use crate::audit::Origin;
use crate::{
    auth::extract::Auth,
    http::{ApiTags, problem::ApiResult},
    state::AppState,
};

/// Who erased the record.
#[derive(Object)]
struct ErasedBy {
    /// `user`, `token` or `system` (the retention policy).
    kind: String,
    #[oai(skip_serializing_if_is_none)]
    id: Option<Uuid>,
}

/// The receipt of an erasure. Names no one: the customer ID is all it keeps.
#[derive(Object)]
struct ReceiptView {
    customer_id: Uuid,
    /// `shred` or `anonymize`.
    kind: String,
    #[oai(skip_serializing_if_is_none)]
    shredded_at: Option<DateTime<Utc>>,
    #[oai(skip_serializing_if_is_none)]
    anonymized_at: Option<DateTime<Utc>>,
    by: ErasedBy,
    removed: Removed,
    /// When the customer's data key was destroyed; absent only for a moment.
    #[oai(skip_serializing_if_is_none)]
    key_destroyed_at: Option<DateTime<Utc>>,
    /// When a merge shredded the record: the record it was merged into.
    #[oai(skip_serializing_if_is_none)]
    merged_into: Option<Uuid>,
}

impl From<StoredReceipt> for ReceiptView {
    fn from(r: StoredReceipt) -> Self {
        Self {
            customer_id: r.customer_id.into(),
            kind: r.kind.as_str().to_owned(),
            shredded_at: (r.kind == Kind::Shred).then_some(r.at),
            anonymized_at: (r.kind == Kind::Anonymize).then_some(r.at),
            by: ErasedBy {
                kind: r.by_kind,
                id: r.by_id,
            },
            removed: r.removed,
            key_destroyed_at: r.key_destroyed_at,
            merged_into: r.merged_into.map(Into::into),
        }
    }
}

#[derive(Object)]
#[oai(deny_unknown_fields)]
struct ConfirmBody {
    /// The customer's ID, typed out, to confirm.
    #[oai(validator(max_length = 100))]
    confirm: String,
}

#[derive(Object)]
#[oai(deny_unknown_fields)]
struct BulkBody {
    /// The customers to erase, at most 10,000, each once.
    ids: Vec<Uuid>,
    /// How many IDs `ids` holds, typed out, to confirm.
    confirm: u64,
}

/// The customer IDs of a bulk request, typed.
fn ids_of(ids: &[Uuid]) -> Vec<CustomerId> {
    ids.iter().copied().map(CustomerId::from).collect()
}

/// What became of one ID.
#[derive(Object)]
struct BulkItem {
    id: Uuid,
    /// `shredded` or `anonymized` when done; otherwise why not:
    /// `not_found`, `already_shredded`, `on_hold`, `already_anonymized`.
    outcome: String,
    /// Why nothing was done, when nothing was.
    #[oai(skip_serializing_if_is_none)]
    detail: Option<String>,
    /// The receipt, when the record was erased.
    #[oai(skip_serializing_if_is_none)]
    receipt: Option<ReceiptView>,
}

/// The result of a bulk erasure: one item per ID, in the order given.
#[derive(Object)]
struct BulkResult {
    requested: u64,
    /// How many records were erased.
    erased: u64,
    /// How many were left as they were (see each item's `outcome`).
    refused: u64,
    items: Vec<BulkItem>,
}

async fn bulk(
    state: &AppState,
    auth: &Auth,
    meta: &Origin,
    body: BulkBody,
    kind: Kind,
) -> ApiResult<Json<BulkResult>> {
    let done = service::erase_many(
        state,
        auth.scope(),
        meta,
        &ids_of(&body.ids),
        kind,
        body.confirm,
    )
    .await?;
    let items: Vec<BulkItem> = done
        .into_iter()
        .map(|(id, outcome, receipt)| BulkItem {
            id: id.into(),
            outcome: outcome.as_str().to_owned(),
            detail: outcome.detail(id),
            receipt: receipt.map(Into::into),
        })
        .collect();
    let erased = items.iter().filter(|i| i.receipt.is_some()).count() as u64;
    Ok(Json(BulkResult {
        requested: items.len() as u64,
        erased,
        refused: items.len() as u64 - erased,
        items,
    }))
}

pub struct ErasureApi;

#[OpenApi(tag = "ApiTags::Customers")]
impl ErasureApi {
    /// Shred a customer
    ///
    /// Admin; `confirm` must be the customer's ID. Deletes the record, its
    /// notes, consent history, search tokens and queued events, then destroys
    /// its data key, so every copy (backups included) is unreadable. Refused
    /// while the record is on legal hold. Afterwards the record answers 410
    /// Gone, naming this receipt.
    #[oai(
        path = "/customers/:id/shred",
        method = "post",
        operation_id = "shred_customer"
    )]
    async fn shred(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
        body: Json<ConfirmBody>,
    ) -> ApiResult<Json<ReceiptView>> {
        let r = super::queue::erase_one(
            &state,
            &state.erasures,
            auth.scope(),
            &meta,
            id.0.into(),
            Kind::Shred,
            &body.0.confirm,
        )
        .await?;
        Ok(Json(r.into()))
    }

    /// Anonymize a customer
    ///
    /// Admin; `confirm` must be the customer's ID. Destroys the personal
    /// data and its key; a skeleton stays for statistics (state
    /// `anonymized`, dates, custom fields marked non-personal). Refused while
    /// the record is on legal hold.
    #[oai(
        path = "/customers/:id/anonymize",
        method = "post",
        operation_id = "anonymize_customer"
    )]
    async fn anonymize(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
        body: Json<ConfirmBody>,
    ) -> ApiResult<Json<ReceiptView>> {
        let r = super::queue::erase_one(
            &state,
            &state.erasures,
            auth.scope(),
            &meta,
            id.0.into(),
            Kind::Anonymize,
            &body.0.confirm,
        )
        .await?;
        Ok(Json(r.into()))
    }

    /// Shred many customers
    ///
    /// Admin; for the retention backlog or a clean-up. `confirm` must be the
    /// number of IDs. Each ID is handled on its own — one on legal hold or
    /// unknown is reported and the rest are shredded — and each shredded
    /// record gets its own receipt and audit row.
    #[oai(
        path = "/customers/shred",
        method = "post",
        operation_id = "shred_customers"
    )]
    async fn shred_many(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        body: Json<BulkBody>,
    ) -> ApiResult<Json<BulkResult>> {
        bulk(&state, &auth, &meta, body.0, Kind::Shred).await
    }

    /// Anonymize many customers
    ///
    /// Admin; as bulk shred, but each record keeps its skeleton of
    /// non-personal facts.
    #[oai(
        path = "/customers/anonymize",
        method = "post",
        operation_id = "anonymize_customers"
    )]
    async fn anonymize_many(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        body: Json<BulkBody>,
    ) -> ApiResult<Json<BulkResult>> {
        bulk(&state, &auth, &meta, body.0, Kind::Anonymize).await
    }

    /// An erasure's receipt
    ///
    /// Admin. What was erased, when, by whom, and how much went with it.
    #[oai(path = "/erasures/:id", method = "get", operation_id = "get_erasure")]
    async fn receipt(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<ReceiptView>> {
        Ok(Json(
            service::receipt(&state, auth.scope(), id.0.into())
                .await?
                .into(),
        ))
    }
}
