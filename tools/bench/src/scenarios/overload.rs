//! Overload and shutdown: a mix at twice what the server admits, then slow
//! requests in flight at SIGTERM.

use std::{
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use anyhow::bail;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::{
    drive::drive,
    load::{Known, Load},
    report::Row,
    run::Bench,
    serve::Serve,
};

/// Runs both rows (as asked) and stops the server; returns the most memory
/// it held resident over the whole run, in MB.
pub async fn run(
    b: &mut Bench<'_>,
    server: &mut Serve,
    heavy: &[(usize, String)],
    grace: Duration,
) -> anyhow::Result<f64> {
    let (c, d) = (b.concurrency(), b.duration());
    if b.wants("overload") {
        let before = server.mb("VmRSS:");
        let mut row = overload(&b.load, heavy, 2 * c, d).await;
        row.note = Some(format!(
            "{} server resident {before:.0} MB before, {:.0} MB after{}",
            row.note.take().unwrap_or_default(),
            server.mb("VmRSS:"),
            match server.mb("VmHWM:") {
                0.0 => String::new(),
                peak => format!(", peak so far {peak:.0} MB"),
            }
        ));
        b.push(row);
    }

    let peak = server.mb("VmHWM:");
    match (b.wants("sigterm"), heavy.last()) {
        (true, Some((_, id))) => {
            let path = format!("/api/v1/customers/{id}/copy.pdf");
            let row = sigterm(server, &b.load, &path, c, grace).await?;
            b.push(row);
        }
        _ => {
            server.stop(grace * 2).await?;
        }
    }
    Ok(peak)
}

/// A mix of reads, writes and copies from `concurrency` workers, twice what
/// the server admits: each answer must be the operation's own success, or a
/// refusal (503 or 429) that says when to come back.
pub async fn overload(
    load: &Load,
    heavy: &[(usize, String)],
    concurrency: usize,
    duration: Duration,
) -> Row {
    let refused = Arc::new(AtomicU64::new(0));
    let copy = heavy
        .first()
        .map(|(_, id)| format!("/api/v1/customers/{id}/copy.pdf"));
    let served = Arc::new(Mutex::new(Vec::new()));
    let (l, r, s) = (load.clone(), refused.clone(), served.clone());
    let mut sample = drive(concurrency, duration, u64::MAX, move |i| {
        let (l, r, s, copy) = (l.clone(), r.clone(), s.clone(), copy.clone());
        let k = l.pick(i);
        async move { attempt(&l, operation(i, &k, copy), &s, &r).await }
    })
    .await;
    // The row is what was served: refusals are counted, not timed.
    sample.micros = std::mem::take(&mut *served.lock().unwrap_or_else(|p| p.into_inner()));
    let mut row = sample.of("overload, 2× concurrency");
    let refused = refused.load(Ordering::Relaxed);
    if row.ops == 0 {
        row.errors += 1;
    }
    row.note = Some(format!(
        "{} served, {refused} refused at once with Retry-After (a refused worker goes straight on to its next request){};",
        row.ops,
        row.note
            .as_ref()
            .map_or(String::new(), |e| format!(" (first error: {e})"))
    ));
    row
}

/// One request of the overload mix and the answer it succeeds with.
struct Operation {
    method: Method,
    tenant: usize,
    path: String,
    body: Option<Value>,
    expect: StatusCode,
}

/// Operation `i` of the mix, on record `k`: a read of it, a page of the
/// list, a new record, a copy (of `copy`, if given) or a note on it.
fn operation(i: u64, k: &Known, copy: Option<String>) -> Operation {
    let (method, tenant, path, body, expect) = match (i % 5, copy) {
        (0, _) => (
            Method::GET,
            k.tenant,
            format!("/api/v1/customers/{}", k.id),
            None,
            StatusCode::OK,
        ),
        (1, _) => (
            Method::GET,
            k.tenant,
            "/api/v1/customers?limit=50".to_owned(),
            None,
            StatusCode::OK,
        ),
        (2, _) => (
            Method::POST,
            k.tenant,
            "/api/v1/customers".to_owned(),
            Some(json!({ "name": format!("Bench Overload {i}") })),
            StatusCode::CREATED,
        ),
        (3, Some(copy)) => (Method::GET, 0, copy, None, StatusCode::OK),
        _ => (
            Method::POST,
            k.tenant,
            format!("/api/v1/customers/{}/notes", k.id),
            Some(json!({ "body": format!("Overload note {i}.") })),
            StatusCode::CREATED,
        ),
    };
    Operation {
        method,
        tenant,
        path,
        body,
        expect,
    }
}

/// Sends `op`: its success is timed into `served`, a refusal that says
/// when to come back is counted in `refused`, anything else is an error.
async fn attempt(
    l: &Load,
    op: Operation,
    served: &Mutex<Vec<u32>>,
    refused: &AtomicU64,
) -> Result<(), String> {
    let Operation {
        method,
        tenant,
        path,
        body,
        expect,
    } = op;
    let t = Instant::now();
    let (status, retry_after, bytes) = l.send(method, tenant, &path, body.as_ref()).await?;
    let refusal = matches!(status.as_u16(), 429 | 503);
    match (status == expect, refusal, retry_after) {
        (true, _, _) => {
            let micros = t.elapsed().as_micros().min(u32::MAX as u128) as u32;
            served
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .push(micros);
            Ok(())
        }
        (false, true, Some(secs)) if secs.parse::<u64>().is_ok() => {
            refused.fetch_add(1, Ordering::Relaxed);
            Ok(())
        }
        _ => Err(format!(
            "{path}: {status} {}",
            String::from_utf8_lossy(&bytes)
        )),
    }
}

/// `concurrency` slow requests in flight, then SIGTERM: each must be answered
/// in full, and the server must exit cleanly within its grace period.
pub async fn sigterm(
    server: &mut Serve,
    load: &Load,
    path: &str,
    concurrency: usize,
    grace: Duration,
) -> anyhow::Result<Row> {
    let done = Arc::new(AtomicU64::new(0));
    let mut calls = tokio::task::JoinSet::new();
    for _ in 0..concurrency {
        let (l, path, done) = (load.clone(), path.to_owned(), done.clone());
        calls.spawn(async move {
            let result = l.call(Method::GET, 0, &path, None, StatusCode::OK).await;
            done.fetch_add(1, Ordering::Relaxed);
            result.map(drop)
        });
    }
    // Signalled only once every request has reached the server.
    let waiting = Instant::now();
    // `done` is read before the gauge: a request that finishes in between
    // is then counted in neither, never in both.
    loop {
        let finished = done.load(Ordering::Relaxed);
        if server.in_flight(&load.client).await? + finished >= concurrency as u64 {
            break;
        }
        if waiting.elapsed() > Duration::from_secs(60) {
            bail!("the slow requests never all reached the server");
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    let in_flight = concurrency as u64 - done.load(Ordering::Relaxed);
    // With nothing in flight the drain was not tried.
    let mut errors = u64::from(in_flight == 0);
    let signalled = Instant::now();
    let exit = server.stop(grace + Duration::from_secs(5)).await;
    let seconds = signalled.elapsed().as_secs_f64();
    let (mut answered, mut first_error) = (0u64, None);
    while let Some(call) = calls.join_next().await {
        match call.map_err(|e| e.to_string()).and_then(|r| r) {
            Ok(()) => answered += 1,
            Err(e) => {
                errors += 1;
                first_error.get_or_insert(e);
            }
        }
    }
    let exit = match exit {
        Ok(status) if status.success() && seconds <= grace.as_secs_f64() => {
            format!("exited cleanly after {seconds:.2} s")
        }
        Ok(status) => {
            errors += 1;
            format!("exited with {status} after {seconds:.2} s")
        }
        Err(e) => {
            errors += 1;
            format!("{e:#}")
        }
    };
    let mut row = Row::total(
        format!("SIGTERM, {in_flight} in flight"),
        answered,
        seconds,
        errors,
        format!(
            "{answered} of {concurrency} copies answered in full; {exit} (grace {} s){}",
            grace.as_secs(),
            first_error.map_or(String::new(), |e| format!("; first error: {e}"))
        ),
    );
    // The figure is the time from the signal to the exit.
    row.per_second = 0.0;
    row.p50_ms = seconds * 1000.0;
    Ok(row)
}
