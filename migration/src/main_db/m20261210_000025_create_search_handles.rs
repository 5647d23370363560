//! Search handles: a posted search kept server-side, sealed, for the
//! session that made it, so its results have a URL (`/customers?s=…`)
//! that carries no search word.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(SearchHandles::Table)
                .if_not_exists()
                .col(uuid(SearchHandles::TenantId))
                .col(uuid(SearchHandles::Id))
                .col(uuid(SearchHandles::UserId))
                .col(uuid(SearchHandles::SessionId))
                .col(blob(SearchHandles::Sealed))
                .col(timestamp_with_time_zone(SearchHandles::CreatedAt))
                .col(timestamp_with_time_zone(SearchHandles::ExpiresAt))
                .primary_key(
                    Index::create()
                        .col(SearchHandles::TenantId)
                        .col(SearchHandles::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_search_handles_session")
                        .from_tbl(SearchHandles::Table)
                        .from_col(SearchHandles::TenantId)
                        .from_col(SearchHandles::SessionId)
                        .to_tbl(Sessions::Table)
                        .to_col(Sessions::TenantId)
                        .to_col(Sessions::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_search_handles_session")
                .table(SearchHandles::Table)
                .col(SearchHandles::TenantId)
                .col(SearchHandles::SessionId)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_search_handles_expiry")
                .table(SearchHandles::Table)
                .col(SearchHandles::ExpiresAt)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(SearchHandles::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum SearchHandles {
    Table,
    TenantId,
    Id,
    UserId,
    SessionId,
    Sealed,
    CreatedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    TenantId,
    Id,
}
