use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // Marketing tools and other receivers of signed webhooks. The signing
        // secret (and the one it replaced, during a rotation's grace period)
        // is sealed under the tenant key.
        m.create_table(
            Table::create()
                .table(Integrations::Table)
                .if_not_exists()
                .col(uuid(Integrations::TenantId))
                .col(uuid(Integrations::Id))
                .col(string_len(Integrations::Kind, 16))
                .col(string_len(Integrations::Url, 2048))
                .col(text(Integrations::Events))
                .col(string_len(Integrations::Purpose, 64))
                .col(boolean(Integrations::Enabled))
                .col(string_len_null(Integrations::DisabledReason, 200))
                .col(binary(Integrations::Secret))
                .col(binary_null(Integrations::PreviousSecret))
                .col(timestamp_with_time_zone_null(Integrations::PreviousUntil))
                .col(string_len(Integrations::SnapshotEvery, 32))
                .col(timestamp_with_time_zone_null(Integrations::NextSnapshotAt))
                .col(timestamp_with_time_zone(Integrations::CreatedAt))
                .col(timestamp_with_time_zone(Integrations::UpdatedAt))
                .primary_key(
                    Index::create()
                        .col(Integrations::TenantId)
                        .col(Integrations::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_integrations_tenant")
                        .from_tbl(Integrations::Table)
                        .from_col(Integrations::TenantId)
                        .to_tbl(Tenants::Table)
                        .to_col(Tenants::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        // The inbound endpoint names the integration only.
        m.create_index(
            Index::create()
                .name("ix_integrations_id")
                .table(Integrations::Table)
                .col(Integrations::Id)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_integrations_next_snapshot")
                .table(Integrations::Table)
                .col(Integrations::NextSnapshotAt)
                .to_owned(),
        )
        .await?;

        // One event on its way to one integration. `id` is the webhook-id,
        // the same on every attempt. `sealed` holds the personal part of the
        // body (an email address) under the tenant's outbox key, and is
        // removed once the delivery is done or given up. `next_attempt_at`
        // is set only while it waits to be sent, so due work is an index range.
        m.create_table(
            Table::create()
                .table(Deliveries::Table)
                .if_not_exists()
                .col(uuid(Deliveries::TenantId))
                .col(uuid(Deliveries::Id))
                .col(uuid(Deliveries::IntegrationId))
                .col(uuid(Deliveries::EventId))
                .col(string_len(Deliveries::EventType, 40))
                .col(uuid_null(Deliveries::CustomerId))
                .col(timestamp_with_time_zone(Deliveries::EventAt))
                .col(text(Deliveries::Data))
                .col(binary_null(Deliveries::Sealed))
                .col(string_len(Deliveries::State, 16))
                .col(integer(Deliveries::Attempts))
                .col(integer(Deliveries::Failures))
                .col(timestamp_with_time_zone_null(Deliveries::NextAttemptAt))
                .col(timestamp_with_time_zone_null(Deliveries::LastAttemptAt))
                .col(integer_null(Deliveries::LastStatus))
                .col(string_len_null(Deliveries::LastError, 300))
                .col(timestamp_with_time_zone_null(Deliveries::DeliveredAt))
                .col(timestamp_with_time_zone(Deliveries::CreatedAt))
                .primary_key(
                    Index::create()
                        .col(Deliveries::TenantId)
                        .col(Deliveries::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_deliveries_tenant")
                        .from_tbl(Deliveries::Table)
                        .from_col(Deliveries::TenantId)
                        .to_tbl(Tenants::Table)
                        .to_col(Tenants::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        for (name, cols) in [
            (
                "ix_deliveries_next_attempt",
                &[Deliveries::NextAttemptAt][..],
            ),
            (
                "ix_deliveries_log",
                &[
                    Deliveries::TenantId,
                    Deliveries::IntegrationId,
                    Deliveries::Id,
                ][..],
            ),
            // Per customer and integration, the earliest undelivered event
            // goes first.
            (
                "ix_deliveries_order",
                &[
                    Deliveries::TenantId,
                    Deliveries::IntegrationId,
                    Deliveries::CustomerId,
                    Deliveries::State,
                    Deliveries::EventId,
                ][..],
            ),
            (
                "ix_deliveries_customer",
                &[Deliveries::TenantId, Deliveries::CustomerId][..],
            ),
        ] {
            let mut index = Index::create();
            index.name(name).table(Deliveries::Table);
            for col in cols {
                index.col(col.clone());
            }
            m.create_index(index.to_owned()).await?;
        }

        // The webhook-ids of accepted inbound messages, so a replay within
        // the timestamp tolerance is refused; older ones are purged.
        m.create_table(
            Table::create()
                .table(HookReceipts::Table)
                .if_not_exists()
                .col(uuid(HookReceipts::TenantId))
                .col(uuid(HookReceipts::IntegrationId))
                .col(string_len(HookReceipts::WebhookId, 200))
                .col(timestamp_with_time_zone(HookReceipts::ReceivedAt))
                .primary_key(
                    Index::create()
                        .col(HookReceipts::TenantId)
                        .col(HookReceipts::IntegrationId)
                        .col(HookReceipts::WebhookId),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_hook_receipts_tenant")
                        .from_tbl(HookReceipts::Table)
                        .from_col(HookReceipts::TenantId)
                        .to_tbl(Tenants::Table)
                        .to_col(Tenants::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_hook_receipts_received")
                .table(HookReceipts::Table)
                .col(HookReceipts::ReceivedAt)
                .to_owned(),
        )
        .await?;

        // Events gain their personal part (sealed under the outbox key) and,
        // for a change a marketing tool reported, the integration it came
        // from, which is not told its own news back.
        for column in [
            ColumnDef::new(OutboxEvents::Sealed)
                .binary()
                .null()
                .to_owned(),
            ColumnDef::new(OutboxEvents::OriginIntegrationId)
                .uuid()
                .null()
                .to_owned(),
        ] {
            m.alter_table(
                Table::alter()
                    .table(OutboxEvents::Table)
                    .add_column(column)
                    .to_owned(),
            )
            .await?;
        }
        // Notices about an integration (disabled after a 410).
        m.alter_table(
            Table::alter()
                .table(Notifications::Table)
                .add_column(ColumnDef::new(Notifications::IntegrationId).uuid().null())
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Notifications::Table)
                .drop_column(Notifications::IntegrationId)
                .to_owned(),
        )
        .await?;
        for column in [OutboxEvents::Sealed, OutboxEvents::OriginIntegrationId] {
            m.alter_table(
                Table::alter()
                    .table(OutboxEvents::Table)
                    .drop_column(column)
                    .to_owned(),
            )
            .await?;
        }
        m.drop_table(Table::drop().table(HookReceipts::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(Deliveries::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(Integrations::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Tenants {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Notifications {
    Table,
    IntegrationId,
}

#[derive(DeriveIden)]
enum OutboxEvents {
    Table,
    Sealed,
    OriginIntegrationId,
}

#[derive(DeriveIden)]
enum Integrations {
    Table,
    TenantId,
    Id,
    Kind,
    Url,
    Events,
    Purpose,
    Enabled,
    DisabledReason,
    Secret,
    PreviousSecret,
    PreviousUntil,
    SnapshotEvery,
    NextSnapshotAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone)]
enum Deliveries {
    Table,
    TenantId,
    Id,
    IntegrationId,
    EventId,
    EventType,
    CustomerId,
    EventAt,
    Data,
    Sealed,
    State,
    Attempts,
    Failures,
    NextAttemptAt,
    LastAttemptAt,
    LastStatus,
    LastError,
    DeliveredAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum HookReceipts {
    Table,
    TenantId,
    IntegrationId,
    WebhookId,
    ReceivedAt,
}
