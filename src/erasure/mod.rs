//! Erasure: shredding a customer, or anonymizing them to a skeleton of
//! non-personal facts. Both end with the customer's data key destroyed, so
//! whatever copy of the sealed data survives anywhere (a backup, a dead
//! tuple, a WAL page) can never be opened again.
//!
//! The main database and the key store share no transaction, so the order
//! is fixed and resumable: (1) in one main-database transaction the rows go
//! (or are reduced to the skeleton), open notices close, and a pending
//! erasure is recorded; (2) the key is destroyed and evicted; (3) the
//! erasure is marked done. A run that stops after (1) leaves no readable
//! record behind, only a key nobody can reach any more; the job runner
//! finishes it with [`finish_pending`].

pub mod api;
pub mod model;
pub mod queue;
pub mod receipts;
pub mod service;
pub mod suppression;
pub mod targets;

pub use service::{Kind, Receipt, Removed, erase_rows, finish_pending};
pub use targets::Target;
