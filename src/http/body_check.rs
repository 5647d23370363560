//! Strict checking of JSON request bodies against the operation's own schema
//! in the published OpenAPI spec, before the operation parses them. Wrong
//! types are refused rather than coerced, unknown fields are refused, and
//! every bad field is named in the problem's `errors`.

use std::collections::BTreeMap;

use poem::http::{Method, StatusCode};
use serde_json::{Map, Value};

use super::problem::Problem;

struct Operation {
    method: Method,
    /// Path segments after the API prefix; `None` is a path parameter.
    segments: Vec<Option<String>>,
    schema: Value,
}

pub struct BodySchemas {
    prefix: String,
    operations: Vec<Operation>,
    components: Map<String, Value>,
}

impl BodySchemas {
    /// Reads every operation's JSON request body schema from `spec`.
    pub fn from_spec(spec: &str, prefix: &str) -> Self {
        let spec: Value = serde_json::from_str(spec).expect("the generated spec is JSON");
        let components = spec["components"]["schemas"]
            .as_object()
            .cloned()
            .unwrap_or_default();
        let mut operations = Vec::new();
        for (path, item) in spec["paths"].as_object().into_iter().flatten() {
            for (method, op) in item.as_object().into_iter().flatten() {
                let json_body = op["requestBody"]["content"]
                    .as_object()
                    .and_then(|c| c.iter().find(|(ct, _)| ct.starts_with("application/json")))
                    .and_then(|(_, media)| media.get("schema"));
                let Some(schema) = json_body else { continue };
                let Ok(method) = method.to_uppercase().parse::<Method>() else {
                    continue;
                };
                let segments = split(path)
                    .map(|s| (!(s.starts_with('{') && s.ends_with('}'))).then(|| s.to_owned()))
                    .collect();
                operations.push(Operation {
                    method,
                    segments,
                    schema: schema.clone(),
                });
            }
        }
        Self {
            prefix: prefix.to_owned(),
            operations,
            components,
        }
    }

    fn schema_for(&self, method: &Method, path: &str) -> Option<&Value> {
        let rest = path.strip_prefix(&self.prefix)?;
        let parts: Vec<&str> = split(rest).collect();
        self.operations
            .iter()
            .find(|op| {
                op.method == method
                    && op.segments.len() == parts.len()
                    && op
                        .segments
                        .iter()
                        .zip(&parts)
                        .all(|(s, p)| s.as_deref().is_none_or(|s| s == *p))
            })
            .map(|op| &op.schema)
    }

