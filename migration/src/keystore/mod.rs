//! Migrations of the key store: the small, separate database that holds the
//! wrapped keys. Destroying a row here is what makes shredded data unreadable.
use sea_orm_migration::prelude::*;

mod m20261123_000001_create_keys;
mod m20261123_000002_create_customer_keys;
mod m20261208_000003_create_import_keys;
mod m20261209_000004_create_export_keys;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261123_000001_create_keys::Migration),
            Box::new(m20261123_000002_create_customer_keys::Migration),
            Box::new(m20261208_000003_create_import_keys::Migration),
            Box::new(m20261209_000004_create_export_keys::Migration),
        ]
    }

    fn migration_table_name() -> DynIden {
        "seaql_keystore_migrations".into_iden()
    }
}
