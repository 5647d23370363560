//! Email. A message is queued in the main database in the transaction of
//! what it reports, so it is never lost and never sent for something that
//! did not happen; the job runner sends it over SMTP, or in the embedded
//! setup writes it as an `.eml` file to `<data_dir>/mail`, and retries with
//! growing pauses until it goes or `mail.max_attempts` is spent. Nothing on
//! the request path waits for a mail server.

use chrono::{DateTime, TimeDelta, Utc};
use entity::mail_outbox;
use lettre::{
    AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{Mailbox, MultiPart},
    transport::smtp::authentication::Credentials,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, ExprTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
    sea_query::{Expr, LockBehavior, LockType},
};
use secrecy::ExposeSecret;
use serde::Serialize;
use uuid::Uuid;

use crate::{
    config::Config,
    db::begin_write,
    error::{Error, Result},
    state::AppState,
    templates,
};

/// How messages leave Steward.
#[derive(Clone)]
pub struct Mailer {
    transport: Transport,
    from: Mailbox,
}

#[derive(Clone)]
enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(AsyncFileTransport<Tokio1Executor>),
}

impl Mailer {
    /// SMTP when `mail.smtp_url` is set, otherwise `.eml` files.
    pub fn from_config(config: &Config) -> anyhow::Result<Self> {
        let from = config
            .mail
            .from
            .parse()
            .map_err(|e| anyhow::anyhow!("mail.from: {e}"))?;
        let transport = if config.mail.smtp_url.is_empty() {
            let dir = config.data_dir.join("mail");
            std::fs::create_dir_all(&dir)
                .map_err(|e| anyhow::anyhow!("cannot create {}: {e}", dir.display()))?;
            Transport::Files(AsyncFileTransport::new(dir))
        } else {
            let mut builder = AsyncSmtpTransport::<Tokio1Executor>::from_url(&config.mail.smtp_url)
                .map_err(|e| anyhow::anyhow!("mail.smtp_url: {e}"))?
                .timeout(Some(config.mail.smtp_timeout.as_std()));
            if !config.mail.smtp_username.is_empty() {
                builder = builder.credentials(Credentials::new(
                    config.mail.smtp_username.clone(),
                    config.mail.smtp_password.expose_secret().to_owned(),
                ));
            }
            Transport::Smtp(builder.build())
        };
        Ok(Self { transport, from })
    }

    async fn send(&self, mail: &mail_outbox::Model) -> std::result::Result<(), String> {
        let recipients: Vec<String> =
            serde_json::from_str(&mail.recipients).map_err(|e| format!("recipients: {e}"))?;
        let mut builder = Message::builder()
            .from(self.from.clone())
            .subject(mail.subject.clone())
            .message_id(Some(format!("<{}@steward>", mail.id)));
        for to in &recipients {
            builder = builder.to(to.parse().map_err(|e| format!("recipient: {e}"))?);
        }
        let message = builder
            .multipart(MultiPart::alternative_plain_html(
                mail.body_text.clone(),
                mail.body_html.clone(),
            ))
            .map_err(|e| e.to_string())?;
        match &self.transport {
            Transport::Smtp(t) => t.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
            Transport::Files(t) => t.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
        }
    }
}

/// A message rendered from `templates/email/<template>.{subject.txt,txt,html}`.
pub struct Outgoing {
    /// What the message is, e.g. `retention.digest`.
    pub kind: &'static str,
    pub recipients: Vec<String>,
    pub subject: String,
    pub text: String,
    pub html: String,
}

impl Outgoing {
    pub fn render(
        kind: &'static str,
        template: &str,
        recipients: Vec<String>,
        context: impl Serialize,
    ) -> Result<Self> {
        let context = minijinja::Value::from_serialize(&context);
        let subject = templates::render(&format!("email/{template}.subject.txt"), &context)?;
        Ok(Self {
            kind,
            recipients,
            subject: subject.split_whitespace().collect::<Vec<_>>().join(" "),
            text: templates::render(&format!("email/{template}.txt"), &context)?,
            html: templates::render(&format!("email/{template}.html"), &context)?,
        })
    }
}

/// Queues a message, in the caller's transaction.
pub async fn queue<C: ConnectionTrait>(
    conn: &C,
    now: DateTime<Utc>,
    mail: Outgoing,
) -> Result<Uuid> {
    if mail.recipients.is_empty() {
        return Err(Error::Internal(format!("{} has no recipients", mail.kind)));
    }
    let id = Uuid::now_v7();
    mail_outbox::ActiveModel {
        id: Set(id),
        kind: Set(mail.kind.to_owned()),
        recipients: Set(serde_json::to_string(&mail.recipients).expect("strings serialise")),
        subject: Set(mail.subject),
        body_text: Set(mail.text),
        body_html: Set(mail.html),
        created_at: Set(now),
        attempts: Set(0),
        next_attempt_at: Set(Some(now)),
        sent_at: Set(None),
        last_error: Set(None),
    }
    .insert(conn)
    .await?;
    Ok(id)
}

