//! The audit log page (admins): newest first, narrowed by who, what, which
//! record and when, numbered pages with the total; names instead of IDs;
//! the filtered entries as CSV; and a check of the hash chain.

use std::collections::HashMap;

use chrono::{NaiveDate, TimeDelta};
use entity::audit_log;
use poem::{
    Response, Route, get, handler,
    http::{StatusCode, header},
    post,
    web::{Data, Query},
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{Filter, VerifyReport, events};
use crate::{
    auth::Role,
    error::{Error, Result},
    http::page::{self, Fields, Posted, Viewer, time},
    http::paging::{self, Paging},
    i18n,
    state::AppState,
    users::names::{self, Name},
};

pub fn routes(r: Route) -> Route {
    r.at("/settings/audit", get(show).post(verify_chain))
        .at("/audit", get(show))
        .at("/settings/audit/export", post(export))
}

/// The filter as the page's form and links carry it.
#[derive(Deserialize, Serialize, Default, Clone)]
struct Shown {
    #[serde(default)]
    actor: String,
    #[serde(default)]
    action: String,
    #[serde(default)]
    record: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

impl Shown {
    fn of(form: &Fields) -> Self {
        let get = |k| form.text(k).to_owned();
        Self {
            actor: get("actor"),
            action: get("action"),
            record: get("record"),
            from: get("from"),
            to: get("to"),
        }
    }

    /// The filter, or a 422 naming each field that is wrong. Dates are whole
    /// days in UTC, `to` included.
    fn filter(&self) -> Result<Filter> {
        let blank = |v: &str| Some(v.trim().to_owned()).filter(|v| !v.is_empty());
        let day = |field: &str, v: &str| -> Result<Option<NaiveDate>> {
            blank(v)
                .map(|v| {
                    NaiveDate::parse_from_str(&v, "%Y-%m-%d")
                        .map_err(|_| Error::invalid(field, "is not a date (YYYY-MM-DD)"))
                })
                .transpose()
        };
        let midnight = |d: NaiveDate| d.and_hms_opt(0, 0, 0).map(|t| t.and_utc());
        let (mut actor, mut system) = (None, false);
        match blank(&self.actor).as_deref() {
            None => {}
            Some("system") => system = true,
            Some(id) => {
                actor = Some(Uuid::try_parse(id).map_err(|_| {
                    Error::invalid("actor", "is not a user or API token of this organisation")
                })?)
            }
        }
        Filter {
            actor,
            system,
            action: blank(&self.action),
            target: blank(&self.record),
            from: day("from", &self.from)?.and_then(midnight),
            until: day("to", &self.to)?
                .and_then(|d| d.checked_add_signed(TimeDelta::days(1)))
                .and_then(midnight),
        }
        .checked()
    }

    /// The filter as a query string for the page's links (IDs, codes and
    /// dates only: never a person's data).
    fn query(&self) -> String {
        paging::query([
            ("actor", Some(self.actor.as_str())),
            ("action", Some(self.action.as_str())),
            ("record", Some(self.record.as_str())),
            ("from", Some(self.from.as_str())),
            ("to", Some(self.to.as_str())),
        ])
    }

    fn any(&self) -> bool {
        !self.query().is_empty()
    }
}

#[derive(Deserialize)]
struct AuditQuery {
    cursor: Option<String>,
    page: Option<String>,
    #[serde(flatten)]
    shown: Shown,
}

/// The audit log page.
#[derive(Serialize)]
struct AuditPage {
    title: &'static str,
    section: &'static str,
    rows: Vec<EntryRow>,
    next: Option<String>,
    check: Option<VerifyReport>,
    /// Paged by a cursor given out before (older / newest links), else
    /// numbered pages.
    paged: bool,
    paging: Paging,
    /// The filter as given, its query string, and whether any is set.
    shown: Shown,
    query: String,
    filtered: bool,
    actors: Vec<Choice>,
    actions: Vec<Choice>,
    /// What is wrong with the filter, by field.
    faults: Option<crate::error::FieldErrors>,
}

/// An option of a filter's list.
#[derive(Serialize)]
struct Choice {
    value: String,
    /// A name, or a catalogue key when `key`.
    label: String,
    key: bool,
    on: bool,
}

/// One entry of the log, in words (the overview lists a person's own).
#[derive(Serialize)]
pub struct EntryRow {
    seq: i64,
    at: String,
    /// The event code, and the catalogue key of its words when it has any.
    action: String,
    event: Option<String>,
    /// Who, by name when a user or API token of the tenant; otherwise the
    /// catalogue key naming the kind (`audit-actor-system`, …), the kind as
    /// stored and an ID.
    actor_name: Option<Name>,
    actor: String,
    actor_kind: String,
    actor_id: Option<String>,
    /// What about, likewise (`customer`, `user`, …).
    target_name: Option<Name>,
    target: Option<String>,
    target_kind: Option<String>,
    /// Whether the target is a customer, whose page the row links to.
    customer: bool,
    target_id: Option<String>,
    ip: Option<String>,
}

/// The key naming a stored kind of actor or target: `prefix` and the kind,
/// or `prefix` and `other` (which names the kind as stored) for a kind no
/// release named.
fn known(prefix: &str, kind: &str) -> String {
    let key = format!("{prefix}{kind}");
    match i18n::has_message(i18n::ENGLISH, &key) {
        true => key,
        false => format!("{prefix}other"),
    }
}

/// The names of the users and tokens that `rows` name, as actors or targets.
pub async fn names_in(
    state: &AppState,
    viewer: &Viewer,
    rows: &[audit_log::Model],
) -> Result<HashMap<Uuid, Name>> {
    let ids = rows.iter().flat_map(|r| {
        let target = match r.target_kind.as_deref() {
            Some("user" | "api_token") => r.target_id.as_deref().and_then(|t| t.parse().ok()),
            _ => None,
        };
        r.actor_id.into_iter().chain(target)
    });
    names::of(&state.db.main, viewer.scope.tenant_id(), ids).await
}

pub fn entry_row(r: &audit_log::Model, names: &HashMap<Uuid, Name>) -> EntryRow {
    let named = |id: Option<Uuid>| id.and_then(|id| names.get(&id)).cloned();
    let target_uuid = r.target_id.as_deref().and_then(|t| t.parse().ok());
    EntryRow {
        seq: r.seq,
        at: time(r.at),
        action: r.action.clone(),
        event: events::words(&r.action),
        actor_name: named(r.actor_id),
        actor: known("audit-actor-", &r.actor_kind),
        actor_kind: r.actor_kind.clone(),
        actor_id: r.actor_id.map(|i| i.to_string()),
        target_name: match r.target_kind.as_deref() {
            Some("user" | "api_token") => named(target_uuid),
            _ => None,
        },
        target: r.target_kind.as_deref().map(|k| known("audit-target-", k)),
        target_kind: r.target_kind.clone().filter(|_| r.target_id.is_some()),
        customer: r.target_kind.as_deref() == Some("customer"),
        target_id: r.target_id.clone(),
        ip: r.ip.clone(),
    }
}

/// The filter's lists: the tenant's users and tokens, and the event codes.
async fn choices(
    state: &AppState,
    viewer: &Viewer,
    shown: &Shown,
) -> Result<(Vec<Choice>, Vec<Choice>)> {
    let people = crate::users::names::all(&state.db.main, viewer.scope.tenant_id()).await?;
    let mut actors = vec![Choice {
        value: "system".into(),
        label: "audit-filter-actor-system".into(),
        key: true,
        on: shown.actor == "system",
    }];
    actors.extend(people.into_iter().map(|(id, name)| Choice {
        on: shown.actor == id.to_string(),
        value: id.to_string(),
        label: name.name,
        key: false,
    }));
    let actions = events::CODES
        .iter()
        .map(|code| Choice {
            value: (*code).to_owned(),
            label: events::key(code),
            key: true,
            on: shown.action == *code,
        })
        .collect();
    Ok((actors, actions))
}

/// Where the log page starts: after a cursor given out before, or at a
/// page number.
enum Start<'a> {
    After(Option<&'a str>),
    Page(u64),
}

async fn audit_page(
    state: &AppState,
    viewer: &Viewer,
    shown: Shown,
    start: Start<'_>,
    check: Option<VerifyReport>,
) -> Result<Response> {
    viewer.scope.require(Role::Admin)?;
    let (actors, actions) = choices(state, viewer, &shown).await?;
    let per_page = 100;
    let db = &state.db.main;
    let (rows, next, total, faults, status) = match shown.filter() {
        Ok(filter) => {
            let (rows, next, total) = match start {
                Start::After(cursor) => {
                    let (rows, next) =
                        super::list(db, &viewer.scope, &filter, cursor, Some(per_page)).await?;
                    let total = super::total(db, &viewer.scope, &filter).await?;
                    (rows, next, total)
                }
                Start::Page(page) => {
                    let (rows, total) =
                        super::numbered(db, &viewer.scope, &filter, page, Some(per_page)).await?;
                    (rows, None, total)
                }
            };
            let names = names_in(state, viewer, &rows).await?;
            let rows = rows.iter().map(|r| entry_row(r, &names)).collect();
            (rows, next, total, None, StatusCode::OK)
        }
        Err(Error::Invalid(faults)) => (
            Vec::new(),
            None,
            0,
            Some(faults),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Err(e) => return Err(e),
    };
    let query = shown.query();
    let (paged, page) = match start {
        Start::After(cursor) => (cursor.is_some(), 1),
        Start::Page(page) => (false, page),
    };
    Ok(page::render(
        viewer,
        "web/audit.html",
        status,
        AuditPage {
            title: "title-audit",
            section: "audit",
            rows,
            next,
            check,
            paged,
            paging: Paging::new(page, total, per_page),
            query,
            filtered: shown.any(),
            shown,
            actors,
            actions,
            faults,
        },
    ))
}

#[handler]
async fn show(
    state: Data<&AppState>,
    viewer: Viewer,
    Query(q): Query<AuditQuery>,
) -> Result<Response> {
    let start = match q.cursor.as_deref().filter(|c| !c.is_empty()) {
        Some(cursor) => Start::After(Some(cursor)),
        None => Start::Page(paging::number(q.page.as_deref())?),
    };
    audit_page(&state, &viewer, q.shown, start, None).await
}

/// Recomputes the chain and shows the outcome above the log.
#[handler]
async fn verify_chain(state: Data<&AppState>, posted: Posted) -> Result<Response> {
    let viewer = posted.viewer;
    viewer.scope.require(Role::Admin)?;
    let r = super::verify(&state.db.main, viewer.scope.tenant_id()).await?;
    audit_page(&state, &viewer, Shown::default(), Start::Page(1), Some(r)).await
}

/// The entries the posted filter matches, as a CSV download; the export
/// itself is audited with its row count.
#[handler]
async fn export(state: Data<&AppState>, meta: super::Origin, posted: Posted) -> Result<Response> {
    let Posted { viewer, form } = posted;
    viewer.scope.require(Role::Admin)?;
    let filter = Shown::of(&form).filter()?;
    let lang = viewer.lang;
    let word = |code: &str| {
        events::words(code)
            .and_then(|k| i18n::message(lang, &k, &[]))
            .unwrap_or_default()
    };
    let csv = super::export::csv(&state, &viewer.scope, &meta, &filter, &word).await?;
    let name = format!("audit-{}.csv", state.clock.now().format("%Y-%m-%d-%H%M%S"));
    Ok(Response::builder()
        .content_type("text/csv; charset=utf-8")
        .header(
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{name}\""),
        )
        .header(header::CACHE_CONTROL, "no-store")
        .body(csv))
}
