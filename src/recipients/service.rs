//! The register's own entries: checked, written and audited here, the one
//! writer of the `recipients` table.

use chrono::{DateTime, Utc};
use entity::ids::TenantId;
use entity::{integration, recipient, recipient::Safeguard};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set,
};
use serde_json::json;
use uuid::Uuid;

use crate::{
    audit::{self, Entry, Origin},
    auth::{Role, Scope},
    context::Services,
    db::begin_write,
    error::{Checks, Error, Result},
};

/// Register entries one tenant may keep.
pub const MAX_ENTRIES: u64 = 200;
const NAME_MAX: usize = 200;
const RECEIVES_MAX: usize = 500;
const PURPOSE_MAX: usize = 500;
const RETENTION_MAX: usize = 200;

/// The European Economic Area: the EU's 27 members, Iceland, Liechtenstein
/// and Norway. A transfer anywhere else needs a safeguard (GDPR Chapter V).
const EEA: [&str; 30] = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
];

/// Whether the country with ISO 3166-1 code `code` is in the EEA.
pub fn in_eea(code: &str) -> bool {
    EEA.contains(&code)
}

/// A new register entry, as given.
pub struct NewEntry {
    pub name: String,
    pub receives: String,
    pub purpose: String,
    pub country: String,
    pub safeguard: Option<String>,
    pub retention: Option<String>,
    pub integration_id: Option<Uuid>,
}

/// A change of an entry: `None` leaves a field as it is; for the optional
/// fields `Some(None)` clears it.
#[derive(Default)]
pub struct Patch {
    pub name: Option<String>,
    pub receives: Option<String>,
    pub purpose: Option<String>,
    pub country: Option<String>,
    pub safeguard: Option<Option<String>>,
    pub retention: Option<Option<String>>,
    pub integration_id: Option<Option<Uuid>>,
}

/// An entry's fields, checked.
#[derive(PartialEq)]
struct Checked {
    name: String,
    receives: String,
    purpose: String,
    country: String,
    safeguard: Option<Safeguard>,
    retention: Option<String>,
    integration_id: Option<Uuid>,
}

/// The tenant's register entries (staff and up), oldest first.
pub async fn list(state: &Services, scope: &Scope) -> Result<Vec<recipient::Model>> {
    scope.require(Role::Staff)?;
    entries(&state.db.main, scope.tenant_id()).await
}

/// Every register entry of tenant `tenant_id`, oldest first.
pub async fn entries<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
) -> Result<Vec<recipient::Model>> {
    Ok(recipient::Entity::find()
        .filter(recipient::Column::TenantId.eq(tenant_id))
        .order_by_asc(recipient::Column::CreatedAt)
        .order_by_asc(recipient::Column::Id)
        .all(conn)
        .await?)
}

/// Adds an entry to the register (admin).
pub async fn create(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    new: NewEntry,
) -> Result<recipient::Model> {
    scope.require(Role::Admin)?;
    let tenant_id = scope.tenant_id();
    let now = state.clock.now();
    let id = Uuid::now_v7();
    let txn = begin_write(&state.db.writer).await?;
    let c = check(&txn, tenant_id, None, new).await?;
    let count = recipient::Entity::find()
        .filter(recipient::Column::TenantId.eq(tenant_id))
        .count(&txn)
        .await?;
    if count >= MAX_ENTRIES {
        return Err(Error::Conflict(format!(
            "a register can hold at most {MAX_ENTRIES} entries; delete one first"
        )));
    }
    let detail = detail_of(&c, None);
    let model = apply(
        recipient::ActiveModel {
            tenant_id: Set(tenant_id),
            id: Set(id),
            created_at: Set(now),
            ..Default::default()
        },
        c,
        now,
    )
    .insert(&txn)
    .await?;
    let entry = Entry::new("recipient.created").target("recipient", id);
    audit::append(
        &txn,
        tenant_id,
        scope.into(),
        meta,
        now,
        entry.detail(detail),
    )
    .await?;
    txn.commit().await?;
    Ok(model)
}

