//! `/api/v1/customers/{id}/history` and `/customers/{id}/tasks`: a record's
//! field history (values as the reader's role may see them) and its tasks.

use chrono::{DateTime, Utc};
use poem::web::Data;
use poem_openapi::{
    ApiResponse, Object, OpenApi,
    param::{Path, Query},
    payload::Json,
};
use uuid::Uuid;

use super::history::{self, Change, FieldChange};
use super::tasks::{self, NewTask, Task};
use crate::{
    audit::Origin,
    auth::extract::Auth,
    fields::api::FieldValue,
    http::{ApiTags, problem::ApiResult},
    state::AppState,
};

/// One field of a change.
#[derive(Object)]
struct FieldChangeView {
    /// `name`, `email`, `phone`, `company`, `address`, `language` or
    /// `fields.<key>`.
    field: String,
    /// A custom field's label.
    #[oai(skip_serializing_if_is_none)]
    label: Option<String>,
    /// Whether your role may see this field's values; when false, `before`
    /// and `after` are absent and only the change itself is told.
    values_shown: bool,
    /// The value before the change (null: none).
    #[oai(skip_serializing_if_is_none)]
    before: Option<FieldValue<true>>,
    /// The value after the change (null: none).
    #[oai(skip_serializing_if_is_none)]
    after: Option<FieldValue<true>>,
}

impl From<FieldChange> for FieldChangeView {
    fn from(f: FieldChange) -> Self {
        let shown = |v| f.shown.then_some(FieldValue(v));
        Self {
            before: shown(f.before),
            after: shown(f.after),
            field: f.field,
            label: f.label,
            values_shown: f.shown,
        }
    }
}

/// One change of a record.
#[derive(Object)]
struct ChangeView {
    id: Uuid,
    changed_at: DateTime<Utc>,
    /// `user` or `token`.
    actor_kind: String,
    actor_id: Uuid,
    fields: Vec<FieldChangeView>,
}

impl From<Change> for ChangeView {
    fn from(c: Change) -> Self {
        Self {
            id: c.id,
            changed_at: c.at,
            actor_kind: c.actor_kind,
            actor_id: c.actor_id,
            fields: c.fields.into_iter().map(Into::into).collect(),
        }
    }
}

#[derive(Object)]
struct HistoryPage {
    /// Newest first.
    items: Vec<ChangeView>,
    /// Pass as `cursor` for the next (older) page; absent on the last page.
    #[oai(skip_serializing_if_is_none)]
    next_cursor: Option<String>,
}

#[derive(Object)]
#[oai(deny_unknown_fields)]
struct NewTaskBody {
    /// What to do, up to 500 characters (may name the person: kept sealed).
    text: String,
    /// When: a day `YYYY-MM-DD` (its start, UTC) or an RFC 3339 time;
    /// today or later, within ten years.
    due_at: String,
    /// The user of your organisation who will do it.
    assignee_id: Option<Uuid>,
}

#[derive(Object)]
struct TaskView {
    id: Uuid,
    customer_id: Uuid,
    assignee_id: Uuid,
    due_at: DateTime<Utc>,
    text: String,
    /// `user` or `token`.
    created_by_kind: String,
    created_by: Uuid,
    created_at: DateTime<Utc>,
    done: bool,
    #[oai(skip_serializing_if_is_none)]
    done_at: Option<DateTime<Utc>>,
    #[oai(skip_serializing_if_is_none)]
    done_by: Option<Uuid>,
}

impl From<Task> for TaskView {
    fn from(t: Task) -> Self {
        Self {
            id: t.id,
            customer_id: t.customer_id.into(),
            assignee_id: t.assignee_id.into(),
            due_at: t.due_at,
            text: t.text,
            created_by_kind: t.created_by_kind,
            created_by: t.created_by,
            created_at: t.created_at,
            done: t.done_at.is_some(),
            done_at: t.done_at,
            done_by: t.done_by,
        }
    }
}

#[derive(ApiResponse)]
enum TaskCreated {
    #[oai(status = 201)]
    Created(Json<TaskView>),
}

pub struct RecordApi;

#[OpenApi(prefix_path = "/customers", tag = "ApiTags::Customers")]
impl RecordApi {
    /// A customer's field history
    ///
    /// Every change of the record, newest first, with each changed field's
    /// value before and after, for fields your role may see; for others,
    /// only that the field changed. `limit` 1–200 (default 50). The read is
    /// audited.
    #[oai(
        path = "/:id/history",
        method = "get",
        operation_id = "customer_history"
    )]
    async fn history(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
        #[oai(validator(max_length = 200))] cursor: Query<Option<String>>,
        #[oai(validator(minimum(value = "1"), maximum(value = "200")))] limit: Query<Option<u64>>,
    ) -> ApiResult<Json<HistoryPage>> {
        let scope = auth.scope();
        let cursor = cursor.0.as_deref();
        let page = history::list(&state, scope, &meta, id.0.into(), cursor, limit.0).await?;
        Ok(Json(HistoryPage {
            items: page.items.into_iter().map(Into::into).collect(),
            next_cursor: page.next,
        }))
    }

    /// A customer's tasks
    ///
    /// Open tasks first, soonest due first, then done ones. The read is audited.
    #[oai(path = "/:id/tasks", method = "get", operation_id = "list_tasks")]
    async fn tasks(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<Vec<TaskView>>> {
        let list = tasks::list(&state, auth.scope(), &meta, id.0.into()).await?;
        Ok(Json(list.into_iter().map(Into::into).collect()))
    }

    /// Add a task
    ///
    /// Staff. When it comes due, its assignee gets a `task.due` notice.
    /// Refused while the record's processing is restricted.
    #[oai(path = "/:id/tasks", method = "post", operation_id = "add_task")]
    async fn add_task(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
        body: Json<NewTaskBody>,
    ) -> ApiResult<TaskCreated> {
        let b = body.0;
        let input = NewTask {
            text: b.text,
            due: b.due_at,
            assignee: b.assignee_id,
        };
        let task = tasks::add(&state, auth.scope(), &meta, id.0.into(), &input).await?;
        Ok(TaskCreated::Created(Json(task.into())))
    }

    /// Mark a task done
    ///
    /// Staff. Its open due notice closes; a task done already is a 409.
    #[oai(
        path = "/:id/tasks/:task_id/done",
        method = "post",
        operation_id = "complete_task"
    )]
    async fn task_done(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
        task_id: Path<Uuid>,
    ) -> ApiResult<Json<TaskView>> {
        let task = tasks::done(&state, auth.scope(), &meta, id.0.into(), task_id.0).await?;
        Ok(Json(task.into()))
    }
}
