//! One benchmark run: prepare a seeded instance, run each scenario group in
//! turn, and judge every row against its target.

use std::time::Duration;

use anyhow::bail;
use steward::context::Services;

use crate::{
    load::{Load, sign_in},
    report::{Options, Report, Row, judge, machine, status_mb},
    scenarios::{copies, erasure, exports, imports, outbox, overload, reads, retention, writes},
    serve::{GRACE, Prepared, prepare},
};

/// What each scenario group is given: the options, the seeded instance, the
/// load client, and the rows measured so far.
pub struct Bench<'a> {
    pub options: &'a Options,
    pub state: &'a Services,
    pub load: Load,
    rows: Vec<Row>,
    /// The server process, whose memory each row reports.
    pid: u32,
}

impl Bench<'_> {
    /// Whether the scenario `name` was asked for (all are, unless some are
    /// named).
    pub fn wants(&self, name: &str) -> bool {
        let name = name.to_lowercase();
        self.options.only.is_empty()
            || self
                .options
                .only
                .iter()
                .any(|o| name.contains(&o.trim().to_lowercase()))
    }

    /// Requests in flight at once.
    pub fn concurrency(&self) -> usize {
        self.options.concurrency
    }

    /// How long each scenario runs.
    pub fn duration(&self) -> Duration {
        self.options.duration
    }

    /// Records a row and prints it as it lands.
    pub fn push(&mut self, row: Row) {
        eprintln!(
            "  {:<34} {:>9.0}/s  p50 {:>8.2} ms  errors {}  server resident {:.0} MB",
            row.scenario,
            row.per_second,
            row.p50_ms,
            row.errors,
            status_mb(self.pid, "VmRSS:")
        );
        self.rows.push(row);
    }
}

/// Runs the benchmark and returns its report.
pub async fn run(options: Options) -> anyhow::Result<Report> {
    // The server's own job runner stays out of the way of the ticks timed here.
    let Prepared {
        _dir,
        state,
        clock,
        seeded,
        mut server,
        load,
        database,
    } = prepare(
        &options,
        "jobs.interval = \"P1D\"\njobs.sweep_interval = \"P1D\"\n",
    )
    .await?;
    let mut bench = Bench {
        options: &options,
        state: &state,
        load,
        rows: Vec::new(),
        pid: server.pid,
    };
    reads::run(&mut bench).await;
    writes::run(&mut bench).await?;
    if bench.wants("outbox") {
        let row = outbox::drain(&state, &bench.load, bench.concurrency(), bench.duration()).await?;
        bench.push(row);
    }
    imports::run(&mut bench).await?;

    // The last three tenants are kept apart for retention, shredding and
    // bulk shredding.
    let (_, kept) = seeded.tenants.split_at(seeded.tenants.len() - 3);
    let mut spare = Vec::new();
    for t in kept {
        let load = &mut bench.load;
        let signed = sign_in(
            &load.client,
            &load.base,
            t.id,
            &t.slug,
            &t.owner_email,
            &load.password,
        )
        .await?;
        spare.push((t.id, load.add_tenant(signed)));
    }
    let [due, shred, bulk] = spare[..] else {
        bail!("three tenants are kept for retention and erasure");
    };
    let per_tenant = options.customers / u64::from(options.tenants);
    retention::run(&mut bench, &clock, due, per_tenant.min(10_000)).await?;
    let heavy = copies::heavy_records(&bench).await?;
    copies::run(&mut bench, &heavy).await;
    exports::run(&mut bench).await?;
    erasure::run(&mut bench, shred, bulk, per_tenant).await?;
    let peak = overload::run(&mut bench, &mut server, &heavy, GRACE).await?;

    let mut rows = bench.rows;
    let healthz = rows[0].per_second;
    for row in &mut rows {
        judge(row, healthz);
    }
    rows.push(Row::seeding(&seeded));
    rows.push(Row::memory(peak));
    Ok(Report {
        machine: machine(),
        database,
        customers: options.customers,
        tenants: options.tenants,
        concurrency: options.concurrency,
        duration_seconds: options.duration.as_secs_f64(),
        seeding_customers_per_second: seeded.customers_per_second,
        peak_resident_mb: peak,
        rows,
    })
}
