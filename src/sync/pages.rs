//! Integrations (admins): the marketing tools and other receivers of signed
//! webhooks, their secrets (shown once), and each one's delivery log with
//! retry.

use poem::{
    Response, Route, get, handler,
    http::StatusCode,
    post,
    web::{Data, Path, Query},
};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use uuid::Uuid;

use super::{
    delivery::{self, DeliveryState},
    integrations::{self, Counts, NewIntegration, Patch, events_of},
};
use crate::audit::Origin;
use crate::{
    error::{Error, Result},
    http::{
        page::{self, Fields, Form, Posted, Refusal, Viewer, time},
        period,
    },
    i18n::say::Say,
    outbox::EventType,
    state::AppState,
};

pub fn routes(r: Route) -> Route {
    r.at("/settings/integrations", get(list).post(create))
        .at("/settings/integrations/:id", get(show).post(update))
        .at("/settings/integrations/:id/rotate", post(rotate))
        .at("/settings/integrations/:id/snapshot", post(snapshot))
        .at("/settings/integrations/:id/delete", post(delete))
        .at(
            "/settings/integrations/:id/deliveries/:delivery_id/retry",
            post(retry),
        )
}

/// An integration as its row and its form show it.
#[derive(Serialize)]
struct Summary {
    id: Uuid,
    url: String,
    events: Vec<EventType>,
    purpose: String,
    enabled: bool,
    disabled_reason: Option<String>,
    snapshot_every: String,
    next_snapshot_at: Option<String>,
    /// Until when the previous secret still signs, after a rotation.
    rotating_until: Option<String>,
    pending: u64,
    dead: u64,
}

fn summary(i: &entity::integration::Model, c: Counts) -> Summary {
    Summary {
        id: i.id,
        url: i.url.clone(),
        events: events_of(i),
        purpose: i.purpose.clone(),
        enabled: i.enabled,
        disabled_reason: i.disabled_reason.clone(),
        snapshot_every: i.snapshot_every.clone(),
        next_snapshot_at: i.next_snapshot_at.map(time),
        rotating_until: i.previous_until.map(time),
        pending: c.pending,
        dead: c.dead,
    }
}

/// An event type as a checkbox.
#[derive(Serialize)]
struct Choice {
    value: EventType,
    on: bool,
}

/// The event types as checkboxes: those the form holds ticked, or `default`
/// when it holds none.
fn event_choices(form: &Form, default: impl FnOnce() -> Vec<EventType>) -> Vec<Choice> {
    let chosen: Vec<String> = match form.values.get("events") {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect(),
        _ => default().iter().map(|e| e.as_str().to_owned()).collect(),
    };
    EventType::ALL
        .iter()
        .map(|&value| Choice {
            value,
            on: chosen.iter().any(|c| c == value.as_str()),
        })
        .collect()
}

/// A refused post, shown again with its ticked events.
fn refused(form: &Fields, e: &Error) -> Form {
    let mut refused = Form::new(form.values(), Some(e));
    refused.set("events", events_in(form));
    refused
}

/// The integrations, the form for a new one, and a new one's secret.
#[derive(Serialize)]
struct ListPage {
    title: &'static str,
    section: &'static str,
    rows: Vec<Summary>,
    #[serde(flatten)]
    form: Form,
    created: Option<NewSecret>,
    choices: Vec<Choice>,
    purposes: Vec<Purpose>,
}

/// An integration just made, with its signing secret shown once.
#[derive(Serialize)]
struct NewSecret {
    id: Uuid,
    url: String,
    secret: String,
}

/// One integration: its settings, secret rotation and delivery log.
#[derive(Serialize)]
struct IntegrationPage {
    title: &'static str,
    section: &'static str,
    i: Summary,
    #[serde(flatten)]
    form: Form,
    secret: Option<String>,
    /// The purpose it keeps in sync, in words.
    purpose_label: String,
    rotate: Form,
    /// A refused snapshot, deletion or retry, shown next to its button.
    refused: Option<Refusal>,
    choices: Vec<Choice>,
    deliveries: Vec<DeliveryRow>,
    next: Option<String>,
    filter: &'static str,
}

/// One delivery of the log.
#[derive(Serialize)]
struct DeliveryRow {
    id: Uuid,
    #[serde(rename = "type")]
    event_type: EventType,
    state: DeliveryState,
    attempts: i32,
    created_at: String,
    next_attempt_at: Option<String>,
    last_status: Option<i32>,
    last_error: Option<String>,
    delivered_at: Option<String>,
    dead: bool,
}

fn events_in(form: &Fields) -> Vec<String> {
    form.all("events")
}

