//! Periods on staff pages. People pick a number and a unit (6 years); the
//! services and the API keep ISO 8601 (`P2196D`), which the page shows
//! beside the picker. How a month or a year becomes days is
//! [`Unit::secs`]'s rule, and the pages' hints say it.

use serde_json::Value;

use super::page::{Fields, Form};
use crate::{
    duration::{IsoDuration, Unit},
    error::{Checks, Error},
};

/// The ISO 8601 text of period `name` as posted: its picker's
/// `<name>_amount` and `<name>_unit` when the form has them, else the
/// duration typed as `<name>` (older forms, scripts). `None` when left
/// blank; a faulty pick is recorded in `checks` under `name`.
pub fn posted(form: &Fields, name: &str, checks: &mut Checks) -> Option<String> {
    let Some(amount) = form.get(&format!("{name}_amount")) else {
        return form.non_blank(name);
    };
    let amount = amount.trim();
    if amount.is_empty() {
        return None;
    }
    let Ok(n) = amount.parse::<u64>() else {
        checks.fail(name, "must be a whole number, such as 30");
        return None;
    };
    let unit = form.text(&format!("{name}_unit"));
    let Some(unit) = Unit::parse(unit) else {
        checks.fail(
            name,
            "must be counted in hours, days, weeks, months or years",
        );
        return None;
    };
    let period = checks.take(name, IsoDuration::of_amount(n, unit))?;
    Some(period.to_string())
}

/// Period `name` as posted (see [`posted`]), or its fault as a refusal.
pub fn picked(form: &Fields, name: &str) -> Result<Option<String>, Error> {
    let mut checks = Checks::new();
    let period = posted(form, name, &mut checks);
    checks.finish().map(|()| period)
}

/// Fills a form's picker for period `name`: the amount and unit of the
/// ISO 8601 text it holds as `name` (the stored period), or, for a posted
/// pick, the ISO 8601 text it stands for, shown as secondary text.
pub fn fill(form: &mut Form, name: &str) {
    let amount_key = format!("{name}_amount");
    let unit_key = format!("{name}_unit");
    let text = |v: Option<&Value>| v.and_then(Value::as_str).unwrap_or_default().to_owned();
    if form.values.contains_key(&amount_key) {
        let picked = text(form.values.get(&amount_key))
            .trim()
            .parse::<u64>()
            .ok()
            .zip(Unit::parse(&text(form.values.get(&unit_key))))
            .and_then(|(n, unit)| IsoDuration::of_amount(n, unit).ok());
        form.set(name, picked.map(|p| p.to_string()).unwrap_or_default());
        return;
    }
    if let Ok(period) = text(form.values.get(name)).parse::<IsoDuration>() {
        let (n, unit) = period.as_amount();
        form.set(&amount_key, n.to_string());
        form.set(&unit_key, unit.as_str());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> Fields {
        let body: String = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        Fields::parse(body.as_bytes())
    }

    #[test]
    fn a_pick_becomes_the_iso_period_it_stands_for() {
        let mut checks = Checks::new();
        let form = fields(&[("keep_amount", "6"), ("keep_unit", "years")]);
        assert_eq!(
            posted(&form, "keep", &mut checks).as_deref(),
            Some("P2196D")
        );
        let typed = fields(&[("keep", " P30D ")]);
        assert_eq!(posted(&typed, "keep", &mut checks).as_deref(), Some("P30D"));
        let blank = fields(&[("keep_amount", ""), ("keep_unit", "days")]);
        assert_eq!(posted(&blank, "keep", &mut checks), None);
        assert!(checks.finish().is_ok());
    }

    #[test]
    fn a_faulty_pick_is_named_under_the_period() {
        for pairs in [
            [("keep_amount", "six"), ("keep_unit", "years")],
            [("keep_amount", "6"), ("keep_unit", "decades")],
            [("keep_amount", "101"), ("keep_unit", "years")],
        ] {
            let mut checks = Checks::new();
            assert_eq!(posted(&fields(&pairs), "keep", &mut checks), None);
            let Err(crate::error::Error::Invalid(errors)) = checks.finish() else {
                panic!("{pairs:?} was accepted");
            };
            assert!(errors.contains_key("keep"), "{errors:?}");
        }
    }

    #[test]
    fn a_stored_period_fills_the_picker() {
        let mut form = Form::new(serde_json::json!({ "keep": "P2196D" }), None);
        fill(&mut form, "keep");
        assert_eq!(form.values["keep_amount"], "6");
        assert_eq!(form.values["keep_unit"], "years");
        let mut picked = Form::new(
            serde_json::json!({ "keep_amount": "2", "keep_unit": "weeks" }),
            None,
        );
        fill(&mut picked, "keep");
        assert_eq!(picked.values["keep"], "P14D");
    }
}
