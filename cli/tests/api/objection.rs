//! Objection requests (Art. 21) through the portal: to direct marketing,
//! applied on verification (every marketing purpose withdrawn, the record
//! marked, later grants refused unless the person's fresh consent); to
//! processing based on legitimate interests, decided by staff and told to
//! the person.

use reqwest::Method;
use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{count, problem};
use crate::requests::{app_with_smtp, ask, mail_to, verify_with};

#[tokio::test]
async fn an_objection_to_marketing_applies_at_once_and_holds_until_fresh_consent() {
    let (app, sink) = app_with_smtp("").await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let id = staff.customer("Ann", "ann@people.test").await;
    for purpose in ["marketing_email", "newsletter"] {
        let resp = staff
            .send(
                Method::PUT,
                &format!("/api/v1/customers/{id}/consent/{purpose}"),
                Some(json!({ "granted": true, "basis": "consent" })),
            )
            .await;
        assert!(resp.status().is_success());
    }
    let events = "SELECT COUNT(*) AS n FROM outbox_events WHERE kind = 'consent.updated'";

    ask(&app, "acme", "ann@people.test", "objection").await;
    // The grants' events are handled first; then the objection's are counted.
    mail_to(&app, &sink, "ann@people.test").await;
    let before = count(&app.state.db.main, events).await;
    let v = verify_with(
        &app,
        &sink,
        "acme",
        "ann@people.test",
        json!({ "objection": "marketing" }),
    )
    .await;
    assert_eq!(v["kind"], "objection");
    assert_eq!(v["state"], "fulfilled");
    let customer = staff.json(&format!("/api/v1/customers/{id}")).await;
    assert_eq!(
        customer["consent"],
        json!({ "marketing_email": false, "newsletter": false })
    );
    assert!(customer["objects_to_marketing"].is_string(), "{customer}");
    // Connected tools hear of each withdrawal.
    assert_eq!(count(&app.state.db.main, events).await, before + 2);
    let told = mail_to(&app, &sink, "ann@people.test").await;
    let last = told.last().unwrap();
    assert!(last.subject().contains("objection"), "{}", last.subject());
    assert!(last.text().contains("fresh, explicit consent"));
    let request = staff
        .json(&format!(
            "/api/v1/requests/{}",
            v["request_id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(request["outcome"], "objected");

    // A staff grant without the person's fresh consent is refused.
    let grant = format!("/api/v1/customers/{id}/consent/newsletter");
    let p = problem(
        staff
            .send(
                Method::PUT,
                &grant,
                Some(json!({ "granted": true, "basis": "consent" })),
            )
            .await,
        409,
    )
    .await;
    assert!(
        p.to_string().contains("objected to direct marketing"),
        "{p}"
    );
    // Fresh consent needs the evidence of how it was given.
    problem(
        staff
            .send(
                Method::PUT,
                &grant,
                Some(json!({ "granted": true, "basis": "consent", "fresh_consent": true })),
            )
            .await,
        422,
    )
    .await;
    let customer = staff.json(&format!("/api/v1/customers/{id}")).await;
    assert_eq!(customer["consent"]["newsletter"], false);
    // With it, the grant applies and the objection is lifted.
    let resp = staff
        .send(
            Method::PUT,
            &grant,
            Some(json!({
                "granted": true, "basis": "consent", "fresh_consent": true,
                "evidence": "Signed form of 7 December handed in at the desk",
            })),
        )
        .await;
    assert!(resp.status().is_success(), "{}", resp.status());
    let customer = staff.json(&format!("/api/v1/customers/{id}")).await;
    assert_eq!(customer["consent"]["newsletter"], true);
    assert!(customer["objects_to_marketing"].is_null());
    let audit = app
        .login_owner(&t)
        .await
        .json("/api/v1/audit?limit=200")
        .await;
    assert!(audit.to_string().contains("customer.objected_to_marketing"));
    assert!(!audit.to_string().contains("ann@people.test"));
}

#[tokio::test]
async fn an_objection_to_legitimate_interests_is_decided_by_staff_and_told() {
    let (app, sink) = app_with_smtp("").await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    staff.customer("Bo", "bo@people.test").await;
    ask(&app, "acme", "bo@people.test", "objection").await;

    // Nothing is accepted without saying what the objection is to, or
    // without grounds for one to legitimate interests.
    let path = crate::requests::link_in(
        &mail_to(&app, &sink, "bo@people.test").await,
        "/portal/acme/verify/",
    );
    let token = path.rsplit('/').next().unwrap().to_owned();
    for body in [
        json!({ "token": token }),
        json!({ "token": token, "objection": "everything" }),
        json!({ "token": token, "objection": "legitimate_interests" }),
    ] {
        problem(app.anonymous().post("/portal/acme/verify", body).await, 422).await;
    }
    let grounds = "My employer's data should not be profiled for scoring.";
    let v = verify_with(
        &app,
        &sink,
        "acme",
        "bo@people.test",
        json!({ "objection": "legitimate_interests", "grounds": grounds }),
    )
    .await;
    assert_eq!(v["state"], "open");
    let id = v["request_id"].as_str().unwrap().to_owned();
    // The grounds are sealed: not in the clear in the database or the audit.
    let clear = count(
        &app.state.db.main,
        &format!(
            "SELECT COUNT(*) AS n FROM audit_log WHERE detail LIKE '%{}%'",
            "profiled"
        ),
    )
    .await;
    assert_eq!(clear, 0);

    let reason = "We keep the records needed to defend a pending invoice claim.";
    let r: Value = staff
        .post(
            &format!("/api/v1/requests/{id}/reject"),
            json!({ "reason": reason }),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(r["state"], "rejected");
    let told = mail_to(&app, &sink, "bo@people.test").await;
    assert!(told.last().unwrap().text().contains(reason));
    // A second decision is refused and changes nothing.
    let before = app.fingerprint().await;
    problem(
        staff
            .post(&format!("/api/v1/requests/{id}/fulfil"), json!({}))
            .await,
        409,
    )
    .await;
    assert_eq!(app.fingerprint().await, before);

    // Another tenant's staff cannot see or decide it.
    let other = app.create_tenant("other").await;
    let stranger = app.login_as(&other, Role::Staff).await;
    problem(stranger.get(&format!("/api/v1/requests/{id}")).await, 404).await;
}

#[tokio::test]
async fn stopping_the_processing_restricts_the_record_and_tells_the_person() {
    let (app, sink) = app_with_smtp("").await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let cid = staff.customer("Cy", "cy@people.test").await;
    ask(&app, "acme", "cy@people.test", "objection").await;
    let v = verify_with(
        &app,
        &sink,
        "acme",
        "cy@people.test",
        json!({ "objection": "legitimate_interests", "grounds": "No profiling, please." }),
    )
    .await;
    let id = v["request_id"].as_str().unwrap().to_owned();
    let resp = staff
        .post(&format!("/api/v1/requests/{id}/fulfil"), json!({}))
        .await;
    assert!(resp.status().is_success(), "{}", resp.status());
    let r = staff.json(&format!("/api/v1/requests/{id}")).await;
    assert_eq!(r["outcome"], "processing_stopped");
    let customer = staff.json(&format!("/api/v1/customers/{cid}")).await;
    assert_eq!(customer["restricted"], true);
    let told = mail_to(&app, &sink, "cy@people.test").await;
    assert!(
        told.last()
            .unwrap()
            .text()
            .contains("stopped the processing")
    );
}

#[tokio::test]
async fn objection_details_on_another_kind_are_refused() {
    let (app, sink) = app_with_smtp("").await;
    let t = app.create_tenant("acme").await;
    app.login_as(&t, Role::Staff)
        .await
        .customer("Di", "di@people.test")
        .await;
    ask(&app, "acme", "di@people.test", "copy").await;
    let path = crate::requests::link_in(
        &mail_to(&app, &sink, "di@people.test").await,
        "/portal/acme/verify/",
    );
    let token = path.rsplit('/').next().unwrap().to_owned();
    problem(
        app.anonymous()
            .post(
                "/portal/acme/verify",
                json!({ "token": token, "objection": "marketing" }),
            )
            .await,
        422,
    )
    .await;
    problem(
        app.anonymous()
            .post(
                "/portal/acme/requests",
                json!({ "email": "di@people.test", "kind": "objecting" }),
            )
            .await,
        422,
    )
    .await;
}
