//! A merge's consent: the lost record's history joins the survivor's, in
//! time order, and an opt-out is never undone by merging. History stays
//! append-only: decisions move with their IDs (time-ordered), times,
//! bases, sources, authors and evidence (sealed again under the
//! survivor's key); none is changed or dropped.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use entity::consent;
use entity::customer;
use entity::ids::{CustomerId, TenantId};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, sea_query::Expr,
};

use super::service::{Author, Basis, Choice, NewDecision, Source, evidence_aad, write};
use crate::{audit::Entry, crypto::Key, error::Result};

/// What merging two histories did.
pub struct Combined {
    /// Decisions moved from the lost record.
    pub moved: u64,
    /// Purposes for which a refusal was written so that an opt-out of
    /// either record stands.
    pub refusals_kept: Vec<String>,
    /// Audit entries of the decisions written (one per refusal kept).
    pub entries: Vec<Entry>,
}

/// The two records of a merge, each with its data key, locked by the
/// caller's transaction.
pub struct Sides<'a> {
    pub lost: (&'a customer::Model, &'a Key),
    pub survivor: (&'a customer::Model, &'a Key),
}

/// Moves the lost record's consent history to the survivor, in the
/// caller's transaction. The survivor's current decision for a purpose is
/// then the newest of both histories — except that when either record's
/// current decision was a refusal (never given, or withdrawn), the
/// survivor's is a refusal: if the newest is a grant, a refusal is written
/// now, by `author`, on the basis of the refusal it keeps. Connected tools
/// hear of every purpose whose current decision for the survivor changed
/// (`consent.updated`, to the survivor's `email`).
pub async fn combine<C: ConnectionTrait>(
    conn: &C,
    keys: &crate::crypto::keystore::KeyStore,
    outbox_key: &Key,
    sides: Sides<'_>,
    email: Option<&str>,
    author: Author,
    now: DateTime<Utc>,
) -> Result<Combined> {
    let (lost, lost_key) = sides.lost;
    let (survivor, survivor_key) = sides.survivor;
    let tenant_id = survivor.tenant_id;
    let mut before = latest(conn, tenant_id, &[lost.id, survivor.id]).await?;
    let lost_before = before.remove(&lost.id).unwrap_or_default();
    let survivor_before = before.remove(&survivor.id).unwrap_or_default();

    let rows = consent::Entity::find()
        .filter(consent::Column::TenantId.eq(tenant_id))
        .filter(consent::Column::CustomerId.eq(lost.id))
        .all(conn)
        .await?;
    let moved = rows.len() as u64;
    for row in rows {
        let evidence = match &row.evidence {
            Some(sealed) => {
                let plain = lost_key
                    .open(sealed, &evidence_aad(tenant_id, lost.id, row.id))
                    .map_err(|e| {
                        crate::error::Error::internal_from(format!("consent {}", row.id), e)
                    })?;
                Some(survivor_key.seal(&plain, &evidence_aad(tenant_id, survivor.id, row.id)))
            }
            None => None,
        };
        consent::Entity::update_many()
            .col_expr(consent::Column::CustomerId, Expr::value(survivor.id))
            .col_expr(consent::Column::Evidence, Expr::value(evidence))
            .filter(consent::Column::TenantId.eq(tenant_id))
            .filter(consent::Column::Id.eq(row.id))
            .exec(conn)
            .await?;
    }

    let after = latest(conn, tenant_id, &[survivor.id])
        .await?
        .remove(&survivor.id)
        .unwrap_or_default();
    let purposes: BTreeSet<&String> = lost_before.keys().chain(survivor_before.keys()).collect();
    let mut combined = Combined {
        moved,
        refusals_kept: Vec::new(),
        entries: Vec::new(),
    };
    for purpose in purposes {
        let refusal = [lost_before.get(purpose), survivor_before.get(purpose)]
            .into_iter()
            .flatten()
            .filter(|d| !d.granted)
            .max_by_key(|d| d.id);
        let now_current = after.get(purpose);
        if let Some(refusal) = refusal
            && now_current.is_some_and(|d| d.granted)
        {
            let written = write(
                conn,
                keys,
                outbox_key,
                NewDecision {
                    customer: survivor,
                    choice: Choice {
                        purpose,
                        granted: false,
                        basis: Basis::from(refusal.basis),
                        source: Source::Staff,
                        author,
                        at: now,
                    },
                    evidence: None,
                    email,
                    fresh_consent: false,
                },
            )
            .await?;
            combined.refusals_kept.push(purpose.clone());
            combined.entries.push(written.entry);
            continue;
        }
        let was = survivor_before.get(purpose).map(|d| d.granted);
        if let Some(current) = now_current
            && was != Some(current.granted)
        {
            let event = crate::outbox::consent_updated(
                outbox_key,
                tenant_id,
                survivor.id,
                email,
                purpose,
                current.granted,
                current.source.as_str(),
                now,
            );
            entity::outbox_event::Entity::insert(event)
                .exec_without_returning(conn)
                .await?;
        }
    }
    Ok(combined)
}

/// The newest decision per purpose of each of `ids`.
async fn latest<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    ids: &[CustomerId],
) -> Result<HashMap<CustomerId, BTreeMap<String, consent::Model>>> {
    let rows = consent::Entity::find()
        .filter(consent::Column::TenantId.eq(tenant_id))
        .filter(consent::Column::CustomerId.is_in(ids.iter().copied()))
        .order_by_asc(consent::Column::Id)
        .all(conn)
        .await?;
    let mut out: HashMap<CustomerId, BTreeMap<String, consent::Model>> = HashMap::new();
    for r in rows {
        out.entry(r.customer_id)
            .or_default()
            .insert(r.purpose.clone(), r);
    }
    Ok(out)
}
