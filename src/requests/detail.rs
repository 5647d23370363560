//! One request's own page: its reference and state in words, the records
//! the person's address matched (by name, as links), what answering it will
//! send or change, what the person wrote, each step so far with who took it
//! and when, and the answers staff can give.

use std::collections::HashMap;

use entity::customer;
use entity::data_request;
use entity::ids::CustomerId;
use poem::{Response, http::StatusCode};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde::Serialize;
use uuid::Uuid;

use super::service::{Kind, Objection, State, matched_ids, open_details, reasons, reference_of};
use super::view::{Refused, RefusedView, RequestRow};
use crate::audit::{self, Entry, Origin, events};
use crate::{
    error::Result,
    http::page::{self, Viewer, time},
    state::AppState,
    users::names,
};

/// The most steps the history shows (a request takes a handful).
const MAX_STEPS: u64 = 200;

/// A record the request's address matched.
#[derive(Serialize)]
struct Matched {
    id: CustomerId,
    /// Its name; `None` once it was erased or anonymized.
    name: Option<String>,
    legal_hold: bool,
    restricted: bool,
}

/// What answering the request will send or change, as the page says it.
#[derive(Serialize)]
struct Preview {
    /// The catalogue message.
    message: &'static str,
    /// The records it concerns.
    count: usize,
    /// The files a copy or portable data consists of, per record.
    files: Vec<&'static str>,
    /// A record on legal hold makes fulfilling an erasure a refusal.
    held: bool,
}

/// One step of the request's history.
#[derive(Serialize)]
struct Step {
    at: String,
    /// The catalogue message of the event, if it has words.
    event: Option<String>,
    code: String,
    /// Who took it: a staff member's or token's name, else the words for
    /// the kind of actor.
    by: Option<String>,
    actor: &'static str,
}

#[derive(Serialize)]
struct RequestPage {
    title: &'static str,
    section: &'static str,
    r: RequestRow,
    reference: String,
    /// The state as a sentence.
    state_words: String,
    verified_at: Option<String>,
    extension_reason: Option<String>,
    closed_at: Option<String>,
    closed_by: Option<String>,
    /// The reason the person was told.
    reason: Option<String>,
    objection: Option<&'static str>,
    /// What the person wrote behind the link (an objection's grounds).
    details: Option<String>,
    records: Vec<Matched>,
    preview: Option<Preview>,
    history: Vec<Step>,
    refused: Option<RefusedView>,
}

/// The request's page, with a refused answer's fault beside its form.
pub(super) async fn request_page(
    app: &AppState,
    viewer: &Viewer,
    meta: &Origin,
    id: Uuid,
    refused: Option<Refused>,
) -> Result<Response> {
    let row = super::staff::get(app, &viewer.scope, id).await?;
    let now = app.clock.now();
    let status = refused.as_ref().map_or(StatusCode::OK, |r| r.status);
    let tenant_id = viewer.scope.tenant_id();
    let ids = matched_ids(&row);
    let records = matched(app, viewer, meta, &ids).await?;
    // A rectification's proposal has its own side-by-side page.
    let details = match row.kind {
        Kind::Rectification => None,
        _ => open_details(app, &row).await?,
    };
    let (reason, extension_reason) = reasons(app, &row).await?;
    if details.is_some() {
        // What a person wrote is theirs: who read it is on record.
        let entry = Entry::new("request.viewed").target("request", row.id);
        crate::customers::service::record_read(app, &viewer.scope, meta, entry).await?;
    }
    let steps = audit::for_target(
        &app.db.main,
        &viewer.scope,
        "request",
        &id.to_string(),
        MAX_STEPS,
    )
    .await?;
    let who = names::of(
        &app.db.main,
        tenant_id,
        steps.iter().filter_map(|s| s.actor_id).chain(row.closed_by),
    )
    .await?;
    let name_of = |id: Option<Uuid>| id.and_then(|i| who.get(&i)).map(|n| n.name.clone());
    let history = steps
        .iter()
        .rev()
        .map(|s| Step {
            at: time(s.at),
            event: events::words(&s.action),
            code: s.action.clone(),
            by: name_of(s.actor_id),
            actor: match s.actor_kind.as_str() {
                // On a request, the member of the public is the person.
                "anonymous" => "request-step-by-person",
                "system" => "request-step-by-system",
                _ => "request-step-by-other",
            },
        })
        .collect();
    let lang = viewer.lang;
    let state_words = crate::i18n::message(lang, &format!("request-state-{}-long", row.state), &[])
        .unwrap_or_else(|| row.state.to_string());
    let page = RequestPage {
        title: "title-request",
        section: "requests",
        r: RequestRow::of(&row, now, true),
        reference: reference_of(&row),
        state_words,
        verified_at: row.verified_at.map(time),
        extension_reason,
        closed_at: row.closed_at.map(time),
        closed_by: name_of(row.closed_by),
        reason,
        objection: row.objection.map(|o| match o {
            Objection::Marketing => "request-objection-marketing",
            Objection::LegitimateInterests => "request-objection-legitimate-interests",
        }),
        details,
        preview: preview(&row, &records),
        records,
        history,
        refused: refused.map(Refused::view),
    };
    Ok(page::render(viewer, "web/request.html", status, page))
}