/// Changes an entry (admin); the whole entry is checked again as changed.
pub async fn update(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    id: Uuid,
    patch: Patch,
) -> Result<recipient::Model> {
    scope.require(Role::Admin)?;
    let tenant_id = scope.tenant_id();
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let current = recipient::Entity::find_by_id((tenant_id, id))
        .one(&txn)
        .await?
        .ok_or(Error::NotFound("recipient"))?;
    let merged = NewEntry {
        name: patch.name.unwrap_or_else(|| current.name.clone()),
        receives: patch.receives.unwrap_or_else(|| current.receives.clone()),
        purpose: patch.purpose.unwrap_or_else(|| current.purpose.clone()),
        country: patch
            .country
            .unwrap_or_else(|| current.country.clone().unwrap_or_default()),
        safeguard: patch
            .safeguard
            .unwrap_or_else(|| current.safeguard.map(|s| s.as_str().to_owned())),
        retention: patch.retention.unwrap_or_else(|| current.retention.clone()),
        integration_id: patch.integration_id.unwrap_or(current.integration_id),
    };
    let c = check(&txn, tenant_id, Some(id), merged).await?;
    let detail = detail_of(&c, Some(&current));
    let model = apply(current.into(), c, now).update(&txn).await?;
    let entry = Entry::new("recipient.changed").target("recipient", id);
    audit::append(
        &txn,
        tenant_id,
        scope.into(),
        meta,
        now,
        entry.detail(detail),
    )
    .await?;
    txn.commit().await?;
    Ok(model)
}

/// Removes an entry from the register (admin).
pub async fn delete(state: &Services, scope: &Scope, meta: &Origin, id: Uuid) -> Result<()> {
    scope.require(Role::Admin)?;
    let tenant_id = scope.tenant_id();
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let gone = recipient::Entity::delete_many()
        .filter(recipient::Column::TenantId.eq(tenant_id))
        .filter(recipient::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    if gone.rows_affected == 0 {
        return Err(Error::NotFound("recipient"));
    }
    let entry = Entry::new("recipient.deleted").target("recipient", id);
    audit::append(&txn, tenant_id, scope.into(), meta, now, entry).await?;
    txn.commit().await?;
    Ok(())
}

/// The row `am` with the checked fields `c`, changed at `now`.
fn apply(mut am: recipient::ActiveModel, c: Checked, now: DateTime<Utc>) -> recipient::ActiveModel {
    am.name = Set(c.name);
    am.receives = Set(c.receives);
    am.purpose = Set(c.purpose);
    am.country = Set(Some(c.country));
    am.safeguard = Set(c.safeguard);
    am.retention = Set(c.retention);
    am.integration_id = Set(c.integration_id);
    am.updated_at = Set(now);
    am
}

/// What the audit entry tells: the fields changed (by name only, not their
/// words), the country, safeguard and linked integration.
fn detail_of(c: &Checked, before: Option<&recipient::Model>) -> serde_json::Value {
    let mut detail = json!({
        "country": c.country,
        "safeguard": c.safeguard.map(Safeguard::as_str),
        "integration_id": c.integration_id,
    });
    if let Some(b) = before {
        let changed: Vec<&str> = [
            ("name", b.name != c.name),
            ("receives", b.receives != c.receives),
            ("purpose", b.purpose != c.purpose),
            ("country", b.country.as_deref() != Some(c.country.as_str())),
            ("safeguard", b.safeguard != c.safeguard),
            ("retention", b.retention != c.retention),
            ("integration_id", b.integration_id != c.integration_id),
        ]
        .into_iter()
        .filter_map(|(field, differs)| differs.then_some(field))
        .collect();
        detail["changed"] = json!(changed);
    }
    detail
}

/// Checks an entry (`id` when it exists already); every field that is wrong
/// is named in one answer.
async fn check<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    id: Option<Uuid>,
    e: NewEntry,
) -> Result<Checked> {
    let mut checks = Checks::new();
    let name = checks.take("name", text(&e.name, NAME_MAX));
    if name.as_deref().is_some_and(|n| n.starts_with('#')) {
        checks.fail("name", "must not start with #");
    }
    let receives = checks.take("receives", text(&e.receives, RECEIVES_MAX));
    let purpose = checks.take("purpose", text(&e.purpose, PURPOSE_MAX));
    let country = checks.take("country", country(&e.country));
    let safeguard = checks.take("safeguard", safeguard(e.safeguard.as_deref()));
    match (&country, &safeguard) {
        (Some(c), Some(None)) if !in_eea(c) => checks.fail(
            "safeguard",
            format!(
                "is required for a country outside the EEA such as {c}: {}",
                words()
            ),
        ),
        (Some(c), Some(Some(_))) if in_eea(c) => checks.fail(
            "safeguard",
            format!("applies only to a transfer outside the EEA; leave it out for {c}"),
        ),
        _ => {}
    }
    let retention = match e.retention.as_deref().map(str::trim) {
        None | Some("") => Some(None),
        Some(r) => checks.take("retention", text(r, RETENTION_MAX)).map(Some),
    };
    if let Some(integration_id) = e.integration_id
        && let Err(why) = linkable(conn, tenant_id, id, integration_id).await?
    {
        checks.fail("integration_id", why);
    }
    checks.finish()?;
    Ok(Checked {
        name: name.expect("checked"),
        receives: receives.expect("checked"),
        purpose: purpose.expect("checked"),
        country: country.expect("checked"),
        safeguard: safeguard.expect("checked"),
        retention: retention.expect("checked"),
        integration_id: e.integration_id,
    })
}

