//! Integrations (admins): the marketing tools and other receivers of signed
//! webhooks, their secrets (shown once), and each one's delivery log with
//! retry.

use poem::{
    Response, Route, get, handler,
    http::StatusCode,
    post,
    web::{Data, Path, Query},
};
use serde::Deserialize;
use serde_json::{Value, json};
use uuid::Uuid;

use super::{
    delivery::{self, DeliveryState},
    integrations::{self, Counts, NewIntegration, Patch, events_of},
};
use crate::audit::Origin;
use crate::{
    error::{Error, Result},
    http::page::{self, Fields, Posted, Viewer, time},
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

fn summary(i: &entity::integration::Model, c: Counts) -> Value {
    json!({
        "id": i.id, "url": i.url, "events": events_of(i), "purpose": i.purpose,
        "enabled": i.enabled, "disabled_reason": i.disabled_reason,
        "snapshot_every": i.snapshot_every,
        "next_snapshot_at": i.next_snapshot_at.map(time),
        "rotating_until": i.previous_until.map(time),
        "pending": c.pending, "dead": c.dead,
    })
}

/// The event types as checkboxes, `chosen` ticked.
fn event_choices(chosen: &[String]) -> Vec<Value> {
    EventType::ALL
        .iter()
        .map(|k| json!({ "value": k, "on": chosen.iter().any(|c| c == k.as_str()) }))
        .collect()
}

fn events_in(form: &Fields) -> Vec<String> {
    form.all("events")
}

async fn list_page(
    state: &AppState,
    viewer: &Viewer,
    status: StatusCode,
    values: Value,
    e: Option<&Error>,
    created: Option<Value>,
) -> Result<Response> {
    let rows: Vec<Value> = integrations::list(state, &viewer.scope)
        .await?
        .iter()
        .map(|(i, c)| summary(i, *c))
        .collect();
    let chosen: Vec<String> = match values.get("events") {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect(),
        _ => vec![
            EventType::ConsentUpdated.as_str().into(),
            EventType::ContactForget.as_str().into(),
        ],
    };
    let (errors, detail) = page::form_faults(e);
    Ok(page::render(
        viewer,
        "web/integrations.html",
        status,
        json!({
            "title": "Integrations", "section": "integrations", "rows": rows,
            "values": values, "errors": errors, "detail": detail, "created": created,
            "choices": event_choices(&chosen),
        }),
    ))
}

#[handler]
async fn list(state: Data<&AppState>, viewer: Viewer) -> Result<Response> {
    list_page(&state, &viewer, StatusCode::OK, json!({}), None, None).await
}

#[handler]
async fn create(state: Data<&AppState>, meta: Origin, posted: Posted) -> Result<Response> {
    let Posted { viewer, form } = posted;
    let new = NewIntegration {
        kind: "webhook".into(),
        url: form.text("url").trim().to_owned(),
        events: events_in(&form),
        purpose: form.non_blank("purpose"),
        enabled: Some(form.checked("enabled")),
        snapshot_every: form.non_blank("snapshot_every"),
    };
    match integrations::create(&state, &viewer.scope, &meta, new).await {
        // The secret is shown once, on this page, never in a redirect.
        Ok((i, secret)) => {
            let created = json!({ "id": i.id, "url": i.url, "secret": secret.as_str() });
            list_page(
                &state,
                &viewer,
                StatusCode::CREATED,
                json!({}),
                None,
                Some(created),
            )
            .await
        }
        Err(e @ Error::Invalid(_)) => {
            let mut values = form.values();
            values.insert("events".into(), json!(events_in(&form)));
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            list_page(
                &state,
                &viewer,
                status,
                Value::Object(values),
                Some(&e),
                None,
            )
            .await
        }
        Err(e) => Err(e),
    }
}

#[derive(Deserialize)]
struct LogQuery {
    state: Option<String>,
    cursor: Option<String>,
}

struct Shown<'a> {
    status: StatusCode,
    values: Option<Value>,
    error: Option<&'a Error>,
    secret: Option<String>,
}

