//! Field definitions, and the rules that apply them to customer records.

use entity::ids::TenantId;
use std::collections::BTreeMap;

use entity::field_def;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set,
};
use serde_json::{Value, json};
use uuid::Uuid;

pub use super::def::{FieldDef, Kind};
use super::value::{self, StoredField};
use crate::{
    audit::Origin,
    audit::{self, Actor, Entry},
    auth::{Role, Scope},
    context::Services,
    db::begin_write,
    error::{Checks, Error, Result, conflict_if_duplicate},
    values::display_name,
};

/// How many custom fields one tenant may define.
pub const MAX_FIELDS: u64 = 100;
/// How many options a select field may offer.
pub const MAX_OPTIONS: usize = 100;
const LABEL_MAX: usize = 100;
const OPTION_MAX: usize = 100;

/// A tenant's field definitions, applied to the records of one request.
#[derive(Clone, Default)]
pub struct Defs(Vec<FieldDef>);

/// A checked change of one field's value, ready to apply to a record.
pub struct ValueChange {
    id: Uuid,
    key: String,
    value: Option<value::Stored>,
}

fn at(key: &str) -> String {
    format!("fields.{key}")
}

impl Defs {
    pub async fn load<C: ConnectionTrait>(conn: &C, tenant_id: TenantId) -> Result<Self> {
        field_def::Entity::find()
            .filter(field_def::Column::TenantId.eq(tenant_id))
            .order_by_asc(field_def::Column::Id)
            .all(conn)
            .await?
            .into_iter()
            .map(FieldDef::try_from)
            .collect::<Result<Vec<_>>>()
            .map(Self)
    }

    /// The field `key` a person may ask to have corrected.
    pub fn correctable(&self, key: &str) -> Option<&FieldDef> {
        self.0.iter().find(|d| d.key == key && d.correctable)
    }

    /// The value field `def` holds in `values`, as text.
    pub fn text_of(def: &FieldDef, values: &[value::StoredField]) -> Option<String> {
        let id = def.id.to_string();
        values
            .iter()
            .find(|v| v.field == id)
            .map(|v| match v.value.to_json() {
                Value::String(s) => s,
                other => other.to_string(),
            })
    }

    /// Every definition, oldest first.
    pub fn all(&self) -> &[FieldDef] {
        &self.0
    }

    /// The field `key` if `role` may see it; otherwise it does not exist for them.
    fn visible(&self, key: &str, role: Role) -> Option<&FieldDef> {
        self.0.iter().find(|d| d.key == key && role >= d.visible_to)
    }

    /// Checks the values given for a new record: every key is a field the
    /// caller may see, every value fits, and every required field the caller
    /// may see has one.
    pub fn check_new(
        &self,
        role: Role,
        input: &BTreeMap<String, Value>,
        checks: &mut Checks,
    ) -> Vec<StoredField> {
        let mut out = Vec::new();
        for (key, raw) in input {
            let Some(def) = self.visible(key, role) else {
                checks.fail(&at(key), "is not a custom field of this tenant");
                continue;
            };
            if raw.is_null() {
                if def.required {
                    checks.fail(&at(key), "is required");
                }
                continue;
            }
            if let Some(v) = checks.take(&at(key), value::parse(def, raw)) {
                out.push(StoredField {
                    field: def.id.to_string(),
                    value: v,
                });
            }
        }
        for def in self.0.iter().filter(|d| d.required && role >= d.visible_to) {
            if !input.contains_key(&def.key) {
                checks.fail(&at(&def.key), "is required");
            }
        }
        out
    }

    /// Checks a partial change of values: `null` clears a value, which a
    /// required field refuses.
    pub fn check_change(
        &self,
        role: Role,
        input: &BTreeMap<String, Value>,
        checks: &mut Checks,
    ) -> Vec<ValueChange> {
        let mut out = Vec::new();
        for (key, raw) in input {
            let Some(def) = self.visible(key, role) else {
                checks.fail(&at(key), "is not a custom field of this tenant");
                continue;
            };
            let value = if raw.is_null() {
                if def.required {
                    checks.fail(&at(key), "is required and cannot be cleared");
                    continue;
                }
                None
            } else {
                match checks.take(&at(key), value::parse(def, raw)) {
                    Some(v) => Some(v),
                    None => continue,
                }
            };
            out.push(ValueChange {
                id: def.id,
                key: def.key.clone(),
                value,
            });
        }
        out
    }

