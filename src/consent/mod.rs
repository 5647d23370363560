//! Consent: an append-only history, per customer and purpose, of what the
//! customer agreed to or withdrew, on which lawful basis (GDPR Art. 6, 7(1):
//! the controller must be able to show consent was given), from where and
//! recorded by whom.

pub mod api;
pub mod latest;
pub mod merge;
pub mod pages;
pub mod purposes;
pub mod service;
