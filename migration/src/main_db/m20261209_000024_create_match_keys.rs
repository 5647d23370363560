//! Likely duplicates and merged records: the match keys a record is
//! compared by (blind, like the search tokens, but one kind each, so a
//! shared key means a shared email, phone, or name and company), and the
//! survivor a merged record's receipt points to.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(MatchKeys::Table)
                .if_not_exists()
                .col(uuid(MatchKeys::TenantId))
                .col(binary_len(MatchKeys::Key, 16))
                .col(uuid(MatchKeys::CustomerId))
                .col(string_len(MatchKeys::Kind, 16))
                .primary_key(
                    Index::create()
                        .col(MatchKeys::TenantId)
                        .col(MatchKeys::Key)
                        .col(MatchKeys::CustomerId),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_match_keys_customer")
                        .from_tbl(MatchKeys::Table)
                        .from_col(MatchKeys::TenantId)
                        .from_col(MatchKeys::CustomerId)
                        .to_tbl(Customers::Table)
                        .to_col(Customers::TenantId)
                        .to_col(Customers::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_match_keys_customer")
                .table(MatchKeys::Table)
                .col(MatchKeys::TenantId)
                .col(MatchKeys::CustomerId)
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Erasures::Table)
                .add_column(ColumnDef::new(Erasures::MergedInto).uuid().null())
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Erasures::Table)
                .drop_column(Erasures::MergedInto)
                .to_owned(),
        )
        .await?;
        m.drop_table(Table::drop().table(MatchKeys::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum MatchKeys {
    Table,
    TenantId,
    Key,
    CustomerId,
    Kind,
}

#[derive(DeriveIden)]
enum Customers {
    Table,
    TenantId,
    Id,
}

#[derive(DeriveIden)]
enum Erasures {
    Table,
    MergedInto,
}
