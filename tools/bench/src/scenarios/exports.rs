//! Exports: a list view of 100,000 customers written out as CSV and as
//! XLSX — asked for over the API, written in the background, downloaded —
//! each timed from the ask to the file's last byte.

use std::time::Duration;

use anyhow::{anyhow, bail};
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::{drive::once, load::sign_in, report::thousands, run::Bench, seed};

/// How many records the exported view holds at most (fewer in a run
/// seeded with fewer in all).
const RECORDS: u64 = 100_000;

pub async fn run(b: &mut Bench<'_>) -> anyhow::Result<()> {
    let records = RECORDS.min(b.options.customers);
    if !b.wants(&format!(
        "export {} customers (csv, xlsx)",
        thousands(records)
    )) {
        return Ok(());
    }
    // A tenant of its own, so the view is exactly this many records.
    let (slug, email) = ("bench-export", "owner@bench-export.test");
    let made = steward::tenants::service::create(
        b.state,
        slug,
        "Bench Export",
        email,
        Some(&b.load.password),
    )
    .await?;
    seed::customers(b.state, made.tenant_id, records, 26).await?;
    let load = &mut b.load;
    let signed = sign_in(
        &load.client,
        &load.base,
        made.tenant_id,
        slug,
        email,
        &load.password,
    )
    .await?;
    let tenant = load.add_tenant(signed);
    for format in ["csv", "xlsx"] {
        let load = b.load.clone();
        let (sample, got) = once(async move {
            let asked = load
                .json(
                    Method::POST,
                    tenant,
                    "/api/v1/exports",
                    Some(&json!({ "format": format })),
                    StatusCode::CREATED,
                )
                .await
                .map_err(|e| anyhow!(e))?;
            let id = asked["id"].as_str().unwrap_or_default().to_owned();
            let mut now = asked;
            while now["state"] == "running" {
                tokio::time::sleep(Duration::from_millis(20)).await;
                now = load
                    .json(
                        Method::GET,
                        tenant,
                        &format!("/api/v1/exports/{id}"),
                        None,
                        StatusCode::OK,
                    )
                    .await
                    .map_err(|e| anyhow!(e))?;
            }
            let Some(url) = now["download_url"].as_str() else {
                bail!("the export ended {}", now["state"]);
            };
            let file = load
                .call(Method::GET, tenant, url, None, StatusCode::OK)
                .await
                .map_err(|e| anyhow!(e))?;
            Ok((now["rows"].as_u64().unwrap_or(0), file.len()))
        })
        .await;
        let mut row = sample.of(&format!(
            "export {} customers ({format})",
            thousands(records)
        ));
        if let Some((rows, bytes)) = got {
            if rows != records {
                row.errors += 1;
                row.note = Some(format!("{rows} of {records} records written"));
            } else {
                row.note = Some(format!("{:.1} MB file", bytes as f64 / 1e6));
            }
        }
        b.push(row);
    }
    Ok(())
}
