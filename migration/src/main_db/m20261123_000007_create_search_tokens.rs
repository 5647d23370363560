use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // Blind index: truncated HMACs of normalised emails, phones and name
        // prefixes under a per-tenant key. Equal values give equal tokens
        // within a tenant only; the values themselves are not stored.
        m.create_table(
            Table::create()
                .table(SearchTokens::Table)
                .if_not_exists()
                .col(uuid(SearchTokens::TenantId))
                .col(binary_len(SearchTokens::Token, 16))
                .col(uuid(SearchTokens::CustomerId))
                .primary_key(
                    Index::create()
                        .col(SearchTokens::TenantId)
                        .col(SearchTokens::Token)
                        .col(SearchTokens::CustomerId),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_search_tokens_customer")
                        .from_tbl(SearchTokens::Table)
                        .from_col(SearchTokens::TenantId)
                        .from_col(SearchTokens::CustomerId)
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
                .name("ix_search_tokens_customer")
                .table(SearchTokens::Table)
                .col(SearchTokens::TenantId)
                .col(SearchTokens::CustomerId)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(SearchTokens::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum SearchTokens {
    Table,
    TenantId,
    Token,
    CustomerId,
}

#[derive(DeriveIden)]
enum Customers {
    Table,
    TenantId,
    Id,
}
