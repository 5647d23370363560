//! Email. A message is queued in the main database in the transaction of
//! what it reports, so it is never lost and never sent for something that
//! did not happen; the job runner sends it over SMTP, or in the embedded
//! setup writes it as an `.eml` file to `<data_dir>/mail`, and retries with
//! growing pauses until it goes or `mail.max_attempts` is spent. Nothing on
//! the request path waits for a mail server.
//!
//! Messages to members of the public (portal requesters) keep nothing of
//! their address or text once sent: the row is cleared and the log folded.
//! Their files, in the embedded setup, go after `mail.file_retention`, and
//! at once when the person is erased.

use entity::ids::{CustomerId, TenantId};
use std::path::{Path, PathBuf};

use chrono::{DateTime, TimeDelta, Utc};
use entity::mail_outbox;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, ExprTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, UpdateMany,
    sea_query::{Expr, LockBehavior, LockType},
};
use serde::Serialize;
use uuid::Uuid;

pub(crate) mod transport;

use crate::{
    context::Services,
    db::begin_write,
    error::{Error, Result},
    templates,
};
pub use transport::Mailer;
use transport::file_of;

/// A message rendered from `templates/email/<template>.{subject.txt,txt,html}`.
pub struct Outgoing {
    /// What the message is, e.g. `retention.digest`.
    pub kind: &'static str,
    pub recipients: Vec<String>,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// For a message to a member of the public: the blind-index token of
    /// their address, by which erasing them finds the message's file.
    pub recipient_token: Option<Vec<u8>>,
    /// The name the message goes out under (the address stays `mail.from`).
    pub sender_name: Option<String>,
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
            recipient_token: None,
            sender_name: None,
        })
    }

    /// Sends the message under `name`, e.g. the organisation's, from the
    /// configured address.
    pub fn sent_as(self, name: &str) -> Self {
        Self {
            sender_name: Some(name.to_owned()),
            ..self
        }
    }

    /// Marks the message as one to a member of the public whose address
    /// has `token` in the tenant's blind index.
    pub fn to_person(self, token: Vec<u8>) -> Self {
        Self {
            recipient_token: Some(token),
            ..self
        }
    }
}

