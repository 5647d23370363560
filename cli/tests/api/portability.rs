//! Data portability (Art. 20) through the portal: the person asks, verifies
//! by the emailed link, staff fulfil, and the person downloads the data
//! they provided — JSON valid against its published schema (offered in the
//! same download), and CSV of the same data in the import's columns — each
//! file once. Mail goes over real SMTP to a sink on loopback.

use reqwest::StatusCode;
use serde_json::{Value, json};
use steward::auth::Role;

use crate::{
    helpers::{expect, expect_status, problem},
    requests::{app_with_smtp, ask, link_in, mail_to, verify},
};

#[tokio::test]
async fn a_portability_request_ends_in_json_csv_and_schema_each_downloaded_once() {
    let (app, sink) = app_with_smtp("").await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let resp = admin
        .post(
            "/api/v1/fields",
            json!({ "key": "tier", "label": "Tier", "type": "select", "options": ["bronze", "gold"] }),
        )
        .await;
    expect(resp, 201).await;
    let resp = admin
        .post(
            "/api/v1/customers",
            json!({
                "name": "Zoë Łukasz-Ødegård", "email": "zoe@people.test",
                "company": "Dvořák, Sons & Co", "language": "de",
                "fields": { "tier": "gold" },
            }),
        )
        .await;
    let id = expect_status(resp, 201)
        .await
        .json::<Value>()
        .await
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    admin.consent(&id, "marketing_email", true).await;
    let resp = admin
        .post(
            &format!("/api/v1/customers/{id}/notes"),
            json!({ "body": "Staff's own observation" }),
        )
        .await;
    expect(resp, 201).await;

    ask(&app, "acme", "zoe@people.test", "portability").await;
    let v = verify(&app, &sink, "acme", "zoe@people.test").await;
    assert_eq!(v["kind"], "portability");
    assert_eq!(v["state"], "open");
    let request_id = v["request_id"].as_str().unwrap().to_owned();

    let staff = app.login_as(&t, Role::Staff).await;
    let queue = staff.json("/api/v1/requests?kind=portability").await;
    assert_eq!(queue["items"][0]["id"], request_id.as_str());
    let done = expect(
        staff
            .post(&format!("/api/v1/requests/{request_id}/fulfil"), json!({}))
            .await,
        200,
    )
    .await;
    assert_eq!(done["state"], "fulfilled");
    assert_eq!(done["outcome"], "copy_sent");

    let mails = mail_to(&app, &sink, "zoe@people.test").await;
    let ready = mails.last().unwrap();
    // The request was made in English; its emails are.
    assert!(
        ready.subject().contains("ready to take with you"),
        "{}",
        ready.subject()
    );
    let page_path = link_in(&mails, "/portal/acme/download/");
    let page = expect_status(app.anonymous().get(&page_path).await, 200)
        .await
        .text()
        .await
        .unwrap();
    for label in [
        "Your data as a JSON file",
        "Your data as a CSV file",
        "JSON Schema",
    ] {
        assert!(page.contains(label), "{label} missing: {page}");
    }
    assert!(!page.contains("PDF"), "no PDF in a portability download");

    // The JSON: the data the person provided, valid against the schema.
    let resp = expect_status(
        app.anonymous()
            .get(&format!("{page_path}/1/data.json"))
            .await,
        200,
    )
    .await;
    assert_eq!(resp.headers()["content-type"], "application/json");
    let data: Value = resp.json().await.unwrap();
    let (published, validator) = crate::helpers::published_schema("customer-portable.v1.json");
    let errors: Vec<String> = validator
        .iter_errors(&data)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}\n{data:#}");
    assert_eq!(data["request_id"], request_id.as_str());
    assert_eq!(data["controller"], "acme Ltd");
    assert_eq!(data["personal"]["name"], "Zoë Łukasz-Ødegård");
    assert_eq!(data["personal"]["email"], "zoe@people.test");
    assert_eq!(data["personal"]["language"], "de");
    assert_eq!(data["fields"][0]["key"], "tier");
    assert_eq!(data["fields"][0]["value"], "gold");
    assert_eq!(data["consent"][0]["purpose"], "marketing_email");
    assert_eq!(data["consent"][0]["granted"], true);
    assert!(
        !data.to_string().contains("observation"),
        "staff's notes are not the person's to carry"
    );

    // The CSV: the same data, one row, the import's column names.
    let resp = expect_status(
        app.anonymous()
            .get(&format!("{page_path}/1/data.csv"))
            .await,
        200,
    )
    .await;
    assert!(
        resp.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let csv = resp.text().await.unwrap();
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(
        lines,
        [
            "name,email,phone,company,address,language,tier,marketing_email consent",
            "Zoë Łukasz-Ødegård,zoe@people.test,,\"Dvořák, Sons & Co\",,de,gold,yes",
        ]
    );

    // The schema itself, as published.
    let resp = expect_status(
        app.anonymous()
            .get(&format!("{page_path}/1/schema.json"))
            .await,
        200,
    )
    .await;
    let served: Value = resp.json().await.unwrap();
    assert_eq!(served, published);

    // Each file once; then the link is spent.
    let again = app
        .anonymous()
        .get(&format!("{page_path}/1/data.csv"))
        .await;
    assert_eq!(again.status(), StatusCode::GONE);
    let spent = app.anonymous().get(&page_path).await;
    assert_eq!(spent.status(), StatusCode::GONE);
    let r = staff.json(&format!("/api/v1/requests/{request_id}")).await;
    assert_eq!(
        r["downloaded"],
        json!(["1/data.json", "1/data.csv", "1/schema.json"])
    );
}

#[tokio::test]
async fn portability_is_a_kind_the_portal_names_and_a_misspelt_one_changes_nothing() {
    let (app, _sink) = app_with_smtp("").await;
    app.create_tenant("acme").await;
    let page = app.anonymous().get("/portal/acme").await;
    let page = expect_status(page, 200).await.text().await.unwrap();
    assert!(page.contains("value=\"portability\""));
    let resp = app
        .anonymous()
        .post(
            "/portal/acme/requests",
            json!({ "email": "zoe@people.test", "kind": "portabilty" }),
        )
        .await;
    let p = problem(resp, 422).await;
    assert!(p.to_string().contains("portability"), "{p}");
    assert_eq!(
        crate::helpers::count(&app.state.db.main, "SELECT COUNT(*) AS n FROM requests").await,
        0
    );
}
