//! The requests queue: data-subject requests from the portal, the soonest
//! due (so the overdue) first, narrowed and sorted, answered in place; a
//! refused answer shows the queue again with the fault next to it.

use poem::{
    Response, Route, get, handler,
    http::StatusCode,
    post,
    web::{Data, Path, Query},
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::count::Due;
use super::queue::Params;
use super::restriction::{restrictable_while_pending, stands};
use super::service::{Kind, Objection, State, matched_ids};
use crate::audit::Origin;
use crate::{
    error::{Error, Result},
    http::page::{self, Form, Posted, Tab, Viewer, time},
    http::paging::{self, Paging},
    i18n::say::Say,
    state::AppState,
};

pub fn routes(r: Route) -> Route {
    r.at("/requests", get(queue))
        .at("/requests/:id", get(queue_at))
        .at("/requests/:id/fulfil", post(fulfil))
        .at("/requests/:id/reject", post(reject))
        .at("/requests/:id/extend", post(extend))
        .at("/requests/:id/restrict", post(restrict))
}

/// The catalogue key of a request's kind.
fn kind_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Copy => "request-kind-copy",
        Kind::Erasure => "request-kind-erasure",
        Kind::WithdrawConsent => "request-kind-withdraw-consent",
        Kind::Portability => "request-kind-portability",
        Kind::Objection => "request-kind-objection",
        Kind::Restriction => "request-kind-restriction",
    }
}

/// The queue's parameters as a page's link or filter form gives them.
#[derive(Deserialize, Default)]
struct QueueQuery {
    #[serde(flatten)]
    params: Params,
    page: Option<String>,
}

impl QueueQuery {
    /// The parameters as a query string for the page's links (states,
    /// kinds, words: never a person's data), without the page.
    fn query(&self) -> String {
        let p = &self.params;
        paging::query([
            ("state", p.state.as_deref()),
            ("kind", p.kind.as_deref()),
            ("overdue", p.overdue.as_deref()),
            ("due", p.due.as_deref()),
            ("sort", p.sort.as_deref()),
        ])
    }
}

/// A refused action on one request, shown again next to it.
struct Refused {
    id: Uuid,
    action: &'static str,
    status: StatusCode,
    form: Form,
}

/// The refused action as the page shows it: what was entered, each fault
/// by field, and the fault that names no field.
#[derive(Serialize)]
struct RefusedView {
    id: Uuid,
    action: &'static str,
    #[serde(flatten)]
    form: Form,
}

async fn queue_page(
    app: &AppState,
    viewer: &Viewer,
    q: &QueueQuery,
    focus: Option<Uuid>,
    refused: Option<Refused>,
) -> Result<Response> {
    let now = app.clock.now();
    let wanted = q.params.read()?;
    let page_number = paging::number(q.page.as_deref())?;
    let (items, total) = super::queue::list(
        app,
        &viewer.scope,
        &wanted,
        paging::offset(page_number, paging::PER_PAGE),
        paging::PER_PAGE,
    )
    .await?;
    let rows = items
        .iter()
        .map(|r| RequestRow {
            id: r.id,
            kind: kind_label(r.kind),
            state: r.state,
            received_at: time(r.received_at),
            due_at: r.due_at.map(time),
            overdue: r.state == State::Open && r.due_at.is_some_and(|d| d <= now),
            open: r.state == State::Open,
            records: matched_ids(r).len(),
            extended: r.extended_at.is_some(),
            outcome: r.outcome.clone(),
            focus: Some(r.id) == focus,
            erasure: r.kind == Kind::Erasure,
            legitimate_interests: r.kind == Kind::Objection
                && r.objection == Some(Objection::LegitimateInterests),
            restrictable: r.state == State::Open
                && restrictable_while_pending(r)
                && r.restricted_ids.is_none(),
            restricted: stands(r),
        })
        .collect();
    let shown = wanted.state.map_or("all", State::as_str);
    let states = Tab::all(
        &[
            (State::Open.as_str(), "tab-open"),
            (State::Unverified.as_str(), "tab-unverified"),
            (State::Fulfilled.as_str(), "tab-fulfilled"),
            (State::Rejected.as_str(), "tab-rejected"),
            ("all", "tab-all"),
        ],
        shown,
    );
    let query = q.query();
    let status = refused.as_ref().map_or(StatusCode::OK, |r| r.status);
    Ok(page::render(
        viewer,
        "web/requests.html",
        status,
        QueuePage {
            title: "title-requests",
            section: "requests",
            rows,
            states,
            shown,
            kind: wanted.kind.map(Kind::as_str),
            due: wanted.due.map(Due::as_str),
            sort: wanted.sort.as_str(),
            kinds: Kind::ALL
                .iter()
                .map(|k| (k.as_str(), kind_label(*k)))
                .collect(),
            paging: Paging::new(page_number, total, paging::PER_PAGE),
            filtered: !query.is_empty(),
            query,
            refused: refused.map(|r| RefusedView {
                id: r.id,
                action: r.action,
                form: r.form,
            }),
        },
    ))
}

