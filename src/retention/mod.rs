//! Retention: how long a record may live after it is marked complete, and
//! what happens when that time is up.

pub mod api;
mod digest;
pub mod pages;
pub mod runner;
pub mod service;

pub use service::{Action, Policy};
