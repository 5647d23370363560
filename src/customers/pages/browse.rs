//! The list: filters, sort, search, page numbers. The filters and the
//! order are plain GET parameters (see `customers::view`: they hold no
//! personal data). A search is posted and answered 303 to
//! `/customers?s=<handle>&<filters>` (see `customers::handles`): the results
//! have a URL, and the words are never in it.

use std::collections::BTreeMap;

use entity::ids::CustomerId;
use poem::{
    Request, Response, handler,
    http::StatusCode,
    web::{Data, Query},
};
use serde::{Deserialize, Serialize};

use super::views::{ListExtras, extras, view_named};
use crate::customers::handles::{self, Owner, Terms};
use crate::customers::read::{At, Total};
use crate::customers::search::Query as Search;
use crate::customers::service::{Customer, State};
use crate::customers::view::{self, View};
use crate::fields::Defs;
use crate::{
    audit::Origin,
    auth::Role,
    error::{Error, Result},
    fields::def::Kind,
    http::page::{self, Posted, Tab, Viewer, time},
    state::AppState,
};

/// Records on a page of the list.
pub const PER_PAGE: u64 = 50;

pub(super) const FILTERS: [(&str, &str); 6] = [
    ("", "filter-all"),
    ("active", "filter-active"),
    ("complete", "filter-complete"),
    ("expiring", "filter-expiring"),
    ("expired", "filter-expired"),
    ("anonymized", "filter-anonymized"),
];

/// The orders the page offers (the API also takes `created`).
const SORTS: [(&str, &str); 10] = [
    ("", "customers-sort-added"),
    ("-created", "customers-sort-newest"),
    ("name", "customers-sort-name"),
    ("-name", "customers-sort-name-desc"),
    ("-updated", "customers-sort-updated-desc"),
    ("updated", "customers-sort-updated"),
    ("state", "customers-sort-state"),
    ("-state", "customers-sort-state-desc"),
    ("expires_at", "customers-sort-expires"),
    ("-expires_at", "customers-sort-expires-desc"),
];

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

/// One choice of a filter's list: its value, its words, whether it is on.
#[derive(Serialize)]
struct Choice {
    value: String,
    label: String,
    on: bool,
}

/// A select or true/false custom field the list may be filtered by.
#[derive(Serialize)]
struct FieldFilter {
    /// The parameter: `field.<key>`.
    param: String,
    label: String,
    /// A true/false field: its choices are the catalogue's yes and no.
    yes_no: bool,
    options: Vec<Choice>,
    chosen: String,
}

/// A link of the page numbers: a page, or a gap (`…`).
#[derive(Serialize)]
struct PageLink {
    n: Option<u64>,
    href: String,
    on: bool,
}

/// The customers list: a page of records, filtered, sorted or searched.
#[derive(Serialize, Default)]
struct ListPage<'a> {
    title: &'static str,
    section: &'static str,
    rows: Vec<Row>,
    state: &'a str,
    q: Option<&'a str>,
    /// The search handle the page answers, for its links and filter form.
    handle: Option<&'a str>,
    /// The handle asked for has expired or is not the viewer's.
    expired: bool,
    filters: Vec<Tab>,
    /// The view's parameters as a query string: for the search form, the
    /// export and the links.
    view: String,
    within: Option<u32>,
    restricted: bool,
    hold: bool,
    open_request: bool,
    purposes: Vec<Choice>,
    fields: Vec<FieldFilter>,
    sorts: Vec<Tab>,
    /// The order's column (as the column choice names it), for the table
    /// header's `aria-sort`.
    sorted_by: Option<&'static str>,
    sorted_desc: bool,
    /// Any filter or search is on.
    narrowed: bool,
    total: Option<Total>,
    page: u64,
    pages: Vec<PageLink>,
    prev: Option<String>,
    next: Option<String>,
    /// Why the parameters were refused (the page then lists nothing).
    fault: Option<String>,
    /// The viewer may export this view (staff while the tenant lets them).
    may_export: bool,
    /// The viewer's columns, saved views and bulk choices.
    #[serde(flatten)]
    extras: ListExtras,
}

