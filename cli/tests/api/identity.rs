//! Identity confirmed by staff before a request is answered: the tenant's
//! setting, the request waiting in `identity`, the staff decision (the
//! person told when it is refused), and the identity document the person
//! may upload — sealed, shown to staff, deleted when they decide or 14 days
//! after the upload, with nothing of it left under the data directory.

use chrono::TimeDelta;
use reqwest::Method;
use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{Session, Tenant, TestApp, count, expect, expect_text, problem, run_jobs};
use crate::mailbox::SmtpSink;
use crate::requests::{app_with_smtp, ask, link_in, mail_to, verify};

/// Bytes no other file holds: they mark the uploaded document.
const MARKER: &[u8] = b"zq7-identity-document-of-ann";

/// A small PNG carrying [`MARKER`] after its image data.
fn id_png() -> Vec<u8> {
    let mut bytes = crate::helpers::png(16, 16);
    bytes.extend_from_slice(MARKER);
    bytes
}

const DOCUMENTS: &str = "SELECT COUNT(*) AS n FROM request_documents";

/// A tenant that has staff confirm identity for copies (and erasures),
/// with documents taken when `documents`; an admin session.
async fn tenant_with_identity(app: &TestApp, documents: bool) -> (Tenant, Session) {
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let saved = expect(
        admin
            .send(
                Method::PUT,
                "/api/v1/requests/settings",
                Some(json!({
                    "identity_kinds": ["copy", "erasure"],
                    "identity_documents": documents,
                })),
            )
            .await,
        200,
    )
    .await;
    assert_eq!(saved["identity_kinds"], json!(["copy", "erasure"]));
    assert_eq!(saved["identity_documents"], documents);
    (t, admin)
}

/// Ann asks for a copy and follows her link: the request waits for identity.
async fn ann_asks(app: &TestApp, sink: &SmtpSink, staff: &Session) -> (String, String) {
    staff.customer("Ann Ident", "ann@people.test").await;
    ask(app, "acme", "ann@people.test", "copy").await;
    let path = link_in(
        &mail_to(app, sink, "ann@people.test").await,
        "/portal/acme/verify/",
    );
    let token = path.rsplit('/').next().unwrap().to_owned();
    let v = verify(app, sink, "acme", "ann@people.test").await;
    assert_eq!(v["state"], "identity", "{v}");
    (v["request_id"].as_str().unwrap().to_owned(), token)
}

async fn upload(
    app: &TestApp,
    token: &str,
    content_type: &str,
    body: Vec<u8>,
) -> reqwest::Response {
    app.anonymous()
        .raw(
            Method::POST,
            &format!("/portal/acme/identity/{token}"),
            content_type,
            body,
        )
        .await
}

/// The sealed document as stored, to look for its bytes later.
async fn stored_document(app: &TestApp) -> Vec<u8> {
    let db = &app.state.db.main;
    db.query_one_raw(Statement::from_string(
        db.get_database_backend(),
        "SELECT bytes_sealed FROM request_documents".to_owned(),
    ))
    .await
    .unwrap()
    .unwrap()
    .try_get_by_index::<Vec<u8>>(0)
    .unwrap()
}

fn nothing_stays(app: &TestApp, sealed: &[u8]) {
    for needle in [MARKER, &sealed[sealed.len() / 2..sealed.len() / 2 + 32]] {
        let found = crate::erasure::files_containing(app.dir.path(), needle);
        assert!(found.is_empty(), "the document is still in {found:?}");
    }
}

