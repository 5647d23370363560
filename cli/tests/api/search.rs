//! Search without plaintext: blind-index tokens per tenant, exact results.

use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{
    PASSWORD, Session, Tenant, TestApp, count, expect_status, expect_text, problem, run_jobs,
    spawn_app, spawn_app_with, submit,
};

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

async fn create(s: &Session, body: Value) -> String {
    let resp = s.post("/api/v1/customers", body).await;
    crate::helpers::expect(resp, 201).await["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

async fn ids(s: &Session, q: &str) -> Vec<String> {
    let page = s
        .json(&format!("/api/v1/customers?q={}", urlencode(q)))
        .await;
    let mut out: Vec<String> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_owned())
        .collect();
    out.sort();
    out
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

#[tokio::test]
async fn one_cjk_character_finds_exactly_the_records_holding_it_in_its_tenant_only() {
    let app = spawn_app().await;
    let a = app.create_tenant("alpha").await;
    let b = app.create_tenant("bravo").await;
    let a_staff = app.login_as(&a, Role::Staff).await;
    let b_staff = app.login_as(&b, Role::Staff).await;
    let li_wei_1 = create(&a_staff, json!({ "name": "李伟" })).await;
    let li_wei_2 = create(
        &a_staff,
        json!({ "name": "李伟", "email": "li.wei@example.cn" }),
    )
    .await;
    let li_na = create(&a_staff, json!({ "name": "李娜" })).await;
    let wang_wei = create(&a_staff, json!({ "name": "王伟" })).await;
    create(&a_staff, json!({ "name": "Lee Smith" })).await;
    create(&a_staff, json!({ "name": "张三", "company": "北京科技" })).await;
    let b_li = create(&b_staff, json!({ "name": "李伟" })).await;

    assert_eq!(
        ids(&a_staff, "李").await,
        sorted(vec![li_wei_1.clone(), li_wei_2.clone(), li_na.clone()])
    );
    assert_eq!(
        ids(&a_staff, "伟").await,
        sorted(vec![li_wei_1.clone(), li_wei_2.clone(), wang_wei])
    );
    assert_eq!(
        ids(&a_staff, "李伟").await,
        sorted(vec![li_wei_1, li_wei_2])
    );
    assert!(
        ids(&a_staff, "伟李").await.is_empty(),
        "characters in order"
    );
    assert_eq!(ids(&a_staff, "娜").await, [li_na]);
    assert_eq!(
        ids(&b_staff, "李").await,
        [b_li],
        "the other tenant's alone"
    );
    assert!(ids(&b_staff, "娜").await.is_empty());
    assert_eq!(
        names(&a_staff, "京").await,
        ["张三"],
        "company characters too"
    );
    // Korean by syllable, Japanese by kana, Thai by letter.
    create(&a_staff, json!({ "name": "김민준" })).await;
    create(&a_staff, json!({ "name": "さくら 山田" })).await;
    create(&a_staff, json!({ "name": "สมชาย ใจดี" })).await;
    assert_eq!(names(&a_staff, "민").await, ["김민준"]);
    assert_eq!(names(&a_staff, "く").await, ["さくら 山田"]);
    assert_eq!(names(&a_staff, "ใจ").await, ["สมชาย ใจดี"]);
}

#[tokio::test]
async fn company_words_are_found_by_prefix_alone_and_with_name_words() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    for (name, company) in [
        ("Ann Smith", "Globex Corporation"),
        ("Bob Jones", "Globex Corporation"),
        ("Ann Other", "Initech"),
        ("Globe Walker", "Umbrella"),
    ] {
        create(&staff, json!({ "name": name, "company": company })).await;
    }
    create(&staff, json!({ "name": "Nobody Atall" })).await;
    assert_eq!(names(&staff, "globex").await, ["Ann Smith", "Bob Jones"]);
    assert_eq!(
        names(&staff, "glob").await,
        ["Ann Smith", "Bob Jones", "Globe Walker"],
        "a prefix finds names and companies alike"
    );
    assert_eq!(names(&staff, "ann glob").await, ["Ann Smith"]);
    assert_eq!(names(&staff, "corp bob").await, ["Bob Jones"]);
    assert_eq!(names(&staff, "ann ini").await, ["Ann Other"]);
    assert!(
        names(&staff, "bob initech").await.is_empty(),
        "every word must match"
    );
}

#[tokio::test]
async fn older_records_get_the_new_index_from_the_job_runner_once() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    create(&staff, json!({ "name": "李伟", "company": "Globex" })).await;
    create(&staff, json!({ "name": "Ann Smith" })).await;
    // As records indexed before company words and single characters were:
    // nothing at all.
    app.sql("DELETE FROM search_tokens").await;
    assert!(names(&staff, "李").await.is_empty());
    assert!(names(&staff, "globex").await.is_empty());

    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["search_index_backfilled"], 2, "{summary}");
    assert_eq!(names(&staff, "李").await, ["李伟"]);
    assert_eq!(names(&staff, "glob 李").await, ["李伟"]);
    assert_eq!(names(&staff, "smi").await, ["Ann Smith"]);
    let tokens = count(
        &app.state.db.main,
        "SELECT COUNT(*) AS n FROM search_tokens",
    )
    .await;
    // The walk is done once: later runs open nothing and write nothing.
    assert_eq!(run_jobs(&app.state).await["search_index_backfilled"], 0);
    assert_eq!(
        count(
            &app.state.db.main,
            "SELECT COUNT(*) AS n FROM search_tokens"
        )
        .await,
        tokens
    );
}

fn location(resp: &reqwest::Response) -> String {
    resp.headers()["location"].to_str().unwrap().to_owned()
}

