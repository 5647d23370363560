use chrono::TimeDelta;
use reqwest::StatusCode;
use serde_json::{Value, json};
use steward::auth::{Role, totp};

use crate::helpers::{PASSWORD, expect, expect_status, problem, spawn_app};

#[tokio::test]
async fn login_sets_a_hardened_cookie_and_returns_a_csrf_token() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let s = app.anonymous();
    let resp = s
        .post(
            "/api/v1/auth/login",
            json!({ "tenant": "acme", "email": "OWNER@acme.test", "password": PASSWORD }),
        )
        .await;
    let resp = expect_status(resp, 200).await;
    let cookie = resp
        .headers()
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("steward_session=sess_"), "{cookie}");
    for attr in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(cookie.contains(attr), "cookie lacks {attr}: {cookie}");
    }
    assert!(
        !cookie.contains("Secure"),
        "no Secure flag without TLS: {cookie}"
    );
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["user"]["email"], "owner@acme.test");
    assert_eq!(body["user"]["role"], "owner");
    assert!(body["csrf_token"].as_str().unwrap().len() >= 32);
    assert!(body["user"].get("password_hash").is_none());
    let me = s.json("/api/v1/auth/me").await;
    assert_eq!(me["id"], body["user"]["id"]);
    let _ = t;
}

#[tokio::test]
async fn cookie_is_secure_when_served_over_tls() {
    let app = crate::helpers::spawn_app_with("server.tls = true").await;
    app.create_tenant("acme").await;
    let resp = app
        .anonymous()
        .post(
            "/api/v1/auth/login",
            json!({ "tenant": "acme", "email": "owner@acme.test", "password": PASSWORD }),
        )
        .await;
    let cookie = resp
        .headers()
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.contains("Secure"), "{cookie}");
}

#[tokio::test]
async fn logout_ends_the_session() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let s = app.login_owner(&t).await;
    assert_eq!(
        s.post("/api/v1/auth/logout", json!({})).await.status(),
        StatusCode::NO_CONTENT
    );
    problem(s.get("/api/v1/auth/me").await, 401).await;
    let audit = app.login_owner(&t).await.json("/api/v1/audit").await;
    assert!(
        audit["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "auth.logout")
    );
}

#[tokio::test]
async fn cookie_writes_need_the_csrf_header() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let s = app.login_owner(&t).await;
    let before = app.fingerprint().await;
    let body = problem(
        s.without_csrf()
            .post("/api/v1/tokens", json!({ "name": "x", "role": "staff" }))
            .await,
        403,
    )
    .await;
    assert!(body["detail"].as_str().unwrap().contains("X-CSRF-Token"));
    let mut wrong = s.clone();
    wrong.csrf = Some("not-the-token".into());
    problem(
        wrong
            .post("/api/v1/tokens", json!({ "name": "x", "role": "staff" }))
            .await,
        403,
    )
    .await;
    assert_eq!(app.fingerprint().await, before);
    // Reads need no CSRF token.
    assert_eq!(
        s.without_csrf().get("/api/v1/users").await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn session_list_shows_where_i_am_signed_in_and_revoking_one_stops_its_cookie_at_once() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let laptop = app.login_owner(&t).await;
    let phone = app.login_owner(&t).await;
    assert_eq!(phone.get("/api/v1/auth/me").await.status(), StatusCode::OK);

    let list = laptop.json("/api/v1/auth/sessions").await;
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list.iter().filter(|s| s["current"] == true).count(), 1);
    for s in list {
        assert_eq!(s["ip"], "127.0.0.1");
        assert!(s["created_at"].is_string() && s["last_seen_at"].is_string());
        assert_eq!(s["user_agent"], "steward-tests");
    }
    let other = list.iter().find(|s| s["current"] == false).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        laptop
            .delete(&format!("/api/v1/auth/sessions/{other}"))
            .await
            .status(),
        StatusCode::NO_CONTENT
    );
    problem(phone.get("/api/v1/auth/me").await, 401).await;
    assert_eq!(laptop.get("/api/v1/auth/me").await.status(), StatusCode::OK);
    assert_eq!(
        laptop
            .json("/api/v1/auth/sessions")
            .await
            .as_array()
            .unwrap()
            .len(),
        1
    );
    // Revoking it again: it is no longer there.
    problem(
        laptop
            .delete(&format!("/api/v1/auth/sessions/{other}"))
            .await,
        404,
    )
    .await;
}

