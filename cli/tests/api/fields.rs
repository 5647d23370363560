//! Custom fields: definitions per tenant, typed and required values, and
//! values hidden from roles below the field's visibility in every read path.

use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{Session, Tenant, TestApp, expect, expect_status, problem, spawn_app};

async fn define(admin: &Session, body: Value) -> Value {
    let resp = admin.post("/api/v1/fields", body.clone()).await;
    let resp = expect_status(resp, 201).await;
    resp.json().await.unwrap()
}

/// A tenant with one field of every type; `vat_id` only admins see.
async fn tenant_with_fields(app: &TestApp, slug: &str) -> (Tenant, Session) {
    let t = app.create_tenant(slug).await;
    let admin = app.login_as(&t, Role::Admin).await;
    define(
        &admin,
        json!({ "key": "plan", "label": "Plan", "type": "select", "options": ["basic", "pro"], "required": true }),
    )
    .await;
    define(
        &admin,
        json!({ "key": "vat_id", "label": "VAT ID", "type": "text", "visible_to": "admin" }),
    )
    .await;
    define(
        &admin,
        json!({ "key": "birthday", "label": "Birthday", "type": "date" }),
    )
    .await;
    define(
        &admin,
        json!({ "key": "score", "label": "Score", "type": "number", "personal": false }),
    )
    .await;
    define(
        &admin,
        json!({ "key": "vip", "label": "VIP", "type": "bool" }),
    )
    .await;
    (t, admin)
}

#[tokio::test]
async fn definitions_are_listed_with_their_rules() {
    let app = spawn_app().await;
    let (t, admin) = tenant_with_fields(&app, "acme").await;
    let all = admin.json("/api/v1/fields").await;
    let keys: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["key"].as_str().unwrap())
        .collect();
    assert_eq!(keys, ["plan", "vat_id", "birthday", "score", "vip"]);
    assert_eq!(all[0]["type"], "select");
    assert_eq!(all[0]["options"], json!(["basic", "pro"]));
    assert_eq!(all[0]["required"], true);
    assert_eq!(all[0]["visible_to"], "viewer");
    assert_eq!(all[0]["personal"], true);
    assert_eq!(all[3]["personal"], false);
    assert_eq!(all[1]["visible_to"], "admin");

    let viewer = app.login_as(&t, Role::Viewer).await;
    let seen = viewer.json("/api/v1/fields").await;
    assert_eq!(seen.as_array().unwrap().len(), 4);
    assert!(
        !seen.to_string().contains("vat_id"),
        "a viewer does not learn of a field above its role"
    );

    let audit = app.login_owner(&t).await.json("/api/v1/audit").await;
    let created = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "field.created")
        .count();
    assert_eq!(created, 5);
}

#[tokio::test]
async fn bad_definitions_are_refused_naming_the_field() {
    let app = spawn_app().await;
    let (_, admin) = tenant_with_fields(&app, "acme").await;
    let before = app.fingerprint().await;
    for (body, field, message) in [
        (
            json!({ "key": "Plan", "label": "P", "type": "text" }),
            "key",
            "a–z",
        ),
        (
            json!({ "key": "2nd", "label": "P", "type": "text" }),
            "key",
            "start with a letter",
        ),
        (
            json!({ "key": "tier", "label": "Tier", "type": "select" }),
            "options",
            "at least one option",
        ),
        (
            json!({ "key": "tier", "label": "Tier", "type": "select", "options": [] }),
            "options",
            "at least one option",
        ),
        (
            json!({ "key": "tier", "label": "Tier", "type": "text", "options": ["a"] }),
            "options",
            "only a select field",
        ),
        (
            json!({ "key": "tier", "label": "Tier", "type": "select", "options": ["a", "a"] }),
            "options[1]",
            "twice",
        ),
        (
            json!({ "key": "tier", "label": "Tier", "type": "select", "options": ["a", " "] }),
            "options[1]",
            "empty",
        ),
        (
            json!({ "key": "tier", "label": "  ", "type": "text" }),
            "label",
            "empty",
        ),
        (
            json!({ "key": "tier", "label": "Tier", "type": "colour" }),
            "type",
            "",
        ),
        (
            json!({ "key": "tier", "label": "Tier", "type": "text", "visible_to": "boss" }),
            "visible_to",
            "",
        ),
        (
            json!({ "key": "tier", "label": "Tier", "type": "text", "secret": true }),
            "secret",
            "not a field",
        ),
    ] {
        let p = problem(admin.post("/api/v1/fields", body.clone()).await, 422).await;
        let got = p["errors"][field].as_str().unwrap_or_default();
        assert!(
            !got.is_empty() && got.contains(message),
            "{body}: {field} should say {message:?}, got {p}"
        );
    }
    let p = problem(
        admin
            .post(
                "/api/v1/fields",
                json!({ "key": "plan", "label": "Again", "type": "text" }),
            )
            .await,
        409,
    )
    .await;
    assert!(p["detail"].as_str().unwrap().contains("\"plan\""), "{p}");
    assert_eq!(app.fingerprint().await, before, "nothing was written");
}

