//! The inbox: open notices, with what can be done about each in place;
//! closed ones too, narrowed by kind, a numbered page at a time.

use entity::ids::CustomerId;
use poem::{
    Response, Route, get, handler,
    http::StatusCode,
    post,
    web::{Data, Path, Query},
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::service::{self, Filter, NoticeKind, Start, Wanted};
use crate::audit::Origin;
use crate::{
    error::{Error, Result},
    http::page::{self, Posted, Viewer, time},
    http::paging::{self, Paging},
    i18n::say::Say,
    state::AppState,
};

pub fn routes(r: Route) -> Route {
    r.at("/notifications", get(inbox))
        .at("/notifications/ack", post(ack_ticked))
        .at("/notifications/:id/ack", post(ack))
}

/// The catalogue key of what a notice is about.
pub fn what(kind: NoticeKind) -> &'static str {
    match kind {
        NoticeKind::Expired => "notice-expired",
        NoticeKind::Anonymized => "notice-anonymized",
        NoticeKind::Shredded => "notice-shredded",
        NoticeKind::Returned => "notice-returned",
        NoticeKind::RequestReceived => "notice-request-received",
        NoticeKind::RequestIdentity => "notice-request-identity",
        NoticeKind::RequestDueSoon => "notice-request-due-soon",
        NoticeKind::RequestOverdue => "notice-request-overdue",
        NoticeKind::IntegrationDisabled => "notice-integration-disabled",
        NoticeKind::TaskDue => "notice-task-due",
    }
}

#[derive(Deserialize)]
struct InboxQuery {
    show: Option<String>,
    kind: Option<String>,
    cursor: Option<String>,
    page: Option<String>,
}

impl InboxQuery {
    /// The filter as a query string for the page's links (words only),
    /// without the page or cursor.
    fn query(&self) -> String {
        paging::query([
            ("show", self.show.as_deref()),
            ("kind", self.kind.as_deref()),
        ])
    }
}

#[handler]
async fn inbox(
    state: Data<&AppState>,
    meta: Origin,
    viewer: Viewer,
    Query(q): Query<InboxQuery>,
) -> Result<Response> {
    let wanted = Wanted::read(q.show.as_deref(), q.kind.as_deref())?;
    let closed = wanted.filter == Filter::Closed;
    let page_number = paging::number(q.page.as_deref())?;
    // A cursor given out before still pages as it did.
    let cursor = q.cursor.as_deref().filter(|c| !c.is_empty());
    let start = match cursor {
        Some(c) => Start::After(Some(c)),
        None => Start::Page(page_number),
    };
    let per_page = paging::PER_PAGE;
    let listed = service::list(&state, &viewer.scope, wanted, start, Some(per_page)).await?;
    let (items, total) = (listed.items, listed.total);
    let next = listed.next.filter(|_| cursor.is_some());
    let query = q.query();
    let ids: Vec<CustomerId> = items.iter().filter_map(|n| n.customer_id).collect();
    let names = crate::customers::read::names(&state, &viewer.scope, &meta, ids.clone()).await?;
    let unnamed: Vec<CustomerId> = ids.into_iter().filter(|c| !names.contains_key(c)).collect();
    let anonymized =
        crate::customers::read::anonymized_among(&state, &viewer.scope, unnamed).await?;
    let ackers = items.iter().filter_map(|n| n.acked_by);
    let ackers = crate::users::names::of(&state.db.main, viewer.scope.tenant_id(), ackers).await?;
    let rows = items
        .into_iter()
        .map(|n| {
            let record = n.customer_id.map(|c| match names.get(&c) {
                Some(name) => Record::Named(name.clone()),
                None if anonymized.contains(&c) => Record::Anonymized,
                None => Record::Gone,
            });
            NoticeRow {
                id: n.id,
                kind: n.kind,
                what: what(n.kind),
                expired: n.kind == NoticeKind::Expired,
                customer: match &record {
                    Some(Record::Named(name)) => Some(name.clone()),
                    _ => None,
                },
                record,
                customer_id: n.customer_id,
                request_id: n.request_id,
                integration_id: n.integration_id,
                at: time(n.created_at),
                reminders: n.reminders,
                closed_at: n.closed_at.map(time),
                done: n.closed_reason.as_deref().map(done),
                acked_by: n
                    .acked_by
                    .and_then(|a| ackers.get(&a))
                    .map(|a| a.name.clone()),
            }
        })
        .collect();
    Ok(page::render(
        &viewer,
        "web/notifications.html",
        StatusCode::OK,
        InboxPage {
            title: "title-inbox",
            section: "notifications",
            rows,
            next,
            closed,
            show: match wanted.filter {
                Filter::Open => "open",
                Filter::Closed => "closed",
                Filter::All => "all",
            },
            kind: wanted.kind.map(NoticeKind::as_str),
            kinds: NoticeKind::ALL
                .iter()
                .map(|k| (k.as_str(), what(*k)))
                .collect(),
            paging: Paging::new(page_number, total, per_page),
            cursor: cursor.is_some(),
            filtered: !query.is_empty(),
            query,
        },
    ))
}

