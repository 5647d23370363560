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
use super::service::{Kind, State};
use super::view::{Refused, RefusedView, RequestRow, kind_label};
use crate::audit::Origin;
use crate::{
    error::{Error, Result},
    http::page::{self, Form, Posted, Tab, Viewer},
    http::paging::{self, Paging},
    i18n::say::Say,
    state::AppState,
};

pub fn routes(r: Route) -> Route {
    r.at("/requests", get(queue))
        .at("/requests/:id", get(request_at))
        .at("/requests/:id/fulfil", post(fulfil))
        .at("/requests/:id/reject", post(reject))
        .at("/requests/:id/extend", post(extend))
        .at(
            "/requests/:id/rectification",
            get(rectification).post(decide_rectification),
        )
        .at("/requests/:id/restrict", post(restrict))
        .at("/requests/:id/identity", post(identity))
        .at("/settings/requests", get(settings).post(save_settings))
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
            ("reference", p.reference.as_deref()),
        ])
    }
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
    // A reference names one request: its own page.
    if let ([only], Some(_), None) = (items.as_slice(), wanted.reference, &refused) {
        return Ok(page::redirect(&format!("/requests/{}", only.id)));
    }
    let waiting: Vec<Uuid> = items
        .iter()
        .filter(|r| r.state == State::Identity)
        .map(|r| r.id)
        .collect();
    let documents =
        super::identity::with_documents(&app.db.main, viewer.scope.tenant_id(), &waiting).await?;
    let rows = items
        .iter()
        .map(|r| {
            let mut row = RequestRow::of(r, now, Some(r.id) == focus);
            row.document = documents.contains(&r.id);
            row
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
            reference: wanted.reference.map(|r| r.text()).unwrap_or_default(),
            kinds: Kind::ALL
                .iter()
                .map(|k| (k.as_str(), kind_label(*k)))
                .collect(),
            paging: Paging::new(page_number, total, paging::PER_PAGE),
            filtered: !query.is_empty(),
            query,
            refused: refused.map(Refused::view),
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
    /// The reference searched for, as the filter shows it.
    reference: String,
    /// The kinds the filter offers: the word and its catalogue key.
    kinds: Vec<(&'static str, &'static str)>,
    paging: Paging,
    filtered: bool,
    /// The filter and order as a query string, for the page links.
    query: String,
    refused: Option<RefusedView>,
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

/// One request on its own page (notices, digests and the queue link here).
#[handler]
async fn request_at(
    state: Data<&AppState>,
    viewer: Viewer,
    meta: Origin,
    Path(id): Path<Uuid>,
) -> Result<Response> {
    super::detail::request_page(&state, &viewer, &meta, id, None).await
}

/// After an action on request `id`: back to the queue with `message`, or,
/// refused, the queue again with the fault next to the action and what
/// was entered kept.
async fn done(
    state: &AppState,
    meta: &Origin,
    posted: Posted,
    id: Uuid,
    action: &'static str,
    result: Result<()>,
    message: Say,
) -> Result<Response> {
    let Posted { viewer, form } = posted;
    // Answered from the request's own page: back to it.
    let own_page = form.text("back") == "request";
    let e = match result {
        Ok(()) if own_page => {
            return Ok(page::redirect_with(&format!("/requests/{id}"), message));
        }
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
    match own_page {
        true => super::detail::request_page(state, &viewer, meta, id, Some(refused)).await,
        false => queue_of(state, &viewer, id, Some(refused)).await,
    }
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
    done(&state, &meta, posted, id, "fulfil", result, message).await
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
    done(&state, &meta, posted, id, "reject", result, message).await
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
    done(&state, &meta, posted, id, "extend", result, message).await
}

/// A rectification request's page: the proposal beside each matched
/// record's current values, a decision per detail, one submit.
#[derive(Serialize)]
struct RectificationPage {
    title: &'static str,
    section: &'static str,
    id: Uuid,
    open: bool,
    note: Option<String>,
    /// The matched records, in the order of the columns.
    records: Vec<Uuid>,
    rows: Vec<RectificationRow>,
    #[serde(flatten)]
    form: Form,
}

/// One proposed detail.
#[derive(Serialize)]
struct RectificationRow {
    field: String,
    /// The name of its inputs (`field` with `.` made `-`).
    slug: String,
    label: Option<String>,
    proposed: String,
    current: Vec<Option<String>>,
    accepted: Option<bool>,
    reason: Option<String>,
}

async fn rectification_page(
    state: &AppState,
    viewer: &Viewer,
    id: Uuid,
    status: StatusCode,
    form: Form,
) -> Result<Response> {
    let side = super::rectification::side_by_side(state, &viewer.scope, id).await?;
    let records: Vec<Uuid> = side
        .changes
        .first()
        .map(|c| c.current.iter().map(|v| v.customer_id.into()).collect())
        .unwrap_or_default();
    let rows = side
        .changes
        .into_iter()
        .map(|c| RectificationRow {
            slug: c.field.replace('.', "-"),
            field: c.field,
            label: c.label,
            proposed: c.proposed,
            current: c.current.into_iter().map(|v| v.value).collect(),
            accepted: c.decision.as_ref().map(|d| d.accept),
            reason: c.decision.and_then(|d| d.reason),
        })
        .collect();
    Ok(page::render(
        viewer,
        "web/rectification.html",
        status,
        RectificationPage {
            title: "title-rectification",
            section: "requests",
            id,
            open: side.row.state == State::Open,
            note: side.note,
            records,
            rows,
            form,
        },
    ))
}

#[handler]
async fn rectification(
    state: Data<&AppState>,
    viewer: Viewer,
    Path(id): Path<Uuid>,
) -> Result<Response> {
    rectification_page(&state, &viewer, id, StatusCode::OK, Form::default()).await
}

/// The page's decisions: `decision.<slug>` (`accept` or `decline`) and
/// `reason.<slug>` for each proposed detail, in the order shown.
fn decisions_in(
    form: &crate::http::page::Fields,
    fields: &[String],
) -> Vec<super::rectification::Decision> {
    fields
        .iter()
        .filter_map(|field| {
            let slug = field.replace('.', "-");
            let accept = match form.text(&format!("decision.{slug}")) {
                "accept" => true,
                "decline" => false,
                _ => return None,
            };
            let reason = form.text(&format!("reason.{slug}")).trim().to_owned();
            Some(super::rectification::Decision {
                field: field.clone(),
                accept,
                reason: (!reason.is_empty()).then_some(reason),
            })
        })
        .collect()
}

#[handler]
async fn decide_rectification(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Result<Response> {
    let Posted { viewer, form } = posted;
    let side = super::rectification::side_by_side(&state, &viewer.scope, id).await?;
    let fields: Vec<String> = side.changes.iter().map(|c| c.field.clone()).collect();
    let decisions = decisions_in(&form, &fields);
    let sent: Vec<String> = decisions.iter().map(|d| d.field.clone()).collect();
    let result = super::rectification::decide(&state, &viewer.scope, &meta, id, decisions).await;
    match result {
        Ok(_) => Ok(page::redirect_with(
            "/requests",
            Say::new("flash-request-rectified"),
        )),
        Err(e @ (Error::Invalid(_) | Error::Conflict(_))) => {
            let (status, _, _) = page::faults(&e);
            let refused = Form::new(form.values(), Some(&pagewise(e, &sent)));
            rectification_page(&state, &viewer, id, status, refused).await
        }
        Err(e) => Err(e),
    }
}

/// The service's faults by the page's inputs: `decisions[i].reason` and
/// `decisions.<field>` become `reason.<slug>` and `decision.<slug>`.
fn pagewise(e: Error, fields: &[String]) -> Error {
    let Error::Invalid(faults) = e else {
        return e;
    };
    let mut out = std::collections::BTreeMap::new();
    for (k, v) in faults {
        let key = if let Some(field) = k.strip_prefix("decisions.") {
            format!("decision.{}", field.replace('.', "-"))
        } else if let Some(rest) = k.strip_prefix("decisions[") {
            // `fields` are the decisions sent, in order.
            let i: usize = rest
                .split(']')
                .next()
                .and_then(|n| n.parse().ok())
                .unwrap_or(0);
            let what = if rest.ends_with(".reason") {
                "reason"
            } else {
                "decision"
            };
            match fields.get(i) {
                Some(f) => format!("{what}.{}", f.replace('.', "-")),
                None => k,
            }
        } else {
            k
        };
        out.insert(key, v);
    }
    Error::Invalid(out)
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
    done(&state, &meta, posted, id, "restrict", result, message).await
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
    done(&state, &meta, posted, id, action, result.map(drop), message).await
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
