//! The organisation's own page: its settings (admins), the export and the
//! cancellation (owners).

use poem::{Response, Route, get, handler, http::StatusCode, post, web::Data};
use serde::Serialize;

use super::{
    offboarding,
    service::{self, Settings},
};
use crate::audit::Origin;
use crate::{
    auth::Role,
    error::{Error, Result},
    http::page::{self, Form, Posted, Viewer, time},
    state::AppState,
};

pub fn routes(r: Route) -> Route {
    r.at("/settings/organisation", get(show).post(save))
        .at("/settings/organisation/cancel", post(cancel))
}

/// The organisation's settings, export and cancellation.
#[derive(Serialize)]
struct OrganisationPage {
    title: &'static str,
    section: &'static str,
    #[serde(flatten)]
    form: Form,
    slug: String,
    state: entity::tenant::State,
    export_until: Option<String>,
    purge_at: Option<String>,
    owner: bool,
    export_window_days: i64,
}

/// The stored settings, as the form's fields hold them.
#[derive(Serialize)]
struct SettingsValues {
    name: String,
    contact_email: String,
    require_totp_for_admins: bool,
    suppress_erased: bool,
}

/// `form` is a refused post's; the stored settings' otherwise.
async fn organisation_page(
    state: &AppState,
    viewer: &Viewer,
    status: StatusCode,
    form: Option<Form>,
) -> Result<Response> {
    viewer.scope.require(Role::Admin)?;
    let t = service::get(state, &viewer.scope).await?;
    let form = form.unwrap_or_else(|| {
        Form::new(
            SettingsValues {
                name: t.name.clone(),
                contact_email: t.contact_email.clone().unwrap_or_default(),
                require_totp_for_admins: t.require_totp_for_admins,
                suppress_erased: t.suppress_erased,
            },
            None,
        )
    });
    Ok(page::render(
        viewer,
        "web/organisation.html",
        status,
        OrganisationPage {
            title: "Organisation",
            section: "organisation",
            form,
            slug: t.slug,
            state: t.state,
            export_until: t.export_until.map(time),
            purge_at: t.purge_at.map(time),
            owner: viewer.scope.role() >= Role::Owner,
            export_window_days: state.config.tenants.export_window.as_chrono().num_days(),
        },
    ))
}

#[handler]
async fn show(state: Data<&AppState>, viewer: Viewer) -> Result<Response> {
    organisation_page(&state, &viewer, StatusCode::OK, None).await
}

#[handler]
async fn save(state: Data<&AppState>, meta: Origin, posted: Posted) -> Result<Response> {
    let Posted { viewer, form } = posted;
    let change = Settings {
        name: Some(form.text("name").to_owned()),
        contact_email: form.non_blank("contact_email"),
        require_totp_for_admins: Some(form.checked("require_totp_for_admins")),
        suppress_erased: Some(form.checked("suppress_erased")),
    };
    match service::update(&state, &viewer.scope, &meta, change).await {
        Ok(_) => Ok(page::redirect_with(
            "/settings/organisation",
            "The settings are saved.",
        )),
        Err(e @ Error::Invalid(_)) => {
            let mut refused = Form::new(form.values(), Some(&e));
            for flag in ["require_totp_for_admins", "suppress_erased"] {
                refused.set(flag, form.checked(flag));
            }
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            organisation_page(&state, &viewer, status, Some(refused)).await
        }
        Err(e) => Err(e),
    }
}

#[handler]
async fn cancel(state: Data<&AppState>, meta: Origin, posted: Posted) -> Response {
    let Posted { viewer, form } = posted;
    let result = offboarding::cancel(&state, &viewer.scope, &meta, form.text("confirm"))
        .await
        .map(drop);
    page::after(
        &viewer,
        result,
        "/settings/organisation",
        "The account is cancelled. Everything is read-only now; download the export before the purge.",
    )
}