/// A staff member with a known address, signed in.
async fn staff_member(app: &TestApp, t: &Tenant) -> Session {
    let owner = app.login_owner(t).await;
    let body =
        json!({ "email": "staff@acme.test", "name": "Sam", "role": "staff", "password": PASSWORD });
    crate::helpers::expect(owner.post("/api/v1/users", body).await, 201).await;
    app.login(&t.slug, "staff@acme.test", PASSWORD).await
}

/// Posts a search from the list's form; the URL it is answered at.
async fn posted_search(s: &Session, q: &str) -> String {
    let resp = submit(s, "/customers", &[("q", q), ("state", "")]).await;
    location(&expect_status(resp, 303).await)
}

#[tokio::test]
async fn a_search_handle_answers_its_own_session_only() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = staff_member(&app, &t).await;
    let id = create(
        &staff,
        json!({ "name": "Zoë Łukasz-Ødegård", "company": "Globex" }),
    )
    .await;
    let to = posted_search(&staff, "łukasz glob").await;
    assert!(to.starts_with("/customers?s="), "{to}");
    assert!(
        !to.to_lowercase().contains("ukasz") && !to.contains("glob"),
        "{to}"
    );
    let html = expect_text(staff.get(&to).await, 200).await;
    assert!(
        html.contains(&format!("href=\"/customers/{id}\"")),
        "{html}"
    );
    assert!(
        html.contains("value=\"łukasz glob\""),
        "the form shows the search"
    );

    // Another user, and the same user in another session, get "not found"
    // and a new search form, never the results.
    let admin = app.login_as(&t, Role::Admin).await;
    let again = app.login(&t.slug, "staff@acme.test", PASSWORD).await;
    for other in [&admin, &again] {
        let html = expect_text(other.get(&to).await, 404).await;
        assert!(!html.contains(&format!("/customers/{id}")), "{html}");
        assert!(html.contains("This search has ended"), "{html}");
        assert!(html.contains("name=\"q\""), "offers a new search");
    }
    // Another tenant's user, and a handle that is no handle.
    let bravo = app.create_tenant("bravo").await;
    let outsider = app.login_owner(&bravo).await;
    expect_text(outsider.get(&to).await, 404).await;
    expect_text(staff.get("/customers?s=not-a-handle").await, 404).await;

    // A search that cannot be understood is refused before it is kept.
    let before = count(
        &app.state.db.main,
        "SELECT COUNT(*) AS n FROM search_handles",
    )
    .await;
    let resp = submit(&staff, "/customers", &[("q", "ann@"), ("state", "")]).await;
    expect_text(resp, 422).await;
    assert_eq!(
        count(
            &app.state.db.main,
            "SELECT COUNT(*) AS n FROM search_handles"
        )
        .await,
        before
    );
    // No words: the plain list, no handle.
    let resp = submit(&staff, "/customers", &[("q", " "), ("state", "complete")]).await;
    assert_eq!(
        location(&expect_status(resp, 303).await),
        "/customers?state=complete"
    );
}

#[tokio::test]
async fn a_search_handle_is_gone_at_sign_out_and_when_it_expires() {
    let app = spawn_app_with("[web]\nsearch_for = \"PT10M\"\n").await;
    let t = app.create_tenant("acme").await;
    let staff = staff_member(&app, &t).await;
    create(&staff, json!({ "name": "Ann Smith" })).await;
    let handles = || {
        count(
            &app.state.db.main,
            "SELECT COUNT(*) AS n FROM search_handles",
        )
    };

    let to = posted_search(&staff, "ann").await;
    expect_text(staff.get(&to).await, 200).await;
    assert_eq!(handles().await, 1);
    // Expired: refused at once, and the job runner deletes it.
    app.clock.advance(chrono::TimeDelta::minutes(11));
    expect_text(staff.get(&to).await, 404).await;
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["search_handles_expired"], 1, "{summary}");
    assert_eq!(handles().await, 0);

    // Sign-out deletes the session's handles.
    let to = posted_search(&staff, "ann").await;
    assert_eq!(handles().await, 1);
    expect_status(submit(&staff, "/logout", &[]).await, 303).await;
    assert_eq!(handles().await, 0);
    let back = app.login(&t.slug, "staff@acme.test", PASSWORD).await;
    expect_text(back.get(&to).await, 404).await;
}

#[tokio::test]
async fn a_search_handle_pages_through_its_results_with_plain_links() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = staff_member(&app, &t).await;
    for i in 0..52 {
        create(&staff, json!({ "name": format!("Pager Person{i:02}") })).await;
    }
    create(&staff, json!({ "name": "Other Person" })).await;
    let to = posted_search(&staff, "pager").await;
    // Attribute values come escaped (`&#x2f;` for `/`).
    let unescape = |html: String| html.replace("&#x2f;", "/").replace("&amp;", "&");
    let first = unescape(expect_text(staff.get(&to).await, 200).await);
    // Each name shows once as a link (and again in its tick box's label).
    assert_eq!(first.matches(">Pager Person").count(), 50);
    assert!(first.contains("52 records"), "the total");
    // The next page is a link: the same handle and a page number, no words.
    let next = format!("{to}&page=2");
    assert!(
        first.contains(&format!("href=\"{next}\" rel=\"next\"")),
        "a next-page link with the handle"
    );
    let second = unescape(expect_text(staff.get(&next).await, 200).await);
    assert_eq!(second.matches(">Pager Person").count(), 2, "{second}");
    assert!(!second.contains("Other Person"));
    assert!(
        second.contains(&format!("href=\"{to}\"")),
        "a link to the first page"
    );
}
