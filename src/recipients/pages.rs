//! The register of recipients (`/settings/recipients`): staff read it;
//! admins add, change and remove entries.

use std::sync::OnceLock;

use poem::{
    Response, Route, get, handler,
    http::StatusCode,
    post,
    web::{Data, Path},
};
use serde::Serialize;
use unicode_normalization::UnicodeNormalization;
use uuid::Uuid;

use super::{
    register::{self, Row, Source, What, sent_in_words},
    service::{self, NewEntry, Patch},
};
use crate::audit::Origin;
use crate::{
    auth::Role,
    error::{Error, Result},
    http::page::{self, Fields, Form, Posted, Viewer},
    i18n::{ENGLISH, Lang, has_message, say::Say, text},
    state::AppState,
};
use entity::recipient::Safeguard;

pub fn routes(r: Route) -> Route {
    r.at("/settings/recipients", get(list).post(create))
        .at("/settings/recipients/:id", get(edit).post(update))
        .at("/settings/recipients/:id/delete", post(delete))
}

/// The transfer safeguards, each with the catalogue key of its name.
const SAFEGUARDS: [(&str, &str); 4] = [
    ("adequacy", "safeguard-short-adequacy"),
    ("scc", "safeguard-short-scc"),
    ("bcr", "safeguard-short-bcr"),
    ("derogation", "safeguard-short-derogation"),
];

/// Countries as `(code, name)`.
type Countries = Vec<(String, String)>;

/// The countries the catalogue names, as `(code, name in lang)`, in the
/// order a reader of `lang` looks for them (accents aside: "Österreich"
/// among the O's); made once per language.
fn countries(lang: Lang) -> &'static [(String, String)] {
    static ALL: OnceLock<Vec<(Lang, Countries)>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        let codes: Vec<String> = ('A'..='Z')
            .flat_map(|a| ('A'..='Z').map(move |b| format!("{a}{b}")))
            .filter(|code| has_message(ENGLISH, &format!("country-{code}")))
            .collect();
        Lang::all()
            .iter()
            .map(|&lang| {
                let mut names: Vec<(String, String)> = codes
                    .iter()
                    .map(|c| (c.clone(), text(lang, &format!("country-{c}"), &[])))
                    .collect();
                names.sort_by_cached_key(|(_, name)| sort_key(name));
                (lang, names)
            })
            .collect()
    });
    all.iter()
        .find(|(l, _)| *l == lang)
        .or(all.first())
        .map_or(&[], |(_, names)| names.as_slice())
}

/// A name as a list sorts it: letters without their accents, in lower case.
fn sort_key(name: &str) -> String {
    name.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ł' => 'l',
            'ø' => 'o',
            other => other,
        })
        .collect()
}

/// One row of the register as the page shows it.
#[derive(Serialize)]
struct RowView {
    integration: bool,
    id: Option<Uuid>,
    integration_id: Option<Uuid>,
    name: String,
    receives: String,
    purpose: String,
    country: Option<String>,
    safeguard: Option<&'static str>,
    retention: Option<String>,
}

fn row_view(r: Row, lang: Lang) -> RowView {
    let receives = match &r.receives {
        What::Told(words) => words.clone(),
        What::Sent(sent) => sent_in_words(sent, &r.purpose, lang),
    };
    RowView {
        integration: r.source == Source::Integration,
        id: r.entry.as_ref().map(|e| e.id),
        integration_id: r.integration_id,
        receives,
        country: r.country.map(|c| {
            let name = text(lang, &format!("country-{c}"), &[]);
            format!("{name} ({c})")
        }),
        safeguard: r.safeguard.map(Safeguard::as_str),
        name: r.name,
        purpose: r.purpose,
        retention: r.retention,
    }
}

/// An integration an entry may describe, as a choice of the form.
#[derive(Serialize)]
struct IntegrationChoice {
    id: Uuid,
    name: String,
}

/// The register, and the form for a new entry or for changing one.
#[derive(Serialize)]
struct RegisterPage {
    title: &'static str,
    section: &'static str,
    rows: Vec<RowView>,
    /// The entry the form changes; none for a new one.
    editing: Option<Uuid>,
    countries: &'static [(String, String)],
    safeguards: [(&'static str, &'static str); 4],
    integrations: Vec<IntegrationChoice>,
    #[serde(flatten)]
    form: Form,
}

/// A stored entry as its form holds it.
#[derive(Serialize)]
struct Values {
    name: String,
    receives: String,
    purpose: String,
    country: String,
    safeguard: String,
    retention: String,
    integration_id: String,
}

