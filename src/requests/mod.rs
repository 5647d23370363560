//! Data-subject requests: the public portal, the staff queue and the
//! reminders about due dates.

pub mod api;
mod downloads;
mod intake;
pub mod pages;
pub mod portal;
pub mod runner;
pub mod service;
mod staff;
