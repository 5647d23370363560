//! Data-subject requests: the portal (JSON and form), verification by an
//! emailed single-use link, the staff queue with the one-month clock,
//! fulfilment (a single-use download of the PDF and JSON copy, erasure
//! through the shredding path, refusal under legal hold), rejection and
//! extension told to the person, and notices as the due date nears. Mail
//! goes over real SMTP to a sink on loopback.

use chrono::{DateTime, Months, TimeDelta, Utc};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use steward::auth::Role;

use crate::{
    helpers::{
        Session, Tenant, TestApp, count, expect, expect_status, expect_text, form_token, problem,
        run_jobs, spawn_app_with,
    },
    mailbox::{Received, SmtpSink},
};

pub(crate) const BASE: &str = "https://steward.example";

pub(crate) async fn app_with_smtp(extra: &str) -> (TestApp, SmtpSink) {
    let sink = SmtpSink::start().await;
    let app = spawn_app_with(&format!(
        "mail.smtp_url = {:?}\nserver.public_url = \"{BASE}\"\n{extra}",
        sink.url()
    ))
    .await;
    (app, sink)
}

/// Asks through the portal as a program would; the answer is always the same.
pub(crate) async fn ask(app: &TestApp, slug: &str, email: &str, kind: &str) -> Value {
    let resp = app
        .anonymous()
        .post(
            &format!("/portal/{slug}/requests"),
            json!({ "email": email, "kind": kind }),
        )
        .await;
    let resp = expect_status(resp, 202).await;
    resp.json().await.unwrap()
}

/// Sends the queued mail; the messages to `to` since `seen`.
pub(crate) async fn mail_to(app: &TestApp, sink: &SmtpSink, to: &str) -> Vec<Received> {
    run_jobs(&app.state).await;
    sink.messages()
        .into_iter()
        .filter(|m| m.to.iter().any(|t| t == to))
        .collect()
}

/// The path of the link under `BASE` in the last message to `to` that has one.
pub(crate) fn link_in(messages: &[Received], marker: &str) -> String {
    let m = messages
        .iter()
        .rev()
        .find(|m| m.text().contains(marker))
        .unwrap_or_else(|| panic!("no message with {marker}"));
    let text = m.text();
    let start = text.find(&format!("{BASE}{marker}")).expect("a link") + BASE.len();
    text[start..].split_whitespace().next().unwrap().to_owned()
}

/// Follows the verification link in the last verification email to `email`.
pub(crate) async fn verify(app: &TestApp, sink: &SmtpSink, slug: &str, email: &str) -> Value {
    verify_with(app, sink, slug, email, json!({})).await
}

/// Follows the verification link, saying `details` on the page behind it.
pub(crate) async fn verify_with(
    app: &TestApp,
    sink: &SmtpSink,
    slug: &str,
    email: &str,
    details: Value,
) -> Value {
    let path = link_in(
        &mail_to(app, sink, email).await,
        &format!("/portal/{slug}/verify/"),
    );
    let token = path.rsplit('/').next().unwrap().to_owned();
    // Opening the link only asks to confirm; a mail scanner does no harm.
    let page = app.anonymous().get(&path).await;
    let page = expect_text(page, 200).await;
    assert!(page.contains("Confirm") && page.contains(&token));
    let mut body = details;
    body["token"] = json!(token);
    let resp = app
        .anonymous()
        .post(&format!("/portal/{slug}/verify"), body)
        .await;
    let verified = expect(resp, 200).await;
    // Single use.
    problem(
        app.anonymous()
            .post(&format!("/portal/{slug}/verify"), json!({ "token": token }))
            .await,
        410,
    )
    .await;
    verified
}

/// A page for people (not a problem document) with `status`; its text.
async fn html_page(resp: reqwest::Response, status: u16) -> String {
    let resp = expect_status(resp, status).await;
    assert!(
        resp.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    resp.text().await.unwrap()
}

fn time(v: &Value) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(v.as_str().unwrap())
        .unwrap()
        .with_timezone(&Utc)
}

async fn request_of(s: &Session, id: &str) -> Value {
    s.json(&format!("/api/v1/requests/{id}")).await
}

/// The same answer for a customer's address and for a stranger's, but the
/// stranger gets no email and nothing is kept; the known one verifies. The request's ID.
async fn the_portal_answers_alike_and_verifies_the_known(app: &TestApp, sink: &SmtpSink) -> String {
    let known = ask(app, "acme", "Zoe@People.test", "copy").await;
    let unknown = ask(app, "acme", "stranger@else.test", "copy").await;
    assert_eq!(known, unknown);
    assert!(mail_to(app, sink, "stranger@else.test").await.is_empty());
    assert_eq!(
        count(&app.state.db.main, "SELECT COUNT(*) AS n FROM requests").await,
        1
    );

    let v = verify(app, sink, "acme", "zoe@people.test").await;
    assert_eq!(v["kind"], "copy");
    assert_eq!(v["state"], "open");
    let request_id = v["request_id"].as_str().unwrap().to_owned();
    let confirmed = mail_to(app, sink, "zoe@people.test").await;
    let received = confirmed.last().unwrap();
    // The email quotes the request's short reference, not its long ID.
    let year = app.clock.now().format("%Y").to_string();
    assert!(
        received
            .text()
            .contains(&format!("Its reference is R-{year}-0001")),
        "{}",
        received.text()
    );
    assert!(!received.text().contains(&request_id));
    assert!(received.subject().contains("received your request"));
    request_id
}

