//! Table-driven bad input over every JSON endpoint: each answer is a 4xx
//! problem document, and the database is unchanged.

use reqwest::Method;
use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{Session, expect, expect_status, problem, spawn_app_with};

struct Endpoint {
    method: Method,
    path: String,
    valid: Value,
}

fn endpoints(user_id: &str, customer_id: &str) -> Vec<Endpoint> {
    let e = |method: Method, path: &str, valid: Value| Endpoint {
        method,
        path: path.to_owned(),
        valid,
    };
    vec![
        e(
            Method::POST,
            "/api/v1/auth/login",
            json!({ "tenant": "acme", "email": "owner@acme.test", "password": "wrong but well formed" }),
        ),
        e(
            Method::POST,
            "/api/v1/auth/totp/confirm",
            json!({ "code": "123456" }),
        ),
        e(
            Method::POST,
            "/api/v1/auth/totp/disable",
            json!({ "code": "123456" }),
        ),
        e(
            Method::POST,
            "/api/v1/auth/password",
            json!({ "current_password": "x", "new_password": "y" }),
        ),
        e(
            Method::PATCH,
            "/api/v1/auth/me",
            json!({ "language": "de" }),
        ),
        e(
            Method::POST,
            "/api/v1/tokens",
            json!({ "name": "n", "role": "viewer" }),
        ),
        e(
            Method::POST,
            "/api/v1/notifications/ack",
            json!({ "ids": ["0190a000-0000-7000-8000-000000000000"] }),
        ),
        e(
            Method::POST,
            "/api/v1/users",
            json!({ "email": "a@b.test", "name": "A", "role": "viewer" }),
        ),
        e(
            Method::PATCH,
            &format!("/api/v1/users/{user_id}"),
            json!({ "name": "B" }),
        ),
        e(Method::PATCH, "/api/v1/tenant", json!({ "name": "C" })),
        // No request has this ID: a well-formed body is a 404, a bad one 4xx too.
        e(
            Method::POST,
            &format!("/api/v1/requests/{customer_id}/reject"),
            json!({ "reason": "not verifiable" }),
        ),
        e(
            Method::POST,
            &format!("/api/v1/requests/{customer_id}/extend"),
            json!({ "months": 1, "reason": "many records" }),
        ),
        e(
            Method::POST,
            &format!("/api/v1/requests/{customer_id}/identity"),
            json!({ "confirmed": true, "how": "passport seen at the desk" }),
        ),
        e(
            Method::POST,
            &format!("/api/v1/requests/{customer_id}/lift"),
            json!({ "reason": "the claim is settled", "notice_days": 7 }),
        ),
        e(
            Method::POST,
            &format!("/api/v1/requests/{customer_id}/rectification"),
            json!({ "decisions": [{ "field": "name", "accept": true }] }),
        ),
        e(
            Method::PUT,
            "/api/v1/requests/settings",
            json!({ "identity_kinds": ["copy"], "identity_documents": false }),
        ),
        e(
            Method::POST,
            "/api/v1/customers",
            json!({ "name": "D", "email": "d@example.com", "phone": "+4930123456", "fields": { "plan": "pro" } }),
        ),
        e(
            Method::PATCH,
            &format!("/api/v1/customers/{customer_id}"),
            json!({ "version": 1, "name": "E", "company": "F", "fields": { "plan": null } }),
        ),
        e(
            Method::POST,
            &format!("/api/v1/customers/{customer_id}/notes"),
            json!({ "body": "G" }),
        ),
        e(
            Method::POST,
            &format!("/api/v1/customers/{customer_id}/tasks"),
            json!({ "text": "T", "due_at": (chrono::Utc::now() + chrono::Duration::days(30)).format("%Y-%m-%d").to_string(), "assignee_id": user_id }),
        ),
        e(
            Method::POST,
            &format!("/api/v1/customers/{customer_id}/restrict"),
            json!({ "on": true, "reason": "H" }),
        ),
        e(
            Method::POST,
            &format!("/api/v1/customers/{customer_id}/hold"),
            json!({ "on": true, "reason": "I" }),
        ),
        e(
            Method::PUT,
            &format!("/api/v1/customers/{customer_id}/consent/marketing_email"),
            json!({ "granted": true, "basis": "consent" }),
        ),
        e(
            Method::PUT,
            "/api/v1/purposes/marketing_email",
            json!({ "labels": { "en": { "label": "Newsletter", "description": "Monthly news" } } }),
        ),
        e(
            Method::POST,
            "/api/v1/fields",
            json!({ "key": "tier", "label": "Tier", "type": "select", "options": ["a", "b"], "required": false, "visible_to": "staff", "personal": false }),
        ),
        e(
            Method::POST,
            "/api/v1/exports",
            json!({ "format": "csv", "state": "active", "q": "ann" }),
        ),
        e(
            Method::PUT,
            "/api/v1/retention",
            json!({ "expire_after": "P30D", "action": "notify", "remind_every": "P7D", "email_to": ["dpo@acme.test"], "webhook": true }),
        ),
        // Well-formed but not the ID, so nothing here erases the customer.
        e(
            Method::POST,
            &format!("/api/v1/customers/{customer_id}/shred"),
            json!({ "confirm": "not-the-id" }),
        ),
        e(
            Method::POST,
            &format!("/api/v1/customers/{customer_id}/anonymize"),
            json!({ "confirm": "not-the-id" }),
        ),
        // Well-formed but the record itself, so nothing is merged.
        e(
            Method::POST,
            &format!("/api/v1/customers/{customer_id}/merge"),
            json!({ "from": customer_id, "version": 1, "other_version": 1, "keep": { "name": "this" } }),
        ),
        // The count does not match the list, so nothing is erased.
        e(
            Method::POST,
            "/api/v1/customers/shred",
            json!({ "ids": [customer_id], "confirm": 2 }),
        ),
        e(
            Method::POST,
            "/api/v1/customers/anonymize",
            json!({ "ids": [customer_id], "confirm": 2 }),
        ),
        // Well-formed but not the slug, so nothing here can cancel the tenant.
        e(
            Method::POST,
            "/api/v1/tenant/cancel",
            json!({ "confirm": "not-the-slug" }),
        ),
        // Private receivers are refused here, so nothing valid is created
        // either; unknown IDs make the others 404 when well formed.
        e(
            Method::POST,
            "/api/v1/integrations",
            json!({ "kind": "webhook", "url": "http://127.0.0.1/hook", "events": ["consent.updated"], "purpose": "marketing_email", "enabled": true, "snapshot_every": "P1D" }),
        ),
        e(
            Method::PATCH,
            &format!("/api/v1/integrations/{customer_id}"),
            json!({ "url": "https://93.184.215.14/hook", "events": ["consent.updated"], "enabled": false, "snapshot_every": "P1D" }),
        ),
        e(
            Method::POST,
            &format!("/api/v1/integrations/{customer_id}/rotate"),
            json!({ "grace": "PT1H" }),
        ),
        e(
            Method::POST,
            "/api/v1/recipients",
            json!({ "name": "Mailer Inc", "receives": "email addresses", "purpose": "newsletter", "country": "US", "safeguard": "scc", "retention": "30 days" }),
        ),
        e(
            Method::PATCH,
            &format!("/api/v1/imports/{customer_id}"),
            json!({ "mapping": ["name", "email"], "basis": "consent" }),
        ),
        e(
            Method::PATCH,
            &format!("/api/v1/recipients/{customer_id}"),
            json!({ "name": "Mailer Inc", "country": "US", "safeguard": "scc", "retention": "30 days" }),
        ),
        // The list's own: a view of a well-formed list, columns; an action
        // on a record that does not exist, so nothing changes either way.
        e(
            Method::POST,
            "/api/v1/views",
            json!({ "name": "A view", "query": "state=active" }),
        ),
        e(
            Method::PATCH,
            &format!("/api/v1/views/{customer_id}"),
            json!({ "name": "Renamed" }),
        ),
        e(
            Method::PUT,
            "/api/v1/customers/columns",
            json!({ "columns": ["email"] }),
        ),
        e(
            Method::POST,
            "/api/v1/customers/bulk",
            json!({ "action": "note", "ids": [user_id], "body": "x" }),
        ),
        e(
            Method::PATCH,
            "/api/v1/fields/plan",
            json!({ "label": "Plan", "options": ["pro"], "required": true, "visible_to": "admin", "personal": true }),
        ),
    ]
}

