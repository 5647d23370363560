//! A message to a member of the public remembers whose it was, as the
//! blind-index token of the address (an HMAC under the tenant's search key),
//! so that erasing that person can delete the message's file from the
//! file transport at once; `forget_file` marks the messages whose files go.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum MailOutbox {
    Table,
    RecipientToken,
    ForgetFile,
}

const BY_TOKEN: &str = "ix_mail_outbox_recipient_token";
const TO_FORGET: &str = "ix_mail_outbox_forget_file";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(MailOutbox::Table)
                .add_column(ColumnDef::new(MailOutbox::RecipientToken).binary().null())
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(MailOutbox::Table)
                .add_column(
                    ColumnDef::new(MailOutbox::ForgetFile)
                        .boolean()
                        .not_null()
                        .default(false),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name(BY_TOKEN)
                .table(MailOutbox::Table)
                .col(MailOutbox::RecipientToken)
                .and_where(Expr::col(MailOutbox::RecipientToken).is_not_null())
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name(TO_FORGET)
                .table(MailOutbox::Table)
                .col(MailOutbox::ForgetFile)
                .and_where(Expr::col(MailOutbox::ForgetFile).eq(true))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for name in [TO_FORGET, BY_TOKEN] {
            m.drop_index(Index::drop().name(name).table(MailOutbox::Table).to_owned())
                .await?;
        }
        for column in [MailOutbox::ForgetFile, MailOutbox::RecipientToken] {
            m.alter_table(
                Table::alter()
                    .table(MailOutbox::Table)
                    .drop_column(column)
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }
}
