use sea_orm_migration::{prelude::*, schema::*};

use super::m20261123_000001_create_tenants::Tenants;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // `due_at`: when the job runner must next look at a record; set only
        // while the record is complete, not held, not restricted and not yet
        // brought up, so due work is an index range and an idle tick reads nothing.
        // `facts`: what an anonymized record keeps (non-personal custom fields).
        for column in [
            ColumnDef::new(Customers::DueAt)
                .timestamp_with_time_zone()
                .null()
                .to_owned(),
            ColumnDef::new(Customers::Facts).text().null().to_owned(),
        ] {
            m.alter_table(
                Table::alter()
                    .table(Customers::Table)
                    .add_column(column)
                    .to_owned(),
            )
            .await?;
        }
        // Records completed before this migration are due at their expiry.
        m.exec_stmt(
            Query::update()
                .table(Customers::Table)
                .value(Customers::DueAt, Expr::col(Customers::ExpiresAt))
                .and_where(Expr::col(Customers::State).eq("complete"))
                .and_where(Expr::col(Customers::LegalHold).eq(false))
                .and_where(Expr::col(Customers::Restricted).eq(false))
                .to_owned(),
        )
        .await?;
        // Which tenants have due work (all of them at once), and a tenant's
        // due records: each an index range.
        m.create_index(
            Index::create()
                .name("ix_customers_due_at")
                .table(Customers::Table)
                .col(Customers::DueAt)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_customers_tenant_due_at")
                .table(Customers::Table)
                .col(Customers::TenantId)
                .col(Customers::DueAt)
                .to_owned(),
        )
        .await?;

        // In-app notices. Open while `closed_at` is null; reminders are due by
        // `next_remind_at`, again an index range.
        m.create_table(
            Table::create()
                .table(Notifications::Table)
                .if_not_exists()
                .col(uuid(Notifications::TenantId))
                .col(uuid(Notifications::Id))
                .col(string_len(Notifications::Kind, 40))
                .col(uuid_null(Notifications::CustomerId))
                .col(timestamp_with_time_zone(Notifications::CreatedAt))
                .col(integer(Notifications::Reminders))
                .col(timestamp_with_time_zone_null(Notifications::LastRemindedAt))
                .col(timestamp_with_time_zone_null(Notifications::NextRemindAt))
                .col(timestamp_with_time_zone_null(Notifications::AckedAt))
                .col(uuid_null(Notifications::AckedBy))
                .col(timestamp_with_time_zone_null(Notifications::ClosedAt))
                .col(string_len_null(Notifications::ClosedReason, 40))
                .primary_key(
                    Index::create()
                        .col(Notifications::TenantId)
                        .col(Notifications::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_notifications_tenant")
                        .from(Notifications::Table, Notifications::TenantId)
                        .to(Tenants::Table, Tenants::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_notifications_next_remind_at")
                .table(Notifications::Table)
                .col(Notifications::NextRemindAt)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_notifications_tenant_next_remind_at")
                .table(Notifications::Table)
                .col(Notifications::TenantId)
                .col(Notifications::NextRemindAt)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_notifications_customer")
                .table(Notifications::Table)
                .col(Notifications::TenantId)
                .col(Notifications::CustomerId)
                .to_owned(),
        )
        .await?;
        // At most one open notice of a kind per record, whatever runs at once.
        m.get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX ux_notifications_open ON notifications \
                 (tenant_id, customer_id, kind) WHERE closed_at IS NULL",
            )
            .await?;

        // Emails waiting to go out. Written in the transaction of what they
        // report, sent by the runner, retried until sent or given up. Not
        // owned by a tenant: some (such as the notice that a tenant's data
        // was purged) must outlive it; none carries customers' data.
        m.create_table(
            Table::create()
                .table(MailOutbox::Table)
                .if_not_exists()
                .col(uuid(MailOutbox::Id).primary_key())
                .col(string_len(MailOutbox::Kind, 40))
                .col(text(MailOutbox::Recipients))
                .col(text(MailOutbox::Subject))
                .col(text(MailOutbox::BodyText))
                .col(text(MailOutbox::BodyHtml))
                .col(timestamp_with_time_zone(MailOutbox::CreatedAt))
                .col(integer(MailOutbox::Attempts))
                .col(timestamp_with_time_zone_null(MailOutbox::NextAttemptAt))
                .col(timestamp_with_time_zone_null(MailOutbox::SentAt))
                .col(text_null(MailOutbox::LastError))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_mail_outbox_next_attempt_at")
                .table(MailOutbox::Table)
                .col(MailOutbox::NextAttemptAt)
                .to_owned(),
        )
        .await?;

        // Events for the tenant's integrations, written in the transaction of
        // the change they announce; delivered by the integrations' runner.
        m.create_table(
            Table::create()
                .table(OutboxEvents::Table)
                .if_not_exists()
                .col(uuid(OutboxEvents::TenantId))
                .col(uuid(OutboxEvents::Id))
                .col(string_len(OutboxEvents::Kind, 40))
                .col(uuid_null(OutboxEvents::CustomerId))
                .col(text(OutboxEvents::Data))
                .col(timestamp_with_time_zone(OutboxEvents::CreatedAt))
                .primary_key(
                    Index::create()
                        .col(OutboxEvents::TenantId)
                        .col(OutboxEvents::Id),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_outbox_events_tenant")
                        .from(OutboxEvents::Table, OutboxEvents::TenantId)
                        .to(Tenants::Table, Tenants::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;

        // Erasures: the receipt of each, and the marker that its key still
        // has to be destroyed (`done_at` null) should a run stop half-way.
        m.create_table(
            Table::create()
                .table(Erasures::Table)
                .if_not_exists()
                .col(uuid(Erasures::TenantId))
                .col(uuid(Erasures::CustomerId))
                .col(string_len(Erasures::Kind, 16))
                .col(string_len(Erasures::ByKind, 16))
                .col(uuid_null(Erasures::ById))
                .col(text(Erasures::Removed))
                .col(timestamp_with_time_zone(Erasures::RequestedAt))
                .col(timestamp_with_time_zone_null(Erasures::DoneAt))
                .primary_key(
                    Index::create()
                        .col(Erasures::TenantId)
                        .col(Erasures::CustomerId),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_erasures_tenant")
                        .from(Erasures::Table, Erasures::TenantId)
                        .to(Tenants::Table, Tenants::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_erasures_done_at")
                .table(Erasures::Table)
                .col(Erasures::DoneAt)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Erasures::Table.into_iden(),
            OutboxEvents::Table.into_iden(),
            MailOutbox::Table.into_iden(),
            Notifications::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        for index in ["ix_customers_due_at", "ix_customers_tenant_due_at"] {
            m.drop_index(Index::drop().name(index).table(Customers::Table).to_owned())
                .await?;
        }
        for column in [Customers::DueAt, Customers::Facts] {
            m.alter_table(
                Table::alter()
                    .table(Customers::Table)
                    .drop_column(column)
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Customers {
    Table,
    TenantId,
    State,
    ExpiresAt,
    LegalHold,
    Restricted,
    DueAt,
    Facts,
}

#[derive(DeriveIden)]
enum Notifications {
    Table,
    TenantId,
    Id,
    Kind,
    CustomerId,
    CreatedAt,
    Reminders,
    LastRemindedAt,
    NextRemindAt,
    AckedAt,
    AckedBy,
    ClosedAt,
    ClosedReason,
}

#[derive(DeriveIden)]
enum MailOutbox {
    Table,
    Id,
    Kind,
    Recipients,
    Subject,
    BodyText,
    BodyHtml,
    CreatedAt,
    Attempts,
    NextAttemptAt,
    SentAt,
    LastError,
}

#[derive(DeriveIden)]
enum OutboxEvents {
    Table,
    TenantId,
    Id,
    Kind,
    CustomerId,
    Data,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Erasures {
    Table,
    TenantId,
    CustomerId,
    Kind,
    ByKind,
    ById,
    Removed,
    RequestedAt,
    DoneAt,
}
