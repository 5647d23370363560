//! The list sorted by name counts a view's records per name bucket, and the
//! view is most often one state (active, complete). With the state in the
//! bucket index, that count is a walk of the index alone, and the records
//! of the page's bucket are found in it without reading any other: the
//! index `(tenant_id, name_bucket, id)` becomes `(tenant_id, name_bucket,
//! state, id)`, so writes keep the same number of indexes.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Customers {
    Table,
    TenantId,
    Id,
    NameBucket,
    State,
}

const OLD: &str = "ix_customers_tenant_name_bucket";
const NEW: &str = "ix_customers_tenant_name_bucket_state";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_index(
            Index::create()
                .name(NEW)
                .table(Customers::Table)
                .col(Customers::TenantId)
                .col(Customers::NameBucket)
                .col(Customers::State)
                .col(Customers::Id)
                .to_owned(),
        )
        .await?;
        m.drop_index(Index::drop().name(OLD).table(Customers::Table).to_owned())
            .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_index(
            Index::create()
                .name(OLD)
                .table(Customers::Table)
                .col(Customers::TenantId)
                .col(Customers::NameBucket)
                .col(Customers::Id)
                .to_owned(),
        )
        .await?;
        m.drop_index(Index::drop().name(NEW).table(Customers::Table).to_owned())
            .await
    }
}
