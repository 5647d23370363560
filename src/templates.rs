//! The wording Steward sends to people, kept in `templates/` (minijinja) and
//! built into the binary, so one file runs anywhere. HTML templates escape
//! every value; text templates do not need to.

use std::sync::OnceLock;

use minijinja::{AutoEscape, Environment};
use serde::Serialize;

use crate::error::{Error, Result};

/// Every template, by name, as built in.
const BUILT_IN: &[(&str, &str)] = &[
    (
        "email/portal_message.subject.txt",
        include_str!("../templates/email/portal_message.subject.txt"),
    ),
    (
        "email/portal_message.txt",
        include_str!("../templates/email/portal_message.txt"),
    ),
    (
        "email/portal_message.html",
        include_str!("../templates/email/portal_message.html"),
    ),
    (
        "email/requests_digest.subject.txt",
        include_str!("../templates/email/requests_digest.subject.txt"),
    ),
    (
        "email/requests_digest.txt",
        include_str!("../templates/email/requests_digest.txt"),
    ),
    (
        "email/requests_digest.html",
        include_str!("../templates/email/requests_digest.html"),
    ),
    (
        "portal/page.html",
        include_str!("../templates/portal/page.html"),
    ),
    (
        "email/retention_digest.subject.txt",
        include_str!("../templates/email/retention_digest.subject.txt"),
    ),
    (
        "email/retention_digest.txt",
        include_str!("../templates/email/retention_digest.txt"),
    ),
    (
        "email/retention_digest.html",
        include_str!("../templates/email/retention_digest.html"),
    ),
    (
        "email/tenant_purge.subject.txt",
        include_str!("../templates/email/tenant_purge.subject.txt"),
    ),
    (
        "email/tenant_purge.txt",
        include_str!("../templates/email/tenant_purge.txt"),
    ),
    (
        "email/tenant_purge.html",
        include_str!("../templates/email/tenant_purge.html"),
    ),
    (
        "email/integration_disabled.subject.txt",
        include_str!("../templates/email/integration_disabled.subject.txt"),
    ),
    (
        "email/integration_disabled.txt",
        include_str!("../templates/email/integration_disabled.txt"),
    ),
    (
        "email/integration_disabled.html",
        include_str!("../templates/email/integration_disabled.html"),
    ),
    (
        "email/layout.html",
        include_str!("../templates/email/layout.html"),
    ),
    (
        "copy/information.txt",
        include_str!("../templates/copy/information.txt"),
    ),
    (
        "copy/document.txt",
        include_str!("../templates/copy/document.txt"),
    ),
    (
        "copy/header.txt",
        include_str!("../templates/copy/header.txt"),
    ),
    (
        "copy/footer.txt",
        include_str!("../templates/copy/footer.txt"),
    ),
];

/// `text`: a value as one line of text — its own line breaks become U+2028,
/// which layouts turn back into breaks, so a value never starts a line.
fn text_filter(value: minijinja::Value) -> String {
    let s = match value.as_str() {
        Some(s) => s.to_owned(),
        None => value.to_string(),
    };
    s.replace("\r\n", "\u{2028}")
        .replace(['\n', '\r', '\u{85}', '\u{2029}'], "\u{2028}")
        .replace('\t', " ")
}

fn parse_time(value: &str) -> std::result::Result<chrono::DateTime<chrono::Utc>, minijinja::Error> {
    chrono::DateTime::parse_from_rfc3339(value)
        .map(|t| t.with_timezone(&chrono::Utc))
        .map_err(|e| {
            minijinja::Error::new(
                minijinja::ErrorKind::InvalidOperation,
                format!("not a time: {e}"),
            )
        })
}

/// `datetime`: an RFC 3339 time as "23 November 2026, 14:05 UTC".
fn datetime_filter(value: &str) -> std::result::Result<String, minijinja::Error> {
    Ok(parse_time(value)?
        .format("%-d %B %Y, %H:%M UTC")
        .to_string())
}

/// `date`: an RFC 3339 time as "23 November 2026".
fn date_filter(value: &str) -> std::result::Result<String, minijinja::Error> {
    Ok(parse_time(value)?.format("%-d %B %Y").to_string())
}

fn environment() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".html") {
                AutoEscape::Html
            } else {
                AutoEscape::None
            }
        });
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        env.set_trim_blocks(true);
        env.set_lstrip_blocks(true);
        env.add_filter("text", text_filter);
        env.add_filter("datetime", datetime_filter);
        env.add_filter("date", date_filter);
        for (name, source) in BUILT_IN {
            env.add_template(name, source)
                .unwrap_or_else(|e| panic!("built-in template {name} is invalid: {e}"));
        }
        env
    })
}

/// Renders the template `name` with `context`.
pub fn render(name: &str, context: impl Serialize) -> Result<String> {
    environment()
        .get_template(name)
        .and_then(|t| t.render(context))
        .map_err(|e| Error::Internal(format!("template {name}: {e}")))
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_built_in_template_parses() {
        for (name, _) in super::BUILT_IN {
            assert!(super::environment().get_template(name).is_ok(), "{name}");
        }
    }
}
