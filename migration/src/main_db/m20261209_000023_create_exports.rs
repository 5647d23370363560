//! Exports: a list view of customers written out as CSV or XLSX. The file
//! is kept only sealed, in chunks under a key of its own in the key store,
//! until it is downloaded once or its hour passes. And the tenant's switch
//! that lets staff export (admins and owners always may).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveIden)]
enum Tenants {
    Table,
    Id,
    StaffMayExport,
}

#[derive(DeriveIden)]
enum Exports {
    Table,
    TenantId,
    Id,
    ActorKind,
    ActorId,
    Role,
    State,
    Format,
    Filter,
    Query,
    Rows,
    TokenHash,
    SizeBytes,
    Chunks,
    LeaseUntil,
    Failure,
    CreatedAt,
    UpdatedAt,
    ExpiresAt,
    FinishedAt,
}

#[derive(DeriveIden)]
enum ExportChunks {
    Table,
    TenantId,
    ExportId,
    Seq,
    Data,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Tenants::Table)
                .add_column(
                    ColumnDef::new(Tenants::StaffMayExport)
                        .boolean()
                        .not_null()
                        .default(true),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Exports::Table)
                .if_not_exists()
                .col(uuid(Exports::TenantId))
                .col(uuid(Exports::Id))
                .col(string(Exports::ActorKind))
                .col(uuid_null(Exports::ActorId))
                .col(string(Exports::Role))
                .col(string(Exports::State))
                .col(string(Exports::Format))
                .col(string(Exports::Filter))
                .col(blob_null(Exports::Query))
                .col(big_integer(Exports::Rows).default(0))
                .col(blob(Exports::TokenHash))
                .col(big_integer(Exports::SizeBytes).default(0))
                .col(integer(Exports::Chunks).default(0))
                .col(timestamp_with_time_zone_null(Exports::LeaseUntil))
                .col(text_null(Exports::Failure))
                .col(timestamp_with_time_zone(Exports::CreatedAt))
                .col(timestamp_with_time_zone(Exports::UpdatedAt))
                .col(timestamp_with_time_zone(Exports::ExpiresAt))
                .col(timestamp_with_time_zone_null(Exports::FinishedAt))
                .primary_key(Index::create().col(Exports::TenantId).col(Exports::Id))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_exports_tenant")
                        .from(Exports::Table, Exports::TenantId)
                        .to(Tenants::Table, Tenants::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        // The job finds builds to take over and files past their hour by these.
        m.create_index(
            Index::create()
                .name("idx_exports_state")
                .table(Exports::Table)
                .col(Exports::State)
                .col(Exports::ExpiresAt)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ExportChunks::Table)
                .if_not_exists()
                .col(uuid(ExportChunks::TenantId))
                .col(uuid(ExportChunks::ExportId))
                .col(integer(ExportChunks::Seq))
                .col(blob(ExportChunks::Data))
                .primary_key(
                    Index::create()
                        .col(ExportChunks::TenantId)
                        .col(ExportChunks::ExportId)
                        .col(ExportChunks::Seq),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_export_chunks_export")
                        .from_tbl(ExportChunks::Table)
                        .from_col(ExportChunks::TenantId)
                        .from_col(ExportChunks::ExportId)
                        .to_tbl(Exports::Table)
                        .to_col(Exports::TenantId)
                        .to_col(Exports::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [ExportChunks::Table.into_iden(), Exports::Table.into_iden()] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        m.alter_table(
            Table::alter()
                .table(Tenants::Table)
                .drop_column(Tenants::StaffMayExport)
                .to_owned(),
        )
        .await
    }
}
