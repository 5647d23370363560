//! `/api/v1/views` and `/api/v1/customers/columns`: saved views of the
//! customers list, and the caller's choice of its columns.

use chrono::{DateTime, Utc};
use entity::ids::ViewId;
use poem::web::Data;
use poem_openapi::{ApiResponse, Object, OpenApi, param::Path, payload::Json};
use uuid::Uuid;

use super::{
    columns,
    views::{self, NewView, View, ViewChange},
};
use crate::{
    audit::Origin,
    auth::extract::Auth,
    fields::Defs,
    http::{ApiTags, NoContent, problem::ApiResult},
    state::AppState,
};

/// The customers list's columns.
#[derive(Object)]
#[oai(rename = "Columns", deny_unknown_fields)]
struct ColumnsBody {
    /// Column keys, shown in the list's order whatever order they are
    /// given in: `email`, `phone`, `company`, `state`, `expires`,
    /// `created`, `updated`, and `field.<key>` for a select, yes/no or text
    /// field your role may see. The name is always shown.
    #[oai(validator(max_items = 100))]
    columns: Vec<String>,
}

/// The columns you chose, and every one you may choose.
#[derive(Object)]
#[oai(rename = "ColumnChoice")]
struct ColumnsView {
    columns: Vec<String>,
    offered: Vec<String>,
}

/// A saved view of the customers list.
#[derive(Object)]
#[oai(rename = "View")]
struct ViewView {
    id: Uuid,
    name: String,
    /// The list's query string (no `?`): `state`, `within`, `restricted`,
    /// `hold`, `request`, `consent`, `field.<key>`, `sort`.
    query: String,
    /// Seen by everyone of the organisation.
    shared: bool,
    /// The view's own columns; absent: each reader's.
    #[oai(skip_serializing_if_is_none)]
    columns: Option<Vec<String>>,
    /// You saved it.
    mine: bool,
    /// You may rename, change or delete it.
    may_change: bool,
    /// Where it opens on the staff pages.
    url: String,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl From<View> for ViewView {
    fn from(v: View) -> Self {
        Self {
            url: v.url(),
            id: v.row.id.uuid(),
            name: v.row.name,
            query: v.row.query,
            shared: v.row.shared,
            columns: v.columns,
            mine: v.mine,
            may_change: v.may_change,
            created_at: v.row.created_at,
            updated_at: v.row.updated_at,
        }
    }
}

#[derive(Object)]
struct ViewPage {
    items: Vec<ViewView>,
}

/// A view to save.
#[derive(Object)]
#[oai(rename = "NewView", deny_unknown_fields)]
struct NewViewBody {
    /// 1–80 characters, unlike the name of any other view you see.
    #[oai(validator(max_length = 200))]
    name: String,
    /// The list's query string, as the list takes it; never `q`, `s`,
    /// `page` or `cursor`. Empty: the whole list.
    #[oai(validator(max_length = 2000))]
    query: String,
    /// For everyone of the organisation (admins and owners only).
    #[oai(default)]
    shared: bool,
    /// The view's own columns (as `/customers/columns` takes them).
    #[oai(validator(max_items = 100))]
    columns: Option<Vec<String>>,
}

/// A change to a view; what is left out stays.
#[derive(Object)]
#[oai(rename = "ViewChange", deny_unknown_fields)]
struct ViewChangeBody {
    #[oai(validator(max_length = 200))]
    name: Option<String>,
    #[oai(validator(max_length = 2000))]
    query: Option<String>,
    shared: Option<bool>,
    /// The view's own columns; an empty list forgets them.
    #[oai(validator(max_items = 100))]
    columns: Option<Vec<String>>,
}

#[derive(ApiResponse)]
enum Saved {
    #[oai(status = 201)]
    Created(Json<ViewView>),
}

pub struct ViewsApi;

#[OpenApi(tag = "ApiTags::Customers")]
impl ViewsApi {
    /// Your columns of the customers list
    ///
    /// Any role; your own (each user and API token has theirs). Until you
    /// choose, `email`, `company`, `state` and `expires`.
    #[oai(
        path = "/customers/columns",
        method = "get",
        operation_id = "get_columns"
    )]
    async fn columns(&self, state: Data<&AppState>, auth: Auth) -> ApiResult<Json<ColumnsView>> {
        let scope = auth.scope();
        let defs = Defs::load(&state.db.main, scope.tenant_id()).await?;
        Ok(Json(ColumnsView {
            columns: columns::chosen(&state, scope, &defs).await?,
            offered: columns::offered(&defs, scope.role()),
        }))
    }

    /// Choose your columns of the customers list
    ///
    /// An unknown column, or a field your role may not see, is a 422
    /// naming it, and nothing changes. Audited as `user.columns_set`.
    #[oai(
        path = "/customers/columns",
        method = "put",
        operation_id = "set_columns"
    )]
    async fn set_columns(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        body: Json<ColumnsBody>,
    ) -> ApiResult<Json<ColumnsView>> {
        let scope = auth.scope();
        let columns = columns::choose(&state, scope, &meta, &body.0.columns).await?;
        let defs = Defs::load(&state.db.main, scope.tenant_id()).await?;
        Ok(Json(ColumnsView {
            columns,
            offered: columns::offered(&defs, scope.role()),
        }))
    }

    /// Saved views you see
    ///
    /// Yours and the shared ones (shared first, then by name).
    #[oai(path = "/views", method = "get", operation_id = "list_views")]
    async fn list(&self, state: Data<&AppState>, auth: Auth) -> ApiResult<Json<ViewPage>> {
        let items = views::list(&state, auth.scope()).await?;
        Ok(Json(ViewPage {
            items: items.into_iter().map(Into::into).collect(),
        }))
    }

    /// Save a view of the customers list
    ///
    /// Any role saves its own; only admins and owners share one (403
    /// otherwise). The query keeps filters and sort only: search words
    /// (`q`, `s`) are personal data and a page is not a view, so these and
    /// unknown parameters are a 422 naming `query`, as is a value of other
    /// than letters, digits and `-_.:`. A name another view you see has is
    /// a 422 naming `name`. Audited as `view.saved`.
    #[oai(path = "/views", method = "post", operation_id = "save_view")]
    async fn save(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        body: Json<NewViewBody>,
    ) -> ApiResult<Saved> {
        let b = body.0;
        let new = NewView {
            name: b.name,
            query: b.query,
            shared: b.shared,
            columns: b.columns,
        };
        let view = views::save(&state, auth.scope(), &meta, new).await?;
        Ok(Saved::Created(Json(view.into())))
    }

    /// Rename or change a view
    ///
    /// Your own; a shared one, admins and owners (403 otherwise). Someone
    /// else's own view is a 404. Audited as `view.changed`.
    #[oai(path = "/views/:id", method = "patch", operation_id = "change_view")]
    async fn change(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
        body: Json<ViewChangeBody>,
    ) -> ApiResult<Json<ViewView>> {
        let b = body.0;
        let change = ViewChange {
            name: b.name,
            query: b.query,
            shared: b.shared,
            columns: b.columns.map(|c| Some(c).filter(|c| !c.is_empty())),
        };
        let view = views::change(&state, auth.scope(), &meta, ViewId::from(id.0), change).await?;
        Ok(Json(view.into()))
    }

    /// Delete a view
    ///
    /// As for a change. Audited as `view.deleted`.
    #[oai(path = "/views/:id", method = "delete", operation_id = "delete_view")]
    async fn delete(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<NoContent> {
        views::delete(&state, auth.scope(), &meta, ViewId::from(id.0)).await?;
        Ok(NoContent::Done)
    }
}
