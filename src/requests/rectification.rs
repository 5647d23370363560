//! Rectification requests (Art. 16): behind the verification link the
//! person says which of their details are wrong and what they should be;
//! staff see the proposal next to the current values of each matched
//! record, accept or decline each detail (a decline with a reason), and the
//! accepted ones are applied through the record's write path. The person is
//! told what was corrected and what was not and why; connected tools hear
//! of each corrected record (`customer.rectified`, Art. 19).
//!
//! What the person proposed, and staff's reasons, are sealed under the
//! tenant key with the request; audit rows and events name fields only.

use std::collections::{BTreeMap, BTreeSet};

use entity::data_request;
use entity::ids::{CustomerId, TenantId};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use uuid::Uuid;

use super::service::*;
use crate::{
    audit::{Entry, Origin},
    auth::{Role, Scope},
    context::Services,
    customers::service::{Change, Patch},
    db::begin_write,
    error::{Checks, Error, Result},
    fields::{Defs, service::Kind as FieldKind},
    values::free_text,
};

/// The standard details a person may ask to have corrected.
pub const STANDARD: [&str; 5] = ["name", "email", "phone", "address", "company"];

/// The longest explanation, in characters.
const MAX_NOTE: usize = 5000;

/// What a rectification request holds, sealed: the proposal and, once
/// decided, each decision with its reason.
#[derive(Serialize, Deserialize, Default, Clone)]
pub struct Proposal {
    /// The corrected value of each detail, by field (`name`, `email`, …,
    /// `fields.<key>`).
    pub proposed: BTreeMap<String, String>,
    /// The person's explanation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<Decision>,
}

/// Staff's decision on one proposed detail.
#[derive(Serialize, Deserialize, Clone, Debug)]
pub struct Decision {
    pub field: String,
    pub accept: bool,
    /// Why a detail was not corrected; the person is told.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// The custom field a proposal's `field` names, if it names one.
fn custom_key(field: &str) -> Option<&str> {
    field.strip_prefix("fields.")
}

/// A proposal's values as a change to a record: for a number or true/false
/// field, text that reads as one is taken as one.
fn change_of(defs: &Defs, values: &BTreeMap<String, String>) -> Change {
    let mut change = Change::default();
    for (field, v) in values {
        let set = || Patch::Set(v.clone());
        match field.as_str() {
            "name" => change.name = Some(v.clone()),
            "email" => change.email = set(),
            "phone" => change.phone = set(),
            "address" => change.address = set(),
            "company" => change.company = set(),
            other => {
                let Some(key) = custom_key(other) else {
                    continue;
                };
                let kind = defs.all().iter().find(|d| d.key == key).map(|d| d.kind);
                let value = match kind {
                    Some(FieldKind::Number) => v
                        .trim()
                        .parse::<f64>()
                        .ok()
                        .and_then(serde_json::Number::from_f64)
                        .map(Value::Number),
                    Some(FieldKind::Bool) => match v.trim() {
                        "true" => Some(Value::Bool(true)),
                        "false" => Some(Value::Bool(false)),
                        _ => None,
                    },
                    _ => None,
                };
                change.fields.insert(
                    key.to_owned(),
                    value.unwrap_or_else(|| Value::String(v.clone())),
                );
            }
        }
    }
    change
}

/// Checks what a person proposes behind the link: every field one they may
/// ask to have corrected (a standard detail or a correctable custom field),
/// every value one the record's write path takes, at least one change. A
/// blank value means "no change". Faults name `proposed.<field>`.
pub(super) async fn check_proposal<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    proposed: BTreeMap<String, Value>,
    note: Option<String>,
) -> Result<Proposal> {
    let defs = Defs::load(conn, tenant_id).await?;
    let mut checks = Checks::new();
    let mut values = BTreeMap::new();
    for (field, raw) in proposed {
        let at = format!("proposed.{field}");
        let text = match raw {
            Value::String(s) => s.trim().to_owned(),
            Value::Null => continue,
            v @ (Value::Number(_) | Value::Bool(_)) => v.to_string(),
            _ => {
                checks.fail(&at, "must be text");
                continue;
            }
        };
        if text.is_empty() {
            continue;
        }
        let known = STANDARD.contains(&field.as_str())
            || custom_key(&field).is_some_and(|k| defs.correctable(k).is_some());
        if !known {
            checks.fail(
                &at,
                "is not a detail that can be corrected here: name, email, phone, address, company or a correctable custom field",
            );
            continue;
        }
        values.insert(field, text);
    }
    let note = note.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty());
    if let Some(n) = &note
        && let Err(e) = free_text(n, MAX_NOTE)
    {
        checks.fail("note", e.to_string());
    }
    checks.finish()?;
    if values.is_empty() {
        return Err(Error::invalid(
            "proposed",
            "say at least one detail that is wrong and what it should be",
        ));
    }
    crate::customers::write::check_proposed(&defs, &change_of(&defs, &values)).map_err(
        |e| match e {
            Error::Invalid(faults) => Error::Invalid(
                faults
                    .into_iter()
                    .map(|(k, v)| (format!("proposed.{k}"), v))
                    .collect(),
            ),
            e => e,
        },
    )?;
    Ok(Proposal {
        proposed: values,
        note,
        decisions: Vec::new(),
    })
}