/// The queue, narrowed by state, kind and due date, sorted, a page of it.
#[derive(Serialize)]
struct QueuePage {
    title: &'static str,
    section: &'static str,
    rows: Vec<RequestRow>,
    states: Vec<Tab>,
    /// The filter and order shown, as their words.
    shown: &'static str,
    kind: Option<&'static str>,
    due: Option<&'static str>,
    sort: &'static str,
    /// The kinds the filter offers: the word and its catalogue key.
    kinds: Vec<(&'static str, &'static str)>,
    paging: Paging,
    filtered: bool,
    /// The filter and order as a query string, for the page links.
    query: String,
    refused: Option<RefusedView>,
}

/// One request in the queue.
#[derive(Serialize)]
struct RequestRow {
    id: Uuid,
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
    /// An objection to processing based on legitimate interests: fulfilling
    /// stops the processing, rejecting upholds it on compelling grounds.
    legitimate_interests: bool,
    /// Its records can be restricted now, while it is decided.
    restrictable: bool,
    /// A restriction the request put on stands.
    restricted: bool,
}

#[handler]
async fn queue(
    state: Data<&AppState>,
    viewer: Viewer,
    Query(q): Query<QueueQuery>,
) -> Result<Response> {
    queue_page(&state, &viewer, &q, None, None).await
}

/// The queue of request `id`'s state, with it shown open (digest emails
/// link here).
async fn queue_of(
    state: &AppState,
    viewer: &Viewer,
    id: Uuid,
    refused: Option<Refused>,
) -> Result<Response> {
    let r = super::staff::get(state, &viewer.scope, id).await?;
    let q = QueueQuery {
        params: Params {
            state: Some(r.state.as_str().to_owned()),
            ..Params::default()
        },
        page: None,
    };
    queue_page(state, viewer, &q, Some(id), refused).await
}

/// One request, shown in the queue (digest emails link here).
#[handler]
async fn queue_at(
    state: Data<&AppState>,
    viewer: Viewer,
    Path(id): Path<Uuid>,
) -> Result<Response> {
    queue_of(&state, &viewer, id, None).await
}

/// After an action on request `id`: back to the queue with `message`, or,
/// refused, the queue again with the fault next to the action and what
/// was entered kept.
async fn done(
    state: &AppState,
    posted: Posted,
    id: Uuid,
    action: &'static str,
    result: Result<()>,
    message: Say,
) -> Result<Response> {
    let Posted { viewer, form } = posted;
    let e = match result {
        Ok(()) => return Ok(page::redirect_with("/requests", message)),
        Err(e @ (Error::NotFound(_) | Error::Internal { .. } | Error::Db(_))) => return Err(e),
        Err(e) => e,
    };
    let (status, _, _) = page::faults(&e);
    let refused = Refused {
        id,
        action,
        status,
        form: Form::new(form.values(), Some(&e)),
    };
    queue_of(state, &viewer, id, Some(refused)).await
}

#[handler]
async fn fulfil(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Result<Response> {
    let result = super::staff::fulfil(&state, &posted.viewer.scope, &meta, id)
        .await
        .map(drop);
    let message = Say::new("flash-request-fulfilled");
    done(&state, posted, id, "fulfil", result, message).await
}

#[handler]
async fn reject(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Result<Response> {
    let reason = posted.form.text("reason").to_owned();
    let result = super::staff::reject(&state, &posted.viewer.scope, &meta, id, &reason)
        .await
        .map(drop);
    let message = Say::new("flash-request-rejected");
    done(&state, posted, id, "reject", result, message).await
}

#[handler]
async fn extend(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Result<Response> {
    let result = async {
        let months = posted
            .form
            .text("months")
            .parse::<u32>()
            .map_err(|_| Error::invalid("months", "must be 1 or 2"))?;
        super::staff::extend(
            &state,
            &posted.viewer.scope,
            &meta,
            id,
            months,
            posted.form.text("reason"),
        )
        .await
        .map(drop)
    }
    .await;
    let message = Say::new("flash-request-extended");
    done(&state, posted, id, "extend", result, message).await
}

/// Restricts a pending request's records now (an objection to processing
/// based on legitimate interests), while it is decided.
#[handler]
async fn restrict(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Result<Response> {
    let result = super::restriction::restrict_now(&state, &posted.viewer.scope, &meta, id)
        .await
        .map(drop);
    let message = Say::new("flash-request-restricted");
    done(&state, posted, id, "restrict", result, message).await
}
