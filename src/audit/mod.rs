//! The audit log: who did what to which record, when and from where. Append
//! only and hash-chained per tenant, so an altered or removed row is detected.
//! Rows carry IDs, never personal data of customers (GDPR Art. 5(2), 30).

pub mod api;
pub mod events;
mod export;
mod origin;
pub mod pages;
pub(crate) mod reads;
mod service;

pub use origin::Origin;
pub use reads::ReadLog;

pub use service::{
    Actor, Each, Entry, Filter, VerifyReport, append, append_each, append_many, for_target, list,
    numbered, page_of, start_chain, total, verify,
};
