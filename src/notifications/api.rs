//! `/api/v1/notifications`: the tenant's in-app notices.

use chrono::{DateTime, Utc};
use entity::notification;
use poem::web::Data;
use poem_openapi::{
    Enum, Object, OpenApi,
    param::{Path, Query},
    payload::Json,
};
use uuid::Uuid;

use super::service::{self, Start, Wanted};
use crate::audit::Origin;
use crate::{
    auth::extract::Auth,
    error::Error,
    http::{ApiTags, problem::ApiResult},
    state::AppState,
};

/// Which notices to list.
#[derive(Enum, Clone, Copy)]
#[oai(rename_all = "lowercase")]
enum NoticeState {
    /// Waiting for someone to act or acknowledge.
    Open,
    /// Acknowledged, or closed because someone acted on the record.
    Closed,
    All,
}

/// An in-app notice.
#[derive(Object)]
struct NotificationView {
    id: Uuid,
    /// `customer.expired` (a decision is needed), `customer.anonymized` or
    /// `customer.shredded` (the retention policy acted), or
    /// `customer.returned` (the address of a customer erased on request came
    /// back; see the tenant's `suppress_erased`), `request.received` (a verified portal request waits), `request.due_soon` (a
    /// data-subject request is due within 7 days), `request.overdue`,
    /// `integration.disabled` (its receiver answered 410 Gone), or
    /// `task.due` (a task on a record came due; for its assignee).
    kind: String,
    #[oai(skip_serializing_if_is_none)]
    customer_id: Option<Uuid>,
    /// The data-subject request a `request.*` notice is about.
    #[oai(skip_serializing_if_is_none)]
    request_id: Option<Uuid>,
    /// The integration an `integration.*` notice is about.
    #[oai(skip_serializing_if_is_none)]
    integration_id: Option<Uuid>,
    /// The task a `task.due` notice is about.
    #[oai(skip_serializing_if_is_none)]
    task_id: Option<Uuid>,
    /// The user a notice is for (a task's assignee); absent: the whole team.
    #[oai(skip_serializing_if_is_none)]
    assignee_id: Option<Uuid>,
    created_at: DateTime<Utc>,
    /// How many times it has been brought up again since.
    reminders: i32,
    #[oai(skip_serializing_if_is_none)]
    last_reminded_at: Option<DateTime<Utc>>,
    /// When it will be brought up again, while open.
    #[oai(skip_serializing_if_is_none)]
    next_reminder_at: Option<DateTime<Utc>>,
    #[oai(skip_serializing_if_is_none)]
    acked_at: Option<DateTime<Utc>>,
    /// The user or API token that acknowledged it.
    #[oai(skip_serializing_if_is_none)]
    acked_by: Option<Uuid>,
    #[oai(skip_serializing_if_is_none)]
    closed_at: Option<DateTime<Utc>>,
    /// `acknowledged`, `reopened`, `held`, `rescheduled`, `shredded` or `anonymized`.
    #[oai(skip_serializing_if_is_none)]
    closed_reason: Option<String>,
}

impl From<notification::Model> for NotificationView {
    fn from(n: notification::Model) -> Self {
        Self {
            id: n.id,
            kind: n.kind.as_str().to_owned(),
            customer_id: n.customer_id.map(Into::into),
            request_id: n.request_id,
            integration_id: n.integration_id,
            task_id: n.task_id,
            assignee_id: n.assignee_id.map(Into::into),
            created_at: n.created_at,
            reminders: n.reminders,
            last_reminded_at: n.last_reminded_at,
            next_reminder_at: n.next_remind_at,
            acked_at: n.acked_at,
            acked_by: n.acked_by,
            closed_at: n.closed_at,
            closed_reason: n.closed_reason,
        }
    }
}

/// The notices to acknowledge at once.
#[derive(Object)]
struct AckMany {
    /// IDs of open notices of the organisation, 1–200. An unknown ID or a
    /// closed notice refuses the lot and changes nothing.
    #[oai(validator(min_items = 1, max_items = 200))]
    ids: Vec<Uuid>,
}

#[derive(Object)]
struct Acknowledged {
    /// The notices, now closed.
    items: Vec<NotificationView>,
}

#[derive(Object)]
struct NotificationPage {
    items: Vec<NotificationView>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[oai(skip_serializing_if_is_none)]
    next_cursor: Option<String>,
    /// How many notices the filters match, on every page together.
    total: u64,
}

pub struct NotificationsApi;

#[OpenApi(prefix_path = "/notifications", tag = "ApiTags::Notifications")]
impl NotificationsApi {
    /// List notifications
    ///
    /// Oldest first, `limit` (1–200, default 50) per page; `state` is `open`
    /// (the default), `closed` or `all`, and `kind` one kind of notice (as
    /// `kind` below). Page on with `cursor`, or ask for page `page` (from
    /// 1, not with `cursor`); `total` counts every page. A parameter that
    /// cannot be read is a 400 naming it.
    #[oai(path = "/", method = "get", operation_id = "list_notifications")]
    #[allow(clippy::too_many_arguments)]
    async fn list(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        #[oai(name = "state")] filter: Query<Option<NoticeState>>,
        #[oai(validator(max_length = 40))] kind: Query<Option<String>>,
        #[oai(validator(max_length = 200))] cursor: Query<Option<String>>,
        #[oai(validator(minimum(value = "1"), maximum(value = "100000")))] page: Query<Option<u64>>,
        #[oai(validator(minimum(value = "1"), maximum(value = "200")))] limit: Query<Option<u64>>,
    ) -> ApiResult<Json<NotificationPage>> {
        let show = match filter.0.unwrap_or(NoticeState::Open) {
            NoticeState::Open => "open",
            NoticeState::Closed => "closed",
            NoticeState::All => "all",
        };
        let wanted = Wanted::read(Some(show), kind.0.as_deref())?;
        let start = match (cursor.0.as_deref(), page.0) {
            (Some(_), Some(_)) => {
                return Err(Error::bad_param("page", "cannot be given with a cursor").into());
            }
            (_, Some(page)) => Start::Page(page),
            (cursor, None) => Start::After(cursor),
        };
        let listed = service::list(&state, auth.scope(), wanted, start, limit.0).await?;
        Ok(Json(NotificationPage {
            items: listed.items.into_iter().map(Into::into).collect(),
            next_cursor: listed.next,
            total: listed.total,
        }))
    }

    /// Acknowledge a notification
    ///
    /// Staff. Closes it and stops its reminders; the record itself is left as it is.
    #[oai(path = "/:id/ack", method = "post", operation_id = "ack_notification")]
    async fn ack(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<NotificationView>> {
        Ok(Json(
            service::ack(&state, auth.scope(), &meta, id.0)
                .await?
                .into(),
        ))
    }

    /// Acknowledge several notifications
    ///
    /// Staff. Closes every notice of `ids` at once, one audit entry each;
    /// 422 naming `ids` when one is not a notice of the organisation, 409
    /// when one is already closed, and then none is changed.
    #[oai(path = "/ack", method = "post", operation_id = "ack_notifications")]
    async fn ack_many(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        body: Json<AckMany>,
    ) -> ApiResult<Json<Acknowledged>> {
        let items = service::ack_many(&state, auth.scope(), &meta, &body.0.ids).await?;
        Ok(Json(Acknowledged {
            items: items.into_iter().map(Into::into).collect(),
        }))
    }
}
