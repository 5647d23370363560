//! Customer records: the personal data a tenant holds as controller. Every
//! personal field is sealed under the customer's own data key, so that
//! destroying that key erases the person from every copy (GDPR Art. 17), and
//! restriction (Art. 18) and legal hold are part of the record.

pub mod api;
pub mod backfill;
pub mod bulk;
pub mod bulk_actions;
pub mod bulk_api;
pub mod columns;
pub mod duplicates;
pub mod handles;
pub mod history;
pub mod lifecycle;
pub mod merge;
pub mod merge_api;
pub mod notes;
pub mod pages;
pub mod read;
mod record;
pub mod record_api;
pub mod search;
pub mod service;
pub mod sort;
pub mod tasks;
pub mod view;
pub mod views;
pub mod views_api;
pub mod write;

pub use record::Personal;