async fn register_page(
    state: &AppState,
    viewer: &Viewer,
    status: StatusCode,
    editing: Option<Uuid>,
    form: Option<Form>,
) -> Result<Response> {
    let rows = register::list(state, &viewer.scope).await?;
    let form = match (form, editing) {
        (Some(form), _) => form,
        (None, None) => Form::default(),
        (None, Some(id)) => {
            let e = rows
                .iter()
                .filter_map(|r| r.entry.as_ref())
                .find(|e| e.id == id)
                .ok_or(Error::NotFound("recipient"))?;
            Form::new(
                Values {
                    name: e.name.clone(),
                    receives: e.receives.clone(),
                    purpose: e.purpose.clone(),
                    country: e.country.clone().unwrap_or_default(),
                    safeguard: e
                        .safeguard
                        .map(|s| s.as_str().to_owned())
                        .unwrap_or_default(),
                    retention: e.retention.clone().unwrap_or_default(),
                    integration_id: e.integration_id.map(|i| i.to_string()).unwrap_or_default(),
                },
                None,
            )
        }
    };
    // An entry may describe an integration no other entry describes.
    let integrations = rows
        .iter()
        .filter(|r| r.source == Source::Integration)
        .filter(|r| r.entry.as_ref().is_none_or(|e| Some(e.id) == editing))
        .filter_map(|r| {
            Some(IntegrationChoice {
                id: r.integration_id?,
                name: r.name.clone(),
            })
        })
        .collect();
    Ok(page::render(
        viewer,
        "web/recipients.html",
        status,
        RegisterPage {
            title: "title-recipients",
            section: "recipients",
            rows: rows.into_iter().map(|r| row_view(r, viewer.lang)).collect(),
            editing,
            countries: countries(viewer.lang),
            safeguards: SAFEGUARDS,
            integrations,
            form,
        },
    ))
}

/// The entry a posted form describes.
fn entry_in(form: &Fields) -> Result<NewEntry> {
    let integration_id = match form.non_blank("integration_id") {
        Some(id) => Some(
            id.parse()
                .map_err(|_| Error::invalid("integration_id", "choose one of the integrations"))?,
        ),
        None => None,
    };
    Ok(NewEntry {
        name: form.text("name").to_owned(),
        receives: form.text("receives").to_owned(),
        purpose: form.text("purpose").to_owned(),
        country: form.text("country").to_owned(),
        safeguard: form.non_blank("safeguard"),
        retention: form.non_blank("retention"),
        integration_id,
    })
}

#[handler]
async fn list(state: Data<&AppState>, viewer: Viewer) -> Result<Response> {
    register_page(&state, &viewer, StatusCode::OK, None, None).await
}

#[handler]
async fn edit(state: Data<&AppState>, viewer: Viewer, Path(id): Path<Uuid>) -> Result<Response> {
    viewer.scope.require(Role::Admin)?;
    register_page(&state, &viewer, StatusCode::OK, Some(id), None).await
}

#[handler]
async fn create(state: Data<&AppState>, meta: Origin, posted: Posted) -> Result<Response> {
    let Posted { viewer, form } = posted;
    let created = match entry_in(&form) {
        Ok(new) => service::create(&state, &viewer.scope, &meta, new).await,
        Err(e) => Err(e),
    };
    match created {
        Ok(_) => Ok(page::redirect_with(
            "/settings/recipients",
            Say::new("flash-recipient-added"),
        )),
        Err(e @ (Error::Invalid(_) | Error::Conflict(_))) => {
            let (status, _, _) = page::faults(&e);
            let refused = Form::new(form.values(), Some(&e));
            register_page(&state, &viewer, status, None, Some(refused)).await
        }
        Err(e) => Err(e),
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
    let changed = match entry_in(&form) {
        Ok(e) => {
            let patch = Patch {
                name: Some(e.name),
                receives: Some(e.receives),
                purpose: Some(e.purpose),
                country: Some(e.country),
                safeguard: Some(e.safeguard),
                retention: Some(e.retention),
                integration_id: Some(e.integration_id),
            };
            service::update(&state, &viewer.scope, &meta, id, patch).await
        }
        Err(e) => Err(e),
    };
    match changed {
        Ok(_) => Ok(page::redirect_with(
            "/settings/recipients",
            Say::new("flash-recipient-saved"),
        )),
        Err(e @ Error::Invalid(_)) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            let refused = Form::new(form.values(), Some(&e));
            register_page(&state, &viewer, status, Some(id), Some(refused)).await
        }
        Err(e) => Err(e),
    }
}

#[handler]
async fn delete(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Response {
    let viewer = posted.viewer;
    let result = service::delete(&state, &viewer.scope, &meta, id).await;
    page::after(
        &viewer,
        result,
        "/settings/recipients",
        Say::new("flash-recipient-removed"),
    )
}