#[tokio::test]
async fn sessions_end_after_idle_time_and_absolute_lifetime() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let s = app.login_owner(&t).await;
    app.clock.advance(TimeDelta::minutes(20));
    assert_eq!(
        s.get("/api/v1/auth/me").await.status(),
        StatusCode::OK,
        "used within the idle window"
    );
    app.clock.advance(TimeDelta::minutes(31));
    let body = problem(s.get("/api/v1/auth/me").await, 401).await;
    assert_eq!(body["type"], "/problems/session-expired");

    let s = app.login_owner(&t).await;
    for _ in 0..25 {
        app.clock.advance(TimeDelta::minutes(29));
        if s.get("/api/v1/auth/me").await.status() != StatusCode::OK {
            break;
        }
    }
    // 25 × 29 min > 12 h: the absolute lifetime ended it even though it was never idle.
    let body = problem(s.get("/api/v1/auth/me").await, 401).await;
    assert_eq!(body["type"], "/problems/session-expired");
}

#[tokio::test]
async fn a_short_idle_window_is_honoured_for_sessions_in_use() {
    // 30 s: a session used every 20 s stays; one left for 31 s ends.
    let app = crate::helpers::spawn_app_with("auth.session_idle = \"PT30S\"").await;
    let t = app.create_tenant("acme").await;
    let s = app.login_owner(&t).await;
    for _ in 0..10 {
        app.clock.advance(TimeDelta::seconds(20));
        assert_eq!(
            s.get("/api/v1/auth/me").await.status(),
            StatusCode::OK,
            "used every 20 s, within the 30 s window"
        );
    }
    app.clock.advance(TimeDelta::seconds(31));
    let body = problem(s.get("/api/v1/auth/me").await, 401).await;
    assert_eq!(body["type"], "/problems/session-expired");
}

#[tokio::test]
async fn wrong_password_and_unknown_user_look_the_same_and_cost_the_same() {
    let app = spawn_app().await;
    app.create_tenant("acme").await;
    let s = app.anonymous();
    let mut answers = Vec::new();
    for (tenant, email, password) in [
        ("acme", "owner@acme.test", "not the password"),
        ("acme", "nobody@acme.test", "not the password"),
        ("no-such-tenant", "owner@acme.test", PASSWORD),
    ] {
        let checks_before = app.metric("steward_password_checks").await;
        let resp = s
            .post(
                "/api/v1/auth/login",
                json!({ "tenant": tenant, "email": email, "password": password }),
            )
            .await;
        assert!(resp.headers().get("set-cookie").is_none());
        let body = problem(resp, 401).await;
        // Every path verifies exactly one argon2id hash, real or dummy.
        assert_eq!(
            app.metric("steward_password_checks").await - checks_before,
            1.0,
            "{tenant}/{email}"
        );
        answers.push(body);
    }
    assert_eq!(answers[0], answers[1]);
    assert_eq!(answers[1], answers[2]);
}

