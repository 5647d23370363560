//! Restrictions a request granted (Art. 18): which records a request
//! restricted, so a restriction the person asked for (or one staff put on
//! while deciding their request) is lifted only after they are told
//! (Art. 18(3)). A restriction request keeps the ground the person chose;
//! a request whose restriction is to be lifted keeps the date it will be,
//! and when it was.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Requests {
    Table,
    Ground,
    RestrictedIds,
    LiftAt,
    LiftedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let columns = [
            ColumnDef::new(Requests::Ground)
                .string_len(32)
                .null()
                .to_owned(),
            ColumnDef::new(Requests::RestrictedIds)
                .text()
                .null()
                .to_owned(),
            ColumnDef::new(Requests::LiftAt)
                .timestamp_with_time_zone()
                .null()
                .to_owned(),
            ColumnDef::new(Requests::LiftedAt)
                .timestamp_with_time_zone()
                .null()
                .to_owned(),
        ];
        // One column at a time: SQLite adds only one per statement.
        for mut col in columns {
            m.alter_table(
                Table::alter()
                    .table(Requests::Table)
                    .add_column(&mut col)
                    .to_owned(),
            )
            .await?;
        }
        // The runner looks for restrictions due to be lifted.
        m.create_index(
            Index::create()
                .name("ix_requests_lift_at")
                .table(Requests::Table)
                .col(Requests::LiftAt)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(
            Index::drop()
                .name("ix_requests_lift_at")
                .table(Requests::Table)
                .to_owned(),
        )
        .await?;
        for col in [
            Requests::Ground,
            Requests::RestrictedIds,
            Requests::LiftAt,
            Requests::LiftedAt,
        ] {
            m.alter_table(
                Table::alter()
                    .table(Requests::Table)
                    .drop_column(col)
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }
}
