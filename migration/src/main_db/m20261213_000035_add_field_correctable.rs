//! Rectification (Art. 16): which custom fields a person may ask to have
//! corrected through the portal. The standard details (name, email, phone,
//! address, company) always may; a custom field only when the tenant marks
//! it correctable.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum FieldDefs {
    Table,
    Correctable,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(FieldDefs::Table)
                .add_column(
                    ColumnDef::new(FieldDefs::Correctable)
                        .boolean()
                        .not_null()
                        .default(false),
                )
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(FieldDefs::Table)
                .drop_column(FieldDefs::Correctable)
                .to_owned(),
        )
        .await
    }
}