async fn list_page(
    state: &AppState,
    viewer: &Viewer,
    status: StatusCode,
    mut form: Form,
    created: Option<NewSecret>,
) -> Result<Response> {
    period::fill(&mut form, "snapshot_every");
    let purposes = purpose_choices(state, viewer).await?;
    let rows = integrations::list(state, &viewer.scope)
        .await?
        .iter()
        .map(|(i, c)| summary(i, *c))
        .collect();
    let choices = event_choices(&form, || {
        vec![EventType::ConsentUpdated, EventType::ContactForget]
    });
    Ok(page::render(
        viewer,
        "web/integrations.html",
        status,
        ListPage {
            title: "title-integrations",
            section: "integrations",
            rows,
            form,
            created,
            choices,
            purposes,
        },
    ))
}

/// The tenant's consent purposes, by label, to pick the one an integration
/// keeps in sync.
async fn purpose_choices(state: &AppState, viewer: &Viewer) -> Result<Vec<Purpose>> {
    Ok(
        crate::consent::purposes::choices(state, &viewer.scope, viewer.lang)
            .await?
            .into_iter()
            .map(|(key, label)| Purpose { key, label })
            .collect(),
    )
}

/// A consent purpose to pick.
#[derive(Serialize)]
struct Purpose {
    key: String,
    label: String,
}

#[handler]
async fn list(state: Data<&AppState>, viewer: Viewer) -> Result<Response> {
    list_page(&state, &viewer, StatusCode::OK, Form::default(), None).await
}

#[handler]
async fn create(state: Data<&AppState>, meta: Origin, posted: Posted) -> Result<Response> {
    let Posted { viewer, form } = posted;
    let made = async {
        let new = NewIntegration {
            kind: "webhook".into(),
            url: form.text("url").trim().to_owned(),
            events: events_in(&form),
            purpose: form.non_blank("purpose"),
            enabled: Some(form.checked("enabled")),
            snapshot_every: period::picked(&form, "snapshot_every")?,
        };
        integrations::create(&state, &viewer.scope, &meta, new).await
    };
    match made.await {
        // The secret is shown once, on this page, never in a redirect.
        Ok((i, secret)) => {
            let created = NewSecret {
                id: i.id,
                url: i.url,
                secret: secret.as_str().to_owned(),
            };
            let status = StatusCode::CREATED;
            list_page(&state, &viewer, status, Form::default(), Some(created)).await
        }
        Err(e @ Error::Invalid(_)) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            list_page(&state, &viewer, status, refused(&form, &e), None).await
        }
        Err(e) => Err(e),
    }
}

#[derive(Deserialize)]
struct LogQuery {
    state: Option<String>,
    cursor: Option<String>,
}

/// How an integration's page is shown: after a refused post, with that
/// post's form; after a rotation, with the new secret.
struct Shown {
    status: StatusCode,
    form: Option<Form>,
    secret: Option<String>,
    /// The secret rotation's form, refused.
    rotate: Option<Form>,
    /// A button's post refused.
    refused: Option<Refusal>,
}

async fn integration_page(
    state: &AppState,
    viewer: &Viewer,
    id: Uuid,
    q: &LogQuery,
    shown: Shown,
) -> Result<Response> {
    let (i, c) = integrations::get(state, &viewer.scope, id).await?;
    let filter = match q.state.as_deref().filter(|s| !s.is_empty()) {
        Some(word) => Some(
            DeliveryState::parse(word)
                .ok_or_else(|| Error::invalid("state", "must be pending, delivered or dead"))?,
        ),
        None => None,
    };
    let cursor = q.cursor.as_deref().filter(|c| !c.is_empty());
    let (deliveries, next) =
        delivery::log(state, &viewer.scope, id, filter, cursor, Some(50)).await?;
    let deliveries = deliveries
        .into_iter()
        .map(|d| DeliveryRow {
            id: d.id,
            event_type: d.event_type,
            state: d.state,
            attempts: d.attempts,
            created_at: time(d.created_at),
            next_attempt_at: d.next_attempt_at.map(time),
            last_status: d.last_status,
            last_error: d.last_error,
            delivered_at: d.delivered_at.map(time),
            dead: d.state == DeliveryState::Dead,
        })
        .collect();
    let mut form = shown
        .form
        .unwrap_or_else(|| Form::new(summary(&i, c), None));
    period::fill(&mut form, "snapshot_every");
    let mut rotation = shown.rotate.unwrap_or_else(|| {
        Form::new(
            serde_json::json!({ "grace": integrations::DEFAULT_GRACE }),
            None,
        )
    });
    period::fill(&mut rotation, "grace");
    let choices = event_choices(&form, || events_of(&i));
    Ok(page::render(
        viewer,
        "web/integration.html",
        shown.status,
        IntegrationPage {
            title: "title-integration",
            section: "integrations",
            i: summary(&i, c),
            form,
            secret: shown.secret,
            purpose_label: purpose_choices(state, viewer)
                .await?
                .into_iter()
                .find(|p| p.key == i.purpose)
                .map_or_else(|| i.purpose.replace('_', " "), |p| p.label),
            rotate: rotation,
            refused: shown.refused,
            choices,
            deliveries,
            next,
            filter: filter.map_or("", DeliveryState::as_str),
        },
    ))
}

