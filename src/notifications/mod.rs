//! In-app notices: what Steward needs the tenant to know or decide, such as
//! a customer record whose retention period is over. A notice stays open,
//! and is brought up again every `remind_every`, until someone acts on the
//! record or acknowledges it.

pub mod api;
pub mod count;
pub mod pages;
pub mod service;
