//! The register of recipients and processors (GDPR Art. 13(1)(e)–(f),
//! 15(1)(c), 15(2), 30(1)(d)–(e)): who receives the tenant's customers'
//! data, what, why, where, under which transfer safeguard and for how long.
//!
//! `service` keeps the tenant's own entries (the one writer of the
//! `recipients` table); `register` merges them with the integrations, each
//! of which is a recipient whether or not an entry describes it, and says
//! who receives one customer's data, for their copy. The portal shows the
//! register to the public (`requests::portal`).

pub mod api;
pub mod pages;
pub mod register;
pub mod service;