/// The inbox: open notices, or closed ones with `closed`, of one kind or
/// all, a page of them.
#[derive(Serialize)]
struct InboxPage {
    title: &'static str,
    section: &'static str,
    rows: Vec<NoticeRow>,
    /// The next cursor, when paged by a cursor given out before.
    next: Option<String>,
    closed: bool,
    /// The filter shown: `open`, `closed` or `all`, and the kind's word.
    show: &'static str,
    kind: Option<&'static str>,
    /// The kinds the filter offers: the word and its catalogue key.
    kinds: Vec<(&'static str, &'static str)>,
    paging: Paging,
    /// Paged by cursor: the page numbers are not shown.
    cursor: bool,
    filtered: bool,
    /// The filter as a query string, for the page links.
    query: String,
}

/// The record a notice is about, as its heading names it.
#[derive(Serialize)]
#[serde(tag = "as", content = "name", rename_all = "lowercase")]
enum Record {
    /// Held and opened for the viewer: its name.
    Named(String),
    /// Held, but its personal data is gone.
    Anonymized,
    /// No longer held (shredded).
    Gone,
}

/// The catalogue key of the sentence saying why a notice closed.
fn done(reason: &str) -> &'static str {
    match reason {
        service::reason::ACKNOWLEDGED => "notice-done-acknowledged",
        service::reason::REOPENED => "notice-done-reopened",
        service::reason::HELD => "notice-done-held",
        service::reason::RESCHEDULED => "notice-done-rescheduled",
        "closed" => "notice-done-answered",
        "shredded" => "notice-done-shredded",
        "anonymized" => "notice-done-anonymized",
        _ => "notice-done-other",
    }
}

/// One notice, with what it is about in words.
#[derive(Serialize)]
struct NoticeRow {
    id: Uuid,
    kind: NoticeKind,
    what: &'static str,
    expired: bool,
    customer_id: Option<CustomerId>,
    record: Option<Record>,
    /// The record's name, while it is held and has one.
    customer: Option<String>,
    request_id: Option<Uuid>,
    integration_id: Option<Uuid>,
    at: String,
    reminders: i32,
    closed_at: Option<String>,
    /// The catalogue key of the sentence saying why it closed.
    done: Option<&'static str>,
    /// Who acknowledged it, by name.
    acked_by: Option<String>,
}

#[handler]
async fn ack(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Response {
    let Posted { viewer, form } = posted;
    match service::ack(&state, &viewer.scope, &meta, id).await {
        Ok(_) => page::redirect_with(
            &form.back_or("/notifications".into()),
            Say::new("flash-notice-acknowledged"),
        ),
        Err(e) => page::error(Some(&viewer), &e),
    }
}

/// Acknowledges the ticked notices at once (the `id` checkboxes).
#[handler]
async fn ack_ticked(state: Data<&AppState>, meta: Origin, posted: Posted) -> Response {
    let Posted { viewer, form } = posted;
    let ticked = form.all("id");
    if ticked.is_empty() {
        return page::redirect_with("/notifications", Say::new("flash-notices-none-ticked"));
    }
    let ids: Result<Vec<Uuid>> = ticked
        .iter()
        .map(|id| {
            Uuid::try_parse(id)
                .map_err(|_| Error::invalid("ids", "a ticked notice is not a notice ID"))
        })
        .collect();
    let acked = match ids {
        Ok(ids) => service::ack_many(&state, &viewer.scope, &meta, &ids).await,
        Err(e) => Err(e),
    };
    match acked {
        Ok(acked) => page::redirect_with(
            "/notifications",
            Say::new("flash-notices-acknowledged").with("count", acked.len()),
        ),
        Err(e) => page::error(Some(&viewer), &e),
    }
}
