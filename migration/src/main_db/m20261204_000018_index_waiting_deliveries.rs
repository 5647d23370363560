//! The deliveries still waiting, per customer and integration in event
//! order: a claim finds each customer's first waiting delivery here without
//! reading the ones already delivered or given up, which stay for the log.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Deliveries {
    Table,
    TenantId,
    IntegrationId,
    CustomerId,
    EventId,
    State,
}

const NAME: &str = "ix_deliveries_waiting";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_index(
            Index::create()
                .name(NAME)
                .table(Deliveries::Table)
                .col(Deliveries::TenantId)
                .col(Deliveries::IntegrationId)
                .col(Deliveries::CustomerId)
                .col(Deliveries::EventId)
                .and_where(Expr::col(Deliveries::State).eq("pending"))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(Index::drop().name(NAME).table(Deliveries::Table).to_owned())
            .await
    }
}
