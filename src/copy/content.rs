//! Gathering a customer's copy: the record, every custom field value (a copy
//! for the customer is not limited by staff field visibility), the notes,
//! the consent history per purpose, and the Art. 15 information rendered
//! from `templates/copy/information.txt`.

use entity::ids::{CustomerId, TenantId};
use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use entity::{consent, customer, note, recipient::Safeguard, tenant};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::{
    audit::Entry,
    audit::Origin,
    auth::{Role, Scope},
    consent::purposes::Words,
    context::Services,
    customers::{notes, service as customers},
    error::{Error, Result},
    fields::Defs,
    i18n::Lang,
    recipients::register::{self, Row, Source, What},
    retention::service::{Policy, policy_of},
    tenants::identity::{AuthorityView, Brand, Dpo},
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
    /// That request's short reference, as its emails quote it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_reference: Option<String>,
    /// The language the copy is written in (a BCP 47 tag).
    pub language: Lang,
    /// The language the person prefers, if they gave one.
    #[serde(skip)]
    pub preferred_language: Option<Lang>,
    pub controller: Controller,
    pub record: Record,
    pub personal: PersonalData,
    pub fields: Vec<FieldEntry>,
    pub notes: Vec<NoteEntry>,
    pub consent: Vec<PurposeEntry>,
    /// Who receives the person's data (Art. 15(1)(c)).
    pub recipients: Vec<RecipientEntry>,
    /// The recipients outside the EEA, with the safeguard of each transfer
    /// (Art. 15(2)).
    pub transfers: Vec<TransferEntry>,
    /// What Art. 15 requires the controller to tell, in sections.
    pub information: Vec<Section>,
}

#[derive(Debug, Serialize)]
pub struct Controller {
    pub name: String,
    /// Where to write about this copy: the privacy address, else the
    /// organisation's contact address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legal_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub postal_address: Option<String>,
    /// The data protection officer, if one is appointed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dpo: Option<Dpo>,
    /// The supervisory authority the person can complain to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authority: Option<AuthorityView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub privacy_notice_url: Option<String>,
    /// Automated decision-making about the person (Art. 15(1)(h)); none
    /// when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub automated_decisions: Option<String>,
    /// The language the tenant writes in where the person's is not known.
    #[serde(skip)]
    pub default_language: Option<Lang>,
    /// The logo, for the PDF's pages.
    #[serde(skip)]
    pub logo: Logo,
}

/// The controller's logo, which only the PDF shows: gathering a copy notes
/// that there is one, and making the PDF reads it, so a JSON export never
/// reads the image.
#[derive(Debug, Default)]
pub enum Logo {
    #[default]
    None,
    /// The tenant has one, not read yet.
    Unread(TenantId),
    /// The PNG Steward made from the upload.
    Read(Vec<u8>),
}

