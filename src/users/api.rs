//! `/api/v1/users`: admins manage staff accounts and roles.

use poem::web::Data;
use poem_openapi::{ApiResponse, Object, OpenApi, param::Path, payload::Json};
use uuid::Uuid;

use super::service::{self, Change, NewUser};
use crate::audit::Origin;
use crate::{
    auth::{Role, api::UserView, extract::Auth},
    http::{ApiTags, problem::ApiResult},
    state::AppState,
};

#[derive(Object)]
#[oai(deny_unknown_fields)]
struct NewUserBody {
    #[oai(validator(min_length = 3, max_length = 254))]
    email: String,
    #[oai(validator(min_length = 1, max_length = 200))]
    name: String,
    role: Role,
    /// At least 12 characters. Leave out to have Steward generate one.
    #[oai(validator(min_length = 12, max_length = 256))]
    password: Option<String>,
}

#[derive(Object)]
#[oai(deny_unknown_fields)]
struct UserPatch {
    #[oai(validator(min_length = 1, max_length = 200))]
    name: Option<String>,
    role: Option<Role>,
    /// A disabled user cannot sign in; their sessions end at once.
    disabled: Option<bool>,
    /// Turns off the user's two-factor sign-in, e.g. after a lost phone.
    reset_totp: Option<bool>,
}

#[derive(Object)]
struct CreatedUserBody {
    user: UserView,
    /// The generated password, when none was given; shown this once.
    #[oai(skip_serializing_if_is_none)]
    password: Option<String>,
}

#[derive(ApiResponse)]
enum UserCreated {
    #[oai(status = 201)]
    Created(Json<CreatedUserBody>),
}

pub struct UsersApi;

#[OpenApi(prefix_path = "/users", tag = "ApiTags::Users")]
impl UsersApi {
    /// List staff users
    #[oai(path = "/", method = "get", operation_id = "list_users")]
    async fn list(&self, state: Data<&AppState>, auth: Auth) -> ApiResult<Json<Vec<UserView>>> {
        let users = service::list(&state, auth.scope()).await?;
        Ok(Json(
            users
                .into_iter()
                .map(UserView::try_from)
                .collect::<Result<_, _>>()?,
        ))
    }

    /// Add a staff user
    ///
    /// Admin; only an owner may add an owner.
    #[oai(path = "/", method = "post", operation_id = "create_user")]
    async fn create(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        body: Json<NewUserBody>,
    ) -> ApiResult<UserCreated> {
        let b = body.0;
        let created = service::create(
            &state,
            auth.scope(),
            &meta,
            NewUser {
                email: b.email,
                name: b.name,
                role: b.role,
                password: b.password,
            },
        )
        .await?;
        Ok(UserCreated::Created(Json(CreatedUserBody {
            user: created.user.try_into()?,
            password: created.generated_password,
        })))
    }

    /// Change a user's role, name or status
    ///
    /// Admin; only an owner may change an owner. The last owner cannot be demoted or disabled (409).
    #[oai(path = "/:id", method = "patch", operation_id = "update_user")]
    async fn update(
        &self,
        state: Data<&AppState>,
        meta: Origin,
        auth: Auth,
        id: Path<Uuid>,
        body: Json<UserPatch>,
    ) -> ApiResult<Json<UserView>> {
        let b = body.0;
        let change = Change {
            name: b.name,
            role: b.role,
            disabled: b.disabled,
            reset_totp: b.reset_totp.unwrap_or(false),
        };
        Ok(Json(
            service::update(&state, auth.scope(), &meta, id.0.into(), change)
                .await?
                .try_into()?,
        ))
    }
}
