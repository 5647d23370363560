use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // Append-only: each change of a customer's consent for one purpose is a
        // new row. Evidence text is sealed under the customer's key.
        m.create_table(
            Table::create()
                .table(Consents::Table)
                .if_not_exists()
                .col(uuid(Consents::TenantId))
                .col(uuid(Consents::Id))
                .col(uuid(Consents::CustomerId))
                .col(string_len(Consents::Purpose, 64))
                .col(boolean(Consents::Granted))
                .col(string_len(Consents::Basis, 32))
                .col(string_len(Consents::Source, 16))
                .col(string_len(Consents::ActorKind, 16))
                .col(uuid_null(Consents::ActorId))
                .col(blob_null(Consents::Evidence))
                .col(timestamp_with_time_zone(Consents::At))
                .primary_key(Index::create().col(Consents::TenantId).col(Consents::Id))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_consents_customer")
                        .from_tbl(Consents::Table)
                        .from_col(Consents::TenantId)
                        .from_col(Consents::CustomerId)
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
                .name("ix_consents_customer")
                .table(Consents::Table)
                .col(Consents::TenantId)
                .col(Consents::CustomerId)
                .col(Consents::Id)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(Consents::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Consents {
    Table,
    TenantId,
    Id,
    CustomerId,
    Purpose,
    Granted,
    Basis,
    Source,
    ActorKind,
    ActorId,
    Evidence,
    At,
}

#[derive(DeriveIden)]
enum Customers {
    Table,
    TenantId,
    Id,
}
