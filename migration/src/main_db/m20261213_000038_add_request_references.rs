//! Short reference numbers for data-subject requests (`R-2026-0042`): what
//! the person and staff quote instead of a long ID. Each tenant numbers its
//! requests per calendar year; the tenant row keeps the year and the last
//! number given. Requests made before numbering are numbered here, in the
//! order they were received.
//!
//! The reasons staff give a person (a refusal's, an extension's) are kept
//! sealed under the tenant key from now on, like everything a person wrote;
//! the requests runner seals the ones kept in plain text before.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Requests {
    Table,
    TenantId,
    Reference,
    ReasonSealed,
    ExtensionReasonSealed,
}

#[derive(DeriveIden)]
enum Tenants {
    Table,
    RequestsYear,
    RequestsNumbered,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Requests::Table)
                .add_column(ColumnDef::new(Requests::Reference).string_len(24).null())
                .to_owned(),
        )
        .await?;
        for col in [Requests::ReasonSealed, Requests::ExtensionReasonSealed] {
            m.alter_table(
                Table::alter()
                    .table(Requests::Table)
                    .add_column(ColumnDef::new(col).binary().null())
                    .to_owned(),
            )
            .await?;
        }
        m.alter_table(
            Table::alter()
                .table(Tenants::Table)
                .add_column(ColumnDef::new(Tenants::RequestsYear).integer().null())
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Tenants::Table)
                .add_column(
                    ColumnDef::new(Tenants::RequestsNumbered)
                        .integer()
                        .not_null()
                        .default(0),
                )
                .to_owned(),
        )
        .await?;
        let db = m.get_connection();
        let (year, padded) = match db.get_database_backend() {
            DbBackend::Postgres => (
                "CAST(EXTRACT(YEAR FROM received_at) AS INTEGER)",
                "lpad(CAST(n.k AS TEXT), 4, '0')",
            ),
            // Times are stored as ISO 8601 text, the year first.
            _ => (
                "CAST(substr(received_at, 1, 4) AS INTEGER)",
                "substr('000' || n.k, -4, 4)",
            ),
        };
        // Existing requests, numbered per tenant and year in the order
        // they were received; then each tenant's counter at its latest.
        db.execute_unprepared(&format!(
            "UPDATE requests SET reference = (
                SELECT 'R-' || CAST(n.y AS TEXT) || '-' || CASE WHEN n.k < 10000
                    THEN {padded} ELSE CAST(n.k AS TEXT) END
                FROM (SELECT id, {year} AS y,
                             ROW_NUMBER() OVER (PARTITION BY tenant_id, {year}
                                                ORDER BY received_at, id) AS k
                      FROM requests) n
                WHERE n.id = requests.id)"
        ))
        .await?;
        db.execute_unprepared(&format!(
            "UPDATE tenants SET
                requests_year = (SELECT MAX({year}) FROM requests r WHERE r.tenant_id = tenants.id),
                requests_numbered = COALESCE((
                    SELECT COUNT(*) FROM requests r
                    WHERE r.tenant_id = tenants.id
                      AND {year} = (SELECT MAX({year}) FROM requests q WHERE q.tenant_id = tenants.id)
                ), 0)"
        ))
        .await?;
        m.create_index(
            Index::create()
                .name("ux_requests_reference")
                .table(Requests::Table)
                .col(Requests::TenantId)
                .col(Requests::Reference)
                .unique()
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(
            Index::drop()
                .name("ux_requests_reference")
                .table(Requests::Table)
                .to_owned(),
        )
        .await?;
        for col in [
            Requests::Reference,
            Requests::ReasonSealed,
            Requests::ExtensionReasonSealed,
        ] {
            m.alter_table(
                Table::alter()
                    .table(Requests::Table)
                    .drop_column(col)
                    .to_owned(),
            )
            .await?;
        }
        for col in [Tenants::RequestsYear, Tenants::RequestsNumbered] {
            m.alter_table(
                Table::alter()
                    .table(Tenants::Table)
                    .drop_column(col)
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }
}