/// `value` trimmed, if it is 1 to `max` characters on one line.
fn text(value: &str, max: usize) -> std::result::Result<String, String> {
    let v = value.trim();
    if v.is_empty() || v.chars().count() > max {
        return Err(format!("must be 1 to {max} characters"));
    }
    if v.chars().any(char::is_control) {
        return Err("must be one line, without control characters".into());
    }
    Ok(v.to_owned())
}

/// An ISO 3166-1 alpha-2 code the message catalogue names, in capitals.
fn country(value: &str) -> std::result::Result<String, String> {
    let code = value.trim().to_ascii_uppercase();
    let named = code.len() == 2
        && code.chars().all(|c| c.is_ascii_uppercase())
        && crate::i18n::has_message(crate::i18n::ENGLISH, &format!("country-{code}"));
    match named {
        true => Ok(code),
        false => Err(
            "must be an ISO 3166-1 alpha-2 country code Steward names, such as DE, IE or US".into(),
        ),
    }
}

/// A safeguard's stored word, if one is given.
fn safeguard(value: Option<&str>) -> std::result::Result<Option<Safeguard>, String> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(word) => Safeguard::parse(word)
            .map(Some)
            .ok_or_else(|| format!("must be one of: {}", words())),
    }
}

fn words() -> String {
    Safeguard::ALL
        .iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Whether entry `id` may describe integration `integration_id`: it is one
/// of the tenant's, and no other entry describes it.
async fn linkable<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    id: Option<Uuid>,
    integration_id: Uuid,
) -> Result<std::result::Result<(), String>> {
    let exists = integration::Entity::find_by_id((tenant_id, integration_id))
        .one(conn)
        .await?
        .is_some();
    if !exists {
        return Ok(Err("is not an integration of this tenant".into()));
    }
    let mut others = recipient::Entity::find()
        .filter(recipient::Column::TenantId.eq(tenant_id))
        .filter(recipient::Column::IntegrationId.eq(integration_id));
    if let Some(id) = id {
        others = others.filter(recipient::Column::Id.ne(id));
    }
    match others.count(conn).await? {
        0 => Ok(Ok(())),
        _ => Ok(Err(
            "already has a register entry; change that one instead".into()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_eea_is_the_eu_and_three_more() {
        assert!(in_eea("DE") && in_eea("NO") && in_eea("LI") && in_eea("IS"));
        assert!(!in_eea("US") && !in_eea("GB") && !in_eea("CH"));
    }

    #[test]
    fn countries_are_codes_the_catalogue_names() {
        assert_eq!(country(" us ").as_deref(), Ok("US"));
        assert!(country("XX").is_err());
        assert!(country("USA").is_err());
        assert!(country("").is_err());
    }

    #[test]
    fn texts_are_one_line_of_bounded_length() {
        assert_eq!(text("  Hosting  ", 10).as_deref(), Ok("Hosting"));
        assert!(text("   ", 10).is_err());
        assert!(text("abcdefghijk", 10).is_err());
        assert!(text("two\nlines", 10).is_err());
    }
}
