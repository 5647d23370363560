//! Staff authentication: passwords (argon2id), sessions with CSRF protection,
//! API tokens, optional TOTP, throttling of failed logins — and the `Scope`
//! that only authentication can build.

pub mod account;
pub mod api;
mod extract;
pub mod login;
pub mod pages;
mod password;
mod role;
mod scope;
pub mod sessions;
pub mod throttle;
pub mod token;
pub mod tokens;
pub mod totp;

pub use extract::{Auth, SESSION_COOKIE};
pub use password::{hash as hash_password, warm_up as warm_up_hashing};
pub use role::{Role, role_of};
pub use scope::{Actor, Scope};
