use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // One key per export, wrapped under its tenant's key, sealing the
        // file it wrote. Deleting the row once the file is downloaded or
        // its hour passes makes every copy of it unreadable.
        m.create_table(
            Table::create()
                .table(ExportKeys::Table)
                .if_not_exists()
                .col(uuid(ExportKeys::TenantId))
                .col(uuid(ExportKeys::ExportId))
                .col(blob(ExportKeys::Wrapped))
                .col(timestamp_with_time_zone(ExportKeys::CreatedAt))
                .primary_key(
                    Index::create()
                        .col(ExportKeys::TenantId)
                        .col(ExportKeys::ExportId),
                )
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(ExportKeys::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum ExportKeys {
    Table,
    TenantId,
    ExportId,
    Wrapped,
    CreatedAt,
}
