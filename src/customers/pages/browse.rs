//! The list: filters, search (posted, never in a URL), paging.

use entity::ids::CustomerId;
use poem::{
    Response, handler,
    http::StatusCode,
    web::{Data, Query},
};
use serde::{Deserialize, Serialize};

use crate::customers::service::{Customer, Filter, State};
use crate::{
    audit::Origin,
    auth::Role,
    error::Result,
    http::page::{self, Posted, Tab, Viewer, time},
    state::AppState,
};

pub(super) const FILTERS: [(&str, &str); 6] = [
    ("", "filter-all"),
    ("active", "filter-active"),
    ("complete", "filter-complete"),
    ("expiring", "filter-expiring"),
    ("expired", "filter-expired"),
    ("anonymized", "filter-anonymized"),
];

pub(super) fn filter_of(state: &AppState, word: &str) -> Result<Option<Filter>> {
    let within = state.config.web.expiring_within.as_chrono();
    Filter::of_word(word, state.clock.now(), within)
}

/// A record as a row of a list.
#[derive(Serialize)]
struct Row {
    id: CustomerId,
    name: String,
    email: Option<String>,
    company: Option<String>,
    state: State,
    expires_at: Option<String>,
    restricted: bool,
    legal_hold: bool,
}

fn row_of(c: &Customer) -> Row {
    Row {
        id: c.row.id,
        name: c.personal.name.clone(),
        email: c.personal.email_text(),
        company: c.personal.company.clone(),
        state: c.row.state,
        expires_at: c.row.expires_at.map(time),
        restricted: c.row.restricted,
        legal_hold: c.row.legal_hold,
    }
}

/// The customers list: a page of records, filtered or searched.
#[derive(Serialize)]
struct ListPage<'a> {
    title: &'static str,
    section: &'static str,
    rows: Vec<Row>,
    next: Option<String>,
    state: &'a str,
    q: Option<&'a str>,
    filters: Vec<Tab>,
    paged: bool,
    /// The viewer may export this view (staff while the tenant lets them).
    may_export: bool,
}

#[derive(Deserialize)]
pub(super) struct ListQuery {
    state: Option<String>,
    cursor: Option<String>,
}

pub(super) async fn list_page(
    state: &AppState,
    viewer: &Viewer,
    meta: &Origin,
    word: &str,
    q: Option<&str>,
    cursor: Option<&str>,
) -> Result<Response> {
    let filter = filter_of(state, word)?;
    let (customers, next) =
        crate::customers::read::list(state, &viewer.scope, meta, filter, q, cursor, Some(50))
            .await?;
    Ok(page::render(
        viewer,
        "web/customers.html",
        StatusCode::OK,
        ListPage {
            title: "title-customers",
            section: "customers",
            rows: customers.iter().map(row_of).collect(),
            next,
            state: word,
            q,
            filters: Tab::all(&FILTERS, word),
            paged: cursor.is_some(),
            may_export: match viewer.scope.role() {
                r if r >= Role::Admin => true,
                r => r >= Role::Staff && viewer.tenant.staff_may_export,
            },
        },
    ))
}

#[handler]
pub(super) async fn list(
    state: Data<&AppState>,
    meta: Origin,
    viewer: Viewer,
    Query(query): Query<ListQuery>,
) -> Result<Response> {
    let word = query.state.unwrap_or_default();
    list_page(
        &state,
        &viewer,
        &meta,
        &word,
        None,
        query.cursor.as_deref().filter(|c| !c.is_empty()),
    )
    .await
}

/// A search: posted, so the words never reach a URL or a log line.
#[handler]
pub(super) async fn search(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
) -> Result<Response> {
    let Posted { viewer, form } = posted;
    let q = form.non_blank("q");
    list_page(
        &state,
        &viewer,
        &meta,
        form.text("state"),
        q.as_deref(),
        form.non_blank("cursor").as_deref(),
    )
    .await
}