/// Queues a message, in the caller's transaction.
pub async fn queue<C: ConnectionTrait>(
    conn: &C,
    now: DateTime<Utc>,
    mail: Outgoing,
) -> Result<Uuid> {
    if mail.recipients.is_empty() {
        return Err(Error::internal(format!("{} has no recipients", mail.kind)));
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
        recipient_token: Set(mail.recipient_token),
        forget_file: Set(false),
        sender_name: Set(mail.sender_name),
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
    /// Message files deleted: past `mail.file_retention`, or to a person
    /// since erased.
    pub files_deleted: u64,
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

/// Sends every queued message that is due; then deletes the message files
/// that are due to go, and folds the log if a message to the public was
/// cleared, so nothing of it stays in any file.
pub async fn send_due(state: &Services) -> Result<MailSummary> {
    let mut summary = MailSummary::default();
    let mut cleared = false;
    loop {
        let claimed = claim(state).await?;
        if claimed.is_empty() {
            summary.files_deleted = tidy_up(state, cleared).await?;
            return Ok(summary);
        }
        state.faults.check("mail.claimed")?;
        for mail in &claimed {
            if send_one(state, mail, &mut summary).await? {
                cleared = true;
            }
        }
    }
}

/// Once the queue is empty: deletes the message files that are due to go,
/// and folds the log if a message to the public was `cleared`; returns how
/// many files went.
async fn tidy_up(state: &Services, cleared: bool) -> Result<u64> {
    let files = async { Ok::<_, Error>(forget_files(state).await? + expire_files(state).await?) };
    let files = files.await;
    if cleared {
        state.db.fold_logs().await?;
    }
    files
}

/// Sends one claimed message and records how it went; returns whether it
/// was a message to the public whose text has been cleared.
async fn send_one(
    state: &Services,
    mail: &mail_outbox::Model,
    summary: &mut MailSummary,
) -> Result<bool> {
    let outcome = state.mailer.send(mail).await;
    let now = state.clock.now();
    // Matching the attempt count makes this a no-op if the lease ran
    // out and another instance claimed the message since.
    let update = mail_outbox::Entity::update_many()
        .filter(mail_outbox::Column::Id.eq(mail.id))
        .filter(mail_outbox::Column::Attempts.eq(mail.attempts));
    let (update, finished) = record_outcome(state, mail, update, outcome, now, summary);
    // Messages to the public hold their address and a link: once
    // sent (or given up), only the fact of the message stays, and
    // the address's token only while its file may exist.
    let public = finished && mail.kind.starts_with(PUBLIC_PREFIX);
    if public {
        // Folded at the end of this run, or by the next one's
        // housekeeping should this run fail before then.
        state.db.owe_fold();
    }
    let update = clear_public(update, public, state.mailer.files().is_none());
    update.exec(&state.db.writer).await?;
    Ok(public)
}

/// Adds to `update` what the attempt came to: sent, deferred to a later
/// attempt, or given up; counts it in `summary`. Returns the update and
/// whether the message is finished with (sent or given up).
fn record_outcome(
    state: &Services,
    mail: &mail_outbox::Model,
    update: UpdateMany<mail_outbox::Entity>,
    outcome: std::result::Result<(), String>,
    now: DateTime<Utc>,
    summary: &mut MailSummary,
) -> (UpdateMany<mail_outbox::Entity>, bool) {
    match outcome {
        Ok(()) => {
            summary.sent += 1;
            let update = update
                .col_expr(mail_outbox::Column::SentAt, Expr::value(Some(now)))
                .col_expr(
                    mail_outbox::Column::NextAttemptAt,
                    Expr::value(None::<DateTime<Utc>>),
                )
                .col_expr(mail_outbox::Column::LastError, Expr::value(None::<String>));
            (update, true)
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
                Some(now + backoff(mail.attempts))
            };
            let update = update
                .col_expr(mail_outbox::Column::NextAttemptAt, Expr::value(next))
                .col_expr(mail_outbox::Column::LastError, Expr::value(Some(error)));
            (update, last)
        }
    }
}

/// For a finished message to the `public`, adds to `update` the clearing
/// of its address and text, and of its address token too when no message
/// files are kept (`no_files`).
fn clear_public(
    update: UpdateMany<mail_outbox::Entity>,
    public: bool,
    no_files: bool,
) -> UpdateMany<mail_outbox::Entity> {
    let update = match public {
        true => update
            .col_expr(mail_outbox::Column::Recipients, Expr::value("[]"))
            .col_expr(mail_outbox::Column::Subject, Expr::value(""))
            .col_expr(mail_outbox::Column::BodyText, Expr::value(""))
            .col_expr(mail_outbox::Column::BodyHtml, Expr::value("")),
        false => update,
    };
    match public && no_files {
        true => update.col_expr(
            mail_outbox::Column::RecipientToken,
            Expr::value(None::<Vec<u8>>),
        ),
        false => update,
    }
}

/// Erasure: marks the messages to `ids`' addresses for deletion
/// ([`mark_forgotten`]); runs while their search tokens still say whose
/// they are.
pub async fn forget<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    ids: &[CustomerId],
) -> Result<()> {
    mark_forgotten(conn, tenant_id, Some(ids)).await
}

/// Marks, in the caller's transaction, every message to an address that
/// `customers` of the tenant (about to be erased) hold in the blind index,
/// so that [`forget_files`] deletes their files; all of the tenant's
/// customers when `customers` is `None` (the tenant is being purged). Must
/// run before their search tokens are deleted.
pub async fn mark_forgotten<C: ConnectionTrait>(
    conn: &C,
    tenant_id: TenantId,
    customers: Option<&[CustomerId]>,
) -> Result<()> {
    use entity::search_token;
    use sea_orm::sea_query::Query;
    let mut theirs = Query::select();
    theirs
        .expr(Expr::val(1))
        .from(search_token::Entity)
        .and_where(Expr::col((search_token::Entity, search_token::Column::TenantId)).eq(tenant_id))
        .and_where(
            Expr::col((search_token::Entity, search_token::Column::Token))
                .equals((mail_outbox::Entity, mail_outbox::Column::RecipientToken)),
        );
    if let Some(ids) = customers {
        theirs.and_where(
            Expr::col((search_token::Entity, search_token::Column::CustomerId))
                .is_in(ids.iter().copied()),
        );
    }
    // Only messages that carry a token are looked at: in the file transport,
    // those of the last `mail.file_retention`; otherwise the unsent ones.
    mail_outbox::Entity::update_many()
        .col_expr(mail_outbox::Column::ForgetFile, Expr::value(true))
        .filter(mail_outbox::Column::RecipientToken.is_not_null())
        .filter(mail_outbox::Column::ForgetFile.eq(false))
        .filter(Expr::exists(theirs))
        .exec(conn)
        .await?;
    Ok(())
}

