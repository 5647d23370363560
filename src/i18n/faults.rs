//! Why a form was refused, in the reader's language. The services explain
//! refusals in English words (the API's problem documents stay English);
//! the staff pages look each explanation up in the catalogue by its
//! English text, the way gettext does: the key is `fault-` and the text's
//! words, numbers standing as `n` and given to the message as `$n1`,
//! `$n2`, …. An explanation the catalogue lacks is shown as it is.

use fluent_templates::fluent_bundle::FluentValue;

use super::{ENGLISH, Lang};

/// `text` — one explanation, a form's `field: why; field: why` summary, or
/// "invalid value for …" — in `lang`.
pub fn reason(lang: Lang, text: &str) -> String {
    if lang == ENGLISH {
        return text.to_owned();
    }
    text.split("; ")
        .map(|part| match part.split_once(": ") {
            Some((field, why)) if is_field(field) => format!("{field}: {}", one(lang, why)),
            _ => one(lang, part),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A field's name as a summary gives it (`email`, `fields.tier`,
/// `email_to[1]`, an import's `consent:newsletter`).
fn is_field(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._[]:".contains(c))
}

fn one(lang: Lang, text: &str) -> String {
    if let Some(fields) = text.strip_prefix("invalid value for ") {
        let args = [("fields", FluentValue::from(fields))];
        return super::message(lang, "fault-invalid-value-for", &args)
            .unwrap_or_else(|| text.to_owned());
    }
    let (key, numbers) = key_of(text);
    let names: Vec<String> = (1..=numbers.len()).map(|i| format!("n{i}")).collect();
    let args: Vec<(&str, FluentValue)> = names
        .iter()
        .zip(&numbers)
        .map(|(name, n)| (name.as_str(), FluentValue::from(n.as_str())))
        .collect();
    match super::has_message(lang, &key) {
        true => super::message(lang, &key, &args).unwrap_or_else(|| text.to_owned()),
        false => text.to_owned(),
    }
}

/// The catalogue key of an English explanation, and the numbers in it.
pub(super) fn key_of(text: &str) -> (String, Vec<String>) {
    let mut key = String::from("fault");
    let mut numbers = Vec::new();
    let mut chars = text.chars().peekable();
    let mut gap = true;
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            let mut n = String::from(c);
            while let Some(d) = chars.next_if(char::is_ascii_digit) {
                n.push(d);
            }
            numbers.push(n);
            key.push_str("-n");
            gap = false;
        } else if c.is_ascii_alphabetic() {
            if gap {
                key.push('-');
            }
            key.push(c.to_ascii_lowercase());
            gap = false;
        } else {
            gap = true;
        }
    }
    (key, numbers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_is_looked_up_by_its_english_words() {
        let de = Lang::parse("de").expect("German");
        assert_eq!(
            key_of("must be at most 200 characters"),
            (
                "fault-must-be-at-most-n-characters".into(),
                vec!["200".into()]
            )
        );
        assert_eq!(
            reason(de, "must be at most 200 characters"),
            "darf höchstens 200 Zeichen lang sein"
        );
        assert_eq!(
            reason(
                de,
                "email: is not an email address (no @); phone: must not be empty"
            ),
            "email: ist keine E-Mail-Adresse (kein @); phone: darf nicht leer sein"
        );
        assert_eq!(
            reason(de, "invalid value for email, phone"),
            "ungültiger Wert für email, phone"
        );
        // What the catalogue does not know stays as it was; English is
        // never looked up.
        assert_eq!(
            reason(de, "the record is already complete"),
            "the record is already complete"
        );
        assert_eq!(reason(ENGLISH, "must not be empty"), "must not be empty");
    }

    #[test]
    fn the_record_pages_refusals_are_in_the_catalogue() {
        let de = Lang::parse("de").expect("German");
        for (english, german) in [
            (
                "the record is active; only a complete record can be reopened",
                "der Datensatz ist aktiv; nur ein abgeschlossener Datensatz kann wieder geöffnet werden",
            ),
            (
                "the record is already on legal hold",
                "der Datensatz steht bereits unter Löschsperre",
            ),
            (
                "the record is already not restricted",
                "der Datensatz ist bereits nicht eingeschränkt",
            ),
        ] {
            assert_eq!(reason(de, english), german, "{english}");
        }
    }
}
