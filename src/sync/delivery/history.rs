//! The delivery log staff read, and sending a delivery again.

use chrono::{DateTime, Utc};
use entity::ids::TenantId;
use entity::{delivery, integration};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::Expr,
};
use serde_json::json;
use uuid::Uuid;

use crate::{
    audit::{self, Entry},
    auth::{Role, Scope},
    context::Services,
    db::begin_write,
    error::{Error, Result},
    outbox::{self, EventType},
    pagination,
};

use super::common::*;
use crate::audit::Origin;

/// An integration's deliveries, newest first: when, what, how it went. No payloads.
pub async fn log(
    state: &Services,
    scope: &Scope,
    integration_id: Uuid,
    filter: Option<DeliveryState>,
    cursor: Option<&str>,
    limit: Option<u64>,
) -> Result<(Vec<delivery::Model>, Option<String>)> {
    scope.require(Role::Admin)?;
    let limit = pagination::limit(limit)?;
    let after = match cursor {
        Some(c) => Some(
            pagination::decode("deliveries", c)?
                .parse::<Uuid>()
                .map_err(|_| Error::invalid("cursor", "is not a cursor this list gave out"))?,
        ),
        None => None,
    };
    integration::Entity::find_by_id((scope.tenant_id(), integration_id))
        .one(&state.db.main)
        .await?
        .ok_or(Error::NotFound("integration"))?;
    let mut query = delivery::Entity::find()
        .filter(delivery::Column::TenantId.eq(scope.tenant_id()))
        .filter(delivery::Column::IntegrationId.eq(integration_id));
    if let Some(f) = filter {
        query = query.filter(delivery::Column::State.eq(f));
    }
    if let Some(after) = after {
        query = query.filter(delivery::Column::Id.lt(after));
    }
    let mut rows = query
        .order_by_desc(delivery::Column::Id)
        .limit(limit + 1)
        .all(&state.db.main)
        .await?;
    let next = match rows.len() as u64 > limit {
        true => {
            rows.truncate(limit as usize);
            rows.last()
                .map(|d| pagination::encode("deliveries", &d.id.to_string()))
        }
        false => None,
    };
    Ok((rows, next))
}

/// Sends a delivery again now, with a fresh retry schedule. A given-up
/// `consent.updated` regains its address from the customer's record; one
/// whose person is gone, a `contact.forget` or a snapshot page cannot be
/// rebuilt once given up.
pub async fn retry(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    integration_id: Uuid,
    delivery_id: Uuid,
) -> Result<delivery::Model> {
    scope.require(Role::Admin)?;
    let tenant_id = scope.tenant_id();
    let now = state.clock.now();
    let (i, d) = find_both(state, tenant_id, integration_id, delivery_id).await?;
    may_retry(&i, &d)?;
    no_later_change(state, tenant_id, integration_id, &d).await?;
    let mut sealed = d.sealed.clone();
    if sealed.is_none() && carries_personal_data(d.event_type) {
        sealed = Some(rebuild(state, &d).await?);
    }
    let txn = begin_write(&state.db.writer).await?;
    requeue(&txn, &d, sealed, now).await?;
    audit::append(
        &txn,
        tenant_id,
        scope.into(),
        meta,
        now,
        Entry::new("integration.delivery_retried")
            .target("integration", integration_id)
            .detail(
                json!({ "delivery_id": delivery_id, "event_type": d.event_type, "was": d.state }),
            ),
    )
    .await?;
    txn.commit().await?;
    delivery::Entity::find_by_id((tenant_id, delivery_id))
        .one(&state.db.main)
        .await?
        .ok_or(Error::NotFound("delivery"))
}

/// The integration and one of its deliveries.
async fn find_both(
    state: &Services,
    tenant_id: TenantId,
    integration_id: Uuid,
    delivery_id: Uuid,
) -> Result<(integration::Model, delivery::Model)> {
    let i = integration::Entity::find_by_id((tenant_id, integration_id))
        .one(&state.db.main)
        .await?
        .ok_or(Error::NotFound("integration"))?;
    let d = delivery::Entity::find_by_id((tenant_id, delivery_id))
        .one(&state.db.main)
        .await?
        .filter(|d| d.integration_id == integration_id)
        .ok_or(Error::NotFound("delivery"))?;
    Ok((i, d))
}

