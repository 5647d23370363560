//! The list made one's own: the columns each user chose, the saved views
//! as links above the list, saving the list as shown as a view, and the
//! page where views are renamed and deleted.

use std::collections::BTreeMap;

use entity::ids::ViewId;
use poem::{
    Response, handler,
    http::StatusCode,
    web::{Data, Path},
};
use serde::Serialize;

use crate::customers::{
    columns,
    views::{self, NewView, View, ViewChange},
};
use crate::{
    audit::Origin,
    auth::Role,
    error::{Error, Result},
    fields::{Defs, Kind},
    http::page::{self, Fields, Form, Posted, Viewer},
    i18n::say::Say,
    state::AppState,
};

/// A custom field's column, as the table's header names it.
#[derive(Serialize)]
struct FieldColumn {
    key: String,
    label: String,
    /// `bool` values read as yes or no.
    yes_no: bool,
}

/// A column on the Columns form.
#[derive(Serialize)]
struct ColumnChoice {
    key: String,
    /// A built-in column's catalogue key, or a field's own label.
    label: String,
    built_in: bool,
    on: bool,
}

/// A saved view as a link above the list.
#[derive(Serialize)]
struct ViewLink {
    name: String,
    url: String,
    shared: bool,
    /// The list shows this view now.
    on: bool,
}

/// A value the ticked records' field may be set to.
#[derive(Serialize)]
pub(super) struct SetOption {
    /// `<field key>=<value>`, as the bulk form posts it.
    value: String,
    /// An option's own words; none for yes/no.
    label: Option<String>,
    yes: bool,
}

/// A select or yes/no field the ticked records may have set.
#[derive(Serialize)]
pub(super) struct SetGroup {
    label: String,
    options: Vec<SetOption>,
}

/// What the list shows of the viewer's own choices: its columns, the
/// saved views, and what the ticked records may be set to.
#[derive(Serialize, Default)]
pub(super) struct ListExtras {
    /// The optional columns shown, by key (`email`, `field.tier`, …).
    cols: Vec<String>,
    /// The custom field columns shown, in order.
    field_cols: Vec<FieldColumn>,
    column_choices: Vec<ColumnChoice>,
    views: Vec<ViewLink>,
    /// The list as shown, as a view keeps it; none when it cannot be kept.
    view_query: Option<String>,
    /// The list's query string as shown, for forms that come back to it.
    list_query: String,
    may_share: bool,
    set_groups: Vec<SetGroup>,
}

/// The list's query as a form may send it back: only characters a query
/// string of the list has, bounded.
fn safe_query(q: &str) -> Option<&str> {
    (q.len() <= 1000
        && q.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"=&-_.:%+".contains(&b)))
    .then_some(q)
}

/// The list with query `q` (when it is safe), else the list.
pub(super) fn list_url(q: &str) -> String {
    match safe_query(q).filter(|q| !q.is_empty()) {
        Some(q) => format!("/customers?{q}"),
        None => "/customers".into(),
    }
}

/// The view a list's query names (`view=<id>`), if any.
pub(super) fn view_named(query: &str) -> Option<ViewId> {
    url::form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == "view")
        .and_then(|(_, v)| v.parse().ok())
}

/// The select and yes/no fields `role` may set on ticked records (staff
/// and up), with the values each takes.
pub(super) fn set_groups(defs: &Defs, role: Role) -> Vec<SetGroup> {
    if role < Role::Staff {
        return Vec::new();
    }
    defs.all()
        .iter()
        .filter(|d| role >= d.visible_to)
        .filter_map(|d| {
            let option = |value: &str, label: Option<String>, yes: bool| SetOption {
                value: format!("{}={value}", d.key),
                label,
                yes,
            };
            let options = match d.kind {
                Kind::Bool => vec![option("true", None, true), option("false", None, false)],
                Kind::Select => d
                    .options
                    .iter()
                    .map(|o| option(o, Some(o.clone()), false))
                    .collect(),
                _ => return None,
            };
            Some(SetGroup {
                label: d.label.clone(),
                options,
            })
        })
        .collect()
}

/// The viewer's columns, views and field choices for the list shown with
/// query string `query`.
pub(super) async fn extras(
    state: &AppState,
    viewer: &Viewer,
    defs: &Defs,
    query: &str,
) -> Result<ListExtras> {
    let scope = &viewer.scope;
    let views = views::list(state, scope).await?;
    let opened: Option<&View> =
        view_named(query).and_then(|id| views.iter().find(|v| v.row.id == id));
    let cols = match opened.and_then(|v| v.columns.clone()) {
        Some(cols) => cols,
        None => columns::chosen(state, scope, defs).await?,
    };
    let role = scope.role();
    let visible = || defs.all().iter().filter(move |d| role >= d.visible_to);
    let field_cols = visible()
        .filter(|d| cols.contains(&columns::field_column(&d.key)))
        .map(|d| FieldColumn {
            key: d.key.clone(),
            label: d.label.clone(),
            yes_no: d.kind == Kind::Bool,
        })
        .collect();
    let labels: BTreeMap<String, String> = visible()
        .map(|d| (columns::field_column(&d.key), d.label.clone()))
        .collect();
    let column_choices = columns::offered(defs, role)
        .into_iter()
        .map(|key| ColumnChoice {
            on: cols.contains(&key),
            built_in: !labels.contains_key(&key),
            label: labels
                .get(&key)
                .cloned()
                .unwrap_or_else(|| format!("customers-col-{key}")),
            key,
        })
        .collect();
    let set_groups = set_groups(defs, role);
    let links = views
        .iter()
        .map(|v| ViewLink {
            name: v.row.name.clone(),
            url: v.url(),
            shared: v.row.shared,
            on: opened.is_some_and(|o| o.row.id == v.row.id),
        })
        .collect();
    Ok(ListExtras {
        cols,
        field_cols,
        column_choices,
        views: links,
        view_query: views::of_list(query),
        list_query: safe_query(query).unwrap_or_default().to_owned(),
        may_share: role >= Role::Admin,
        set_groups,
    })
}

