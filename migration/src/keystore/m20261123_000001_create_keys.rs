use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // A value sealed under the master key when the store is first used;
        // opening it at start-up proves the configured master key is the right one.
        m.create_table(
            Table::create()
                .table(MasterCheck::Table)
                .if_not_exists()
                .col(integer(MasterCheck::Id).primary_key())
                .col(blob(MasterCheck::Sealed))
                .col(timestamp_with_time_zone(MasterCheck::CreatedAt))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(TenantKeys::Table)
                .if_not_exists()
                .col(uuid(TenantKeys::TenantId).primary_key())
                .col(blob(TenantKeys::Wrapped))
                .col(timestamp_with_time_zone(TenantKeys::CreatedAt))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(TenantKeys::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(MasterCheck::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum MasterCheck {
    Table,
    Id,
    Sealed,
    CreatedAt,
}

#[derive(DeriveIden)]
enum TenantKeys {
    Table,
    TenantId,
    Wrapped,
    CreatedAt,
}
