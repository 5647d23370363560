//! The requests queue: data-subject requests from the portal, the soonest
//! due (so the overdue) first, answered in place.

use poem::{
    Response, Route, get, handler,
    http::StatusCode,
    post,
    web::{Data, Path, Query},
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::service::{Kind, State, matched_ids};
use crate::audit::Origin;
use crate::{
    error::{Error, Result},
    http::page::{self, Posted, Tab, Viewer, time},
    i18n::say::Say,
    state::AppState,
};

pub fn routes(r: Route) -> Route {
    r.at("/requests", get(queue))
        .at("/requests/:id", get(queue_at))
        .at("/requests/:id/fulfil", post(fulfil))
        .at("/requests/:id/reject", post(reject))
        .at("/requests/:id/extend", post(extend))
}

/// The catalogue key of a request's kind.
fn kind_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Copy => "request-kind-copy",
        Kind::Erasure => "request-kind-erasure",
        Kind::WithdrawConsent => "request-kind-withdraw-consent",
    }
}

#[derive(Deserialize)]
struct QueueQuery {
    state: Option<String>,
}

async fn queue_page(
    app: &AppState,
    viewer: &Viewer,
    wanted: Option<&str>,
    focus: Option<Uuid>,
) -> Result<Response> {
    let now = app.clock.now();
    let items = super::staff::list(app, &viewer.scope, wanted).await?;
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
        })
        .collect();
    let shown = wanted.unwrap_or(State::Open.as_str());
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
    Ok(page::render(
        viewer,
        "web/requests.html",
        StatusCode::OK,
        QueuePage {
            title: "title-requests",
            section: "requests",
            rows,
            states,
        },
    ))
}

/// The queue, filtered by state.
#[derive(Serialize)]
struct QueuePage {
    title: &'static str,
    section: &'static str,
    rows: Vec<RequestRow>,
    states: Vec<Tab>,
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
}

#[handler]
async fn queue(
    state: Data<&AppState>,
    viewer: Viewer,
    Query(q): Query<QueueQuery>,
) -> Result<Response> {
    queue_page(&state, &viewer, q.state.as_deref(), None).await
}

/// One request, shown in the queue (digest emails link here).
#[handler]
async fn queue_at(
    state: Data<&AppState>,
    viewer: Viewer,
    Path(id): Path<Uuid>,
) -> Result<Response> {
    let r = super::staff::get(&state, &viewer.scope, id).await?;
    queue_page(&state, &viewer, Some(r.state.as_str()), Some(id)).await
}

fn done(viewer: &Viewer, result: Result<()>, message: Say) -> Response {
    page::after(viewer, result, "/requests", message)
}

#[handler]
async fn fulfil(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Response {
    let viewer = posted.viewer;
    let result = super::staff::fulfil(&state, &viewer.scope, &meta, id)
        .await
        .map(drop);
    done(&viewer, result, Say::new("flash-request-fulfilled"))
}

#[handler]
async fn reject(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Response {
    let Posted { viewer, form } = posted;
    let result = super::staff::reject(&state, &viewer.scope, &meta, id, form.text("reason"))
        .await
        .map(drop);
    done(&viewer, result, Say::new("flash-request-rejected"))
}

#[handler]
async fn extend(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Response {
    let Posted { viewer, form } = posted;
    let result = async {
        let months = form
            .text("months")
            .parse::<u32>()
            .map_err(|_| Error::invalid("months", "must be 1 or 2"))?;
        super::staff::extend(
            &state,
            &viewer.scope,
            &meta,
            id,
            months,
            form.text("reason"),
        )
        .await
        .map(drop)
    }
    .await;
    done(&viewer, result, Say::new("flash-request-extended"))
}
