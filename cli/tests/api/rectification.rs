//! Rectification requests (Art. 16) through the portal: behind the
//! verification link the person proposes corrections (standard details and
//! the custom fields the tenant marks correctable), checked as the record's
//! write path would; staff see them beside the current values, accept or
//! decline each (a decline with a reason), the accepted ones are applied to
//! every matched record, the person is told what changed and what did not
//! and why, and connected tools hear of it (Art. 19).

use reqwest::Method;
use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{
    Session, TestApp, count, expect, expect_text, form_token, problem, run_jobs, submit,
};
use crate::mailbox::SmtpSink;
use crate::requests::{app_with_smtp, ask, link_in, mail_to, verify_with};
use crate::sync::Receiver;

const ANN: &str = "ann@people.test";
const REASON: &str = "The number you gave belongs to your employer; we only keep private numbers.";

/// A customer Ann with a phone number, who asks for a rectification and
/// proposes a new name and phone number; the request's ID.
async fn proposed(app: &TestApp, sink: &SmtpSink, staff: &Session) -> (String, String) {
    let cid = staff
        .create_customer(json!({ "name": "Ann Smyth", "email": ANN, "phone": "+44 20 7946 0000" }))
        .await;
    ask(app, "acme", ANN, "rectification").await;
    let v = verify_with(
        app,
        sink,
        "acme",
        ANN,
        json!({
            "proposed": { "name": "Ann Smith", "phone": "+44 20 7946 0999", "email": "" },
            "note": "I married last spring and changed my number.",
        }),
    )
    .await;
    assert_eq!(v["kind"], "rectification");
    assert_eq!(v["state"], "open");
    (cid, v["request_id"].as_str().unwrap().to_owned())
}

