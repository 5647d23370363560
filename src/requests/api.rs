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
    restriction::restricted_ids,
    service::{State, matched_ids, reasons},
};
use crate::audit::Origin;
use crate::{
    auth::extract::Auth,
    context::Services,
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
    /// The short reference the person's emails quote, such as
    /// `R-2026-0042`; given when the verification link is sent.
    #[oai(skip_serializing_if_is_none)]
    reference: Option<String>,
    /// `copy`, `erasure`, `withdraw_consent`, `portability`, `objection`,
    /// `rectification` or `restriction`.
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
    /// `copy_sent`, `no_data`, `erased`, `erased_partly`, `refused_hold`,
    /// `withdrawn`, `objected`, `processing_stopped`, `rectified`,
    /// `rectification_declined`, `restricted` or `rejected`.
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
    /// Whether the requester's address is still held (until the answer, or
    /// while a restriction the request put on stands).
    has_address: bool,
    /// A restriction request's ground (Art. 18(1)): `contests_accuracy`,
    /// `unlawful`, `legal_claims` or `objected`.
    #[oai(skip_serializing_if_is_none)]
    ground: Option<String>,
    /// The records this request restricted (granted, or restricted while it
    /// was decided); lifted only from the request, after the person is told.
    restricted_ids: Vec<Uuid>,
    /// When the request's restriction will be lifted, once announced.
    #[oai(skip_serializing_if_is_none)]
    lift_at: Option<DateTime<Utc>>,
    /// When the request's restriction was lifted.
    #[oai(skip_serializing_if_is_none)]
    lifted_at: Option<DateTime<Utc>>,
}