#[derive(Deserialize)]
pub(super) struct ListQuery {
    /// A search handle.
    s: Option<String>,
    page: Option<String>,
}

/// The page numbers to link: the first, the last, and two either side of
/// `current`, with gaps (`None`) between.
fn window(current: u64, last: u64) -> Vec<Option<u64>> {
    let mut out: Vec<Option<u64>> = Vec::new();
    for n in 1..=last {
        if n == 1 || n == last || n.abs_diff(current) <= 2 {
            out.push(Some(n));
        } else if out.last().is_some_and(Option::is_some) {
            out.push(None);
        }
    }
    out
}

/// The link to page `n` of the view `base` (its query string).
fn page_href(base: &str, n: u64) -> String {
    match (base.is_empty(), n) {
        (true, 1) => "/customers".to_owned(),
        (true, n) => format!("/customers?page={n}"),
        (false, 1) => format!("/customers?{base}"),
        (false, n) => format!("/customers?{base}&page={n}"),
    }
}

/// What the page shows besides its rows: the filter form's choices and
/// the page numbers.
async fn dress<'a>(
    state: &AppState,
    viewer: &Viewer,
    view: &'a View,
    defs: &Defs,
    mut page: ListPage<'a>,
) -> Result<ListPage<'a>> {
    let role = viewer.scope.role();
    page.fields = defs
        .all()
        .iter()
        .filter(|d| role >= d.visible_to && matches!(d.kind, Kind::Select | Kind::Bool))
        .map(|d| {
            let chosen = view
                .fields
                .iter()
                .find(|f| f.key == d.key)
                .map(|f| f.value.clone())
                .unwrap_or_default();
            let values: Vec<String> = match d.kind {
                Kind::Bool => vec!["true".into(), "false".into()],
                _ => d.options.clone(),
            };
            FieldFilter {
                param: format!("field.{}", d.key),
                label: d.label.clone(),
                yes_no: d.kind == Kind::Bool,
                options: values
                    .into_iter()
                    .map(|v| Choice {
                        on: v == chosen,
                        label: v.clone(),
                        value: v,
                    })
                    .collect(),
                chosen,
            }
        })
        .collect();
    page.purposes = crate::consent::purposes::choices(state, &viewer.scope, viewer.lang)
        .await?
        .into_iter()
        .map(|(key, label)| Choice {
            on: view.consent.as_deref() == Some(key.as_str()),
            value: key,
            label,
        })
        .collect();
    let sort_word = view.sort.map(|s| s.word()).unwrap_or_default();
    page.sorts = Tab::all(&SORTS, &sort_word);
    page.sorted_by = view.sort.map(|s| match s.key {
        crate::customers::sort::Key::Name => "name",
        crate::customers::sort::Key::Created => "created",
        crate::customers::sort::Key::Updated => "updated",
        crate::customers::sort::Key::State => "state",
        crate::customers::sort::Key::ExpiresAt => "expires",
    });
    page.sorted_desc = view.sort.is_some_and(|s| s.desc);
    page.within = view.within;
    page.restricted = view.restricted;
    page.hold = view.hold;
    page.open_request = view.open_request;
    page.filters = Tab::all(&FILTERS, &view.state);
    page.state = &view.state;
    page.view = view.query_string();
    page.may_export = match role {
        r if r >= Role::Admin => true,
        r => r >= Role::Staff && viewer.tenant.staff_may_export,
    };
    Ok(page)
}

fn blank<'a>() -> ListPage<'a> {
    ListPage {
        title: "title-customers",
        section: "customers",
        page: 1,
        ..Default::default()
    }
}

