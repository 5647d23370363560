use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // Data-subject requests made through the portal. The requester's
        // address is sealed under the tenant key and removed once the
        // request is closed and answered; tokens are stored as hashes.
        m.create_table(
            Table::create()
                .table(Requests::Table)
                .if_not_exists()
                .col(uuid(Requests::TenantId))
                .col(uuid(Requests::Id))
                .col(string_len(Requests::Kind, 16))
                .col(string_len(Requests::State, 16))
                .col(binary_null(Requests::EmailSealed))
                .col(text_null(Requests::CustomerIds))
                .col(timestamp_with_time_zone(Requests::ReceivedAt))
                .col(binary_len_null(Requests::VerifyTokenHash, 32))
                .col(timestamp_with_time_zone_null(Requests::VerifyExpiresAt))
                .col(timestamp_with_time_zone_null(Requests::VerifiedAt))
                .col(timestamp_with_time_zone_null(Requests::DueAt))
                .col(timestamp_with_time_zone_null(Requests::ExtendedAt))
                .col(text_null(Requests::ExtensionReason))
                .col(string_len_null(Requests::Noticed, 16))
                .col(timestamp_with_time_zone_null(Requests::ClosedAt))
                .col(uuid_null(Requests::ClosedBy))
                .col(string_len_null(Requests::Outcome, 32))
                .col(text_null(Requests::Reason))
                .col(binary_len_null(Requests::DownloadTokenHash, 32))
                .col(timestamp_with_time_zone_null(Requests::DownloadExpiresAt))
                .col(text_null(Requests::Downloaded))
                .primary_key(Index::create().col(Requests::TenantId).col(Requests::Id))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_requests_tenant")
                        .from_tbl(Requests::Table)
                        .from_col(Requests::TenantId)
                        .to_tbl(Tenants::Table)
                        .to_col(Tenants::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        for (name, cols) in [
            (
                "ix_requests_tenant_state_due",
                &[Requests::TenantId, Requests::State, Requests::DueAt][..],
            ),
            (
                "ix_requests_state_due",
                &[Requests::State, Requests::DueAt][..],
            ),
            (
                "ix_requests_verify_expires",
                &[Requests::VerifyExpiresAt][..],
            ),
        ] {
            let mut index = Index::create();
            index.name(name).table(Requests::Table);
            for c in cols {
                index.col(c.clone());
            }
            m.create_index(index.to_owned()).await?;
        }
        for (name, col) in [
            ("ux_requests_verify_token", Requests::VerifyTokenHash),
            ("ux_requests_download_token", Requests::DownloadTokenHash),
        ] {
            m.create_index(
                Index::create()
                    .name(name)
                    .table(Requests::Table)
                    .col(Requests::TenantId)
                    .col(col)
                    .unique()
                    .to_owned(),
            )
            .await?;
        }
        // Notices about requests near or past their due date.
        m.alter_table(
            Table::alter()
                .table(Notifications::Table)
                .add_column(uuid_null(Notifications::RequestId))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Notifications::Table)
                .drop_column(Notifications::RequestId)
                .to_owned(),
        )
        .await?;
        m.drop_table(Table::drop().table(Requests::Table).to_owned())
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
    RequestId,
}

#[derive(DeriveIden, Clone)]
enum Requests {
    Table,
    TenantId,
    Id,
    Kind,
    State,
    EmailSealed,
    CustomerIds,
    ReceivedAt,
    VerifyTokenHash,
    VerifyExpiresAt,
    VerifiedAt,
    DueAt,
    ExtendedAt,
    ExtensionReason,
    Noticed,
    ClosedAt,
    ClosedBy,
    Outcome,
    Reason,
    DownloadTokenHash,
    DownloadExpiresAt,
    Downloaded,
}
