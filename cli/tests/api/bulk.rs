//! One action on the records ticked on the list: complete, reopen, a note,
//! a field set, an export. Everything asked is checked before anything
//! changes; each record then goes through its own one-record action, with
//! its rules, version and audit entry, and what became of each is told.

use serde_json::{Value, json};
use steward::auth::Role;
use uuid::Uuid;

use crate::helpers::{Session, expect, expect_status, expect_text, problem, spawn_app, submit};

/// The tenant's audit entries with `action`, newest first.
async fn audited(owner: &Session, action: &str) -> Vec<Value> {
    let log = owner.json("/api/v1/audit?limit=200").await;
    log["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == action)
        .cloned()
        .collect()
}

async fn bulk(s: &Session, body: Value) -> reqwest::Response {
    s.post("/api/v1/customers/bulk", body).await
}

async fn record(s: &Session, id: &str) -> Value {
    s.json(&format!("/api/v1/customers/{id}")).await
}

async fn restrict(s: &Session, id: &str) {
    let body = json!({ "on": true, "reason": "disputes the data" });
    expect(
        s.post(&format!("/api/v1/customers/{id}/restrict"), body)
            .await,
        200,
    )
    .await;
}

#[tokio::test]
async fn ticked_records_are_completed_and_reopened_one_by_one() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    let staff = app.login_as(&t, Role::Staff).await;
    let a = staff.customer("Ada Lovelace", "ada@example.com").await;
    let b = staff.customer("Grace Hopper", "grace@example.com").await;
    let c = staff.customer("Kept Apart", "kept@example.com").await;
    restrict(&staff, &c).await;

    let out = expect(
        bulk(&staff, json!({ "action": "complete", "ids": [a, b, c] })).await,
        200,
    )
    .await;
    assert_eq!(out["done"], json!([a, b]));
    assert_eq!(out["refused"][0]["id"], c.as_str());
    assert_eq!(out["refused"][0]["status"], 409);
    assert!(
        out["refused"][0]["detail"]
            .as_str()
            .unwrap()
            .contains("restricted")
    );
    for id in [&a, &b] {
        let r = record(&staff, id).await;
        assert_eq!(r["state"], "complete");
        assert_eq!(r["version"], 2, "one version per record");
    }
    assert_eq!(record(&staff, &c).await["state"], "active");

    // Completing again: each says why not.
    let again = expect(
        bulk(&staff, json!({ "action": "complete", "ids": [a] })).await,
        200,
    )
    .await;
    assert_eq!(again["done"], json!([]));
    assert_eq!(again["refused"][0]["status"], 409);

    let back = expect(
        bulk(&staff, json!({ "action": "reopen", "ids": [a, b] })).await,
        200,
    )
    .await;
    assert_eq!(back["done"], json!([a, b]));
    assert_eq!(record(&staff, &a).await["state"], "active");

    // Every record audited on its own, by its own event.
    let completed = audited(&owner, "customer.completed").await;
    assert_eq!(completed.len(), 2);
    let targets: Vec<&str> = completed
        .iter()
        .map(|e| e["target_id"].as_str().unwrap())
        .collect();
    assert!(
        targets.contains(&a.as_str()) && targets.contains(&b.as_str()),
        "{completed:?}"
    );
    assert_eq!(audited(&owner, "customer.reopened").await.len(), 2);
}

