//! The audit trail of one record, as a customer's page shows it: an index on
//! the target, newest first by sequence.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    TenantId,
    TargetKind,
    TargetId,
    Seq,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_index(
            Index::create()
                .name("ix_audit_log_target")
                .table(AuditLog::Table)
                .col(AuditLog::TenantId)
                .col(AuditLog::TargetKind)
                .col(AuditLog::TargetId)
                .col(AuditLog::Seq)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(
            Index::drop()
                .name("ix_audit_log_target")
                .table(AuditLog::Table)
                .to_owned(),
        )
        .await
    }
}
