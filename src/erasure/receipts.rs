//! Receipts of erasures: the stored proof, as the API shows it, and the
//! events that tell recipients of the data (Art. 19).

use entity::ids::{CustomerId, TenantId};
use entity::{erasure, outbox_event};
use sea_orm::{ConnectionTrait, EntityTrait};

use super::model::*;
use crate::{context::Services, error::Result, outbox::EventType};

/// The stored erasure of a customer, if any.
pub async fn receipt_row<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    customer_id: CustomerId,
) -> Result<Option<erasure::Model>> {
    Ok(erasure::Entity::find_by_id((tenant_id, customer_id))
        .one(conn)
        .await?)
}

/// Marks the erasure of `lost` (recorded in the caller's transaction) as
/// a merge into `survivor`: its ID then answers with a pointer there.
pub async fn mark_merged<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    lost: CustomerId,
    survivor: CustomerId,
) -> Result<()> {
    use sea_orm::{ColumnTrait, QueryFilter, sea_query::Expr};
    erasure::Entity::update_many()
        .col_expr(erasure::Column::MergedInto, Expr::value(Some(survivor)))
        .filter(erasure::Column::TenantId.eq(tenant_id))
        .filter(erasure::Column::CustomerId.eq(lost))
        .exec(conn)
        .await?;
    Ok(())
}

/// The receipt of an erased customer of the caller's tenant (admin).
pub async fn receipt(
    state: &Services,
    scope: &crate::auth::Scope,
    customer_id: CustomerId,
) -> Result<StoredReceipt> {
    scope.require(crate::auth::Role::Admin)?;
    receipt_row(&state.db.main, scope.tenant_id(), customer_id)
        .await?
        .ok_or(crate::error::Error::NotFound("erasure"))?
        .try_into()
}

/// The `customer.shredded` / `customer.anonymized` events of `receipts`,
/// for the outbox: so every recipient of the data hears of the erasure
/// (GDPR Art. 19). IDs, times and the reason only.
pub fn events(
    tenant_id: TenantId,
    receipts: &[Receipt],
    reason: &str,
) -> Vec<outbox_event::ActiveModel> {
    receipts
        .iter()
        .map(|r| {
            crate::outbox::event(
                tenant_id,
                match r.kind {
                    Kind::Shred => EventType::CustomerShredded,
                    Kind::Anonymize => EventType::CustomerAnonymized,
                },
                r.customer_id,
                serde_json::json!({
                    "customer_id": r.customer_id,
                    "at": r.at,
                    "reason": reason,
                }),
                r.at,
            )
        })
        .collect()
}
