//! `/api/v1/requests`: the staff queue of data-subject requests.

use chrono::{DateTime, Utc};
use entity::data_request;
use poem::web::Data;
use poem_openapi::{
    Enum, Object, OpenApi,
    param::{Path, Query},
    payload::Json,
};
use uuid::Uuid;

use super::{
    downloads::downloaded_of,
    queue::Params,
    restriction::restricted_ids,
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
    /// `copy`, `erasure`, `withdraw_consent`, `portability`, `objection`
    /// or `restriction`.
    kind: String,
    /// `unverified`, `open`, `fulfilled` or `rejected`.
    state: String,
    received_at: DateTime<Utc>,
    #[oai(skip_serializing_if_is_none)]
    verified_at: Option<DateTime<Utc>>,
    /// When the answer is due: a month after it was received, plus any extension.
    #[oai(skip_serializing_if_is_none)]
    due_at: Option<DateTime<Utc>>,
    /// Open and past its due date.
    overdue: bool,
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
    /// `copy_sent`, `no_data`, `erased`, `refused_hold`, `withdrawn`,
    /// `objected`, `processing_stopped`, `restricted` or `rejected`.
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
    fn of(r: data_request::Model, now: DateTime<Utc>) -> Self {
        Self {
            customer_ids: matched_ids(&r).into_iter().map(Into::into).collect(),
            downloaded: downloaded_of(&r),
            overdue: r.state == State::Open && r.due_at.is_some_and(|d| d <= now),
            has_address: r.email_sealed.is_some(),
            ground: r.ground.map(|g| g.as_str().to_owned()),
            restricted_ids: restricted_ids(&r).into_iter().map(Into::into).collect(),
            lift_at: r.lift_at,
            lifted_at: r.lifted_at,
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
struct Extension {
    /// 1 or 2 months more (Art. 12(3)).
    #[oai(validator(minimum(value = "1"), maximum(value = "2")))]
    months: u32,
    /// Why; the person is told these words. 1–2,000 characters.
    #[oai(validator(max_length = 2000))]
    reason: String,
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
        Ok(Json(RequestView::of(r, state.clock.now())))
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
        Ok(Json(RequestView::of(r, state.clock.now())))
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
        Ok(Json(RequestView::of(r, state.clock.now())))
    }
}