/// Bodies that are wrong in form, each with what it exercises.
fn malformed(valid: &Value) -> Vec<(&'static str, String, Vec<u8>)> {
    let json_ct = "application/json".to_owned();
    let mut out = vec![
        ("truncated JSON", json_ct.clone(), b"{\"name\":".to_vec()),
        ("not JSON at all", json_ct.clone(), b"name=x".to_vec()),
        ("empty body", json_ct.clone(), Vec::new()),
        (
            "an array, not an object",
            json_ct.clone(),
            b"[1,2]".to_vec(),
        ),
        ("a bare string", json_ct.clone(), b"\"x\"".to_vec()),
        ("null", json_ct.clone(), b"null".to_vec()),
        (
            "invalid UTF-8",
            json_ct.clone(),
            b"{\"name\":\"\xff\xfe\"}".to_vec(),
        ),
        (
            "wrong content type",
            "text/plain".to_owned(),
            valid.to_string().into_bytes(),
        ),
        (
            "oversized body",
            json_ct.clone(),
            format!("{{\"name\":\"{}\"}}", "x".repeat(100_000)).into_bytes(),
        ),
    ];
    // The first key again, before the rest: parsers differ on which wins.
    let (first, value) = valid.as_object().unwrap().iter().next().unwrap();
    let twice = format!("{{{}:{value},{}", json!(first), &valid.to_string()[1..]);
    out.push(("a key named twice", json_ct.clone(), twice.into_bytes()));
    let mut unknown = valid.clone();
    unknown["surprise"] = json!(1);
    out.push((
        "unknown field",
        json_ct.clone(),
        unknown.to_string().into_bytes(),
    ));
    for (key, value) in valid.as_object().unwrap() {
        for wrong in [
            json!(12345),
            json!([value]),
            json!({ "nested": value }),
            json!(true),
        ] {
            if wrong.is_boolean() && value.is_boolean() {
                continue;
            }
            let mut body = valid.clone();
            body[key] = wrong;
            out.push((
                "a field of the wrong type",
                json_ct.clone(),
                body.to_string().into_bytes(),
            ));
        }
        let mut body = valid.clone();
        body[key] = json!("é".repeat(10_001));
        out.push((
            "a field far too long",
            json_ct.clone(),
            body.to_string().into_bytes(),
        ));
        if value.is_string() {
            let mut body = valid.clone();
            body[key] = json!("a\u{0}b");
            out.push((
                "a NUL character",
                json_ct.clone(),
                body.to_string().into_bytes(),
            ));
        }
    }
    out
}

