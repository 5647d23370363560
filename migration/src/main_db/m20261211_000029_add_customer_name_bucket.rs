//! The customers list sorts by name without reading names in SQL: each
//! record keeps an order-preserving *name bucket* in the clear — the first
//! letter of its name, case- and accent-folded (one bucket per Latin letter
//! A–Z, one for digits and symbols, one per other script) — so a page of the
//! list sorted by name opens only the records of the bucket(s) it falls in.
//! Null until the record is written again or the job runner's backfill
//! reaches it, and for an anonymized record. Indexes per tenant for each
//! sort key of the list.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Customers {
    Table,
    TenantId,
    Id,
    NameBucket,
    State,
    CreatedAt,
    UpdatedAt,
    ExpiresAt,
}

/// Each sort key of the list, with the ID that breaks ties.
const INDEXES: [(&str, Customers); 5] = [
    ("ix_customers_tenant_name_bucket", Customers::NameBucket),
    ("ix_customers_tenant_state", Customers::State),
    ("ix_customers_tenant_created_at", Customers::CreatedAt),
    ("ix_customers_tenant_updated_at", Customers::UpdatedAt),
    ("ix_customers_tenant_expires_at", Customers::ExpiresAt),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Customers::Table)
                .add_column(ColumnDef::new(Customers::NameBucket).small_integer().null())
                .to_owned(),
        )
        .await?;
        for (name, col) in INDEXES {
            m.create_index(
                Index::create()
                    .name(name)
                    .table(Customers::Table)
                    .col(Customers::TenantId)
                    .col(col)
                    .col(Customers::Id)
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for (name, _) in INDEXES {
            m.drop_index(Index::drop().name(name).table(Customers::Table).to_owned())
                .await?;
        }
        m.alter_table(
            Table::alter()
                .table(Customers::Table)
                .drop_column(Customers::NameBucket)
                .to_owned(),
        )
        .await
    }
}
