//! Erasure: single shreds over the API, then one bulk shred of up to 10,000
//! records.

use entity::ids::TenantId;
use std::sync::Arc;

use anyhow::anyhow;
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::{
    drive::{drive, once},
    load::active_ids,
    report::thousands,
    run::Bench,
};

/// `single` and `bulk` are the tenants kept for each, with their index in
/// the load; `per_tenant` is how many records each holds.
pub async fn run(
    b: &mut Bench<'_>,
    (single, single_index): (TenantId, usize),
    (bulk, bulk_index): (TenantId, usize),
    per_tenant: u64,
) -> anyhow::Result<()> {
    if !b.wants("shred") {
        return Ok(());
    }
    let pool = Arc::new(active_ids(b.state, single, 0, per_tenant).await?);
    let l = b.load.clone();
    let row = drive(b.concurrency(), b.duration(), pool.len() as u64, move |i| {
        let (l, pool) = (l.clone(), pool.clone());
        async move {
            let id = pool[i as usize];
            let body = json!({ "confirm": id.to_string() });
            l.call(
                Method::POST,
                single_index,
                &format!("/api/v1/customers/{id}/shred"),
                Some(&body),
                StatusCode::OK,
            )
            .await
            .map(drop)
        }
    })
    .await
    .of("shred");
    b.push(row);

    let many = active_ids(b.state, bulk, 0, 10_000).await?;
    let count = many.len();
    let body = json!({ "ids": many, "confirm": count });
    let l = b.load.clone();
    let (sample, _) = once(async move {
        l.call(
            Method::POST,
            bulk_index,
            "/api/v1/customers/shred",
            Some(&body),
            StatusCode::OK,
        )
        .await
        .map_err(|e| anyhow!(e))
    })
    .await;
    let mut row = sample.of(&format!("bulk shred {}", thousands(count as u64)));
    row.ops = count as u64;
    row.per_second = count as f64 / row.seconds.max(1e-9);
    b.push(row);
    Ok(())
}
