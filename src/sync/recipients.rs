//! Who receives a customer's data through the tenant's integrations: what a
//! copy must name under GDPR Art. 15(1)(c), "the recipients … to whom the
//! personal data have been or will be disclosed".
//!
//! An integration is a recipient of a customer when it has deliveries about
//! them (made, waiting or given up), or when its subscriptions will send it
//! their data: consent events for a purpose the customer has a decision on
//! (their email address and the decision), `contact.forget` once they have
//! any consent decision (their email address, at erasure), and the record
//! events (`customer.expired`, `…shredded`, `…anonymized`, `…merged`: the
//! record's ID).

use entity::ids::{CustomerId, TenantId};
use std::collections::{BTreeSet, HashMap};

use entity::{delivery, integration};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Serialize;
use uuid::Uuid;

use super::integrations::events_of;
use crate::{error::Result, outbox::EventType};

/// What of a person's data an integration receives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Receives {
    /// Their email address and their consent decisions for the purpose.
    Consent,
    /// Their email address when they are erased, so the tool deletes them too.
    Erasure,
    /// The record's ID when it expires or is erased.
    RecordEvents,
}

impl Receives {
    /// Its word, as the catalogue's `receives-*` messages name it.
    pub fn word(self) -> &'static str {
        match self {
            Self::Consent => "consent",
            Self::Erasure => "erasure",
            Self::RecordEvents => "record_events",
        }
    }

    /// What an event of `event_type` discloses about its customer, if anything.
    fn of(event_type: EventType) -> Option<Self> {
        match event_type {
            EventType::ConsentUpdated | EventType::ConsentSnapshot => Some(Self::Consent),
            EventType::ContactForget => Some(Self::Erasure),
            EventType::CustomerExpired
            | EventType::CustomerShredded
            | EventType::CustomerAnonymized
            | EventType::CustomerMerged
            | EventType::CustomerRectified => Some(Self::RecordEvents),
            EventType::RequestReceived => None,
        }
    }
}

/// One recipient, as a copy names it.
#[derive(Debug, Clone, Serialize)]
pub struct Recipient {
    /// The integration that receives it.
    #[serde(skip)]
    pub integration_id: Uuid,
    /// The receiver's host name, e.g. `hooks.mailtool.example`.
    pub name: String,
    /// The consent purpose the integration keeps in sync.
    pub purpose: String,
    /// What it receives, in a fixed order.
    pub receives: Vec<Receives>,
}

/// The integrations of tenant `tenant_id` that have received or will
/// receive data about customer `customer_id`, who has consent decisions for
/// `purposes`; oldest integration first.
pub async fn of_customer<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    customer_id: CustomerId,
    purposes: &[&str],
) -> Result<Vec<Recipient>> {
    let integrations = integration::Entity::find()
        .filter(integration::Column::TenantId.eq(tenant_id))
        .order_by_asc(integration::Column::CreatedAt)
        .order_by_asc(integration::Column::Id)
        .all(conn)
        .await?;
    if integrations.is_empty() {
        return Ok(Vec::new());
    }
    let sent: Vec<(Uuid, EventType)> = delivery::Entity::find()
        .select_only()
        .column(delivery::Column::IntegrationId)
        .column(delivery::Column::EventType)
        .distinct()
        .filter(delivery::Column::TenantId.eq(tenant_id))
        .filter(delivery::Column::CustomerId.eq(customer_id))
        .into_tuple()
        .all(conn)
        .await?;
    let mut receives: HashMap<Uuid, BTreeSet<Receives>> = HashMap::new();
    for (integration_id, event_type) in &sent {
        if let Some(r) = Receives::of(*event_type) {
            receives.entry(*integration_id).or_default().insert(r);
        }
    }
    Ok(integrations
        .iter()
        .filter_map(|i| {
            let mut what = receives.remove(&i.id).unwrap_or_default();
            what.extend(will_receive(i, purposes));
            (!what.is_empty()).then(|| Recipient {
                integration_id: i.id,
                name: name_of(i),
                purpose: i.purpose.clone(),
                receives: what.into_iter().collect(),
            })
        })
        .collect())
}

/// What integration `i`'s subscriptions will send it about a customer with
/// consent decisions for `purposes`.
fn will_receive(i: &integration::Model, purposes: &[&str]) -> Vec<Receives> {
    events_of(i)
        .iter()
        .filter_map(|e| {
            let r = Receives::of(*e)?;
            let applies = match r {
                Receives::Consent => purposes.contains(&i.purpose.as_str()),
                Receives::Erasure => !purposes.is_empty(),
                Receives::RecordEvents => true,
            };
            applies.then_some(r)
        })
        .collect()
}

/// What integration `i`'s subscriptions send it about customers in
/// general, in a fixed order: what the register says it receives.
pub fn receives_of(i: &integration::Model) -> Vec<Receives> {
    let what: BTreeSet<Receives> = events_of(i)
        .iter()
        .filter_map(|e| Receives::of(*e))
        .collect();
    what.into_iter().collect()
}

/// How a copy names an integration: its receiver's host.
pub fn name_of(i: &integration::Model) -> String {
    url::Url::parse(&i.url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_else(|| "a webhook receiver".into())
}
