use chrono::{DateTime, Utc};
use entity::consent;
use entity::ids::{CustomerId, TenantId};
use poem_openapi::Enum;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use serde_json::json;
use uuid::Uuid;

use crate::values::Email;
use crate::{
    audit::Origin,
    audit::{self, Entry},
    auth::{Role, Scope},
    context::Services,
    customers::service::{find, lock_for_update, record_read},
    db::begin_write,
    error::{Checks, Error, Result},
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
    /// From a file of customers moved in, with the file's evidence column.
    Import,
}

/// The API's enums and the stored ones use the same words; the matches
/// are exhaustive both ways, so a value added to one side must be added to
/// the other.
macro_rules! same_words {
    ($api:ident, $stored:ty, [$($variant:ident),+]) => {
        impl From<$api> for $stored {
            fn from(v: $api) -> Self {
                match v {
                    $($api::$variant => <$stored>::$variant,)+
                }
            }
        }

        impl From<$stored> for $api {
            fn from(v: $stored) -> Self {
                match v {
                    $(<$stored>::$variant => $api::$variant,)+
                }
            }
        }
    };
}

same_words!(
    Basis,
    consent::Basis,
    [
        Consent,
        Contract,
        LegalObligation,
        VitalInterests,
        PublicTask,
        LegitimateInterests
    ]
);
same_words!(Source, consent::Source, [Staff, Portal, Sync, Import]);

pub struct Change {
    pub purpose: String,
    pub granted: bool,
    pub basis: Basis,
    pub source: Source,
    /// How the decision was given: a form's reference, words said on the phone.
    pub evidence: Option<String>,
    /// The person gave this consent themselves, freshly and explicitly
    /// (needs `evidence`): it lifts an objection to direct marketing.
    pub fresh_consent: bool,
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

/// Words of evidence, checked and normalised: the one check of evidence.
pub fn check_evidence(text: &str) -> std::result::Result<String, String> {
    free_text(text, 2000).map_err(|e| e.to_string())
}

pub(crate) fn evidence_aad(tenant_id: TenantId, customer_id: CustomerId, id: Uuid) -> Vec<u8> {
    format!("consent:{tenant_id}:{customer_id}:{id}").into_bytes()
}

/// Who made a decision known to Steward; stored as the row's actor and
/// named in its audit entry.
#[derive(Clone, Copy, Debug)]
pub enum Author {
    /// A member of staff or an API token.
    Staff(audit::Actor),
    /// The customer, through verified portal request `0`.
    Request(Uuid),
    /// A connected marketing tool, by a signed message.
    Integration(Uuid),
    /// Steward itself, for records it creates in bulk (seeding).
    System,
}

impl Author {
    pub(crate) fn parts(self) -> (&'static str, Option<Uuid>) {
        match self {
            Author::Staff(actor) => actor.parts(),
            Author::Request(id) => ("request", Some(id)),
            Author::Integration(id) => ("integration", Some(id)),
            Author::System => ("system", None),
        }
    }
}

/// What was decided, by whom and when.
pub struct Choice<'a> {
    pub purpose: &'a str,
    pub granted: bool,
    pub basis: Basis,
    pub source: Source,
    pub author: Author,
    pub at: DateTime<Utc>,
}

/// One decision to write: the one way a consent row comes to exist.
pub struct NewDecision<'a> {
    /// The record, read under the write lock of the caller's transaction.
    pub customer: &'a entity::customer::Model,
    pub choice: Choice<'a>,
    /// Plain words of evidence; sealed under the customer's key.
    pub evidence: Option<&'a str>,
    /// The address connected tools know the customer by, if any.
    pub email: Option<&'a str>,
    /// The grant records the person's fresh, explicit consent: the one
    /// thing that grants a purpose to a record objecting to direct
    /// marketing, and lifts the objection.
    pub fresh_consent: bool,
}

/// What [`write`] did; the caller appends `entry` with its own actor and
/// request, so that a batch of decisions costs one audit append.
pub struct Written {
    pub id: Uuid,
    pub entry: Entry,
}

/// Whether a record may be given consent now: while processing of it is
/// restricted (Art. 18) consent can be withdrawn but not granted, and its
/// connected tools hear of no new opt-in.
pub fn may_grant(customer: &entity::customer::Model) -> bool {
    !customer.restricted && customer.objects_to_marketing_at.is_none()
}

