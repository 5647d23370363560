use sea_orm_migration::{prelude::*, schema::*};

use super::m20261123_000001_create_tenants::Tenants;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // A tenant's custom fields. Only the definitions live here; the values
        // are sealed inside each customer record, keyed by the field's `id`,
        // so a field deleted and defined again under the same key starts empty.
        m.create_table(
            Table::create()
                .table(FieldDefs::Table)
                .if_not_exists()
                .col(uuid(FieldDefs::TenantId))
                .col(uuid(FieldDefs::Id))
                .col(string_len(FieldDefs::Key, 40))
                .col(string_len(FieldDefs::Label, 100))
                .col(string_len(FieldDefs::Kind, 16))
                .col(text_null(FieldDefs::Options))
                .col(boolean(FieldDefs::Required))
                .col(string_len(FieldDefs::VisibleTo, 16))
                .col(boolean(FieldDefs::Personal))
                .col(timestamp_with_time_zone(FieldDefs::CreatedAt))
                .col(timestamp_with_time_zone(FieldDefs::UpdatedAt))
                .primary_key(Index::create().col(FieldDefs::TenantId).col(FieldDefs::Id))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_field_defs_tenant")
                        .from(FieldDefs::Table, FieldDefs::TenantId)
                        .to(Tenants::Table, Tenants::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_field_defs_key")
                .table(FieldDefs::Table)
                .col(FieldDefs::TenantId)
                .col(FieldDefs::Key)
                .unique()
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(FieldDefs::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum FieldDefs {
    Table,
    TenantId,
    Id,
    Key,
    Label,
    Kind,
    Options,
    Required,
    VisibleTo,
    Personal,
    CreatedAt,
    UpdatedAt,
}
