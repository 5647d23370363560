use entity::ids::TenantId;
use entity::tenant;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, IntoActiveModel,
    PaginatorTrait, QueryFilter, Set,
};
use serde::Serialize;
use serde_json::{Map, Value, json};
use uuid::Uuid;

use super::identity::{self, IdentityChange};
use crate::{
    audit::Origin,
    audit::{self, Entry},
    auth::{Role, Scope},
    context::Services,
    db::begin_write,
    error::{Checks, Error, Result, conflict_if_duplicate},
    i18n::Lang,
    users::service::{hash_given_or_generated, insert_user},
    values::{Email, NewPassword, Slug, display_name},
};

#[derive(Debug, Serialize)]
pub struct CreatedTenant {
    pub tenant_id: TenantId,
    pub owner_id: Uuid,
    /// The owner's password when Steward generated it; shown once.
    pub password: Option<String>,
}

/// Creates a tenant with its key, audit chain and first owner.
pub async fn create(
    state: &Services,
    slug: &str,
    name: &str,
    owner_email: &str,
    owner_password: Option<&str>,
) -> Result<CreatedTenant> {
    let mut checks = Checks::new();
    let slug = checks.take("slug", Slug::parse(slug));
    let name = checks.take("name", display_name(name, 200));
    let email = checks.take("owner_email", Email::parse(owner_email));
    let given = match owner_password {
        Some(p) => checks
            .take("owner_password", NewPassword::parse(p))
            .map(Some),
        None => Some(None),
    };
    checks.finish()?;
    let (slug, name, email, given) = (
        slug.expect("checked"),
        name.expect("checked"),
        email.expect("checked"),
        given.expect("checked"),
    );

    if find_by_slug(state, &slug).await?.is_some() {
        return Err(Error::Conflict(format!(
            "a tenant with slug {slug} already exists"
        )));
    }
    let (hash, password) = hash_given_or_generated(state, given).await?;

    let tenant_id = TenantId::new();
    // The key first: a key without a tenant is harmless and can be swept up;
    // a tenant without a key could not seal anything.
    state.keys.create_tenant_key(tenant_id).await?;
    let now = state.clock.now();
    let system = Origin::system();
    // The tenant, its audit chain and its owner appear together or not at all.
    let txn = begin_write(&state.db.writer).await?;
    tenant::ActiveModel {
        id: Set(tenant_id),
        slug: Set(slug.as_str().to_owned()),
        name: Set(name),
        state: Set(entity::tenant::State::Active),
        contact_email: Set(Some(email.as_str().to_owned())),
        require_totp_for_admins: Set(false),
        created_at: Set(now),
        cancelled_at: Set(None),
        export_until: Set(None),
        purge_at: Set(None),
        purge_warnings: Set(0),
        suppress_erased: Set(false),
        staff_may_export: Set(true),
        identity_kinds: Set(String::new()),
        identity_documents: Set(false),
        default_language: Set(crate::i18n::ENGLISH.tag().to_owned()),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(|e| conflict_if_duplicate(e, &format!("a tenant with slug {slug} already exists")))?;
    audit::start_chain(&txn, tenant_id).await?;
    let entry = Entry::new("tenant.created").target("tenant", tenant_id);
    audit::append(&txn, tenant_id, audit::Actor::System, &system, now, entry).await?;
    let owner = insert_user(
        &txn,
        tenant_id,
        &email,
        "Owner",
        Role::Owner,
        hash,
        audit::Actor::System,
        &system,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(CreatedTenant {
        tenant_id,
        owner_id: owner.id.into(),
        password,
    })
}

pub async fn find_by_slug(state: &Services, slug: &Slug) -> Result<Option<tenant::Model>> {
    Ok(tenant::Entity::find()
        .filter(tenant::Column::Slug.eq(slug.as_str()))
        .one(&state.db.main)
        .await?)
}

pub async fn get(state: &Services, scope: &Scope) -> Result<tenant::Model> {
    tenant::Entity::find_by_id(scope.tenant_id())
        .one(&state.db.main)
        .await?
        .ok_or(Error::NotFound("tenant"))
}

#[derive(Default)]
pub struct Settings {
    pub name: Option<String>,
    pub contact_email: Option<String>,
    pub require_totp_for_admins: Option<bool>,
    pub suppress_erased: Option<bool>,
    /// Staff may export list views (admins and owners always may).
    pub staff_may_export: Option<bool>,
    /// The language of what the tenant sends where the person's is not known.
    pub default_language: Option<String>,
    /// Who the controller is, as people see it.
    pub identity: IdentityChange,
}

pub async fn update(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    change: Settings,
) -> Result<tenant::Model> {
    scope.require(Role::Admin)?;
    let checked = checked_settings(&change)?;
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let current = tenant::Entity::find_by_id(scope.tenant_id())
        .one(&txn)
        .await?
        .ok_or(Error::NotFound("tenant"))?;
    identity::check_pairs(&current, &checked.identity)?;
    let mut am = current.clone().into_active_model();
    let mut detail = set_changed(&mut am, &current, checked, &change);
    if let Some(suppress) = change
        .suppress_erased
        .filter(|s| *s != current.suppress_erased)
    {
        set_suppress_erased(
            &txn,
            scope.tenant_id(),
            &mut am,
            &current,
            suppress,
            &mut detail,
        )
        .await?;
    }
    if detail.is_empty() {
        return Ok(current);
    }
    let updated = am.update(&txn).await?;
    audit::append(
        &txn,
        scope.tenant_id(),
        scope.into(),
        meta,
        now,
        Entry::new("tenant.settings_changed")
            .target("tenant", scope.tenant_id())
            .detail(Value::Object(detail)),
    )
    .await?;
    txn.commit().await?;
    Ok(updated)
}

/// The new name, contact address and language of a change, checked.
struct Checked {
    name: Option<String>,
    contact: Option<Email>,
    language: Option<Lang>,
    identity: Vec<(&'static str, Option<String>)>,
}

/// The new name, contact address and language of `change`, checked;
/// refuses the change with every invalid field named.
fn checked_settings(change: &Settings) -> Result<Checked> {
    let mut checks = Checks::new();
    let language = change
        .default_language
        .as_deref()
        .and_then(|l| checks.take("default_language", Lang::checked(l)));
    let identity = identity::check(&change.identity, &mut checks);
    let name = change
        .name
        .as_deref()
        .and_then(|n| checks.take("name", display_name(n, 200)));
    let contact = change
        .contact_email
        .as_deref()
        .and_then(|e| checks.take("contact_email", Email::parse(e)));
    checks.finish()?;
    Ok(Checked {
        name,
        contact,
        language,
        identity,
    })
}

/// Sets on `am` the name, contact address and two-factor rule that differ
/// from `current`; returns the audit detail naming what changed.
fn set_changed(
    am: &mut tenant::ActiveModel,
    current: &tenant::Model,
    checked: Checked,
    change: &Settings,
) -> Map<String, Value> {
    let Checked {
        name,
        contact,
        language,
        identity,
    } = checked;
    let mut detail = Map::new();
    identity::apply(am, current, identity, &mut detail);
    if let Some(lang) = language.filter(|l| l.tag() != current.default_language) {
        am.default_language = Set(lang.tag().to_owned());
        detail.insert(
            "default_language".into(),
            json!({ "from": current.default_language, "to": lang }),
        );
    }
    if let Some(name) = name.filter(|n| *n != current.name) {
        am.name = Set(name);
        detail.insert("name_changed".into(), Value::Bool(true));
    }
    if let Some(contact) = contact.filter(|c| current.contact_email.as_deref() != Some(c.as_str()))
    {
        am.contact_email = Set(Some(contact.as_str().to_owned()));
        detail.insert("contact_email_changed".into(), Value::Bool(true));
    }
    if let Some(require) = change
        .require_totp_for_admins
        .filter(|r| *r != current.require_totp_for_admins)
    {
        am.require_totp_for_admins = Set(require);
        detail.insert(
            "require_totp_for_admins".into(),
            json!({ "from": current.require_totp_for_admins, "to": require }),
        );
    }
    if let Some(may) = change
        .staff_may_export
        .filter(|m| *m != current.staff_may_export)
    {
        am.staff_may_export = Set(may);
        detail.insert(
            "staff_may_export".into(),
            json!({ "from": current.staff_may_export, "to": may }),
        );
    }
    detail
}

/// Switches the suppression of erased customers to `suppress`, noting it
/// in `detail`; switching it off empties the tenant's suppression list.
async fn set_suppress_erased(
    txn: &DatabaseTransaction,
    tenant_id: TenantId,
    am: &mut tenant::ActiveModel,
    current: &tenant::Model,
    suppress: bool,
    detail: &mut Map<String, Value>,
) -> Result<()> {
    am.suppress_erased = Set(suppress);
    detail.insert(
        "suppress_erased".into(),
        json!({ "from": current.suppress_erased, "to": suppress }),
    );
    if !suppress {
        // Turning the list off empties it: nothing is kept "just in case".
        let cleared = entity::suppression::Entity::delete_many()
            .filter(entity::suppression::Column::TenantId.eq(tenant_id))
            .exec(txn)
            .await?
            .rows_affected;
        detail.insert("suppressions_cleared".into(), json!(cleared));
    }
    Ok(())
}

/// All tenants' IDs and slugs, for operator commands.
pub async fn all(state: &Services) -> Result<Vec<tenant::Model>> {
    Ok(tenant::Entity::find().all(&state.db.main).await?)
}

pub async fn count(state: &Services) -> Result<u64> {
    Ok(tenant::Entity::find().count(&state.db.main).await?)
}
