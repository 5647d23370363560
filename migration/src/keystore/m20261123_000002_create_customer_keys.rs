use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // One data key per customer, wrapped under its tenant's key. Deleting
        // the row is what shreds the customer in every copy of the main database.
        m.create_table(
            Table::create()
                .table(CustomerKeys::Table)
                .if_not_exists()
                .col(uuid(CustomerKeys::TenantId))
                .col(uuid(CustomerKeys::CustomerId))
                .col(blob(CustomerKeys::Wrapped))
                .col(timestamp_with_time_zone(CustomerKeys::CreatedAt))
                .primary_key(
                    Index::create()
                        .col(CustomerKeys::TenantId)
                        .col(CustomerKeys::CustomerId),
                )
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(CustomerKeys::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum CustomerKeys {
    Table,
    TenantId,
    CustomerId,
    Wrapped,
    CreatedAt,
}
