//! Cross-tenant probes: a user or token of tenant A can neither read, list,
//! change nor learn of tenant B's users, sessions, tokens or audit rows.

use reqwest::Method;
use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{problem, spawn_app};

#[tokio::test]
async fn tenant_a_cannot_reach_tenant_b_through_any_endpoint() {
    let app = spawn_app().await;
    let a = app.create_tenant("alpha").await;
    let b = app.create_tenant("bravo").await;

    let b_owner = app.login_owner(&b).await;
    let b_staff = app.login_as(&b, Role::Staff).await;
    let b_token: Value = b_owner
        .post("/api/v1/tokens", json!({ "name": "b", "role": "viewer" }))
        .await
        .json()
        .await
        .unwrap();
    let b_token_id = b_token["id"].as_str().unwrap().to_owned();
    let b_sessions = b_owner.json("/api/v1/auth/sessions").await;
    let b_session_id = b_sessions[0]["id"].as_str().unwrap().to_owned();
    let b_user_id = b_staff.user_id.to_string();
    let b_ids = [
        b_user_id.clone(),
        b_token_id.clone(),
        b_session_id.clone(),
        b.id.to_string(),
        b_owner.user_id.to_string(),
    ];

    let a_owner = app.login_owner(&a).await;
    let a_token = app.token(&a, Role::Owner).await;
    for who in [&a_owner, &a_token] {
        let before = app.fingerprint().await;
        // Direct access by ID: 404, exactly as for an ID that does not exist.
        let probes = [
            (
                Method::PATCH,
                format!("/api/v1/users/{b_user_id}"),
                Some(json!({ "role": "viewer" })),
            ),
            (
                Method::PATCH,
                format!("/api/v1/users/{b_user_id}"),
                Some(json!({ "disabled": true })),
            ),
            (Method::DELETE, format!("/api/v1/tokens/{b_token_id}"), None),
        ];
        for (method, path, body) in probes {
            let answer = problem(who.send(method.clone(), &path, body.clone()).await, 404).await;
            let missing = path
                .replace(&b_user_id, &uuid::Uuid::now_v7().to_string())
                .replace(&b_token_id, &uuid::Uuid::now_v7().to_string());
            let unknown = problem(who.send(method.clone(), &missing, body).await, 404).await;
            assert_eq!(
                answer, unknown,
                "{method} {path} tells B's IDs apart from unknown ones"
            );
        }
        if who.bearer.is_none() {
            problem(
                who.delete(&format!("/api/v1/auth/sessions/{b_session_id}"))
                    .await,
                404,
            )
            .await;
        }
        assert_eq!(app.fingerprint().await, before, "a probe changed something");

        // Lists show nothing of B.
        for path in [
            "/api/v1/users",
            "/api/v1/tokens",
            "/api/v1/audit",
            "/api/v1/tenant",
        ] {
            let text = who.json(path).await.to_string();
            for id in &b_ids {
                assert!(!text.contains(id.as_str()), "{path} reveals B's {id}");
            }
            assert!(!text.contains("bravo"), "{path} reveals B's slug");
        }
        if who.bearer.is_none() {
            let text = who.json("/api/v1/auth/sessions").await.to_string();
            assert!(!text.contains(&b_session_id));
        }
    }
    // B is untouched and still works.
    assert_eq!(b_staff.json("/api/v1/auth/me").await["role"], "staff");
    assert!(
        b_owner.json("/api/v1/audit/verify").await["ok"]
            .as_bool()
            .unwrap()
    );
}

#[tokio::test]
async fn a_session_cookie_of_one_tenant_is_not_accepted_with_another_tenants_id() {
    let app = spawn_app().await;
    let a = app.create_tenant("alpha").await;
    let b = app.create_tenant("bravo").await;
    let s = app.anonymous();
    let resp = s
        .post(
            "/api/v1/auth/login",
            json!({ "tenant": "alpha", "email": a.owner_email, "password": a.owner_password }),
        )
        .await;
    let cookie = resp
        .headers()
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    // Swap the tenant part of the cookie for B's ID: it must not authenticate anywhere.
    let forged = cookie.replace(
        &a.id.uuid().simple().to_string(),
        &b.id.uuid().simple().to_string(),
    );
    assert_ne!(forged, cookie);
    let resp = crate::helpers::client()
        .get(app.url("/api/v1/users"))
        .header("cookie", forged)
        .send()
        .await
        .unwrap();
    problem(resp, 401).await;
}
