//! `/api/v1/integrations`: where the tenant's signed webhooks go, and how
//! their deliveries went.

use chrono::{DateTime, Utc};
use entity::{delivery, integration};
use poem::web::Data;
use poem_openapi::{
    ApiResponse, Enum, Object, OpenApi,
    param::{Path, Query},
    payload::Json,
};
use uuid::Uuid;

use super::{
    delivery::{self as deliveries, DeliveryState},
    integrations::{self as service, Counts, NewIntegration, Patch},
};
use crate::audit::Origin;
use crate::{
    auth::extract::Auth,
    http::{ApiTags, NoContent, problem::ApiResult},
    state::AppState,
};

/// An integration, without its secret.
#[derive(Object)]
struct IntegrationView {
    id: Uuid,
    /// `webhook`.
    kind: String,
    url: String,
    /// The event types it receives.
    events: Vec<String>,
    /// The consent purpose it keeps in sync (`consent.updated` events of
    /// other purposes are not sent to it).
    purpose: String,
    enabled: bool,
    /// Why Steward switched it off (its receiver answered 410 Gone).
    #[oai(skip_serializing_if_is_none)]
    disabled_reason: Option<String>,
    /// How often a `consent.snapshot` goes out (ISO 8601 duration).
    snapshot_every: String,
    #[oai(skip_serializing_if_is_none)]
    next_snapshot_at: Option<DateTime<Utc>>,
    /// Until when the secret replaced by the last rotation still signs.
    #[oai(skip_serializing_if_is_none)]
    previous_secret_valid_until: Option<DateTime<Utc>>,
    /// Deliveries waiting to be sent.
    pending: u64,
    /// Deliveries given up (see the delivery log; they can be retried).
    dead: u64,
    /// Where the marketing tool sends its own status changes, signed with
    /// the same secret.
    inbound_url: String,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl IntegrationView {
    fn of(i: integration::Model, c: Counts, now: DateTime<Utc>) -> Self {
        Self {
            events: service::events_of(&i)
                .iter()
                .map(|e| e.as_str().to_owned())
                .collect(),
            previous_secret_valid_until: i.previous_until.filter(|u| *u > now),
            inbound_url: format!("/hooks/marketing/{}", i.id),
            id: i.id,
            kind: i.kind,
            url: i.url,
            purpose: i.purpose,
            enabled: i.enabled,
            disabled_reason: i.disabled_reason,
            snapshot_every: i.snapshot_every,
            next_snapshot_at: i.next_snapshot_at,
            pending: c.pending,
            dead: c.dead,
            created_at: i.created_at,
            updated_at: i.updated_at,
        }
    }
}

/// A new integration and its signing secret, shown this once.
#[derive(Object)]
struct IntegrationCreated {
    #[oai(flatten)]
    integration: IntegrationView,
    /// `whsec_` + base64 of 32 random bytes. Steward keeps it sealed and
    /// never shows it again; rotate to get a new one.
    secret: String,
}

#[derive(Object)]
#[oai(deny_unknown_fields)]
struct NewIntegrationBody {
    /// `webhook`.
    kind: String,
    /// The receiver: http(s); loopback, private and link-local addresses are
    /// refused unless `integrations.allow_private` is set.
    url: String,
    /// Event types to receive: `consent.updated`, `consent.snapshot`,
    /// `contact.forget`, `customer.expired`, `customer.shredded`,
    /// `customer.anonymized`, `customer.merged`, `customer.rectified`,
    /// `request.received`.
    events: Vec<String>,
    /// The consent purpose kept in sync; `marketing_email` if not given.
    purpose: Option<String>,
    /// On from the start (the default) or not.
    enabled: Option<bool>,
    /// How often to send a `consent.snapshot` (PT1H to P31D); `P1D` if not given.
    snapshot_every: Option<String>,
}

#[derive(Object)]
#[oai(deny_unknown_fields)]
struct IntegrationPatch {
    url: Option<String>,
    events: Option<Vec<String>>,
    /// Switch it off or on; on again sends what waited, and a snapshot.
    enabled: Option<bool>,
    snapshot_every: Option<String>,
}

#[derive(Object)]
#[oai(deny_unknown_fields)]
struct RotateBody {
    /// How long the old secret keeps signing beside the new one (ISO 8601
    /// duration, at most P7D; `PT0S` stops it at once). `P1D` if not given.
    grace: Option<String>,
}

#[derive(Object)]
struct Rotated {
    #[oai(flatten)]
    integration: IntegrationView,
    /// The new secret, shown this once.
    secret: String,
}

/// One delivery in the log: no payload, only what happened.
#[derive(Object)]
struct DeliveryView {
    /// The `webhook-id`, the same on every attempt.
    id: Uuid,
    event_type: String,
    #[oai(skip_serializing_if_is_none)]
    customer_id: Option<Uuid>,
    /// When the event happened.
    event_at: DateTime<Utc>,
    /// `pending`, `delivered` or `dead`.
    state: String,
    attempts: i32,
    #[oai(skip_serializing_if_is_none)]
    last_attempt_at: Option<DateTime<Utc>>,
    /// The receiver's last HTTP status, if it answered.
    #[oai(skip_serializing_if_is_none)]
    last_status: Option<i32>,
    #[oai(skip_serializing_if_is_none)]
    last_error: Option<String>,
    #[oai(skip_serializing_if_is_none)]
    next_attempt_at: Option<DateTime<Utc>>,
    #[oai(skip_serializing_if_is_none)]
    delivered_at: Option<DateTime<Utc>>,
    created_at: DateTime<Utc>,
}

impl From<delivery::Model> for DeliveryView {
    fn from(d: delivery::Model) -> Self {
        Self {
            id: d.id,
            event_type: d.event_type.as_str().to_owned(),
            customer_id: d.customer_id.map(Into::into),
            event_at: d.event_at,
            state: d.state.as_str().to_owned(),
            attempts: d.attempts,
            last_attempt_at: d.last_attempt_at,
            last_status: d.last_status,
            last_error: d.last_error,
            next_attempt_at: d.next_attempt_at,
            delivered_at: d.delivered_at,
            created_at: d.created_at,
        }
    }
}

#[derive(Object)]
struct DeliveryLog {
    /// Newest first.
    items: Vec<DeliveryView>,
    /// Pass as `cursor` for the next page; absent on the last.
    #[oai(skip_serializing_if_is_none)]
    next_cursor: Option<String>,
}

#[derive(Enum, Clone, Copy)]
#[oai(rename = "DeliveryState", rename_all = "lowercase")]
enum StateParam {
    Pending,
    Delivered,
    Dead,
}

#[derive(ApiResponse)]
enum Created {
    #[oai(status = 201)]
    Created(Json<IntegrationCreated>),
}

#[derive(ApiResponse)]
enum Accepted {
    #[oai(status = 202)]
    Accepted(Json<DeliveryView>),
}

#[derive(ApiResponse)]
enum SnapshotQueued {
    #[oai(status = 202)]
    Accepted(Json<IntegrationView>),
}

pub struct IntegrationsApi;

#[OpenApi(prefix_path = "/integrations", tag = "ApiTags::Integrations")]
impl IntegrationsApi {
    /// List integrations
    ///
    /// Admin.
    #[oai(path = "/", method = "get", operation_id = "list_integrations")]
    async fn list(
        &self,
        state: Data<&AppState>,
        auth: Auth,
    ) -> ApiResult<Json<Vec<IntegrationView>>> {
        let now = state.clock.now();
        let rows = service::list(&state, auth.scope()).await?;
        Ok(Json(
            rows.into_iter()
                .map(|(i, c)| IntegrationView::of(i, c, now))
                .collect(),
        ))
    }

