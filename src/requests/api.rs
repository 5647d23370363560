//! `/api/v1/requests`: the staff queue of data-subject requests.

use chrono::{DateTime, Utc};
use entity::data_request;
use poem::web::Data;
use poem_openapi::{
    ApiResponse, Enum, Object, OpenApi,
    param::{Path, Query},
    payload::{Binary, Json},
};
use uuid::Uuid;

use super::{
    downloads::downloaded_of,
    queue::Params,
    service::{State, matched_ids},
};
use crate::audit::Origin;
use crate::{
    auth::extract::Auth,
    http::{ApiTags, paging, problem::ApiResult},
    state::AppState,
};

/// The most requests a page of the API holds (and the default, as before
/// pages were numbered).
const MAX_LIMIT: u64 = 1000;

/// Which requests to list.
#[derive(Enum, Clone, Copy)]
#[oai(rename_all = "lowercase")]
enum RequestState {
    /// Made, but the emailed link was not followed yet.
    Unverified,
    /// Verified; staff must confirm the requester's identity first.
    Identity,
    /// Verified and waiting for staff.
    Open,
    Fulfilled,
    Rejected,
    All,
}

/// A data-subject request. Holds no personal data: the requester's address
/// stays sealed and is removed once the request is answered.
#[derive(Object)]
struct RequestView {
    id: Uuid,
    /// `copy`, `erasure`, `withdraw_consent` or `portability`.
    kind: String,
    /// `unverified`, `identity` (staff must confirm the requester's
    /// identity first), `open`, `fulfilling`, `fulfilled` or `rejected`.
    state: String,
    received_at: DateTime<Utc>,
    #[oai(skip_serializing_if_is_none)]
    verified_at: Option<DateTime<Utc>>,
    /// When the answer is due: a month after it was received, plus any extension.
    #[oai(skip_serializing_if_is_none)]
    due_at: Option<DateTime<Utc>>,
    /// The rule of the due date: always `receipt` — one month from when the
    /// request was received (Art. 12(3)); waiting for staff to confirm the
    /// requester's identity does not pause it.
    due_counted_from: String,
    /// Open (or waiting for identity) and past its due date.
    overdue: bool,
    /// When the person uploaded an identity document that waits for staff
    /// (`GET /requests/{id}/identity/document`); it is deleted when staff
    /// decide, and 14 days after the upload at the latest. Given by
    /// `GET /requests/{id}` (not in lists).
    #[oai(skip_serializing_if_is_none)]
    identity_document_at: Option<DateTime<Utc>>,
    /// The customer records the address matched when it was verified; empty
    /// when it matched none ("we hold no data").
    customer_ids: Vec<Uuid>,
    #[oai(skip_serializing_if_is_none)]
    extended_at: Option<DateTime<Utc>>,
    #[oai(skip_serializing_if_is_none)]
    extension_reason: Option<String>,
    #[oai(skip_serializing_if_is_none)]
    closed_at: Option<DateTime<Utc>>,
    /// The user or API token that answered it.
    #[oai(skip_serializing_if_is_none)]
    closed_by: Option<Uuid>,
    /// `copy_sent`, `no_data`, `erased`, `refused_hold`, `withdrawn` or `rejected`.
    #[oai(skip_serializing_if_is_none)]
    outcome: Option<String>,
    /// The reason the person was told, for a rejection.
    #[oai(skip_serializing_if_is_none)]
    reason: Option<String>,
    /// Until when the copy's download link works.
    #[oai(skip_serializing_if_is_none)]
    download_expires_at: Option<DateTime<Utc>>,
    /// The copy's files downloaded so far (each downloads once).
    downloaded: Vec<String>,
    /// Whether the requester's address is still held (until the answer).
    has_address: bool,
}