/// Seals a proposal with request `id`.
pub(super) async fn seal(
    state: &Services,
    tenant_id: TenantId,
    id: Uuid,
    p: &Proposal,
) -> Result<Vec<u8>> {
    let key = state.keys.tenant_key(tenant_id).await?;
    let plain = serde_json::to_vec(p).map_err(|e| Error::internal_from("proposal", e))?;
    Ok(key.seal(&plain, &details_aad(tenant_id, id)))
}

/// Opens the proposal sealed with request `row`.
async fn open(state: &Services, row: &data_request::Model) -> Result<Proposal> {
    let Some(sealed) = &row.details_sealed else {
        return Ok(Proposal::default());
    };
    let key = state.keys.tenant_key(row.tenant_id).await?;
    let plain = key
        .open(sealed, &details_aad(row.tenant_id, row.id))
        .map_err(|e| Error::internal_from(format!("request {}", row.id), e))?;
    serde_json::from_slice(&plain)
        .map_err(|e| Error::internal_from(format!("request {}: proposal unreadable", row.id), e))
}

/// The rectification request `id` of the scope's tenant: 404 for another
/// tenant's, 409 for another kind.
async fn rectification(state: &Services, scope: &Scope, id: Uuid) -> Result<data_request::Model> {
    // Reading the proposal opens what the person wrote: the role that
    // answers requests.
    scope.require_for_a_right(Role::Staff)?;
    let row = super::staff::get(state, scope, id).await?;
    if row.kind != Kind::Rectification {
        return Err(Error::Conflict(format!(
            "the request is a {} request, not a rectification",
            row.kind
        )));
    }
    Ok(row)
}

/// One record's current value of a detail.
pub struct Current {
    pub customer_id: CustomerId,
    pub value: Option<String>,
}

/// One proposed correction, beside the current values.
pub struct Proposed {
    pub field: String,
    /// A custom field's label (the standard details are named by `field`).
    pub label: Option<String>,
    pub proposed: String,
    pub current: Vec<Current>,
    /// Once decided: staff's decision.
    pub decision: Option<Decision>,
}

/// A rectification request as staff decide it.
pub struct Side {
    pub row: data_request::Model,
    pub changes: Vec<Proposed>,
    pub note: Option<String>,
}