#[tokio::test]
async fn a_rectification_is_proposed_decided_applied_and_told() {
    let (app, sink) = app_with_smtp("integrations.allow_private = true\n").await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let staff = app.login_as(&t, Role::Staff).await;
    let receiver = Receiver::start().await;
    let hook = expect(
        admin
            .post(
                "/api/v1/integrations",
                json!({ "kind": "webhook", "url": receiver.url(), "events": ["customer.rectified"] }),
            )
            .await,
        201,
    )
    .await;
    receiver.trust(hook["secret"].as_str().unwrap());
    let (cid, id) = proposed(&app, &sink, &staff).await;

    // What the person wrote is sealed: not in the audit or the request row.
    for word in ["Ann Smith", "7946 0999", "married"] {
        let clear = count(
            &app.state.db.main,
            format!("SELECT COUNT(*) AS n FROM audit_log WHERE detail LIKE '%{word}%'"),
        )
        .await;
        assert_eq!(clear, 0, "{word}");
    }
    // Staff hear of it as of other kinds.
    let notices = count(
        &app.state.db.main,
        "SELECT COUNT(*) AS n FROM notifications WHERE kind = 'request.received'",
    )
    .await;
    assert_eq!(notices, 1);

    // The side-by-side: what the person asked for beside what is held.
    let side = staff
        .json(&format!("/api/v1/requests/{id}/rectification"))
        .await;
    assert_eq!(side["request_id"], id.as_str());
    assert_eq!(side["note"], "I married last spring and changed my number.");
    let changes = side["changes"].as_array().unwrap();
    let fields: Vec<&str> = changes
        .iter()
        .map(|c| c["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["name", "phone"]);
    assert_eq!(changes[0]["proposed"], "Ann Smith");
    assert_eq!(
        changes[0]["current"],
        json!([{ "customer_id": cid, "value": "Ann Smyth" }])
    );
    // A viewer does not see what the person wrote.
    let viewer = app.login_as(&t, Role::Viewer).await;
    problem(
        viewer
            .get(&format!("/api/v1/requests/{id}/rectification"))
            .await,
        403,
    )
    .await;

    // Accept the name, decline the phone number with a reason.
    let decided = expect(
        staff
            .post(
                &format!("/api/v1/requests/{id}/rectification"),
                json!({ "decisions": [
                    { "field": "phone", "accept": false, "reason": REASON },
                    { "field": "name", "accept": true },
                ] }),
            )
            .await,
        200,
    )
    .await;
    assert_eq!(decided["state"], "fulfilled");
    assert_eq!(decided["outcome"], "rectified");
    let customer = staff.json(&format!("/api/v1/customers/{cid}")).await;
    assert_eq!(customer["name"], "Ann Smith");
    assert_eq!(customer["phone"], "+442079460000");
    assert_eq!(customer["version"], 2);

    // The audit names the fields, never the values.
    let audit = app
        .login_owner(&t)
        .await
        .json("/api/v1/audit?limit=200")
        .await
        .to_string();
    assert!(audit.contains("request.rectified"), "{audit}");
    assert!(audit.contains("customer.updated"), "{audit}");
    for word in ["Ann Smith", "7946 0999", "2079460999", "employer", ANN] {
        assert!(!audit.contains(word), "{word} in the audit");
    }
    let entry = count(
        &app.state.db.main,
        "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'request.rectified' \
         AND detail LIKE '%\"accepted\":[\"name\"]%' AND detail LIKE '%\"declined\":[\"phone\"]%'",
    )
    .await;
    assert_eq!(entry, 1);

    // The person is told what was corrected, what was not and why.
    let told = mail_to(&app, &sink, ANN).await;
    let last = told.last().unwrap();
    assert!(last.subject().contains("correct"), "{}", last.subject());
    let text = last.text();
    assert!(text.contains("Corrected as you asked"), "{text}");
    assert!(text.contains("- Name"), "{text}");
    assert!(
        text.contains(&format!("- Phone number: {REASON}")),
        "{text}"
    );

    // Connected tools hear which fields of which record changed.
    run_jobs(&app.state).await;
    let arrivals = receiver.arrivals();
    let event = arrivals
        .iter()
        .find(|a| a.body["type"] == "customer.rectified")
        .unwrap_or_else(|| panic!("no customer.rectified in {arrivals:?}"));
    assert!(event.verified);
    assert_eq!(event.body["data"]["customer_id"], cid.as_str());
    assert_eq!(event.body["data"]["fields"], json!(["name"]));

    // Decided once: a second decision is refused and changes nothing.
    let before = app.fingerprint().await;
    problem(
        staff
            .post(
                &format!("/api/v1/requests/{id}/rectification"),
                json!({ "decisions": [
                    { "field": "phone", "accept": true },
                    { "field": "name", "accept": true },
                ] }),
            )
            .await,
        409,
    )
    .await;
    assert_eq!(app.fingerprint().await, before);
    // The decision stays readable beside the proposal.
    let side = staff
        .json(&format!("/api/v1/requests/{id}/rectification"))
        .await;
    assert_eq!(side["changes"][1]["decision"]["reason"], REASON);
}

#[tokio::test]
async fn a_proposal_the_write_path_would_refuse_is_refused_and_the_link_still_works() {
    let (app, sink) = app_with_smtp("").await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    for (key, correctable) in [("member_no", true), ("score", false)] {
        let field = expect(
            admin
                .post(
                    "/api/v1/fields",
                    json!({ "key": key, "label": key, "type": "text", "correctable": correctable }),
                )
                .await,
            201,
        )
        .await;
        assert_eq!(field["correctable"], correctable);
    }
    let listed = admin.json("/api/v1/fields").await;
    assert_eq!(listed[1]["correctable"], false);
    admin.customer("Ann Smyth", ANN).await;
    ask(&app, "acme", ANN, "rectification").await;
    let path = link_in(&mail_to(&app, &sink, ANN).await, "/portal/acme/verify/");
    let token = path.rsplit('/').next().unwrap().to_owned();

    let before = app.fingerprint().await;
    for (proposed, fault) in [
        (
            json!({ "favourite_colour": "green" }),
            "proposed.favourite_colour",
        ),
        (json!({ "fields.score": "99" }), "proposed.fields.score"),
        (json!({ "fields.nothing": "99" }), "proposed.fields.nothing"),
        (json!({}), "proposed"),
        (json!({ "name": "  ", "email": "" }), "proposed"),
        (json!({ "email": "ann-at-people.test" }), "proposed.email"),
        (json!({ "phone": "020 7946 0000" }), "proposed.phone"),
    ] {
        let p = problem(
            app.anonymous()
                .post(
                    "/portal/acme/verify",
                    json!({ "token": token, "proposed": proposed }),
                )
                .await,
            422,
        )
        .await;
        assert!(p["errors"][fault].is_string(), "{fault}: {p}");
    }
    // A proposal on another kind of request is refused too.
    assert_eq!(app.fingerprint().await, before);

    // The link still works: the page offers each detail and the
    // correctable custom field (not the other), and a browser's form is taken.
    let anon = app.anonymous();
    let page = expect_text(anon.get(&path).await, 200).await;
    assert!(page.contains("name=\"proposed.phone\""), "{page}");
    assert!(page.contains("name=\"proposed.fields.member_no\""));
    assert!(!page.contains("proposed.fields.score"));
    let csrf = form_token(&page);
    let body = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs([
            ("csrf", csrf.as_str()),
            ("token", token.as_str()),
            ("proposed.name", ""),
            ("proposed.fields.member_no", "M-1042"),
            ("note", "My membership number is wrong on every letter."),
        ])
        .finish();
    let page = expect_text(
        anon.raw(
            Method::POST,
            "/portal/acme/verify",
            "application/x-www-form-urlencoded",
            body.into_bytes(),
        )
        .await,
        200,
    )
    .await;
    assert!(page.contains("correction"), "{page}");
    let staff = app.login_as(&t, Role::Staff).await;
    let open = staff.json("/api/v1/requests?kind=rectification").await;
    let id = open["items"][0]["id"].as_str().unwrap().to_owned();
    let side = staff
        .json(&format!("/api/v1/requests/{id}/rectification"))
        .await;
    assert_eq!(side["changes"][0]["field"], "fields.member_no");
    assert_eq!(side["changes"][0]["label"], "member_no");
    assert_eq!(side["changes"][0]["proposed"], "M-1042");
    assert!(side["changes"][0]["current"][0].get("value").is_none());

    // Proposals belong to rectifications only.
    admin.customer("Bo", "bo@people.test").await;
    ask(&app, "acme", "bo@people.test", "copy").await;
    let path = link_in(
        &mail_to(&app, &sink, "bo@people.test").await,
        "/portal/acme/verify/",
    );
    let token = path.rsplit('/').next().unwrap().to_owned();
    let p = problem(
        app.anonymous()
            .post(
                "/portal/acme/verify",
                json!({ "token": token, "proposed": { "name": "Bob" } }),
            )
            .await,
        422,
    )
    .await;
    assert!(p["errors"]["proposed"].is_string(), "{p}");
}

#[tokio::test]
async fn bad_decisions_are_refused_and_change_nothing() {
    let (app, sink) = app_with_smtp("").await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let (cid, id) = proposed(&app, &sink, &staff).await;
    let path = format!("/api/v1/requests/{id}/rectification");
    let accept_name = json!({ "field": "name", "accept": true });

    let before = app.fingerprint().await;
    for (decisions, fault) in [
        (json!([accept_name]), "decisions.phone"),
        (
            json!([accept_name, { "field": "phone", "accept": false }]),
            "decisions[1].reason",
        ),
        (
            json!([accept_name, { "field": "phone", "accept": false, "reason": "  " }]),
            "decisions[1].reason",
        ),
        (
            json!([accept_name, { "field": "phone", "accept": true }, { "field": "company", "accept": true }]),
            "decisions[2].field",
        ),
        (
            json!([accept_name, { "field": "phone", "accept": true }, accept_name]),
            "decisions[2].field",
        ),
    ] {
        let p = problem(
            staff.post(&path, json!({ "decisions": decisions })).await,
            422,
        )
        .await;
        assert!(p["errors"][fault].is_string(), "{fault}: {p}");
    }
    assert_eq!(app.fingerprint().await, before);
    let customer = staff.json(&format!("/api/v1/customers/{cid}")).await;
    assert_eq!(customer["name"], "Ann Smyth");

    // Another tenant's staff: no such request.
    let other = app.create_tenant("other").await;
    let stranger = app.login_as(&other, Role::Staff).await;
    problem(stranger.get(&path).await, 404).await;
    problem(
        stranger
            .post(&path, json!({ "decisions": [accept_name] }))
            .await,
        404,
    )
    .await;

    // Another kind of request: not a rectification.
    staff.customer("Bo", "bo@people.test").await;
    ask(&app, "acme", "bo@people.test", "copy").await;
    let copy = verify_with(&app, &sink, "acme", "bo@people.test", json!({})).await;
    let copy_path = format!(
        "/api/v1/requests/{}/rectification",
        copy["request_id"].as_str().unwrap()
    );
    problem(staff.get(&copy_path).await, 409).await;
    let before = app.fingerprint().await;
    problem(
        staff
            .post(&copy_path, json!({ "decisions": [accept_name] }))
            .await,
        409,
    )
    .await;
    assert_eq!(app.fingerprint().await, before);
    // Nor is a rectification fulfilled as a whole.
    problem(
        staff
            .post(&format!("/api/v1/requests/{id}/fulfil"), json!({}))
            .await,
        409,
    )
    .await;

    // Every detail declined: the request is rejected, the record unchanged.
    let r = expect(
        staff
            .post(
                &path,
                json!({ "decisions": [
                    { "field": "name", "accept": false, "reason": "Your name is as on your contract." },
                    { "field": "phone", "accept": false, "reason": REASON },
                ] }),
            )
            .await,
        200,
    )
    .await;
    assert_eq!(r["state"], "rejected");
    assert_eq!(r["outcome"], "rectification_declined");
    let customer = staff.json(&format!("/api/v1/customers/{cid}")).await;
    assert_eq!(customer["name"], "Ann Smyth");
    assert_eq!(customer["version"], 1);
    let text = mail_to(&app, &sink, ANN).await.last().unwrap().text();
    assert!(text.contains("Your name is as on your contract."), "{text}");
    assert!(!text.contains("Corrected as you asked"), "{text}");
}

#[tokio::test]
async fn staff_decide_on_the_side_by_side_page() {
    let (app, sink) = app_with_smtp("").await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let (cid, id) = proposed(&app, &sink, &staff).await;
    let queue = expect_text(staff.get("/requests").await, 200).await;
    let page_path = format!("/requests/{id}/rectification");
    assert!(queue.contains(&page_path), "{queue}");
    let page = expect_text(staff.get(&page_path).await, 200).await;
    for part in [
        "<th scope=\"col\">",
        "<th scope=\"row\">Name</th>",
        "Ann Smyth",
        "Ann Smith",
        "name=\"decision.phone\"",
        "for=\"reason-phone\"",
        "I married last spring",
    ] {
        assert!(page.contains(part), "{part} not in {page}");
    }

    // A decline without a reason: the page again, the fault next to it.
    let before = app.fingerprint().await;
    let resp = submit(
        &staff,
        &page_path,
        &[("decision.name", "accept"), ("decision.phone", "decline")],
    )
    .await;
    let refused = expect_text(resp, 422).await;
    assert!(refused.contains("id=\"reason-phone-error\""), "{refused}");
    assert!(refused.contains("value=\"accept\" checked"), "{refused}");
    assert_eq!(app.fingerprint().await, before);

    let resp = submit(
        &staff,
        &page_path,
        &[
            ("decision.name", "accept"),
            ("decision.phone", "decline"),
            ("reason.phone", REASON),
        ],
    )
    .await;
    assert_eq!(resp.status().as_u16(), 303);
    let customer: Value = staff.json(&format!("/api/v1/customers/{cid}")).await;
    assert_eq!(customer["name"], "Ann Smith");
    let page = expect_text(staff.get(&page_path).await, 200).await;
    assert!(page.contains(REASON), "{page}");
    assert!(!page.contains("name=\"decision.phone\""));
}
