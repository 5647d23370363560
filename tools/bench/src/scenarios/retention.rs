//! Retention: the idle tick (every seeded record looked at, none due), then
//! records completed over the API and the tick that expires them all.

use entity::ids::TenantId;
use std::{collections::BTreeMap, sync::Arc, time::Duration, time::Instant};

use anyhow::anyhow;
use chrono::TimeDelta;
use reqwest::{Method, StatusCode};
use serde_json::json;
use steward::{clock::Clock, context::Services, jobs};

use crate::{
    drive::{drive, once},
    load::active_ids,
    report::thousands,
    run::Bench,
};

/// `tenant` is the tenant kept for retention and its index in the load;
/// `due` how many of its records are completed.
pub async fn run(
    b: &mut Bench<'_>,
    clock: &Clock,
    (tenant, index): (TenantId, usize),
    due: u64,
) -> anyhow::Result<()> {
    if !(b.wants("complete") || b.wants("retention")) {
        return Ok(());
    }
    // Records completed here expire a second later, for the due tick.
    let policy = json!({ "expire_after": "PT1S", "action": "notify" });
    b.load
        .call(
            Method::PUT,
            index,
            "/api/v1/retention",
            Some(&policy),
            StatusCode::OK,
        )
        .await
        .map_err(|e| anyhow!(e))?;
    let row = idle_tick(b.state).await;
    b.push(row);

    let state = b.state;
    let ids = Arc::new(active_ids(state, tenant, 0, due).await?);
    let (l, pool) = (b.load.clone(), ids.clone());
    let completed = drive(
        b.concurrency(),
        b.duration().max(Duration::from_secs(60)),
        pool.len() as u64,
        move |i| {
            let (l, pool) = (l.clone(), pool.clone());
            async move {
                let id = pool[i as usize];
                l.call(
                    Method::POST,
                    index,
                    &format!("/api/v1/customers/{id}/complete"),
                    Some(&json!({})),
                    StatusCode::OK,
                )
                .await
                .map(drop)
            }
        },
    )
    .await
    .of("complete");
    let now_due = completed.ops - completed.errors;
    b.push(completed);
    // Past the one-second period: every record just completed is due.
    clock.advance(TimeDelta::seconds(2));
    let (mut sample, summary) = once(async { Ok(jobs::tick(state).await?) }).await;
    let expired = summary.map_or(0, |s| s.retention.expired);
    if expired != now_due {
        sample.errors += 1;
        sample.first_error = Some(format!("{expired} of {now_due} due records expired"));
    }
    b.push(sample.of(&format!("retention tick, {} due", thousands(now_due))));
    Ok(())
}

/// Ticks with nothing due, noting what each job costs and what the orphan-key
/// sweep (which runs apart) takes.
async fn idle_tick(state: &Services) -> crate::report::Row {
    let st = state.clone();
    let before = job_seconds(state);
    let idle = drive(1, Duration::from_secs(2), 50, move |_| {
        let st = st.clone();
        async move { jobs::tick(&st).await.map(drop).map_err(|e| e.to_string()) }
    });
    let mut row = idle.await.of("retention tick, idle");
    let runs = row.ops.max(1) as f64;
    let mut spent: Vec<(String, f64)> = job_seconds(state)
        .into_iter()
        .map(|(job, s)| {
            let ms = (s - before.get(&job).copied().unwrap_or(0.0)) * 1000.0 / runs;
            (job, ms)
        })
        .filter(|(_, ms)| *ms > 0.0)
        .collect();
    spent.sort_by(|a, b| b.1.total_cmp(&a.1));
    let spent: Vec<String> = spent
        .iter()
        .map(|(job, ms)| format!("{job} {ms:.2}"))
        .collect();
    // The sweep runs apart from the tick, on its own slower schedule.
    let started = Instant::now();
    let sweep = match jobs::sweep(state).await {
        Ok(_) => format!(
            "{:.0} ms for {} keys",
            started.elapsed().as_secs_f64() * 1000.0,
            thousands(u64::from(state.config.jobs.sweep_keys)),
        ),
        Err(e) => format!("failed: {e}"),
    };
    let spent = format!(
        "ms per job: {}; the orphan-key sweep (apart, every {}): {sweep}",
        spent.join(", "),
        state.config.jobs.sweep_interval,
    );
    row.note = Some(match row.note.take() {
        Some(error) => format!("{error}; {spent}"),
        None => spent,
    });
    row
}

/// Seconds spent so far in each background job, from
/// `steward_job_duration_seconds` (the tick runs in this process).
fn job_seconds(state: &Services) -> BTreeMap<String, f64> {
    state
        .metrics
        .render()
        .lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("steward_job_duration_seconds_sum{job=\"")?;
            let (job, seconds) = rest.split_once("\"} ")?;
            Some((job.to_owned(), seconds.trim().parse().ok()?))
        })
        .collect()
}