#[tokio::test]
async fn failed_logins_are_throttled_per_account_and_the_throttle_lifts_after_the_window() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let other = app.login_as(&t, Role::Staff).await;
    let other_email = other.json("/api/v1/auth/me").await["email"]
        .as_str()
        .unwrap()
        .to_owned();
    let s = app.anonymous();
    let wrong = json!({ "tenant": "acme", "email": t.owner_email, "password": "wrong password!" });
    for _ in 0..5 {
        problem(s.post("/api/v1/auth/login", wrong.clone()).await, 401).await;
    }
    let resp = s.post("/api/v1/auth/login", wrong.clone()).await;
    let retry: u64 = resp
        .headers()
        .get("retry-after")
        .expect("Retry-After")
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(retry > 0 && retry <= 15 * 60 + 1, "{retry}");
    problem(resp, 429).await;
    // Even the right password is refused while throttled.
    let right = json!({ "tenant": "acme", "email": t.owner_email, "password": PASSWORD });
    problem(s.post("/api/v1/auth/login", right.clone()).await, 429).await;
    // Another account from the same IP is not yet affected.
    app.login(&t.slug, &other_email, PASSWORD).await;

    app.clock.advance(TimeDelta::minutes(16));
    assert_eq!(
        s.post("/api/v1/auth/login", right).await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn failed_logins_are_throttled_per_ip_across_accounts() {
    let app = crate::helpers::spawn_app_with(
        "auth.max_failures_per_ip = 3\nauth.max_failures_per_account = 100",
    )
    .await;
    let t = app.create_tenant("acme").await;
    let s = app.anonymous();
    for i in 0..3 {
        let body = json!({ "tenant": "acme", "email": format!("guess{i}@acme.test"), "password": "wrong password!" });
        problem(s.post("/api/v1/auth/login", body).await, 401).await;
    }
    let right = json!({ "tenant": "acme", "email": t.owner_email, "password": PASSWORD });
    problem(s.post("/api/v1/auth/login", right.clone()).await, 429).await;
    app.clock.advance(TimeDelta::minutes(16));
    assert_eq!(
        s.post("/api/v1/auth/login", right).await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn failed_logins_are_audited_without_naming_the_address_tried() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let s = app.anonymous();
    problem(s.post("/api/v1/auth/login", json!({ "tenant": "acme", "email": "someone.secret@acme.test", "password": "wrong password!" })).await, 401).await;
    problem(
        s.post(
            "/api/v1/auth/login",
            json!({ "tenant": "acme", "email": t.owner_email, "password": "wrong password!" }),
        )
        .await,
        401,
    )
    .await;
    let owner = app.login_owner(&t).await;
    // Failed sign-ins are audited off the response path: wait for both rows.
    let mut audit = Value::Null;
    for _ in 0..50 {
        audit = owner.json("/api/v1/audit").await;
        if audit["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["action"] == "auth.login_failed")
            .count()
            == 2
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let text = audit.to_string();
    assert!(
        !text.contains("someone.secret"),
        "the address tried is personal data"
    );
    let failed: Vec<&Value> = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "auth.login_failed")
        .collect();
    assert_eq!(failed.len(), 2);
    assert!(
        failed
            .iter()
            .any(|e| e["detail"]["reason"] == "unknown_user" && e["actor_kind"] == "anonymous")
    );
    assert!(failed.iter().any(
        |e| e["detail"]["reason"] == "wrong_password" && e["actor_id"] == json!(owner.user_id)
    ));
    assert!(failed.iter().all(|e| e["ip"] == "127.0.0.1"));
}

#[tokio::test]
async fn api_tokens_authenticate_as_bearer_and_stop_when_revoked() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    let resp = owner
        .post(
            "/api/v1/tokens",
            json!({ "name": "CRM sync", "role": "admin" }),
        )
        .await;
    let created = expect(resp, 201).await;
    let secret = created["token"].as_str().unwrap().to_owned();
    assert!(secret.starts_with("stw_"));

    let bearer = crate::helpers::Session {
        bearer: Some(secret.clone()),
        csrf: None,
        client: crate::helpers::client(),
        ..owner.clone()
    };
    assert_eq!(bearer.get("/api/v1/users").await.status(), StatusCode::OK);
    // Bearer writes need no CSRF token: there is no ambient credential to ride on.
    assert_eq!(
        bearer
            .patch("/api/v1/tenant", json!({ "name": "Acme Holdings" }))
            .await
            .status(),
        StatusCode::OK
    );

    let list = owner.json("/api/v1/tokens").await;
    let listed = &list.as_array().unwrap()[0];
    assert_eq!(listed["name"], "CRM sync");
    assert!(
        listed.get("token").is_none() && !list.to_string().contains(&secret),
        "the secret is shown once only"
    );
    assert!(listed["last_used_at"].is_string());

    let id = created["id"].as_str().unwrap();
    assert_eq!(
        owner.delete(&format!("/api/v1/tokens/{id}")).await.status(),
        StatusCode::NO_CONTENT
    );
    problem(bearer.get("/api/v1/users").await, 401).await;
    // A token with a forged tenant part or a bad secret does not authenticate.
    let mut forged = bearer.clone();
    forged.bearer = Some(secret.replacen("stw_0", "stw_1", 1));
    problem(forged.get("/api/v1/users").await, 401).await;
}

#[tokio::test]
async fn a_token_cannot_be_stronger_than_its_maker() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let before = app.fingerprint().await;
    problem(
        admin
            .post("/api/v1/tokens", json!({ "name": "x", "role": "owner" }))
            .await,
        403,
    )
    .await;
    assert_eq!(app.fingerprint().await, before);
    assert_eq!(
        admin
            .post("/api/v1/tokens", json!({ "name": "x", "role": "admin" }))
            .await
            .status(),
        StatusCode::CREATED
    );
}

#[tokio::test]
async fn totp_enrolment_then_login_needs_a_fresh_code() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let s = app.login_owner(&t).await;
    let enrol = s.post("/api/v1/auth/totp/enrol", json!({})).await;
    let enrol = expect(enrol, 200).await;
    let secret = enrol["secret"].as_str().unwrap().to_owned();
    assert!(
        enrol["otpauth_uri"]
            .as_str()
            .unwrap()
            .starts_with("otpauth://totp/Steward")
    );
    let now = || app.clock.now().timestamp() as u64;

    let body = problem(
        s.post("/api/v1/auth/totp/confirm", json!({ "code": "000000" }))
            .await,
        422,
    )
    .await;
    assert!(body["errors"]["code"].is_string());
    let code = totp::code_at(&secret, now()).unwrap();
    assert_eq!(
        s.post("/api/v1/auth/totp/confirm", json!({ "code": code }))
            .await
            .status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(s.json("/api/v1/auth/me").await["totp_enabled"], true);

    let login = |totp: Option<String>| {
        let mut body = json!({ "tenant": "acme", "email": t.owner_email, "password": PASSWORD });
        if let Some(code) = totp {
            body["totp"] = json!(code);
        }
        body
    };
    let anon = app.anonymous();
    let body = problem(anon.post("/api/v1/auth/login", login(None)).await, 401).await;
    assert_eq!(body["type"], "/problems/totp-required");
    problem(
        anon.post("/api/v1/auth/login", login(Some("123456".into())))
            .await,
        401,
    )
    .await;
    // The confirming code was used: it cannot be replayed at login.
    problem(
        anon.post("/api/v1/auth/login", login(Some(code))).await,
        401,
    )
    .await;
    app.clock.advance(TimeDelta::seconds(30));
    let fresh = totp::code_at(&secret, now()).unwrap();
    assert_eq!(
        anon.post("/api/v1/auth/login", login(Some(fresh.clone())))
            .await
            .status(),
        StatusCode::OK
    );
    problem(
        app.anonymous()
            .post("/api/v1/auth/login", login(Some(fresh)))
            .await,
        401,
    )
    .await;
}

#[tokio::test]
async fn tenant_can_require_totp_for_admins() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    let staff = app.login_as(&t, Role::Staff).await;
    assert_eq!(
        owner
            .patch("/api/v1/tenant", json!({ "require_totp_for_admins": true }))
            .await
            .status(),
        StatusCode::OK
    );
    // The session that turned the rule on is held to it at once.
    let body = problem(owner.get("/api/v1/users").await, 403).await;
    assert!(body["detail"].as_str().unwrap().contains("two-factor"));

    let resp = app
        .anonymous()
        .post(
            "/api/v1/auth/login",
            json!({ "tenant": "acme", "email": t.owner_email, "password": PASSWORD }),
        )
        .await;
    let resp = expect_status(resp, 200).await;
    assert_eq!(
        resp.json::<Value>().await.unwrap()["totp_setup_required"],
        true
    );
    // Enrolment is still open to the restricted session, and lifts the restriction.
    let secret = app.enable_totp(&owner).await;
    assert_eq!(owner.get("/api/v1/users").await.status(), StatusCode::OK);
    // An admin cannot turn it off while the tenant requires it.
    app.clock.advance(TimeDelta::seconds(30));
    let code = app.totp_code(&secret);
    problem(
        owner
            .post("/api/v1/auth/totp/disable", json!({ "code": code }))
            .await,
        409,
    )
    .await;
    // Staff are not affected.
    assert_eq!(staff.get("/api/v1/auth/me").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn changing_my_password_ends_my_other_sessions() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let here = app.login_owner(&t).await;
    let elsewhere = app.login_owner(&t).await;
    let body = problem(here.post("/api/v1/auth/password", json!({ "current_password": "wrong password!", "new_password": "another long password" })).await, 422).await;
    assert!(body["errors"]["current_password"].is_string());
    let body = problem(
        here.post(
            "/api/v1/auth/password",
            json!({ "current_password": PASSWORD, "new_password": "short" }),
        )
        .await,
        422,
    )
    .await;
    assert!(body["errors"]["new_password"].is_string());
    let resp = here
        .post(
            "/api/v1/auth/password",
            json!({ "current_password": PASSWORD, "new_password": "another long password" }),
        )
        .await;
    let resp = expect_status(resp, 200).await;
    assert_eq!(
        resp.json::<Value>().await.unwrap()["other_sessions_ended"],
        1
    );
    problem(elsewhere.get("/api/v1/auth/me").await, 401).await;
    assert_eq!(here.get("/api/v1/auth/me").await.status(), StatusCode::OK);
    app.login(&t.slug, &t.owner_email, "another long password")
        .await;
}

#[tokio::test]
async fn guesses_sent_in_parallel_cannot_exceed_the_limit() {
    let app = crate::helpers::spawn_app_with("auth.max_failures_per_account = 8").await;
    let t = app.create_tenant("acme").await;
    let wrong = json!({ "tenant": "acme", "email": t.owner_email, "password": "wrong password!" });
    let attempts: Vec<_> = (0..24)
        .map(|_| {
            let s = app.anonymous();
            let body = wrong.clone();
            tokio::spawn(async move { s.post("/api/v1/auth/login", body).await.status().as_u16() })
        })
        .collect();
    let mut statuses = Vec::new();
    for a in attempts {
        statuses.push(a.await.unwrap());
    }
    let checked = statuses.iter().filter(|s| **s == 401).count();
    let refused = statuses.iter().filter(|s| **s == 429).count();
    assert_eq!(
        checked + refused,
        24,
        "only 401 and 429, never an error: {statuses:?}"
    );
    assert_eq!(
        checked, 8,
        "exactly the limit of passwords was tried: {statuses:?}"
    );
    problem(app.anonymous().post("/api/v1/auth/login", wrong).await, 429).await;
}

#[tokio::test]
async fn disabling_a_user_revokes_their_tokens_for_good_and_demoting_shrinks_them() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    let admin = app.login_as(&t, Role::Admin).await;
    let token: Value = admin
        .post("/api/v1/tokens", json!({ "name": "sync", "role": "admin" }))
        .await
        .json()
        .await
        .unwrap();
    let bearer = crate::helpers::Session {
        bearer: Some(token["token"].as_str().unwrap().to_owned()),
        csrf: None,
        client: crate::helpers::client(),
        ..admin.clone()
    };
    assert_eq!(bearer.get("/api/v1/users").await.status(), StatusCode::OK);

    let path = format!("/api/v1/users/{}", admin.user_id);
    assert_eq!(
        owner
            .patch(&path, json!({ "role": "staff" }))
            .await
            .status(),
        StatusCode::OK
    );
    problem(bearer.get("/api/v1/users").await, 403).await;
    assert_eq!(
        bearer.get("/api/v1/tenant").await.status(),
        StatusCode::OK,
        "still a staff token"
    );

    assert_eq!(
        owner
            .patch(&path, json!({ "disabled": true }))
            .await
            .status(),
        StatusCode::OK
    );
    problem(bearer.get("/api/v1/tenant").await, 401).await;
    problem(admin.get("/api/v1/tenant").await, 401).await;
    let tokens = owner.json("/api/v1/tokens").await;
    let listed = tokens
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == token["id"])
        .expect("the token is listed")
        .clone();
    assert!(listed["revoked_at"].is_string(), "revoked: {listed}");
    let audit = owner.json("/api/v1/audit?limit=5").await;
    let disabled = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "user.updated" && e["detail"]["disabled"] == true)
        .expect("the disabling is audited")
        .clone();
    assert_eq!(disabled["detail"]["tokens_revoked"], json!([token["id"]]));
    assert_eq!(disabled["detail"]["sessions_ended"], 1);

    // Enabling the user again brings back neither the token nor the session.
    assert_eq!(
        owner
            .patch(&path, json!({ "disabled": false }))
            .await
            .status(),
        StatusCode::OK
    );
    problem(bearer.get("/api/v1/tenant").await, 401).await;
    problem(admin.get("/api/v1/tenant").await, 401).await;
}

