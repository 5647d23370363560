//! The retention policy page (admins), with a plain-language preview of
//! what a period means before it is saved.

use poem::{Response, Route, get, handler, http::StatusCode, web::Data};
use serde::Serialize;

use super::service::{self, Action, PolicyInput};
use crate::audit::Origin;
use crate::{
    error::Checks,
    error::{Error, Result},
    http::{
        page::{self, Fields, Form, Posted, Viewer, time},
        period,
    },
    i18n::say::Say,
    state::AppState,
};

pub fn routes(r: Route) -> Route {
    r.at("/settings/retention", get(show).post(save))
}

/// The policy form, with a preview of the period typed.
#[derive(Serialize)]
struct PolicyPage {
    title: &'static str,
    section: &'static str,
    #[serde(flatten)]
    form: Form,
    preview: Option<Preview>,
    updated_at: Option<String>,
}

/// The stored policy, as the form's fields hold it.
#[derive(Serialize)]
struct PolicyValues {
    expire_after: String,
    action: &'static str,
    remind_every: String,
    email_to: String,
    webhook: &'static str,
}

/// What the period typed would mean, in plain words.
#[derive(Serialize)]
struct Preview {
    period: String,
    expires: String,
    expired_now: u64,
    newly_expired: u64,
}

/// `values` are a refused or previewed post's; the stored policy's otherwise.
async fn policy_page(
    state: &AppState,
    viewer: &Viewer,
    status: StatusCode,
    values: Option<&Fields>,
    e: Option<&Error>,
) -> Result<Response> {
    let policy = service::get(state, &viewer.scope).await?;
    let mut form = match values {
        Some(posted) => Form::new(posted.values(), e),
        None => Form::new(
            PolicyValues {
                expire_after: policy.expire_after.to_string(),
                action: policy.action.as_str(),
                remind_every: policy.remind_every.to_string(),
                email_to: policy.email_to.join("\n"),
                webhook: if policy.webhook { "on" } else { "" },
            },
            e,
        ),
    };
    period::fill(&mut form, "expire_after");
    period::fill(&mut form, "remind_every");
    let period = form
        .values
        .get("expire_after")
        .and_then(|v| v.as_str())
        .unwrap_or_default()
        .to_owned();
    // The preview of what is typed, when it can be read.
    let preview = service::preview(state, &viewer.scope, &period)
        .await
        .ok()
        .map(|p| Preview {
            expires: time(p.completed_now_expires),
            expired_now: p.expired_now,
            newly_expired: p.newly_expired,
            period,
        });
    Ok(page::render(
        viewer,
        "web/retention.html",
        status,
        PolicyPage {
            title: "title-retention",
            section: "retention",
            form,
            preview,
            updated_at: policy.updated_at.map(time),
        },
    ))
}

#[handler]
async fn show(state: Data<&AppState>, viewer: Viewer) -> Result<Response> {
    policy_page(&state, &viewer, StatusCode::OK, None, None).await
}

fn input_of(form: &Fields) -> Result<PolicyInput> {
    let mut checks = Checks::new();
    let action = match form.text("action") {
        "notify" => Some(Action::Notify),
        "anonymize" => Some(Action::Anonymize),
        "shred" => Some(Action::Shred),
        _ => {
            checks.fail(
                "action",
                "choose what happens at expiry: notify, anonymize or shred",
            );
            None
        }
    };
    let expire_after = period::posted(form, "expire_after", &mut checks);
    let remind_every = period::posted(form, "remind_every", &mut checks);
    checks.finish()?;
    let email_to: Vec<String> = form
        .text("email_to")
        .split(['\n', ',', ';'])
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(str::to_owned)
        .collect();
    Ok(PolicyInput {
        expire_after: expire_after.unwrap_or_default(),
        action: action.expect("checked"),
        remind_every,
        email_to: Some(email_to),
        webhook: Some(form.checked("webhook")),
    })
}

#[handler]
async fn save(state: Data<&AppState>, meta: Origin, posted: Posted) -> Result<Response> {
    let Posted { viewer, form } = posted;
    if form.get("preview").is_some() {
        return policy_page(&state, &viewer, StatusCode::OK, Some(&form), None).await;
    }
    let saved = match input_of(&form) {
        Ok(input) => service::put(&state, &viewer.scope, &meta, input).await,
        Err(e) => Err(e),
    };
    match saved {
        Ok(_) => Ok(page::redirect_with(
            "/settings/retention",
            Say::new("flash-retention-saved"),
        )),
        Err(e @ Error::Invalid(_)) => {
            policy_page(
                &state,
                &viewer,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(&form),
                Some(&e),
            )
            .await
        }
        Err(e) => Err(e),
    }
}
