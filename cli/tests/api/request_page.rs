//! A request's reference and its own page: every email to the person
//! quotes a short per-tenant reference (`R-<year>-0001`, numbered in order),
//! staff find a request by it, and the request's page shows the records it
//! matched by name, what answering will do, what the person wrote, and each
//! step so far with who took it. The reasons staff give are kept sealed.

use entity::data_request;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
use serde_json::{Value, json};
use steward::auth::Role;

use crate::{
    helpers::{Session, TestApp, expect, expect_status, problem, run_jobs, submit},
    pages::page,
    requests::{app_with_smtp, ask, mail_to, verify, verify_with},
};

async fn request(s: &Session, v: &Value) -> Value {
    let id = v["request_id"].as_str().or(v["id"].as_str()).unwrap();
    s.json(&format!("/api/v1/requests/{id}")).await
}

async fn stored(app: &TestApp, v: &Value) -> data_request::Model {
    let id: uuid::Uuid = v["id"].as_str().unwrap().parse().unwrap();
    data_request::Entity::find()
        .filter(data_request::Column::Id.eq(id))
        .one(&app.state.db.main)
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test]
async fn references_number_each_tenants_requests_and_every_email_quotes_them() {
    let (app, sink) = app_with_smtp("").await;
    let year = app.clock.now().format("%Y").to_string();
    let t = app.create_tenant("acme").await;
    let other = app.create_tenant("globex").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let id = admin.customer("Ada Lovelace", "ada@people.test").await;
    let theirs = app.login_as(&other, Role::Admin).await;
    theirs.customer("Ada Lovelace", "ada@people.test").await;

    ask(&app, "acme", "ada@people.test", "copy").await;
    let first = verify(&app, &sink, "acme", "ada@people.test").await;
    ask(&app, "acme", "ada@people.test", "erasure").await;
    let second = verify(&app, &sink, "acme", "ada@people.test").await;
    // Another tenant numbers its own from 1.
    ask(&app, "globex", "ada@people.test", "copy").await;
    let elsewhere = verify(&app, &sink, "globex", "ada@people.test").await;

    let (one, two) = (
        request(&admin, &first).await,
        request(&admin, &second).await,
    );
    assert_eq!(one["reference"], format!("R-{year}-0001"), "{one}");
    assert_eq!(two["reference"], format!("R-{year}-0002"), "{two}");
    assert_eq!(
        request(&theirs, &elsewhere).await["reference"],
        format!("R-{year}-0001")
    );

    // Every email about a request quotes its reference, none its long ID.
    let staff = app.login_as(&t, Role::Staff).await;
    let fulfilled = expect(
        staff
            .post(
                &format!("/api/v1/requests/{}/fulfil", one["id"].as_str().unwrap()),
                json!({}),
            )
            .await,
        200,
    )
    .await;
    assert_eq!(fulfilled["reference"], one["reference"]);
    let mails = mail_to(&app, &sink, "ada@people.test").await;
    assert!(mails.len() >= 6, "{}", mails.len());
    for m in &mails {
        assert!(
            m.subject().contains(&format!("R-{year}-000")),
            "{}",
            m.subject()
        );
        for v in [&first, &second, &elsewhere] {
            let long = v["request_id"].as_str().unwrap();
            assert!(!m.text().contains(long), "no long ID in: {}", m.text());
        }
    }
    let ready = mails
        .iter()
        .rev()
        .find(|m| m.subject().contains("ready"))
        .expect("the copy is ready");
    assert!(ready.subject().contains(&format!("R-{year}-0001")));
    assert!(
        ready.text().contains(&format!("Reference: R-{year}-0001")),
        "{}",
        ready.text()
    );

    // Staff find a request by the reference the person quotes, in any
    // state and however it is typed; the page goes straight to it.
    let found = staff
        .json(&format!("/api/v1/requests?reference=r-{year}-1"))
        .await;
    assert_eq!(found["total"], 1, "{found}");
    assert_eq!(found["items"][0]["id"], one["id"]);
    let none = staff
        .json(&format!("/api/v1/requests?reference=R-{year}-0009"))
        .await;
    assert_eq!(none["total"], 0);
    let p = problem(staff.get("/api/v1/requests?reference=42").await, 400).await;
    assert!(p["errors"]["reference"].is_string(), "{p}");
    let resp = staff
        .get(&format!("/requests?reference=R-{year}-0002"))
        .await;
    assert_eq!(resp.status(), 303);
    let to = resp.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(to, format!("/requests/{}", two["id"].as_str().unwrap()));

    // The request's page: the reference, the state in words, the record by
    // name as a link, what fulfilling will do, and the steps so far.
    let (status, html) = page(&staff, &to).await;
    assert_eq!(status, 200);
    assert!(html.contains(&format!("R-{year}-0002")));
    assert!(html.contains("Waiting for your answer"), "{html}");
    assert!(
        html.contains(&format!(r#"<a href="/customers/{id}">Ada Lovelace</a>"#)),
        "{html}"
    );
    assert!(
        html.contains("Fulfilling shreds the record above for good"),
        "{html}"
    );
    assert!(html.contains("Data request received"), "{html}");
    assert!(
        html.contains("Data request confirmed by email · the person"),
        "{html}"
    );
    assert!(
        !html.contains("ada@people.test"),
        "the address is never shown"
    );
    // Staff may not shred: the refusal shows on the request's own page.
    let resp = submit(&staff, &format!("{to}/fulfil"), &[("back", "request")]).await;
    assert_eq!(resp.status(), 403);
    let html = resp.text().await.unwrap();
    assert!(
        html.contains("Waiting for your answer"),
        "the request's page: {html}"
    );
    // Answered from its page, it comes back there, the step in its history
    // with the staff member's name.
    let resp = submit(
        &admin,
        &format!("{to}/reject"),
        &[("reason", "We must keep the invoices"), ("back", "request")],
    )
    .await;
    assert_eq!(resp.status(), 303);
    assert_eq!(resp.headers()["location"].to_str().unwrap(), to);
    let (_, html) = page(&admin, &to).await;
    assert!(
        html.contains("Refused, with the reason told to the person"),
        "{html}"
    );
    assert!(html.contains("We must keep the invoices"));
    assert!(html.contains("Data request rejected · "), "{html}");

    // The reason is kept sealed with the request, opened only for staff.
    let row = stored(&app, &two).await;
    assert_eq!(row.reason, None);
    let sealed = row.reason_sealed.expect("sealed");
    assert!(!String::from_utf8_lossy(&sealed).contains("invoices"));
    assert_eq!(
        request(&admin, &two).await["reason"],
        "We must keep the invoices"
    );
    // A reason kept in plain text from before is sealed by the next run.
    let one_id: uuid::Uuid = one["id"].as_str().unwrap().parse().unwrap();
    data_request::Entity::update_many()
        .col_expr(
            data_request::Column::ExtensionReason,
            Expr::value(Some("Archives take time".to_owned())),
        )
        .filter(data_request::Column::Id.eq(one_id))
        .exec(&app.state.db.main)
        .await
        .unwrap();
    run_jobs(&app.state).await;
    let row = stored(&app, &one).await;
    assert_eq!(row.extension_reason, None);
    assert!(row.extension_reason_sealed.is_some());
    assert_eq!(
        request(&admin, &one).await["extension_reason"],
        "Archives take time"
    );

    // Another tenant's request is not found by ID nor by its reference.
    let resp = theirs.get(&to).await;
    assert_eq!(resp.status(), 404);
    let mine = theirs
        .json(&format!("/api/v1/requests?reference=R-{year}-0002"))
        .await;
    assert_eq!(mine["total"], 0);
}

#[tokio::test]
async fn the_page_shows_staff_what_the_person_wrote_and_records_that_they_read_it() {
    let (app, sink) = app_with_smtp("").await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    admin.customer("Grace Hopper", "grace@people.test").await;
    ask(&app, "acme", "grace@people.test", "objection").await;
    let v = verify_with(
        &app,
        &sink,
        "acme",
        "grace@people.test",
        json!({ "objection": "legitimate_interests", "grounds": "I moved away; stop the profiling" }),
    )
    .await;
    let path = format!("/requests/{}", v["request_id"].as_str().unwrap());
    let (status, html) = page(&admin, &path).await;
    assert_eq!(status, 200);
    assert!(html.contains("I moved away; stop the profiling"), "{html}");
    assert!(html.contains("processing based on legitimate interests"));
    assert!(html.contains("Stopping the processing restricts the records above"));
    let log = admin.json("/api/v1/audit?action=request.viewed").await;
    assert_eq!(log["total"], 1, "{log}");
    let entry = log["items"][0].to_string();
    assert!(
        !entry.contains("moved away"),
        "no words of the person in the audit: {entry}"
    );
    // A request ID that does not exist is a 404 page.
    let resp = admin
        .get("/requests/00000000-0000-7000-8000-000000000000")
        .await;
    expect_status(resp, 404).await;
}