/// Refuses to send again to a disabled integration, or what was delivered.
fn may_retry(i: &integration::Model, d: &delivery::Model) -> Result<()> {
    if !i.enabled {
        return Err(Error::Conflict(
            "this integration is disabled; enable it first".into(),
        ));
    }
    if d.state == DeliveryState::Delivered {
        return Err(Error::Conflict(
            "this delivery was delivered already".into(),
        ));
    }
    Ok(())
}

/// Refuses to send a customer's consent change again once a later one was
/// sent or is on its way, so the receiver is not handed an old status.
async fn no_later_change(
    state: &Services,
    tenant_id: TenantId,
    integration_id: Uuid,
    d: &delivery::Model,
) -> Result<()> {
    if d.event_type == EventType::ConsentUpdated
        && let Some(customer_id) = d.customer_id
    {
        let later = delivery::Entity::find()
            .filter(delivery::Column::TenantId.eq(tenant_id))
            .filter(delivery::Column::IntegrationId.eq(integration_id))
            .filter(delivery::Column::CustomerId.eq(customer_id))
            .filter(delivery::Column::EventType.eq(EventType::ConsentUpdated))
            .filter(delivery::Column::EventId.gt(d.event_id))
            .filter(delivery::Column::State.ne(DeliveryState::Dead))
            .one(&state.db.main)
            .await?;
        if later.is_some() {
            return Err(Error::Conflict(
                "a later consent change of this customer was sent (or is on its way) since; sending this one again would put an old status back".into(),
            ));
        }
    }
    Ok(())
}

/// Makes the delivery pending again, due now, with a fresh retry schedule
/// and its personal part `sealed`; refused if it changed since it was read.
async fn requeue<C: ConnectionTrait>(
    conn: &C,
    d: &delivery::Model,
    sealed: Option<Vec<u8>>,
    now: DateTime<Utc>,
) -> Result<()> {
    let res = delivery::Entity::update_many()
        .col_expr(delivery::Column::State, Expr::value(DeliveryState::Pending))
        .col_expr(delivery::Column::Failures, Expr::value(0))
        .col_expr(delivery::Column::NextAttemptAt, Expr::value(Some(now)))
        .col_expr(delivery::Column::Sealed, Expr::value(sealed))
        .filter(delivery::Column::TenantId.eq(d.tenant_id))
        .filter(delivery::Column::Id.eq(d.id))
        .filter(delivery::Column::State.eq(d.state))
        .exec(conn)
        .await?;
    if res.rows_affected != 1 {
        return Err(Error::Conflict(
            "this delivery changed meanwhile; look again".into(),
        ));
    }
    Ok(())
}

/// The personal part of a given-up `consent.updated`, from the record as
/// it is now.
pub(super) async fn rebuild(state: &Services, d: &delivery::Model) -> Result<Vec<u8>> {
    let cannot = |why: &str| Err(Error::Conflict(why.to_owned()));
    match d.event_type {
        EventType::ConsentUpdated => {}
        EventType::ConsentSnapshot => {
            return cannot(
                "a snapshot page that was given up is not sent again; ask for a fresh snapshot with POST /integrations/{id}/snapshot",
            );
        }
        _ => {
            return cannot(
                "the address this event carried was removed when it was given up, and the person's record is erased; it cannot be sent again",
            );
        }
    }
    let Some(customer_id) = d.customer_id else {
        return cannot("this delivery names no customer");
    };
    let row = entity::customer::Entity::find_by_id((d.tenant_id, customer_id))
        .one(&state.db.main)
        .await?;
    let Some(row) = row else {
        return cannot(
            "the customer has been erased since; the receiver was sent contact.forget instead",
        );
    };
    let email = crate::customers::service::open_many(state, d.tenant_id, vec![row])
        .await?
        .pop()
        .and_then(|c| c.personal.email.clone());
    let key = outbox::key_of(state, d.tenant_id).await?;
    Ok(outbox::seal(
        &key,
        d.tenant_id,
        d.event_id,
        &json!({ "email": email }),
    ))
}
