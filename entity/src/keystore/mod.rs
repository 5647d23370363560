//! Entities of the key store database.

pub mod customer_key;
pub mod export_key;
pub mod import_key;
pub mod master_check;
pub mod tenant_key;
