//! Languages: each tenant's default language for what it sends, the
//! language each portal request was made in (its emails use it), each
//! staff member's language for the pages, and the sender name a message
//! goes out under (the organisation's name).

use sea_orm_migration::prelude::*;

#[derive(DeriveIden)]
enum Tenants {
    Table,
    DefaultLanguage,
}

#[derive(DeriveIden)]
enum Requests {
    Table,
    Language,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Language,
}

#[derive(DeriveIden)]
enum MailOutbox {
    Table,
    SenderName,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

fn add(table: impl IntoIden, column: ColumnDef) -> TableAlterStatement {
    let mut column = column;
    Table::alter()
        .table(table)
        .add_column(&mut column)
        .to_owned()
}

fn drop(table: impl IntoIden, column: impl IntoIden) -> TableAlterStatement {
    Table::alter().table(table).drop_column(column).to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(add(
            Tenants::Table,
            ColumnDef::new(Tenants::DefaultLanguage)
                .string_len(16)
                .not_null()
                .default("en")
                .to_owned(),
        ))
        .await?;
        m.alter_table(add(
            Requests::Table,
            ColumnDef::new(Requests::Language)
                .string_len(16)
                .null()
                .to_owned(),
        ))
        .await?;
        m.alter_table(add(
            Users::Table,
            ColumnDef::new(Users::Language)
                .string_len(16)
                .null()
                .to_owned(),
        ))
        .await?;
        m.alter_table(add(
            MailOutbox::Table,
            ColumnDef::new(MailOutbox::SenderName)
                .string_len(200)
                .null()
                .to_owned(),
        ))
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(drop(MailOutbox::Table, MailOutbox::SenderName))
            .await?;
        m.alter_table(drop(Users::Table, Users::Language)).await?;
        m.alter_table(drop(Requests::Table, Requests::Language))
            .await?;
        m.alter_table(drop(Tenants::Table, Tenants::DefaultLanguage))
            .await
    }
}