/// Deletes the files of sent (or given-up) messages marked by
/// [`mark_forgotten`], and forgets the address token; returns how many
/// files went. A message marked before it was sent is written and then
/// deleted here.
pub async fn forget_files(state: &Services) -> Result<u64> {
    let marked: Vec<Uuid> = mail_outbox::Entity::find()
        .select_only()
        .column(mail_outbox::Column::Id)
        .filter(mail_outbox::Column::ForgetFile.eq(true))
        .filter(mail_outbox::Column::NextAttemptAt.is_null())
        .limit(10_000)
        .into_tuple()
        .all(&state.db.main)
        .await?;
    if marked.is_empty() {
        return Ok(0);
    }
    // A file written by another instance, with a mail folder of its own,
    // stays marked for that instance to delete ([`expire_files`] unmarks
    // what no instance found once its retention has passed).
    let done: Vec<Uuid> = match state.mailer.files() {
        Some(dir) => {
            let paths = marked.iter().map(|id| (*id, file_of(dir, *id))).collect();
            remove_files(paths).await?
        }
        None => marked,
    };
    if done.is_empty() {
        return Ok(0);
    }
    mail_outbox::Entity::update_many()
        .col_expr(mail_outbox::Column::ForgetFile, Expr::value(false))
        .col_expr(
            mail_outbox::Column::RecipientToken,
            Expr::value(None::<Vec<u8>>),
        )
        .filter(mail_outbox::Column::Id.is_in(done.iter().copied()))
        .exec(&state.db.writer)
        .await?;
    Ok(state.mailer.files().map_or(0, |_| done.len() as u64))
}

/// In the file transport, deletes message files older than
/// `mail.file_retention` and forgets the address tokens of the messages
/// they held; returns how many files went.
pub async fn expire_files(state: &Services) -> Result<u64> {
    let Some(dir) = state.mailer.files() else {
        return Ok(0);
    };
    let cutoff = state.clock.now() - state.config.mail.file_retention.as_chrono();
    let old = {
        let dir = dir.to_owned();
        tokio::task::spawn_blocking(move || files_before(&dir, cutoff))
            .await
            .map_err(|e| Error::internal_from("listing message files", e))?
            .map_err(|e| Error::internal_from("listing message files", e))?
    };
    let deleted = remove_files(old.into_iter().map(|p| (Uuid::nil(), p)).collect()).await?;
    // Whatever was written before the cutoff is gone by now, here or on
    // another instance: its token and mark go too. Given-up messages, never
    // written, go the same way.
    mail_outbox::Entity::update_many()
        .col_expr(mail_outbox::Column::ForgetFile, Expr::value(false))
        .col_expr(
            mail_outbox::Column::RecipientToken,
            Expr::value(None::<Vec<u8>>),
        )
        .filter(mail_outbox::Column::RecipientToken.is_not_null())
        .filter(mail_outbox::Column::NextAttemptAt.is_null())
        .filter(mail_outbox::Column::CreatedAt.lt(cutoff))
        .exec(&state.db.writer)
        .await?;
    Ok(deleted.len() as u64)
}

/// The message files in `dir` last written before `cutoff`.
fn files_before(dir: &Path, cutoff: DateTime<Utc>) -> std::io::Result<Vec<PathBuf>> {
    let mut old = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let ours = path
            .extension()
            .is_some_and(|e| e == "eml" || e == "partial");
        // A file deleted meanwhile (another instance on the same folder) is skipped.
        let Ok(written) = std::fs::metadata(&path).and_then(|m| m.modified()) else {
            continue;
        };
        if ours && DateTime::<Utc>::from(written) < cutoff {
            old.push(path);
        }
    }
    Ok(old)
}

/// Deletes the files of `paths`; the keys of those that existed (a missing
/// one is gone already, or on another instance).
async fn remove_files<K: Send + 'static>(paths: Vec<(K, PathBuf)>) -> Result<Vec<K>> {
    tokio::task::spawn_blocking(move || {
        let mut removed = Vec::new();
        for (key, path) in paths {
            match std::fs::remove_file(&path) {
                Ok(()) => removed.push(key),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(format!("deleting {}: {e}", path.display())),
            }
        }
        Ok(removed)
    })
    .await
    .map_err(|e| Error::internal_from("deleting message files", e))?
    .map_err(Error::internal)
}

/// Reserves due messages for this instance: on PostgreSQL rows another
/// instance holds are skipped; SQLite has one writer at a time anyway.
async fn claim(state: &Services) -> Result<Vec<mail_outbox::Model>> {
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
