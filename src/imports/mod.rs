//! Moving customers in: a CSV or XLSX file read in whatever encoding and
//! layout it came in (`read`), its columns mapped to Steward's fields with
//! suggestions (`mapping`).

pub mod api;
pub mod check;
pub mod mapping;
pub mod read;
pub mod service;
pub mod store;
