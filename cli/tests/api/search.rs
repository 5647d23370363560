//! Search without plaintext: blind-index tokens per tenant, exact results.

use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{Session, problem, spawn_app};

async fn names(s: &Session, q: &str) -> Vec<String> {
    let page = s
        .json(&format!("/api/v1/customers?q={}", urlencode(q)))
        .await;
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_owned())
        .collect()
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test]
async fn finds_by_exact_email_exact_phone_and_name_prefixes_across_scripts() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    for (name, email, phone) in [
        ("Zoë Łukasz-Ødegård", "zoe@example.com", "+4930111111"),
        ("Antonín Dvořák", "antonin@example.com", "+420222222222"),
        ("王秀英", "wang@example.cn", "+8613333333333"),
        ("Ayşe Ağça", "ayse@example.com.tr", "+905444444444"),
        ("Lukas Meyer", "lukas@example.de", "+4930555555"),
    ] {
        staff
            .post(
                "/api/v1/customers",
                json!({ "name": name, "email": email, "phone": phone }),
            )
            .await;
    }
    assert_eq!(
        names(&staff, "lukas").await,
        ["Zoë Łukasz-Ødegård", "Lukas Meyer"]
    );
    assert_eq!(names(&staff, "ŁUKASZ").await, ["Zoë Łukasz-Ødegård"]);
    assert_eq!(
        names(&staff, "zoe luk").await,
        ["Zoë Łukasz-Ødegård"],
        "every word must match"
    );
    assert!(names(&staff, "zoe meyer").await.is_empty());
    assert_eq!(names(&staff, "dvo").await, ["Antonín Dvořák"]);
    assert_eq!(names(&staff, "agc").await, ["Ayşe Ağça"]);
    assert_eq!(names(&staff, "Ağça").await, ["Ayşe Ağça"]);
    assert_eq!(names(&staff, "王秀英").await, ["王秀英"]);
    assert_eq!(
        names(&staff, "ANTONIN@Example.com").await,
        ["Antonín Dvořák"]
    );
    assert!(
        names(&staff, "antonin@example.org").await.is_empty(),
        "email is exact, not a prefix"
    );
    assert_eq!(names(&staff, "+420 222 222 222").await, ["Antonín Dvořák"]);
    assert_eq!(names(&staff, "0090 544 444 4444").await, ["Ayşe Ağça"]);
}

#[tokio::test]
async fn search_pages_through_matches_in_order() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    for i in 0..5 {
        staff
            .post(
                "/api/v1/customers",
                json!({ "name": format!("María Example{i}") }),
            )
            .await;
        staff
            .post(
                "/api/v1/customers",
                json!({ "name": format!("Other Person{i}") }),
            )
            .await;
    }
    let mut seen = Vec::new();
    let mut cursor = String::new();
    loop {
        let page = staff
            .json(&format!("/api/v1/customers?q=mari&limit=2{cursor}"))
            .await;
        seen.extend(
            page["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["name"].as_str().unwrap().to_owned()),
        );
        match page["next_cursor"].as_str() {
            Some(c) => cursor = format!("&cursor={c}"),
            None => break,
        }
    }
    let expected: Vec<String> = (0..5).map(|i| format!("María Example{i}")).collect();
    assert_eq!(seen, expected);
}

#[tokio::test]
async fn a_rename_moves_the_record_in_the_index() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let c: Value = staff
        .post(
            "/api/v1/customers",
            json!({ "name": "Ann Smith", "email": "ann@example.com" }),
        )
        .await
        .json()
        .await
        .unwrap();
    let path = format!("/api/v1/customers/{}", c["id"].as_str().unwrap());
    staff
        .patch(
            &path,
            json!({ "version": 1, "name": "Ann Jones", "email": "ann.jones@example.com" }),
        )
        .await;
    assert!(names(&staff, "smith").await.is_empty());
    assert!(names(&staff, "ann@example.com").await.is_empty());
    assert_eq!(names(&staff, "jon").await, ["Ann Jones"]);
    assert_eq!(names(&staff, "ann.jones@example.com").await, ["Ann Jones"]);
}

#[tokio::test]
async fn identical_data_in_two_tenants_has_different_tokens_and_stays_apart() {
    let app = spawn_app().await;
    let a = app.create_tenant("alpha").await;
    let b = app.create_tenant("bravo").await;
    let a_staff = app.login_as(&a, Role::Staff).await;
    let b_staff = app.login_as(&b, Role::Staff).await;
    let same =
        json!({ "name": "Same Person", "email": "same@example.com", "phone": "+4930123456" });
    a_staff.post("/api/v1/customers", same.clone()).await;
    b_staff.post("/api/v1/customers", same).await;
    for q in ["same@example.com", "+4930123456", "same per"] {
        assert_eq!(names(&a_staff, q).await.len(), 1, "{q}");
        assert_eq!(names(&b_staff, q).await.len(), 1, "{q}");
    }
    let db = &app.state.db.main;
    let tokens = |tenant| {
        let sql = format!(
            "SELECT token FROM search_tokens WHERE tenant_id = {}",
            app.uuid_sql(tenant)
        );
        async move {
            db.query_all_raw(Statement::from_string(db.get_database_backend(), sql))
                .await
                .unwrap()
                .into_iter()
                .map(|r| r.try_get::<Vec<u8>>("", "token").unwrap())
                .collect::<std::collections::BTreeSet<_>>()
        }
    };
    let (ta, tb) = (tokens(a.id.uuid()).await, tokens(b.id.uuid()).await);
    assert!(
        ta.len() >= 5 && tb.len() == ta.len(),
        "{} and {} tokens",
        ta.len(),
        tb.len()
    );
    assert!(ta.is_disjoint(&tb), "no token is shared between tenants");
    assert!(ta.iter().all(|t| t.len() == 16));
}

#[tokio::test]
async fn a_search_that_cannot_be_understood_names_q() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    for q in ["%20%20", "ann%40", "%2B49%20abc", "---"] {
        let body = problem(staff.get(&format!("/api/v1/customers?q={q}")).await, 422).await;
        assert!(body["errors"]["q"].is_string(), "{q}: {body}");
    }
}
