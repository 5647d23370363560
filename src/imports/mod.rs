//! Moving customers in: a CSV or XLSX file read in whatever encoding and
//! layout it came in (`read`), its columns mapped to Steward's fields with
//! suggestions (`mapping`), kept sealed until it is run (`store`), every
//! row checked and counted (`check`), then written in batches by a run any
//! instance can take over (`run`).

pub mod api;
pub mod check;
pub mod mapping;
pub mod pages;
pub mod read;
pub mod run;
pub mod service;
pub mod store;