#[tokio::test]
async fn values_are_typed_required_and_every_bad_one_is_named() {
    let app = spawn_app().await;
    let (t, _) = tenant_with_fields(&app, "acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let before = app.fingerprint().await;

    let p = problem(
        staff
            .post("/api/v1/customers", json!({ "name": "Ann" }))
            .await,
        422,
    )
    .await;
    assert_eq!(p["errors"]["fields.plan"], "is required", "{p}");

    let p = problem(
        staff
            .post(
                "/api/v1/customers",
                json!({ "name": "Ann", "fields": {
                    "plan": "gold",
                    "birthday": "1990-02-30",
                    "score": "high",
                    "vip": "yes",
                    "vat_id": "DE123",
                    "colour": "red",
                }}),
            )
            .await,
        422,
    )
    .await;
    let errors = &p["errors"];
    assert_eq!(errors["fields.plan"], "must be one of: basic, pro");
    assert_eq!(
        errors["fields.birthday"],
        "must be a date written YYYY-MM-DD, in the years 0001 to 9999"
    );
    assert_eq!(errors["fields.score"], "must be a number, not text");
    assert_eq!(errors["fields.vip"], "must be true or false, not text");
    assert_eq!(
        errors["fields.vat_id"], "is not a custom field of this tenant",
        "staff cannot set a field above its role"
    );
    assert_eq!(
        errors["fields.colour"],
        "is not a custom field of this tenant"
    );

    for (value, message) in [
        (json!(["pro"]), "must"),
        (json!({ "x": 1 }), "must"),
        (json!(null), "must not be null"),
    ] {
        let p = problem(
            staff
                .post(
                    "/api/v1/customers",
                    json!({ "name": "Ann", "fields": { "plan": value } }),
                )
                .await,
            422,
        )
        .await;
        let got = p["errors"]["fields.plan"].as_str().unwrap_or_default();
        assert!(got.contains(message), "{value}: {p}");
    }
    assert_eq!(app.fingerprint().await, before, "nothing was written");

    let resp = staff
        .post(
            "/api/v1/customers",
            json!({ "name": "Ann", "fields": {
                "plan": "pro", "birthday": "1990-02-28", "score": 7.5, "vip": true,
            }}),
        )
        .await;
    let c = expect(resp, 201).await;
    assert_eq!(
        c["fields"],
        json!({ "plan": "pro", "birthday": "1990-02-28", "score": 7.5, "vip": true })
    );
}

#[tokio::test]
async fn changes_merge_clear_and_respect_the_required_rule() {
    let app = spawn_app().await;
    let (t, admin) = tenant_with_fields(&app, "acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let c: Value = staff
        .post(
            "/api/v1/customers",
            json!({ "name": "Ann", "fields": { "plan": "basic", "score": 3, "vip": false } }),
        )
        .await
        .json()
        .await
        .unwrap();
    let path = format!("/api/v1/customers/{}", c["id"].as_str().unwrap());

    let p = problem(
        staff
            .patch(&path, json!({ "version": 1, "fields": { "plan": null } }))
            .await,
        422,
    )
    .await;
    assert_eq!(
        p["errors"]["fields.plan"],
        "is required and cannot be cleared"
    );
    let p = problem(
        staff
            .patch(&path, json!({ "version": 1, "fields": { "score": true } }))
            .await,
        422,
    )
    .await;
    assert_eq!(
        p["errors"]["fields.score"],
        "must be a number, not true or false"
    );

    let resp = staff
        .patch(
            &path,
            json!({ "version": 1, "fields": { "plan": "pro", "score": null } }),
        )
        .await;
    let changed = expect(resp, 200).await;
    assert_eq!(changed["version"], 2);
    assert_eq!(
        changed["fields"],
        json!({ "plan": "pro", "vip": false }),
        "plan changed, score cleared, vip kept"
    );

    // A value the staff member cannot see survives their changes.
    let resp = admin
        .patch(
            &path,
            json!({ "version": 2, "fields": { "vat_id": "DE999" } }),
        )
        .await;
    expect(resp, 200).await;
    let resp = staff
        .patch(&path, json!({ "version": 3, "fields": { "vip": true } }))
        .await;
    expect(resp, 200).await;
    assert_eq!(admin.json(&path).await["fields"]["vat_id"], "DE999");

    let audit = app.login_owner(&t).await.json("/api/v1/audit").await;
    let updates: Vec<&Value> = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "customer.updated")
        .collect();
    let fields: Vec<&Value> = updates.iter().map(|e| &e["detail"]["fields"]).collect();
    assert!(
        fields.contains(&&json!(["fields.plan", "fields.score"])),
        "{fields:?}"
    );
    assert!(
        !audit.to_string().contains("DE999"),
        "values stay out of the audit log"
    );
}

#[tokio::test]
async fn a_field_is_hidden_from_roles_below_its_visibility_in_every_read() {
    let app = spawn_app().await;
    let (t, admin) = tenant_with_fields(&app, "acme").await;
    let c: Value = admin
        .post(
            "/api/v1/customers",
            json!({ "name": "Ann", "fields": { "plan": "pro", "vat_id": "DE123456789" } }),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(c["fields"]["vat_id"], "DE123456789");
    let id = c["id"].as_str().unwrap();
    let path = format!("/api/v1/customers/{id}");

    for role in [Role::Viewer, Role::Staff] {
        for who in [app.login_as(&t, role).await, app.token(&t, role).await] {
            let got = who.json(&path).await;
            assert_eq!(
                got["fields"],
                json!({ "plan": "pro" }),
                "{role} reading one"
            );
            let listed = who.json("/api/v1/customers").await;
            assert_eq!(listed["items"][0]["fields"], json!({ "plan": "pro" }));
            let found = who.json("/api/v1/customers?q=ann").await;
            assert_eq!(found["items"][0]["fields"], json!({ "plan": "pro" }));
            for body in [&got, &listed, &found] {
                assert!(!body.to_string().contains("DE123456789"), "{role}");
            }
        }
    }
    let staff = app.login_as(&t, Role::Staff).await;
    let changed: Value = staff
        .patch(&path, json!({ "version": 1, "name": "Ann B" }))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        changed["fields"],
        json!({ "plan": "pro" }),
        "nor in a write's answer"
    );
    let restricted: Value = staff
        .post(
            &format!("{path}/restrict"),
            json!({ "on": true, "reason": "asked" }),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(restricted["fields"], json!({ "plan": "pro" }));

    // Raising a field's visibility hides it at once; lowering it shows it.
    let resp = admin
        .patch("/api/v1/fields/plan", json!({ "visible_to": "staff" }))
        .await;
    expect(resp, 200).await;
    let viewer = app.login_as(&t, Role::Viewer).await;
    assert_eq!(viewer.json(&path).await["fields"], json!({}));
    admin
        .patch("/api/v1/fields/vat_id", json!({ "visible_to": "viewer" }))
        .await;
    assert_eq!(
        viewer.json(&path).await["fields"],
        json!({ "vat_id": "DE123456789" })
    );
}

#[tokio::test]
async fn definitions_change_and_deleted_fields_vanish_from_records() {
    let app = spawn_app().await;
    let (t, admin) = tenant_with_fields(&app, "acme").await;
    let c: Value = admin
        .post(
            "/api/v1/customers",
            json!({ "name": "Ann", "fields": { "plan": "pro", "vip": true } }),
        )
        .await
        .json()
        .await
        .unwrap();
    let path = format!("/api/v1/customers/{}", c["id"].as_str().unwrap());

    let changed: Value = admin
        .patch(
            "/api/v1/fields/plan",
            json!({ "label": "Tariff", "options": ["basic", "premium"], "required": false }),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(changed["label"], "Tariff");
    assert_eq!(changed["options"], json!(["basic", "premium"]));
    assert_eq!(changed["type"], "select", "the type stays");
    assert_eq!(
        admin.json(&path).await["fields"]["plan"],
        "pro",
        "a stored value outlives its option"
    );
    let p = problem(
        admin
            .patch(&path, json!({ "version": 1, "fields": { "plan": "pro" } }))
            .await,
        422,
    )
    .await;
    assert_eq!(p["errors"]["fields.plan"], "must be one of: basic, premium");
    let p = problem(
        admin
            .patch("/api/v1/fields/vip", json!({ "options": ["a"] }))
            .await,
        422,
    )
    .await;
    assert_eq!(p["errors"]["options"], "only a select field has options");
    problem(
        admin
            .patch("/api/v1/fields/nope", json!({ "label": "x" }))
            .await,
        404,
    )
    .await;

    let resp = admin.delete("/api/v1/fields/vip").await;
    expect(resp, 204).await;
    assert_eq!(admin.json(&path).await["fields"], json!({ "plan": "pro" }));
    problem(admin.delete("/api/v1/fields/vip").await, 404).await;
    // The same key defined again starts empty: old values do not come back.
    define(
        &admin,
        json!({ "key": "vip", "label": "VIP", "type": "bool" }),
    )
    .await;
    assert_eq!(admin.json(&path).await["fields"], json!({ "plan": "pro" }));

    let audit = app.login_owner(&t).await.json("/api/v1/audit").await;
    let actions: Vec<&str> = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert!(actions.contains(&"field.updated"));
    assert!(actions.contains(&"field.deleted"));
}

#[tokio::test]
async fn only_admins_define_fields() {
    let app = spawn_app().await;
    let (t, _) = tenant_with_fields(&app, "acme").await;
    for role in [Role::Viewer, Role::Staff] {
        let who = app.login_as(&t, role).await;
        let before = app.fingerprint().await;
        problem(
            who.post(
                "/api/v1/fields",
                json!({ "key": "x", "label": "X", "type": "text" }),
            )
            .await,
            403,
        )
        .await;
        problem(
            who.patch("/api/v1/fields/plan", json!({ "label": "X" }))
                .await,
            403,
        )
        .await;
        problem(who.delete("/api/v1/fields/plan").await, 403).await;
        assert_eq!(app.fingerprint().await, before);
    }
}

#[tokio::test]
async fn another_tenants_fields_are_not_found() {
    let app = spawn_app().await;
    let (_, a_admin) = tenant_with_fields(&app, "acme").await;
    let b = app.create_tenant("bravo").await;
    let b_admin = app.login_as(&b, Role::Admin).await;
    assert_eq!(b_admin.json("/api/v1/fields").await, json!([]));
    let before = app.fingerprint().await;
    problem(
        b_admin
            .patch("/api/v1/fields/plan", json!({ "label": "Mine" }))
            .await,
        404,
    )
    .await;
    problem(b_admin.delete("/api/v1/fields/plan").await, 404).await;
    let p = problem(
        b_admin
            .post(
                "/api/v1/customers",
                json!({ "name": "Bo", "fields": { "plan": "pro" } }),
            )
            .await,
        422,
    )
    .await;
    assert_eq!(
        p["errors"]["fields.plan"],
        "is not a custom field of this tenant"
    );
    assert_eq!(app.fingerprint().await, before);
    // The same key in another tenant is its own field.
    define(
        &b_admin,
        json!({ "key": "plan", "label": "Plan B", "type": "text" }),
    )
    .await;
    assert_eq!(a_admin.json("/api/v1/fields").await[0]["label"], "Plan");
}
