//! Tenants: the client organisations, each the controller of its customers'
//! personal data. Creating one makes its key, its audit chain and its owner.

pub mod api;
pub mod demo;
pub mod identity;
pub mod logo;
pub mod offboarding;
pub mod pages;
pub mod service;