/// The page number asked for: 1 when absent.
fn page_number(asked: Option<&str>) -> Result<u64> {
    match asked.map(str::trim).filter(|p| !p.is_empty()) {
        None => Ok(1),
        Some(p) => p
            .parse::<u64>()
            .ok()
            .filter(|n| (1..=1_000_000).contains(n))
            .ok_or_else(|| view::bad("page", "must be a page number, 1 or more")),
    }
}

async fn list_page(
    state: &AppState,
    viewer: &Viewer,
    meta: &Origin,
    view: &View,
    searched: Option<(&str, &str)>,
    asked: Option<&str>,
    raw: &str,
) -> Result<Response> {
    let q = searched.map(|(q, _)| q);
    let handle = searched.map(|(_, h)| h);
    let number = match page_number(asked) {
        Ok(n) => n,
        Err(e) => return refused(state, viewer, view, &e).await,
    };
    let at = At::Offset((number - 1) * PER_PAGE);
    let listed =
        crate::customers::read::list(state, &viewer.scope, meta, view, q, at, Some(PER_PAGE))
            .await?;
    let defs = Defs::load(&state.db.main, viewer.scope.tenant_id()).await?;
    let mut page = dress(state, viewer, view, &defs, blank()).await?;
    let base = match handle {
        Some(h) if page.view.is_empty() => format!("s={h}"),
        Some(h) => format!("s={h}&{}", page.view),
        None => page.view.clone(),
    };
    page.extras = extras(state, viewer, &defs, raw).await?;
    // A saved view's own columns stay on as its pages turn.
    let base = match view_named(raw) {
        Some(id) if base.is_empty() => format!("view={id}"),
        Some(id) => format!("{base}&view={id}"),
        None => base,
    };
    let last = listed.total.n.div_ceil(PER_PAGE).max(1);
    page.pages = window(number, last)
        .into_iter()
        .map(|n| PageLink {
            href: n.map(|n| page_href(&base, n)).unwrap_or_default(),
            on: n == Some(number),
            n,
        })
        .collect();
    page.prev = (number > 1).then(|| page_href(&base, number - 1));
    page.next = listed.next.map(|_| page_href(&base, number + 1));
    page.rows = listed.customers.iter().map(row_of).collect();
    page.total = Some(listed.total);
    page.page = number;
    page.q = q;
    page.handle = handle;
    page.narrowed = q.is_some() || view.filtered();
    Ok(page::render(
        viewer,
        "web/customers.html",
        StatusCode::OK,
        page,
    ))
}

/// Parameters that are not right: the list's page with the filter form as
/// far as it could be read and the fault, no rows, 400.
async fn refused(state: &AppState, viewer: &Viewer, view: &View, e: &Error) -> Result<Response> {
    let (_, _, detail) = page::faults(e);
    let defs = Defs::load(&state.db.main, viewer.scope.tenant_id()).await?;
    let mut page = dress(state, viewer, view, &defs, blank()).await?;
    page.fault = Some(detail);
    page.narrowed = true;
    Ok(page::render(
        viewer,
        "web/customers.html",
        StatusCode::BAD_REQUEST,
        page,
    ))
}

/// The handle of an expired or someone else's search: the list's page,
/// empty, saying so, with the search form for a new one.
async fn expired_page(state: &AppState, viewer: &Viewer, view: &View) -> Result<Response> {
    let defs = Defs::load(&state.db.main, viewer.scope.tenant_id()).await?;
    let mut page = dress(state, viewer, view, &defs, blank()).await?;
    page.expired = true;
    page.may_export = false;
    Ok(page::render(
        viewer,
        "web/customers.html",
        StatusCode::NOT_FOUND,
        page,
    ))
}

fn owner_of(viewer: &Viewer) -> Result<Owner> {
    let (user_id, session_id) = viewer.scope.user_session()?;
    Ok(Owner {
        tenant_id: viewer.scope.tenant_id(),
        user_id,
        session_id,
    })
}