impl RequestView {
    fn of(r: data_request::Model, now: DateTime<Utc>) -> Self {
        Self {
            customer_ids: matched_ids(&r).into_iter().map(Into::into).collect(),
            downloaded: downloaded_of(&r),
            overdue: matches!(r.state, State::Open | State::Identity)
                && r.due_at.is_some_and(|d| d <= now),
            due_counted_from: "receipt".into(),
            identity_document_at: None,
            has_address: r.email_sealed.is_some(),
            id: r.id,
            kind: r.kind.as_str().to_owned(),
            state: r.state.as_str().to_owned(),
            received_at: r.received_at,
            verified_at: r.verified_at,
            due_at: r.due_at,
            extended_at: r.extended_at,
            extension_reason: r.extension_reason,
            closed_at: r.closed_at,
            closed_by: r.closed_by,
            outcome: r.outcome,
            reason: r.reason,
            download_expires_at: r.download_expires_at,
        }
    }
}

#[derive(Object)]
struct RequestList {
    /// In the order asked for, the soonest due first by default (at most
    /// `limit`, 1,000 unless given).
    items: Vec<RequestView>,
    /// How many requests the filters match, on every page together.
    total: u64,
}

#[derive(Object)]
#[oai(deny_unknown_fields)]
struct Rejection {
    /// Why; the person is told these words. 1–2,000 characters.
    #[oai(validator(max_length = 2000))]
    reason: String,
}

#[derive(Object)]
#[oai(deny_unknown_fields)]
struct IdentityDecision {
    /// Whether staff confirmed the requester's identity.
    confirmed: bool,
    /// How identity was confirmed, or why it could not be; sealed, never
    /// audited. When not confirmed, the person is told these words as the
    /// reason. 1–2,000 characters.
    #[oai(validator(max_length = 2000))]
    how: String,
}

/// Which requests need staff to confirm the requester's identity first.
#[derive(Object)]
#[oai(deny_unknown_fields)]
struct IdentitySettingsView {
    /// Any of `copy`, `erasure`, `portability`, `objection` (an objection to
    /// processing based on legitimate interests; one to direct marketing
    /// never waits). Never `withdraw_consent`: withdrawing consent and
    /// objecting to direct marketing stay as easy as giving consent
    /// (Art. 7(3), 21(3)).
    identity_kinds: Vec<String>,
    /// Whether the person may upload one identity document (JPEG, PNG or
    /// PDF, at most 5 MiB) through the portal for such a request.
    identity_documents: bool,
}

impl From<super::identity::IdentitySettings> for IdentitySettingsView {
    fn from(s: super::identity::IdentitySettings) -> Self {
        Self {
            identity_kinds: s.kinds.iter().map(|k| k.as_str().to_owned()).collect(),
            identity_documents: s.documents,
        }
    }
}

#[derive(ApiResponse)]
enum DocumentResponse {
    /// A JPEG image, as uploaded.
    #[oai(status = 200, content_type = "image/jpeg")]
    Jpeg(
        Binary<Vec<u8>>,
        #[oai(header = "Content-Disposition")] String,
        #[oai(header = "Cache-Control")] String,
    ),
    /// A PNG image, as uploaded.
    #[oai(status = 200, content_type = "image/png")]
    Png(
        Binary<Vec<u8>>,
        #[oai(header = "Content-Disposition")] String,
        #[oai(header = "Cache-Control")] String,
    ),
    /// A PDF, as uploaded.
    #[oai(status = 200, content_type = "application/pdf")]
    Pdf(
        Binary<Vec<u8>>,
        #[oai(header = "Content-Disposition")] String,
        #[oai(header = "Cache-Control")] String,
    ),
}

#[derive(Object)]
#[oai(deny_unknown_fields)]
struct Extension {
    /// 1 or 2 months more (Art. 12(3)).
    #[oai(validator(minimum(value = "1"), maximum(value = "2")))]
    months: u32,
    /// Why; the person is told these words. 1–2,000 characters.
    #[oai(validator(max_length = 2000))]
    reason: String,
}

pub struct RequestsApi;

