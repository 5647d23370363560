//! Dates, times, numbers and durations in a language's own way. The
//! patterns and words are messages of the catalogue (`format-date`,
//! `month-1` … `month-12`, `format-group-separator`, …), so a new language
//! brings its own.

use chrono::{DateTime, Datelike, TimeZone, Timelike, Utc};
use fluent_templates::fluent_bundle::FluentValue;

use super::{Lang, text};

fn parts<Tz: TimeZone>(lang: Lang, t: &DateTime<Tz>) -> String {
    let month = text(lang, &format!("month-{}", t.month()), &[]);
    text(
        lang,
        "format-date",
        &[
            ("day", FluentValue::from(t.day())),
            ("month", FluentValue::from(month)),
            ("year", FluentValue::from(t.year())),
        ],
    )
}

/// "7 December 2026" / "7. Dezember 2026", in time zone `tz` (UTC if none).
pub fn date(lang: Lang, t: DateTime<Utc>, tz: Option<chrono_tz::Tz>) -> String {
    match tz {
        Some(tz) => parts(lang, &t.with_timezone(&tz)),
        None => parts(lang, &t),
    }
}

/// "7 December 2026, 14:05 UTC" / "7. Dezember 2026, 14:05 Uhr UTC".
pub fn datetime(lang: Lang, t: DateTime<Utc>, tz: Option<chrono_tz::Tz>) -> String {
    let (day, hour, minute, zone) = match tz {
        Some(tz) => {
            let local = t.with_timezone(&tz);
            let zone = local.format("%Z").to_string();
            (parts(lang, &local), local.hour(), local.minute(), zone)
        }
        None => (parts(lang, &t), t.hour(), t.minute(), "UTC".to_owned()),
    };
    text(
        lang,
        "format-datetime",
        &[
            ("date", FluentValue::from(day)),
            ("time", FluentValue::from(format!("{hour:02}:{minute:02}"))),
            ("zone", FluentValue::from(zone)),
        ],
    )
}

/// A number with the language's digit grouping and decimal sign:
/// "12,345.5" / "12.345,5" / "12 345,5".
pub fn number(lang: Lang, n: f64) -> String {
    let group = text(lang, "format-group-separator", &[]);
    let decimal = text(lang, "format-decimal-separator", &[]);
    let plain = format!("{}", n.abs());
    let (whole, fraction) = plain.split_once('.').unwrap_or((&plain, ""));
    let mut out = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push_str(&group);
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push_str(&decimal);
        out.push_str(fraction);
    }
    if n < 0.0 { format!("-{out}") } else { out }
}

/// A length of time in words, largest units first: "30 days",
/// "1 Tag 12 Stunden".
pub fn duration(lang: Lang, secs: u64) -> String {
    let parts = [
        (secs / 86_400, "unit-days"),
        (secs % 86_400 / 3600, "unit-hours"),
        (secs % 3600 / 60, "unit-minutes"),
        (secs % 60, "unit-seconds"),
    ];
    let words: Vec<String> = parts
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, key)| text(lang, key, &[("n", FluentValue::from(*n))]))
        .collect();
    match words.is_empty() {
        true => text(lang, "unit-seconds", &[("n", FluentValue::from(0))]),
        false => words.join(" "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(tag: &str) -> Lang {
        Lang::parse(tag).unwrap()
    }

    #[test]
    fn dates_read_as_each_language_writes_them() {
        let t = "2026-12-07T14:05:00Z".parse().unwrap();
        assert_eq!(date(lang("en"), t, None), "7 December 2026");
        assert_eq!(date(lang("de"), t, None), "7. Dezember 2026");
        assert_eq!(date(lang("pl"), t, None), "7 grudnia 2026");
        assert_eq!(datetime(lang("en"), t, None), "7 December 2026, 14:05 UTC");
        let berlin = Some(chrono_tz::Europe::Berlin);
        assert_eq!(
            datetime(lang("en"), t, berlin),
            "7 December 2026, 15:05 CET"
        );
    }

    #[test]
    fn numbers_group_and_mark_decimals_per_language() {
        assert_eq!(number(lang("en"), 1_234_567.5), "1,234,567.5");
        assert_eq!(number(lang("de"), 1_234_567.5), "1.234.567,5");
        assert_eq!(number(lang("fr"), -1234.0), "-1\u{a0}234");
        assert_eq!(number(lang("en"), 12.0), "12");
    }

    #[test]
    fn durations_use_plural_rules() {
        assert_eq!(duration(lang("en"), 86_400), "1 day");
        assert_eq!(duration(lang("en"), 30 * 86_400 + 3600), "30 days 1 hour");
        assert_eq!(duration(lang("pl"), 2 * 86_400), "2 dni");
        assert_eq!(duration(lang("pl"), 5 * 3600), "5 godzin");
        assert_eq!(duration(lang("de"), 0), "0 Sekunden");
    }
}
