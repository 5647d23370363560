//! The view models the requests pages share: a request as a row of the
//! queue and on its own page, and an answer refused, shown beside it.

use chrono::{DateTime, Utc};
use entity::data_request;
use poem::http::StatusCode;
use serde::Serialize;
use uuid::Uuid;

use super::restriction::{restrictable_while_pending, stands};
use super::service::{Kind, Objection, State, matched_ids, reference_of};
use crate::http::page::{Form, time};

/// The catalogue key of a request's kind.
pub(super) fn kind_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Copy => "request-kind-copy",
        Kind::Erasure => "request-kind-erasure",
        Kind::WithdrawConsent => "request-kind-withdraw-consent",
        Kind::Portability => "request-kind-portability",
        Kind::Objection => "request-kind-objection",
        Kind::Rectification => "request-kind-rectification",
        Kind::Restriction => "request-kind-restriction",
    }
}

/// A refused action on one request, shown again next to it.
pub(super) struct Refused {
    pub(super) id: Uuid,
    pub(super) action: &'static str,
    pub(super) status: StatusCode,
    pub(super) form: Form,
}

impl Refused {
    pub(super) fn view(self) -> RefusedView {
        RefusedView {
            id: self.id,
            action: self.action,
            form: self.form,
        }
    }
}

/// The refused action as the page shows it: what was entered, each fault
/// by field, and the fault that names no field.
#[derive(Serialize)]
pub(super) struct RefusedView {
    id: Uuid,
    action: &'static str,
    #[serde(flatten)]
    form: Form,
}

/// One request in the queue.
#[derive(Serialize)]
pub(super) struct RequestRow {
    id: Uuid,
    /// Its reference, such as `R-2026-0042`.
    reference: String,
    kind: &'static str,
    state: State,
    received_at: String,
    due_at: Option<String>,
    overdue: bool,
    open: bool,
    /// How many records the request's email matched.
    records: usize,
    extended: bool,
    outcome: Option<String>,
    /// The request a link pointed at, shown open.
    focus: bool,
    erasure: bool,
    /// Decided on its own page, detail by detail.
    rectification: bool,
    /// An objection to processing based on legitimate interests: fulfilling
    /// stops the processing, rejecting upholds it on compelling grounds.
    legitimate_interests: bool,
    /// Its records can be restricted now, while it is decided.
    restrictable: bool,
    /// A restriction the request put on stands.
    restricted: bool,
    /// Waiting for staff to confirm the requester's identity.
    identity: bool,
    /// An identity document waits for staff to look at it.
    pub(super) document: bool,
}

impl RequestRow {
    pub(super) fn of(r: &data_request::Model, now: DateTime<Utc>, focus: bool) -> Self {
        Self {
            id: r.id,
            reference: reference_of(r),
            kind: kind_label(r.kind),
            state: r.state,
            received_at: time(r.received_at),
            due_at: r.due_at.map(time),
            overdue: matches!(r.state, State::Open | State::Identity)
                && r.due_at.is_some_and(|d| d <= now),
            open: r.state == State::Open,
            records: matched_ids(r).len(),
            extended: r.extended_at.is_some(),
            outcome: r.outcome.clone(),
            focus,
            erasure: r.kind == Kind::Erasure,
            rectification: r.kind == Kind::Rectification,
            legitimate_interests: r.kind == Kind::Objection
                && r.objection == Some(Objection::LegitimateInterests),
            restrictable: r.state == State::Open
                && restrictable_while_pending(r)
                && r.restricted_ids.is_none(),
            restricted: stands(r),
            identity: r.state == State::Identity,
            document: false,
        }
    }
}