    /// Applies checked changes to a record's values, dropping values of
    /// fields that no longer exist; returns the names of changed fields.
    pub fn apply(&self, values: &mut Vec<StoredField>, changes: Vec<ValueChange>) -> Vec<String> {
        values.retain(|v| self.0.iter().any(|d| d.id.to_string() == v.field));
        let mut changed = Vec::new();
        for c in changes {
            let id = c.id.to_string();
            let slot = values.iter().position(|v| v.field == id);
            match (slot, c.value) {
                (Some(i), Some(new)) if values[i].value != new => values[i].value = new,
                (Some(_), Some(_)) => continue,
                (Some(i), None) => {
                    values.remove(i);
                }
                (None, Some(new)) => values.push(StoredField {
                    field: id,
                    value: new,
                }),
                (None, None) => continue,
            }
            changed.push(at(&c.key));
        }
        changed
    }

    /// The values `role` may see, by key.
    pub fn shown(&self, role: Role, values: &[StoredField]) -> BTreeMap<String, Value> {
        self.0
            .iter()
            .filter(|d| role >= d.visible_to)
            .filter_map(|d| {
                let id = d.id.to_string();
                values
                    .iter()
                    .find(|v| v.field == id)
                    .map(|v| (d.key.clone(), v.value.to_json()))
            })
            .collect()
    }
}

/// The fields `scope` may see, oldest first.
pub async fn list(state: &Services, scope: &Scope) -> Result<Vec<FieldDef>> {
    scope.require(Role::Viewer)?;
    let defs = Defs::load(&state.db.main, scope.tenant_id()).await?;
    Ok(defs
        .0
        .into_iter()
        .filter(|d| scope.role() >= d.visible_to)
        .collect())
}

pub struct NewField {
    pub key: String,
    pub label: String,
    pub kind: Kind,
    pub options: Option<Vec<String>>,
    pub required: bool,
    pub visible_to: Role,
    pub personal: bool,
    /// A person may ask through the portal to have a value corrected.
    pub correctable: bool,
}

/// A change to a definition; `None` leaves an attribute as it is.
#[derive(Default)]
pub struct FieldChange {
    pub label: Option<String>,
    pub options: Option<Vec<String>>,
    pub required: Option<bool>,
    pub visible_to: Option<Role>,
    pub personal: Option<bool>,
    pub correctable: Option<bool>,
}

fn check_key(key: &str) -> std::result::Result<String, String> {
    let mut chars = key.chars();
    let ok = key.len() <= 40
        && chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if ok {
        Ok(key.to_owned())
    } else {
        Err(
            "must start with a letter a–z and hold only a–z, 0–9 and _, at most 40 characters"
                .into(),
        )
    }
}

fn check_options(kind: Kind, options: &[String], checks: &mut Checks) -> Vec<String> {
    if kind != Kind::Select {
        checks.fail("options", "only a select field has options");
        return Vec::new();
    }
    if options.is_empty() {
        checks.fail("options", "a select field needs at least one option");
    }
    if options.len() > MAX_OPTIONS {
        checks.fail(
            "options",
            format!("must have at most {MAX_OPTIONS} options"),
        );
    }
    let mut out: Vec<String> = Vec::new();
    for (i, o) in options.iter().enumerate() {
        let Some(o) = checks.take(&format!("options[{i}]"), display_name(o, OPTION_MAX)) else {
            continue;
        };
        if out.contains(&o) {
            checks.fail(&format!("options[{i}]"), format!("{o:?} is given twice"));
        }
        out.push(o);
    }
    out
}

fn options_column(options: &[String]) -> Option<String> {
    (!options.is_empty())
        .then(|| serde_json::to_string(options).expect("a list of strings serialises"))
}

pub async fn create(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    input: NewField,
) -> Result<FieldDef> {
    scope.require(Role::Admin)?;
    define(state, scope.tenant_id(), scope.into(), meta, input).await
}

