//! Erasure on request: shred and anonymize by an admin, with a receipt that
//! names no one, 410 Gone afterwards, and no copy left in any file.

use reqwest::StatusCode;
use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{Session, TestApp, problem, spawn_app};

async fn customer_with_history(s: &Session, name: &str, email: &str) -> String {
    let resp = s
        .post("/api/v1/customers", json!({ "name": name, "email": email }))
        .await;
    assert_eq!(resp.status(), StatusCode::CREATED);
    let id = resp.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    for body in ["Asked about the winter catalogue", "Moved to Tromsø"] {
        let resp = s
            .post(
                &format!("/api/v1/customers/{id}/notes"),
                json!({ "body": body }),
            )
            .await;
        assert_eq!(resp.status(), StatusCode::CREATED);
    }
    let resp = s
        .send(
            reqwest::Method::PUT,
            &format!("/api/v1/customers/{id}/consent/marketing_email"),
            Some(json!({ "granted": true, "basis": "consent" })),
        )
        .await;
    assert!(resp.status().is_success());
    id
}

/// The bytes of a customer's sealed row and wrapped key, as stored.
async fn stored_bytes(app: &TestApp, id: &str) -> (Vec<u8>, Vec<u8>) {
    let id: uuid::Uuid = id.parse().unwrap();
    let main = &app.state.db.main;
    let sealed = main
        .query_one_raw(Statement::from_string(
            main.get_database_backend(),
            format!(
                "SELECT sealed FROM customers WHERE id = {}",
                app.uuid_sql(id)
            ),
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get_by_index::<Vec<u8>>(0)
        .unwrap();
    let keys = &app.state.db.keys;
    let wrapped = keys
        .query_one_raw(Statement::from_string(
            keys.get_database_backend(),
            format!(
                "SELECT wrapped FROM customer_keys WHERE customer_id = {}",
                app.uuid_sql(id)
            ),
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get_by_index::<Vec<u8>>(0)
        .unwrap();
    (sealed, wrapped)
}

fn files_containing(dir: &std::path::Path, needle: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(files_containing(&path, needle));
        } else if let Ok(bytes) = std::fs::read(&path)
            && bytes.windows(needle.len()).any(|w| w == needle)
        {
            found.push(path.display().to_string());
        }
    }
    found
}

#[tokio::test]
async fn shredding_leaves_a_receipt_a_410_and_no_copy_in_any_file() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let id = customer_with_history(&admin, "Ingeborg Shredded", "ingeborg@people.test").await;
    let other = customer_with_history(&admin, "Kept Person", "kept@people.test").await;
    let (sealed, wrapped) = stored_bytes(&app, &id).await;
    let sqlite = app.database_url.starts_with("sqlite");
    if sqlite {
        // Before: the ciphertexts are on disk (in the database or its log).
        steward::db::checkpoint(&app.state.db.main).await.unwrap();
        steward::db::checkpoint(&app.state.db.keys).await.unwrap();
        assert!(!files_containing(app.dir.path(), &sealed[..32]).is_empty());
        assert!(!files_containing(app.dir.path(), &wrapped[..32]).is_empty());
    }

    let resp = admin
        .post(
            &format!("/api/v1/customers/{id}/shred"),
            json!({ "confirm": id }),
        )
        .await;
    assert_eq!(resp.status(), StatusCode::OK);
    let receipt: Value = resp.json().await.unwrap();
    assert_eq!(receipt["customer_id"], id.as_str());
    assert_eq!(receipt["kind"], "shred");
    assert!(receipt["shredded_at"].is_string());
    assert!(receipt["key_destroyed_at"].is_string());
    assert_eq!(receipt["by"]["kind"], "user");
    assert_eq!(receipt["by"]["id"], admin.user_id.to_string());
    assert_eq!(receipt["removed"]["notes"], 2);
    assert_eq!(receipt["removed"]["consents"], 1);
    assert!(receipt["removed"]["tokens"].as_u64().unwrap() >= 2);
    assert!(!receipt.to_string().contains("Ingeborg"));

    // Gone for good, everywhere: 410 naming the receipt.
    let p = problem(admin.get(&format!("/api/v1/customers/{id}")).await, 410).await;
    assert!(
        p["detail"]
            .as_str()
            .unwrap()
            .contains(&format!("/api/v1/erasures/{id}")),
        "{p}"
    );
    problem(
        admin.get(&format!("/api/v1/customers/{id}/notes")).await,
        410,
    )
    .await;
    problem(
        admin
            .patch(
                &format!("/api/v1/customers/{id}"),
                json!({ "version": 1, "name": "Back" }),
            )
            .await,
        410,
    )
    .await;
    problem(
        admin
            .post(
                &format!("/api/v1/customers/{id}/shred"),
                json!({ "confirm": id }),
            )
            .await,
        410,
    )
    .await;
    assert!(
        admin.json("/api/v1/customers?q=ingeborg@people.test").await["items"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert_eq!(admin.json(&format!("/api/v1/erasures/{id}")).await, receipt);
    assert_eq!(
        admin.json(&format!("/api/v1/customers/{other}")).await["name"],
        "Kept Person"
    );

    let audit = app.login_owner(&t).await.json("/api/v1/audit").await;
    let entry = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "customer.shredded")
        .unwrap()
        .clone();
    assert_eq!(entry["target_id"], id.as_str());
    assert!(!audit.to_string().contains("Ingeborg") && !audit.to_string().contains("people.test"));

    if sqlite {
        // After: neither the sealed record nor the wrapped key is in any file
        // under the data directory — databases and logs alike.
        assert_eq!(
            files_containing(app.dir.path(), &sealed[..32]),
            Vec::<String>::new()
        );
        assert_eq!(
            files_containing(app.dir.path(), &wrapped[..32]),
            Vec::<String>::new()
        );
    }
}

#[tokio::test]
async fn erasure_is_refused_on_hold_without_confirmation_or_role_and_changes_nothing() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let staff = app.login_as(&t, Role::Staff).await;
    let id = customer_with_history(&admin, "Held Person", "held@people.test").await;
    let resp = admin
        .post(
            &format!("/api/v1/customers/{id}/hold"),
            json!({ "on": true, "reason": "litigation" }),
        )
        .await;
    assert_eq!(resp.status(), StatusCode::OK);
    let before = app.fingerprint().await;
    for kind in ["shred", "anonymize"] {
        let path = format!("/api/v1/customers/{id}/{kind}");
        let p = problem(admin.post(&path, json!({ "confirm": id })).await, 409).await;
        assert!(p["detail"].as_str().unwrap().contains("legal hold"), "{p}");
        let p = problem(admin.post(&path, json!({ "confirm": "yes" })).await, 422).await;
        assert!(p["errors"]["confirm"].is_string(), "{p}");
        problem(admin.post(&path, json!({})).await, 422).await;
        problem(staff.post(&path, json!({ "confirm": id })).await, 403).await;
        let unknown = uuid::Uuid::now_v7().to_string();
        problem(
            admin
                .post(
                    &format!("/api/v1/customers/{unknown}/{kind}"),
                    json!({ "confirm": unknown }),
                )
                .await,
            404,
        )
        .await;
    }
    problem(admin.get(&format!("/api/v1/erasures/{id}")).await, 404).await;
    assert_eq!(app.fingerprint().await, before, "nothing changed");
}

#[tokio::test]
async fn anonymizing_on_request_keeps_a_skeleton_and_a_receipt() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let resp = admin
        .post(
            "/api/v1/fields",
            json!({ "key": "segment", "label": "Segment", "type": "text", "personal": false }),
        )
        .await;
    assert_eq!(resp.status(), StatusCode::CREATED);
    let resp = admin
        .post("/api/v1/customers", json!({ "name": "Anon Ymous", "email": "anon@people.test", "fields": { "segment": "retail" } }))
        .await;
    let id = resp.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let resp = admin
        .post(
            &format!("/api/v1/customers/{id}/anonymize"),
            json!({ "confirm": id }),
        )
        .await;
    assert_eq!(resp.status(), StatusCode::OK);
    let receipt: Value = resp.json().await.unwrap();
    assert_eq!(receipt["kind"], "anonymize");
    assert!(receipt["anonymized_at"].is_string());
    let c = admin.json(&format!("/api/v1/customers/{id}")).await;
    assert_eq!(c["state"], "anonymized");
    assert_eq!(c["fields"], json!({ "segment": "retail" }));
    assert!(!c.to_string().contains("Anon Ymous"));
    problem(
        admin
            .post(
                &format!("/api/v1/customers/{id}/anonymize"),
                json!({ "confirm": id }),
            )
            .await,
        409,
    )
    .await;
    // The skeleton can still be shredded; the receipt then says so.
    let resp = admin
        .post(
            &format!("/api/v1/customers/{id}/shred"),
            json!({ "confirm": id }),
        )
        .await;
    assert_eq!(resp.status(), StatusCode::OK);
    assert_eq!(resp.json::<Value>().await.unwrap()["kind"], "shred");
    problem(admin.get(&format!("/api/v1/customers/{id}")).await, 410).await;
}

#[tokio::test]
async fn data_keys_that_belong_to_no_record_are_swept_after_a_grace_period() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let kept = customer_with_history(&admin, "Kept Person", "kept@people.test").await;
    // A key stored for a record whose insert never happened.
    let orphan = uuid::Uuid::now_v7();
    app.state
        .keys
        .create_customer_keys(t.id, &[orphan])
        .await
        .unwrap();
    let summary = crate::helpers::run_jobs(&app.state).await;
    assert_eq!(
        summary["orphan_keys_destroyed"], 0,
        "too young to tell: {summary}"
    );
    assert_eq!(app.customer_keys(&orphan.to_string()).await, 1);

    app.clock.advance(chrono::TimeDelta::hours(2));
    let summary = crate::helpers::run_jobs(&app.state).await;
    assert_eq!(summary["orphan_keys_destroyed"], 1, "{summary}");
    assert_eq!(app.customer_keys(&orphan.to_string()).await, 0);
    assert_eq!(app.customer_keys(&kept).await, 1, "a record's key stays");
    let admin = app.login_as(&t, Role::Admin).await;
    assert_eq!(
        admin.json(&format!("/api/v1/customers/{kept}")).await["name"],
        "Kept Person"
    );
}
