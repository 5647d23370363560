//! Custom field values: checked against their definition on write, kept in
//! the sealed record keyed by the field's ID, shown as JSON.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use zeroize::Zeroize;

use super::def::{FieldDef, Kind};
use crate::values::free_text;

/// The longest text value.
pub const TEXT_MAX: usize = 1000;

/// A value as sealed in a record. Dates and choices are text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Zeroize)]
#[serde(untagged)]
pub enum Stored {
    Bool(bool),
    Number(f64),
    Text(String),
}

/// One custom field's value in a sealed record.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Zeroize)]
pub struct StoredField {
    /// The definition's ID (not its key: a key defined again starts empty).
    pub field: String,
    pub value: Stored,
}

/// The largest magnitude at which every whole number is exact in a double.
const EXACT: f64 = 9_007_199_254_740_992.0;

impl Stored {
    /// The value as the API shows it; whole numbers without a fraction.
    pub fn to_json(&self) -> Value {
        match self {
            Stored::Bool(b) => Value::Bool(*b),
            Stored::Number(n) if n.fract() == 0.0 && n.abs() <= EXACT => Value::from(*n as i64),
            Stored::Number(n) => Value::from(*n),
            Stored::Text(s) => Value::String(s.clone()),
        }
    }
}

fn kind_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// A date written exactly `YYYY-MM-DD` (four-digit year 0001–9999, two-digit
/// month and day) that exists in the calendar. chrono's own parser also
/// takes signed and longer years and one-digit months, which the API does
/// not promise.
fn calendar_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && [0, 1, 2, 3, 5, 6, 8, 9]
            .iter()
            .all(|&i| b[i].is_ascii_digit());
    if !shape {
        return None;
    }
    let (year, month, day) = (
        s[..4].parse().ok()?,
        s[5..7].parse().ok()?,
        s[8..].parse().ok()?,
    );
    (year >= 1).then(|| NaiveDate::from_ymd_opt(year, month, day))?
}

/// Checks `input` against the field's type; the message names what is wrong.
pub fn parse(def: &FieldDef, input: &Value) -> Result<Stored, String> {
    let wrong = |expected: &str| format!("must be {expected}, not {}", kind_name(input));
    match (def.kind, input) {
        (Kind::Text, Value::String(s)) => free_text(s, TEXT_MAX)
            .map(Stored::Text)
            .map_err(|e| e.to_string()),
        (Kind::Text, _) => Err(wrong("text")),
        (Kind::Number, Value::Number(n)) => match n.as_f64() {
            Some(f) if f.is_finite() && f.abs() <= 1e15 => Ok(Stored::Number(f)),
            _ => Err("must be a number between -10^15 and 10^15".into()),
        },
        (Kind::Number, _) => Err(wrong("a number")),
        (Kind::Date, Value::String(s)) => calendar_date(s)
            .map(|d| Stored::Text(d.format("%Y-%m-%d").to_string()))
            .ok_or_else(|| "must be a date written YYYY-MM-DD, in the years 0001 to 9999".into()),
        (Kind::Date, _) => Err(wrong("a date written YYYY-MM-DD")),
        (Kind::Bool, Value::Bool(b)) => Ok(Stored::Bool(*b)),
        (Kind::Bool, _) => Err(wrong("true or false")),
        (Kind::Select, Value::String(s)) if def.options.iter().any(|o| o == s) => {
            Ok(Stored::Text(s.clone()))
        }
        (Kind::Select, Value::String(_)) => {
            Err(format!("must be one of: {}", def.options.join(", ")))
        }
        (Kind::Select, _) => Err(wrong("one of the field's options")),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::auth::Role;

    fn def(kind: Kind) -> FieldDef {
        FieldDef {
            id: uuid::Uuid::now_v7(),
            key: "k".into(),
            label: "K".into(),
            kind,
            options: vec!["basic".into(), "pro".into()],
            required: false,
            visible_to: Role::Viewer,
            personal: true,
            correctable: false,
            created_at: chrono::Utc::now(),
            updated_at: chrono::Utc::now(),
        }
    }

    #[test]
    fn values_are_checked_against_their_type() {
        let ok = [
            (Kind::Text, json!("  Großkunde "), json!("Großkunde")),
            (Kind::Number, json!(42), json!(42)),
            (Kind::Number, json!(-0.25), json!(-0.25)),
            (Kind::Date, json!("2026-02-28"), json!("2026-02-28")),
            (Kind::Date, json!("0001-01-01"), json!("0001-01-01")),
            (Kind::Date, json!("9999-12-31"), json!("9999-12-31")),
            (Kind::Bool, json!(false), json!(false)),
            (Kind::Select, json!("pro"), json!("pro")),
        ];
        for (kind, input, shown) in ok {
            let stored = parse(&def(kind), &input).unwrap();
            assert_eq!(stored.to_json(), shown, "{kind:?} {input}");
            let sealed = serde_json::to_string(&stored).unwrap();
            let back: Stored = serde_json::from_str(&sealed).unwrap();
            assert_eq!(back, stored, "survives the sealed form");
        }
        let bad = [
            (Kind::Text, json!(""), "must not be empty"),
            (Kind::Text, json!(5), "must be text, not a number"),
            (Kind::Number, json!("5"), "must be a number, not text"),
            (Kind::Number, json!(1e16), "between"),
            (Kind::Date, json!("2026-02-30"), "YYYY-MM-DD"),
            (Kind::Date, json!("28.02.2026"), "YYYY-MM-DD"),
            (Kind::Date, json!("+99999-12-31"), "YYYY-MM-DD"),
            (Kind::Date, json!("-2023-02-03"), "YYYY-MM-DD"),
            (Kind::Date, json!("0000-01-01"), "0001 to 9999"),
            (Kind::Date, json!("2023-2-3"), "YYYY-MM-DD"),
            (Kind::Date, json!(" 2023-02-03"), "YYYY-MM-DD"),
            (Kind::Date, json!("２０２３-02-03"), "YYYY-MM-DD"),
            (Kind::Bool, json!("true"), "must be true or false, not text"),
            (Kind::Select, json!("gold"), "must be one of: basic, pro"),
            (Kind::Select, json!(["pro"]), "not a list"),
        ];
        for (kind, input, message) in bad {
            let err = parse(&def(kind), &input).unwrap_err();
            assert!(err.contains(message), "{kind:?} {input}: {err}");
        }
    }
}