#[tokio::test]
async fn login_fields_no_account_could_have_are_a_plain_401() {
    let app = spawn_app().await;
    app.create_tenant("acme").await;
    let before = app.fingerprint().await;
    for (tenant, email) in [
        ("acme\u{0}", "owner@acme.test"),
        ("acme", "owner\u{0}@acme.test"),
        ("ac\u{7}me", "x"),
        ("acme", "\u{1b}[31mowner@acme.test"),
    ] {
        let resp = app
            .anonymous()
            .post(
                "/api/v1/auth/login",
                json!({ "tenant": tenant, "email": email, "password": PASSWORD }),
            )
            .await;
        let body = problem(resp, 401).await;
        assert_eq!(body["type"], "/problems/invalid-credentials");
    }
    let after = app.fingerprint().await;
    assert_eq!(before["users"], after["users"]);
    assert_eq!(before["sessions"], after["sessions"]);
}

#[tokio::test]
async fn one_totp_code_presented_twice_at_once_signs_in_once() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let s = app.login_owner(&t).await;
    let secret = app.enable_totp(&s).await;
    app.clock.advance(TimeDelta::seconds(30));
    let code = app.totp_code(&secret);
    let body =
        json!({ "tenant": "acme", "email": t.owner_email, "password": PASSWORD, "totp": code });
    let tries: Vec<_> = (0..4)
        .map(|_| {
            let s = app.anonymous();
            let body = body.clone();
            tokio::spawn(async move { s.post("/api/v1/auth/login", body).await.status().as_u16() })
        })
        .collect();
    let mut statuses = Vec::new();
    for t in tries {
        statuses.push(t.await.unwrap());
    }
    statuses.sort();
    assert_eq!(statuses, [200, 401, 401, 401]);
}

