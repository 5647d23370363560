//! The wording Steward sends to people, kept in `templates/` (minijinja) and
//! built into the binary, so one file runs anywhere. HTML templates escape
//! every value; text templates do not need to.

use std::{path::PathBuf, sync::OnceLock};

use fluent_templates::fluent_bundle::FluentValue;
use minijinja::{AutoEscape, Environment, value::Kwargs};
use serde::Serialize;

use crate::{
    error::{Error, Result},
    i18n::{self, Lang, format},
};

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

/// The language a template writes in: `lang` in its context (a copy's
/// own field is `language`), else English.
fn lang_of(state: &minijinja::State) -> Lang {
    ["lang", "language"]
        .into_iter()
        .find_map(|name| state.lookup(name))
        .and_then(|v| v.as_str().and_then(Lang::parse))
        .unwrap_or_default()
}

/// `datetime`: an RFC 3339 time as "23 November 2026, 14:05 UTC" in the
/// template's language, in the page's time zone when it has one.
fn datetime_filter(
    state: &minijinja::State,
    value: &str,
) -> std::result::Result<String, minijinja::Error> {
    Ok(format::datetime(
        lang_of(state),
        parse_time(value)?,
        zone_of(state),
    ))
}

/// `date`: an RFC 3339 time as "23 November 2026", in the template's
/// language and the page's time zone.
fn date_filter(
    state: &minijinja::State,
    value: &str,
) -> std::result::Result<String, minijinja::Error> {
    Ok(format::date(
        lang_of(state),
        parse_time(value)?,
        zone_of(state),
    ))
}

/// `calendar_day`: a value written `YYYY-MM-DD` (a date field's value) as
/// the template's language writes a date; any other value as it is.
fn calendar_day_filter(state: &minijinja::State, value: String) -> String {
    match chrono::NaiveDate::parse_from_str(&value, "%Y-%m-%d") {
        Ok(day) if value.len() == 10 => format::date(
            lang_of(state),
            day.and_time(chrono::NaiveTime::MIN).and_utc(),
            None,
        ),
        _ => value,
    }
}

/// `number`: a number with the language's grouping and decimal signs.
fn number_filter(state: &minijinja::State, value: f64) -> String {
    format::number(lang_of(state), value)
}

/// `duration`: a number of seconds as words ("30 days").
fn duration_filter(state: &minijinja::State, secs: u64) -> String {
    format::duration(lang_of(state), secs)
}

/// `period`: an ISO 8601 period (`P2196D`) as words ("2,196 days"); text
/// that is not one, as it is.
fn period_filter(state: &minijinja::State, value: String) -> String {
    match value.parse::<crate::duration::IsoDuration>() {
        Ok(p) => format::duration(lang_of(state), p.as_std().as_secs()),
        Err(_) => value,
    }
}

/// `words("prefix-")`: each item of a list as the catalogue's message
/// `prefix-<item>` ("category-" turns `notes` into "notes written about you").
fn words_filter(
    state: &minijinja::State,
    items: Vec<String>,
    prefix: &str,
) -> std::result::Result<Vec<String>, minijinja::Error> {
    items
        .iter()
        .map(|item| {
            let key = format!("{prefix}{item}");
            i18n::message(lang_of(state), &key, &[]).ok_or_else(|| missing(&key))
        })
        .collect()
}

/// `value | word("prefix-")`: a stored word (a state, an outcome) as the
/// catalogue's message `prefix-<value>`, or the word itself when the
/// catalogue has none — for values a database column can hold that no
/// release named.
fn word_filter(state: &minijinja::State, value: String, prefix: &str) -> String {
    i18n::message(lang_of(state), &format!("{prefix}{value}"), &[]).unwrap_or(value)
}

/// `reason`: why a form was refused (a service's English explanation) in
/// the template's language, where the catalogue knows it.
fn reason_filter(state: &minijinja::State, text: String) -> String {
    i18n::faults::reason(lang_of(state), &text)
}

fn missing(key: &str) -> minijinja::Error {
    minijinja::Error::new(
        minijinja::ErrorKind::UndefinedError,
        format!("the catalogue has no message {key}"),
    )
}

/// `t("key", name=value, …)`: message `key` of the catalogue in the
/// template's language, given the named values (numbers stay numbers, so
/// plural rules apply). A key the catalogue lacks is an error.
fn t_function(
    state: &minijinja::State,
    key: &str,
    kwargs: Kwargs,
) -> std::result::Result<String, minijinja::Error> {
    let mut args: Vec<(&str, FluentValue)> = Vec::new();
    for name in kwargs.args() {
        let value: minijinja::Value = kwargs.get(name)?;
        let fluent = match value.kind() {
            minijinja::value::ValueKind::Number => match i64::try_from(value.clone()) {
                Ok(n) => FluentValue::from(n),
                Err(_) => FluentValue::from(f64::try_from(value).unwrap_or_default()),
            },
            minijinja::value::ValueKind::Bool => {
                FluentValue::from(if value.is_true() { "yes" } else { "no" })
            }
            _ => FluentValue::from(match value.as_str() {
                Some(s) => s.to_owned(),
                None => value.to_string(),
            }),
        };
        args.push((name, fluent));
    }
    i18n::message(lang_of(state), key, &args).ok_or_else(|| missing(key))
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
    env.add_filter("number", number_filter);
    env.add_filter("calendar_day", calendar_day_filter);
    env.add_filter("duration", duration_filter);
    env.add_filter("period", period_filter);
    env.add_filter("words", words_filter);
    env.add_filter("word", word_filter);
    env.add_filter("reason", reason_filter);
    env.add_function("t", t_function);
    env.add_function("language_tags", || {
        Lang::all().iter().map(|l| l.tag()).collect::<Vec<_>>()
    });
    env.add_function("language_name", |state: &minijinja::State, tag: &str| {
        Lang::parse(tag).map_or_else(|| tag.to_owned(), |l| l.name_in(lang_of(state)))
    });
    env.add_function("language_own_name", |tag: &str| {
        Lang::parse(tag).map_or_else(|| tag.to_owned(), Lang::own_name)
    });
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
