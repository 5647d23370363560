use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // How many of the warnings before a cancelled tenant's purge were sent
        // (7 days, then 1 day before).
        m.alter_table(
            Table::alter()
                .table(Tenants::Table)
                .add_column(integer(Tenants::PurgeWarnings).default(0))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_tenants_purge_at")
                .table(Tenants::Table)
                .col(Tenants::PurgeAt)
                .to_owned(),
        )
        .await?;
        // What is kept of a purged tenant: how to reach the client, for a
        // while, and nothing of its customers. No foreign key: the tenant row
        // is gone.
        m.create_table(
            Table::create()
                .table(TenantContacts::Table)
                .if_not_exists()
                .col(uuid(TenantContacts::TenantId).primary_key())
                .col(string_len(TenantContacts::Slug, 63))
                .col(string_len(TenantContacts::Name, 200))
                .col(text(TenantContacts::Emails))
                .col(timestamp_with_time_zone_null(TenantContacts::CancelledAt))
                .col(timestamp_with_time_zone(TenantContacts::PurgedAt))
                .col(timestamp_with_time_zone_null(
                    TenantContacts::KeysDestroyedAt,
                ))
                .col(timestamp_with_time_zone(TenantContacts::DeleteAfter))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_tenant_contacts_delete_after")
                .table(TenantContacts::Table)
                .col(TenantContacts::DeleteAfter)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(TenantContacts::Table).to_owned())
            .await?;
        m.drop_index(
            Index::drop()
                .name("ix_tenants_purge_at")
                .table(Tenants::Table)
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Tenants::Table)
                .drop_column(Tenants::PurgeWarnings)
                .to_owned(),
        )
        .await
    }
}

#[derive(DeriveIden)]
enum Tenants {
    Table,
    PurgeAt,
    PurgeWarnings,
}

#[derive(DeriveIden)]
enum TenantContacts {
    Table,
    TenantId,
    Slug,
    Name,
    Emails,
    CancelledAt,
    PurgedAt,
    KeysDestroyedAt,
    DeleteAfter,
}
