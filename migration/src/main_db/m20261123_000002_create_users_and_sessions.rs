use sea_orm_migration::{prelude::*, schema::*};

use super::m20261123_000001_create_tenants::Tenants;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Users::Table)
                .if_not_exists()
                .col(uuid(Users::TenantId))
                .col(uuid(Users::Id))
                .col(string_len(Users::Email, 254))
                .col(string_len(Users::Name, 200))
                .col(string_len(Users::PasswordHash, 200))
                .col(string_len(Users::Role, 16))
                .col(blob_null(Users::TotpSecret))
                .col(boolean(Users::TotpEnabled).default(false))
                .col(big_integer_null(Users::TotpLastStep))
                .col(boolean(Users::Disabled).default(false))
                .col(timestamp_with_time_zone(Users::CreatedAt))
                .col(timestamp_with_time_zone(Users::UpdatedAt))
                .primary_key(Index::create().col(Users::TenantId).col(Users::Id))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_users_tenant")
                        .from(Users::Table, Users::TenantId)
                        .to(Tenants::Table, Tenants::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_users_tenant_email")
                .table(Users::Table)
                .col(Users::TenantId)
                .col(Users::Email)
                .unique()
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Sessions::Table)
                .if_not_exists()
                .col(uuid(Sessions::TenantId))
                .col(uuid(Sessions::Id))
                .col(uuid(Sessions::UserId))
                .col(string_len(Sessions::TokenHash, 64))
                .col(timestamp_with_time_zone(Sessions::CreatedAt))
                .col(timestamp_with_time_zone(Sessions::LastSeenAt))
                .col(timestamp_with_time_zone(Sessions::ExpiresAt))
                .col(string_len_null(Sessions::Ip, 64))
                .col(string_len_null(Sessions::UserAgent, 512))
                .col(timestamp_with_time_zone_null(Sessions::RevokedAt))
                .primary_key(Index::create().col(Sessions::TenantId).col(Sessions::Id))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_sessions_user")
                        .from_tbl(Sessions::Table)
                        .from_col(Sessions::TenantId)
                        .from_col(Sessions::UserId)
                        .to_tbl(Users::Table)
                        .to_col(Users::TenantId)
                        .to_col(Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_sessions_token")
                .table(Sessions::Table)
                .col(Sessions::TenantId)
                .col(Sessions::TokenHash)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_sessions_user")
                .table(Sessions::Table)
                .col(Sessions::TenantId)
                .col(Sessions::UserId)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(ApiTokens::Table)
                .if_not_exists()
                .col(uuid(ApiTokens::TenantId))
                .col(uuid(ApiTokens::Id))
                .col(string_len(ApiTokens::Name, 100))
                .col(string_len(ApiTokens::Role, 16))
                .col(string_len(ApiTokens::TokenHash, 64))
                .col(uuid(ApiTokens::CreatedBy))
                .col(timestamp_with_time_zone(ApiTokens::CreatedAt))
                .col(timestamp_with_time_zone_null(ApiTokens::LastUsedAt))
                .col(timestamp_with_time_zone_null(ApiTokens::RevokedAt))
                .primary_key(Index::create().col(ApiTokens::TenantId).col(ApiTokens::Id))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_api_tokens_creator")
                        .from_tbl(ApiTokens::Table)
                        .from_col(ApiTokens::TenantId)
                        .from_col(ApiTokens::CreatedBy)
                        .to_tbl(Users::Table)
                        .to_col(Users::TenantId)
                        .to_col(Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_api_tokens_token")
                .table(ApiTokens::Table)
                .col(ApiTokens::TenantId)
                .col(ApiTokens::TokenHash)
                .unique()
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(ApiTokens::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(Sessions::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(Users::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
pub enum Users {
    Table,
    TenantId,
    Id,
    Email,
    Name,
    PasswordHash,
    Role,
    TotpSecret,
    TotpEnabled,
    TotpLastStep,
    Disabled,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    TenantId,
    Id,
    UserId,
    TokenHash,
    CreatedAt,
    LastSeenAt,
    ExpiresAt,
    Ip,
    UserAgent,
    RevokedAt,
}

#[derive(DeriveIden)]
enum ApiTokens {
    Table,
    TenantId,
    Id,
    Name,
    Role,
    TokenHash,
    CreatedBy,
    CreatedAt,
    LastUsedAt,
    RevokedAt,
}
