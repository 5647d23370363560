//! Staff accounts of a tenant and their roles. The last owner can never be
//! demoted or disabled, so a tenant is never left without someone in charge.

pub mod api;
pub mod names;
pub mod pages;
pub mod service;
