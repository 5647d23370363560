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
use super::service::{Kind, State, matched_ids};
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
        .at("/requests/:id/identity", post(identity))
        .at("/settings/requests", get(settings).post(save_settings))
}

/// The catalogue key of a request's kind.
fn kind_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Copy => "request-kind-copy",
        Kind::Erasure => "request-kind-erasure",
        Kind::WithdrawConsent => "request-kind-withdraw-consent",
        Kind::Portability => "request-kind-portability",
        Kind::Objection => "request-kind-objection",
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
    let waiting: Vec<Uuid> = items
        .iter()
        .filter(|r| r.state == State::Identity)
        .map(|r| r.id)
        .collect();
    let documents =
        super::identity::with_documents(&app.db.main, viewer.scope.tenant_id(), &waiting).await?;
    let rows = items
        .iter()
        .map(|r| RequestRow {
            identity: r.state == State::Identity,
            document: documents.contains(&r.id),
            id: r.id,
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
            focus: Some(r.id) == focus,
            erasure: r.kind == Kind::Erasure,
        })
        .collect();
    let shown = wanted.state.map_or("all", State::as_str);
    let states = Tab::all(
        &[
            (State::Open.as_str(), "tab-open"),
            (State::Identity.as_str(), "tab-identity"),
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
    /// Waiting for staff to confirm the requester's identity.
    identity: bool,
    /// An identity document waits for staff to look at it.
    document: bool,
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

#[handler]
async fn identity(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Result<Response> {
    let confirmed = match posted.form.text("confirmed") {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    };
    let how = posted.form.text("how").to_owned();
    let result = match confirmed {
        Some(confirmed) => {
            super::identity::decide(&state, &posted.viewer.scope, &meta, id, confirmed, &how)
                .await
                .map(|_| confirmed)
        }
        None => Err(Error::invalid(
            "confirmed",
            "choose confirmed or not confirmed",
        )),
    };
    let message = match result {
        Ok(false) => Say::new("flash-request-identity-refused"),
        _ => Say::new("flash-request-identity-confirmed"),
    };
    let action = match posted.form.text("confirmed") {
        "no" => "identity-refuse",
        _ => "identity-confirm",
    };
    done(&state, posted, id, action, result.map(drop), message).await
}

/// The identity settings page (admins change them).
#[derive(Serialize)]
struct SettingsPage {
    title: &'static str,
    section: &'static str,
    #[serde(flatten)]
    form: Form,
    /// The kinds that may need identity: the word and its catalogue key.
    kinds: Vec<(&'static str, &'static str)>,
    admin: bool,
}

/// The stored settings, as the form's fields hold them.
#[derive(Serialize)]
struct SettingsValues {
    kinds: Vec<&'static str>,
    documents: bool,
}

async fn settings_page(
    app: &AppState,
    viewer: &Viewer,
    status: StatusCode,
    e: Option<&Error>,
) -> Result<Response> {
    let current = super::identity::settings(app, &viewer.scope).await?;
    let values = SettingsValues {
        kinds: current.kinds.iter().map(|k| k.as_str()).collect(),
        documents: current.documents,
    };
    Ok(page::render(
        viewer,
        "web/request_settings.html",
        status,
        SettingsPage {
            title: "title-request-settings",
            section: "request-settings",
            form: Form::new(values, e),
            kinds: super::identity::CHECKABLE
                .iter()
                .map(|k| (k.as_str(), kind_label(*k)))
                .collect(),
            admin: viewer.scope.require(crate::auth::Role::Admin).is_ok(),
        },
    ))
}

#[handler]
async fn settings(state: Data<&AppState>, viewer: Viewer) -> Result<Response> {
    settings_page(&state, &viewer, StatusCode::OK, None).await
}

#[handler]
async fn save_settings(state: Data<&AppState>, meta: Origin, posted: Posted) -> Result<Response> {
    let Posted { viewer, form } = posted;
    let kinds: Vec<String> = super::identity::CHECKABLE
        .iter()
        .filter(|k| form.checked(&format!("kind-{}", k.as_str())))
        .map(|k| k.as_str().to_owned())
        .collect();
    let saved = super::identity::put_settings(
        &state,
        &viewer.scope,
        &meta,
        &kinds,
        form.checked("documents"),
    )
    .await;
    match saved {
        Ok(_) => Ok(page::redirect_with(
            "/settings/requests",
            Say::new("flash-request-settings-saved"),
        )),
        Err(e @ Error::Invalid(_)) => {
            settings_page(&state, &viewer, StatusCode::UNPROCESSABLE_ENTITY, Some(&e)).await
        }
        Err(e) => Err(e),
    }
}