fn plain(status: StatusCode) -> Shown {
    Shown {
        status,
        form: None,
        secret: None,
        rotate: None,
        refused: None,
    }
}

/// A refused button (`control`) on the integration's page: the page again
/// with why next to it; any other failure as an error page.
async fn refused_action(
    state: &AppState,
    viewer: &Viewer,
    id: Uuid,
    control: String,
    e: Error,
) -> Result<Response> {
    let Some((status, refusal)) = Refusal::of(control, &e) else {
        return Err(e);
    };
    let shown = Shown {
        refused: Some(refusal),
        ..plain(status)
    };
    integration_page(state, viewer, id, &no_filter(), shown).await
}

#[handler]
async fn show(
    state: Data<&AppState>,
    viewer: Viewer,
    Path(id): Path<Uuid>,
    Query(q): Query<LogQuery>,
) -> Result<Response> {
    integration_page(&state, &viewer, id, &q, plain(StatusCode::OK)).await
}

fn no_filter() -> LogQuery {
    LogQuery {
        state: None,
        cursor: None,
    }
}

#[handler]
async fn update(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Result<Response> {
    let Posted { viewer, form } = posted;
    let saved = async {
        let patch = Patch {
            url: Some(form.text("url").trim().to_owned()),
            events: Some(events_in(&form)),
            enabled: Some(form.checked("enabled")),
            snapshot_every: period::picked(&form, "snapshot_every")?,
        };
        integrations::update(&state, &viewer.scope, &meta, id, patch).await
    };
    match saved.await {
        Ok(_) => Ok(page::redirect_with(
            &format!("/settings/integrations/{id}"),
            Say::new("flash-integration-saved"),
        )),
        Err(e @ Error::Invalid(_)) => {
            let mut refused = refused(&form, &e);
            refused.set("enabled", form.checked("enabled"));
            let shown = Shown {
                status: StatusCode::UNPROCESSABLE_ENTITY,
                form: Some(refused),
                ..plain(StatusCode::UNPROCESSABLE_ENTITY)
            };
            integration_page(&state, &viewer, id, &no_filter(), shown).await
        }
        Err(e) => Err(e),
    }
}

#[handler]
async fn rotate(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Result<Response> {
    let Posted { viewer, form } = posted;
    let rotated = async {
        let grace = period::picked(&form, "grace")?;
        integrations::rotate(&state, &viewer.scope, &meta, id, grace.as_deref()).await
    };
    let shown = match rotated.await {
        Ok((_, secret)) => Shown {
            secret: Some(secret.as_str().to_owned()),
            ..plain(StatusCode::OK)
        },
        Err(e @ Error::Invalid(_)) => Shown {
            rotate: Some(Form::new(form.values(), Some(&e))),
            ..plain(StatusCode::UNPROCESSABLE_ENTITY)
        },
        Err(e) => return Err(e),
    };
    integration_page(&state, &viewer, id, &no_filter(), shown).await
}

#[handler]
async fn snapshot(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Result<Response> {
    let viewer = posted.viewer;
    match integrations::snapshot_now(&state, &viewer.scope, &meta, id).await {
        Ok(_) => Ok(page::redirect_with(
            &format!("/settings/integrations/{id}"),
            Say::new("flash-integration-snapshot"),
        )),
        Err(e) => refused_action(&state, &viewer, id, "snapshot".into(), e).await,
    }
}

#[handler]
async fn delete(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Result<Response> {
    let viewer = posted.viewer;
    match integrations::delete(&state, &viewer.scope, &meta, id).await {
        Ok(()) => Ok(page::redirect_with(
            "/settings/integrations",
            Say::new("flash-integration-deleted"),
        )),
        Err(e) => refused_action(&state, &viewer, id, "delete".into(), e).await,
    }
}

#[handler]
async fn retry(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path((id, delivery_id)): Path<(Uuid, Uuid)>,
) -> Result<Response> {
    let viewer = posted.viewer;
    match delivery::retry(&state, &viewer.scope, &meta, id, delivery_id).await {
        Ok(_) => Ok(page::redirect_with(
            &format!("/settings/integrations/{id}"),
            Say::new("flash-delivery-retried"),
        )),
        Err(e) => {
            let control = format!("retry-{delivery_id}");
            refused_action(&state, &viewer, id, control, e).await
        }
    }
}