/// Writes a decision in the caller's transaction: the consent row, the
/// `consent.updated` event for connected tools (not sent back to the tool
/// it came from), and returns the audit entry to append.
pub async fn write<C: ConnectionTrait>(
    conn: &C,
    keys: &crate::crypto::keystore::KeyStore,
    outbox_key: &crate::crypto::Key,
    d: NewDecision<'_>,
) -> Result<Written> {
    let (tenant_id, customer_id) = (d.customer.tenant_id, d.customer.id);
    let c = &d.choice;
    if c.granted && d.customer.restricted {
        return Err(Error::Conflict(
            "processing of this record is restricted (Art. 18): consent can be withdrawn, but not granted".into(),
        ));
    }
    // Every consent purpose is a permission to contact or follow the
    // person for marketing, so an objection to direct marketing (Art.
    // 21(2)) covers them all (see "The person's rights in Steward").
    let lifts_objection = c.granted && d.customer.objects_to_marketing_at.is_some();
    if lifts_objection && !d.fresh_consent {
        return Err(Error::Conflict(
            "the person objected to direct marketing (Art. 21): only their fresh, explicit consent grants a marketing purpose; record it with fresh_consent and the evidence of how they gave it".into(),
        ));
    }
    if lifts_objection {
        entity::customer::Entity::update_many()
            .col_expr(
                entity::customer::Column::ObjectsToMarketingAt,
                sea_orm::sea_query::Expr::value(Option::<DateTime<Utc>>::None),
            )
            .filter(entity::customer::Column::TenantId.eq(tenant_id))
            .filter(entity::customer::Column::Id.eq(customer_id))
            .exec(conn)
            .await?;
    }
    let id = Uuid::now_v7();
    let sealed = match d.evidence {
        Some(text) => {
            let key = keys.customer_key(tenant_id, customer_id).await?;
            Some(key.seal(text.as_bytes(), &evidence_aad(tenant_id, customer_id, id)))
        }
        None => None,
    };
    row(tenant_id, customer_id, id, c, sealed)
        .insert(conn)
        .await?;
    let source = consent::Source::from(c.source).as_str();
    let mut event = crate::outbox::consent_updated(
        outbox_key,
        tenant_id,
        customer_id,
        d.email,
        c.purpose,
        c.granted,
        source,
        c.at,
    );
    let mut detail = json!({
        "purpose": c.purpose, "granted": c.granted,
        "basis": consent::Basis::from(c.basis).as_str(), "source": source,
    });
    match c.author {
        Author::Request(request_id) => detail["request_id"] = json!(request_id),
        Author::Integration(integration_id) => {
            detail["integration_id"] = json!(integration_id);
            event.origin_integration_id = Set(Some(integration_id));
        }
        Author::Staff(_) | Author::System => {}
    }
    if lifts_objection {
        detail["objection_lifted"] = json!(true);
    }
    entity::outbox_event::Entity::insert(event)
        .exec_without_returning(conn)
        .await?;
    let entry = Entry::new("customer.consent_changed")
        .target("customer", customer_id)
        .detail(detail);
    Ok(Written { id, entry })
}

/// The row of decision `id`, with its evidence already sealed (also for
/// the decisions that come with records created in bulk, which are audited
/// and announced with their batch).
pub(crate) fn row(
    tenant_id: TenantId,
    customer_id: CustomerId,
    id: Uuid,
    c: &Choice<'_>,
    evidence: Option<Vec<u8>>,
) -> consent::ActiveModel {
    let (actor_kind, actor_id) = c.author.parts();
    consent::ActiveModel {
        tenant_id: Set(tenant_id),
        id: Set(id),
        customer_id: Set(customer_id),
        purpose: Set(c.purpose.to_owned()),
        granted: Set(c.granted),
        basis: Set(c.basis.into()),
        source: Set(c.source.into()),
        actor_kind: Set(actor_kind.to_owned()),
        actor_id: Set(actor_id),
        evidence: Set(evidence),
        at: Set(c.at),
    }
}

/// Records a staff decision. Withdrawing is always possible, also while the
/// tenant is cancelled (Art. 7(3)); granting is refused while processing of
/// the record is restricted.
pub async fn record(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    customer_id: CustomerId,
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
        .and_then(|e| checks.take("evidence", check_evidence(e)));
    if change.fresh_consent && (!change.granted || change.evidence.is_none()) {
        checks.take::<(), _>(
            "fresh_consent",
            Err("goes with a grant and the evidence of how the person gave it"),
        );
    }
    checks.finish()?;
    let purpose = purpose.expect("checked");

    let now = state.clock.now();
    let actor = audit::Actor::from(scope);
    let outbox_key = crate::outbox::key_of(state, scope.tenant_id()).await?;
    let txn = begin_write(&state.db.writer).await?;
    let customer = lock_for_update(&txn, scope, customer_id).await?;
    // Connected marketing tools hear of it, by the address they know.
    let email =
        crate::customers::service::open_many(state, customer.tenant_id, vec![customer.clone()])
            .await?
            .pop()
            .and_then(|c| c.personal.email.clone());
    let written = write(
        &txn,
        &state.keys,
        &outbox_key,
        NewDecision {
            customer: &customer,
            choice: Choice {
                purpose: &purpose,
                granted: change.granted,
                basis: change.basis,
                source: change.source,
                author: Author::Staff(actor),
                at: now,
            },
            evidence: evidence.as_deref(),
            email: email.as_ref().map(Email::as_str),
            fresh_consent: change.fresh_consent,
        },
    )
    .await?;
    audit::append(&txn, scope.tenant_id(), actor, meta, now, written.entry).await?;
    txn.commit().await?;
    let (actor_kind, actor_id) = actor.parts();
    Ok(Decision {
        id: written.id,
        purpose,
        granted: change.granted,
        basis: change.basis,
        source: change.source,
        actor_kind: actor_kind.to_owned(),
        actor_id,
        evidence,
        at: now,
    })
}

/// Erasure: deletes the consent history of `ids`, counted per customer.
pub async fn forget<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    ids: &[CustomerId],
) -> Result<crate::db::PerCustomer> {
    let delete = consent::Entity::delete_many()
        .filter(consent::Column::TenantId.eq(tenant_id))
        .filter(consent::Column::CustomerId.is_in(ids.iter().copied()));
    Ok(crate::db::delete_counting(conn, delete, consent::Column::CustomerId).await?)
}

/// Every decision about the customer, oldest first; the read is audited.
pub async fn history(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    customer_id: CustomerId,
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
                basis: r.basis.into(),
                source: r.source.into(),
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

pub use super::latest::current;
