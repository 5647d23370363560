use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{expect, problem, spawn_app};

/// Every endpoint that needs the admin role, with a body that would succeed for an admin.
fn admin_endpoints(user_id: &str, token_id: &str) -> Vec<(Method, String, Option<Value>)> {
    vec![
        (Method::GET, "/api/v1/users".into(), None),
        (
            Method::POST,
            "/api/v1/users".into(),
            Some(json!({ "email": "new@acme.test", "name": "New", "role": "viewer" })),
        ),
        (
            Method::PATCH,
            format!("/api/v1/users/{user_id}"),
            Some(json!({ "role": "staff" })),
        ),
        (Method::GET, "/api/v1/tokens".into(), None),
        (
            Method::POST,
            "/api/v1/tokens".into(),
            Some(json!({ "name": "t", "role": "viewer" })),
        ),
        (Method::DELETE, format!("/api/v1/tokens/{token_id}"), None),
        (
            Method::PATCH,
            "/api/v1/tenant".into(),
            Some(json!({ "name": "Renamed" })),
        ),
        (Method::GET, "/api/v1/audit".into(), None),
        (Method::GET, "/api/v1/audit/verify".into(), None),
        (
            Method::POST,
            "/api/v1/fields".into(),
            Some(json!({ "key": "tier", "label": "Tier", "type": "text" })),
        ),
        (
            Method::PATCH,
            "/api/v1/fields/plan".into(),
            Some(json!({ "label": "Tariff" })),
        ),
        (Method::DELETE, "/api/v1/fields/plan".into(), None),
        (Method::GET, "/api/v1/retention".into(), None),
        (
            Method::PUT,
            "/api/v1/retention".into(),
            Some(json!({ "expire_after": "P30D", "action": "notify" })),
        ),
    ]
}

#[tokio::test]
async fn viewers_and_staff_get_403_from_every_admin_endpoint_and_change_nothing() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    let victim = app.login_as(&t, Role::Viewer).await;
    let token: Value = owner
        .post("/api/v1/tokens", json!({ "name": "t", "role": "viewer" }))
        .await
        .json()
        .await
        .unwrap();
    let resp = owner
        .post(
            "/api/v1/fields",
            json!({ "key": "plan", "label": "Plan", "type": "text" }),
        )
        .await;
    expect(resp, 201).await;
    let endpoints = admin_endpoints(&victim.user_id.to_string(), token["id"].as_str().unwrap());

    for role in [Role::Viewer, Role::Staff] {
        let session = app.login_as(&t, role).await;
        let bearer = app.token(&t, role).await;
        let before = app.fingerprint().await;
        for who in [&session, &bearer] {
            for (method, path, body) in &endpoints {
                let resp = who.send(method.clone(), path, body.clone()).await;
                let body = problem(resp, 403).await;
                assert_eq!(
                    body["type"], "/problems/forbidden",
                    "{role} {method} {path}"
                );
            }
        }
        assert_eq!(
            app.fingerprint().await,
            before,
            "a refused request wrote something"
        );
    }
    // The same calls succeed for an admin, so the 403s above were about the role.
    let admin = app.login_as(&t, Role::Admin).await;
    for (method, path, body) in endpoints {
        let status = admin.send(method.clone(), &path, body).await.status();
        assert!(status.is_success(), "admin {method} {path}: {status}");
    }
}

#[tokio::test]
async fn every_api_endpoint_needs_authentication() {
    let app = spawn_app().await;
    app.create_tenant("acme").await;
    let anon = app.anonymous();
    let id = uuid::Uuid::now_v7();
    for (method, path) in [
        (Method::GET, "/api/v1/auth/me".to_owned()),
        (Method::POST, "/api/v1/auth/logout".to_owned()),
        (Method::GET, "/api/v1/auth/sessions".to_owned()),
        (Method::DELETE, format!("/api/v1/auth/sessions/{id}")),
        (Method::POST, "/api/v1/auth/totp/enrol".to_owned()),
        (Method::GET, "/api/v1/users".to_owned()),
        (Method::GET, "/api/v1/tokens".to_owned()),
        (Method::GET, "/api/v1/tenant".to_owned()),
        (Method::GET, "/api/v1/audit".to_owned()),
        (Method::GET, "/api/v1/customers".to_owned()),
        (Method::POST, "/api/v1/customers".to_owned()),
        (Method::GET, format!("/api/v1/customers/{id}")),
        (Method::PATCH, format!("/api/v1/customers/{id}")),
        (Method::GET, format!("/api/v1/customers/{id}/notes")),
        (Method::POST, format!("/api/v1/customers/{id}/notes")),
        (Method::POST, format!("/api/v1/customers/{id}/restrict")),
        (Method::POST, format!("/api/v1/customers/{id}/hold")),
        (Method::GET, format!("/api/v1/customers/{id}/consent")),
        (
            Method::PUT,
            format!("/api/v1/customers/{id}/consent/marketing_email"),
        ),
        (Method::GET, "/api/v1/fields".to_owned()),
        (Method::POST, "/api/v1/fields".to_owned()),
        (Method::PATCH, "/api/v1/fields/plan".to_owned()),
        (Method::DELETE, "/api/v1/fields/plan".to_owned()),
        (Method::GET, "/api/v1/retention".to_owned()),
        (Method::PUT, "/api/v1/retention".to_owned()),
        (Method::POST, format!("/api/v1/customers/{id}/complete")),
        (Method::POST, format!("/api/v1/customers/{id}/reopen")),
    ] {
        let body = problem(anon.send(method.clone(), &path, None).await, 401).await;
        assert_eq!(body["type"], "/problems/unauthenticated", "{method} {path}");
    }
}

#[tokio::test]
async fn only_owners_manage_owners() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let owner = app.login_owner(&t).await;
    let before = app.fingerprint().await;
    problem(
        admin
            .post(
                "/api/v1/users",
                json!({ "email": "o2@acme.test", "name": "O2", "role": "owner" }),
            )
            .await,
        403,
    )
    .await;
    problem(
        admin
            .patch(
                &format!("/api/v1/users/{}", owner.user_id),
                json!({ "disabled": true }),
            )
            .await,
        403,
    )
    .await;
    problem(
        admin
            .patch(
                &format!("/api/v1/users/{}", admin.user_id),
                json!({ "role": "owner" }),
            )
            .await,
        403,
    )
    .await;
    assert_eq!(app.fingerprint().await, before);
    assert_eq!(
        owner
            .patch(
                &format!("/api/v1/users/{}", admin.user_id),
                json!({ "role": "owner" })
            )
            .await
            .status(),
        StatusCode::OK
    );
}