impl RequestView {
    /// The request as the API shows it, its reasons opened for staff.
    async fn of(state: &Services, r: data_request::Model) -> crate::error::Result<Self> {
        let now = state.clock.now();
        let (reason, extension_reason) = reasons(state, &r).await?;
        Ok(Self {
            customer_ids: matched_ids(&r).into_iter().map(Into::into).collect(),
            downloaded: downloaded_of(&r),
            overdue: matches!(r.state, State::Open | State::Identity)
                && r.due_at.is_some_and(|d| d <= now),
            due_counted_from: "receipt".into(),
            identity_document_at: None,
            has_address: r.email_sealed.is_some(),
            ground: r.ground.map(|g| g.as_str().to_owned()),
            restricted_ids: restricted_ids(&r).into_iter().map(Into::into).collect(),
            lift_at: r.lift_at,
            lifted_at: r.lifted_at,
            id: r.id,
            reference: r.reference.clone(),
            kind: r.kind.as_str().to_owned(),
            state: r.state.as_str().to_owned(),
            received_at: r.received_at,
            verified_at: r.verified_at,
            due_at: r.due_at,
            extended_at: r.extended_at,
            extension_reason,
            closed_at: r.closed_at,
            closed_by: r.closed_by,
            outcome: r.outcome,
            reason,
            download_expires_at: r.download_expires_at,
        })
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

/// One record's current value of a proposed detail.
#[derive(Object)]
struct RectificationCurrent {
    customer_id: Uuid,
    /// Absent when the record holds no value.
    #[oai(skip_serializing_if_is_none)]
    value: Option<String>,
}

/// Staff's decision on one detail, once decided.
#[derive(Object)]
struct RectificationDecisionView {
    accept: bool,
    /// Why it was declined, as the person was told.
    #[oai(skip_serializing_if_is_none)]
    reason: Option<String>,
}

/// One detail the person asked to have corrected.
#[derive(Object)]
struct RectificationChange {
    /// `name`, `email`, `phone`, `address`, `company` or `fields.<key>`.
    field: String,
    /// A custom field's label.
    #[oai(skip_serializing_if_is_none)]
    label: Option<String>,
    /// The value the person says is right.
    proposed: String,
    /// The value each matched record holds now.
    current: Vec<RectificationCurrent>,
    /// Once the request is decided.
    #[oai(skip_serializing_if_is_none)]
    decision: Option<RectificationDecisionView>,
}

/// A rectification request's proposal beside the current values.
#[derive(Object)]
struct RectificationView {
    request_id: Uuid,
    /// `open`, `fulfilled` or `rejected`.
    state: String,
    changes: Vec<RectificationChange>,
    /// The person's explanation.
    #[oai(skip_serializing_if_is_none)]
    note: Option<String>,
}

/// A decision on one proposed detail.
#[derive(Object)]
#[oai(deny_unknown_fields)]
struct RectificationDecisionBody {
    /// The field as the proposal names it.
    #[oai(validator(max_length = 60))]
    field: String,
    /// true to correct the records; false to decline (a reason is needed).
    accept: bool,
    /// Why it is declined; the person is told these words. Up to 2,000 characters.
    #[oai(validator(max_length = 2000))]
    reason: Option<String>,
}

/// Staff's decisions on a rectification request.
#[derive(Object)]
#[oai(deny_unknown_fields)]
struct RectificationBody {
    /// One decision for every proposed detail, each exactly once.
    #[oai(validator(max_items = 100))]
    decisions: Vec<RectificationDecisionBody>,
}

impl RectificationView {
    fn of(side: super::rectification::Side) -> Self {
        Self {
            request_id: side.row.id,
            state: side.row.state.as_str().to_owned(),
            note: side.note,
            changes: side
                .changes
                .into_iter()
                .map(|c| RectificationChange {
                    field: c.field,
                    label: c.label,
                    proposed: c.proposed,
                    current: c
                        .current
                        .into_iter()
                        .map(|v| RectificationCurrent {
                            customer_id: v.customer_id.into(),
                            value: v.value,
                        })
                        .collect(),
                    decision: c.decision.map(|d| RectificationDecisionView {
                        accept: d.accept,
                        reason: d.reason,
                    }),
                })
                .collect(),
        }
    }
}

#[derive(Object)]
#[oai(deny_unknown_fields)]
struct Lift {
    /// Why the restriction is lifted; the person is told these words.
    /// 1–2,000 characters.
    #[oai(validator(max_length = 2000))]
    reason: String,
    /// Days from now until it is lifted: 0–30, 7 unless given (a value out
    /// of range is a 422).
    notice_days: Option<u32>,
}

pub struct RequestsApi;

#[OpenApi(prefix_path = "/requests", tag = "ApiTags::Requests")]
impl RequestsApi {
    /// List data-subject requests
    ///
    /// Staff. `state` is `open` (the default), `unverified`, `fulfilled`,
    /// `rejected` or `all`. The filters combine: `kind` (`copy`, `erasure`,
    /// `withdraw_consent`, `portability`, `objection`, `rectification`, `restriction`), `overdue=1` (open and past the due date) or
    /// `due` (`overdue`, `soon`: within 7 days, `later`; open requests
    /// only). `sort` is `due` (the default: the soonest due first, so
    /// overdue ones lead), `-due`, `received` or `-received`. `limit` (1–1,000,
    /// default 1,000) a page, `page` from 1; `total` counts every page.
    /// `reference` (such as `R-2026-0042`) finds the request the person
    /// quotes, in any state unless `state` is given. A
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
        #[oai(validator(max_length = 24))] reference: Query<Option<String>>,
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
            reference: reference.0,
        }
        .read()?;
        let limit = limit.0.unwrap_or(MAX_LIMIT);
        let offset = paging::offset(page.0.unwrap_or(1), limit);
        let (rows, total) =
            super::queue::list(&state, auth.scope(), &wanted, offset, limit).await?;
        let mut items = Vec::with_capacity(rows.len());
        for r in rows {
            items.push(RequestView::of(&state, r).await?);
        }
        Ok(Json(RequestList { items, total }))
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
        let mut view = RequestView::of(&state, r).await?;
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
        Ok(Json(RequestView::of(&state, r).await?))
    }