#[OpenApi(prefix_path = "/requests", tag = "ApiTags::Requests")]
impl RequestsApi {
    /// List data-subject requests
    ///
    /// Staff. `state` is `open` (the default), `unverified`, `fulfilled`,
    /// `rejected` or `all`. The filters combine: `kind` (`copy`, `erasure`,
    /// `withdraw_consent`, `portability`), `overdue=1` (open and past the due date) or
    /// `due` (`overdue`, `soon`: within 7 days, `later`; open requests
    /// only). `sort` is `due` (the default: the soonest due first, so
    /// overdue ones lead), `-due`, `received` or `-received`. `limit` (1–1,000,
    /// default 1,000) a page, `page` from 1; `total` counts every page. A
    /// parameter that cannot be read is a 400 naming it.
    #[oai(path = "/", method = "get", operation_id = "list_requests")]
    #[allow(clippy::too_many_arguments)]
    async fn list(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        #[oai(name = "state")] filter: Query<Option<RequestState>>,
        #[oai(validator(max_length = 40))] kind: Query<Option<String>>,
        #[oai(validator(max_length = 10))] overdue: Query<Option<String>>,
        #[oai(validator(max_length = 10))] due: Query<Option<String>>,
        #[oai(validator(max_length = 12))] sort: Query<Option<String>>,
        #[oai(validator(minimum(value = "1"), maximum(value = "100000")))] page: Query<Option<u64>>,
        #[oai(validator(minimum(value = "1"), maximum(value = "1000")))] limit: Query<Option<u64>>,
    ) -> ApiResult<Json<RequestList>> {
        let filter = filter.0.map(|f| match f {
            RequestState::Unverified => State::Unverified.as_str(),
            RequestState::Identity => State::Identity.as_str(),
            RequestState::Open => State::Open.as_str(),
            RequestState::Fulfilled => State::Fulfilled.as_str(),
            RequestState::Rejected => State::Rejected.as_str(),
            RequestState::All => "all",
        });
        let wanted = Params {
            state: filter.map(str::to_owned),
            kind: kind.0,
            overdue: overdue.0,
            due: due.0,
            sort: sort.0,
        }
        .read()?;
        let limit = limit.0.unwrap_or(MAX_LIMIT);
        let offset = paging::offset(page.0.unwrap_or(1), limit);
        let now = state.clock.now();
        let (items, total) =
            super::queue::list(&state, auth.scope(), &wanted, offset, limit).await?;
        Ok(Json(RequestList {
            items: items.into_iter().map(|r| RequestView::of(r, now)).collect(),
            total,
        }))
    }