    /// A problem document when a JSON body does not match its operation's schema.
    pub fn check(
        &self,
        method: &Method,
        path: &str,
        content_type: Option<&str>,
        body: &[u8],
    ) -> Option<Problem> {
        let schema = self.schema_for(method, path)?;
        if !is_json(content_type) {
            return None;
        }
        if body.iter().all(u8::is_ascii_whitespace) {
            return Some(Problem::new(
                StatusCode::BAD_REQUEST,
                "bad-request",
                "the request body is empty; send a JSON object",
            ));
        }
        let value: Value = match serde_json::from_slice(body) {
            Ok(v) => v,
            Err(e) => {
                return Some(Problem::new(
                    StatusCode::BAD_REQUEST,
                    "bad-request",
                    format!("the request body is not valid JSON: {e}"),
                ));
            }
        };
        let mut errors = BTreeMap::new();
        self.validate(schema, &value, "", &mut errors);
        if errors.is_empty() {
            return None;
        }
        let mut problem = Problem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation",
            summary(&errors),
        );
        problem.errors = Some(errors);
        Some(problem)
    }

    fn resolve<'a>(&'a self, schema: &'a Value) -> &'a Value {
        match schema.get("$ref").and_then(Value::as_str) {
            Some(r) => r
                .strip_prefix("#/components/schemas/")
                .and_then(|name| self.components.get(name))
                .map_or(schema, |s| self.resolve(s)),
            None => schema,
        }
    }

    fn validate(
        &self,
        schema: &Value,
        value: &Value,
        at: &str,
        errors: &mut BTreeMap<String, String>,
    ) {
        let schema = self.resolve(schema);
        if value.is_null() && schema.get("nullable") == Some(&Value::Bool(true)) {
            return;
        }
        if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
            for s in all {
                self.validate(s, value, at, errors);
            }
            return;
        }
        if let Some(any) = schema
            .get("anyOf")
            .or_else(|| schema.get("oneOf"))
            .and_then(Value::as_array)
        {
            self.validate_any_of(any, value, at, errors);
            return;
        }
        if value.is_null() {
            if schema.get("nullable") != Some(&Value::Bool(true)) {
                fail(errors, at, "must not be null".into());
            }
            return;
        }
        match schema.get("type").and_then(Value::as_str) {
            Some("object") => self.validate_object(schema, value, at, errors),
            Some("array") => self.validate_array(schema, value, at, errors),
            Some(ty) => {
                if let Some(msg) = scalar_fault(ty, schema, value) {
                    fail(errors, at, msg);
                }
            }
            None => {}
        }
    }

    /// Accepts `value` when one of the `choices` does; otherwise reports
    /// the faults found against the first of them.
    fn validate_any_of(
        &self,
        choices: &[Value],
        value: &Value,
        at: &str,
        errors: &mut BTreeMap<String, String>,
    ) {
        let mut first = None;
        for s in choices {
            let mut e = BTreeMap::new();
            self.validate(s, value, at, &mut e);
            if e.is_empty() {
                return;
            }
            first.get_or_insert(e);
        }
        errors.extend(first.unwrap_or_default());
    }

    /// Checks that `value` is a list no longer than the schema allows, and
    /// each of its items against the items' schema.
    fn validate_array(
        &self,
        schema: &Value,
        value: &Value,
        at: &str,
        errors: &mut BTreeMap<String, String>,
    ) {
        let Some(items) = value.as_array() else {
            fail(errors, at, format!("must be a list, not {}", kind(value)));
            return;
        };
        if let Some(max) = schema
            .get("maxItems")
            .and_then(Value::as_u64)
            .filter(|m| items.len() as u64 > *m)
        {
            fail(errors, at, format!("must have at most {max} items"));
        }
        if let Some(item_schema) = schema.get("items") {
            for (i, item) in items.iter().enumerate() {
                self.validate(item_schema, item, &format!("{at}[{i}]"), errors);
            }
        }
    }

    fn validate_object(
        &self,
        schema: &Value,
        value: &Value,
        at: &str,
        errors: &mut BTreeMap<String, String>,
    ) {
        let join = |key: &str| {
            if at.is_empty() {
                key.to_owned()
            } else {
                format!("{at}.{key}")
            }
        };
        let Some(object) = value.as_object() else {
            let what = if at.is_empty() { "body" } else { at };
            errors
                .entry(what.to_owned())
                .or_insert(format!("must be a JSON object, not {}", kind(value)));
            return;
        };
        let properties = schema.get("properties").and_then(Value::as_object);
        for required in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if !object.contains_key(required) {
                errors
                    .entry(join(required))
                    .or_insert_with(|| "is required".into());
            }
        }
        for (key, item) in object {
            match (
                properties.and_then(|p| p.get(key)),
                schema.get("additionalProperties"),
            ) {
                (Some(s), _) => self.validate(s, item, &join(key), errors),
                (None, Some(extra)) if extra.is_object() => {
                    self.validate(extra, item, &join(key), errors)
                }
                (None, Some(Value::Bool(true))) => {}
                (None, _) => {
                    errors
                        .entry(join(key))
                        .or_insert_with(|| "is not a field this operation accepts".into());
                }
            }
        }
    }
}

/// Notes `msg` against the field at `at` (the body itself when `at` is
/// empty), unless a fault of that field is already noted.
fn fail(errors: &mut BTreeMap<String, String>, at: &str, msg: String) {
    let field = if at.is_empty() { "body" } else { at };
    errors.entry(field.to_owned()).or_insert(msg);
}

/// What is wrong with `value` as a `ty` (string, integer, number or
/// boolean) under `schema`, if anything.
fn scalar_fault(ty: &str, schema: &Value, value: &Value) -> Option<String> {
    match ty {
        "string" => match value.as_str() {
            None => Some(format!("must be a string, not {}", kind(value))),
            Some(s) => string_fault(schema, s),
        },
        "integer" => {
            let unsigned = schema
                .get("format")
                .and_then(Value::as_str)
                .is_some_and(|f| f.starts_with("uint"));
            if !(value.is_i64() || value.is_u64()) {
                Some(format!("must be a whole number, not {}", kind(value)))
            } else if unsigned && !value.is_u64() {
                Some("must not be negative".into())
            } else {
                range_fault(schema, value)
            }
        }
        "number" => {
            if !value.is_number() {
                Some(format!("must be a number, not {}", kind(value)))
            } else {
                range_fault(schema, value)
            }
        }
        "boolean" if !value.is_boolean() => {
            Some(format!("must be true or false, not {}", kind(value)))
        }
        _ => None,
    }
}