/// The Columns form: the viewer's choice, kept; back to the list.
#[handler]
pub(super) async fn set_columns(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
) -> Result<Response> {
    let Posted { viewer, form } = posted;
    columns::choose(&state, &viewer.scope, &meta, &form.all("columns")).await?;
    Ok(page::redirect_with(
        &list_url(form.text("list_query")),
        Say::new("flash-columns-chosen"),
    ))
}

/// A view as the views page lists it.
#[derive(Serialize)]
struct ViewRow {
    id: ViewId,
    name: String,
    url: String,
    shared: bool,
    mine: bool,
    may_change: bool,
    /// The rename form as refused, if it was.
    form: Option<Form>,
}

/// The saved views, to open, rename and delete; and a refused save.
#[derive(Serialize)]
struct ViewsPage {
    title: &'static str,
    section: &'static str,
    views: Vec<ViewRow>,
    may_share: bool,
    /// A refused "Save this view", shown again.
    save: Option<Form>,
}

/// What the views page shows again after a refusal.
#[derive(Default)]
struct Refused {
    save: Option<Form>,
    rename: Option<(ViewId, Form)>,
}

async fn views_page(
    state: &AppState,
    viewer: &Viewer,
    status: StatusCode,
    refused: Refused,
) -> Result<Response> {
    let mut renamed = refused.rename;
    let views = views::list(state, &viewer.scope)
        .await?
        .into_iter()
        .map(|v| ViewRow {
            id: v.row.id,
            url: v.url(),
            form: renamed
                .take_if(|(id, _)| *id == v.row.id)
                .map(|(_, form)| form),
            name: v.row.name,
            shared: v.row.shared,
            mine: v.mine,
            may_change: v.may_change,
        })
        .collect();
    Ok(page::render(
        viewer,
        "web/views.html",
        status,
        ViewsPage {
            title: "title-views",
            section: "customers",
            views,
            may_share: viewer.scope.role() >= Role::Admin,
            save: refused.save,
        },
    ))
}

#[handler]
pub(super) async fn list(state: Data<&AppState>, viewer: Viewer) -> Result<Response> {
    views_page(&state, &viewer, StatusCode::OK, Refused::default()).await
}

/// A refused form's values and faults; anything but a fault of what was
/// entered is answered as an error page.
fn refused_form(form: &Fields, e: Error) -> Result<Form> {
    match e {
        e @ Error::Invalid(_) => Ok(Form::new(form.values(), Some(&e))),
        e => Err(e),
    }
}

/// "Save this view": kept, and on to the view; a refused name is shown
/// again on the views page with what was typed.
#[handler]
pub(super) async fn save(state: Data<&AppState>, meta: Origin, posted: Posted) -> Result<Response> {
    let Posted { viewer, form } = posted;
    let new = NewView {
        name: form.text("name").to_owned(),
        query: form.text("query").to_owned(),
        shared: form.checked("shared"),
        columns: match form.checked("with_columns") {
            true => {
                let defs = Defs::load(&state.db.main, viewer.scope.tenant_id()).await?;
                Some(columns::chosen(&state, &viewer.scope, &defs).await?)
            }
            false => None,
        },
    };
    match views::save(&state, &viewer.scope, &meta, new).await {
        Ok(view) => Ok(page::redirect_with(
            &view.url(),
            Say::new("flash-view-saved"),
        )),
        Err(e) => {
            let refused = Refused {
                save: Some(refused_form(&form, e)?),
                rename: None,
            };
            views_page(&state, &viewer, StatusCode::UNPROCESSABLE_ENTITY, refused).await
        }
    }
}

/// Renames a view (and shares or unshares it, for admins).
#[handler]
pub(super) async fn rename(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<ViewId>,
) -> Result<Response> {
    let Posted { viewer, form } = posted;
    let change = ViewChange {
        name: Some(form.text("name").to_owned()),
        shared: (viewer.scope.role() >= Role::Admin).then(|| form.checked("shared")),
        ..ViewChange::default()
    };
    match views::change(&state, &viewer.scope, &meta, id, change).await {
        Ok(_) => Ok(page::redirect_with(
            "/customers/views",
            Say::new("flash-view-changed"),
        )),
        Err(e) => {
            let refused = Refused {
                save: None,
                rename: Some((id, refused_form(&form, e)?)),
            };
            views_page(&state, &viewer, StatusCode::UNPROCESSABLE_ENTITY, refused).await
        }
    }
}

#[handler]
pub(super) async fn delete(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<ViewId>,
) -> Result<Response> {
    let Posted { viewer, .. } = posted;
    views::delete(&state, &viewer.scope, &meta, id).await?;
    Ok(page::redirect_with(
        "/customers/views",
        Say::new("flash-view-deleted"),
    ))
}