/// The value of `field` in an opened record, as text.
fn value_of(defs: &Defs, p: &crate::customers::Personal, field: &str) -> Option<String> {
    match field {
        "name" => Some(p.name.clone()),
        "email" => p.email.as_ref().map(|e| e.as_str().to_owned()),
        "phone" => p.phone.as_ref().map(|e| e.as_str().to_owned()),
        "address" => p.address.clone(),
        "company" => p.company.clone(),
        other => {
            let key = custom_key(other)?;
            let def = defs.all().iter().find(|d| d.key == key)?;
            Defs::text_of(def, &p.fields)
        }
    }
}

/// The records a request matched that are still held, opened.
async fn held(
    state: &Services,
    tenant_id: TenantId,
    ids: &[CustomerId],
) -> Result<Vec<crate::customers::service::Customer>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = entity::customer::Entity::find()
        .filter(entity::customer::Column::TenantId.eq(tenant_id))
        .filter(entity::customer::Column::Id.is_in(ids.iter().copied()))
        .filter(entity::customer::Column::State.ne(crate::customers::service::State::Anonymized))
        .all(&state.db.main)
        .await?;
    crate::customers::service::open_many(state, tenant_id, rows).await
}

/// The proposal of rectification request `id` beside the current values of
/// each record it matched.
pub async fn side_by_side(state: &Services, scope: &Scope, id: Uuid) -> Result<Side> {
    let row = rectification(state, scope, id).await?;
    let proposal = open(state, &row).await?;
    let defs = Defs::load(&state.db.main, scope.tenant_id()).await?;
    let records = held(state, scope.tenant_id(), &matched_ids(&row)).await?;
    let changes = proposal
        .proposed
        .iter()
        .map(|(field, proposed)| Proposed {
            field: field.clone(),
            label: custom_key(field)
                .and_then(|k| defs.all().iter().find(|d| d.key == k))
                .map(|d| d.label.clone()),
            proposed: proposed.clone(),
            current: records
                .iter()
                .map(|c| Current {
                    customer_id: c.row.id,
                    value: value_of(&defs, &c.personal, field),
                })
                .collect(),
            decision: proposal
                .decisions
                .iter()
                .find(|d| d.field == *field)
                .cloned(),
        })
        .collect();
    Ok(Side {
        row,
        changes,
        note: proposal.note,
    })
}

/// Checks staff's decisions against the proposal: every proposed field
/// decided exactly once, a decline with a reason.
fn check_decisions(proposal: &Proposal, decisions: Vec<Decision>) -> Result<Vec<Decision>> {
    let mut checks = Checks::new();
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for (i, d) in decisions.into_iter().enumerate() {
        if !proposal.proposed.contains_key(&d.field) {
            checks.fail(
                &format!("decisions[{i}].field"),
                format!("{:?} was not proposed in this request", d.field),
            );
            continue;
        }
        if !seen.insert(d.field.clone()) {
            checks.fail(
                &format!("decisions[{i}].field"),
                format!("{} is decided twice", d.field),
            );
            continue;
        }
        let reason = d
            .reason
            .as_deref()
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .map(|r| free_text(r, 2000));
        let reason = match (d.accept, reason) {
            (_, Some(Err(e))) => {
                checks.fail(&format!("decisions[{i}].reason"), e.to_string());
                continue;
            }
            (false, None) => {
                checks.fail(
                    &format!("decisions[{i}].reason"),
                    format!("say why {} is not corrected; the person is told", d.field),
                );
                continue;
            }
            (true, _) => None,
            (false, Some(Ok(r))) => Some(r),
        };
        out.push(Decision {
            field: d.field,
            accept: d.accept,
            reason,
        });
    }
    for field in proposal.proposed.keys() {
        if !seen.contains(field) {
            checks.fail(
                &format!("decisions.{field}"),
                "must be decided: accept or decline it",
            );
        }
    }
    checks.finish()?;
    Ok(out)
}

/// How a decided rectification ended.
pub mod outcome {
    /// At least one detail corrected.
    pub const RECTIFIED: &str = "rectified";
    /// Every detail declined: the request is closed as rejected.
    pub const DECLINED: &str = "rectification_declined";
}

