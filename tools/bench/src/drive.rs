//! Driving load: many workers repeating one operation for a while, and
//! single timed runs, each gathered as a sample of latencies and errors.

use std::{
    future::Future,
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use reqwest::{Method, StatusCode};

use crate::{load::Load, report::Row};

/// Latencies and errors of one scenario.
pub struct Sample {
    pub micros: Vec<u32>,
    pub errors: u64,
    pub first_error: Option<String>,
    pub seconds: f64,
}

impl Sample {
    pub fn of(mut self, name: &str) -> Row {
        self.micros.sort_unstable();
        let q = |p: f64| -> f64 {
            match self.micros.len() {
                0 => 0.0,
                n => self.micros[((n as f64 * p).ceil() as usize).clamp(1, n) - 1] as f64 / 1000.0,
            }
        };
        let ops = self.micros.len() as u64;
        Row {
            scenario: name.to_owned(),
            ops,
            seconds: self.seconds,
            per_second: ops as f64 / self.seconds.max(1e-9),
            p50_ms: q(0.50),
            p99_ms: q(0.99),
            p999_ms: q(0.999),
            errors: self.errors,
            of_healthz: None,
            target: None,
            met: None,
            note: self.first_error,
        }
    }
}

/// Runs `op(i)` from `concurrency` workers until `duration` has passed or
/// `limit` operations have started; each returns `Err` with why it failed.
pub async fn drive<F, Fut>(concurrency: usize, duration: Duration, limit: u64, op: F) -> Sample
where
    F: Fn(u64) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<(), String>> + Send,
{
    let next = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let deadline = started + duration;
    let mut workers = tokio::task::JoinSet::new();
    for _ in 0..concurrency {
        let (op, next) = (op.clone(), next.clone());
        workers.spawn(async move {
            let mut micros = Vec::with_capacity(4096);
            let (mut errors, mut first_error) = (0, None);
            while Instant::now() < deadline {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= limit {
                    break;
                }
                let t = Instant::now();
                let result = op(i).await;
                // Only what succeeded is timed: fast failures must not
                // flatter a row.
                match result {
                    Ok(()) => micros.push(t.elapsed().as_micros().min(u32::MAX as u128) as u32),
                    Err(e) => {
                        errors += 1;
                        first_error.get_or_insert(e);
                    }
                }
            }
            (micros, errors, first_error)
        });
    }
    let mut all = Sample {
        micros: Vec::new(),
        errors: 0,
        first_error: None,
        seconds: 0.0,
    };
    while let Some(done) = workers.join_next().await {
        let (micros, errors, first_error) = done.expect("a load worker does not panic");
        all.micros.extend(micros);
        all.errors += errors;
        if all.first_error.is_none() {
            all.first_error = first_error;
        }
    }
    all.seconds = started.elapsed().as_secs_f64();
    all
}

/// The same GET in the first tenant, again and again.
pub async fn repeat_get(
    load: &Load,
    concurrency: usize,
    duration: Duration,
    path: String,
) -> Sample {
    let (l, path) = (load.clone(), Arc::new(path));
    drive(concurrency, duration, u64::MAX, move |_| {
        let (l, path) = (l.clone(), path.clone());
        async move {
            l.call(Method::GET, 0, &path, None, StatusCode::OK)
                .await
                .map(drop)
        }
    })
    .await
}

/// One timed run of `f`, as a row of one operation.
pub async fn once<T>(f: impl Future<Output = anyhow::Result<T>>) -> (Sample, Option<T>) {
    let t = Instant::now();
    let result = f.await;
    let micros = t.elapsed().as_micros().min(u32::MAX as u128) as u32;
    let seconds = t.elapsed().as_secs_f64();
    match result {
        Ok(v) => (
            Sample {
                micros: vec![micros],
                errors: 0,
                first_error: None,
                seconds,
            },
            Some(v),
        ),
        Err(e) => (
            Sample {
                micros: vec![micros],
                errors: 1,
                first_error: Some(format!("{e:#}")),
                seconds,
            },
            None,
        ),
    }
}
