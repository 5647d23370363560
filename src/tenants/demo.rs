//! `serve --demo`: a tenant to try Steward with, made once with its custom
//! fields; the command then fills it with synthetic customers (notes and
//! consent included) through the seeding path.

use entity::ids::TenantId;

use crate::{
    audit::Actor,
    audit::Origin,
    auth::Role,
    context::Services,
    error::Result,
    fields::{
        Kind,
        service::{NewField, define},
    },
    values::Slug,
};

pub const SLUG: &str = "demo";
pub const OWNER_EMAIL: &str = "owner@demo.test";
/// Demo only: a fixed, printed password, so the login is the same every run.
pub const OWNER_PASSWORD: &str = "demo-owner-password";
/// How many sample customers the demo tenant starts with.
pub const CUSTOMERS: u64 = 120;

/// Creates the demo tenant if absent. Returns its ID when it was created
/// now, for the caller to fill with `CUSTOMERS` sample customers.
pub async fn ensure(state: &Services) -> Result<Option<TenantId>> {
    let slug = Slug::parse(SLUG).expect("the demo slug is valid");
    if super::service::find_by_slug(state, &slug).await?.is_some() {
        return Ok(None);
    }
    let created = super::service::create(
        state,
        SLUG,
        "Demo Organisation",
        OWNER_EMAIL,
        Some(OWNER_PASSWORD),
    )
    .await?;
    let field = |key: &str, label: &str, kind, options: &[&str], visible_to| NewField {
        key: key.into(),
        label: label.into(),
        kind,
        options: (!options.is_empty()).then(|| options.iter().map(|o| o.to_string()).collect()),
        required: false,
        visible_to,
        personal: true,
        correctable: false,
    };
    for def in [
        field(
            "plan",
            "Plan",
            Kind::Select,
            &["basic", "plus", "pro"],
            Role::Viewer,
        ),
        field(
            "customer_since",
            "Customer since",
            Kind::Date,
            &[],
            Role::Viewer,
        ),
        field(
            "newsletter_language",
            "Newsletter language",
            Kind::Text,
            &[],
            Role::Staff,
        ),
        field(
            "credit_limit",
            "Credit limit (EUR)",
            Kind::Number,
            &[],
            Role::Admin,
        ),
    ] {
        define(
            state,
            created.tenant_id,
            Actor::System,
            &Origin::system(),
            def,
        )
        .await?;
    }
    Ok(Some(created.tenant_id))
}