/// Whether `content_type` is one poem-openapi parses as JSON:
/// `application/json` and any `+json`.
pub fn is_json(content_type: Option<&str>) -> bool {
    content_type
        .and_then(|ct| ct.split(';').next())
        .is_some_and(|m| {
            let m = m.trim().to_ascii_lowercase();
            m == "application/json" || (m.starts_with("application/") && m.ends_with("+json"))
        })
}

/// A problem document when a JSON body names a key twice in one object.
/// JSON parsers disagree on which of the two wins (serde keeps the last), so
/// such a body is refused rather than read one way here and another way by
/// whoever signed or logged it. Bodies that are not JSON at all are left to
/// the parsers after this, which say what is wrong with them.
pub fn duplicate_key(body: &[u8]) -> Option<Problem> {
    use serde::de::DeserializeSeed;
    let found = std::cell::RefCell::new(None);
    let mut de = serde_json::Deserializer::from_slice(body);
    let walk = Unique {
        at: String::new(),
        found: &found,
    };
    if walk.deserialize(&mut de).is_ok() {
        return None;
    }
    let at = found.into_inner()?;
    let mut problem = Problem::new(
        StatusCode::BAD_REQUEST,
        "duplicate-key",
        format!("the request body names {at} more than once; send each key once"),
    );
    problem.errors = Some(BTreeMap::from([(
        at,
        "appears more than once in the same object".to_owned(),
    )]));
    Some(problem)
}

/// Walks a JSON value, failing at the first key seen twice in one object and
/// noting its path (`fields.plan`, `items[2].email`) in `found`.
struct Unique<'a> {
    at: String,
    found: &'a std::cell::RefCell<Option<String>>,
}

impl<'de> serde::de::DeserializeSeed<'de> for Unique<'_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Unique<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut i = 0;
        loop {
            let item = Unique {
                at: format!("{}[{i}]", self.at),
                found: self.found,
            };
            if seq.next_element_seed(item)?.is_none() {
                return Ok(());
            }
            i += 1;
        }
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        use serde::de::Error;
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            let at = match self.at.is_empty() {
                true => key.clone(),
                false => format!("{}.{key}", self.at),
            };
            if !seen.insert(key) {
                *self.found.borrow_mut() = Some(at);
                return Err(A::Error::custom("a key appears twice"));
            }
            map.next_value_seed(Unique {
                at,
                found: self.found,
            })?;
        }
        Ok(())
    }
}

fn split(path: &str) -> impl Iterator<Item = &str> {
    path.split('/').filter(|s| !s.is_empty())
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn string_fault(schema: &Value, s: &str) -> Option<String> {
    let chars = s.chars().count() as u64;
    if let Some(max) = schema
        .get("maxLength")
        .and_then(Value::as_u64)
        .filter(|m| chars > *m)
    {
        return Some(format!("must be at most {max} characters"));
    }
    if let Some(min) = schema
        .get("minLength")
        .and_then(Value::as_u64)
        .filter(|m| chars < *m)
    {
        return Some(format!("must be at least {min} characters"));
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array)
        && !allowed.iter().any(|a| a.as_str() == Some(s))
    {
        let names: Vec<&str> = allowed.iter().filter_map(Value::as_str).collect();
        return Some(format!("must be one of: {}", names.join(", ")));
    }
    match schema.get("format").and_then(Value::as_str) {
        Some("uuid") if uuid::Uuid::try_parse(s).is_err() => Some("must be a UUID".into()),
        Some("date-time") if chrono::DateTime::parse_from_rfc3339(s).is_err() => {
            Some("must be an RFC 3339 date and time".into())
        }
        _ => None,
    }
}

fn range_fault(schema: &Value, v: &Value) -> Option<String> {
    let n = v.as_f64()?;
    if let Some(min) = schema
        .get("minimum")
        .and_then(Value::as_f64)
        .filter(|m| n < *m)
    {
        return Some(format!("must be at least {min}"));
    }
    if let Some(max) = schema
        .get("maximum")
        .and_then(Value::as_f64)
        .filter(|m| n > *m)
    {
        return Some(format!("must be at most {max}"));
    }
    None
}

fn summary(errors: &BTreeMap<String, String>) -> String {
    let parts: Vec<String> = errors.iter().map(|(k, v)| format!("{k} {v}")).collect();
    format!(
        "the request body does not fit this operation: {}",
        parts.join("; ")
    )
}

#[cfg(test)]
mod tests;
