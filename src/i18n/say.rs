//! A message of the catalogue with its values, not yet in any language:
//! what a page says after a redirect (the flash message), put into the
//! reader's language when it is shown.

use fluent_templates::fluent_bundle::FluentValue;
use serde::{Deserialize, Serialize};

use super::Lang;

/// The longest text value a message read back from a cookie may carry (a
/// field key, a time zone name, a language's name).
const VALUE_MAX: usize = 64;

/// A catalogue key and the values its message is given.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Say {
    key: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    args: Vec<(String, Value)>,
}

/// A value of a message: numbers stay numbers, so plural rules apply.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    Number(i64),
    Text(String),
}

impl From<&str> for Value {
    fn from(v: &str) -> Self {
        Value::Text(v.to_owned())
    }
}

impl From<String> for Value {
    fn from(v: String) -> Self {
        Value::Text(v)
    }
}

impl From<u64> for Value {
    fn from(v: u64) -> Self {
        Value::Number(i64::try_from(v).unwrap_or(i64::MAX))
    }
}

impl From<usize> for Value {
    fn from(v: usize) -> Self {
        Value::Number(i64::try_from(v).unwrap_or(i64::MAX))
    }
}

impl Say {
    /// Message `key` (a `Say::new("…")` in the code is checked against the
    /// catalogue by a test).
    pub fn new(key: &'static str) -> Self {
        Self {
            key: key.to_owned(),
            args: Vec::new(),
        }
    }

    /// The message with value `name` set.
    pub fn with(mut self, name: &'static str, value: impl Into<Value>) -> Self {
        self.args.push((name.to_owned(), value.into()));
        self
    }

    pub fn key(&self) -> &str {
        &self.key
    }

    /// The message in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        let args: Vec<(&str, FluentValue)> = self
            .args
            .iter()
            .map(|(k, v)| {
                let v = match v {
                    Value::Number(n) => FluentValue::from(*n),
                    Value::Text(t) => FluentValue::from(t.as_str()),
                };
                (k.as_str(), v)
            })
            .collect();
        super::text(lang, &self.key, &args)
    }

    /// The message as a cookie can carry it (JSON; the caller encodes it).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A message read back from [`Say::to_json`]: only a message meant to
    /// be shown after an action (`flash-…`, `sign-in-…`) that the catalogue
    /// has, with short values; `None` for anything else, so a planted
    /// cookie cannot make a page say something Steward never says.
    pub fn from_json(text: &str) -> Option<Self> {
        let say: Say = serde_json::from_str(text).ok()?;
        let shown_after_an_action = ["flash-", "sign-in-"]
            .iter()
            .any(|p| say.key.starts_with(p));
        let short = say.args.iter().all(|(name, value)| {
            name.len() <= 32 && !matches!(value, Value::Text(t) if t.chars().count() > VALUE_MAX)
        });
        (shown_after_an_action && short && super::has_message(super::ENGLISH, &say.key))
            .then_some(say)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_goes_through_a_cookie_and_comes_out_in_each_language() {
        let say = Say::new("flash-password-changed").with("count", 2_u64);
        let back = Say::from_json(&say.to_json()).expect("read back");
        assert_eq!(back, say);
        assert_eq!(
            back.in_lang(super::super::ENGLISH),
            "Your password is changed; 2 other sessions ended."
        );
        let de = Lang::parse("de").expect("German");
        assert!(
            back.in_lang(de).contains("Passwort"),
            "{}",
            back.in_lang(de)
        );
        assert!(Say::from_json(r#"{"key":"no-such-message"}"#).is_none());
        // Only messages shown after an action, with short values.
        assert!(Say::from_json(r#"{"key":"layout-cancelled"}"#).is_none());
        let long = Say::new("flash-field-added").with("key", "x".repeat(65));
        assert!(Say::from_json(&long.to_json()).is_none());
        assert!(Say::from_json("You are signed in.").is_none());
    }
}
