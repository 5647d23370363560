//! Data-subject requests: the public portal, the staff queue and the
//! reminders about due dates.

pub mod api;
pub mod count;
mod detail;
pub mod downloads;
pub mod identity;
pub mod intake;
pub mod pages;
pub mod portal;
pub mod queue;
pub mod rectification;
pub mod restriction;
pub mod runner;
pub mod service;
pub mod staff;
mod view;
