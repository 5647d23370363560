//! Users and roles (admins): who can sign in, with which role; new users,
//! role changes, switching an account off and resetting a lost device.

use std::str::FromStr;

use poem::{
    Response, Route, get, handler,
    http::StatusCode,
    post,
    web::{Data, Path},
};
use serde::Serialize;
use uuid::Uuid;

use super::service::{self, Change, NewUser};
use crate::audit::Origin;
use crate::{
    auth::Role,
    error::{Error, Result},
    http::page::{self, Form, Posted, Refusal, Viewer, time},
    i18n::say::Say,
    state::AppState,
};

pub fn routes(r: Route) -> Route {
    r.at("/settings/users", get(show).post(create))
        .at("/settings/users/:id", post(update_user))
}

const ROLES: [&str; 4] = ["viewer", "staff", "admin", "owner"];

/// The users, the form for a new one, and a generated password shown once.
#[derive(Serialize)]
struct UsersPage {
    title: &'static str,
    section: &'static str,
    users: Vec<UserRow>,
    roles: [&'static str; 4],
    #[serde(flatten)]
    form: Form,
    created: Option<Created>,
    /// A refused change of a user (`user-<id>`), shown on their row.
    refused: Option<Refusal>,
}

/// One user.
#[derive(Serialize)]
struct UserRow {
    id: Uuid,
    name: String,
    email: String,
    role: String,
    disabled: bool,
    totp: bool,
    /// The person looking.
    me: bool,
    created_at: String,
}

/// A user just made, with the password generated for them.
#[derive(Serialize)]
struct Created {
    email: String,
    password: Option<String>,
}

async fn users_page(
    state: &AppState,
    viewer: &Viewer,
    status: StatusCode,
    form: Form,
    created: Option<Created>,
    refused: Option<Refusal>,
) -> Result<Response> {
    let users = service::list(state, &viewer.scope)
        .await?
        .into_iter()
        .map(|u| UserRow {
            me: u.id == viewer.user.id,
            id: u.id.into(),
            name: u.name,
            email: u.email,
            role: u.role,
            disabled: u.disabled,
            totp: u.totp_enabled,
            created_at: time(u.created_at),
        })
        .collect();
    Ok(page::render(
        viewer,
        "web/users.html",
        status,
        UsersPage {
            title: "title-users",
            section: "users",
            users,
            roles: ROLES,
            form,
            created,
            refused,
        },
    ))
}

#[handler]
async fn show(state: Data<&AppState>, viewer: Viewer) -> Result<Response> {
    users_page(&state, &viewer, StatusCode::OK, Form::default(), None, None).await
}

fn role_field(text: &str) -> Result<Role> {
    Role::from_str(text).map_err(|_| Error::invalid("role", "choose viewer, staff, admin or owner"))
}

#[handler]
async fn create(state: Data<&AppState>, meta: Origin, posted: Posted) -> Result<Response> {
    let Posted { viewer, form } = posted;
    let made = match role_field(form.text("role")) {
        Ok(role) => {
            let input = NewUser {
                email: form.text("email").to_owned(),
                name: form.text("name").to_owned(),
                role,
                password: form.non_blank("password"),
            };
            service::create(&state, &viewer.scope, &meta, input).await
        }
        Err(e) => Err(e),
    };
    match made {
        // A generated password is shown once, here, not in a redirect.
        Ok(c) => {
            let created = Created {
                email: c.user.email,
                password: c.generated_password,
            };
            users_page(
                &state,
                &viewer,
                StatusCode::OK,
                Form::default(),
                Some(created),
                None,
            )
            .await
        }
        Err(e @ (Error::Invalid(_) | Error::Conflict(_))) => {
            let (status, _, _) = page::faults(&e);
            // The address taken is a fault of the email field.
            let e = match e {
                Error::Conflict(why) => Error::invalid("email", why),
                e => e,
            };
            // A password typed is never shown again.
            let mut values = form.values();
            values.remove("password");
            let refused = Form::new(values, Some(&e));
            users_page(&state, &viewer, status, refused, None, None).await
        }
        Err(e) => Err(e),
    }
}

#[handler]
async fn update_user(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Result<Response> {
    let Posted { viewer, form } = posted;
    let changed = match change_of(form.text("action"), form.text("role")) {
        Ok((change, message)) => service::update(&state, &viewer.scope, &meta, id.into(), change)
            .await
            .map(|_| message),
        Err(e) => Err(e),
    };
    match changed {
        Ok(message) => Ok(page::redirect_with("/settings/users", message)),
        // Refused (the last owner demoted, a role above one's own granted):
        // the page again, with why on the user's row.
        Err(e) => match refusal(format!("user-{id}"), &e) {
            Some((status, refused)) => {
                let form = Form::default();
                users_page(&state, &viewer, status, form, None, Some(refused)).await
            }
            None => Err(e),
        },
    }
}

/// A refused change of a user as their row shows it: what `Refusal::of`
/// shows, and a role the admin may not grant.
fn refusal(control: String, e: &Error) -> Option<(StatusCode, Refusal)> {
    match e {
        Error::Forbidden(why) => {
            let why = why.clone();
            Some((StatusCode::FORBIDDEN, Refusal { control, why }))
        }
        e => Refusal::of(control, e),
    }
}

/// The change a button on a user's row asks for, and what to say once done.
fn change_of(action: &str, role: &str) -> Result<(Change, Say)> {
    Ok(match action {
        "role" => (
            Change {
                role: Some(role_field(role)?),
                ..Change::default()
            },
            Say::new("flash-user-role-changed"),
        ),
        "disable" => (
            Change {
                disabled: Some(true),
                ..Change::default()
            },
            Say::new("flash-user-disabled"),
        ),
        "enable" => (
            Change {
                disabled: Some(false),
                ..Change::default()
            },
            Say::new("flash-user-enabled"),
        ),
        "reset_totp" => (
            Change {
                reset_totp: true,
                ..Change::default()
            },
            Say::new("flash-user-totp-reset"),
        ),
        _ => {
            return Err(Error::invalid(
                "action",
                "is not something a user can have done",
            ));
        }
    })
}
