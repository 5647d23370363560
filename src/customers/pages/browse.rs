//! The list: filters, search, paging. A search is posted and answered 303
//! to `/customers?s=<handle>` (see `customers::handles`): the results have
//! a URL, and the words are never in it.

use std::collections::BTreeMap;

use entity::ids::CustomerId;
use poem::{
    Response, handler,
    http::{StatusCode, Uri},
    web::{Data, Query},
};
use serde::{Deserialize, Serialize};

use super::views::{ListExtras, extras};
use crate::customers::handles::{self, Owner, Terms};
use crate::customers::search::Query as Search;
use crate::customers::service::{Customer, Filter, State};
use crate::{
    audit::Origin,
    auth::Role,
    error::{Error, Result},
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
    phone: Option<String>,
    company: Option<String>,
    state: State,
    expires_at: Option<String>,
    created_at: String,
    updated_at: String,
    restricted: bool,
    legal_hold: bool,
    /// The custom field values the viewer may see, by key.
    fields: BTreeMap<String, serde_json::Value>,
}

fn row_of(c: &Customer) -> Row {
    Row {
        id: c.row.id,
        name: c.personal.name.clone(),
        email: c.personal.email_text(),
        phone: c.personal.phone_text(),
        company: c.personal.company.clone(),
        state: c.row.state,
        expires_at: c.row.expires_at.map(time),
        created_at: time(c.row.created_at),
        updated_at: time(c.row.updated_at),
        restricted: c.row.restricted,
        legal_hold: c.row.legal_hold,
        fields: c.fields.clone(),
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
    /// The search handle the page answers, for its paging links.
    handle: Option<&'a str>,
    /// The handle asked for has expired or is not the viewer's.
    expired: bool,
    filters: Vec<Tab>,
    paged: bool,
    /// The viewer may export this view (staff while the tenant lets them).
    may_export: bool,
    /// The viewer's columns, saved views and bulk choices.
    #[serde(flatten)]
    extras: ListExtras,
}

#[derive(Deserialize)]
pub(super) struct ListQuery {
    state: Option<String>,
    cursor: Option<String>,
    /// A search handle.
    s: Option<String>,
}

/// What a page of the list shows: a filter word and, for a search, its
/// words and handle.
struct Listing<'a> {
    word: &'a str,
    q: Option<&'a str>,
    handle: Option<&'a str>,
    /// The page's query string as asked.
    query: &'a str,
}

async fn list_page(
    state: &AppState,
    viewer: &Viewer,
    meta: &Origin,
    Listing {
        word,
        q,
        handle,
        query,
    }: Listing<'_>,
    cursor: Option<&str>,
) -> Result<Response> {
    let filter = filter_of(state, word)?;
    let (customers, next) =
        crate::customers::read::list(state, &viewer.scope, meta, filter, q, cursor, Some(50))
            .await?;
    let extras = extras(state, viewer, query).await?;
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
            handle,
            expired: false,
            filters: Tab::all(&FILTERS, word),
            paged: cursor.is_some(),
            may_export: match viewer.scope.role() {
                r if r >= Role::Admin => true,
                r => r >= Role::Staff && viewer.tenant.staff_may_export,
            },
            extras,
        },
    ))
}

/// The handle of an expired or someone else's search: the list's page,
/// empty, saying so, with the search form for a new one.
fn expired_page(viewer: &Viewer) -> Response {
    page::render(
        viewer,
        "web/customers.html",
        StatusCode::NOT_FOUND,
        ListPage {
            title: "title-customers",
            section: "customers",
            rows: Vec::new(),
            next: None,
            state: "",
            q: None,
            handle: None,
            expired: true,
            filters: Tab::all(&FILTERS, ""),
            paged: false,
            may_export: false,
            extras: ListExtras::default(),
        },
    )
}

fn owner_of(viewer: &Viewer) -> Result<Owner> {
    let (user_id, session_id) = viewer.scope.user_session()?;
    Ok(Owner {
        tenant_id: viewer.scope.tenant_id(),
        user_id,
        session_id,
    })
}

#[handler]
pub(super) async fn list(
    state: Data<&AppState>,
    meta: Origin,
    viewer: Viewer,
    uri: &Uri,
    Query(query): Query<ListQuery>,
) -> Result<Response> {
    let raw = uri.query().unwrap_or_default();
    let cursor = query.cursor.as_deref().filter(|c| !c.is_empty());
    let Some(handle) = query.s.as_deref() else {
        let word = query.state.unwrap_or_default();
        let listing = Listing {
            word: &word,
            q: None,
            handle: None,
            query: raw,
        };
        return list_page(&state, &viewer, &meta, listing, cursor).await;
    };
    let terms = match handles::recall(&state, owner_of(&viewer)?, handle).await {
        Ok(terms) => terms,
        Err(Error::NotFound(_)) => return Ok(expired_page(&viewer)),
        Err(e) => return Err(e),
    };
    let listing = Listing {
        word: &terms.state,
        q: Some(&terms.q),
        handle: Some(handle),
        query: raw,
    };
    list_page(&state, &viewer, &meta, listing, cursor).await
}

/// A search: posted, kept under a handle, and answered 303 to the handle's
/// URL, so the words never reach a URL or a log line and Back and reload
/// fetch the results again instead of posting the form again.
#[handler]
pub(super) async fn search(state: Data<&AppState>, posted: Posted) -> Result<Response> {
    let Posted { viewer, form } = posted;
    let word = form.text("state");
    filter_of(&state, word)?;
    let Some(q) = form.non_blank("q") else {
        return Ok(page::redirect(&if word.is_empty() {
            "/customers".to_owned()
        } else {
            format!("/customers?state={word}")
        }));
    };
    // Refused before it is kept: the answer names what is wrong.
    Search::parse(&q)?;
    let terms = Terms {
        q,
        state: word.to_owned(),
    };
    let handle = handles::remember(&state, owner_of(&viewer)?, &terms).await?;
    Ok(page::redirect(&format!("/customers?s={handle}")))
}