    /// Get a data-subject request
    #[oai(path = "/:id", method = "get", operation_id = "get_request")]
    async fn get(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<RequestView>> {
        let r = super::staff::get(&state, auth.scope(), id.0).await?;
        let at = super::identity::document_uploaded_at(&state.db.main, r.tenant_id, r.id).await?;
        let mut view = RequestView::of(r, state.clock.now());
        view.identity_document_at = at;
        Ok(Json(view))
    }

    /// Read the identity settings of requests
    ///
    /// Which request kinds wait for staff to confirm the requester's
    /// identity before they are answered, and whether the person may upload
    /// an identity document for them.
    #[oai(
        path = "/settings",
        method = "get",
        operation_id = "get_request_settings"
    )]
    async fn settings(
        &self,
        state: Data<&AppState>,
        auth: Auth,
    ) -> ApiResult<Json<IdentitySettingsView>> {
        let s = super::identity::settings(&state, auth.scope()).await?;
        Ok(Json(s.into()))
    }

    /// Change the identity settings of requests
    ///
    /// Admin. Audited as `tenant.settings_changed` with what changed.
    /// `withdraw_consent` is refused (422): withdrawing consent must stay as
    /// easy as giving it (Art. 7(3)); an objection to direct marketing never
    /// waits either (Art. 21(3)).
    #[oai(
        path = "/settings",
        method = "put",
        operation_id = "put_request_settings"
    )]
    async fn put_settings(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        body: Json<IdentitySettingsView>,
    ) -> ApiResult<Json<IdentitySettingsView>> {
        let b = body.0;
        let s = super::identity::put_settings(
            &state,
            auth.scope(),
            &meta,
            &b.identity_kinds,
            b.identity_documents,
        )
        .await?;
        Ok(Json(s.into()))
    }

    /// Decide on the requester's identity
    ///
    /// Staff, for a request in state `identity`. Confirmed: the request
    /// joins the queue (`open`). Not confirmed: it is rejected and the
    /// person is emailed `how` as the reason. `how` is kept sealed and never
    /// audited. Any uploaded identity document is deleted either way. A
    /// request not waiting for identity (or decided already) is a 409.
    #[oai(
        path = "/:id/identity",
        method = "post",
        operation_id = "decide_request_identity"
    )]
    async fn identity(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
        body: Json<IdentityDecision>,
    ) -> ApiResult<Json<RequestView>> {
        let b = body.0;
        let r =
            super::identity::decide(&state, auth.scope(), &meta, id.0, b.confirmed, &b.how).await?;
        Ok(Json(RequestView::of(r, state.clock.now())))
    }

    /// Get the identity document of a request
    ///
    /// Staff. The JPEG, PNG or PDF the person uploaded, with `Cache-Control:
    /// no-store`; 404 when there is none (never uploaded, or deleted: when
    /// staff decided, or 14 days after the upload).
    #[oai(
        path = "/:id/identity/document",
        method = "get",
        operation_id = "get_request_identity_document"
    )]
    async fn identity_document(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<DocumentResponse> {
        let d = super::identity::document(&state, auth.scope(), id.0).await?;
        let file = |ext: &str| format!("attachment; filename=\"identity-document.{ext}\"");
        let no_store = || "no-store".to_owned();
        Ok(match d.content_type.as_str() {
            "image/jpeg" => DocumentResponse::Jpeg(Binary(d.bytes), file("jpg"), no_store()),
            "image/png" => DocumentResponse::Png(Binary(d.bytes), file("png"), no_store()),
            _ => DocumentResponse::Pdf(Binary(d.bytes), file("pdf"), no_store()),
        })
    }

    /// Fulfil a request
    ///
    /// Staff for a copy: the person is emailed a link that downloads the
    /// PDF and the JSON copy of each matched record, once each, until
    /// `portal.download_ttl`; for portability, the data the person provided
    /// as JSON (with its schema) and CSV, likewise. Admin for erasure: every matched record is
    /// shredded (receipts at `/erasures/{id}`) and the person is told; while
    /// a matched record is on legal hold the request is refused instead,
    /// and the person is told why. A request that matched no record is
    /// answered "we hold no data about you".
    #[oai(path = "/:id/fulfil", method = "post", operation_id = "fulfil_request")]
    async fn fulfil(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<RequestView>> {
        let r = super::staff::fulfil(&state, auth.scope(), &meta, id.0).await?;
        Ok(Json(RequestView::of(r, state.clock.now())))
    }

    /// Reject a request
    ///
    /// Staff. The reason is emailed to the person.
    #[oai(path = "/:id/reject", method = "post", operation_id = "reject_request")]
    async fn reject(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
        body: Json<Rejection>,
    ) -> ApiResult<Json<RequestView>> {
        let r = super::staff::reject(&state, auth.scope(), &meta, id.0, &body.0.reason).await?;
        Ok(Json(RequestView::of(r, state.clock.now())))
    }

    /// Extend a request's due date
    ///
    /// Staff. Once, within the month after the request was received, by 1
    /// or 2 months; the reason and the new date are emailed to the person.
    #[oai(path = "/:id/extend", method = "post", operation_id = "extend_request")]
    async fn extend(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
        body: Json<Extension>,
    ) -> ApiResult<Json<RequestView>> {
        let body = body.0;
        let r = super::staff::extend(&state, auth.scope(), &meta, id.0, body.months, &body.reason)
            .await?;
        Ok(Json(RequestView::of(r, state.clock.now())))
    }
}