/// Which language a copy is written in: the one `asked` for if any, else
/// the person's preferred language, else `otherwise` (e.g. the language of
/// their request), else the tenant's default.
#[derive(Clone, Copy, Debug, Default)]
pub struct Language {
    pub asked: Option<Lang>,
    pub otherwise: Option<Lang>,
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
    /// The purpose in the copy's language (the tenant's words for it).
    pub label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
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

/// One recipient of the person's data: an entry of the tenant's register,
/// or an integration that sends it their data (with its entry's details
/// when the register has one).
#[derive(Debug, Serialize)]
pub struct RecipientEntry {
    pub name: String,
    /// `register` or `integration`.
    pub source: Source,
    /// What it receives, in the copy's language for an integration.
    pub receives: String,
    pub purpose: String,
    /// ISO 3166-1 alpha-2 code of where it processes the data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub safeguard: Option<Safeguard>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retention: Option<String>,
}

/// A recipient outside the EEA and what makes the transfer lawful.
#[derive(Debug, Serialize)]
pub struct TransferEntry {
    pub name: String,
    pub country: String,
    pub safeguard: Safeguard,
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
    language: Language,
) -> Result<CustomerCopy> {
    scope.require(Role::Staff)?;
    let copy = gather(state, scope.tenant_id(), id, None, language).await?;
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
    language: Language,
) -> Result<CustomerCopy> {
    let db = &state.db.main;
    let customer = open_customer(state, tenant_id, id).await?;
    let controller = controller_of(db, tenant_id).await?;
    let lang = language
        .asked
        .or(customer.personal.lang())
        .or(language.otherwise)
        .or(controller.default_language)
        .unwrap_or_default();
    let defs = Defs::load(db, tenant_id).await?;
    let p = &customer.personal;
    let mut fields = field_entries(&defs, p);
    for f in fields.iter_mut().filter(|f| f.removed) {
        f.label = crate::i18n::text(lang, "copy-field-removed", &[]);
    }

    let sealed = customer.row.state != customers::State::Anonymized;
    let key = match sealed {
        true => Some(state.keys.customer_key(tenant_id, id).await?),
        false => None,
    };
    let notes = note_entries(db, tenant_id, id, key.as_ref()).await?;
    let mut consent = consent_entries(db, tenant_id, id, key.as_ref()).await?;
    let words = Words::load(db, tenant_id, controller.default_language).await?;
    for c in &mut consent {
        let w = words.of(&c.purpose, lang);
        (c.label, c.description) = (w.label, w.description);
    }

    let record = record_of(&customer);
    let personal = personal_data(p);
    let categories = categories(&personal, &fields, &notes, &consent);
    let purposes: Vec<&str> = consent.iter().map(|c| c.purpose.as_str()).collect();
    let labels: Vec<&str> = consent.iter().map(|c| c.label.as_str()).collect();
    let rows = register::of_customer(db, tenant_id, id, &purposes).await?;
    let (recipients, transfers) = recipient_entries(rows, lang, &words);
    let policy = policy_of(db, tenant_id).await?;
    let information = information(
        lang,
        &controller,
        &record,
        categories,
        &labels,
        (&recipients, &transfers),
        &policy,
    )?;
    Ok(CustomerCopy {
        schema_version: SCHEMA_VERSION,
        generated_at: state.clock.now(),
        request_id,
        request_reference: None,
        language: lang,
        preferred_language: customer.personal.lang(),
        controller,
        record,
        personal,
        fields,
        notes,
        consent,
        recipients,
        transfers,
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
    let brand = Brand::of(&tenant);
    let logo = match tenant.logo_at {
        Some(_) => Logo::Unread(tenant_id),
        None => Logo::None,
    };
    Ok(Controller {
        name: brand.name,
        contact_email: brand.privacy_email,
        legal_name: brand.legal_name,
        postal_address: brand.postal_address,
        dpo: brand.dpo,
        authority: brand.authority,
        privacy_notice_url: brand.privacy_notice_url,
        automated_decisions: brand.automated_decisions,
        default_language: Lang::parse(&tenant.default_language),
        logo,
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

/// The recipients of the person's data as the copy lists them, and the
/// transfers outside the EEA among them.
fn recipient_entries(
    rows: Vec<Row>,
    lang: Lang,
    words: &Words,
) -> (Vec<RecipientEntry>, Vec<TransferEntry>) {
    let mut transfers = Vec::new();
    for r in rows.iter().filter(|r| r.transfer()) {
        match (&r.country, r.safeguard) {
            (Some(country), Some(safeguard)) => transfers.push(TransferEntry {
                name: r.name.clone(),
                country: country.clone(),
                safeguard,
            }),
            // Refused when the entry is written; only a hand-edited row lacks it.
            _ => tracing::warn!(tenant_recipient = ?r.entry.as_ref().map(|e| e.id),
                "a recipient outside the EEA has no safeguard"),
        }
    }
    let recipients = rows
        .into_iter()
        .map(|r| RecipientEntry {
            receives: match r.receives {
                What::Told(words) => words,
                What::Sent(sent) => sent
                    .iter()
                    .map(|w| crate::i18n::text(lang, &format!("receives-{}", w.word()), &[]))
                    .collect::<Vec<_>>()
                    .join("; "),
            },
            // An integration without an entry names its consent purpose by key.
            purpose: match r.entry {
                None => words.of(&r.purpose, lang).label,
                Some(_) => r.purpose,
            },
            name: r.name,
            source: r.source,
            country: r.country,
            safeguard: r.safeguard,
            retention: r.retention,
        })
        .collect();
    (recipients, transfers)
}

/// The Art. 15 information about the record: what is held, for which
/// purposes, who receives it (and where), and how long it is kept.
fn information(
    lang: Lang,
    controller: &Controller,
    record: &Record,
    categories: Vec<&'static str>,
    purposes: &[&str],
    (recipients, transfers): (&[RecipientEntry], &[TransferEntry]),
    policy: &Policy,
) -> Result<Vec<Section>> {
    let marketing_only = recipients.iter().all(|r| r.source == Source::Integration);
    Ok(sections(&crate::templates::render(
        "copy/information.txt",
        json!({
            "lang": lang,
            "controller": controller,
            "record": record,
            "categories": categories,
            "purposes": purposes,
            "recipients": recipients,
            "marketing_only": marketing_only,
            "transfers": transfers,
            "retention": {
                "seconds": policy.expire_after.as_std().as_secs(),
                "action": policy.action.as_str(),
                "expires_at": record.expires_at,
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
                label: String::new(),
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
            label: String::new(),
            description: None,
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
