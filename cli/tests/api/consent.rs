//! Consent: an append-only history per purpose, shown as current state on
//! the record, withdrawable even while processing is restricted.

use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{expect, problem, spawn_app};

#[tokio::test]
async fn consent_decisions_build_a_history_and_the_record_shows_the_latest() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let c: Value = staff
        .post("/api/v1/customers", json!({ "name": "Ann" }))
        .await
        .json()
        .await
        .unwrap();
    let id = c["id"].as_str().unwrap();
    assert_eq!(c["consent"], json!({}));
    let put = |purpose: &str, body: Value| {
        let (s, path) = (
            staff.clone(),
            format!("/api/v1/customers/{id}/consent/{purpose}"),
        );
        async move { s.send(reqwest::Method::PUT, &path, Some(body)).await }
    };
    let resp = put("marketing_email", json!({ "granted": true, "basis": "consent", "evidence": "web form 2026-11-23, ticked box" })).await;
    let d = expect(resp, 200).await;
    assert_eq!(d["granted"], true);
    assert_eq!(d["source"], "staff");
    assert_eq!(d["actor_id"], json!(staff.user_id));
    put(
        "newsletter",
        json!({ "granted": true, "basis": "consent", "source": "portal" }),
    )
    .await;
    put(
        "marketing_email",
        json!({ "granted": false, "basis": "consent" }),
    )
    .await;

    let record = staff.json(&format!("/api/v1/customers/{id}")).await;
    assert_eq!(
        record["consent"],
        json!({ "marketing_email": false, "newsletter": true })
    );
    let listed = staff.json("/api/v1/customers").await;
    assert_eq!(listed["items"][0]["consent"], record["consent"]);

    let state = staff.json(&format!("/api/v1/customers/{id}/consent")).await;
    assert_eq!(state["current"], record["consent"]);
    let history = state["history"].as_array().unwrap();
    assert_eq!(history.len(), 3, "nothing is overwritten");
    assert_eq!(history[0]["evidence"], "web form 2026-11-23, ticked box");
    assert_eq!(history[1]["source"], "portal");
    assert_eq!(history[2]["granted"], false);

    let audit = app.login_owner(&t).await.json("/api/v1/audit").await;
    let changes: Vec<&Value> = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "customer.consent_changed")
        .collect();
    assert_eq!(changes.len(), 3);
    assert!(
        !audit.to_string().contains("ticked box"),
        "evidence stays out of the audit log"
    );
}

#[tokio::test]
async fn consent_can_be_withdrawn_but_not_granted_while_restricted() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let c: Value = staff
        .post("/api/v1/customers", json!({ "name": "Ann" }))
        .await
        .json()
        .await
        .unwrap();
    let id = c["id"].as_str().unwrap();
    let path = format!("/api/v1/customers/{id}/consent/marketing_email");
    staff
        .post(
            &format!("/api/v1/customers/{id}/restrict"),
            json!({ "on": true, "reason": "objection" }),
        )
        .await;
    let grant = staff
        .send(
            reqwest::Method::PUT,
            &path,
            Some(json!({ "granted": true, "basis": "consent" })),
        )
        .await;
    let body = problem(grant, 409).await;
    assert!(body["detail"].as_str().unwrap().contains("withdrawn"));
    let withdraw = staff
        .send(
            reqwest::Method::PUT,
            &path,
            Some(json!({ "granted": false, "basis": "consent" })),
        )
        .await;
    expect(withdraw, 200).await;
}

#[tokio::test]
async fn consent_input_is_checked_and_other_tenants_are_not_found() {
    let app = spawn_app().await;
    let a = app.create_tenant("alpha").await;
    let b = app.create_tenant("bravo").await;
    let staff = app.login_as(&a, Role::Staff).await;
    let viewer = app.login_as(&a, Role::Viewer).await;
    let c: Value = staff
        .post("/api/v1/customers", json!({ "name": "Ann" }))
        .await
        .json()
        .await
        .unwrap();
    let id = c["id"].as_str().unwrap();
    let other = app.login_owner(&b).await;
    let before = app.fingerprint().await;
    let put = |s: &crate::helpers::Session, path: String, body: Value| {
        let s = s.clone();
        async move { s.send(reqwest::Method::PUT, &path, Some(body)).await }
    };
    let ok = json!({ "granted": true, "basis": "consent" });
    let body = problem(
        put(
            &staff,
            format!("/api/v1/customers/{id}/consent/Marketing-Email"),
            ok.clone(),
        )
        .await,
        422,
    )
    .await;
    assert!(body["errors"]["purpose"].is_string(), "{body}");
    let body = problem(
        put(
            &staff,
            format!("/api/v1/customers/{id}/consent/marketing"),
            json!({ "granted": true, "basis": "because" }),
        )
        .await,
        422,
    )
    .await;
    assert!(body["errors"]["basis"].is_string(), "{body}");
    problem(
        put(
            &viewer,
            format!("/api/v1/customers/{id}/consent/marketing"),
            ok.clone(),
        )
        .await,
        403,
    )
    .await;

    problem(
        put(
            &other,
            format!("/api/v1/customers/{id}/consent/marketing"),
            ok,
        )
        .await,
        404,
    )
    .await;
    problem(
        other.get(&format!("/api/v1/customers/{id}/consent")).await,
        404,
    )
    .await;
    assert_eq!(app.fingerprint().await, before);
}