/// Checks and stores a definition on behalf of `actor`.
pub(crate) async fn define(
    state: &Services,
    tenant_id: TenantId,
    actor: Actor,
    meta: &Origin,
    input: NewField,
) -> Result<FieldDef> {
    let mut checks = Checks::new();
    let key = checks.take("key", check_key(&input.key));
    let label = checks.take("label", display_name(&input.label, LABEL_MAX));
    let options = match (&input.options, input.kind) {
        (Some(o), kind) => check_options(kind, o, &mut checks),
        (None, Kind::Select) => {
            checks.fail("options", "a select field needs at least one option");
            Vec::new()
        }
        (None, _) => Vec::new(),
    };
    checks.finish()?;
    let (key, label) = (key.expect("checked"), label.expect("checked"));

    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let count = field_def::Entity::find()
        .filter(field_def::Column::TenantId.eq(tenant_id))
        .count(&txn)
        .await?;
    if count >= MAX_FIELDS {
        return Err(Error::Conflict(format!(
            "this tenant already has {MAX_FIELDS} custom fields, the most it may have; delete one first"
        )));
    }
    let taken = format!("a custom field with key {key:?} exists already");
    if field_def::Entity::find()
        .filter(field_def::Column::TenantId.eq(tenant_id))
        .filter(field_def::Column::Key.eq(&key))
        .one(&txn)
        .await?
        .is_some()
    {
        return Err(Error::Conflict(taken));
    }
    let model = field_def::ActiveModel {
        tenant_id: Set(tenant_id),
        id: Set(Uuid::now_v7()),
        key: Set(key),
        label: Set(label),
        kind: Set(input.kind.as_str().to_owned()),
        options: Set(options_column(&options)),
        required: Set(input.required),
        visible_to: Set(input.visible_to.as_str().to_owned()),
        personal: Set(input.personal),
        correctable: Set(input.correctable),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&txn)
    .await
    .map_err(|e| conflict_if_duplicate(e, &taken))?;
    let entry = Entry::new("field.created")
        .target("field", model.id)
        .detail(json!({ "key": model.key, "type": model.kind, "visible_to": model.visible_to }));
    audit::append(&txn, tenant_id, actor, meta, now, entry).await?;
    txn.commit().await?;
    model.try_into()
}

async fn find_by_key<C: ConnectionTrait>(
    conn: &C,
    scope: &Scope,
    key: &str,
) -> Result<field_def::Model> {
    field_def::Entity::find()
        .filter(field_def::Column::TenantId.eq(scope.tenant_id()))
        .filter(field_def::Column::Key.eq(key))
        .one(conn)
        .await?
        .ok_or(Error::NotFound("custom field"))
}

/// Changes a definition's label, options, rule or visibility; its type and
/// key stay. Existing values are kept even if an option they hold is removed.
pub async fn update(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    key: &str,
    change: FieldChange,
) -> Result<FieldDef> {
    scope.require(Role::Admin)?;
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let current = FieldDef::try_from(find_by_key(&txn, scope, key).await?)?;
    let mut checks = Checks::new();
    let label = change
        .label
        .as_deref()
        .and_then(|l| checks.take("label", display_name(l, LABEL_MAX)));
    let options = change
        .options
        .as_deref()
        .map(|o| check_options(current.kind, o, &mut checks));
    checks.finish()?;

    let mut changed = Vec::new();
    let mut row = field_def::ActiveModel {
        tenant_id: Set(scope.tenant_id()),
        id: Set(current.id),
        ..Default::default()
    };
    if let Some(label) = label.filter(|l| *l != current.label) {
        row.label = Set(label);
        changed.push("label");
    }
    if let Some(options) = options.filter(|o| *o != current.options) {
        row.options = Set(options_column(&options));
        changed.push("options");
    }
    if let Some(required) = change.required.filter(|r| *r != current.required) {
        row.required = Set(required);
        changed.push("required");
    }
    if let Some(role) = change.visible_to.filter(|r| *r != current.visible_to) {
        row.visible_to = Set(role.as_str().to_owned());
        changed.push("visible_to");
    }
    if let Some(personal) = change.personal.filter(|p| *p != current.personal) {
        row.personal = Set(personal);
        changed.push("personal");
    }
    if let Some(correctable) = change.correctable.filter(|c| *c != current.correctable) {
        row.correctable = Set(correctable);
        changed.push("correctable");
    }
    if changed.is_empty() {
        return Ok(current);
    }
    row.updated_at = Set(now);
    let model = row.update(&txn).await?;
    let entry = Entry::new("field.updated")
        .target("field", model.id)
        .detail(json!({ "key": model.key, "changed": changed }));
    audit::append(&txn, scope.tenant_id(), scope.into(), meta, now, entry).await?;
    txn.commit().await?;
    model.try_into()
}

/// Deletes a definition. Its values disappear from every record at once,
/// and are dropped from a record's sealed data when it is next written.
pub async fn delete(state: &Services, scope: &Scope, meta: &Origin, key: &str) -> Result<()> {
    scope.require(Role::Admin)?;
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let model = find_by_key(&txn, scope, key).await?;
    field_def::Entity::delete_by_id((model.tenant_id, model.id))
        .exec(&txn)
        .await?;
    let entry = Entry::new("field.deleted")
        .target("field", model.id)
        .detail(json!({ "key": model.key }));
    audit::append(&txn, scope.tenant_id(), scope.into(), meta, now, entry).await?;
    txn.commit().await?;
    Ok(())
}
