//! The consent purposes page (admins): the purposes staff pick from when
//! they record a decision, by their labels, and a form to add one.

use std::collections::BTreeMap;

use poem::{Response, Route, get, handler, http::StatusCode, web::Data};
use serde::Serialize;

use super::purposes::{self, Label};
use crate::{
    audit::Origin,
    auth::Role,
    error::{Checks, Error, Result},
    http::page::{self, Fields, Form, Posted, Viewer},
    i18n::say::Say,
    state::AppState,
};

pub fn routes(r: Route) -> Route {
    r.at("/settings/purposes", get(show).post(add))
}

/// The purposes and the form for a new one.
#[derive(Serialize)]
struct PurposesPage {
    title: &'static str,
    section: &'static str,
    rows: Vec<Row>,
    #[serde(flatten)]
    form: Form,
}

/// One purpose, in the viewer's language.
#[derive(Serialize)]
struct Row {
    key: String,
    label: String,
}

async fn purposes_page(
    state: &AppState,
    viewer: &Viewer,
    status: StatusCode,
    form: Form,
) -> Result<Response> {
    viewer.scope.require(Role::Admin)?;
    let rows = purposes::choices(state, &viewer.scope, viewer.lang)
        .await?
        .into_iter()
        .map(|(key, label)| Row { key, label })
        .collect();
    Ok(page::render(
        viewer,
        "web/purposes.html",
        status,
        PurposesPage {
            title: "title-purposes",
            section: "purposes",
            rows,
            form,
        },
    ))
}

#[handler]
async fn show(state: Data<&AppState>, viewer: Viewer) -> Result<Response> {
    purposes_page(&state, &viewer, StatusCode::OK, Form::default()).await
}

/// The key a new purpose gets: the one typed, else one made from its label.
/// A key in use already is refused, so adding never rewords a purpose.
async fn new_key(state: &AppState, viewer: &Viewer, form: &Fields) -> Result<String> {
    let mut checks = Checks::new();
    let key = match form.non_blank("key") {
        Some(typed) => checks.take("key", super::service::parse_purpose(&typed)),
        None => {
            let made = purposes::key_from_label(form.text("label"));
            if made.is_none() && form.non_blank("label").is_some() {
                checks.fail(
                    "key",
                    "is needed for this label: type one in lower-case letters, digits and underscores, as in newsletter",
                );
            }
            made
        }
    };
    checks.finish()?;
    let key = key.unwrap_or_default();
    let taken = purposes::choices(state, &viewer.scope, viewer.lang)
        .await?
        .into_iter()
        .any(|(k, _)| k == key);
    match taken {
        true => Err(Error::invalid("key", "is the key of a purpose already")),
        false => Ok(key),
    }
}

/// The service names a label's faults by language (`labels.de.label`);
/// the form has one `label` and one `description`.
fn as_form_fields(e: Error) -> Error {
    match e {
        Error::Invalid(errors) => Error::Invalid(
            errors
                .into_iter()
                .map(|(k, why)| match k.rsplit('.').next() {
                    Some(last @ ("label" | "description")) => (last.to_owned(), why),
                    _ => (k, why),
                })
                .collect(),
        ),
        e => e,
    }
}

#[handler]
async fn add(state: Data<&AppState>, meta: Origin, posted: Posted) -> Result<Response> {
    let Posted { viewer, form } = posted;
    let saved = async {
        let key = new_key(&state, &viewer, &form).await?;
        let words = Label {
            label: form.text("label").to_owned(),
            description: form.non_blank("description"),
        };
        let labels = BTreeMap::from([(viewer.lang.tag().to_owned(), words)]);
        purposes::put(&state, &viewer.scope, &meta, &key, labels)
            .await
            .map_err(as_form_fields)
    }
    .await;
    match saved {
        Ok(_) => Ok(page::redirect_with(
            "/settings/purposes",
            Say::new("flash-purpose-added"),
        )),
        Err(e @ Error::Invalid(_)) => {
            let refused = Form::new(form.values(), Some(&e));
            purposes_page(&state, &viewer, StatusCode::UNPROCESSABLE_ENTITY, refused).await
        }
        Err(e) => Err(e),
    }
}