#[tokio::test]
async fn a_copy_waits_for_identity_the_document_is_shown_to_staff_and_gone_once_confirmed() {
    let (app, sink) = app_with_smtp("").await;
    let (t, admin) = tenant_with_identity(&app, true).await;
    let (id, token) = ann_asks(&app, &sink, &admin).await;

    // Staff are told, and the request shows the rule of its due date.
    let notices = admin.json("/api/v1/notifications").await;
    assert!(
        notices["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["kind"] == "request.identity" && n["request_id"] == id.as_str()),
        "{notices}"
    );
    let request = admin.json(&format!("/api/v1/requests/{id}")).await;
    assert_eq!(request["state"], "identity");
    assert_eq!(request["due_counted_from"], "receipt");
    assert!(request["due_at"].is_string());
    let waiting = admin.json("/api/v1/requests?state=identity").await;
    assert_eq!(waiting["total"], 1);
    // The pages: the settings, and the queue's row with its two decisions.
    let (status, settings) = crate::pages::page(&admin, "/settings/requests").await;
    assert_eq!(status, 200, "{settings}");
    assert!(
        settings.contains("name=\"kind-copy\" value=\"on\" checked"),
        "{settings}"
    );
    assert!(settings.contains("name=\"documents\" value=\"on\" checked"));

    // The link leads to the upload page, which says when the file goes.
    let page = app
        .anonymous()
        .get(&format!("/portal/acme/identity/{token}"))
        .await;
    let page = expect_text(page, 200).await;
    assert!(page.contains("14 days"), "{page}");
    assert!(page.contains("type=\"file\""));

    let uploaded = expect(
        upload(&app, &token, "application/octet-stream", id_png()).await,
        201,
    )
    .await;
    assert_eq!(uploaded["state"], "identity");
    assert!(uploaded["delete_by"].is_string(), "{uploaded}");
    let sealed = stored_document(&app).await;
    assert!(
        !sealed.windows(MARKER.len()).any(|w| w == MARKER),
        "the document is sealed"
    );
    let request = admin.json(&format!("/api/v1/requests/{id}")).await;
    assert!(request["identity_document_at"].is_string(), "{request}");
    let (status, queue) = crate::pages::page(&admin, "/requests?state=identity").await;
    assert_eq!(status, 200, "{queue}");
    assert!(queue.contains(&format!("/api/v1/requests/{id}/identity/document")));
    assert!(queue.contains(&format!("action=\"/requests/{id}/identity\"")));
    // After an upload the page says it arrived and when it goes.
    let page = app
        .anonymous()
        .get(&format!("/portal/acme/identity/{token}"))
        .await;
    let page = expect_text(page, 200).await;
    assert!(page.contains("deleted by"), "{page}");

    // Staff look at it.
    let resp = admin
        .get(&format!("/api/v1/requests/{id}/identity/document"))
        .await;
    assert_eq!(resp.status().as_u16(), 200);
    assert_eq!(resp.headers()["cache-control"], "no-store");
    assert_eq!(resp.headers()["content-type"], "image/png");
    assert_eq!(resp.bytes().await.unwrap().to_vec(), id_png());
    // Who looked at it is on record.
    let log = admin.json("/api/v1/audit?action=request.viewed").await;
    assert_eq!(log["total"], 1, "{log}");
    assert_eq!(log["items"][0]["target_id"], id.as_str(), "{log}");

    // Confirmed: the request joins the queue and the document is gone.
    let decided = expect(
        admin
            .post(
                &format!("/api/v1/requests/{id}/identity"),
                json!({ "confirmed": true, "how": "Passport seen; zq7-how-confirmed" }),
            )
            .await,
        200,
    )
    .await;
    assert_eq!(decided["state"], "open");
    problem(
        admin
            .get(&format!("/api/v1/requests/{id}/identity/document"))
            .await,
        404,
    )
    .await;
    assert_eq!(count(&app.state.db.main, DOCUMENTS).await, 0);
    nothing_stays(&app, &sealed);

    // A second decision is refused; the free text is never audited.
    problem(
        admin
            .post(
                &format!("/api/v1/requests/{id}/identity"),
                json!({ "confirmed": false, "how": "changed my mind" }),
            )
            .await,
        409,
    )
    .await;
    let audit = app
        .login_owner(&t)
        .await
        .json("/api/v1/audit?limit=200")
        .await
        .to_string();
    assert!(audit.contains("request.identity_confirmed"), "{audit}");
    assert!(audit.contains("request.identity_document_uploaded"));
    assert!(!audit.contains("zq7-how-confirmed"));
    // It is answered as any open request.
    let done = expect(
        admin
            .post(&format!("/api/v1/requests/{id}/fulfil"), json!({}))
            .await,
        200,
    )
    .await;
    assert_eq!(done["outcome"], "copy_sent");
}

#[tokio::test]
async fn an_undecided_document_is_deleted_fourteen_days_after_its_upload() {
    let (app, sink) = app_with_smtp("").await;
    let (t, admin) = tenant_with_identity(&app, true).await;
    let (id, token) = ann_asks(&app, &sink, &admin).await;
    expect(upload(&app, &token, "image/png", id_png()).await, 201).await;
    let sealed = stored_document(&app).await;

    app.clock.advance(TimeDelta::days(13));
    run_jobs(&app.state).await;
    assert_eq!(count(&app.state.db.main, DOCUMENTS).await, 1);

    app.clock.advance(TimeDelta::days(1));
    let summary = run_jobs(&app.state).await;
    assert_eq!(
        summary["requests"]["identity_documents_deleted"], 1,
        "{summary}"
    );
    assert_eq!(count(&app.state.db.main, DOCUMENTS).await, 0);
    // Two weeks on, staff sign in again.
    let admin = app.login_as(&t, Role::Admin).await;
    problem(
        admin
            .get(&format!("/api/v1/requests/{id}/identity/document"))
            .await,
        404,
    )
    .await;
    nothing_stays(&app, &sealed);
    // The request still waits for staff.
    let request = admin.json(&format!("/api/v1/requests/{id}")).await;
    assert_eq!(request["state"], "identity");
}

#[tokio::test]
async fn refused_identity_rejects_the_request_and_tells_the_person_why() {
    let (app, sink) = app_with_smtp("").await;
    let (t, admin) = tenant_with_identity(&app, false).await;
    let (id, _) = ann_asks(&app, &sink, &admin).await;
    let decided = expect(
        admin
            .post(
                &format!("/api/v1/requests/{id}/identity"),
                json!({ "confirmed": false, "how": "The name on the document is not the name we hold." }),
            )
            .await,
        200,
    )
    .await;
    assert_eq!(decided["state"], "rejected");
    assert!(
        decided.get("reason").is_none(),
        "the words stay sealed: {decided}"
    );
    let told = mail_to(&app, &sink, "ann@people.test").await;
    let last = told.last().unwrap();
    assert!(
        last.text()
            .contains("The name on the document is not the name we hold."),
        "{}",
        last.text()
    );
    let audit = app
        .login_owner(&t)
        .await
        .json("/api/v1/audit?limit=200")
        .await
        .to_string();
    assert!(audit.contains("request.identity_refused"));
    assert!(!audit.contains("not the name we hold"));
}

/// The request and the document count, to show a refusal changed nothing.
async fn snapshot(app: &TestApp, admin: &Session, id: &str) -> (Value, i64) {
    (
        admin.json(&format!("/api/v1/requests/{id}")).await,
        count(&app.state.db.main, DOCUMENTS).await,
    )
}

#[tokio::test]
async fn bad_uploads_and_decisions_are_refused_and_change_nothing() {
    let (app, sink) = app_with_smtp("").await;
    let (_, admin) = tenant_with_identity(&app, true).await;
    let (id, token) = ann_asks(&app, &sink, &admin).await;
    let before = snapshot(&app, &admin, &id).await;

    // Over 5 MiB, whatever it starts with.
    let mut big = id_png();
    big.resize(5 * 1024 * 1024 + 1, 0);
    let p = problem(upload(&app, &token, "image/png", big).await, 413).await;
    assert!(p["detail"].as_str().unwrap().contains("5 MiB"), "{p}");
    // Not a JPEG, PNG or PDF by its bytes, whatever it says it is.
    problem(
        upload(
            &app,
            &token,
            "image/png",
            b"just some text, not an image".to_vec(),
        )
        .await,
        415,
    )
    .await;
    // Nothing at all.
    problem(upload(&app, &token, "image/png", Vec::new()).await, 422).await;
    // A link that never was.
    problem(upload(&app, &token[1..], "image/png", id_png()).await, 410).await;
    // No decision without words, nor on another tenant's request.
    problem(
        admin
            .post(
                &format!("/api/v1/requests/{id}/identity"),
                json!({ "confirmed": true, "how": " " }),
            )
            .await,
        422,
    )
    .await;
    let other = app.create_tenant("other").await;
    let stranger = app.login_as(&other, Role::Admin).await;
    problem(
        stranger
            .post(
                &format!("/api/v1/requests/{id}/identity"),
                json!({ "confirmed": true, "how": "Looks fine" }),
            )
            .await,
        404,
    )
    .await;
    problem(
        stranger
            .get(&format!("/api/v1/requests/{id}/identity/document"))
            .await,
        404,
    )
    .await;
    // Withdrawing consent can never need identity.
    problem(
        admin
            .send(
                Method::PUT,
                "/api/v1/requests/settings",
                Some(json!({ "identity_kinds": ["withdraw_consent"], "identity_documents": true })),
            )
            .await,
        422,
    )
    .await;
    problem(
        admin
            .send(
                Method::PUT,
                "/api/v1/requests/settings",
                Some(json!({ "identity_kinds": ["everything"], "identity_documents": true })),
            )
            .await,
        422,
    )
    .await;
    assert_eq!(snapshot(&app, &admin, &id).await, before);
    let settings = admin.json("/api/v1/requests/settings").await;
    assert_eq!(settings["identity_kinds"], json!(["copy", "erasure"]));

    // Once decided, the request takes no document.
    expect(
        admin
            .post(
                &format!("/api/v1/requests/{id}/identity"),
                json!({ "confirmed": true, "how": "Known to us in person" }),
            )
            .await,
        200,
    )
    .await;
    problem(upload(&app, &token, "image/png", id_png()).await, 409).await;
    assert_eq!(count(&app.state.db.main, DOCUMENTS).await, 0);
    // Nor is a request decided twice.
    problem(
        admin
            .post(
                &format!("/api/v1/requests/{id}/identity"),
                json!({ "confirmed": true, "how": "again" }),
            )
            .await,
        409,
    )
    .await;
}

#[tokio::test]
async fn a_tenant_that_takes_no_documents_refuses_an_upload() {
    let (app, sink) = app_with_smtp("").await;
    let (_, admin) = tenant_with_identity(&app, false).await;
    let (id, token) = ann_asks(&app, &sink, &admin).await;
    let p = problem(upload(&app, &token, "image/png", id_png()).await, 403).await;
    assert!(p["detail"].as_str().unwrap().contains("identity documents"));
    assert_eq!(count(&app.state.db.main, DOCUMENTS).await, 0);
    let request = admin.json(&format!("/api/v1/requests/{id}")).await;
    assert_eq!(request["state"], "identity");
    assert!(request.get("identity_document_at").is_none());
}

#[tokio::test]
async fn without_the_setting_requests_go_straight_to_the_queue_and_withdrawals_never_wait() {
    let (app, sink) = app_with_smtp("").await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let settings = admin.json("/api/v1/requests/settings").await;
    assert_eq!(settings["identity_kinds"], json!([]));
    assert_eq!(settings["identity_documents"], false);
    admin.customer("Bo Plain", "bo@people.test").await;
    ask(&app, "acme", "bo@people.test", "copy").await;
    let v = verify(&app, &sink, "acme", "bo@people.test").await;
    assert_eq!(v["state"], "open");

    // Set for every kind that may wait: a withdrawal still applies at once.
    expect(
        admin
            .send(
                Method::PUT,
                "/api/v1/requests/settings",
                Some(json!({
                    "identity_kinds": ["copy", "erasure", "portability", "objection"],
                    "identity_documents": false,
                })),
            )
            .await,
        200,
    )
    .await;
    admin.customer("Cy Plain", "cy@people.test").await;
    ask(&app, "acme", "cy@people.test", "withdraw_consent").await;
    let v = verify(&app, &sink, "acme", "cy@people.test").await;
    assert_eq!(v["state"], "fulfilled");
}
