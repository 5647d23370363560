use sea_orm_migration::{prelude::*, schema::*};

use super::m20261123_000001_create_tenants::Tenants;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(AuditLog::Table)
                .if_not_exists()
                .col(uuid(AuditLog::TenantId))
                .col(uuid(AuditLog::Id))
                .col(big_integer(AuditLog::Seq))
                .col(timestamp_with_time_zone(AuditLog::At))
                .col(string_len(AuditLog::ActorKind, 16))
                .col(uuid_null(AuditLog::ActorId))
                .col(string_len(AuditLog::Action, 64))
                .col(string_len_null(AuditLog::TargetKind, 32))
                .col(string_len_null(AuditLog::TargetId, 64))
                .col(string_len_null(AuditLog::Ip, 64))
                .col(string_len_null(AuditLog::UserAgent, 512))
                .col(string_len_null(AuditLog::RequestId, 64))
                .col(text(AuditLog::Detail))
                .col(string_len(AuditLog::PrevHash, 64))
                .col(string_len(AuditLog::Hash, 64))
                .primary_key(Index::create().col(AuditLog::TenantId).col(AuditLog::Id))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_audit_log_tenant")
                        .from(AuditLog::Table, AuditLog::TenantId)
                        .to(Tenants::Table, Tenants::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_audit_log_seq")
                .table(AuditLog::Table)
                .col(AuditLog::TenantId)
                .col(AuditLog::Seq)
                .unique()
                .to_owned(),
        )
        .await?;
        // One row per tenant: the head of its hash chain. Appending updates it
        // first, which serialises writers of one tenant on every backend.
        m.create_table(
            Table::create()
                .table(AuditHeads::Table)
                .if_not_exists()
                .col(uuid(AuditHeads::TenantId).primary_key())
                .col(big_integer(AuditHeads::Seq))
                .col(string_len(AuditHeads::Hash, 64))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_audit_heads_tenant")
                        .from(AuditHeads::Table, AuditHeads::TenantId)
                        .to(Tenants::Table, Tenants::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(AuditHeads::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(AuditLog::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    TenantId,
    Id,
    Seq,
    At,
    ActorKind,
    ActorId,
    Action,
    TargetKind,
    TargetId,
    Ip,
    UserAgent,
    RequestId,
    Detail,
    PrevHash,
    Hash,
}

#[derive(DeriveIden)]
enum AuditHeads {
    Table,
    TenantId,
    Seq,
    Hash,
}
