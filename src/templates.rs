//! The wording Steward sends to people, kept in `templates/` (minijinja) and
//! built into the binary, so one file runs anywhere. HTML templates escape
//! every value; text templates do not need to.

use std::{path::PathBuf, sync::OnceLock};

use minijinja::{AutoEscape, Environment};
use serde::Serialize;

use crate::error::{Error, Result};

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

/// The page's time zone (`time_zone` in the context, an IANA name), or UTC.
fn zone_of(state: &minijinja::State) -> Option<chrono_tz::Tz> {
    state
        .lookup("time_zone")
        .and_then(|v| v.as_str().and_then(|name| name.parse().ok()))
}

/// `datetime`: an RFC 3339 time as "23 November 2026, 14:05 UTC", in the
/// page's time zone when it has one ("23 November 2026, 15:05 CET").
fn datetime_filter(
    state: &minijinja::State,
    value: &str,
) -> std::result::Result<String, minijinja::Error> {
    let t = parse_time(value)?;
    Ok(match zone_of(state) {
        Some(tz) => t
            .with_timezone(&tz)
            .format("%-d %B %Y, %H:%M %Z")
            .to_string(),
        None => t.format("%-d %B %Y, %H:%M UTC").to_string(),
    })
}

/// `date`: an RFC 3339 time as "23 November 2026", in the page's time zone.
fn date_filter(
    state: &minijinja::State,
    value: &str,
) -> std::result::Result<String, minijinja::Error> {
    let t = parse_time(value)?;
    Ok(match zone_of(state) {
        Some(tz) => t.with_timezone(&tz).format("%-d %B %Y").to_string(),
        None => t.format("%-d %B %Y").to_string(),
    })
}

/// Escaping, strictness and filters, the same for built-in and on-disk templates.
fn configure(env: &mut Environment<'static>) {
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
}

fn environment() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        configure(&mut env);
        minijinja_embed::load_templates!(&mut env);
        env
    })
}

/// Where templates are read from on every render, when set.
static FROM_DISK: OnceLock<PathBuf> = OnceLock::new();

/// Reads templates from `dir` on every render from now on, so edits show on
/// the next page load. For working on the wording and pages; the built-in
/// templates serve otherwise.
pub fn read_from_disk(dir: PathBuf) {
    let _ = FROM_DISK.set(dir);
}

/// Renders the template `name` with `context`.
pub fn render(name: &str, context: impl Serialize) -> Result<String> {
    let fail = |e: minijinja::Error| Error::internal_from(format!("template {name}"), e);
    match FROM_DISK.get() {
        Some(dir) => {
            let mut env = Environment::new();
            configure(&mut env);
            env.set_loader(minijinja::path_loader(dir));
            env.get_template(name)
                .and_then(|t| t.render(context))
                .map_err(fail)
        }
        None => environment()
            .get_template(name)
            .and_then(|t| t.render(context))
            .map_err(fail),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn times_show_in_the_page_time_zone() {
        let env = super::environment();
        let t = env
            .template_from_str("{{ at | datetime }} / {{ at | date }}")
            .unwrap();
        let at = "2026-12-31T23:30:00Z";
        let utc = t.render(minijinja::context! { at }).unwrap();
        assert_eq!(utc, "31 December 2026, 23:30 UTC / 31 December 2026");
        let berlin = t
            .render(minijinja::context! { at, time_zone => "Europe/Berlin" })
            .unwrap();
        assert_eq!(berlin, "1 January 2027, 00:30 CET / 1 January 2027");
    }

    #[test]
    fn every_built_in_template_parses() {
        let names: Vec<&str> = super::environment().templates().map(|(n, _)| n).collect();
        for expected in ["email/layout.html", "portal/page.html", "copy/document.txt"] {
            assert!(names.contains(&expected), "{expected} is built in");
        }
    }
}
