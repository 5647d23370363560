//! The customers list made one's own: saved views (a name and the list's
//! query string, the owner's or shared with the tenant), each user's choice
//! of columns, and exports of ticked records.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(SavedViews::Table)
                .if_not_exists()
                .col(uuid(SavedViews::TenantId))
                .col(uuid(SavedViews::Id))
                .col(string_len(SavedViews::OwnerKind, 16))
                .col(uuid(SavedViews::OwnerId))
                .col(boolean(SavedViews::Shared).default(false))
                .col(string_len(SavedViews::Name, 200))
                .col(string_len(SavedViews::Query, 1000))
                .col(text_null(SavedViews::Columns))
                .col(timestamp_with_time_zone(SavedViews::CreatedAt))
                .col(timestamp_with_time_zone(SavedViews::UpdatedAt))
                .primary_key(
                    Index::create()
                        .col(SavedViews::TenantId)
                        .col(SavedViews::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_saved_views_tenant")
                        .from(SavedViews::Table, SavedViews::TenantId)
                        .to(Tenants::Table, Tenants::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_saved_views_owner")
                .table(SavedViews::Table)
                .col(SavedViews::TenantId)
                .col(SavedViews::OwnerKind)
                .col(SavedViews::OwnerId)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(UserPreferences::Table)
                .if_not_exists()
                .col(uuid(UserPreferences::TenantId))
                .col(string_len(UserPreferences::ActorKind, 16))
                .col(uuid(UserPreferences::ActorId))
                .col(text_null(UserPreferences::CustomerColumns))
                .col(timestamp_with_time_zone(UserPreferences::UpdatedAt))
                .primary_key(
                    Index::create()
                        .col(UserPreferences::TenantId)
                        .col(UserPreferences::ActorKind)
                        .col(UserPreferences::ActorId),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_user_preferences_tenant")
                        .from(UserPreferences::Table, UserPreferences::TenantId)
                        .to(Tenants::Table, Tenants::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Exports::Table)
                .add_column(ColumnDef::new(Exports::CustomerIds).text().null())
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Exports::Table)
                .drop_column(Exports::CustomerIds)
                .to_owned(),
        )
        .await?;
        m.drop_table(Table::drop().table(UserPreferences::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(SavedViews::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum SavedViews {
    Table,
    TenantId,
    Id,
    OwnerKind,
    OwnerId,
    Shared,
    Name,
    Query,
    Columns,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum UserPreferences {
    Table,
    TenantId,
    ActorKind,
    ActorId,
    CustomerColumns,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Exports {
    Table,
    CustomerIds,
}

#[derive(DeriveIden)]
enum Tenants {
    Table,
    Id,
}
