//! Every table that holds something of a customer besides the record
//! itself, in the order erasure visits them, and what erasing does there.
//! Each owning module removes its own rows (its `forget`); this list is the
//! one place that names them. A new table with a `customer_id` column needs
//! an entry here: `tests/api/schema.rs` fails until it has one.

use chrono::{DateTime, Utc};
use entity::ids::{CustomerId, TenantId};
use sea_orm::ConnectionTrait;

use super::model::{ERASURE_EVENTS, Kind, Removed};
use crate::{db::PerCustomer, error::Result};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// Deleted, counted.
    Notes,
    /// The field history (values before and after each change): deleted.
    FieldHistory,
    /// Tasks on the record (their text may name the person): deleted.
    Tasks,
    /// The consent history: deleted, counted.
    Consents,
    /// Messages to the person's address: their files are deleted. Found
    /// through the search tokens, so it comes before them.
    Mail,
    /// Blind-index tokens: deleted, counted.
    SearchTokens,
    /// Match keys (likely duplicates): deleted.
    MatchKeys,
    /// Queued events about the person: deleted, counted; news of an
    /// erasure stays.
    OutboxEvents,
    /// Events on their way to an integration: deleted, news of an erasure
    /// stays; delivered ones keep only IDs; waiting snapshot pages are
    /// replaced by a fresh snapshot.
    Deliveries,
    /// Open notices: closed; they keep only IDs and dates.
    Notifications,
    /// The erasure receipts themselves: kept, they name no one.
    Erasures,
}

impl Target {
    /// In the order erasure visits them.
    pub const ALL: [Target; 11] = [
        Target::Notes,
        Target::FieldHistory,
        Target::Tasks,
        Target::Consents,
        Target::Mail,
        Target::SearchTokens,
        Target::MatchKeys,
        Target::OutboxEvents,
        Target::Deliveries,
        Target::Notifications,
        Target::Erasures,
    ];

    /// The table the target's rows are in.
    pub const fn table(self) -> &'static str {
        match self {
            Target::Notes => "notes",
            Target::FieldHistory => "field_changes",
            Target::Tasks => "tasks",
            Target::Consents => "consents",
            Target::Mail => "mail_outbox",
            Target::SearchTokens => "search_tokens",
            Target::MatchKeys => "match_keys",
            Target::OutboxEvents => "outbox_events",
            Target::Deliveries => "deliveries",
            Target::Notifications => "notifications",
            Target::Erasures => "erasures",
        }
    }

    /// Removes the target's rows about `ids` (all of tenant `tenant_id`),
    /// in the caller's transaction; returns what it counted per customer.
    pub async fn forget<C: ConnectionTrait>(
        self,
        conn: &C,
        tenant_id: TenantId,
        ids: &[CustomerId],
        kind: Kind,
        now: DateTime<Utc>,
    ) -> Result<PerCustomer> {
        let none = PerCustomer::new;
        match self {
            Target::Notes => crate::customers::notes::forget(conn, tenant_id, ids).await,
            Target::FieldHistory => crate::customers::history::forget(conn, tenant_id, ids)
                .await
                .map(|_| none()),
            Target::Tasks => crate::customers::tasks::forget(conn, tenant_id, ids)
                .await
                .map(|_| none()),
            Target::Consents => crate::consent::service::forget(conn, tenant_id, ids).await,
            Target::Mail => crate::mail::forget(conn, tenant_id, ids)
                .await
                .map(|()| none()),
            Target::SearchTokens => crate::customers::search::forget(conn, tenant_id, ids).await,
            Target::MatchKeys => crate::customers::duplicates::forget(conn, tenant_id, ids)
                .await
                .map(|_| none()),
            Target::OutboxEvents => {
                crate::outbox::forget(conn, tenant_id, ids, &ERASURE_EVENTS).await
            }
            Target::Deliveries => {
                crate::sync::delivery::forget(conn, tenant_id, ids, &ERASURE_EVENTS).await?;
                Ok(none())
            }
            Target::Notifications => {
                crate::notifications::service::forget(conn, tenant_id, ids, now, kind.done())
                    .await?;
                Ok(none())
            }
            Target::Erasures => Ok(none()),
        }
    }

    /// Work done once per erasure, after every record's rows are gone.
    pub async fn finish<C: ConnectionTrait>(
        self,
        conn: &C,
        tenant_id: TenantId,
        now: DateTime<Utc>,
    ) -> Result<()> {
        match self {
            Target::Deliveries => {
                crate::sync::delivery::drop_snapshot_pages(conn, tenant_id, now).await
            }
            _ => Ok(()),
        }
    }

    /// Adds `n` rows of this target to a receipt's counts.
    pub fn tally(self, removed: &mut Removed, n: u64) {
        match self {
            Target::Notes => removed.notes += n,
            Target::Consents => removed.consents += n,
            Target::SearchTokens => removed.tokens += n,
            Target::OutboxEvents => removed.events += n,
            Target::Mail
            | Target::FieldHistory
            | Target::Tasks
            | Target::MatchKeys
            | Target::Deliveries
            | Target::Notifications
            | Target::Erasures => {}
        }
    }
}
