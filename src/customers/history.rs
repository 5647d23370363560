//! A record's field history: every change through [`super::write::change_in`]
//! keeps the changed fields' values before and after, sealed under the
//! customer's own key, so shredding (destroying the key, deleting the rows)
//! removes the history with the record (GDPR Art. 17). Which fields changed
//! is kept in the clear (names, never values); the values are shown only to
//! roles that may see the field.

use chrono::{DateTime, Utc};
use entity::field_change;
use entity::ids::{CustomerId, TenantId};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde_json::{Map, Value, json};
use uuid::Uuid;
use zeroize::Zeroizing;

use super::Personal;
use super::service::{find, record_read};
use crate::{
    audit::{Entry, Origin},
    auth::{Role, Scope},
    context::Services,
    crypto::Key,
    error::{Error, Result},
    fields::Defs,
    pagination,
};

const CURSOR: &str = "history";

fn aad(tenant_id: TenantId, customer_id: CustomerId, id: Uuid) -> Vec<u8> {
    format!("field_change:{tenant_id}:{customer_id}:{id}").into_bytes()
}

/// A field's value in `p` as the API shows it; `Null` when it has none.
fn value_of(defs: &Defs, p: &Personal, field: &str) -> Value {
    let text = |v: Option<&str>| v.map_or(Value::Null, |s| Value::String(s.to_owned()));
    match field {
        "name" => Value::String(p.name.clone()),
        "email" => text(p.email.as_ref().map(|e| e.as_str())),
        "phone" => text(p.phone.as_ref().map(|e| e.as_str())),
        "company" => text(p.company.as_deref()),
        "address" => text(p.address.as_deref()),
        "language" => text(p.language.as_deref()),
        other => other
            .strip_prefix("fields.")
            .and_then(|key| defs.all().iter().find(|d| d.key == key))
            .and_then(|d| {
                let id = d.id.to_string();
                p.fields.iter().find(|v| v.field == id)
            })
            .map_or(Value::Null, |v| v.value.to_json()),
    }
}

/// Writes one history row for a change of `changed` fields from `before`
/// to `after`, in the caller's transaction (the change's own).
#[allow(clippy::too_many_arguments)]
pub(super) async fn record_in<C: sea_orm::ConnectionTrait>(
    txn: &C,
    scope: &Scope,
    key: &Key,
    customer_id: CustomerId,
    defs: &Defs,
    (before, after): (&Personal, &Personal),
    changed: &[String],
    now: DateTime<Utc>,
) -> Result<()> {
    let tenant_id = scope.tenant_id();
    let id = Uuid::now_v7();
    let values: Map<String, Value> = changed
        .iter()
        .map(|f| {
            let pair =
                json!({ "before": value_of(defs, before, f), "after": value_of(defs, after, f) });
            (f.clone(), pair)
        })
        .collect();
    let plain = Zeroizing::new(serde_json::to_vec(&values).expect("JSON values serialise"));
    let (actor_kind, actor_id) = scope.audit_actor();
    field_change::ActiveModel {
        tenant_id: sea_orm::Set(tenant_id),
        id: sea_orm::Set(id),
        customer_id: sea_orm::Set(customer_id),
        actor_kind: sea_orm::Set(actor_kind.to_owned()),
        actor_id: sea_orm::Set(actor_id),
        fields: sea_orm::Set(json!(changed).to_string()),
        sealed: sea_orm::Set(key.seal(&plain, &aad(tenant_id, customer_id, id))),
        created_at: sea_orm::Set(now),
    }
    .insert(txn)
    .await?;
    Ok(())
}

/// Erasure: deletes the history of `ids`, counted per customer.
pub async fn forget<C: sea_orm::ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    ids: &[CustomerId],
) -> Result<crate::db::PerCustomer> {
    let delete = field_change::Entity::delete_many()
        .filter(field_change::Column::TenantId.eq(tenant_id))
        .filter(field_change::Column::CustomerId.is_in(ids.iter().copied()));
    Ok(crate::db::delete_counting(conn, delete, field_change::Column::CustomerId).await?)
}

/// One field of a change: its values only when the reader may see them.
pub struct FieldChange {
    /// `name`, `email`, … or `fields.<key>`.
    pub field: String,
    /// A custom field's label (built-in fields are named by the reader's language).
    pub label: Option<String>,
    /// Whether the reader's role may see the field's values.
    pub shown: bool,
    pub before: Value,
    pub after: Value,
}

