use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // A note's text is sealed under its customer's data key, so it goes
        // with the customer when the key is destroyed.
        m.create_table(
            Table::create()
                .table(Notes::Table)
                .if_not_exists()
                .col(uuid(Notes::TenantId))
                .col(uuid(Notes::Id))
                .col(uuid(Notes::CustomerId))
                .col(string_len(Notes::AuthorKind, 16))
                .col(uuid(Notes::AuthorId))
                .col(blob(Notes::Sealed))
                .col(timestamp_with_time_zone(Notes::CreatedAt))
                .primary_key(Index::create().col(Notes::TenantId).col(Notes::Id))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_notes_customer")
                        .from_tbl(Notes::Table)
                        .from_col(Notes::TenantId)
                        .from_col(Notes::CustomerId)
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
                .name("ix_notes_customer")
                .table(Notes::Table)
                .col(Notes::TenantId)
                .col(Notes::CustomerId)
                .col(Notes::Id)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(Notes::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Notes {
    Table,
    TenantId,
    Id,
    CustomerId,
    AuthorKind,
    AuthorId,
    Sealed,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Customers {
    Table,
    TenantId,
    Id,
}
