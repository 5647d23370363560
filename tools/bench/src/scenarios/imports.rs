//! Moving customers in: a CSV file of new customers (every row with a
//! name, email, phone, company, note and a consent column) uploaded,
//! previewed, run and waited for, over HTTP as a tenant's admin token.
//! Timed end to end: the upload (read, sealed, every row checked for the
//! preview) and the run (every row checked again, sealed, indexed, audited
//! and written), until the import is `done`.

use std::time::{Duration, Instant};

use anyhow::anyhow;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::{report::Row, run::Bench};

/// The most rows the scenario imports (fewer when fewer customers are
/// seeded: a small run stays small).
const MOST: u64 = 100_000;

/// A file of `n` new customers; row `i`'s address is new to every tenant.
pub fn file(n: u64) -> Vec<u8> {
    let mut out = String::with_capacity(n as usize * 110);
    out.push_str("First name,Last name,Email,Phone,Company,Notes,Marketing email\n");
    for i in 0..n {
        let granted = ["yes", "no", ""][(i % 3) as usize];
        out.push_str(&format!(
            "Zoë {i},Ødegård-Müller,moved.{i}@import.example,+47 22 {:06},Fjord AS,\"Met at the fair; prefers \"\"mornings\"\"\",{granted}\n",
            i % 1_000_000
        ));
    }
    out.into_bytes()
}

pub async fn run(b: &mut Bench<'_>) -> anyhow::Result<()> {
    if !b.wants("import") {
        return Ok(());
    }
    let n = b.options.customers.clamp(1_000, MOST);
    let body = file(n);
    let bytes = body.len();
    let t = &b.load.tenants[0];
    let started = Instant::now();
    let resp = b
        .load
        .client
        .post(b.load.url("/api/v1/imports"))
        .header("authorization", &t.bearer)
        .header("content-type", "text/csv")
        .body(body)
        .send()
        .await?;
    let status = resp.status();
    let import: Value = serde_json::from_slice(&resp.bytes().await?)?;
    if status != StatusCode::CREATED {
        return Err(anyhow!("upload: {status} {import}"));
    }
    let uploaded = started.elapsed();
    let id = import["id"].as_str().unwrap_or_default().to_owned();
    b.load
        .call(
            Method::POST,
            0,
            &format!("/api/v1/imports/{id}/run"),
            Some(&json!({})),
            StatusCode::OK,
        )
        .await
        .map_err(|e| anyhow!(e))?;
    let ended = loop {
        let now = b
            .load
            .json(
                Method::GET,
                0,
                &format!("/api/v1/imports/{id}"),
                None,
                StatusCode::OK,
            )
            .await
            .map_err(|e| anyhow!(e))?;
        if now["state"] != "running" {
            break now;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    let seconds = started.elapsed().as_secs_f64();
    let created = ended["counts"]["create"].as_u64().unwrap_or_default();
    let errors = u64::from(ended["state"] != "done") + n.saturating_sub(created);
    let mut row = Row::total(
        format!("import {} rows (csv)", crate::report::thousands(n)),
        created,
        seconds,
        errors,
        format!(
            "{:.1} MB file; upload and preview {:.2} s, run {:.2} s; {}",
            bytes as f64 / 1e6,
            uploaded.as_secs_f64(),
            seconds - uploaded.as_secs_f64(),
            ended["state"]
        ),
    );
    let postgres = b.state.config.database.url.starts_with("postgres");
    let (target, floor) = match postgres {
        true => ("≥ 10,000 rows/s", 10_000.0),
        false => ("≥ 20,000 rows/s", 20_000.0),
    };
    row.target = Some(target.into());
    row.met = Some(row.errors == 0 && row.per_second >= floor);
    b.push(row);
    Ok(())
}