    /// Get the identity document of a request
    ///
    /// Staff. The JPEG, PNG or PDF the person uploaded, with `Cache-Control:
    /// no-store`; who looked at it is audited (`request.viewed`); 404 when there is none (never uploaded, or deleted: when
    /// staff decided, or 14 days after the upload).
    #[oai(
        path = "/:id/identity/document",
        method = "get",
        operation_id = "get_request_identity_document"
    )]
    async fn identity_document(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<DocumentResponse> {
        let d = super::identity::document(&state, auth.scope(), &meta, id.0).await?;
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
        Ok(Json(RequestView::of(&state, r).await?))
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
        Ok(Json(RequestView::of(&state, r).await?))
    }

    /// A rectification's proposal beside the current values
    ///
    /// Staff. For each detail the person asked to have corrected: the
    /// value they say is right and the value each matched record holds now
    /// (and, once decided, the decision). 409 for another kind of request.
    #[oai(
        path = "/:id/rectification",
        method = "get",
        operation_id = "get_rectification"
    )]
    async fn rectification(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<RectificationView>> {
        let side = super::rectification::side_by_side(&state, auth.scope(), id.0).await?;
        Ok(Json(RectificationView::of(side)))
    }

    /// Decide a rectification
    ///
    /// Staff. Every proposed detail decided exactly once; a decline needs
    /// a reason. The accepted corrections are applied to every matched
    /// record through the record's write path (validation, version,
    /// history, audit `customer.updated`), all or nothing; each corrected
    /// record queues `customer.rectified`. The request closes as
    /// `fulfilled`/`rectified`, or `rejected`/`rectification_declined`
    /// when every detail is declined, and the person is emailed what was
    /// corrected and what was not and why. 422 naming the decision at
    /// fault; 409 when decided already or not a rectification.
    #[oai(
        path = "/:id/rectification",
        method = "post",
        operation_id = "decide_rectification"
    )]
    async fn decide_rectification(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
        body: Json<RectificationBody>,
    ) -> ApiResult<Json<RequestView>> {
        let decisions = body
            .0
            .decisions
            .into_iter()
            .map(|d| super::rectification::Decision {
                field: d.field,
                accept: d.accept,
                reason: d.reason,
            })
            .collect();
        let r = super::rectification::decide(&state, auth.scope(), &meta, id.0, decisions).await?;
        Ok(Json(RequestView::of(&state, r).await?))
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
        Ok(Json(RequestView::of(&state, r).await?))
    }

    /// Restrict a pending request's records now
    ///
    /// Staff. For an open objection to processing based on legitimate
    /// interests: every matched record is restricted at once while the
    /// objection is decided (Art. 18(1)(d)). The request remembers the
    /// records; the restriction is lifted only from it
    /// (`POST /requests/{id}/lift`), after the person is told. 409 for
    /// another kind or state, when already done, or when it matched no record.
    #[oai(
        path = "/:id/restrict",
        method = "post",
        operation_id = "restrict_request"
    )]
    async fn restrict(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<RequestView>> {
        let r = super::restriction::restrict_now(&state, auth.scope(), &meta, id.0).await?;
        Ok(Json(RequestView::of(&state, r).await?))
    }

    /// Announce the lift of a request's restriction
    ///
    /// Staff. For a request that restricted records (a restriction request
    /// granted, or records restricted while an objection was decided): the
    /// person is emailed at once with the reason and the date it will be
    /// lifted (Art. 18(3)), `notice_days` (0–30, default 7) from now; the
    /// requests job lifts it then (audited `request.restriction_lifted`).
    /// 409 when the request restricted nothing, or the lift was already
    /// announced or done.
    #[oai(
        path = "/:id/lift",
        method = "post",
        operation_id = "lift_request_restriction"
    )]
    async fn lift(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
        body: Json<Lift>,
    ) -> ApiResult<Json<RequestView>> {
        let b = body.0;
        let r =
            super::restriction::lift(&state, auth.scope(), &meta, id.0, &b.reason, b.notice_days)
                .await?;
        Ok(Json(RequestView::of(&state, r).await?))
    }
}
