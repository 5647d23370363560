use sea_orm_migration::{prelude::*, schema::*};

use super::m20261123_000001_create_tenants::Tenants;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // Plaintext columns hold lifecycle facts only; every personal field is
        // in `sealed`, encrypted under the customer's own data key.
        m.create_table(
            Table::create()
                .table(Customers::Table)
                .if_not_exists()
                .col(uuid(Customers::TenantId))
                .col(uuid(Customers::Id))
                .col(string_len(Customers::State, 16))
                .col(timestamp_with_time_zone_null(Customers::CompletedAt))
                .col(timestamp_with_time_zone_null(Customers::ExpiresAt))
                .col(boolean(Customers::Restricted).default(false))
                .col(boolean(Customers::LegalHold).default(false))
                .col(big_integer(Customers::Version))
                .col(blob(Customers::Sealed))
                .col(timestamp_with_time_zone(Customers::CreatedAt))
                .col(timestamp_with_time_zone(Customers::UpdatedAt))
                .primary_key(Index::create().col(Customers::TenantId).col(Customers::Id))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_customers_tenant")
                        .from(Customers::Table, Customers::TenantId)
                        .to(Tenants::Table, Tenants::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_customers_state")
                .table(Customers::Table)
                .col(Customers::TenantId)
                .col(Customers::State)
                .col(Customers::Id)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(Customers::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Customers {
    Table,
    TenantId,
    Id,
    State,
    CompletedAt,
    ExpiresAt,
    Restricted,
    LegalHold,
    Version,
    Sealed,
    CreatedAt,
    UpdatedAt,
}