#[tokio::test]
async fn totp_codes_for_turning_it_off_are_throttled() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let s = app.login_owner(&t).await;
    let secret = app.enable_totp(&s).await;
    for _ in 0..5 {
        problem(
            s.post("/api/v1/auth/totp/disable", json!({ "code": "000000" }))
                .await,
            422,
        )
        .await;
    }
    app.clock.advance(TimeDelta::seconds(30));
    let right = app.totp_code(&secret);
    problem(
        s.post("/api/v1/auth/totp/disable", json!({ "code": right }))
            .await,
        429,
    )
    .await;
    assert_eq!(s.json("/api/v1/auth/me").await["totp_enabled"], true);
}

#[tokio::test]
async fn me_gives_a_reloaded_client_its_csrf_token() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let s = app.login_owner(&t).await;
    let me = s.json("/api/v1/auth/me").await;
    assert_eq!(me["csrf_token"].as_str(), s.csrf.as_deref());
    assert_eq!(me["email"], t.owner_email);
    // A token has no session and no CSRF token.
    problem(
        app.token(&t, Role::Viewer)
            .await
            .get("/api/v1/auth/me")
            .await,
        403,
    )
    .await;
}

#[tokio::test]
async fn behind_a_trusted_proxy_the_client_ip_is_the_one_the_proxy_appended() {
    let app = crate::helpers::spawn_app_with("server.trust_forwarded_for = true").await;
    let t = app.create_tenant("acme").await;
    let client = crate::helpers::client();
    let resp = client
        .post(app.url("/api/v1/auth/login"))
        .header("x-forwarded-for", "203.0.113.9, 198.51.100.7")
        .json(&json!({ "tenant": "acme", "email": t.owner_email, "password": PASSWORD }))
        .send()
        .await
        .unwrap();
    expect(resp, 200).await;
    let sessions: Value = client
        .get(app.url("/api/v1/auth/sessions"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        sessions[0]["ip"], "198.51.100.7",
        "the leftmost entry is whatever the client claimed"
    );
}
