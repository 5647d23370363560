//! Tasks on a record ("follow up in March"): a due date, an assignee of the
//! tenant, and a short text sealed under the customer's key. A due task
//! raises one notice to its assignee: notices name the task and the user.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Tasks::Table)
                .if_not_exists()
                .col(uuid(Tasks::TenantId))
                .col(uuid(Tasks::Id))
                .col(uuid(Tasks::CustomerId))
                .col(uuid(Tasks::AssigneeId))
                .col(timestamp_with_time_zone(Tasks::DueAt))
                .col(blob(Tasks::Sealed))
                .col(string_len(Tasks::CreatedByKind, 16))
                .col(uuid(Tasks::CreatedBy))
                .col(timestamp_with_time_zone(Tasks::CreatedAt))
                .col(timestamp_with_time_zone_null(Tasks::DoneAt))
                .col(uuid_null(Tasks::DoneBy))
                .col(timestamp_with_time_zone_null(Tasks::NoticedAt))
                .primary_key(Index::create().col(Tasks::TenantId).col(Tasks::Id))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_tasks_customer")
                        .from_tbl(Tasks::Table)
                        .from_col(Tasks::TenantId)
                        .from_col(Tasks::CustomerId)
                        .to_tbl(Customers::Table)
                        .to_col(Customers::TenantId)
                        .to_col(Customers::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_tasks_assignee")
                        .from_tbl(Tasks::Table)
                        .from_col(Tasks::TenantId)
                        .from_col(Tasks::AssigneeId)
                        .to_tbl(Users::Table)
                        .to_col(Users::TenantId)
                        .to_col(Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_tasks_customer")
                .table(Tasks::Table)
                .col(Tasks::TenantId)
                .col(Tasks::CustomerId)
                .col(Tasks::DueAt)
                .to_owned(),
        )
        .await?;
        // The job finds due tasks not yet noticed by this index alone.
        m.create_index(
            Index::create()
                .name("ix_tasks_due")
                .table(Tasks::Table)
                .col(Tasks::DueAt)
                .and_where(Expr::col(Tasks::NoticedAt).is_null())
                .and_where(Expr::col(Tasks::DoneAt).is_null())
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Notifications::Table)
                .add_column(ColumnDef::new(Notifications::TaskId).uuid().null())
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Notifications::Table)
                .add_column(ColumnDef::new(Notifications::AssigneeId).uuid().null())
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for column in [Notifications::TaskId, Notifications::AssigneeId] {
            m.alter_table(
                Table::alter()
                    .table(Notifications::Table)
                    .drop_column(column)
                    .to_owned(),
            )
            .await?;
        }
        m.drop_table(Table::drop().table(Tasks::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Tasks {
    Table,
    TenantId,
    Id,
    CustomerId,
    AssigneeId,
    DueAt,
    Sealed,
    CreatedByKind,
    CreatedBy,
    CreatedAt,
    DoneAt,
    DoneBy,
    NoticedAt,
}

#[derive(DeriveIden)]
enum Customers {
    Table,
    TenantId,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    TenantId,
    Id,
}

#[derive(DeriveIden)]
enum Notifications {
    Table,
    TaskId,
    AssigneeId,
}
