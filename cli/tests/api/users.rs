use reqwest::StatusCode;
use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{expect, expect_status, problem, spawn_app};

#[tokio::test]
async fn admins_add_users_who_can_then_sign_in() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let resp = admin
        .post(
            "/api/v1/users",
            json!({ "email": "  Zoë.Brontë@Acme.TEST ", "name": "Zoë Brontë", "role": "staff" }),
        )
        .await;
    let body = expect(resp, 201).await;
    assert_eq!(body["user"]["email"], "zoë.brontë@acme.test");
    assert_eq!(body["user"]["name"], "Zoë Brontë");
    let password = body["password"]
        .as_str()
        .expect("a generated password is shown once")
        .to_owned();
    assert!(password.len() >= 20);
    let zoe = app.login("acme", "zoë.brontë@acme.test", &password).await;
    assert_eq!(zoe.json("/api/v1/auth/me").await["role"], "staff");

    let listed = admin.json("/api/v1/users").await;
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .any(|u| u["name"] == "Zoë Brontë")
    );
    assert!(
        !listed.to_string().contains("argon2"),
        "hashes never leave the server"
    );

    let before = app.fingerprint().await;
    let body = problem(
        admin
            .post(
                "/api/v1/users",
                json!({ "email": "zoë.brontë@acme.test", "name": "Again", "role": "viewer" }),
            )
            .await,
        409,
    )
    .await;
    assert!(body["detail"].as_str().unwrap().contains("already exists"));
    let body = problem(admin.post("/api/v1/users", json!({ "email": "not-an-email", "name": " ", "role": "viewer", "password": "            " })).await, 422).await;
    for field in ["email", "name", "password"] {
        assert!(
            body["errors"][field].is_string(),
            "{field} not named: {body}"
        );
    }
    assert_eq!(app.fingerprint().await, before);
}

#[tokio::test]
async fn disabling_a_user_ends_their_sessions_and_blocks_sign_in() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    let staff = app.login_as(&t, Role::Staff).await;
    let me = staff.json("/api/v1/auth/me").await;
    let resp = owner
        .patch(
            &format!("/api/v1/users/{}", staff.user_id),
            json!({ "disabled": true }),
        )
        .await;
    let resp = expect_status(resp, 200).await;
    assert_eq!(resp.json::<Value>().await.unwrap()["disabled"], true);
    problem(staff.get("/api/v1/auth/me").await, 401).await;
    let resp = app
        .anonymous()
        .post(
            "/api/v1/auth/login",
            json!({ "tenant": "acme", "email": me["email"], "password": crate::helpers::PASSWORD }),
        )
        .await;
    problem(resp, 401).await;
    let audit = owner.json("/api/v1/audit").await;
    let entry = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "user.updated")
        .unwrap()
        .clone();
    assert_eq!(entry["detail"]["disabled"], true);
    assert_eq!(entry["detail"]["sessions_ended"], 1);
    assert_eq!(entry["target_id"], json!(staff.user_id));
}

#[tokio::test]
async fn the_last_owner_cannot_be_demoted_or_disabled() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    let path = format!("/api/v1/users/{}", owner.user_id);
    let before = app.fingerprint().await;
    for change in [
        json!({ "role": "admin" }),
        json!({ "disabled": true }),
        json!({ "role": "viewer", "disabled": true }),
    ] {
        let body = problem(owner.patch(&path, change).await, 409).await;
        assert!(body["detail"].as_str().unwrap().contains("last owner"));
    }
    assert_eq!(app.fingerprint().await, before);

    // With a second owner, the first may step down.
    let second = app.login_as(&t, Role::Admin).await;
    assert_eq!(
        owner
            .patch(
                &format!("/api/v1/users/{}", second.user_id),
                json!({ "role": "owner" })
            )
            .await
            .status(),
        StatusCode::OK
    );
    let second = app
        .login(
            &t.slug,
            second.json("/api/v1/auth/me").await["email"]
                .as_str()
                .unwrap(),
            crate::helpers::PASSWORD,
        )
        .await;
    assert_eq!(
        owner
            .patch(&path, json!({ "role": "admin" }))
            .await
            .status(),
        StatusCode::OK
    );
    // Now the second is the last owner.
    problem(
        second
            .patch(
                &format!("/api/v1/users/{}", second.user_id),
                json!({ "disabled": true }),
            )
            .await,
        409,
    )
    .await;
}

#[tokio::test]
async fn an_admin_can_reset_a_lost_authenticator() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    app.enable_totp(&staff).await;
    let owner = app.login_owner(&t).await;
    let resp = owner
        .patch(
            &format!("/api/v1/users/{}", staff.user_id),
            json!({ "reset_totp": true }),
        )
        .await;
    assert_eq!(resp.json::<Value>().await.unwrap()["totp_enabled"], false);
}

#[tokio::test]
async fn admins_adding_the_same_address_at_once_get_one_user_and_conflicts_for_the_rest() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    let tries: Vec<_> = (0..4)
        .map(|_| {
            let s = owner.clone();
            tokio::spawn(async move {
                s.post(
                    "/api/v1/users",
                    json!({ "email": "same@acme.test", "name": "Same", "role": "viewer" }),
                )
                .await
                .status()
                .as_u16()
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for t in tries {
        statuses.push(t.await.unwrap());
    }
    statuses.sort();
    assert_eq!(statuses, [201, 409, 409, 409]);
}