    /// Connect a marketing tool or other webhook receiver
    ///
    /// Admin. The answer holds the signing secret, once. Deliveries are
    /// signed as Standard Webhooks; the tool sends its own status changes to
    /// `inbound_url`, signed with the same secret.
    #[oai(path = "/", method = "post", operation_id = "create_integration")]
    async fn create(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        body: Json<NewIntegrationBody>,
    ) -> ApiResult<Created> {
        let b = body.0;
        let (i, secret) = service::create(
            &state,
            auth.scope(),
            &meta,
            NewIntegration {
                kind: b.kind,
                url: b.url,
                events: b.events,
                purpose: b.purpose,
                enabled: b.enabled,
                snapshot_every: b.snapshot_every,
            },
        )
        .await?;
        let now = state.clock.now();
        Ok(Created::Created(Json(IntegrationCreated {
            integration: IntegrationView::of(i, Counts::default(), now),
            secret: secret.to_string(),
        })))
    }

    /// Get an integration
    #[oai(path = "/:id", method = "get", operation_id = "get_integration")]
    async fn get(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<IntegrationView>> {
        let (i, c) = service::get(&state, auth.scope(), id.0).await?;
        Ok(Json(IntegrationView::of(i, c, state.clock.now())))
    }

    /// Change an integration
    ///
    /// Admin. Switching it on again sends what waited and a fresh snapshot.
    #[oai(path = "/:id", method = "patch", operation_id = "update_integration")]
    async fn update(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
        body: Json<IntegrationPatch>,
    ) -> ApiResult<Json<IntegrationView>> {
        let b = body.0;
        let (i, c) = service::update(
            &state,
            auth.scope(),
            &meta,
            id.0,
            Patch {
                url: b.url,
                events: b.events,
                enabled: b.enabled,
                snapshot_every: b.snapshot_every,
            },
        )
        .await?;
        Ok(Json(IntegrationView::of(i, c, state.clock.now())))
    }

    /// Delete an integration
    ///
    /// Admin. What still waits for it is dropped.
    #[oai(path = "/:id", method = "delete", operation_id = "delete_integration")]
    async fn delete(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<NoContent> {
        service::delete(&state, auth.scope(), &meta, id.0).await?;
        Ok(NoContent::Done)
    }

    /// Rotate the signing secret
    ///
    /// Admin. The old secret keeps signing beside the new one for `grace`
    /// (the `webhook-signature` header then holds two signatures), and the
    /// tool's messages are accepted under either.
    #[oai(
        path = "/:id/rotate",
        method = "post",
        operation_id = "rotate_integration_secret"
    )]
    async fn rotate(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
        body: Json<RotateBody>,
    ) -> ApiResult<Json<Rotated>> {
        let (i, secret) =
            service::rotate(&state, auth.scope(), &meta, id.0, body.0.grace.as_deref()).await?;
        let (_, c) = service::get(&state, auth.scope(), i.id).await?;
        Ok(Json(Rotated {
            integration: IntegrationView::of(i, c, state.clock.now()),
            secret: secret.to_string(),
        }))
    }

