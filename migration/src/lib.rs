//! Schema migrations for Steward's two databases: the main database and the
//! key store. Append-only: one file per change, never edited once released.

pub use sea_orm_migration::prelude::*;

pub mod keystore;
pub mod main_db;

pub use keystore::Migrator as KeystoreMigrator;
pub use main_db::Migrator;