async fn integration_page(
    state: &AppState,
    viewer: &Viewer,
    id: Uuid,
    q: &LogQuery,
    shown: Shown<'_>,
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
    let deliveries: Vec<Value> = deliveries
        .iter()
        .map(|d| {
            json!({
                "id": d.id, "type": d.event_type, "state": d.state, "attempts": d.attempts,
                "created_at": time(d.created_at), "next_attempt_at": d.next_attempt_at.map(time),
                "last_status": d.last_status, "last_error": d.last_error,
                "delivered_at": d.delivered_at.map(time),
                "dead": d.state == DeliveryState::Dead,
            })
        })
        .collect();
    let current = summary(&i, c);
    let values = shown.values.unwrap_or_else(|| current.clone());
    let chosen: Vec<String> = match values.get("events") {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect(),
        _ => events_of(&i)
            .iter()
            .map(|e| e.as_str().to_owned())
            .collect(),
    };
    let (errors, detail) = page::form_faults(shown.error);
    Ok(page::render(
        viewer,
        "web/integration.html",
        shown.status,
        json!({
            "title": "Integration", "section": "integrations", "i": current, "values": values,
            "errors": errors, "detail": detail, "secret": shown.secret,
            "choices": event_choices(&chosen), "deliveries": deliveries, "next": next,
            "filter": filter.map_or("", DeliveryState::as_str),
        }),
    ))
}

fn plain(status: StatusCode) -> Shown<'static> {
    Shown {
        status,
        values: None,
        error: None,
        secret: None,
    }
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
    let patch = Patch {
        url: Some(form.text("url").trim().to_owned()),
        events: Some(events_in(&form)),
        enabled: Some(form.checked("enabled")),
        snapshot_every: form.non_blank("snapshot_every"),
    };
    match integrations::update(&state, &viewer.scope, &meta, id, patch).await {
        Ok(_) => Ok(page::redirect_with(
            &format!("/settings/integrations/{id}"),
            "The integration is saved.",
        )),
        Err(e @ Error::Invalid(_)) => {
            let mut values = form.values();
            values.insert("events".into(), json!(events_in(&form)));
            values.insert("enabled".into(), json!(form.checked("enabled")));
            let shown = Shown {
                status: StatusCode::UNPROCESSABLE_ENTITY,
                values: Some(Value::Object(values)),
                error: Some(&e),
                secret: None,
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
    let grace = form.non_blank("grace");
    let (_, secret) =
        integrations::rotate(&state, &viewer.scope, &meta, id, grace.as_deref()).await?;
    let shown = Shown {
        secret: Some(secret.as_str().to_owned()),
        ..plain(StatusCode::OK)
    };
    integration_page(&state, &viewer, id, &no_filter(), shown).await
}

#[handler]
async fn snapshot(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Response {
    let viewer = posted.viewer;
    let result = integrations::snapshot_now(&state, &viewer.scope, &meta, id)
        .await
        .map(drop);
    page::after(
        &viewer,
        result,
        &format!("/settings/integrations/{id}"),
        "A consent snapshot goes out with the next run.",
    )
}

#[handler]
async fn delete(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Response {
    let viewer = posted.viewer;
    let result = integrations::delete(&state, &viewer.scope, &meta, id).await;
    page::after(
        &viewer,
        result,
        "/settings/integrations",
        "The integration is deleted, with everything still waiting for it.",
    )
}

#[handler]
async fn retry(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path((id, delivery_id)): Path<(Uuid, Uuid)>,
) -> Response {
    let viewer = posted.viewer;
    let result = delivery::retry(&state, &viewer.scope, &meta, id, delivery_id)
        .await
        .map(drop);
    page::after(
        &viewer,
        result,
        &format!("/settings/integrations/{id}"),
        "The delivery is sent again now.",
    )
}
