//! The inbox: open notices, with what can be done about each in place.

use entity::ids::CustomerId;
use poem::{
    Response, Route, get, handler,
    http::StatusCode,
    post,
    web::{Data, Path, Query},
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::service::{self, Filter, NoticeKind};
use crate::audit::Origin;
use crate::{
    error::Result,
    http::page::{self, Posted, Viewer, time},
    i18n::say::Say,
    state::AppState,
};

pub fn routes(r: Route) -> Route {
    r.at("/notifications", get(inbox))
        .at("/notifications/:id/ack", post(ack))
}

/// The catalogue key of what a notice is about.
fn what(kind: NoticeKind) -> &'static str {
    match kind {
        NoticeKind::Expired => "notice-expired",
        NoticeKind::Anonymized => "notice-anonymized",
        NoticeKind::Shredded => "notice-shredded",
        NoticeKind::Returned => "notice-returned",
        NoticeKind::RequestDueSoon => "notice-request-due-soon",
        NoticeKind::RequestOverdue => "notice-request-overdue",
        NoticeKind::IntegrationDisabled => "notice-integration-disabled",
        NoticeKind::TaskDue => "notice-task-due",
    }
}

#[derive(Deserialize)]
struct InboxQuery {
    show: Option<String>,
    cursor: Option<String>,
}

#[handler]
async fn inbox(
    state: Data<&AppState>,
    meta: Origin,
    viewer: Viewer,
    Query(q): Query<InboxQuery>,
) -> Result<Response> {
    let closed = q.show.as_deref() == Some("closed");
    let filter = if closed { Filter::Closed } else { Filter::Open };
    let cursor = q.cursor.as_deref().filter(|c| !c.is_empty());
    let (items, next) = service::list(&state, &viewer.scope, filter, cursor, Some(50)).await?;
    let ids: Vec<CustomerId> = items.iter().filter_map(|n| n.customer_id).collect();
    let names = crate::customers::read::names(&state, &viewer.scope, &meta, ids).await?;
    let rows = items
        .into_iter()
        .map(|n| NoticeRow {
            id: n.id,
            kind: n.kind,
            what: what(n.kind),
            expired: n.kind == NoticeKind::Expired,
            customer: n.customer_id.and_then(|c| names.get(&c).cloned()),
            customer_id: n.customer_id,
            request_id: n.request_id,
            integration_id: n.integration_id,
            at: time(n.created_at),
            reminders: n.reminders,
            closed_at: n.closed_at.map(time),
            closed_reason: n.closed_reason,
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
        },
    ))
}

/// The inbox: open notices, or closed ones with `closed`.
#[derive(Serialize)]
struct InboxPage {
    title: &'static str,
    section: &'static str,
    rows: Vec<NoticeRow>,
    next: Option<String>,
    closed: bool,
}

/// One notice, with what it is about in words.
#[derive(Serialize)]
struct NoticeRow {
    id: Uuid,
    kind: NoticeKind,
    what: &'static str,
    expired: bool,
    customer_id: Option<CustomerId>,
    /// The record's name, while it is held.
    customer: Option<String>,
    request_id: Option<Uuid>,
    integration_id: Option<Uuid>,
    at: String,
    reminders: i32,
    closed_at: Option<String>,
    closed_reason: Option<String>,
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
