use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // Whether the tenant keeps a suppression list of erased addresses.
        m.alter_table(
            Table::alter()
                .table(Tenants::Table)
                .add_column(boolean(Tenants::SuppressErased).default(false))
                .to_owned(),
        )
        .await?;
        // HMACs, under a key derived from the tenant key, of the email
        // addresses of customers erased on request: a returning address can
        // be recognised, but no address can be read from the list.
        m.create_table(
            Table::create()
                .table(Suppressions::Table)
                .if_not_exists()
                .col(uuid(Suppressions::TenantId))
                .col(binary_len(Suppressions::Digest, 32))
                .col(timestamp_with_time_zone(Suppressions::CreatedAt))
                .primary_key(
                    Index::create()
                        .col(Suppressions::TenantId)
                        .col(Suppressions::Digest),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_suppressions_tenant")
                        .from_tbl(Suppressions::Table)
                        .from_col(Suppressions::TenantId)
                        .to_tbl(Tenants::Table)
                        .to_col(Tenants::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(Suppressions::Table).to_owned())
            .await?;
        m.alter_table(
            Table::alter()
                .table(Tenants::Table)
                .drop_column(Tenants::SuppressErased)
                .to_owned(),
        )
        .await
    }
}

#[derive(DeriveIden)]
enum Tenants {
    Table,
    Id,
    SuppressErased,
}

#[derive(DeriveIden)]
enum Suppressions {
    Table,
    TenantId,
    Digest,
    CreatedAt,
}
