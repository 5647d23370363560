//! `steward bench` and `steward seed`: the load generator and the synthetic
//! data it (and the demo) runs on, kept out of the server library.
//!
//! `steward bench` seeds a throw-away Steward through the bulk path, serves
//! it on loopback by a child `steward serve` (so its memory is its own and
//! it can be sent SIGTERM), and drives it over HTTP from this process's own
//! client, one scenario group after another (`scenarios/`). Job runs are
//! timed in this process, as `steward jobs run-once` would run them. Each
//! row is also given as a fraction of `healthz`, what HTTP alone costs on
//! this machine, so runs on different machines can be compared by how close
//! Steward comes to the limit of its HTTP stack.

mod drive;
mod load;
mod report;
mod run;
mod scenarios;
mod serve;

pub mod seed;
pub mod soak;

pub use report::{Machine, Options, Report, Row, table, write_json};
pub use run::run;
