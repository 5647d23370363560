//! The organisation's own page: its settings (admins), the export and the
//! cancellation (owners).

use poem::{
    Request, Response, Route, get, handler,
    http::StatusCode,
    post,
    web::{Data, Multipart},
};
use serde::Serialize;

use super::{
    identity::{AUTHORITIES, Authority, Brand, IdentityChange},
    logo, offboarding,
    service::{self, Settings},
};
use crate::audit::Origin;
use crate::{
    auth::Role,
    error::{Error, Result},
    http::page::{self, Fields, Form, Posted, Viewer, time},
    i18n::say::Say,
    state::AppState,
};

pub fn routes(r: Route) -> Route {
    r.at("/settings/organisation", get(show).post(save))
        .at("/settings/organisation/logo", post(upload_logo))
        .at("/settings/organisation/logo/remove", post(remove_logo))
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
    authorities: &'static [Authority],
    /// The logo's address, if there is one.
    logo: Option<String>,
    /// The cancellation's form, refused: what was typed and why not.
    cancel: Form,
}

/// The stored settings, as the form's fields hold them.
#[derive(Serialize)]
struct SettingsValues {
    name: String,
    contact_email: String,
    require_totp_for_admins: bool,
    suppress_erased: bool,
    staff_may_export: bool,
    default_language: String,
    legal_name: String,
    postal_address: String,
    privacy_email: String,
    dpo_name: String,
    dpo_contact: String,
    authority: String,
    authority_name: String,
    authority_url: String,
    privacy_notice_url: String,
    accent_colour: String,
    automated_decisions: String,
}

/// `form` is a refused post's; the stored settings' otherwise.
/// `cancelling` is a refused cancellation's.
async fn organisation_page(
    state: &AppState,
    viewer: &Viewer,
    status: StatusCode,
    form: Option<Form>,
    cancelling: Form,
) -> Result<Response> {
    viewer.scope.require(Role::Admin)?;
    let t = service::get(state, &viewer.scope).await?;
    let logo = Brand::of(&t).logo;
    let form = form.unwrap_or_else(|| stored_form(&t, None));
    Ok(page::render(
        viewer,
        "web/organisation.html",
        status,
        OrganisationPage {
            title: "title-organisation",
            section: "organisation",
            form,
            slug: t.slug,
            state: t.state,
            export_until: t.export_until.map(time),
            purge_at: t.purge_at.map(time),
            owner: viewer.scope.role() >= Role::Owner,
            export_window_days: state.config.tenants.export_window.as_chrono().num_days(),
            authorities: AUTHORITIES,
            logo,
            cancel: cancelling,
        },
    ))
}

/// The stored settings as the form shows them, with `e`'s faults if any.
fn stored_form(t: &entity::tenant::Model, e: Option<&Error>) -> Form {
    Form::new(
        SettingsValues {
            name: t.name.clone(),
            contact_email: t.contact_email.clone().unwrap_or_default(),
            require_totp_for_admins: t.require_totp_for_admins,
            suppress_erased: t.suppress_erased,
            staff_may_export: t.staff_may_export,
            default_language: t.default_language.clone(),
            legal_name: text(&t.legal_name),
            postal_address: text(&t.postal_address),
            privacy_email: text(&t.privacy_email),
            dpo_name: text(&t.dpo_name),
            dpo_contact: text(&t.dpo_contact),
            authority: text(&t.authority),
            authority_name: text(&t.authority_name),
            authority_url: text(&t.authority_url),
            privacy_notice_url: text(&t.privacy_notice_url),
            accent_colour: text(&t.accent_colour),
            automated_decisions: text(&t.automated_decisions),
        },
        e,
    )
}