    /// Send a consent snapshot now
    ///
    /// Admin. Queued for the next job run instead of waiting for the schedule.
    #[oai(
        path = "/:id/snapshot",
        method = "post",
        operation_id = "snapshot_integration"
    )]
    async fn snapshot(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<SnapshotQueued> {
        let i = service::snapshot_now(&state, auth.scope(), &meta, id.0).await?;
        let (_, c) = service::get(&state, auth.scope(), i.id).await?;
        Ok(SnapshotQueued::Accepted(Json(IntegrationView::of(
            i,
            c,
            state.clock.now(),
        ))))
    }

    /// The delivery log
    ///
    /// Admin. Newest first: when, what, how it went; never a payload.
    #[oai(
        path = "/:id/deliveries",
        method = "get",
        operation_id = "list_deliveries"
    )]
    async fn deliveries(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        #[oai(name = "state")] filter: Query<Option<StateParam>>,
        cursor: Query<Option<String>>,
        #[oai(validator(minimum(value = "1"), maximum(value = "200")))] limit: Query<Option<u64>>,
    ) -> ApiResult<Json<DeliveryLog>> {
        let filter = filter.0.map(|f| match f {
            StateParam::Pending => DeliveryState::Pending,
            StateParam::Delivered => DeliveryState::Delivered,
            StateParam::Dead => DeliveryState::Dead,
        });
        let (rows, next) = deliveries::log(
            &state,
            auth.scope(),
            id.0,
            filter,
            cursor.0.as_deref(),
            limit.0,
        )
        .await?;
        Ok(Json(DeliveryLog {
            items: rows.into_iter().map(Into::into).collect(),
            next_cursor: next,
        }))
    }

    /// Retry a delivery now
    ///
    /// Admin. A given-up (or waiting) delivery is sent again at once with a
    /// fresh retry schedule and the same `webhook-id`.
    #[oai(
        path = "/:id/deliveries/:delivery_id/retry",
        method = "post",
        operation_id = "retry_delivery"
    )]
    async fn retry(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
        delivery_id: Path<Uuid>,
    ) -> ApiResult<Accepted> {
        let d = deliveries::retry(&state, auth.scope(), &meta, id.0, delivery_id.0).await?;
        Ok(Accepted::Accepted(Json(d.into())))
    }
}
