//! The register as it is shown and told: the tenant's own entries merged
//! with its integrations, each one a [`Row`].
//!
//! Every integration is a recipient, so it is listed whether or not the
//! register has an entry for it (`Source::Integration`); an entry whose
//! `integration_id` names it lends it its details (name, purpose, country,
//! safeguard, retention). The other entries (`Source::Register`) receive
//! every customer's data — hosting, the mail provider. An entry linked to
//! an integration since deleted is listed as the entry it is, and no longer
//! named in copies: it received data only through that integration.

use std::collections::HashMap;

use entity::ids::{CustomerId, TenantId};
use entity::{integration, recipient, recipient::Safeguard};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;
use uuid::Uuid;

use super::service::{entries, in_eea};
use crate::{
    auth::{Role, Scope},
    context::Services,
    error::Result,
    i18n::{Lang, say::Say},
    sync::recipients::{self as sync, Receives},
};

/// Where a row of the register comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// An entry the tenant keeps.
    Register,
    /// One of the tenant's integrations.
    Integration,
}

/// What a recipient receives: the tenant's words, or for an integration
/// without an entry, what its subscriptions send (in the reader's words).
#[derive(Debug, Clone)]
pub enum What {
    Told(String),
    Sent(Vec<Receives>),
}

/// One recipient of the register.
#[derive(Debug, Clone)]
pub struct Row {
    pub source: Source,
    /// The register entry, when there is one.
    pub entry: Option<recipient::Model>,
    pub integration_id: Option<Uuid>,
    pub name: String,
    pub receives: What,
    pub purpose: String,
    pub country: Option<String>,
    pub safeguard: Option<Safeguard>,
    pub retention: Option<String>,
}

impl Row {
    /// Whether the data goes outside the EEA (a transfer, GDPR Chapter V).
    pub fn transfer(&self) -> bool {
        self.country.as_deref().is_some_and(|c| !in_eea(c))
    }

    fn of_entry(e: recipient::Model, source: Source, sent: Option<Vec<Receives>>) -> Self {
        Self {
            source,
            integration_id: e.integration_id,
            name: e.name.clone(),
            receives: match sent {
                Some(sent) => What::Sent(sent),
                None => What::Told(e.receives.clone()),
            },
            purpose: e.purpose.clone(),
            country: e.country.clone(),
            safeguard: e.safeguard,
            retention: e.retention.clone(),
            entry: Some(e),
        }
    }

    fn of_integration(id: Uuid, name: String, purpose: String, sent: Vec<Receives>) -> Self {
        Self {
            source: Source::Integration,
            entry: None,
            integration_id: Some(id),
            name,
            receives: What::Sent(sent),
            purpose,
            country: None,
            safeguard: None,
            retention: None,
        }
    }
}

/// The whole register (staff and up): the tenant's entries that stand on
/// their own, oldest first, then every integration, oldest first.
pub async fn list(state: &Services, scope: &Scope) -> Result<Vec<Row>> {
    scope.require(Role::Staff)?;
    of_tenant(&state.db.main, scope.tenant_id()).await
}

/// The whole register of tenant `tenant_id`, as [`list`] orders it.
pub async fn of_tenant<C: ConnectionTrait>(conn: &C, tenant_id: TenantId) -> Result<Vec<Row>> {
    let integrations = integration::Entity::find()
        .filter(integration::Column::TenantId.eq(tenant_id))
        .order_by_asc(integration::Column::CreatedAt)
        .order_by_asc(integration::Column::Id)
        .all(conn)
        .await?;
    let (mut linked, mut rows) = split(entries(conn, tenant_id).await?, |id| {
        integrations.iter().any(|i| i.id == id)
    });
    for i in &integrations {
        rows.push(match linked.remove(&i.id) {
            Some(e) => Row::of_entry(e, Source::Integration, None),
            None => Row::of_integration(
                i.id,
                sync::name_of(i),
                i.purpose.clone(),
                sync::receives_of(i),
            ),
        });
    }
    Ok(rows)
}

/// Who receives customer `customer_id`'s data, who has consent decisions
/// for `purposes`: the entries that stand on their own, then the
/// integrations that send it their data, with what they get of it.
pub async fn of_customer<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    customer_id: CustomerId,
    purposes: &[&str],
) -> Result<Vec<Row>> {
    let through = sync::of_customer(conn, tenant_id, customer_id, purposes).await?;
    let all = entries(conn, tenant_id).await?;
    let live: Vec<Uuid> = integration::Entity::find()
        .filter(integration::Column::TenantId.eq(tenant_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|i| i.id)
        .collect();
    let (mut linked, mut rows) = split(all, |id| live.contains(&id));
    rows.retain(|r| r.integration_id.is_none());
    for r in through {
        rows.push(match linked.remove(&r.integration_id) {
            Some(e) => Row::of_entry(e, Source::Integration, Some(r.receives)),
            None => Row::of_integration(r.integration_id, r.name, r.purpose, r.receives),
        });
    }
    Ok(rows)
}

/// The entries that describe an integration (by its ID, when `live` says
/// it exists), and rows of the others.
fn split(
    all: Vec<recipient::Model>,
    live: impl Fn(Uuid) -> bool,
) -> (HashMap<Uuid, recipient::Model>, Vec<Row>) {
    let mut linked = HashMap::new();
    let mut rows = Vec::new();
    for e in all {
        match e.integration_id.filter(|id| live(*id)) {
            Some(id) => {
                linked.insert(id, e);
            }
            None => rows.push(Row::of_entry(e, Source::Register, None)),
        }
    }
    (linked, rows)
}

/// What an integration's subscriptions send, in staff's words in `lang`.
pub fn sent_in_words(sent: &[Receives], purpose: &str, lang: Lang) -> String {
    sent.iter()
        .map(|r| match r {
            Receives::Consent => Say::new("recipients-sent-consent").with("purpose", purpose),
            Receives::Erasure => Say::new("recipients-sent-erasure"),
            Receives::RecordEvents => Say::new("recipients-sent-record-events"),
        })
        .map(|say| say.in_lang(lang))
        .collect::<Vec<_>>()
        .join("; ")
}
