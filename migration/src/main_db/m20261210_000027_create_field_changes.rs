//! A record's field history: each change names the fields it touched (keys,
//! no values) and keeps their values before and after sealed under the
//! customer's own data key, so destroying the key destroys the history.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(FieldChanges::Table)
                .if_not_exists()
                .col(uuid(FieldChanges::TenantId))
                .col(uuid(FieldChanges::Id))
                .col(uuid(FieldChanges::CustomerId))
                .col(string_len(FieldChanges::ActorKind, 16))
                .col(uuid(FieldChanges::ActorId))
                .col(text(FieldChanges::Fields))
                .col(blob(FieldChanges::Sealed))
                .col(timestamp_with_time_zone(FieldChanges::CreatedAt))
                .primary_key(
                    Index::create()
                        .col(FieldChanges::TenantId)
                        .col(FieldChanges::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_field_changes_customer")
                        .from_tbl(FieldChanges::Table)
                        .from_col(FieldChanges::TenantId)
                        .from_col(FieldChanges::CustomerId)
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
                .name("ix_field_changes_customer")
                .table(FieldChanges::Table)
                .col(FieldChanges::TenantId)
                .col(FieldChanges::CustomerId)
                .col(FieldChanges::Id)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(FieldChanges::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum FieldChanges {
    Table,
    TenantId,
    Id,
    CustomerId,
    ActorKind,
    ActorId,
    Fields,
    Sealed,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Customers {
    Table,
    TenantId,
    Id,
}
