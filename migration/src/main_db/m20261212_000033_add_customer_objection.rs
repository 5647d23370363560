//! A person's objection to direct marketing (Art. 21(2)–(3)): when it was
//! made. While set, no opt-in from a connected tool or staff applies to the
//! record; only the person's fresh, explicit consent lifts it. A request
//! keeps what the person said behind the verification link (an objection's
//! grounds), sealed under the tenant key.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Customers {
    Table,
    ObjectsToMarketingAt,
}

#[derive(DeriveIden)]
enum Requests {
    Table,
    Objection,
    DetailsSealed,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Customers::Table)
                .add_column(
                    ColumnDef::new(Customers::ObjectsToMarketingAt)
                        .timestamp_with_time_zone()
                        .null(),
                )
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Requests::Table)
                .add_column(ColumnDef::new(Requests::Objection).string_len(32).null())
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Requests::Table)
                .add_column(ColumnDef::new(Requests::DetailsSealed).binary().null())
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Customers::Table)
                .drop_column(Customers::ObjectsToMarketingAt)
                .to_owned(),
        )
        .await?;
        for col in [Requests::Objection, Requests::DetailsSealed] {
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
