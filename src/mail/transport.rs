//! How messages leave Steward: over SMTP, or as `.eml` files written
//! whole and readable by this user alone.

use std::path::{Path, PathBuf};

use entity::mail_outbox;
use lettre::{
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{Mailbox, MultiPart},
    transport::smtp::authentication::Credentials,
};
use secrecy::ExposeSecret;
use uuid::Uuid;

use crate::config::Config;

/// How messages leave Steward.
#[derive(Clone)]
pub struct Mailer {
    transport: Transport,
    from: Mailbox,
}

#[derive(Clone)]
enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// `.eml` files in this folder, each named by its message's ID.
    Files(PathBuf),
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
            private_dir(&dir)
                .map_err(|e| anyhow::anyhow!("cannot create {}: {e}", dir.display()))?;
            Transport::Files(dir)
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

    pub(super) async fn send(&self, mail: &mail_outbox::Model) -> std::result::Result<(), String> {
        let recipients: Vec<String> =
            serde_json::from_str(&mail.recipients).map_err(|e| format!("recipients: {e}"))?;
        let from = match &mail.sender_name {
            Some(name) => Mailbox::new(Some(name.clone()), self.from.email.clone()),
            None => self.from.clone(),
        };
        let mut builder = Message::builder()
            .from(from)
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
            Transport::Files(dir) => {
                let path = file_of(dir, mail.id);
                let bytes = message.formatted();
                tokio::task::spawn_blocking(move || write_private(&path, &bytes))
                    .await
                    .map_err(|e| e.to_string())?
                    .map_err(|e| e.to_string())
            }
        }
    }

    /// The folder of message files, when messages are written as files.
    pub(super) fn files(&self) -> Option<&Path> {
        match &self.transport {
            Transport::Files(dir) => Some(dir),
            Transport::Smtp(_) => None,
        }
    }
}

/// Creates `dir` (and its parents) readable by this user alone.
fn private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// Where the file transport writes message `id`.
pub(super) fn file_of(dir: &Path, id: Uuid) -> PathBuf {
    dir.join(format!("{id}.eml"))
}

/// Writes `bytes` to `path` readable by this user alone, whole or not at
/// all: a half-written message never shows as a file.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let partial = path.with_extension("eml.partial");
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let written = options.open(&partial).and_then(|mut f| {
        f.write_all(bytes)?;
        f.sync_all()
    });
    match written.and_then(|()| std::fs::rename(&partial, path)) {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = std::fs::remove_file(&partial);
            Err(e)
        }
    }
}
