//! Steward: a multi-tenant customer-records system that makes the
//! controller's GDPR duties cheap and provable.

pub mod audit;
pub mod auth;
pub mod backup;
pub mod clock;
pub mod config;
pub mod consent;
pub mod context;
pub mod copy;
pub mod crypto;
pub mod customers;
pub mod db;
pub mod duration;
pub mod erasure;
pub mod error;
pub mod faults;
pub mod fields;
pub mod http;
pub mod i18n;
pub mod jobs;
pub mod mail;
pub mod notifications;
pub mod outbox;
pub mod pagination;
pub mod recipients;
pub mod requests;
pub mod retention;
pub mod startup;
pub mod state;
pub mod storage;
pub mod sync;
pub mod telemetry;
pub mod templates;
pub mod tenants;
pub mod users;
pub mod values;
