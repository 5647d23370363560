//! The current decision per purpose, for the records that show it. Reads
//! only the consent table, so any capability can use it.

use entity::ids::{CustomerId, TenantId};
use std::collections::{BTreeMap, HashMap};

use entity::consent;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::error::Result;

/// The current decision per purpose for each of `customer_ids` (one query).
pub async fn current<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    customer_ids: &[CustomerId],
) -> Result<HashMap<CustomerId, BTreeMap<String, bool>>> {
    let mut out: HashMap<CustomerId, BTreeMap<String, bool>> = HashMap::new();
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