/// The view the parameters `pairs` name, for `viewer`.
async fn view_of(state: &AppState, viewer: &Viewer, pairs: &[(String, String)]) -> Result<View> {
    let scope = &viewer.scope;
    view::load(state, scope.tenant_id(), scope.role(), pairs).await
}

#[handler]
pub(super) async fn list(
    state: Data<&AppState>,
    meta: Origin,
    viewer: Viewer,
    req: &Request,
    Query(query): Query<ListQuery>,
) -> Result<Response> {
    let mut pairs = view::pairs(req.uri().query().unwrap_or_default());
    let Some(handle) = query.s.as_deref().filter(|s| !s.is_empty()) else {
        let view = match view_of(&state, &viewer, &pairs).await {
            Ok(view) => view,
            Err(e @ Error::BadRequest(_)) => {
                return refused(&state, &viewer, &View::default(), &e).await;
            }
            Err(e) => return Err(e),
        };
        let raw = req.uri().query().unwrap_or_default();
        return list_page(
            &state,
            &viewer,
            &meta,
            &view,
            None,
            query.page.as_deref(),
            raw,
        )
        .await;
    };
    let terms = match handles::recall(&state, owner_of(&viewer)?, handle).await {
        Ok(terms) => terms,
        Err(Error::NotFound(_)) => return expired_page(&state, &viewer, &View::default()).await,
        Err(e) => return Err(e),
    };
    // A handle made before the filters moved to the URL holds its state.
    if !terms.state.is_empty() && !pairs.iter().any(|(k, _)| k == "state") {
        pairs.push(("state".to_owned(), terms.state.clone()));
    }
    let view = match view_of(&state, &viewer, &pairs).await {
        Ok(view) => view,
        Err(e @ Error::BadRequest(_)) => {
            return refused(&state, &viewer, &View::default(), &e).await;
        }
        Err(e) => return Err(e),
    };
    let searched = Some((terms.q.as_str(), handle));
    list_page(
        &state,
        &viewer,
        &meta,
        &view,
        searched,
        query.page.as_deref(),
        req.uri().query().unwrap_or_default(),
    )
    .await
}

/// A search: posted, kept under a handle, and answered 303 to the handle's
/// URL with the list's filters beside it, so the words never reach a URL or
/// a log line and Back and reload fetch the results again instead of
/// posting the form again.
#[handler]
pub(super) async fn search(state: Data<&AppState>, posted: Posted) -> Result<Response> {
    let Posted { viewer, form } = posted;
    let mut pairs = view::pairs(form.text("view"));
    // An older form posts the state filter on its own.
    if let Some(word) = form.non_blank("state") {
        pairs.retain(|(k, _)| k != "state");
        pairs.push(("state".to_owned(), word));
    }
    let view = view_of(&state, &viewer, &pairs)
        .await
        .map_err(view::as_field_fault)?;
    let filters = view.query_string();
    let Some(q) = form.non_blank("q") else {
        return Ok(page::redirect(&page_href(&filters, 1)));
    };
    // Refused before it is kept: the answer names what is wrong.
    Search::parse(&q)?;
    let terms = Terms {
        q,
        state: String::new(),
    };
    let handle = handles::remember(&state, owner_of(&viewer)?, &terms).await?;
    let base = format!("s={handle}&{filters}");
    Ok(page::redirect(&page_href(base.trim_end_matches('&'), 1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_show_the_ends_and_two_either_side() {
        let shown = |c, l| -> Vec<String> {
            window(c, l)
                .into_iter()
                .map(|n| n.map_or("…".to_owned(), |n| n.to_string()))
                .collect()
        };
        assert_eq!(shown(6, 120).join(" "), "1 … 4 5 6 7 8 … 120");
        assert_eq!(shown(1, 1).join(" "), "1");
        assert_eq!(shown(2, 5).join(" "), "1 2 3 4 5");
        assert_eq!(shown(120, 120).join(" "), "1 … 118 119 120");
    }
}