/// One change of a record.
pub struct Change {
    pub id: Uuid,
    pub at: DateTime<Utc>,
    /// `user` or `token`.
    pub actor_kind: String,
    pub actor_id: Uuid,
    pub fields: Vec<FieldChange>,
}

/// A page of a record's history, newest first, with the cursor of the next.
pub struct Page {
    pub items: Vec<Change>,
    pub next: Option<String>,
}

/// The record's changes, newest first, a page at a time, each field's
/// values shown as the scope's role may see them. The read is audited.
pub async fn list(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    customer_id: CustomerId,
    cursor: Option<&str>,
    limit: Option<u64>,
) -> Result<Page> {
    let page = page_of(state, scope, customer_id, cursor, limit).await?;
    record_read(
        state,
        scope,
        meta,
        Entry::new("customer.history_read").target("customer", customer_id),
    )
    .await?;
    Ok(page)
}

/// As [`list`], for a page whose view of the record is audited already.
pub(crate) async fn page_of(
    state: &Services,
    scope: &Scope,
    customer_id: CustomerId,
    cursor: Option<&str>,
    limit: Option<u64>,
) -> Result<Page> {
    scope.require(Role::Viewer)?;
    let limit = pagination::limit(limit)?;
    let customer = find(state, scope, customer_id).await?;
    let mut query = field_change::Entity::find()
        .filter(field_change::Column::TenantId.eq(scope.tenant_id()))
        .filter(field_change::Column::CustomerId.eq(customer_id));
    if let Some(cursor) = cursor {
        let before = Uuid::try_parse(&pagination::decode(CURSOR, cursor)?)
            .map_err(|_| Error::invalid("cursor", "is not a cursor this list gave out"))?;
        query = query.filter(field_change::Column::Id.lt(before));
    }
    let mut rows = query
        .order_by_desc(field_change::Column::Id)
        .limit(limit + 1)
        .all(&state.db.main)
        .await?;
    let next = (rows.len() as u64 > limit).then(|| {
        rows.truncate(limit as usize);
        let last = rows.last().expect("more than the limit");
        pagination::encode(CURSOR, &last.id.to_string())
    });
    if rows.is_empty() {
        return Ok(Page {
            items: Vec::new(),
            next,
        });
    }
    let defs = Defs::load(&state.db.main, scope.tenant_id()).await?;
    let key = state
        .keys
        .customer_key(customer.tenant_id, customer.id)
        .await?;
    let items = rows
        .into_iter()
        .map(|row| open(row, &key, &defs, scope.role()))
        .collect::<Result<Vec<_>>>()?;
    Ok(Page { items, next })
}

/// Whether `role` may see the values of `field`, and a custom field's label.
fn visibility(defs: &Defs, role: Role, field: &str) -> (bool, Option<String>) {
    match field.strip_prefix("fields.") {
        None => (true, None),
        Some(key) => match defs.all().iter().find(|d| d.key == key) {
            Some(d) => (role >= d.visible_to, Some(d.label.clone())),
            // A field defined no more: its values are shown to no one.
            None => (false, None),
        },
    }
}

fn open(row: field_change::Model, key: &Key, defs: &Defs, role: Role) -> Result<Change> {
    let names: Vec<String> = serde_json::from_str(&row.fields)
        .map_err(|e| Error::internal_from(format!("field change {}", row.id), e))?;
    let shows = names.iter().any(|f| visibility(defs, role, f).0);
    // Opened only when something in it may be shown.
    let mut values: Map<String, Value> = if shows {
        let plain = key
            .open(&row.sealed, &aad(row.tenant_id, row.customer_id, row.id))
            .map_err(|e| Error::internal_from(format!("field change {}", row.id), e))?;
        serde_json::from_slice(&plain)
            .map_err(|e| Error::internal_from(format!("field change {}", row.id), e))?
    } else {
        Map::new()
    };
    let fields = names
        .into_iter()
        .map(|field| {
            let (shown, label) = visibility(defs, role, &field);
            let mut pair = match shown {
                true => values.remove(&field).unwrap_or(Value::Null),
                false => Value::Null,
            };
            FieldChange {
                before: pair
                    .get_mut("before")
                    .map(Value::take)
                    .unwrap_or(Value::Null),
                after: pair
                    .get_mut("after")
                    .map(Value::take)
                    .unwrap_or(Value::Null),
                field,
                label,
                shown,
            }
        })
        .collect();
    Ok(Change {
        id: row.id,
        at: row.created_at,
        actor_kind: row.actor_kind,
        actor_id: row.actor_id,
        fields,
    })
}