/// The queue: due a month after it was made, matched by blind index.
async fn the_queue_shows_it_due_in_a_month(staff: &Session, request_id: &str, id: &str) {
    let queue = staff.json("/api/v1/requests").await;
    let items = queue["items"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    let r = items.iter().find(|r| r["id"] == request_id).unwrap();
    assert_eq!(r["customer_ids"], json!([id]));
    assert_eq!(
        time(&r["due_at"]),
        time(&r["received_at"])
            .checked_add_months(Months::new(1))
            .unwrap()
    );
    assert_eq!(r["overdue"], false);
    assert!(
        !queue.to_string().contains("people.test"),
        "the queue names no address"
    );
}

/// Fulfilled: the person gets a link; the address is no longer kept. The download page's path.
async fn fulfilling_sends_a_download_link(
    app: &TestApp,
    sink: &SmtpSink,
    staff: &Session,
    request_id: &str,
) -> String {
    let resp = staff
        .post(&format!("/api/v1/requests/{request_id}/fulfil"), json!({}))
        .await;
    let done = expect(resp, 200).await;
    assert_eq!(done["state"], "fulfilled");
    assert_eq!(done["outcome"], "copy_sent");
    assert_eq!(done["has_address"], false);
    let mails = mail_to(app, sink, "zoe@people.test").await;
    let page_path = link_in(&mails, "/portal/acme/download/");
    let page = app.anonymous().get(&page_path).await;
    let page = expect_status(page, 200).await;
    assert_eq!(page.headers()["cache-control"], "no-store");
    let page = page.text().await.unwrap();
    assert!(page.contains("Your data as a PDF document"));
    page_path
}

/// Each file downloads once; once all are downloaded the link is spent.
async fn each_file_downloads_once(
    app: &TestApp,
    staff: &Session,
    page_path: &str,
    request_id: &str,
) {
    let pdf = app
        .anonymous()
        .get(&format!("{page_path}/1/copy.pdf"))
        .await;
    let pdf = expect_status(pdf, 200).await;
    assert_eq!(pdf.headers()["content-type"], "application/pdf");
    let bytes = pdf.bytes().await.unwrap();
    let mut warnings = Vec::new();
    let text: String =
        printpdf::PdfDocument::parse(&bytes, &printpdf::PdfParseOptions::default(), &mut warnings)
            .unwrap()
            .extract_text()
            .concat()
            .concat();
    assert!(text.contains("Zoë Łukasz-Ødegård"));
    let year = app.clock.now().format("%Y").to_string();
    assert!(
        text.contains(&format!("R-{year}-0001")),
        "the request's reference is on the title page"
    );
    let again = html_page(
        app.anonymous()
            .get(&format!("{page_path}/1/copy.pdf"))
            .await,
        410,
    )
    .await;
    assert!(again.contains("already downloaded"));
    let export: Value = app
        .anonymous()
        .get(&format!("{page_path}/1/export.json"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(export["request_id"], request_id);
    assert_eq!(export["personal"]["email"], "zoe@people.test");
    assert_eq!(export["notes"][0]["body"], "Asked about delivery");
    // Everything downloaded: the link is spent.
    let spent = html_page(app.anonymous().get(page_path).await, 410).await;
    assert!(spent.contains("expired or was used"));
    let r = request_of(staff, request_id).await;
    assert_eq!(r["downloaded"], json!(["1/copy.pdf", "1/export.json"]));
}

/// Audited at every step, naming no one; sent portal mail keeps no address.
async fn the_request_is_audited_and_keeps_no_address(app: &TestApp, t: &Tenant) {
    let audit = app
        .login_owner(t)
        .await
        .json("/api/v1/audit?limit=200")
        .await;
    let actions: Vec<&str> = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for action in [
        "request.received",
        "request.verified",
        "request.fulfilled",
        "request.downloaded",
    ] {
        assert!(actions.contains(&action), "{action} missing");
    }
    assert!(!audit.to_string().contains("people.test"));
    assert_eq!(
        count(
            &app.state.db.main,
            "SELECT COUNT(*) AS n FROM mail_outbox WHERE kind LIKE 'portal.%' AND recipients <> '[]'"
        )
        .await,
        0
    );
    assert_eq!(
        count(
            &app.state.db.main,
            "SELECT COUNT(*) AS n FROM requests WHERE email_sealed IS NOT NULL"
        )
        .await,
        0
    );
}

#[tokio::test]
async fn a_copy_request_from_the_portal_ends_in_a_single_use_download() {
    let (app, sink) = app_with_smtp("").await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let id = staff
        .customer("Zoë Łukasz-Ødegård", "zoe@people.test")
        .await;
    let resp = staff
        .post(
            &format!("/api/v1/customers/{id}/notes"),
            json!({ "body": "Asked about delivery" }),
        )
        .await;
    expect(resp, 201).await;

    let request_id = the_portal_answers_alike_and_verifies_the_known(&app, &sink).await;
    the_queue_shows_it_due_in_a_month(&staff, &request_id, &id).await;
    let page_path = fulfilling_sends_a_download_link(&app, &sink, &staff, &request_id).await;
    each_file_downloads_once(&app, &staff, &page_path, &request_id).await;
    the_request_is_audited_and_keeps_no_address(&app, &t).await;
}

/// Verifies an erasure request from `email`; its ID.
async fn verified_erasure(app: &TestApp, sink: &SmtpSink, email: &str) -> String {
    verify(app, sink, "acme", email).await["request_id"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// Erasure is an admin's decision; under legal hold it is refused and the
/// person is told, without staff's own words.
async fn erasure_under_hold_is_refused(
    app: &TestApp,
    sink: &SmtpSink,
    staff: &Session,
    admin: &Session,
    (held, held_req, gone_req): (&str, &str, &str),
) {
    problem(
        staff
            .post(&format!("/api/v1/requests/{gone_req}/fulfil"), json!({}))
            .await,
        403,
    )
    .await;

    let refused: Value = admin
        .post(&format!("/api/v1/requests/{held_req}/fulfil"), json!({}))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(refused["state"], "rejected");
    assert_eq!(refused["outcome"], "refused_hold");
    assert_eq!(
        staff
            .get(&format!("/api/v1/customers/{held}"))
            .await
            .status(),
        StatusCode::OK
    );
    let told = mail_to(app, sink, "held@people.test").await;
    let text = told.last().unwrap().text();
    assert!(text.contains("legal claim"), "{text}");
    assert!(
        !text.contains("court case"),
        "staff's own words stay internal"
    );
}

/// Fulfilled, the erasure shreds the record and tells the person; it cannot be answered again.
async fn erasure_shreds_and_is_answered_once(
    app: &TestApp,
    sink: &SmtpSink,
    staff: &Session,
    admin: &Session,
    gone: &str,
    gone_req: &str,
) {
    let erased: Value = admin
        .post(&format!("/api/v1/requests/{gone_req}/fulfil"), json!({}))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(erased["outcome"], "erased");
    let p = problem(staff.get(&format!("/api/v1/customers/{gone}")).await, 410).await;
    assert!(p["detail"].as_str().unwrap().contains("erasures"));
    assert_eq!(app.customer_keys(gone).await, 0);
    let told = mail_to(app, sink, "gone@people.test").await;
    assert!(told.last().unwrap().text().contains("has been erased"));
    // Answered requests cannot be answered again.
    problem(
        admin
            .post(&format!("/api/v1/requests/{gone_req}/fulfil"), json!({}))
            .await,
        409,
    )
    .await;
}

/// A record erased between asking and confirming: the request matches
/// nothing and is answered "we hold no data".
async fn a_record_erased_before_confirming_is_answered_no_data(
    app: &TestApp,
    sink: &SmtpSink,
    staff: &Session,
    admin: &Session,
) {
    let late = staff.customer("Late Person", "late@people.test").await;
    ask(app, "acme", "late@people.test", "erasure").await;
    // Matched and sent its link while the record still exists.
    let sent = mail_to(app, sink, "late@people.test").await;
    link_in(&sent, "/portal/acme/verify/");
    let resp = admin
        .post(
            &format!("/api/v1/customers/{late}/shred"),
            json!({ "confirm": late }),
        )
        .await;
    expect(resp, 200).await;
    let v = verify(app, sink, "acme", "late@people.test").await;
    let late_req = v["request_id"].as_str().unwrap();
    assert_eq!(request_of(staff, late_req).await["customer_ids"], json!([]));
    let done: Value = admin
        .post(&format!("/api/v1/requests/{late_req}/fulfil"), json!({}))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(done["outcome"], "no_data");
    let told = mail_to(app, sink, "late@people.test").await;
    assert!(
        told.last()
            .unwrap()
            .text()
            .contains("holds no data about you")
    );
}

#[tokio::test]
async fn an_erasure_request_shreds_through_the_shredding_path_or_is_refused_under_hold() {
    let (app, sink) = app_with_smtp("").await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let admin = app.login_as(&t, Role::Admin).await;
    let held = staff.customer("Held Person", "held@people.test").await;
    let gone = staff.customer("Gone Person", "gone@people.test").await;
    let resp = admin
        .post(
            &format!("/api/v1/customers/{held}/hold"),
            json!({ "on": true, "reason": "court case 7" }),
        )
        .await;
    expect(resp, 200).await;

    ask(&app, "acme", "held@people.test", "erasure").await;
    ask(&app, "acme", "gone@people.test", "erasure").await;
    let held_req = verified_erasure(&app, &sink, "held@people.test").await;
    let gone_req = verified_erasure(&app, &sink, "gone@people.test").await;

    let reqs = (held.as_str(), held_req.as_str(), gone_req.as_str());
    erasure_under_hold_is_refused(&app, &sink, &staff, &admin, reqs).await;
    erasure_shreds_and_is_answered_once(&app, &sink, &staff, &admin, &gone, &gone_req).await;
    a_record_erased_before_confirming_is_answered_no_data(&app, &sink, &staff, &admin).await;
}

#[tokio::test]
async fn withdrawing_consent_applies_at_once_with_source_portal_and_is_audited() {
    let (app, sink) = app_with_smtp("").await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let id = staff.customer("Ann", "ann@people.test").await;
    for (purpose, granted) in [
        ("marketing_email", true),
        ("newsletter", true),
        ("surveys", false),
    ] {
        let resp = staff
            .send(
                Method::PUT,
                &format!("/api/v1/customers/{id}/consent/{purpose}"),
                Some(json!({ "granted": granted, "basis": "consent" })),
            )
            .await;
        assert!(resp.status().is_success());
    }
    ask(&app, "acme", "ann@people.test", "withdraw_consent").await;
    let v = verify(&app, &sink, "acme", "ann@people.test").await;
    assert_eq!(v["state"], "fulfilled");
    let consent = staff.json(&format!("/api/v1/customers/{id}")).await["consent"].clone();
    assert_eq!(
        consent,
        json!({ "marketing_email": false, "newsletter": false, "surveys": false })
    );
    let history = staff.json(&format!("/api/v1/customers/{id}/consent")).await;
    let last = history["history"]
        .as_array()
        .unwrap()
        .iter()
        .rfind(|d| d["purpose"] == "marketing_email")
        .unwrap()
        .clone();
    assert_eq!(last["source"], "portal");
    assert_eq!(last["granted"], false);
    let told = mail_to(&app, &sink, "ann@people.test").await;
    let text = told.last().unwrap().text();
    assert!(
        text.contains("withdrawn for: marketing email, newsletter."),
        "{text}"
    );
    let r = request_of(&staff, v["request_id"].as_str().unwrap()).await;
    assert_eq!(r["outcome"], "withdrawn");
    // Each withdrawal is on the record's audit trail, naming no one.
    let audit = app
        .login_owner(&t)
        .await
        .json("/api/v1/audit?limit=200")
        .await;
    let changes: Vec<&Value> = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "customer.consent_changed" && e["detail"]["source"] == "portal")
        .collect();
    assert_eq!(changes.len(), 2);
    assert!(
        changes.iter().all(|e| e["target_id"] == id.as_str()),
        "{changes:?}"
    );
    assert!(!audit.to_string().contains("ann@people.test"));
}

#[tokio::test]
async fn rejections_and_extensions_need_a_reason_the_person_is_told() {
    let (app, sink) = app_with_smtp("").await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    staff.customer("Bo", "bo@people.test").await;
    ask(&app, "acme", "bo@people.test", "copy").await;
    let id = verify(&app, &sink, "acme", "bo@people.test").await["request_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let before = app.fingerprint().await;
    for body in [
        json!({ "months": 1, "reason": "  " }),
        json!({ "months": 3, "reason": "x" }),
        json!({ "months": 0, "reason": "x" }),
        json!({ "months": 1 }),
    ] {
        let resp = staff
            .post(&format!("/api/v1/requests/{id}/extend"), body.clone())
            .await;
        assert!(resp.status().is_client_error(), "{body}: {}", resp.status());
    }
    let p = problem(
        staff
            .post(
                &format!("/api/v1/requests/{id}/reject"),
                json!({ "reason": "" }),
            )
            .await,
        422,
    )
    .await;
    assert!(p["errors"]["reason"].is_string());
    assert_eq!(app.fingerprint().await, before, "bad input changes nothing");

    let r: Value = staff
        .post(
            &format!("/api/v1/requests/{id}/extend"),
            json!({ "months": 2, "reason": "We are gathering records from three archives." }),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        time(&r["due_at"]),
        time(&r["received_at"])
            .checked_add_months(Months::new(3))
            .unwrap()
    );
    let told = mail_to(&app, &sink, "bo@people.test").await;
    assert!(told.last().unwrap().text().contains("three archives"));
    problem(
        staff
            .post(
                &format!("/api/v1/requests/{id}/extend"),
                json!({ "months": 1, "reason": "again" }),
            )
            .await,
        409,
    )
    .await;
    let r: Value = staff
        .post(
            &format!("/api/v1/requests/{id}/reject"),
            json!({ "reason": "We could not confirm the address is yours." }),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(r["state"], "rejected");
    let told = mail_to(&app, &sink, "bo@people.test").await;
    let text = told.last().unwrap().text();
    assert!(text.contains("could not confirm") && text.contains("supervisory authority"));

    // Past the first month, no extension.
    ask(&app, "acme", "bo@people.test", "erasure").await;
    let late = verify(&app, &sink, "acme", "bo@people.test").await["request_id"]
        .as_str()
        .unwrap()
        .to_owned();
    app.clock.advance(TimeDelta::days(32));
    let staff = app.login_as(&t, Role::Staff).await;
    let p = problem(
        staff
            .post(
                &format!("/api/v1/requests/{late}/extend"),
                json!({ "months": 1, "reason": "late" }),
            )
            .await,
        409,
    )
    .await;
    assert!(p["detail"].as_str().unwrap().contains("within the month"));
    let r = request_of(&staff, &late).await;
    assert_eq!(r["overdue"], true);
}

/// Bad input to the portal is refused with a problem document and changes nothing.
async fn bad_portal_input_changes_nothing(app: &TestApp, anon: &Session) {
    let before = app.fingerprint().await;
    let p = problem(
        anon.post(
            "/portal/acme/requests",
            json!({ "email": "not an address", "kind": "everything" }),
        )
        .await,
        422,
    )
    .await;
    assert!(
        p["errors"]["email"].is_string() && p["errors"]["kind"].is_string(),
        "{p}"
    );
    problem(
        anon.raw(
            Method::POST,
            "/portal/acme/requests",
            "application/json",
            b"{".to_vec(),
        )
        .await,
        400,
    )
    .await;
    problem(
        anon.post(
            "/portal/acme/requests",
            json!({ "email": "a@b.test", "kind": "copy", "extra": 1 }),
        )
        .await,
        400,
    )
    .await;
    problem(
        anon.post(
            "/portal/nobody/requests",
            json!({ "email": "a@b.test", "kind": "copy" }),
        )
        .await,
        404,
    )
    .await;
    html_page(anon.get("/portal/nobody").await, 404).await;
    problem(
        anon.post("/portal/acme/verify", json!({ "token": "made-up" }))
            .await,
        410,
    )
    .await;
    assert_eq!(app.fingerprint().await, before, "bad input changes nothing");
}

/// The form, as a browser sends it: post, redirect, get; its faults shown in HTML.
async fn the_portal_form_posts_redirects_and_gets(app: &TestApp, sink: &SmtpSink, anon: &Session) {
    let page = anon.get("/portal/acme").await;
    let html = expect_text(page, 200).await;
    assert!(html.contains("<label for=\"email\">") && html.contains("withdraw_consent"));
    let csrf = form_token(&html);
    // Without the form's token (another site posting), nothing happens.
    let resp = anon
        .raw(
            Method::POST,
            "/portal/acme/requests",
            "application/x-www-form-urlencoded",
            b"email=form%40people.test&kind=copy".to_vec(),
        )
        .await;
    expect(resp, 403).await;
    let resp = anon
        .raw(
            Method::POST,
            "/portal/acme/requests",
            "application/x-www-form-urlencoded",
            format!("csrf={csrf}&email=form%40people.test&kind=copy").into_bytes(),
        )
        .await;
    let resp = expect_status(resp, 303).await;
    assert_eq!(resp.headers()["location"], "/portal/acme/sent");
    let sent = anon.get("/portal/acme/sent").await.text().await.unwrap();
    assert!(sent.contains("Check your email"));
    let resp = anon
        .raw(
            Method::POST,
            "/portal/acme/requests",
            "application/x-www-form-urlencoded",
            format!("csrf={csrf}&email=%3Cscript%3E&kind=copy").into_bytes(),
        )
        .await;
    let html = expect_text(resp, 422).await;
    assert!(
        html.contains("role=\"alert\"") && html.contains("Please give a valid email address"),
        "{html}"
    );
    assert!(!html.contains("<script>"));
    assert_eq!(mail_to(app, sink, "form@people.test").await.len(), 1);
}

/// Requests are throttled per address and per IP.
async fn portal_requests_are_throttled(app: &TestApp, anon: &Session) {
    // Per address: the third request within the window is refused.
    ask(app, "acme", "same@people.test", "copy").await;
    ask(app, "acme", "same@people.test", "copy").await;
    let resp = anon
        .post(
            "/portal/acme/requests",
            json!({ "email": "same@people.test", "kind": "copy" }),
        )
        .await;
    let resp = expect_status(resp, 429).await;
    assert!(resp.headers().contains_key("retry-after"));
    // Per IP: five accepted in all from this address (one form, two above,
    // one more now), then refused whatever the address.
    ask(app, "acme", "other1@people.test", "copy").await;
    let resp = anon
        .post(
            "/portal/acme/requests",
            json!({ "email": "other2@people.test", "kind": "copy" }),
        )
        .await;
    expect(resp, 429).await;
}

/// An unverified request lapses with its link and is then removed.
async fn an_unverified_request_lapses(app: &TestApp, sink: &SmtpSink, anon: &Session) {
    let path = link_in(
        &mail_to(app, sink, "other1@people.test").await,
        "/portal/acme/verify/",
    );
    app.clock.advance(TimeDelta::hours(25));
    let lapsed = html_page(anon.get(&path).await, 410).await;
    assert!(lapsed.contains("expired or was already used"));
    run_jobs(&app.state).await;
    assert_eq!(
        count(
            &app.state.db.main,
            "SELECT COUNT(*) AS n FROM requests WHERE state = 'unverified'"
        )
        .await,
        0
    );
}

#[tokio::test]
async fn the_portal_refuses_bad_input_throttles_and_answers_forms_in_html() {
    let (app, sink) = app_with_smtp("portal.max_per_address = 2\nportal.max_per_ip = 5").await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    for who in ["form", "same", "other1"] {
        staff.customer(who, &format!("{who}@people.test")).await;
    }
    let anon = app.anonymous();

    bad_portal_input_changes_nothing(&app, &anon).await;
    the_portal_form_posts_redirects_and_gets(&app, &sink, &anon).await;
    portal_requests_are_throttled(&app, &anon).await;
    an_unverified_request_lapses(&app, &sink, &anon).await;
}

#[tokio::test]
async fn requests_near_and_past_their_due_date_raise_notices_and_a_digest() {
    let (app, sink) = app_with_smtp("").await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    staff.customer("Cy", "cy@people.test").await;
    ask(&app, "acme", "cy@people.test", "copy").await;
    let id = verify(&app, &sink, "acme", "cy@people.test").await["request_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let digests = |sink: &SmtpSink| {
        sink.messages()
            .into_iter()
            .filter(|m| m.to.iter().any(|t| t == "owner@acme.test"))
            .collect::<Vec<_>>()
    };
    // A new request has its line in the next digest, once.
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["requests"]["received"], 1);
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["requests"]["received"], 0);
    assert_eq!(digests(&sink).len(), 1, "one line for the new request");
    assert!(digests(&sink)[0].text().contains("New — verified"));

    app.clock.advance(TimeDelta::days(25));
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["requests"]["due_soon"], 1);
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["requests"]["due_soon"], 0);
    assert_eq!(summary["requests"]["tenants_failed"], 0);
    let sent = digests(&sink);
    assert_eq!(sent.len(), 2, "one digest, however often the runner looks");
    assert!(sent[1].text().contains(&id) && sent[1].text().contains("Due within 7 days"));
    assert!(!sent[1].text().contains("people.test"));

    // A second request in the same tenant, made now, is noticed in its turn.
    ask(&app, "acme", "cy@people.test", "erasure").await;
    let second = verify(&app, &sink, "acme", "cy@people.test").await["request_id"]
        .as_str()
        .unwrap()
        .to_owned();

    app.clock.advance(TimeDelta::days(7));
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["requests"]["overdue"], 1);
    assert_eq!(summary["requests"]["due_soon"], 0);
    assert_eq!(summary["requests"]["tenants_failed"], 0);
    let sent = digests(&sink);
    assert_eq!(sent.len(), 3);
    // The first is overdue; the second, new, has its line in the same digest.
    assert!(sent[2].text().contains("Overdue") && sent[2].text().contains("New — verified"));
    assert!(sent[2].text().contains(&second));
    app.clock.advance(TimeDelta::days(20));
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["requests"]["due_soon"], 1, "{summary}");
    assert_eq!(summary["requests"]["tenants_failed"], 0);
    assert!(digests(&sink)[3].text().contains(&second));

    let owner = app.login_owner(&t).await;
    let notices = owner.json("/api/v1/notifications").await;
    let kinds: Vec<&str> = notices["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["request_id"] == id.as_str())
        .map(|n| n["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        ["request.received", "request.due_soon", "request.overdue"]
    );
    let queue = owner.json("/api/v1/requests").await;
    assert_eq!(queue["items"][0]["overdue"], true);

    // Answering closes them.
    let resp = owner
        .post(&format!("/api/v1/requests/{id}/fulfil"), json!({}))
        .await;
    expect(resp, 200).await;
    let open = owner.json("/api/v1/notifications").await;
    assert!(
        !open["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["request_id"] == id.as_str())
    );
}

#[tokio::test]
async fn requests_stay_within_their_tenant_and_survive_a_shred_of_their_record() {
    let (app, sink) = app_with_smtp("").await;
    let a = app.create_tenant("acme").await;
    let b = app.create_tenant("bravo").await;
    let staff_a = app.login_as(&a, Role::Staff).await;
    let admin_a = app.login_as(&a, Role::Admin).await;
    let staff_b = app.login_as(&b, Role::Staff).await;
    let id = staff_a.customer("Di", "di@people.test").await;
    let id_b = staff_b.customer("Di", "di@people.test").await;

    // Acme's verification token is useless at Bravo's portal.
    ask(&app, "acme", "di@people.test", "copy").await;
    let path = link_in(
        &mail_to(&app, &sink, "di@people.test").await,
        "/portal/acme/verify/",
    );
    let token = path.rsplit('/').next().unwrap();
    html_page(
        app.anonymous()
            .get(&format!("/portal/bravo/verify/{token}"))
            .await,
        410,
    )
    .await;
    problem(
        app.anonymous()
            .post("/portal/bravo/verify", json!({ "token": token }))
            .await,
        410,
    )
    .await;
    let in_a = verify(&app, &sink, "acme", "di@people.test").await["request_id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        request_of(&staff_a, &in_a).await["customer_ids"],
        json!([id])
    );

    // Bravo's portal matches Bravo's customer only; request IDs stay home.
    ask(&app, "bravo", "di@people.test", "copy").await;
    let in_b = verify(&app, &sink, "bravo", "di@people.test").await["request_id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        request_of(&staff_b, &in_b).await["customer_ids"],
        json!([id_b])
    );
    problem(staff_a.get(&format!("/api/v1/requests/{in_b}")).await, 404).await;
    problem(
        staff_a
            .post(&format!("/api/v1/requests/{in_b}/fulfil"), json!({}))
            .await,
        404,
    )
    .await;
    problem(
        staff_b
            .post(
                &format!("/api/v1/requests/{in_a}/reject"),
                json!({ "reason": "not ours" }),
            )
            .await,
        404,
    )
    .await;

    assert!(request_of(&staff_a, &in_a).await["has_address"] == true);
    // Staff shred the record before answering: the open request keeps the
    // address it needs for the answer, which is that nothing is held now.
    let resp = admin_a
        .post(
            &format!("/api/v1/customers/{id}/shred"),
            json!({ "confirm": id }),
        )
        .await;
    expect(resp, 200).await;
    assert_eq!(request_of(&staff_a, &in_a).await["has_address"], true);
    let done: Value = staff_a
        .post(&format!("/api/v1/requests/{in_a}/fulfil"), json!({}))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(done["outcome"], "no_data");
    assert_eq!(done["has_address"], false);
    let told = mail_to(&app, &sink, "di@people.test").await;
    assert!(
        told.last()
            .unwrap()
            .text()
            .contains("holds no data about you")
    );
    assert_eq!(request_of(&staff_b, &in_b).await["has_address"], true);
}

/// The messages the sink has for `to`, waiting up to 20 s for `n` of them.
async fn wait_for_mail(sink: &SmtpSink, to: &str, n: usize) -> Vec<Received> {
    for _ in 0..400 {
        let got: Vec<Received> = sink
            .messages()
            .into_iter()
            .filter(|m| m.to.iter().any(|t| t == to))
            .collect();
        if got.len() >= n {
            return got;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("fewer than {n} messages reached {to}");
}

/// The kind of request each person makes, and their name.
const REQUESTERS: [(&str, &str); 3] = [
    ("erasure", "Rhiannon Erasewyn"),
    ("copy", "Copernicus Copyfield"),
    ("withdraw_consent", "Wilhelmina Withdrawn"),
];

/// The address of whoever makes a request of `kind`.
fn requester_address(kind: &str) -> String {
    format!("zq7-{}@people.test", kind.replace('_', "-"))
}

/// A record for each requester, with marketing consent given.
async fn requesters_with_consent(owner: &Session) {
    for (kind, name) in REQUESTERS {
        let id = owner.customer(name, &requester_address(kind)).await;
        let resp = owner
            .send(
                Method::PUT,
                &format!("/api/v1/customers/{id}/consent/marketing_email"),
                Some(json!({ "granted": true, "basis": "consent" })),
            )
            .await;
        expect(resp, 200).await;
    }
}

/// Each requester asks and verifies by the emailed link; the requests' IDs
/// and the links' secrets.
async fn each_requester_asks_and_verifies(
    serve: &crate::helpers::Instance,
    sink: &SmtpSink,
) -> (Vec<String>, Vec<String>) {
    let mut secrets = Vec::new();
    let mut requests = Vec::new();
    for (kind, _) in REQUESTERS {
        let resp = serve
            .anonymous()
            .post(
                "/portal/acme/requests",
                json!({ "email": requester_address(kind), "kind": kind }),
            )
            .await;
        expect(resp, 202).await;
        let mails = wait_for_mail(sink, &requester_address(kind), 1).await;
        let path = link_in(&mails, "/portal/acme/verify/");
        let token = path.rsplit('/').next().unwrap().to_owned();
        let resp = serve
            .anonymous()
            .post("/portal/acme/verify", json!({ "token": token }))
            .await;
        let v = expect(resp, 200).await;
        requests.push(v["request_id"].as_str().unwrap().to_owned());
        secrets.push(token);
    }
    (requests, secrets)
}

/// The erasure and copy requests are fulfilled and each requester is told;
/// the download link's secret.
async fn each_requester_is_told_the_outcome(
    owner: &Session,
    sink: &SmtpSink,
    requests: &[String],
) -> String {
    for request in &requests[..2] {
        let resp = owner
            .post(&format!("/api/v1/requests/{request}/fulfil"), json!({}))
            .await;
        expect(resp, 200).await;
    }
    let erased = wait_for_mail(sink, &requester_address("erasure"), 3).await;
    assert!(erased[2].text().contains("has been erased"));
    let copy = wait_for_mail(sink, &requester_address("copy"), 3).await;
    let download = link_in(&copy, "/portal/acme/download/");
    let withdrawn = wait_for_mail(sink, &requester_address("withdraw_consent"), 2).await;
    assert!(withdrawn[1].text().contains("withdrawn"));
    download.rsplit('/').next().unwrap().to_owned()
}

/// The server clears each sent message; then it is stopped cleanly. Its log.
async fn the_server_clears_sent_mail_and_stops(
    app: &TestApp,
    serve: crate::helpers::Instance,
) -> String {
    for _ in 0..200 {
        let left = count(
            &app.state.db.main,
            "SELECT COUNT(*) AS n FROM mail_outbox WHERE kind LIKE 'portal.%' AND recipients <> '[]'",
        )
        .await;
        if left == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let log = serve.log();
    let status = serve.stop().await;
    assert!(status.success(), "stopped cleanly: {status}");
    if !app.database_url.starts_with("sqlite") {
        println!("on PostgreSQL: only the data directory's mail and the log are checked");
    }
    log
}

/// Neither the addresses, nor the names of the living, nor the links'
/// secrets are in any file: databases, write-ahead logs, mail; nor in
/// the server's log. (On PostgreSQL the data directory holds no
/// database, and the check covers what is left: mail and the log.)
fn nothing_of_the_requesters_stays(app: &TestApp, log: &str, secrets: Vec<String>) {
    let mut markers: Vec<String> = REQUESTERS
        .iter()
        .map(|(kind, _)| format!("zq7-{}", kind.replace('_', "-")))
        .collect();
    markers.push("Erasewyn".to_owned());
    markers.extend(secrets);
    for marker in &markers {
        let found = crate::erasure::files_containing(app.dir.path(), marker.as_bytes());
        assert!(found.is_empty(), "{marker} is still in {found:?}");
        assert!(!log.contains(marker.as_str()), "{marker} is in the log");
    }
}

#[tokio::test]
async fn once_messages_to_requesters_are_sent_nothing_of_them_stays_under_the_data_directory() {
    // A real `steward serve`, stopped with SIGTERM as an operator would.
    let sink = SmtpSink::start().await;
    let app = crate::helpers::spawn_app().await;
    let t = app.create_tenant("acme").await;
    let serve = crate::helpers::Instance::start(
        &app,
        app.dir.path(),
        &[
            ("STEWARD_MAIL__SMTP_URL", &sink.url()),
            ("STEWARD_SERVER__PUBLIC_URL", BASE),
            ("STEWARD_JOBS__INTERVAL", "PT1S"),
        ],
    )
    .await;
    let owner = serve.login("acme", &t.owner_email, &t.owner_password).await;
    requesters_with_consent(&owner).await;

    // Every kind of message a requester gets: verify, received, withdrawn,
    // copy ready, erased.
    let (requests, mut secrets) = each_requester_asks_and_verifies(&serve, &sink).await;
    secrets.push(each_requester_is_told_the_outcome(&owner, &sink, &requests).await);
    let log = the_server_clears_sent_mail_and_stops(&app, serve).await;
    nothing_of_the_requesters_stays(&app, &log, secrets);
}

/// The message files in `dir` addressed to `to`, each read as a message.
fn files_to(dir: &std::path::Path, to: &str) -> Vec<Received> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let data = std::fs::read_to_string(&path).unwrap();
        if data.contains(to) {
            found.push(Received {
                from: String::new(),
                to: vec![to.to_owned()],
                data,
            });
        }
    }
    found
}

#[tokio::test]
async fn message_files_go_when_their_person_is_erased_and_after_the_retention_period() {
    // The embedded default: no SMTP server, messages written as files.
    let app = spawn_app_with(&format!(
        "server.public_url = \"{BASE}\"\nmail.file_retention = \"P2D\"\n"
    ))
    .await;
    let dir = app.dir.path().join("mail");
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let ann = admin.customer("Ann Filed", "ann@people.test").await;
    admin.customer("Bo Filed", "bo@people.test").await;
    let carl = admin.customer("Carl Queued", "carl@people.test").await;
    ask(&app, "acme", "ann@people.test", "copy").await;
    ask(&app, "acme", "bo@people.test", "copy").await;
    run_jobs(&app.state).await;
    let to_ann = files_to(&dir, "ann@people.test");
    assert_eq!(to_ann.len(), 1, "the verification message is a file");
    link_in(&to_ann, "/portal/acme/verify/");
    assert_eq!(files_to(&dir, "bo@people.test").len(), 1);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&dir), 0o700, "the folder is the server's alone");
        for entry in std::fs::read_dir(&dir).unwrap() {
            assert_eq!(mode(&entry.unwrap().path()), 0o600);
        }
    }

    // Erasing Ann deletes the messages to her at once.
    let resp = admin
        .post(
            &format!("/api/v1/customers/{ann}/shred"),
            json!({ "confirm": ann }),
        )
        .await;
    expect(resp, 200).await;
    assert!(files_to(&dir, "ann@people.test").is_empty());
    assert_eq!(files_to(&dir, "bo@people.test").len(), 1, "Bo's stays");

    // A message queued before its person was erased is written, then deleted.
    ask(&app, "acme", "carl@people.test", "copy").await;
    for _ in 0..100 {
        let queued = count(
            &app.state.db.main,
            "SELECT COUNT(*) FROM mail_outbox WHERE recipients LIKE '%carl@people.test%'",
        )
        .await;
        if queued == 1 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let resp = admin
        .post(
            &format!("/api/v1/customers/{carl}/shred"),
            json!({ "confirm": carl }),
        )
        .await;
    expect(resp, 200).await;
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["mail"]["sent"], 1, "{summary}");
    assert_eq!(summary["mail"]["files_deleted"], 1, "{summary}");
    assert!(files_to(&dir, "carl@people.test").is_empty());

    // The rest go after mail.file_retention, and the address tokens with them.
    app.clock.advance(TimeDelta::days(1));
    assert_eq!(run_jobs(&app.state).await["mail"]["files_deleted"], 0);
    assert_eq!(files_to(&dir, "bo@people.test").len(), 1);
    app.clock
        .advance(TimeDelta::days(1) + TimeDelta::minutes(1));
    assert_eq!(run_jobs(&app.state).await["mail"]["files_deleted"], 1);
    assert!(files_to(&dir, "bo@people.test").is_empty());
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0);
    assert_eq!(
        count(
            &app.state.db.main,
            "SELECT COUNT(*) FROM mail_outbox WHERE recipient_token IS NOT NULL OR forget_file"
        )
        .await,
        0
    );
}
