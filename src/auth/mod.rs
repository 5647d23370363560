//! Staff authentication: passwords (argon2id), sessions with CSRF protection,
//! API tokens, optional TOTP, throttling of failed logins — and the `Scope`
//! that only authentication can build.

pub mod account;
pub mod api;
pub mod extract;
pub mod login;
pub mod pages;
pub mod password;
mod role;
mod scope;
pub mod sessions;
pub mod throttle;
pub mod token;
pub mod tokens;
pub mod totp;

pub use role::{Role, role_of};
pub use scope::{Actor, Scope};
