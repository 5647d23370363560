//! Gathering a customer's copy: the record, every custom field value (a copy
//! for the customer is not limited by staff field visibility), the notes,
//! the consent history per purpose, and the Art. 15 information rendered
//! from `templates/copy/information.txt`.

use entity::ids::{CustomerId, TenantId};
use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use entity::{consent, customer, note, tenant};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::{
    audit::Entry,
    audit::Origin,
    auth::{Role, Scope},
    context::Services,
    customers::{notes, service as customers},
    error::{Error, Result},
    fields::Defs,
    retention::service::policy_of,
};

/// The version of the export's shape; `schemas/customer-export.v1.json`
/// describes it.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything held about one customer, as the copy shows it.
#[derive(Debug, Serialize)]
pub struct CustomerCopy {
    pub schema_version: u32,
    pub generated_at: DateTime<Utc>,
    /// The data-subject request this copy answers, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<Uuid>,
    pub controller: Controller,
    pub record: Record,
    pub personal: PersonalData,
    pub fields: Vec<FieldEntry>,
    pub notes: Vec<NoteEntry>,
    pub consent: Vec<PurposeEntry>,
    /// What Art. 15 requires the controller to tell, in sections.
    pub information: Vec<Section>,
}

#[derive(Debug, Serialize)]
pub struct Controller {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_email: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Record {
    pub customer_id: CustomerId,
    /// `active`, `complete` or `anonymized`.
    pub state: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed_at: Option<DateTime<Utc>>,
    /// When the record's retention period ends, once it is complete.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<DateTime<Utc>>,
    /// Processing restricted (Art. 18).
    pub restricted: bool,
    /// Why processing is restricted, while it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restriction_reason: Option<String>,
    pub legal_hold: bool,
    /// Why the record is kept for a legal claim, while it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hold_reason: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct PersonalData {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct FieldEntry {
    /// The field's key; for a value kept from a field definition since
    /// deleted, the old field's ID.
    pub key: String,
    pub label: String,
    pub value: Value,
    /// The field definition was deleted; the value is still held until the
    /// record is next changed.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub removed: bool,
}

#[derive(Debug, Serialize)]
pub struct NoteEntry {
    pub created_at: DateTime<Utc>,
    pub body: String,
}

#[derive(Debug, Serialize)]
pub struct PurposeEntry {
    pub purpose: String,
    /// The decision in force now.
    pub granted: bool,
    /// Every decision, oldest first.
    pub history: Vec<DecisionEntry>,
}

#[derive(Debug, Serialize)]
pub struct DecisionEntry {
    pub at: DateTime<Utc>,
    pub granted: bool,
    /// The Art. 6 lawful basis.
    pub basis: String,
    /// `staff`, `portal` or `sync`.
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Section {
    pub heading: String,
    pub text: String,
}

/// The copy of customer `id` of the caller's tenant (staff and up); the
/// making of it is audited with `format`.
pub async fn for_staff(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    id: CustomerId,
    format: &'static str,
) -> Result<CustomerCopy> {
    scope.require(Role::Staff)?;
    let copy = gather(state, scope.tenant_id(), id, None).await?;
    customers::record_read(
        state,
        scope,
        meta,
        Entry::new("customer.copied")
            .target("customer", id)
            .detail(json!({ "format": format })),
    )
    .await?;
    Ok(copy)
}

/// Everything held about customer `id` of tenant `tenant_id`.
pub async fn gather(
    state: &Services,
    tenant_id: TenantId,
    id: CustomerId,
    request_id: Option<Uuid>,
) -> Result<CustomerCopy> {
    let db = &state.db.main;
    let customer = open_customer(state, tenant_id, id).await?;
    let controller = controller_of(db, tenant_id).await?;
    let defs = Defs::load(db, tenant_id).await?;
    let p = &customer.personal;
    let fields = field_entries(&defs, p);

    let sealed = customer.row.state != customers::State::Anonymized;
    let key = match sealed {
        true => Some(state.keys.customer_key(tenant_id, id).await?),
        false => None,
    };
    let notes = note_entries(db, tenant_id, id, key.as_ref()).await?;
    let consent = consent_entries(db, tenant_id, id, key.as_ref()).await?;

    let record = record_of(&customer);
    let personal = personal_data(p);
    let categories = categories(&personal, &fields, &notes, &consent);
    let information = information(
        db,
        tenant_id,
        id,
        &controller,
        &record,
        categories,
        &consent,
    )
    .await?;
    Ok(CustomerCopy {
        schema_version: SCHEMA_VERSION,
        generated_at: state.clock.now(),
        request_id,
        controller,
        record,
        personal,
        fields,
        notes,
        consent,
        information,
    })
}

/// Customer `id` of the tenant, opened; not found if it does not exist.
async fn open_customer(
    state: &Services,
    tenant_id: TenantId,
    id: CustomerId,
) -> Result<customers::Customer> {
    let db = &state.db.main;
    let Some(row) = customer::Entity::find_by_id((tenant_id, id))
        .one(db)
        .await?
    else {
        return Err(customers::missing(db, tenant_id, id).await);
    };
    let opened = customers::open_many(state, tenant_id, vec![row]).await?;
    let Some(customer) = opened.into_iter().next() else {
        return Err(customers::missing(db, tenant_id, id).await);
    };
    Ok(customer)
}

/// Who holds the data: the tenant's name and contact address.
async fn controller_of<C: sea_orm::ConnectionTrait>(
    db: &C,
    tenant_id: TenantId,
) -> Result<Controller> {
    let tenant = tenant::Entity::find_by_id(tenant_id)
        .one(db)
        .await?
        .ok_or(Error::NotFound("tenant"))?;
    Ok(Controller {
        name: tenant.name,
        contact_email: tenant.contact_email,
    })
}

/// The record's state and dates, and why it is restricted or kept, if it is.
fn record_of(customer: &customers::Customer) -> Record {
    let p = &customer.personal;
    Record {
        customer_id: customer.row.id,
        state: customer.row.state.as_str().to_owned(),
        created_at: customer.row.created_at,
        updated_at: customer.row.updated_at,
        completed_at: customer.row.completed_at,
        expires_at: customer.row.expires_at,
        restricted: customer.row.restricted,
        restriction_reason: p.restriction_reason.clone(),
        legal_hold: customer.row.legal_hold,
        hold_reason: p.hold_reason.clone(),
    }
}

/// The person's name and contact details.
fn personal_data(p: &crate::customers::Personal) -> PersonalData {
    PersonalData {
        name: p.name.clone(),
        email: p.email_text(),
        phone: p.phone_text(),
        company: p.company.clone(),
        address: p.address.clone(),
    }
}

/// The Art. 15 information about the record: what is held, for which
/// purposes, who received it, and how long it is kept.
async fn information<C: sea_orm::ConnectionTrait>(
    db: &C,
    tenant_id: TenantId,
    id: CustomerId,
    controller: &Controller,
    record: &Record,
    categories: Vec<&'static str>,
    consent: &[PurposeEntry],
) -> Result<Vec<Section>> {
    let policy = policy_of(db, tenant_id).await?;
    let purposes: Vec<&str> = consent.iter().map(|c| c.purpose.as_str()).collect();
    let recipients = crate::sync::recipients::of_customer(db, tenant_id, id, &purposes).await?;
    Ok(sections(&crate::templates::render(
        "copy/information.txt",
        json!({
            "controller": controller,
            "record": record,
            "categories": categories,
            "purposes": purposes,
            "recipients": recipients,
            "retention": {
                "period": policy.expire_after.in_words(),
                "action": policy.action.as_str(),
                "expires_at": record.expires_at.map(|t| t.format("%-d %B %Y").to_string()),
            },
        }),
    )?))
}

/// Every value held, in the tenant's field order; values of deleted
/// definitions are still held, so they are shown too.
fn field_entries(defs: &Defs, p: &crate::customers::Personal) -> Vec<FieldEntry> {
    let mut fields: Vec<FieldEntry> = defs
        .all()
        .iter()
        .filter_map(|d| {
            let id = d.id.to_string();
            p.fields.iter().find(|v| v.field == id).map(|v| FieldEntry {
                key: d.key.clone(),
                label: d.label.clone(),
                value: v.value.to_json(),
                removed: false,
            })
        })
        .collect();
    fields.extend(
        p.fields
            .iter()
            .filter(|v| !defs.all().iter().any(|d| d.id.to_string() == v.field))
            .map(|v| FieldEntry {
                key: v.field.clone(),
                label: "Field no longer in use".into(),
                value: v.value.to_json(),
                removed: true,
            }),
    );
    fields
}

/// The record's notes, opened; none for an anonymized record (no key).
async fn note_entries<C: sea_orm::ConnectionTrait>(
    db: &C,
    tenant_id: TenantId,
    id: CustomerId,
    key: Option<&crate::crypto::Key>,
) -> Result<Vec<NoteEntry>> {
    let mut notes = Vec::new();
    let Some(key) = key else {
        return Ok(notes);
    };
    for n in note::Entity::find()
        .filter(note::Column::TenantId.eq(tenant_id))
        .filter(note::Column::CustomerId.eq(id))
        .order_by_asc(note::Column::Id)
        .all(db)
        .await?
    {
        let n = notes::open(n, key)?;
        notes.push(NoteEntry {
            created_at: n.created_at,
            body: n.body,
        });
    }
    Ok(notes)
}

/// The consent history by purpose, with the evidence opened where the key is.
async fn consent_entries<C: sea_orm::ConnectionTrait>(
    db: &C,
    tenant_id: TenantId,
    id: CustomerId,
    key: Option<&crate::crypto::Key>,
) -> Result<Vec<PurposeEntry>> {
    let mut purposes: BTreeMap<String, Vec<DecisionEntry>> = BTreeMap::new();
    for c in consent::Entity::find()
        .filter(consent::Column::TenantId.eq(tenant_id))
        .filter(consent::Column::CustomerId.eq(id))
        .order_by_asc(consent::Column::Id)
        .all(db)
        .await?
    {
        let evidence = match key {
            Some(key) => crate::consent::service::open_evidence(&c, key)?,
            None => None,
        };
        purposes
            .entry(c.purpose.clone())
            .or_default()
            .push(DecisionEntry {
                at: c.at,
                granted: c.granted,
                basis: c.basis.as_str().to_owned(),
                source: c.source.as_str().to_owned(),
                evidence,
            });
    }
    Ok(purposes
        .into_iter()
        .map(|(purpose, history)| PurposeEntry {
            granted: history.last().is_some_and(|d| d.granted),
            purpose,
            history,
        })
        .collect())
}

/// The kinds of data the copy holds, in words the template shows.
fn categories(
    p: &PersonalData,
    fields: &[FieldEntry],
    notes: &[NoteEntry],
    consent: &[PurposeEntry],
) -> Vec<&'static str> {
    let mut out = vec!["identity"];
    if p.email.is_some() || p.phone.is_some() || p.address.is_some() {
        out.push("contact");
    }
    if p.company.is_some() {
        out.push("employer");
    }
    if !fields.is_empty() {
        out.push("custom");
    }
    if !notes.is_empty() {
        out.push("notes");
    }
    if !consent.is_empty() {
        out.push("consent");
    }
    out.push("record");
    out
}

/// Splits rendered information into sections: each starts with a line
/// `## heading`; the lines up to the next heading are its text.
fn sections(rendered: &str) -> Vec<Section> {
    let mut out: Vec<Section> = Vec::new();
    for line in rendered.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            out.push(Section {
                heading: heading.trim().to_owned(),
                text: String::new(),
            });
        } else if let Some(last) = out.last_mut() {
            let line = line.trim();
            if line.is_empty() {
                if !last.text.is_empty() && !last.text.ends_with("\n\n") {
                    last.text.push_str("\n\n");
                }
            } else {
                if !last.text.is_empty() && !last.text.ends_with('\n') {
                    last.text.push(' ');
                }
                last.text.push_str(line);
            }
        }
    }
    for s in &mut out {
        s.text = s.text.trim_end().to_owned();
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn sections_split_on_headings_and_join_wrapped_lines() {
        let s =
            super::sections("ignored\n## One\nfirst line\ncontinued\n\nnew paragraph\n## Two\nx\n");
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].heading, "One");
        assert_eq!(s[0].text, "first line continued\n\nnew paragraph");
        assert_eq!(s[1].text, "x");
    }
}
