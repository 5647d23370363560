//! Writes, spread over the load tenants: create, patch (with the record's
//! version) and add a note.

use std::sync::{
    Arc,
    atomic::{AtomicU64, Ordering},
};

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::{drive::drive, run::Bench};

pub async fn run(b: &mut Bench<'_>) -> anyhow::Result<()> {
    let (c, d) = (b.concurrency(), b.duration());
    if b.wants("create") {
        let l = b.load.clone();
        let row = drive(c, d, u64::MAX, move |i| {
            let l = l.clone();
            async move {
                let body = json!({ "name": format!("Bench Create {i}"), "email": format!("create-{i}@bench.test") });
                l.call(
                    Method::POST,
                    i as usize % l.tenants.len(),
                    "/api/v1/customers",
                    Some(&body),
                    StatusCode::CREATED,
                )
                .await
                .map(drop)
            }
        })
        .await
        .of("create");
        b.push(row);
    }
    if b.wants("patch") {
        patch(b).await?;
    }
    if b.wants("add note") {
        let l = b.load.clone();
        let row = drive(c, d, u64::MAX, move |i| {
            let l = l.clone();
            let k = l.pick(i);
            async move {
                let body = json!({ "body": format!("Called back about order {i}; all settled.") });
                l.call(
                    Method::POST,
                    k.tenant,
                    &format!("/api/v1/customers/{}/notes", k.id),
                    Some(&body),
                    StatusCode::CREATED,
                )
                .await
                .map(drop)
            }
        })
        .await
        .of("add note");
        b.push(row);
    }
    Ok(())
}

/// One record per worker slot, patched again and again with its version.
async fn patch(b: &mut Bench<'_>) -> anyhow::Result<()> {
    let (c, d) = (b.concurrency(), b.duration());
    let mut own = Vec::new();
    for w in 0..c {
        let t = w % b.load.tenants.len();
        let body = json!({ "name": format!("Bench Patch {w}") });
        own.push((t, b.load.create_customer(t, &body).await?));
    }
    let versions: Arc<Vec<AtomicU64>> = Arc::new((0..c).map(|_| AtomicU64::new(1)).collect());
    let busy: Arc<Vec<tokio::sync::Mutex<()>>> =
        Arc::new((0..c).map(|_| tokio::sync::Mutex::new(())).collect());
    let own = Arc::new(own);
    let l = b.load.clone();
    let row = drive(c, d, u64::MAX, move |i| {
        let (l, own, versions, busy) = (l.clone(), own.clone(), versions.clone(), busy.clone());
        async move {
            let slot = i as usize % own.len();
            let _mine = busy[slot].lock().await;
            let (t, id) = &own[slot];
            let version = versions[slot].load(Ordering::Relaxed);
            let body = json!({ "company": format!("Bench Ltd {i}"), "version": version });
            let done = l
                .json(
                    Method::PATCH,
                    *t,
                    &format!("/api/v1/customers/{id}"),
                    Some(&body),
                    StatusCode::OK,
                )
                .await?;
            versions[slot].store(
                done["version"].as_u64().unwrap_or(version + 1),
                Ordering::Relaxed,
            );
            Ok(())
        }
    })
    .await
    .of("patch");
    b.push(row);
    Ok(())
}
