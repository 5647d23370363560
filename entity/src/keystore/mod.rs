//! Entities of the key store database.

pub mod master_check;
pub mod tenant_key;
