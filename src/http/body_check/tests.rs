//! Request bodies checked against their schemas: what passes, what is refused and how it is named.
use serde_json::json;

use super::*;

fn schemas() -> BodySchemas {
    let spec = json!({
        "paths": { "/things/{id}": { "post": { "requestBody": { "content": { "application/json; charset=utf-8": { "schema": { "$ref": "#/components/schemas/Thing" } } } } } } },
        "components": { "schemas": {
            "Thing": { "type": "object", "required": ["name", "kind"], "properties": {
                "name": { "type": "string", "maxLength": 5 },
                "kind": { "$ref": "#/components/schemas/Kind" },
                "count": { "type": "integer", "format": "uint64" },
                "tags": { "type": "array", "items": { "type": "string" } },
                "extra": { "type": "object", "additionalProperties": { "type": "boolean" } }
            } },
            "Kind": { "type": "string", "enum": ["a", "b"] }
        } }
    });
    BodySchemas::from_spec(&spec.to_string(), "/api")
}

fn errors(body: Value) -> BTreeMap<String, String> {
    schemas()
        .check(
            &Method::POST,
            "/api/things/7",
            Some("application/json"),
            body.to_string().as_bytes(),
        )
        .and_then(|p| p.errors)
        .unwrap_or_default()
}

#[test]
fn a_matching_body_passes() {
    assert!(
        errors(
            json!({ "name": "ab", "kind": "a", "count": 3, "tags": ["x"], "extra": { "k": true } })
        )
        .is_empty()
    );
}

#[test]
fn every_fault_is_named_by_field() {
    let e =
        errors(json!({ "name": 12, "count": -1, "tags": [1], "extra": { "k": "no" }, "zzz": 1 }));
    assert_eq!(
        e.keys().cloned().collect::<Vec<_>>(),
        ["count", "extra.k", "kind", "name", "tags[0]", "zzz"]
    );
    assert!(e["name"].contains("string"));
    assert!(e["kind"].contains("required"));
    let e = errors(json!({ "name": "toolong", "kind": "c" }));
    assert!(e["name"].contains("at most 5"));
    assert!(e["kind"].contains("one of: a, b"));
}

#[test]
fn a_key_named_twice_is_refused_wherever_it_is() {
    let at = |body: &str| {
        duplicate_key(body.as_bytes()).map(|p| {
            assert_eq!(p.status, 400);
            p.errors.unwrap().into_keys().collect::<Vec<_>>().join(",")
        })
    };
    assert_eq!(at(r#"{"name": "a", "name": "b"}"#).as_deref(), Some("name"));
    assert_eq!(
        at(r#"{"fields": {"plan": 1, "plan": 2}}"#).as_deref(),
        Some("fields.plan")
    );
    assert_eq!(
        at(r#"{"items": [{"a": 1}, {"a": 1, "a": 2}]}"#).as_deref(),
        Some("items[1].a")
    );
    // The same key in two objects, or escaped differently but equal, is
    // one key per object; bad JSON is left to the parser.
    assert_eq!(at(r#"{"a": {"k": 1}, "b": {"k": 1}}"#), None);
    assert_eq!(at(r#"{"k": 1, "\u006b": 2}"#).as_deref(), Some("k"));
    assert_eq!(at(r#"{"k": 1,"#), None);
    assert_eq!(at("[1, 2, null, true, -1.5, \"x\"]"), None);
}

#[test]
fn other_routes_and_content_types_are_left_alone() {
    let s = schemas();
    assert!(
        s.check(
            &Method::GET,
            "/api/things/7",
            Some("application/json"),
            b"{"
        )
        .is_none()
    );
    assert!(
        s.check(&Method::POST, "/api/other", Some("application/json"), b"{")
            .is_none()
    );
    assert!(
        s.check(&Method::POST, "/api/things/7", Some("text/plain"), b"{")
            .is_none()
    );
    assert!(
        s.check(
            &Method::POST,
            "/api/things/7",
            Some("application/json; charset=utf-8"),
            b"{"
        )
        .is_some()
    );
}
