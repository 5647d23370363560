//! Imports: a file of customers being moved in. The file itself is kept
//! only sealed, in chunks under a key of its own in the key store, until the
//! import ends (or 24 hours pass); refused rows likewise, for the refused-
//! rows file. Forgetting the key makes every copy of them unreadable.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveIden)]
enum Tenants {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Imports {
    Table,
    TenantId,
    Id,
    ActorKind,
    ActorId,
    State,
    FileNameHash,
    Format,
    Encoding,
    Delimiter,
    Headers,
    Mapping,
    SizeBytes,
    Chunks,
    NextRow,
    Counts,
    LeaseUntil,
    Failure,
    CreatedAt,
    UpdatedAt,
    ExpiresAt,
    FinishedAt,
}

#[derive(DeriveIden)]
enum ImportChunks {
    Table,
    TenantId,
    ImportId,
    Seq,
    Data,
}

#[derive(DeriveIden)]
enum ImportRefusals {
    Table,
    TenantId,
    ImportId,
    Line,
    Cells,
    Reason,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

fn to_import(table: impl IntoIden, name: &str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from_tbl(table)
        .from_col(Alias::new("tenant_id"))
        .from_col(Alias::new("import_id"))
        .to_tbl(Imports::Table)
        .to_col(Imports::TenantId)
        .to_col(Imports::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Imports::Table)
                .if_not_exists()
                .col(uuid(Imports::TenantId))
                .col(uuid(Imports::Id))
                .col(string(Imports::ActorKind))
                .col(uuid_null(Imports::ActorId))
                .col(string(Imports::State))
                .col(string(Imports::FileNameHash))
                .col(string(Imports::Format))
                .col(string(Imports::Encoding))
                .col(string(Imports::Delimiter))
                .col(text(Imports::Headers))
                .col(text_null(Imports::Mapping))
                .col(big_integer(Imports::SizeBytes))
                .col(integer(Imports::Chunks))
                .col(big_integer(Imports::NextRow).default(0))
                .col(text(Imports::Counts))
                .col(timestamp_with_time_zone_null(Imports::LeaseUntil))
                .col(text_null(Imports::Failure))
                .col(timestamp_with_time_zone(Imports::CreatedAt))
                .col(timestamp_with_time_zone(Imports::UpdatedAt))
                .col(timestamp_with_time_zone(Imports::ExpiresAt))
                .col(timestamp_with_time_zone_null(Imports::FinishedAt))
                .primary_key(Index::create().col(Imports::TenantId).col(Imports::Id))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_imports_tenant")
                        .from(Imports::Table, Imports::TenantId)
                        .to(Tenants::Table, Tenants::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        // The job finds work and what is past its time by these.
        m.create_index(
            Index::create()
                .name("idx_imports_state")
                .table(Imports::Table)
                .col(Imports::State)
                .col(Imports::ExpiresAt)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ImportChunks::Table)
                .if_not_exists()
                .col(uuid(ImportChunks::TenantId))
                .col(uuid(ImportChunks::ImportId))
                .col(integer(ImportChunks::Seq))
                .col(blob(ImportChunks::Data))
                .primary_key(
                    Index::create()
                        .col(ImportChunks::TenantId)
                        .col(ImportChunks::ImportId)
                        .col(ImportChunks::Seq),
                )
                .foreign_key(&mut to_import(
                    ImportChunks::Table,
                    "fk_import_chunks_import",
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ImportRefusals::Table)
                .if_not_exists()
                .col(uuid(ImportRefusals::TenantId))
                .col(uuid(ImportRefusals::ImportId))
                .col(big_integer(ImportRefusals::Line))
                .col(blob(ImportRefusals::Cells))
                .col(text(ImportRefusals::Reason))
                .primary_key(
                    Index::create()
                        .col(ImportRefusals::TenantId)
                        .col(ImportRefusals::ImportId)
                        .col(ImportRefusals::Line),
                )
                .foreign_key(&mut to_import(
                    ImportRefusals::Table,
                    "fk_import_refusals_import",
                ))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            ImportRefusals::Table.into_iden(),
            ImportChunks::Table.into_iden(),
            Imports::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