#[tokio::test]
async fn a_note_and_a_field_are_set_on_ticked_records() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    let tier =
        json!({ "key": "tier", "label": "Tier", "type": "select", "options": ["gold", "silver"] });
    expect(owner.post("/api/v1/fields", tier).await, 201).await;
    let vip = json!({ "key": "vip", "label": "VIP", "type": "bool" });
    expect(owner.post("/api/v1/fields", vip).await, 201).await;
    let staff = app.login_as(&t, Role::Staff).await;
    let a = staff.customer("Ada Lovelace", "ada@example.com").await;
    let b = staff.customer("Grace Hopper", "grace@example.com").await;
    let c = staff.customer("Kept Apart", "kept@example.com").await;
    restrict(&staff, &c).await;

    let out = expect(
        bulk(
            &staff,
            json!({ "action": "note", "ids": [a, b, c], "body": "called about renewal" }),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(out["done"], json!([a, b]));
    assert_eq!(out["refused"][0]["id"], c.as_str());
    for id in [&a, &b] {
        let notes = staff.json(&format!("/api/v1/customers/{id}/notes")).await;
        assert_eq!(notes[0]["body"], "called about renewal");
    }

    let out = expect(
        bulk(
            &staff,
            json!({ "action": "set_field", "ids": [a, b], "field": "tier", "value": "gold" }),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(out["done"], json!([a, b]));
    let r = record(&staff, &a).await;
    assert_eq!(r["fields"]["tier"], "gold");
    let out = expect(
        bulk(
            &staff,
            json!({ "action": "set_field", "ids": [b], "field": "vip", "value": true }),
        )
        .await,
        200,
    )
    .await;
    assert_eq!(out["done"], json!([b]));
    assert_eq!(record(&staff, &b).await["fields"]["vip"], true);
    // The field's history has the change, as a one-record edit writes it.
    let history = staff.json(&format!("/api/v1/customers/{b}/history")).await;
    assert!(history.to_string().contains("fields.tier"), "{history}");

    assert_eq!(audited(&owner, "customer.note_added").await.len(), 2);
    assert_eq!(audited(&owner, "customer.updated").await.len(), 3);
}

#[tokio::test]
async fn a_bad_action_field_or_value_changes_nothing() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    let tier =
        json!({ "key": "tier", "label": "Tier", "type": "select", "options": ["gold", "silver"] });
    expect(owner.post("/api/v1/fields", tier).await, 201).await;
    let memo = json!({ "key": "memo", "label": "Memo", "type": "text" });
    expect(owner.post("/api/v1/fields", memo).await, 201).await;
    let secret = json!({ "key": "vat", "label": "VAT", "type": "select", "options": ["yes"], "visible_to": "admin" });
    expect(owner.post("/api/v1/fields", secret).await, 201).await;
    let staff = app.login_as(&t, Role::Staff).await;
    let a = staff.customer("Ada Lovelace", "ada@example.com").await;
    let b = staff.customer("Grace Hopper", "grace@example.com").await;

    let cases = [
        (json!({ "action": "delete", "ids": [a, b] }), "action"),
        (
            json!({ "action": "note", "ids": [a, b], "body": "   " }),
            "body",
        ),
        (json!({ "action": "note", "ids": [a, b] }), "body"),
        (
            json!({ "action": "set_field", "ids": [a, b], "field": "colour", "value": "red" }),
            "field",
        ),
        (
            json!({ "action": "set_field", "ids": [a, b], "field": "memo", "value": "hi" }),
            "field",
        ),
        (
            json!({ "action": "set_field", "ids": [a, b], "field": "vat", "value": "yes" }),
            "field",
        ),
        (
            json!({ "action": "set_field", "ids": [a, b], "field": "tier", "value": "platinum" }),
            "value",
        ),
        (
            json!({ "action": "set_field", "ids": [a, b], "field": "tier" }),
            "value",
        ),
        (json!({ "action": "complete", "ids": [] }), "ids"),
        (json!({ "action": "complete", "ids": [a, a] }), "ids"),
    ];
    for (body, field) in cases {
        let p = problem(bulk(&staff, body.clone()).await, 422).await;
        assert!(p["errors"][field].is_string(), "{body}: {p}");
    }
    let many: Vec<String> = (0..201).map(|_| Uuid::now_v7().to_string()).collect();
    let p = problem(
        bulk(&staff, json!({ "action": "complete", "ids": many })).await,
        422,
    )
    .await;
    assert!(p["errors"]["ids"].as_str().unwrap().contains("200"), "{p}");

    for id in [&a, &b] {
        let r = record(&staff, id).await;
        assert_eq!(
            (r["state"].as_str(), r["version"].as_i64()),
            (Some("active"), Some(1))
        );
        assert!(r["fields"].get("tier").is_none());
        let notes = staff.json(&format!("/api/v1/customers/{id}/notes")).await;
        assert_eq!(notes, json!([]));
    }

    // Viewers read; they do not act.
    let viewer = app.login_as(&t, Role::Viewer).await;
    problem(
        bulk(&viewer, json!({ "action": "complete", "ids": [a] })).await,
        403,
    )
    .await;
    let token = app.token(&t, Role::Viewer).await;
    problem(
        bulk(&token, json!({ "action": "complete", "ids": [a] })).await,
        403,
    )
    .await;
    assert_eq!(record(&staff, &a).await["state"], "active");
}

#[tokio::test]
async fn the_list_ticks_for_staff_and_the_answer_page_names_the_refused() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let viewer = app.login_as(&t, Role::Viewer).await;
    let a = staff.customer("Ada Lovelace", "ada@example.com").await;
    let b = staff.customer("Grace Hopper", "grace@example.com").await;
    let c = staff.customer("Kept Apart", "kept@example.com").await;
    restrict(&staff, &c).await;

    let list = expect_text(staff.get("/customers").await, 200).await;
    assert!(list.contains(r#"name="ids""#) && list.contains(r#"action="/customers/bulk""#));
    assert!(!list.contains("/customers/erase"), "erasure is for admins");
    let seen = expect_text(viewer.get("/customers").await, 200).await;
    assert!(!seen.contains(r#"name="ids""#), "viewers tick nothing");

    let resp = submit(
        &staff,
        "/customers/bulk",
        &[
            ("ids", &a),
            ("ids", &b),
            ("ids", &c),
            ("action", "complete"),
            ("list_query", "state=active"),
        ],
    )
    .await;
    let page = expect_text(resp, 200).await;
    assert!(page.contains("2 completed; 1 not:"), "{page}");
    assert!(
        page.contains("Kept Apart: its processing is restricted"),
        "{page}"
    );
    // Back to the list as it was (a page's `/` is written `&#x2f;`).
    assert!(
        page.contains(r#"href="&#x2f;customers?state=active""#),
        "{page}"
    );
    assert_eq!(record(&staff, &a).await["state"], "complete");

    // A refused action is shown again with what was chosen; nothing changes.
    let resp = submit(
        &staff,
        "/customers/bulk",
        &[("ids", &b), ("action", "note"), ("body", "")],
    )
    .await;
    let page = expect_text(resp, 422).await;
    assert!(
        page.contains(&format!(r#"name="ids" value="{b}""#)),
        "{page}"
    );
    assert!(page.contains(r#"<option value="note" selected>"#), "{page}");
    assert!(page.contains(r#"id="f-body-error""#), "{page}");
    let notes = staff.json(&format!("/api/v1/customers/{b}/notes")).await;
    assert_eq!(notes, json!([]));
}

#[tokio::test]
async fn ticked_records_are_exported_as_the_role_may_see_them() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    let staff = app.login_as(&t, Role::Staff).await;
    let a = staff.customer("Ada Lovelace", "ada@example.com").await;
    staff.customer("Grace Hopper", "grace@example.com").await;
    let c = staff.customer("Kept Apart", "kept@example.com").await;

    let export = expect(
        staff
            .post("/api/v1/exports", json!({ "format": "csv", "ids": [c, a] }))
            .await,
        201,
    )
    .await;
    assert_eq!(export["state"], "ready");
    assert_eq!(export["rows"], 2);
    let url = export["download_url"].as_str().unwrap();
    let text = String::from_utf8(
        expect_status(staff.get(url).await, 200)
            .await
            .bytes()
            .await
            .unwrap()
            .to_vec(),
    )
    .unwrap();
    assert!(text.contains("Ada Lovelace") && text.contains("Kept Apart"));
    assert!(!text.contains("Grace Hopper"), "only the ticked ones");
    let exported = audited(&owner, "customers.exported").await;
    assert_eq!(
        exported[0]["detail"]["filters"]["ticked"], 2,
        "{exported:?}"
    );

    // Ticked records or a view, not both; the same bounds as any action.
    let both = json!({ "format": "csv", "ids": [a], "state": "active" });
    let p = problem(staff.post("/api/v1/exports", both).await, 422).await;
    assert!(p["errors"]["ids"].is_string(), "{p}");
    let twice = json!({ "format": "csv", "ids": [a, a] });
    problem(staff.post("/api/v1/exports", twice).await, 422).await;
    let viewer = app.login_as(&t, Role::Viewer).await;
    let only = json!({ "format": "csv", "ids": [a] });
    problem(viewer.post("/api/v1/exports", only).await, 403).await;

    // From the list's action bar.
    let resp = submit(&staff, "/exports", &[("ids", &a), ("format", "xlsx")]).await;
    let resp = expect_status(resp, 303).await;
    let to = resp.headers()["location"].to_str().unwrap().to_owned();
    let page = expect_text(staff.get(&to).await, 200).await;
    assert!(page.contains("download?token="), "{page}");
}
