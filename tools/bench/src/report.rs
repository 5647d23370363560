//! The report: options, rows with their targets, the machine, and the
//! table and JSON it is written as.

use std::{path::PathBuf, time::Duration};

use anyhow::Context;
use serde::Serialize;

use crate::seed::SeedReport;

/// What to run, from the command line.
#[derive(Clone, Debug)]
pub struct Options {
    pub customers: u64,
    pub tenants: u32,
    pub concurrency: usize,
    pub duration: Duration,
    /// An empty PostgreSQL database; the embedded SQLite when absent.
    pub database_url: Option<String>,
    /// Only the scenarios named (and `healthz`, the yardstick).
    pub only: Vec<String>,
    /// TOML lines added to the measured server's configuration.
    pub settings: Vec<String>,
}

/// One scenario's result.
#[derive(Debug, Serialize)]
pub struct Row {
    pub scenario: String,
    pub ops: u64,
    pub seconds: f64,
    pub per_second: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub p999_ms: f64,
    pub errors: u64,
    /// Throughput as a fraction of the `healthz` row.
    pub of_healthz: Option<f64>,
    pub target: Option<String>,
    pub met: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Row {
    /// The seeding row: customers per second through the bulk path.
    pub fn seeding(seeded: &SeedReport) -> Self {
        let mut row = Self::total(
            "seeding",
            seeded.counts.customers,
            seeded.seconds,
            0,
            format!(
                "{} notes, {} consents",
                seeded.counts.notes, seeded.counts.consents
            ),
        );
        row.per_second = seeded.customers_per_second;
        row.target = Some("≥ 50,000 customers/s".into());
        row.met = Some(seeded.customers_per_second >= 50_000.0);
        row
    }

    /// The memory row: the server's peak resident memory over every
    /// scenario, in MB (0 where there is no /proc).
    pub fn memory(peak: f64) -> Self {
        let mut row = Self::total(
            "server memory",
            0,
            0.0,
            0,
            format!(
                "peak {peak:.0} MB resident: the `steward serve` process alone, over every scenario"
            ),
        );
        row.per_second = 0.0;
        row.target = Some("≤ 250 MB resident".into());
        // Without /proc the figure is unknown, not met.
        row.met = (peak > 0.0).then_some(peak <= 250.0);
        row
    }

    /// A row of one measured total, `ops` in `seconds`, with no latencies.
    pub fn total(
        scenario: impl Into<String>,
        ops: u64,
        seconds: f64,
        errors: u64,
        note: String,
    ) -> Self {
        Self {
            scenario: scenario.into(),
            ops,
            seconds,
            per_second: ops as f64 / seconds.max(1e-9),
            p50_ms: 0.0,
            p99_ms: 0.0,
            p999_ms: 0.0,
            errors,
            of_healthz: None,
            target: None,
            met: None,
            note: Some(note),
        }
    }
}

/// A whole run.
#[derive(Debug, Serialize)]
pub struct Report {
    pub machine: Machine,
    pub database: &'static str,
    pub customers: u64,
    pub tenants: u32,
    pub concurrency: usize,
    pub duration_seconds: f64,
    pub seeding_customers_per_second: f64,
    /// The most memory the server process held resident over the run.
    pub peak_resident_mb: f64,
    pub rows: Vec<Row>,
}

#[derive(Debug, Serialize)]
pub struct Machine {
    pub cores: usize,
    pub os: String,
    pub memory_mb: u64,
}

/// The targets Steward is held to (see docs/performance.md), checked
/// against each row.
pub fn judge(row: &mut Row, healthz: f64) {
    let ratio = row.per_second / healthz.max(1e-9);
    let one_shot = [
        "retention tick, ",
        "bulk shred ",
        "SIGTERM",
        "outbox drain",
        "overload",
        "import ",
        "export ",
    ]
    .iter()
    .any(|p| row.scenario.starts_with(p) && row.scenario != "retention tick, idle");
    if row.scenario != "healthz" && !one_shot && row.scenario != "retention tick, idle" {
        row.of_healthz = Some(ratio);
    }
    let name = match row.scenario.as_str() {
        s if s.starts_with("bulk shred ") => "bulk shred",
        s if s.starts_with("retention tick, ") && s.ends_with(" due") => "retention tick, due",
        s if s.starts_with("SIGTERM") => "SIGTERM",
        s => s,
    };
    let (target, met): (&str, bool) = match name {
        "get customer" => (
            "≥ 40% of healthz, p99 ≤ 10 ms",
            ratio >= 0.40 && row.p99_ms <= 10.0,
        ),
        "search by email" | "search by name prefix" => ("≥ 25% of healthz", ratio >= 0.25),
        "search by a single CJK character, one at a time" => ("p50 ≤ 5 ms", row.p50_ms <= 5.0),
        "list page (50)" => ("≥ 10% of healthz", ratio >= 0.10),
        "customers page (50 rows)" => ("p50 ≤ 10 ms one at a time", row.p50_ms <= 10.0),
        "overview, one at a time" => ("p50 ≤ 20 ms", row.p50_ms <= 20.0),
        "customers page of 50, sorted by name and filtered, one at a time" => {
            ("p50 ≤ 15 ms", row.p50_ms <= 15.0)
        }
        "create" | "patch" | "add note" | "complete" => ("≥ 3,000/s", row.per_second >= 3000.0),
        "PDF copy, 10 notes" => ("p50 ≤ 15 ms", row.p50_ms <= 15.0),
        "PDF copy, 10 notes, CJK name, one at a time" => ("p50 ≤ 15 ms", row.p50_ms <= 15.0),
        "PDF copy, 300 notes" => ("p50 ≤ 150 ms", row.p50_ms <= 150.0),
        "shred" => ("p50 ≤ 10 ms", row.p50_ms <= 10.0),
        "bulk shred" => ("10,000 ≤ 10 s", row.p50_ms <= 10_000.0),
        "retention tick, idle" => ("≤ 5 ms", row.p50_ms <= 5.0),
        "export 100,000 customers (csv)" | "export 100,000 customers (xlsx)" => {
            ("≤ 5 s", row.p50_ms <= 5_000.0)
        }
        "retention tick, due" => ("10,000 due ≤ 5 s", row.p50_ms <= 5_000.0),
        "outbox drain" => ("≥ 1,000 deliveries/s", row.per_second >= 1000.0),
        // Failures are counted as errors as they happen.
        "overload, 2× concurrency" => ("only 2xx, or 503/429 + Retry-After", true),
        "SIGTERM" => ("all answered, exit 0 within grace", true),
        _ => return,
    };
    row.target = Some(target.to_owned());
    // A row that did nothing, or failed anywhere, meets nothing.
    row.met = Some(met && row.errors == 0 && row.ops > 0);
}

pub fn machine() -> Machine {
    let memory_kb = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| {
            m.lines()
                .find(|l| l.starts_with("MemTotal:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        })
        .unwrap_or(0);
    Machine {
        cores: std::thread::available_parallelism().map_or(1, |n| n.get()),
        os: format!("{} {}", std::env::consts::OS, std::env::consts::ARCH),
        memory_mb: memory_kb / 1024,
    }
}

/// A memory figure of process `pid` from /proc/<pid>/status, in MB; 0 where
/// there is no /proc.
pub fn status_mb(pid: u32, key: &str) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(key))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

pub fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// The report as a table, for people.
pub fn table(report: &Report) -> String {
    let mut out = format!(
        "Steward bench — {} customers in {} tenants, {}, {} connections, {:.0} s per scenario\nmachine: {} cores, {} MB, {}\n\n",
        thousands(report.customers),
        report.tenants,
        report.database,
        report.concurrency,
        report.duration_seconds,
        report.machine.cores,
        report.machine.memory_mb,
        report.machine.os
    );
    out.push_str(&format!(
        "{:<34} {:>10} {:>9} {:>9} {:>9} {:>7} {:>8}  {:<36} {}\n",
        "scenario", "ops/s", "p50 ms", "p99 ms", "p99.9 ms", "errors", "healthz", "target", "met"
    ));
    for r in &report.rows {
        let ratio = r
            .of_healthz
            .map_or(String::new(), |x| format!("{:.0}%", x * 100.0));
        let met = match r.met {
            Some(true) => "yes",
            Some(false) => "NO",
            None => "",
        };
        // Seeding and memory are totals: no latency to show.
        let shown = |x: f64, places: usize| match x {
            0.0 => String::new(),
            x => format!("{x:.places$}"),
        };
        out.push_str(&format!(
            "{:<34} {:>10} {:>9} {:>9} {:>9} {:>7} {:>8}  {:<36} {}\n",
            r.scenario,
            shown(r.per_second, 0),
            shown(r.p50_ms, 2),
            shown(r.p99_ms, 2),
            shown(r.p999_ms, 2),
            r.errors,
            ratio,
            r.target.as_deref().unwrap_or(""),
            met
        ));
        if let Some(note) = &r.note {
            out.push_str(&format!("    {note}\n"));
        }
    }
    out
}

/// Where `--json` writes.
pub fn write_json(report: &Report, path: &PathBuf) -> anyhow::Result<()> {
    std::fs::write(path, serde_json::to_vec_pretty(report)?)
        .with_context(|| format!("writing {}", path.display()))
}
