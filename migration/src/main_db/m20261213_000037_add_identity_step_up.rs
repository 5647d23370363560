//! Identity confirmed by staff before some requests are answered
//! (Art. 12(2), 12(6)): which kinds need it and whether the person may
//! upload an identity document, per tenant; what staff said about how
//! identity was confirmed (sealed under the tenant key); and the uploaded
//! documents, sealed, in their own table so that they are never loaded with
//! the requests and are deleted on their own.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Tenants {
    Table,
    Id,
    IdentityKinds,
    IdentityDocuments,
}

#[derive(DeriveIden)]
enum Requests {
    Table,
    TenantId,
    Id,
    IdentityHowSealed,
}

#[derive(DeriveIden)]
enum RequestDocuments {
    Table,
    TenantId,
    RequestId,
    ContentType,
    Size,
    BytesSealed,
    UploadedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Tenants::Table)
                .add_column(
                    ColumnDef::new(Tenants::IdentityKinds)
                        .string_len(200)
                        .not_null()
                        .default(""),
                )
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Tenants::Table)
                .add_column(
                    ColumnDef::new(Tenants::IdentityDocuments)
                        .boolean()
                        .not_null()
                        .default(false),
                )
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Requests::Table)
                .add_column(ColumnDef::new(Requests::IdentityHowSealed).binary().null())
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(RequestDocuments::Table)
                .if_not_exists()
                .col(uuid(RequestDocuments::TenantId))
                .col(uuid(RequestDocuments::RequestId))
                .col(string_len(RequestDocuments::ContentType, 32))
                .col(integer(RequestDocuments::Size))
                .col(binary(RequestDocuments::BytesSealed))
                .col(timestamp_with_time_zone(RequestDocuments::UploadedAt))
                .primary_key(
                    Index::create()
                        .col(RequestDocuments::TenantId)
                        .col(RequestDocuments::RequestId),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_request_documents_tenant")
                        .from(RequestDocuments::Table, RequestDocuments::TenantId)
                        .to(Tenants::Table, Tenants::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_request_documents_request")
                        .from_tbl(RequestDocuments::Table)
                        .from_col(RequestDocuments::TenantId)
                        .from_col(RequestDocuments::RequestId)
                        .to_tbl(Requests::Table)
                        .to_col(Requests::TenantId)
                        .to_col(Requests::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_request_documents_uploaded")
                .table(RequestDocuments::Table)
                .col(RequestDocuments::UploadedAt)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(RequestDocuments::Table).to_owned())
            .await?;
        m.alter_table(
            Table::alter()
                .table(Requests::Table)
                .drop_column(Requests::IdentityHowSealed)
                .to_owned(),
        )
        .await?;
        for col in [Tenants::IdentityKinds, Tenants::IdentityDocuments] {
            m.alter_table(
                Table::alter()
                    .table(Tenants::Table)
                    .drop_column(col)
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }
}
