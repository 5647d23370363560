//! Who the controller is and how it looks to the people in its records:
//! legal identity, privacy contact, data protection officer, supervisory
//! authority, privacy notice, accent colour and automated decisions on the
//! tenant; its logo; its register of recipients; and its consent purposes
//! with a label and description per language.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveIden)]
enum Tenants {
    Table,
    Id,
    LegalName,
    PostalAddress,
    PrivacyEmail,
    DpoName,
    DpoContact,
    Authority,
    AuthorityName,
    AuthorityUrl,
    PrivacyNoticeUrl,
    AccentColour,
    AutomatedDecisions,
    LogoAt,
}

#[derive(DeriveIden)]
enum TenantLogos {
    Table,
    TenantId,
    ContentType,
    Bytes,
    Width,
    Height,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Recipients {
    Table,
    TenantId,
    Id,
    IntegrationId,
    Name,
    Receives,
    Purpose,
    Country,
    Safeguard,
    Retention,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Purposes {
    Table,
    TenantId,
    Key,
    Labels,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveMigrationName)]
pub struct Migration;

fn tenant_fk(table: impl IntoIden, column: impl IntoIden, name: &str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from_tbl(table)
        .from_col(column)
        .to_tbl(Tenants::Table)
        .to_col(Tenants::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let columns = [
            (Tenants::LegalName, 200),
            (Tenants::PostalAddress, 500),
            (Tenants::PrivacyEmail, 254),
            (Tenants::DpoName, 200),
            (Tenants::DpoContact, 254),
            (Tenants::Authority, 16),
            (Tenants::AuthorityName, 200),
            (Tenants::AuthorityUrl, 500),
            (Tenants::PrivacyNoticeUrl, 500),
            (Tenants::AccentColour, 7),
            (Tenants::AutomatedDecisions, 2000),
        ];
        // One column a statement: SQLite alters a table one column at a time.
        for (column, len) in columns {
            m.alter_table(
                Table::alter()
                    .table(Tenants::Table)
                    .add_column(ColumnDef::new(column).string_len(len).null())
                    .to_owned(),
            )
            .await?;
        }
        m.alter_table(
            Table::alter()
                .table(Tenants::Table)
                .add_column(timestamp_with_time_zone_null(Tenants::LogoAt))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(TenantLogos::Table)
                .if_not_exists()
                .col(uuid(TenantLogos::TenantId).primary_key())
                .col(string_len(TenantLogos::ContentType, 32))
                .col(binary(TenantLogos::Bytes))
                .col(integer(TenantLogos::Width))
                .col(integer(TenantLogos::Height))
                .col(timestamp_with_time_zone(TenantLogos::UpdatedAt))
                .foreign_key(&mut tenant_fk(
                    TenantLogos::Table,
                    TenantLogos::TenantId,
                    "fk_tenant_logos_tenant",
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Recipients::Table)
                .if_not_exists()
                .col(uuid(Recipients::TenantId))
                .col(uuid(Recipients::Id))
                .col(uuid_null(Recipients::IntegrationId))
                .col(string_len(Recipients::Name, 200))
                .col(string_len(Recipients::Receives, 500))
                .col(string_len(Recipients::Purpose, 500))
                .col(string_len_null(Recipients::Country, 2))
                .col(string_len_null(Recipients::Safeguard, 16))
                .col(string_len_null(Recipients::Retention, 200))
                .col(timestamp_with_time_zone(Recipients::CreatedAt))
                .col(timestamp_with_time_zone(Recipients::UpdatedAt))
                .primary_key(
                    Index::create()
                        .col(Recipients::TenantId)
                        .col(Recipients::Id),
                )
                .foreign_key(&mut tenant_fk(
                    Recipients::Table,
                    Recipients::TenantId,
                    "fk_recipients_tenant",
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Purposes::Table)
                .if_not_exists()
                .col(uuid(Purposes::TenantId))
                .col(string_len(Purposes::Key, 64))
                .col(text(Purposes::Labels))
                .col(timestamp_with_time_zone(Purposes::CreatedAt))
                .col(timestamp_with_time_zone(Purposes::UpdatedAt))
                .primary_key(Index::create().col(Purposes::TenantId).col(Purposes::Key))
                .foreign_key(&mut tenant_fk(
                    Purposes::Table,
                    Purposes::TenantId,
                    "fk_purposes_tenant",
                ))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Purposes::Table.into_iden(),
            Recipients::Table.into_iden(),
            TenantLogos::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        for column in [
            Tenants::LegalName,
            Tenants::PostalAddress,
            Tenants::PrivacyEmail,
            Tenants::DpoName,
            Tenants::DpoContact,
            Tenants::Authority,
            Tenants::AuthorityName,
            Tenants::AuthorityUrl,
            Tenants::PrivacyNoticeUrl,
            Tenants::AccentColour,
            Tenants::AutomatedDecisions,
            Tenants::LogoAt,
        ] {
            m.alter_table(
                Table::alter()
                    .table(Tenants::Table)
                    .drop_column(column)
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }
}
