use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use entity::consent;
use poem_openapi::{
    Enum,
    types::{ParseFromJSON, ToJSON},
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use serde_json::json;
use uuid::Uuid;

use crate::{
    audit::{self, Entry},
    auth::{Role, Scope},
    customers::service::{find, lock_for_update, record_read},
    db::begin_write,
    error::{Checks, Error, Result},
    http::meta::RequestMeta,
    state::AppState,
    values::free_text,
};

/// The lawful basis of processing, GDPR Art. 6(1)(a)–(f).
#[derive(Enum, Clone, Copy, Debug, PartialEq, Eq)]
#[oai(rename_all = "snake_case")]
pub enum Basis {
    Consent,
    Contract,
    LegalObligation,
    VitalInterests,
    PublicTask,
    LegitimateInterests,
}

/// Where a consent decision was recorded.
#[derive(Enum, Clone, Copy, Debug, PartialEq, Eq)]
#[oai(rename_all = "snake_case")]
pub enum Source {
    /// By staff, e.g. on the phone or from a signed form.
    Staff,
    /// By the customer, through the tenant's portal.
    Portal,
    /// From a connected marketing tool.
    Sync,
}

/// The stored name of an API enum value (the same word the API uses).
fn name_of<T: ToJSON>(value: &T) -> String {
    match value.to_json() {
        Some(serde_json::Value::String(s)) => s,
        other => unreachable!("an enum's JSON form is a string, not {other:?}"),
    }
}

fn parse<T: ParseFromJSON>(stored: &str) -> Result<T> {
    T::parse_from_json(Some(serde_json::Value::String(stored.to_owned())))
        .map_err(|_| Error::internal(format!("unknown stored value {stored:?}")))
}

pub struct Change {
    pub purpose: String,
    pub granted: bool,
    pub basis: Basis,
    pub source: Source,
    /// How the decision was given: a form's reference, words said on the phone.
    pub evidence: Option<String>,
}

pub struct Decision {
    pub id: Uuid,
    pub purpose: String,
    pub granted: bool,
    pub basis: Basis,
    pub source: Source,
    /// `user`, `token` or `system`.
    pub actor_kind: String,
    pub actor_id: Option<Uuid>,
    pub evidence: Option<String>,
    pub at: DateTime<Utc>,
}

/// A purpose names what the data is used for: `marketing_email`, `newsletter`.
pub fn parse_purpose(purpose: &str) -> std::result::Result<String, String> {
    let ok = (1..=64).contains(&purpose.len())
        && purpose.starts_with(|c: char| c.is_ascii_lowercase())
        && purpose
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if ok {
        Ok(purpose.to_owned())
    } else {
        Err("must be 1 to 64 lower-case letters, digits and underscores, starting with a letter, as in marketing_email".into())
    }
}

pub(crate) fn evidence_aad(tenant_id: Uuid, customer_id: Uuid, id: Uuid) -> Vec<u8> {
    format!("consent:{tenant_id}:{customer_id}:{id}").into_bytes()
}

/// Records a decision. Withdrawing is always possible, also while the
/// tenant is cancelled (Art. 7(3)); granting is refused while processing of
/// the record is restricted.
pub async fn record(
    state: &AppState,
    scope: &Scope,
    meta: &RequestMeta,
    customer_id: Uuid,
    change: Change,
) -> Result<Decision> {
    match change.granted {
        true => scope.require(Role::Staff)?,
        false => scope.require_for_a_right(Role::Staff)?,
    }
    let mut checks = Checks::new();
    let purpose = checks.take("purpose", parse_purpose(&change.purpose));
    let evidence = change
        .evidence
        .as_deref()
        .and_then(|e| checks.take("evidence", free_text(e, 2000)));
    checks.finish()?;
    let purpose = purpose.expect("checked");

    let now = state.clock.now();
    let id = Uuid::now_v7();
    let (actor_kind, actor_id) = scope.audit_actor();
    let txn = begin_write(&state.db.writer).await?;
    let customer = lock_for_update(&txn, scope, customer_id).await?;
    if customer.restricted && change.granted {
        return Err(Error::Conflict(
            "processing of this record is restricted (Art. 18): consent can be withdrawn, but not granted".into(),
        ));
    }
    let sealed = match &evidence {
        Some(text) => {
            let key = state
                .keys
                .customer_key(customer.tenant_id, customer.id)
                .await?;
            Some(key.seal(
                text.as_bytes(),
                &evidence_aad(customer.tenant_id, customer.id, id),
            ))
        }
        None => None,
    };
    consent::ActiveModel {
        tenant_id: Set(scope.tenant_id()),
        id: Set(id),
        customer_id: Set(customer_id),
        purpose: Set(purpose.clone()),
        granted: Set(change.granted),
        basis: Set(name_of(&change.basis)),
        source: Set(name_of(&change.source)),
        actor_kind: Set(actor_kind.to_owned()),
        actor_id: Set(Some(actor_id)),
        evidence: Set(sealed),
        at: Set(now),
    }
    .insert(&txn)
    .await?;
    // Connected marketing tools hear of it, by the address they know.
    let email = crate::customers::service::open_many(state, customer.tenant_id, vec![customer])
        .await?
        .pop()
        .and_then(|c| c.personal.email.clone());
    let key = crate::outbox::key_of(state, scope.tenant_id()).await?;
    entity::outbox_event::Entity::insert(crate::outbox::consent_updated(
        &key,
        scope.tenant_id(),
        customer_id,
        email.as_deref(),
        &purpose,
        change.granted,
        &name_of(&change.source),
        now,
    ))
    .exec_without_returning(&txn)
    .await?;
    let detail = json!({ "purpose": purpose, "granted": change.granted, "basis": name_of(&change.basis), "source": name_of(&change.source) });
    audit::append(
        &txn,
        scope.tenant_id(),
        scope.into(),
        meta,
        now,
        Entry::new("customer.consent_changed")
            .target("customer", customer_id)
            .detail(detail),
    )
    .await?;
    txn.commit().await?;
    Ok(Decision {
        id,
        purpose,
        granted: change.granted,
        basis: change.basis,
        source: change.source,
        actor_kind: actor_kind.to_owned(),
        actor_id: Some(actor_id),
        evidence,
        at: now,
    })
}

/// Records that the customer withdrew `purpose` through the portal, as
/// part of request `request_id`; the caller audits the request.
pub async fn insert_portal_withdrawal<C: ConnectionTrait>(
    conn: &C,
    tenant_id: Uuid,
    customer_id: Uuid,
    purpose: &str,
    request_id: Uuid,
    now: DateTime<Utc>,
) -> Result<()> {
    consent::ActiveModel {
        tenant_id: Set(tenant_id),
        id: Set(Uuid::now_v7()),
        customer_id: Set(customer_id),
        purpose: Set(purpose.to_owned()),
        granted: Set(false),
        basis: Set(name_of(&Basis::Consent)),
        source: Set(name_of(&Source::Portal)),
        actor_kind: Set("request".to_owned()),
        actor_id: Set(Some(request_id)),
        evidence: Set(None),
        at: Set(now),
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// Every decision about the customer, oldest first; the read is audited.
pub async fn history(
    state: &AppState,
    scope: &Scope,
    meta: &RequestMeta,
    customer_id: Uuid,
) -> Result<Vec<Decision>> {
    scope.require(Role::Viewer)?;
    let customer = find(state, scope, customer_id).await?;
    let rows = consent::Entity::find()
        .filter(consent::Column::TenantId.eq(scope.tenant_id()))
        .filter(consent::Column::CustomerId.eq(customer_id))
        .order_by_asc(consent::Column::Id)
        .all(&state.db.main)
        .await?;
    let key = match rows.iter().any(|r| r.evidence.is_some()) {
        true => Some(
            state
                .keys
                .customer_key(customer.tenant_id, customer.id)
                .await?,
        ),
        false => None,
    };
    let decisions = rows
        .into_iter()
        .map(|r| {
            let evidence = match &key {
                Some(key) => open_evidence(&r, key)?,
                None => None,
            };
            Ok(Decision {
                id: r.id,
                basis: parse(&r.basis)?,
                source: parse(&r.source)?,
                purpose: r.purpose,
                granted: r.granted,
                actor_kind: r.actor_kind,
                actor_id: r.actor_id,
                evidence,
                at: r.at,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    record_read(
        state,
        scope,
        meta,
        Entry::new("customer.consent_read").target("customer", customer_id),
    )
    .await?;
    Ok(decisions)
}

/// The words recorded as evidence of a decision, if any, opened.
pub(crate) fn open_evidence(
    r: &consent::Model,
    key: &crate::crypto::Key,
) -> Result<Option<String>> {
    let Some(sealed) = &r.evidence else {
        return Ok(None);
    };
    let plain = key
        .open(sealed, &evidence_aad(r.tenant_id, r.customer_id, r.id))
        .map_err(|e| Error::internal_from(format!("consent {}", r.id), e))?;
    Ok(Some(String::from_utf8_lossy(&plain).into_owned()))
}

/// The current decision per purpose for each of `customer_ids` (one query).
pub async fn current<C: ConnectionTrait>(
    conn: &C,
    tenant_id: Uuid,
    customer_ids: &[Uuid],
) -> Result<HashMap<Uuid, BTreeMap<String, bool>>> {
    let mut out: HashMap<Uuid, BTreeMap<String, bool>> = HashMap::new();
    if customer_ids.is_empty() {
        return Ok(out);
    }
    let rows = consent::Entity::find()
        .filter(consent::Column::TenantId.eq(tenant_id))
        .filter(consent::Column::CustomerId.is_in(customer_ids.iter().copied()))
        .order_by_asc(consent::Column::Id)
        .all(conn)
        .await?;
    for r in rows {
        out.entry(r.customer_id)
            .or_default()
            .insert(r.purpose, r.granted);
    }
    Ok(out)
}
