use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Tenants::Table)
                .if_not_exists()
                .col(uuid(Tenants::Id).primary_key())
                .col(string_len_uniq(Tenants::Slug, 63))
                .col(string_len(Tenants::Name, 200))
                .col(string_len(Tenants::State, 16))
                .col(string_len_null(Tenants::ContactEmail, 254))
                .col(boolean(Tenants::RequireTotpForAdmins).default(false))
                .col(timestamp_with_time_zone(Tenants::CreatedAt))
                .col(timestamp_with_time_zone_null(Tenants::CancelledAt))
                .col(timestamp_with_time_zone_null(Tenants::ExportUntil))
                .col(timestamp_with_time_zone_null(Tenants::PurgeAt))
                .to_owned(),
        )
        .await?;
        // Failed-login counters are keyed by a hash of the account or the IP,
        // so the table holds no personal data and belongs to no tenant.
        m.create_table(
            Table::create()
                .table(LoginThrottle::Table)
                .if_not_exists()
                .col(string_len(LoginThrottle::Key, 80).primary_key())
                .col(integer(LoginThrottle::Failures))
                .col(timestamp_with_time_zone(LoginThrottle::WindowStart))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(LoginThrottle::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(Tenants::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
pub enum Tenants {
    Table,
    Id,
    Slug,
    Name,
    State,
    ContactEmail,
    RequireTotpForAdmins,
    CreatedAt,
    CancelledAt,
    ExportUntil,
    PurgeAt,
}

#[derive(DeriveIden)]
enum LoginThrottle {
    Table,
    Key,
    Failures,
    WindowStart,
}
