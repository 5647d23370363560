use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // Where a job that walks a large table a little each tick stopped,
        // so every tick costs the same however large the table.
        m.create_table(
            Table::create()
                .table(JobCursors::Table)
                .if_not_exists()
                .col(string_len(JobCursors::Name, 40).primary_key())
                .col(text(JobCursors::Position))
                .col(timestamp_with_time_zone(JobCursors::UpdatedAt))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(JobCursors::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum JobCursors {
    Table,
    Name,
    Position,
    UpdatedAt,
}