/// What one pass over the mail queue did.
#[derive(Debug, Default, Serialize)]
pub struct MailSummary {
    pub sent: u64,
    /// Failed this time; tried again later.
    pub deferred: u64,
    /// Failed for the last time.
    pub given_up: u64,
}

/// `text` with every word that holds an `@` replaced: SMTP errors often
/// quote the recipient, and the address must not reach logs or the table.
fn without_addresses(text: &str) -> String {
    text.split(' ')
        .map(|w| if w.contains('@') { "[address]" } else { w })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Kinds of message sent to members of the public (portal requesters).
const PUBLIC_PREFIX: &str = "portal.";

/// How long a claimed message is reserved for the instance sending it; if
/// that instance dies, another sends it after this.
const LEASE: TimeDelta = TimeDelta::minutes(10);
/// Messages claimed at a time: few enough to send well within the lease.
const CLAIM: u64 = 10;

/// The pause before the next attempt after `attempts` failures.
fn backoff(attempts: i32) -> TimeDelta {
    const STEPS: [i64; 7] = [60, 300, 1_800, 7_200, 21_600, 43_200, 86_400];
    let step = usize::try_from(attempts).unwrap_or(1).clamp(1, STEPS.len());
    TimeDelta::seconds(STEPS[step - 1])
}

/// Sends every queued message that is due.
pub async fn send_due(state: &AppState) -> Result<MailSummary> {
    let mut summary = MailSummary::default();
    loop {
        let claimed = claim(state).await?;
        if claimed.is_empty() {
            return Ok(summary);
        }
        state.faults.check("mail.claimed")?;
        for mail in &claimed {
            let outcome = state.mailer.send(mail).await;
            let now = state.clock.now();
            // Matching the attempt count makes this a no-op if the lease ran
            // out and another instance claimed the message since.
            let update = mail_outbox::Entity::update_many()
                .filter(mail_outbox::Column::Id.eq(mail.id))
                .filter(mail_outbox::Column::Attempts.eq(mail.attempts));
            let mut finished = true;
            let update = match outcome {
                Ok(()) => {
                    summary.sent += 1;
                    update
                        .col_expr(mail_outbox::Column::SentAt, Expr::value(Some(now)))
                        .col_expr(
                            mail_outbox::Column::NextAttemptAt,
                            Expr::value(None::<DateTime<Utc>>),
                        )
                        .col_expr(mail_outbox::Column::LastError, Expr::value(None::<String>))
                }
                Err(error) => {
                    let error = without_addresses(&error);
                    let last = mail.attempts >= state.config.mail.max_attempts as i32;
                    tracing::warn!(mail = %mail.id, kind = %mail.kind, attempt = mail.attempts, given_up = last, %error, "mail not sent");
                    let next = if last {
                        summary.given_up += 1;
                        None
                    } else {
                        summary.deferred += 1;
                        finished = false;
                        Some(now + backoff(mail.attempts))
                    };
                    update
                        .col_expr(mail_outbox::Column::NextAttemptAt, Expr::value(next))
                        .col_expr(mail_outbox::Column::LastError, Expr::value(Some(error)))
                }
            };
            // Messages to the public hold their address and a link: once
            // sent (or given up), only the fact of the message stays.
            let update = match finished && mail.kind.starts_with(PUBLIC_PREFIX) {
                true => update
                    .col_expr(mail_outbox::Column::Recipients, Expr::value("[]"))
                    .col_expr(mail_outbox::Column::Subject, Expr::value(""))
                    .col_expr(mail_outbox::Column::BodyText, Expr::value(""))
                    .col_expr(mail_outbox::Column::BodyHtml, Expr::value("")),
                false => update,
            };
            update.exec(&state.db.writer).await?;
        }
    }
}

/// Reserves due messages for this instance: on PostgreSQL rows another
/// instance holds are skipped; SQLite has one writer at a time anyway.
async fn claim(state: &AppState) -> Result<Vec<mail_outbox::Model>> {
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    let due = mail_outbox::Entity::find()
        .filter(mail_outbox::Column::NextAttemptAt.lte(now))
        .order_by_asc(mail_outbox::Column::NextAttemptAt)
        .limit(CLAIM)
        .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
        .all(&txn)
        .await?;
    if due.is_empty() {
        return Ok(due);
    }
    mail_outbox::Entity::update_many()
        .filter(mail_outbox::Column::Id.is_in(due.iter().map(|m| m.id)))
        .col_expr(mail_outbox::Column::NextAttemptAt, Expr::value(now + LEASE))
        .col_expr(
            mail_outbox::Column::Attempts,
            Expr::col(mail_outbox::Column::Attempts).add(1),
        )
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(due
        .into_iter()
        .map(|m| mail_outbox::Model {
            attempts: m.attempts + 1,
            ..m
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_lose_the_addresses_they_quote() {
        assert_eq!(
            without_addresses("550 5.1.1 <zoe@people.test>: Recipient address rejected"),
            "550 5.1.1 [address] Recipient address rejected"
        );
    }
}