/// Decides rectification request `id`: the accepted corrections are applied
/// to every record it matched through the record's write path, in one
/// transaction (a value the write path refuses changes nothing: 422 naming
/// the field); each corrected record queues `customer.rectified`; the
/// request closes (fulfilled as `rectified`, or rejected as
/// `rectification_declined` when every detail was declined) and the person
/// is told what was corrected and what was not, and why.
pub async fn decide(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    id: Uuid,
    decisions: Vec<Decision>,
) -> Result<data_request::Model> {
    let row = rectification(state, scope, id).await?;
    if row.state != State::Open {
        return Err(Error::Conflict(format!(
            "the request is {}; only an open rectification can be decided",
            row.state
        )));
    }
    let mut proposal = open(state, &row).await?;
    let decisions = check_decisions(&proposal, decisions)?;
    let tenant_id = scope.tenant_id();
    let defs = Defs::load(&state.db.main, tenant_id).await?;
    let accepted: BTreeMap<String, String> = decisions
        .iter()
        .filter(|d| d.accept)
        .filter_map(|d| Some((d.field.clone(), proposal.proposed.get(&d.field)?.clone())))
        .collect();
    let declined: Vec<&Decision> = decisions.iter().filter(|d| !d.accept).collect();
    let change = change_of(&defs, &accepted);
    let email = open_email(state, &row).await?;
    let tenant = tenant_of(&state.db.main, tenant_id).await?;
    let now = state.clock.now();
    let records: Vec<CustomerId> = held(state, tenant_id, &matched_ids(&row))
        .await?
        .iter()
        .map(|c| c.row.id)
        .collect();

    let txn = begin_write(&state.db.writer).await?;
    let row = super::staff::open_for_change(&txn, scope, id, &[State::Open]).await?;
    if !accepted.is_empty() {
        for cid in &records {
            let changed = crate::customers::write::change_in(
                &txn, state, scope, meta, &defs, *cid, &change, None,
            )
            .await?;
            if changed.fields.is_empty() {
                continue;
            }
            entity::outbox_event::Entity::insert(crate::outbox::event(
                tenant_id,
                crate::outbox::EventType::CustomerRectified,
                *cid,
                json!({ "customer_id": cid, "fields": changed.fields, "at": now }),
                now,
            ))
            .exec_without_returning(&txn)
            .await?;
        }
    }
    let label = |field: &str| {
        json!({
            "field": field,
            "label": custom_key(field)
                .and_then(|k| defs.all().iter().find(|d| d.key == k))
                .map(|d| d.label.clone()),
        })
    };
    if let Some(email) = &email {
        let context = json!({
            "message": "rectified", "request_id": row.id,
            "accepted": accepted.keys().map(|f| label(f)).collect::<Vec<_>>(),
            "declined": declined.iter().map(|d| {
                let mut l = label(&d.field);
                l["reason"] = json!(d.reason);
                l
            }).collect::<Vec<_>>(),
        });
        let to = Requester {
            tenant: &tenant,
            row: &row,
        };
        tell(&txn, state, to, now, email, "portal.rectified", context).await?;
    }
    let accepted_fields: Vec<&String> = accepted.keys().collect();
    let declined_fields: Vec<&String> = declined.iter().map(|d| &d.field).collect();
    let entry = Entry::new("request.rectified")
        .target("request", row.id)
        .detail(json!({
            "accepted": accepted_fields, "declined": declined_fields,
            "records": records.len(),
        }));
    let closed_as = match accepted.is_empty() {
        true => (State::Rejected, outcome::DECLINED),
        false => (State::Fulfilled, outcome::RECTIFIED),
    };
    proposal.decisions = decisions;
    let sealed = seal(state, tenant_id, row.id, &proposal).await?;
    let mut am = row.into_active_model();
    am.details_sealed = Set(Some(sealed));
    super::staff::close(txn, scope, meta, am, now, closed_as, entry).await
}
