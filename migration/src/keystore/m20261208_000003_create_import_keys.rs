use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // One key per import, wrapped under its tenant's key, sealing the
        // uploaded file and its refused rows. Deleting the row when the
        // import ends makes every copy of them unreadable.
        m.create_table(
            Table::create()
                .table(ImportKeys::Table)
                .if_not_exists()
                .col(uuid(ImportKeys::TenantId))
                .col(uuid(ImportKeys::ImportId))
                .col(blob(ImportKeys::Wrapped))
                .col(timestamp_with_time_zone(ImportKeys::CreatedAt))
                .primary_key(
                    Index::create()
                        .col(ImportKeys::TenantId)
                        .col(ImportKeys::ImportId),
                )
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(ImportKeys::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum ImportKeys {
    Table,
    TenantId,
    ImportId,
    Wrapped,
    CreatedAt,
}
