//! The overview's counts, each an index range: completed records by expiry,
//! open notices by kind, and a person's own entries of the audit log,
//! newest first.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Customers {
    Table,
    TenantId,
    State,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum Notifications {
    Table,
    TenantId,
    ClosedAt,
    Kind,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    TenantId,
    ActorId,
    Seq,
}

const NAMES: [&str; 3] = [
    "ix_customers_tenant_state_expires",
    "ix_notifications_tenant_open_kind",
    "ix_audit_log_actor",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let indexes = [
            Index::create()
                .name(NAMES[0])
                .table(Customers::Table)
                .col(Customers::TenantId)
                .col(Customers::State)
                .col(Customers::ExpiresAt)
                .to_owned(),
            Index::create()
                .name(NAMES[1])
                .table(Notifications::Table)
                .col(Notifications::TenantId)
                .col(Notifications::ClosedAt)
                .col(Notifications::Kind)
                .to_owned(),
            Index::create()
                .name(NAMES[2])
                .table(AuditLog::Table)
                .col(AuditLog::TenantId)
                .col(AuditLog::ActorId)
                .col(AuditLog::Seq)
                .to_owned(),
        ];
        for index in indexes {
            m.create_index(index).await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let drops = [
            Index::drop()
                .name(NAMES[0])
                .table(Customers::Table)
                .to_owned(),
            Index::drop()
                .name(NAMES[1])
                .table(Notifications::Table)
                .to_owned(),
            Index::drop()
                .name(NAMES[2])
                .table(AuditLog::Table)
                .to_owned(),
        ];
        for drop in drops {
            m.drop_index(drop).await?;
        }
        Ok(())
    }
}
