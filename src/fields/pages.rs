//! Custom fields (admins): what extra facts a record holds, who sees them,
//! and whether they identify the person.

use poem::{
    Response, Route, get, handler,
    http::StatusCode,
    post,
    web::{Data, Path},
};
use serde::Serialize;

use super::service::{self, FieldChange, FieldDef, Kind, NewField};
use crate::audit::Origin;
use crate::{
    auth::Role,
    error::{Error, Result},
    http::page::{self, Fields, Form, Posted, Viewer},
    i18n::say::Say,
    state::AppState,
};

pub fn routes(r: Route) -> Route {
    r.at("/settings/fields", get(list).post(create))
        .at("/settings/fields/:key", get(edit_form).post(update))
        .at("/settings/fields/:key/delete", post(delete))
}

/// The kinds of field, each with the catalogue key of its name.
const KINDS: [(&str, &str); 5] = [
    ("text", "field-kind-text"),
    ("number", "field-kind-number"),
    ("date", "field-kind-date"),
    ("bool", "field-kind-bool"),
    ("select", "field-kind-select"),
];

/// A field definition as the pages show it (and its form holds it).
#[derive(Serialize)]
struct DefView {
    key: String,
    label: String,
    kind: &'static str,
    /// A select field's options, one per line.
    options: String,
    required: bool,
    visible_to: &'static str,
    personal: bool,
    correctable: bool,
}

fn def_view(d: &FieldDef) -> DefView {
    DefView {
        key: d.key.clone(),
        label: d.label.clone(),
        kind: d.kind.as_str(),
        options: d.options.join("\n"),
        required: d.required,
        visible_to: d.visible_to.as_str(),
        personal: d.personal,
        correctable: d.correctable,
    }
}

/// The list of fields and the form for a new one.
#[derive(Serialize)]
struct FieldsPage {
    title: &'static str,
    section: &'static str,
    defs: Vec<DefView>,
    kinds: [(&'static str, &'static str); 5],
    #[serde(flatten)]
    form: Form,
}

/// One field's form.
#[derive(Serialize)]
struct FieldPage {
    title: &'static str,
    section: &'static str,
    d: DefView,
    #[serde(flatten)]
    form: Form,
}

/// A new field's form as it starts.
#[derive(Serialize)]
struct Fresh {
    visible_to: &'static str,
    personal: bool,
    kind: &'static str,
}

/// A select field's options, one per line.
fn options_in(form: &Fields) -> Option<Vec<String>> {
    let lines: Vec<String> = form
        .text("options")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    (!lines.is_empty()).then_some(lines)
}

fn role_in(form: &Fields) -> Result<Role> {
    form.text("visible_to")
        .parse::<Role>()
        .map_err(|_| Error::invalid("visible_to", "choose viewer, staff, admin or owner"))
}

/// A refused post, shown again with its checkboxes as they were.
fn refused(form: &Fields, e: &Error) -> Form {
    let mut refused = Form::new(form.values(), Some(e));
    for flag in ["required", "personal", "correctable"] {
        refused.set(flag, form.checked(flag));
    }
    refused
}

async fn list_page(
    state: &AppState,
    viewer: &Viewer,
    status: StatusCode,
    form: Form,
) -> Result<Response> {
    viewer.scope.require(Role::Admin)?;
    let defs = service::list(state, &viewer.scope)
        .await?
        .iter()
        .map(def_view)
        .collect();
    Ok(page::render(
        viewer,
        "web/fields.html",
        status,
        FieldsPage {
            title: "title-fields",
            section: "fields",
            defs,
            kinds: KINDS,
            form,
        },
    ))
}

#[handler]
async fn list(state: Data<&AppState>, viewer: Viewer) -> Result<Response> {
    let fresh = Fresh {
        visible_to: "viewer",
        personal: true,
        kind: "text",
    };
    list_page(&state, &viewer, StatusCode::OK, Form::new(fresh, None)).await
}

#[handler]
async fn create(state: Data<&AppState>, meta: Origin, posted: Posted) -> Result<Response> {
    let Posted { viewer, form } = posted;
    let input = Kind::parse(form.text("kind"))
        .map_err(|_| Error::invalid("kind", "choose one of the types"))
        .and_then(|kind| {
            Ok(NewField {
                key: form.text("key").trim().to_owned(),
                label: form.text("label").to_owned(),
                kind,
                options: options_in(&form),
                required: form.checked("required"),
                visible_to: role_in(&form)?,
                personal: form.checked("personal"),
                correctable: form.checked("correctable"),
            })
        });
    let created = match input {
        Ok(input) => service::create(&state, &viewer.scope, &meta, input).await,
        Err(e) => Err(e),
    };
    match created {
        Ok(d) => Ok(page::redirect_with(
            "/settings/fields",
            Say::new("flash-field-added").with("key", d.key),
        )),
        Err(e @ (Error::Invalid(_) | Error::Conflict(_))) => {
            let (status, _, _) = page::faults(&e);
            list_page(&state, &viewer, status, refused(&form, &e)).await
        }
        Err(e) => Err(e),
    }
}

async fn edit_page(
    state: &AppState,
    viewer: &Viewer,
    key: &str,
    status: StatusCode,
    form: Option<Form>,
) -> Result<Response> {
    viewer.scope.require(Role::Admin)?;
    let d = service::list(state, &viewer.scope)
        .await?
        .into_iter()
        .find(|d| d.key == key)
        .ok_or(Error::NotFound("field"))?;
    Ok(page::render(
        viewer,
        "web/field.html",
        status,
        FieldPage {
            title: "title-field",
            section: "fields",
            form: form.unwrap_or_else(|| Form::new(def_view(&d), None)),
            d: def_view(&d),
        },
    ))
}

#[handler]
async fn edit_form(
    state: Data<&AppState>,
    viewer: Viewer,
    Path(key): Path<String>,
) -> Result<Response> {
    edit_page(&state, &viewer, &key, StatusCode::OK, None).await
}

#[handler]
async fn update(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(key): Path<String>,
) -> Result<Response> {
    let Posted { viewer, form } = posted;
    let change = role_in(&form).map(|visible_to| FieldChange {
        label: Some(form.text("label").to_owned()),
        options: options_in(&form),
        required: Some(form.checked("required")),
        visible_to: Some(visible_to),
        personal: Some(form.checked("personal")),
        correctable: Some(form.checked("correctable")),
    });
    let changed = match change {
        Ok(change) => service::update(&state, &viewer.scope, &meta, &key, change).await,
        Err(e) => Err(e),
    };
    match changed {
        Ok(_) => Ok(page::redirect_with(
            "/settings/fields",
            Say::new("flash-field-saved"),
        )),
        Err(e @ Error::Invalid(_)) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            let refused = Some(refused(&form, &e));
            edit_page(&state, &viewer, &key, status, refused).await
        }
        Err(e) => Err(e),
    }
}

#[handler]
async fn delete(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(key): Path<String>,
) -> Response {
    let viewer = posted.viewer;
    let result = service::delete(&state, &viewer.scope, &meta, &key).await;
    page::after(
        &viewer,
        result,
        "/settings/fields",
        Say::new("flash-field-deleted"),
    )
}
