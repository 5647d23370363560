use sea_orm_migration::{prelude::*, schema::*};

use super::m20261123_000001_create_tenants::Tenants;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // One row per tenant that set its own policy; others use the default.
        m.create_table(
            Table::create()
                .table(RetentionPolicies::Table)
                .if_not_exists()
                .col(uuid(RetentionPolicies::TenantId).primary_key())
                .col(big_integer(RetentionPolicies::ExpireAfterSecs))
                .col(string_len(RetentionPolicies::Action, 16))
                .col(big_integer(RetentionPolicies::RemindEverySecs))
                .col(text(RetentionPolicies::EmailTo))
                .col(boolean(RetentionPolicies::Webhook))
                .col(timestamp_with_time_zone(RetentionPolicies::UpdatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_retention_policies_tenant")
                        .from(RetentionPolicies::Table, RetentionPolicies::TenantId)
                        .to(Tenants::Table, Tenants::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        // Due work across all tenants is found by this index, so an idle tick
        // costs the same however many records there are.
        m.create_index(
            Index::create()
                .name("ix_customers_expires_at")
                .table(Customers::Table)
                .col(Customers::ExpiresAt)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(
            Index::drop()
                .name("ix_customers_expires_at")
                .table(Customers::Table)
                .to_owned(),
        )
        .await?;
        m.drop_table(Table::drop().table(RetentionPolicies::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum RetentionPolicies {
    Table,
    TenantId,
    ExpireAfterSecs,
    Action,
    RemindEverySecs,
    EmailTo,
    Webhook,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Customers {
    Table,
    ExpiresAt,
}