/// The table covers every operation the spec gives a JSON body, so a new
/// endpoint cannot be added without being put through it.
async fn every_json_endpoint_is_in_the_table(owner: &Session, user_id: &str, customer_id: &str) {
    let spec = owner.json("/api/openapi.json").await;
    let mut published: Vec<String> = Vec::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            if op["requestBody"]["content"]
                .as_object()
                .is_some_and(|c| c.keys().any(|k| k.starts_with("application/json")))
            {
                published.push(format!("{} /api/v1{path}", method.to_uppercase()));
            }
        }
    }
    let mut tabled: Vec<String> = endpoints(user_id, customer_id)
        .iter()
        .map(|e| {
            format!(
                "{} {}",
                e.method,
                e.path
                    .replace(user_id, "{id}")
                    .replace(customer_id, "{id}")
                    .replace("marketing_email", "{purpose}")
                    .replace("/fields/plan", "/fields/{key}")
            )
        })
        .collect();
    published.sort();
    tabled.sort();
    assert_eq!(tabled, published, "every JSON endpoint is in the table");
}

/// Puts one malformed body to one endpoint as `who`: a 4xx problem that names what is wrong.
async fn bad_input_is_a_4xx_problem(
    who: &str,
    caller: &Session,
    ep: &Endpoint,
    (what, content_type, body): (&str, String, Vec<u8>),
) {
    let resp = caller
        .raw(ep.method.clone(), &ep.path, &content_type, body)
        .await;
    let status = resp.status().as_u16();
    assert!(
        (400..500).contains(&status),
        "{who} {} {} with {what}: {status}",
        ep.method,
        ep.path
    );
    let body = problem(resp, status).await;
    if what == "unknown field" {
        assert!(
            body["errors"]["surprise"].is_string(),
            "unknown field not named: {body}"
        );
    }
    if what == "oversized body" {
        assert_eq!(status, 413, "{} {}", ep.method, ep.path);
    }
    if what == "a key named twice" {
        assert_eq!(status, 400, "{} {}: {body}", ep.method, ep.path);
        assert_eq!(body["type"], "/problems/duplicate-key");
        let first = ep.valid.as_object().unwrap().keys().next().unwrap();
        assert!(
            body["errors"][first.as_str()].is_string(),
            "the key is named: {body}"
        );
    }
}

