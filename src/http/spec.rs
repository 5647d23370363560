//! The OpenAPI document Steward publishes at `/api/openapi.json`:
//! poem-openapi's, made to say what the server enforces, and shaped so that
//! client generators (openapi-python-client, openapi-typescript) keep every
//! operation and schema (`.ci/openapi-clients` checks both).

use serde_json::Value;

/// The published document, from the one poem-openapi generates.
pub fn published(generated: &str) -> String {
    let mut spec: Value = serde_json::from_str(generated).expect("the generated spec is JSON");
    close_request_bodies(&mut spec);
    plain_references(&mut spec);
    spec.to_string()
}

/// The spec made to say what the server enforces and accepts: every object a
/// request body uses is closed (`additionalProperties: false`), and its
/// optional properties are `nullable`, since `null` is how a partial update
/// clears a field (and means "absent" elsewhere).
fn close_request_bodies(spec: &mut Value) {
    let mut names = Vec::new();
    for item in spec["paths"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(_, i)| i)
    {
        for op in item.as_object().into_iter().flatten().map(|(_, o)| o) {
            for media in op["requestBody"]["content"]
                .as_object()
                .into_iter()
                .flatten()
                .map(|(_, m)| m)
            {
                if let Some(name) = media["schema"]["$ref"]
                    .as_str()
                    .and_then(|r| r.strip_prefix("#/components/schemas/"))
                {
                    names.push(name.to_owned());
                }
            }
        }
    }
    for name in names {
        let schema = spec["components"]["schemas"]
            .get_mut(&name)
            .and_then(Value::as_object_mut);
        let Some(schema) =
            schema.filter(|s| s.get("type").and_then(Value::as_str) == Some("object"))
        else {
            continue;
        };
        schema
            .entry("additionalProperties")
            .or_insert(Value::Bool(false));
        let required: Vec<String> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|r| {
                r.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        for (key, property) in schema
            .get_mut("properties")
            .and_then(Value::as_object_mut)
            .into_iter()
            .flatten()
        {
            if required.contains(key) {
                continue;
            }
            if property.get("$ref").is_some() {
                *property = serde_json::json!({ "allOf": [property.take()], "nullable": true });
            } else if let Some(p) = property.as_object_mut() {
                p.insert("nullable".into(), Value::Bool(true));
            }
        }
    }
}

/// poem-openapi writes a documented property whose type is a reference as
/// `allOf: [{$ref}, {description}]`, with the description repeated beside
/// the `allOf`. Generators refuse an `allOf` part that is not an object
/// schema, and drop the whole schema with every operation that uses it
/// (openapi-python-client: "Cannot take allOf a non-object"), so parts that
/// only annotate go; the description stays on the property.
fn plain_references(v: &mut Value) {
    match v {
        Value::Object(o) => {
            if let Some(Value::Array(parts)) = o.get_mut("allOf") {
                parts.retain(|p| !annotates_only(p));
            }
            o.values_mut().for_each(plain_references);
        }
        Value::Array(a) => a.iter_mut().for_each(plain_references),
        _ => {}
    }
}

/// Whether `schema` has no keyword that constrains a value.
fn annotates_only(schema: &Value) -> bool {
    const ANNOTATIONS: [&str; 7] = [
        "description",
        "title",
        "example",
        "default",
        "deprecated",
        "readOnly",
        "writeOnly",
    ];
    schema
        .as_object()
        .is_some_and(|o| !o.is_empty() && o.keys().all(|k| ANNOTATIONS.contains(&k.as_str())))
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    #[test]
    fn a_documented_reference_keeps_its_description_without_an_annotation_part() {
        let generated = json!({
            "paths": {},
            "components": { "schemas": {
                "Role": { "type": "string", "enum": ["viewer", "admin"] },
                "View": { "type": "object", "required": ["role"], "properties": {
                    "role": {
                        "allOf": [
                            { "$ref": "#/components/schemas/Role" },
                            { "description": "The lowest role." }
                        ],
                        "description": "The lowest role."
                    },
                    "both": { "allOf": [
                        { "$ref": "#/components/schemas/Role" },
                        { "type": "string", "maxLength": 5 }
                    ] }
                } }
            } }
        });
        let spec: Value = serde_json::from_str(&super::published(&generated.to_string())).unwrap();
        let view = &spec["components"]["schemas"]["View"]["properties"];
        assert_eq!(
            view["role"],
            json!({ "allOf": [{ "$ref": "#/components/schemas/Role" }], "description": "The lowest role." })
        );
        // A part that constrains stays.
        assert_eq!(view["both"]["allOf"].as_array().unwrap().len(), 2);
    }
}
