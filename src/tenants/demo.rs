//! `serve --demo`: a tenant to try Steward with, made once.

use crate::{error::Result, state::AppState, values::Slug};

pub const SLUG: &str = "demo";
pub const OWNER_EMAIL: &str = "owner@demo.test";
/// Demo only: a fixed, printed password, so the login is the same every run.
pub const OWNER_PASSWORD: &str = "demo-owner-password";

/// Creates the demo tenant if absent. Returns whether it was created.
pub async fn ensure(state: &AppState) -> Result<bool> {
    let slug = Slug::parse(SLUG).expect("the demo slug is valid");
    if super::service::find_by_slug(state, &slug).await?.is_some() {
        return Ok(false);
    }
    super::service::create(
        state,
        SLUG,
        "Demo Organisation",
        OWNER_EMAIL,
        Some(OWNER_PASSWORD),
    )
    .await?;
    Ok(true)
}
