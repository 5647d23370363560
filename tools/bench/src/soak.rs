//! `steward bench --soak PT1H`: a long run at half of measured capacity,
//! to see whether the server's memory levels off. Reads of records and
//! writes (notes, consent changes) are mixed as a busy desk mixes them; the
//! server runs its job runner on its usual schedule. Every window (a minute,
//! or a tenth of a shorter run) prints its throughput, p99 and the server's
//! resident memory; the last row says whether memory stayed within ±10% of
//! its mean over the second half of the run.

use std::{
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use reqwest::{Method, StatusCode};
use serde::Serialize;
use serde_json::json;
use steward::context::Services;

use crate::{
    drive::drive,
    load::{Known, Load, active_ids},
    report::{Machine, Options, machine, status_mb, thousands},
    serve::{GRACE, Prepared, prepare},
};

/// How far memory may stray from its mean over the second half.
const FLAT_WITHIN: f64 = 0.10;

/// What `--soak` measured.
#[derive(Debug, Serialize)]
pub struct SoakReport {
    pub machine: Machine,
    pub database: &'static str,
    pub customers: u64,
    pub tenants: u32,
    pub concurrency: usize,
    pub soak_seconds: f64,
    /// The mix's throughput with every connection busy, measured first.
    pub capacity_per_second: f64,
    /// The rate the soak asked for: half of capacity.
    pub target_per_second: f64,
    pub windows: Vec<Window>,
    /// Mean resident memory over the second half of the run, in MB.
    pub late_mean_mb: f64,
    /// The largest departure from that mean over the second half, as a fraction.
    pub late_spread: f64,
    pub flat: bool,
    pub errors: u64,
}

/// One window of the run.
#[derive(Debug, Serialize)]
pub struct Window {
    /// Seconds from the start of the soak to the end of this window.
    pub at_seconds: f64,
    pub ops: u64,
    pub per_second: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub errors: u64,
    /// The server's resident memory at the end of the window.
    pub resident_mb: f64,
}

/// What one window collects.
#[derive(Default)]
struct Tally {
    micros: Vec<u32>,
    errors: u64,
    first_error: Option<String>,
}

/// Every record of the load's tenants, as (tenant, ID).
type Records = Arc<Vec<(usize, uuid::Uuid)>>;

/// Operation `i` of the mix: nine reads of a record in ten; otherwise a
/// note or a consent change on one. Records are spread over all of them,
/// so caches see as many as production would.
async fn mixed(l: Load, records: Records, i: u64) -> Result<(), String> {
    let (tenant, id) = records[(i.wrapping_mul(7919) % records.len() as u64) as usize];
    let k = Known {
        tenant,
        id,
        email: String::new(),
        name_prefix: String::new(),
    };
    let path = format!("/api/v1/customers/{}", k.id);
    match i % 20 {
        0 => {
            let body = json!({ "body": format!("Soak note {i}") });
            l.call(
                Method::POST,
                k.tenant,
                &format!("{path}/notes"),
                Some(&body),
                StatusCode::CREATED,
            )
            .await
        }
        10 => {
            let body = json!({ "granted": i % 40 == 10, "basis": "consent" });
            l.call(
                Method::PUT,
                k.tenant,
                &format!("{path}/consent/marketing_email"),
                Some(&body),
                StatusCode::OK,
            )
            .await
        }
        _ => {
            l.call(Method::GET, k.tenant, &path, None, StatusCode::OK)
                .await
        }
    }
    .map(drop)
}

/// The window length for a soak of `length`: a minute, or a tenth of a
/// shorter run (at least a second).
fn window_of(length: Duration) -> Duration {
    (length / 10).clamp(Duration::from_secs(1), Duration::from_secs(60))
}

/// Runs the soak: seeds and serves as the benchmark does, measures the
/// mix's capacity for `options.duration`, then runs it at half that rate
/// for `length`.
pub async fn soak(options: Options, length: Duration) -> anyhow::Result<SoakReport> {
    let Prepared {
        _dir,
        state,
        mut server,
        load,
        database,
        ..
    } = prepare(&options, "").await?;
    let records = all_records(&state, &load).await?;
    let c = options.concurrency;
    let capacity = measure_capacity(c, options.duration, &load, &records).await?;
    let rate = capacity / 2.0;
    let window = window_of(length);
    eprintln!(
        "capacity {:.0}/s; soaking at {rate:.0}/s for {} s, a line every {} s",
        capacity,
        length.as_secs(),
        window.as_secs()
    );

    let tally = Arc::new(Mutex::new(Tally::default()));
    let started = Instant::now();
    let deadline = started + length;
    let workers = start_workers(c, &load, &records, &tally, rate, started, deadline);
    let (windows, mut first_error) = watch(&tally, started, deadline, window, server.pid).await;
    for w in workers {
        w.await?;
    }
    // What the last operations did after the last window closed.
    let rest = take(&tally);
    let mut errors: u64 = windows.iter().map(|w| w.errors).sum::<u64>() + rest.errors;
    if first_error.is_none() {
        first_error = rest.first_error;
    }
    if let Some(e) = &first_error {
        eprintln!("first error: {e}");
    }
    let status = server.stop(GRACE * 2).await?;
    if !status.success() {
        errors += 1;
        eprintln!("`steward serve` exited with {status}");
    }

    let (late_mean_mb, late_spread) = late_memory(&windows);
    Ok(SoakReport {
        machine: machine(),
        database,
        customers: options.customers,
        tenants: options.tenants,
        concurrency: c,
        soak_seconds: length.as_secs_f64(),
        capacity_per_second: capacity,
        target_per_second: rate,
        late_mean_mb,
        late_spread,
        // Without /proc the figure is unknown, so not flat.
        flat: late_mean_mb > 0.0 && late_spread <= FLAT_WITHIN && errors == 0,
        errors,
        windows,
    })
}

/// Every active record of the load's tenants.
async fn all_records(state: &Services, load: &Load) -> anyhow::Result<Records> {
    let mut all = Vec::new();
    for (t, tenant) in load.tenants.iter().enumerate() {
        let ids = active_ids(state, tenant.id, 0, 100_000_000).await?;
        all.extend(ids.into_iter().map(|id| (t, id)));
    }
    Ok(Arc::new(all))
}

/// The mix's throughput per second with all `c` connections busy for
/// `duration`; fails if any operation failed or none was done.
async fn measure_capacity(
    c: usize,
    duration: Duration,
    load: &Load,
    records: &Records,
) -> anyhow::Result<f64> {
    let (l, r) = (load.clone(), records.clone());
    let capacity = drive(c, duration, u64::MAX, move |i| {
        mixed(l.clone(), r.clone(), i)
    })
    .await
    .of("capacity");
    if capacity.errors > 0 || capacity.ops == 0 {
        anyhow::bail!(
            "measuring capacity failed: {}",
            capacity.note.unwrap_or_default()
        );
    }
    Ok(capacity.per_second)
}

/// Starts `c` workers that share the operations of the mix, the i-th at
/// its time at `rate` per second from `started`, until `deadline`.
fn start_workers(
    c: usize,
    load: &Load,
    records: &Records,
    tally: &Arc<Mutex<Tally>>,
    rate: f64,
    started: Instant,
    deadline: Instant,
) -> Vec<tokio::task::JoinHandle<()>> {
    let next = Arc::new(AtomicU64::new(0));
    (0..c)
        .map(|_| {
            let (l, r, tally, next) = (load.clone(), records.clone(), tally.clone(), next.clone());
            tokio::spawn(work(l, r, tally, next, rate, started, deadline))
        })
        .collect()
}

/// One worker: takes the next operation, waits for its time, runs it and
/// notes how long it took or why it failed.
async fn work(
    l: Load,
    r: Records,
    tally: Arc<Mutex<Tally>>,
    next: Arc<AtomicU64>,
    rate: f64,
    started: Instant,
    deadline: Instant,
) {
    loop {
        let i = next.fetch_add(1, Ordering::Relaxed);
        // Open loop: the i-th operation starts at its time.
        let due = started + Duration::from_secs_f64(i as f64 / rate);
        if due >= deadline {
            return;
        }
        tokio::time::sleep_until(due.into()).await;
        let t = Instant::now();
        let result = mixed(l.clone(), r.clone(), i).await;
        let micros = t.elapsed().as_micros().min(u128::from(u32::MAX)) as u32;
        let mut tally = tally.lock().unwrap_or_else(|p| p.into_inner());
        match result {
            Ok(()) => tally.micros.push(micros),
            Err(e) => {
                tally.errors += 1;
                tally.first_error.get_or_insert(e);
            }
        }
    }
}

/// Closes a window every `window` until `deadline`, printing a line for
/// each; returns the windows and the first error seen.
async fn watch(
    tally: &Mutex<Tally>,
    started: Instant,
    deadline: Instant,
    window: Duration,
    pid: u32,
) -> (Vec<Window>, Option<String>) {
    let mut windows = Vec::new();
    let mut first_error = None;
    let mut window_start = Instant::now();
    while window_start < deadline {
        let end = (window_start + window).min(deadline);
        tokio::time::sleep_until(end.into()).await;
        let done = take(tally);
        let w = close(
            done,
            end - window_start,
            end - started,
            pid,
            &mut first_error,
        );
        eprintln!(
            "  {:>6.0} s {:>9.0}/s  p50 {:>7.2} ms  p99 {:>7.2} ms  errors {}  server resident {:.1} MB",
            w.at_seconds, w.per_second, w.p50_ms, w.p99_ms, w.errors, w.resident_mb
        );
        windows.push(w);
        window_start = end;
    }
    (windows, first_error)
}

/// What the workers collected since last asked, leaving the tally empty.
fn take(tally: &Mutex<Tally>) -> Tally {
    std::mem::take(&mut *tally.lock().unwrap_or_else(|p| p.into_inner()))
}

/// The server's mean resident memory over the second half of the run, in
/// MB, and the largest departure from it, as a fraction.
fn late_memory(windows: &[Window]) -> (f64, f64) {
    let late = &windows[windows.len() / 2..];
    let late_mean_mb = late.iter().map(|w| w.resident_mb).sum::<f64>() / late.len().max(1) as f64;
    let late_spread = late
        .iter()
        .map(|w| (w.resident_mb - late_mean_mb).abs() / late_mean_mb.max(1e-9))
        .fold(0.0, f64::max);
    (late_mean_mb, late_spread)
}

/// Sums up one window.
fn close(
    mut done: Tally,
    length: Duration,
    at: Duration,
    pid: u32,
    first_error: &mut Option<String>,
) -> Window {
    done.micros.sort_unstable();
    let q = |p: f64| match done.micros.len() {
        0 => 0.0,
        n => f64::from(done.micros[((n as f64 * p).ceil() as usize).clamp(1, n) - 1]) / 1000.0,
    };
    if first_error.is_none() {
        *first_error = done.first_error.take();
    }
    Window {
        at_seconds: at.as_secs_f64(),
        ops: done.micros.len() as u64,
        per_second: done.micros.len() as f64 / length.as_secs_f64().max(1e-9),
        p50_ms: q(0.50),
        p99_ms: q(0.99),
        errors: done.errors,
        resident_mb: status_mb(pid, "VmRSS:"),
    }
}

/// The soak as a table, for people.
pub fn soak_table(r: &SoakReport) -> String {
    let mut out = format!(
        "Steward soak — {} customers in {} tenants, {}, {} connections, {:.0} s at {:.0}/s (half of the {:.0}/s measured)\n\
         mix: 90% GET /customers/{{id}}, 5% notes, 5% consent changes, over every record of up to eight tenants; the server's jobs on their usual schedule\n\
         machine: {} cores, {} MB, {}\n\n",
        thousands(r.customers),
        r.tenants,
        r.database,
        r.concurrency,
        r.soak_seconds,
        r.target_per_second,
        r.capacity_per_second,
        r.machine.cores,
        r.machine.memory_mb,
        r.machine.os
    );
    out.push_str(&format!(
        "{:>8} {:>10} {:>9} {:>9} {:>7} {:>12}\n",
        "at s", "ops/s", "p50 ms", "p99 ms", "errors", "resident MB"
    ));
    for w in &r.windows {
        out.push_str(&format!(
            "{:>8.0} {:>10.0} {:>9.2} {:>9.2} {:>7} {:>12.1}\n",
            w.at_seconds, w.per_second, w.p50_ms, w.p99_ms, w.errors, w.resident_mb
        ));
    }
    out.push_str(&format!(
        "\nsecond half: mean {:.1} MB resident, largest departure {:.1}%; target: within ±{:.0}% and no errors: {}\n",
        r.late_mean_mb,
        r.late_spread * 100.0,
        FLAT_WITHIN * 100.0,
        if r.flat { "met" } else { "NOT MET" }
    ));
    out
}

/// Where `--json` writes a soak.
pub fn write_soak_json(report: &SoakReport, path: &std::path::Path) -> anyhow::Result<()> {
    use anyhow::Context;
    std::fs::write(path, serde_json::to_vec_pretty(report)?)
        .with_context(|| format!("writing {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_are_a_minute_or_a_tenth_of_a_short_run() {
        assert_eq!(
            window_of(Duration::from_secs(3600)),
            Duration::from_secs(60)
        );
        assert_eq!(window_of(Duration::from_secs(300)), Duration::from_secs(30));
        assert_eq!(window_of(Duration::from_secs(5)), Duration::from_secs(1));
    }
}