#[tokio::test]
async fn every_json_endpoint_answers_bad_input_with_a_4xx_problem_and_writes_nothing() {
    let app = spawn_app_with("server.body_limit = 65536").await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    let staff = app.login_as(&t, Role::Staff).await;
    let customer: Value = staff
        .post("/api/v1/customers", json!({ "name": "Ann" }))
        .await
        .json()
        .await
        .unwrap();
    let customer_id = customer["id"].as_str().unwrap().to_owned();
    let user_id = staff.user_id.to_string();
    let resp = owner
        .post(
            "/api/v1/fields",
            json!({ "key": "plan", "label": "Plan", "type": "select", "options": ["basic", "pro"] }),
        )
        .await;
    expect_status(resp, 201).await;
    let callers: Vec<(&str, Session)> = vec![
        ("session", owner.clone()),
        ("token", app.token(&t, Role::Owner).await),
    ];
    every_json_endpoint_is_in_the_table(&owner, &user_id, &customer_id).await;

    let before = app.fingerprint().await;
    let mut cases = 0;
    for (who, caller) in &callers {
        for ep in endpoints(&user_id, &customer_id) {
            for case in malformed(&ep.valid) {
                // A NUL inside a well-formed login is a failed sign-in, which is
                // counted and audited (see `login_fields_no_account_could_have_are_a_plain_401`).
                if case.0 == "a NUL character" && ep.path.ends_with("/auth/login") {
                    continue;
                }
                bad_input_is_a_4xx_problem(who, caller, &ep, case).await;
                cases += 1;
            }
        }
        assert_eq!(
            app.fingerprint().await,
            before,
            "bad input from a {who} changed the database"
        );
    }
    assert!(cases > 200, "only {cases} cases ran");
}

#[tokio::test]
async fn bad_ids_in_paths_are_400_problems() {
    let app = spawn_app_with("").await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    let before = app.fingerprint().await;
    for (method, path) in [
        (Method::PATCH, "/api/v1/users/not-a-uuid"),
        (Method::PATCH, "/api/v1/users/12345"),
        (Method::DELETE, "/api/v1/tokens/zzzz"),
        (Method::DELETE, "/api/v1/auth/sessions/%00"),
        (
            Method::DELETE,
            "/api/v1/tokens/00000000-0000-0000-0000-00000000000g",
        ),
    ] {
        let resp = owner
            .send(method.clone(), path, Some(json!({ "name": "x" })))
            .await;
        let body = problem(resp, 400).await;
        assert_eq!(body["type"], "/problems/bad-request", "{method} {path}");
    }
    assert_eq!(app.fingerprint().await, before);
}

#[tokio::test]
async fn semantic_validation_names_every_bad_field() {
    let app = spawn_app_with("").await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    let before = app.fingerprint().await;
    let body = problem(
        owner
            .patch(
                "/api/v1/tenant",
                json!({ "name": "\u{0007}bell", "contact_email": "nope" }),
            )
            .await,
        422,
    )
    .await;
    assert!(
        body["errors"]["name"].is_string() && body["errors"]["contact_email"].is_string(),
        "{body}"
    );
    let body = problem(
        owner
            .post("/api/v1/tokens", json!({ "name": "   ", "role": "viewer" }))
            .await,
        422,
    )
    .await;
    assert!(body["errors"]["name"].is_string());
    let body = problem(
        owner
            .post("/api/v1/tokens", json!({ "name": 7, "role": "superuser" }))
            .await,
        422,
    )
    .await;
    assert!(
        body["errors"]["role"]
            .as_str()
            .unwrap()
            .contains("viewer, staff, admin, owner"),
        "{body}"
    );
    assert!(
        body["errors"]["name"].as_str().unwrap().contains("string"),
        "a number is not silently made a string: {body}"
    );
    assert_eq!(app.fingerprint().await, before);
}