fn text(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

/// The identity fields as posted: an empty field clears its value.
fn identity_of(form: &Fields) -> IdentityChange {
    let field = |name: &str| Some(form.non_blank(name));
    IdentityChange {
        legal_name: field("legal_name"),
        postal_address: field("postal_address"),
        privacy_email: field("privacy_email"),
        dpo_name: field("dpo_name"),
        dpo_contact: field("dpo_contact"),
        authority: field("authority"),
        authority_name: field("authority_name"),
        authority_url: field("authority_url"),
        privacy_notice_url: field("privacy_notice_url"),
        accent_colour: field("accent_colour"),
        automated_decisions: field("automated_decisions"),
    }
}

#[handler]
async fn show(state: Data<&AppState>, viewer: Viewer) -> Result<Response> {
    organisation_page(&state, &viewer, StatusCode::OK, None, Form::default()).await
}

#[handler]
async fn save(state: Data<&AppState>, meta: Origin, posted: Posted) -> Result<Response> {
    let Posted { viewer, form } = posted;
    let change = Settings {
        name: Some(form.text("name").to_owned()),
        contact_email: form.non_blank("contact_email"),
        require_totp_for_admins: Some(form.checked("require_totp_for_admins")),
        suppress_erased: Some(form.checked("suppress_erased")),
        staff_may_export: Some(form.checked("staff_may_export")),
        default_language: form.non_blank("default_language"),
        identity: identity_of(&form),
    };
    match service::update(&state, &viewer.scope, &meta, change).await {
        Ok(_) => Ok(page::redirect_with(
            "/settings/organisation",
            Say::new("flash-organisation-saved"),
        )),
        Err(e @ Error::Invalid(_)) => {
            let mut refused = Form::new(form.values(), Some(&e));
            for flag in [
                "require_totp_for_admins",
                "suppress_erased",
                "staff_may_export",
            ] {
                refused.set(flag, form.checked(flag));
            }
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            organisation_page(&state, &viewer, status, Some(refused), Form::default()).await
        }
        Err(e) => Err(e),
    }
}

/// Cancels the organisation; refused (the short name mistyped, or it is
/// cancelled already), the page again with what was typed and why not.
#[handler]
async fn cancel(state: Data<&AppState>, meta: Origin, posted: Posted) -> Result<Response> {
    let Posted { viewer, form } = posted;
    match offboarding::cancel(&state, &viewer.scope, &meta, form.text("confirm")).await {
        Ok(_) => Ok(page::redirect_with(
            "/settings/organisation",
            Say::new("flash-organisation-cancelled"),
        )),
        Err(e @ (Error::Invalid(_) | Error::Conflict(_))) => {
            let (status, _, _) = page::faults(&e);
            let refused = Form::new(form.values(), Some(&e));
            organisation_page(&state, &viewer, status, None, refused).await
        }
        Err(e) => Err(e),
    }
}

/// The fields of an upload form: its CSRF token and the file, read up to
/// one byte past the size limit (so a larger file is refused by size).
async fn read_upload(mut multipart: Multipart) -> Result<(Option<String>, Vec<u8>)> {
    let bad =
        |e: &dyn std::fmt::Display| Error::BadRequest(format!("the upload could not be read: {e}"));
    let (mut csrf, mut file) = (None, Vec::new());
    while let Some(field) = multipart.next_field().await.map_err(|e| bad(&e))? {
        match field.name() {
            Some("csrf") => csrf = Some(field.text().await.map_err(|e| bad(&e))?),
            Some("logo") => {
                let mut reader = field.into_async_read();
                let limit = u64::try_from(logo::MAX_BYTES + 1).unwrap_or(u64::MAX);
                tokio::io::AsyncReadExt::read_to_end(
                    &mut tokio::io::AsyncReadExt::take(&mut reader, limit),
                    &mut file,
                )
                .await
                .map_err(|e| bad(&e))?;
            }
            _ => {}
        }
    }
    Ok((csrf, file))
}

#[handler]
async fn upload_logo(
    req: &Request,
    state: Data<&AppState>,
    meta: Origin,
    multipart: Multipart,
) -> Response {
    let (csrf, file) = match read_upload(multipart).await {
        Ok(read) => read,
        Err(e) => return page::error(None, &e),
    };
    let viewer = match page::uploader(req, csrf.as_deref()).await {
        Ok(v) => v,
        Err(refused) => return refused,
    };
    match logo::set(&state, &viewer.scope, &meta, &file).await {
        Ok(_) => page::redirect_with("/settings/organisation", Say::new("flash-logo-saved")),
        Err(e @ Error::Invalid(_)) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            let shown = async {
                let t = service::get(&state, &viewer.scope).await?;
                let refused = Some(stored_form(&t, Some(&e)));
                organisation_page(&state, &viewer, status, refused, Form::default()).await
            };
            shown
                .await
                .unwrap_or_else(|e| page::error(Some(&viewer), &e))
        }
        Err(e) => page::error(Some(&viewer), &e),
    }
}

#[handler]
async fn remove_logo(state: Data<&AppState>, meta: Origin, posted: Posted) -> Response {
    let Posted { viewer, .. } = posted;
    let result = logo::remove(&state, &viewer.scope, &meta).await.map(drop);
    page::after(
        &viewer,
        result,
        "/settings/organisation",
        Say::new("flash-logo-removed"),
    )
}