/// The records `ids` with their names (which were shown is audited) and
/// whether a hold or restriction stands on them.
async fn matched(
    app: &AppState,
    viewer: &Viewer,
    meta: &Origin,
    ids: &[CustomerId],
) -> Result<Vec<Matched>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows: HashMap<CustomerId, customer::Model> = customer::Entity::find()
        .filter(customer::Column::TenantId.eq(viewer.scope.tenant_id()))
        .filter(customer::Column::Id.is_in(ids.iter().copied()))
        .all(&app.db.main)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let mut named = crate::customers::read::names(app, &viewer.scope, meta, ids.to_vec()).await?;
    Ok(ids
        .iter()
        .map(|id| {
            let row = rows.get(id);
            Matched {
                id: *id,
                name: named.remove(id),
                legal_hold: row.is_some_and(|c| c.legal_hold),
                restricted: row.is_some_and(|c| c.restricted),
            }
        })
        .collect())
}

/// What answering an open request will do; `None` once it is answered or
/// when staff have nothing to do.
fn preview(row: &data_request::Model, records: &[Matched]) -> Option<Preview> {
    let held: Vec<&Matched> = records.iter().filter(|m| m.name.is_some()).collect();
    let of = |message, files: Vec<&'static str>| Preview {
        message,
        count: held.len(),
        files,
        held: held.iter().any(|m| m.legal_hold),
    };
    match (row.state, row.kind) {
        (State::Unverified, _) => Some(of("request-preview-unverified", vec![])),
        (State::Identity, _) => Some(of("request-preview-identity", vec![])),
        (State::Open, _) if held.is_empty() => Some(of("request-preview-no-data", vec![])),
        (State::Open, Kind::Copy) => {
            Some(of("request-preview-copy", vec!["copy.pdf", "export.json"]))
        }
        (State::Open, Kind::Portability) => Some(of(
            "request-preview-portability",
            vec!["data.json", "data.csv", "schema.json"],
        )),
        (State::Open, Kind::Erasure) => Some(of("request-preview-erasure", vec![])),
        (State::Open, Kind::Objection) => Some(of("request-preview-objection", vec![])),
        (State::Open, Kind::Rectification) => Some(of("request-preview-rectification", vec![])),
        (State::Open, Kind::Restriction) => Some(of("request-preview-restriction", vec![])),
        (State::Open, Kind::WithdrawConsent) | (State::Fulfilling, _) => None,
        (State::Fulfilled | State::Rejected, _) => None,
    }
}