/// One retention limit, in one unit: 36,500 days; anything past it, or
/// padded, is refused and the limit is stated in days.
async fn periods_past_the_limit_are_refused(owner: &Session) {
    for period in [
        "P36501D",
        "P36600D",
        "P5215W",
        "PT876000H1S",
        " P30D",
        "P30D ",
        "P30D\n",
    ] {
        let body = problem(
            owner
                .send(
                    Method::PUT,
                    "/api/v1/retention",
                    Some(json!({ "expire_after": period, "action": "notify" })),
                )
                .await,
            422,
        )
        .await;
        assert!(
            body["errors"]["expire_after"].is_string(),
            "{period:?}: {body}"
        );
    }
    let body = problem(
        owner
            .send(
                Method::PUT,
                "/api/v1/retention",
                Some(json!({ "expire_after": "P36501D", "action": "notify" })),
            )
            .await,
        422,
    )
    .await;
    assert!(
        body["errors"]["expire_after"]
            .as_str()
            .unwrap()
            .contains("36500 days"),
        "the limit is stated in days: {body}"
    );
}

/// A date is exactly YYYY-MM-DD, years 0001 to 9999, on create and on change.
async fn dates_outside_yyyy_mm_dd_are_refused(owner: &Session, id: &str) {
    for date in [
        "+99999-12-31",
        "-2023-02-03",
        "0000-01-01",
        "2023-2-3",
        " 2023-02-03",
        "2023-02-03T00:00",
    ] {
        for (method, path, body) in [
            (
                Method::POST,
                "/api/v1/customers".to_owned(),
                json!({ "name": "Bo", "fields": { "born": date } }),
            ),
            (
                Method::PATCH,
                format!("/api/v1/customers/{id}"),
                json!({ "version": 1, "fields": { "born": date } }),
            ),
        ] {
            let body = problem(owner.send(method, &path, Some(body)).await, 422).await;
            assert!(
                body["errors"]["fields.born"]
                    .as_str()
                    .unwrap()
                    .contains("YYYY-MM-DD"),
                "{date}: {body}"
            );
        }
    }
}

/// The edges themselves are taken.
async fn the_documented_edges_are_taken(owner: &Session) {
    let resp = owner
        .send(
            Method::PUT,
            "/api/v1/retention",
            Some(json!({ "expire_after": "P36500D", "action": "notify" })),
        )
        .await;
    expect_status(resp, 200).await;
    for date in ["0001-01-01", "9999-12-31"] {
        let resp = owner
            .post(
                "/api/v1/customers",
                json!({ "name": "Edge", "fields": { "born": date } }),
            )
            .await;
        let created = expect(resp, 201).await;
        assert_eq!(created["fields"]["born"], date);
    }
}

#[tokio::test]
async fn values_just_outside_what_is_documented_are_refused() {
    let app = spawn_app_with("").await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    let resp = owner
        .post(
            "/api/v1/fields",
            json!({ "key": "born", "label": "Born", "type": "date" }),
        )
        .await;
    expect_status(resp, 201).await;
    let customer: Value = owner
        .post("/api/v1/customers", json!({ "name": "Ann" }))
        .await
        .json()
        .await
        .unwrap();
    let id = customer["id"].as_str().unwrap();
    let before = app.fingerprint().await;
    periods_past_the_limit_are_refused(&owner).await;
    dates_outside_yyyy_mm_dd_are_refused(&owner, id).await;
    assert_eq!(app.fingerprint().await, before, "nothing was changed");
    the_documented_edges_are_taken(&owner).await;
}

#[tokio::test]
async fn a_key_named_twice_is_refused_on_public_endpoints_too() {
    let app = spawn_app_with("").await;
    app.create_tenant("acme").await;
    let before = app.fingerprint().await;
    let resp = app
        .anonymous()
        .raw(
            Method::POST,
            "/portal/acme/requests",
            "application/json",
            br#"{"email": "a@people.test", "kind": "copy", "kind": "erasure"}"#.to_vec(),
        )
        .await;
    let body = problem(resp, 400).await;
    assert!(body["errors"]["kind"].is_string(), "{body}");
    assert_eq!(app.fingerprint().await, before);
}
