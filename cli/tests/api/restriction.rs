//! Restriction requests (Art. 18) through the portal: the person chooses the
//! ground behind the verification link, staff grant it (every matched
//! record restricted) or decline it; a restriction a request put on is
//! lifted only from the request, after the person is told (Art. 18(3)).
//! Also the one-click restriction of a pending objection's records, and
//! the objection's staff UI.

use chrono::TimeDelta;
use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{count, problem, submit};
use crate::requests::{app_with_smtp, ask, link_in, mail_to, verify_with};

#[tokio::test]
async fn a_granted_restriction_is_lifted_only_after_the_person_is_told() {
    let (app, sink) = app_with_smtp("").await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let cid = staff.customer("Eve", "eve@people.test").await;
    ask(&app, "acme", "eve@people.test", "restriction").await;

    // Without a ground, or with one Art. 18 does not know: refused, and the
    // request stays unverified.
    let path = link_in(
        &mail_to(&app, &sink, "eve@people.test").await,
        "/portal/acme/verify/",
    );
    let token = path.rsplit('/').next().unwrap().to_owned();
    for body in [
        json!({ "token": token }),
        json!({ "token": token, "ground": "boredom" }),
        json!({ "token": token, "ground": "unlawful", "objection": "marketing" }),
    ] {
        let p = problem(app.anonymous().post("/portal/acme/verify", body).await, 422).await;
        assert!(p.to_string().contains("ground") || p.to_string().contains("objection"));
    }
    let unverified = staff.json("/api/v1/requests?state=unverified").await;
    assert_eq!(unverified["total"], 1, "{unverified}");
    assert_eq!(unverified["items"][0]["kind"], "restriction");

    let words = "My birth year is 1980, not 1908; please check it.";
    let v = verify_with(
        &app,
        &sink,
        "acme",
        "eve@people.test",
        json!({ "ground": "contests_accuracy", "details": words }),
    )
    .await;
    assert_eq!(v["kind"], "restriction");
    assert_eq!(v["state"], "open");
    let id = v["request_id"].as_str().unwrap().to_owned();
    let r = staff.json(&format!("/api/v1/requests/{id}")).await;
    assert_eq!(r["ground"], "contests_accuracy");
    // Staff hear of it as of any other request.
    let notices = count(
        &app.state.db.main,
        "SELECT COUNT(*) AS n FROM notifications WHERE kind = 'request.received'",
    )
    .await;
    assert_eq!(notices, 1);

    // Staff grant it: the record is restricted, the person told.
    let resp = staff
        .post(&format!("/api/v1/requests/{id}/fulfil"), json!({}))
        .await;
    assert!(resp.status().is_success(), "{}", resp.status());
    let r: Value = resp.json().await.unwrap();
    assert_eq!(r["state"], "fulfilled");
    assert_eq!(r["outcome"], "restricted");
    assert_eq!(r["restricted_ids"], json!([cid]));
    // The address is kept while the restriction stands.
    assert_eq!(r["has_address"], true);
    let customer = staff.json(&format!("/api/v1/customers/{cid}")).await;
    assert_eq!(customer["restricted"], true);
    assert!(
        customer["restriction_reason"]
            .as_str()
            .unwrap()
            .contains(&id),
        "{customer}"
    );
    let told = mail_to(&app, &sink, "eve@people.test").await;
    let granted = told.last().unwrap();
    assert!(
        granted.subject().contains("restricted"),
        "{}",
        granted.subject()
    );
    assert!(granted.text().contains("You will be told before"));

    // A second decision is refused and changes nothing.
    let before = app.fingerprint().await;
    for (action, body) in [
        ("fulfil", json!({})),
        ("reject", json!({ "reason": "No." })),
    ] {
        problem(
            staff
                .post(&format!("/api/v1/requests/{id}/{action}"), body)
                .await,
            409,
        )
        .await;
    }
    // Nor can staff lift it on the record: the person would not be told.
    let p = problem(
        staff
            .post(
                &format!("/api/v1/customers/{cid}/restrict"),
                json!({ "on": false }),
            )
            .await,
        409,
    )
    .await;
    assert!(p.to_string().contains(&id), "{p}");
    assert_eq!(app.fingerprint().await, before);
    let customer = staff.json(&format!("/api/v1/customers/{cid}")).await;
    assert_eq!(customer["restricted"], true);

    // A notice out of range, or no reason: refused, nothing changes.
    let before = app.fingerprint().await;
    let lift = format!("/api/v1/requests/{id}/lift");
    for body in [
        json!({ "reason": "Checked.", "notice_days": 31 }),
        json!({ "reason": "  " }),
    ] {
        problem(staff.post(&lift, body).await, 422).await;
    }
    assert_eq!(app.fingerprint().await, before);

    // Staff announce the lift: the person is told first, with the reason
    // and the date; the record stays restricted until then.
    let reason = "We checked your birth year against your contract and corrected it.";
    let resp = staff
        .post(&lift, json!({ "reason": reason, "notice_days": 3 }))
        .await;
    assert!(resp.status().is_success(), "{}", resp.status());
    let r: Value = resp.json().await.unwrap();
    assert!(r["lift_at"].is_string(), "{r}");
    assert!(r.get("lifted_at").is_none(), "{r}");
    let told = mail_to(&app, &sink, "eve@people.test").await;
    let notice = told.last().unwrap();
    assert!(notice.subject().contains("lift"), "{}", notice.subject());
    assert!(notice.text().contains(reason));
    assert!(notice.text().contains("will be lifted on"));
    problem(staff.post(&lift, json!({ "reason": reason })).await, 409).await;
    let customer = staff.json(&format!("/api/v1/customers/{cid}")).await;
    assert_eq!(customer["restricted"], true);

    app.clock.advance(TimeDelta::days(2));
    crate::helpers::run_jobs(&app.state).await;
    // Days later: signed in anew.
    let staff = app.login_owner(&t).await;
    let customer = staff.json(&format!("/api/v1/customers/{cid}")).await;
    assert_eq!(customer["restricted"], true);

    // On the date, the runner lifts it and the address goes.
    app.clock
        .advance(TimeDelta::days(1) + TimeDelta::minutes(1));
    crate::helpers::run_jobs(&app.state).await;
    let staff = app.login_owner(&t).await;
    let customer = staff.json(&format!("/api/v1/customers/{cid}")).await;
    assert_eq!(customer["restricted"], false);
    let r = staff.json(&format!("/api/v1/requests/{id}")).await;
    assert!(r["lifted_at"].is_string(), "{r}");
    assert_eq!(r["has_address"], false);
    // Now the record's own switch works again.
    let resp = staff
        .post(
            &format!("/api/v1/customers/{cid}/restrict"),
            json!({ "on": true, "reason": "Staff's own reason" }),
        )
        .await;
    assert!(resp.status().is_success(), "{}", resp.status());

    let audit = app
        .login_owner(&t)
        .await
        .json("/api/v1/audit?limit=200")
        .await
        .to_string();
    for code in [
        "request.lift_announced",
        "request.restriction_lifted",
        "customer.restricted",
        "customer.restriction_lifted",
    ] {
        assert!(audit.contains(code), "{code} missing");
    }
    for personal in ["eve@people.test", "1908", "contract and corrected"] {
        assert!(!audit.contains(personal), "{personal} in the audit log");
    }
    let clear = count(
        &app.state.db.main,
        "SELECT COUNT(*) AS n FROM audit_log WHERE detail LIKE '%1908%' OR detail LIKE '%corrected%'",
    )
    .await;
    assert_eq!(clear, 0);
}

#[tokio::test]
async fn a_declined_restriction_is_told_with_the_reason() {
    let (app, sink) = app_with_smtp("").await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let cid = staff.customer("Fay", "fay@people.test").await;
    ask(&app, "acme", "fay@people.test", "restriction").await;
    let v = verify_with(
        &app,
        &sink,
        "acme",
        "fay@people.test",
        json!({ "ground": "legal_claims" }),
    )
    .await;
    let id = v["request_id"].as_str().unwrap().to_owned();
    let reason = "We still need the records to perform your running contract.";
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
    assert_eq!(r["has_address"], false);
    let told = mail_to(&app, &sink, "fay@people.test").await;
    assert!(told.last().unwrap().text().contains(reason));
    let customer = staff.json(&format!("/api/v1/customers/{cid}")).await;
    assert_eq!(customer["restricted"], false);
    // It restricted nothing: there is nothing to lift.
    let before = app.fingerprint().await;
    problem(
        staff
            .post(
                &format!("/api/v1/requests/{id}/lift"),
                json!({ "reason": "Nothing." }),
            )
            .await,
        409,
    )
    .await;
    assert_eq!(app.fingerprint().await, before);
}

#[tokio::test]
async fn a_pending_objection_restricts_its_records_in_one_click() {
    let (app, sink) = app_with_smtp("").await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let cid = staff.customer("Gus", "gus@people.test").await;
    ask(&app, "acme", "gus@people.test", "objection").await;
    let v = verify_with(
        &app,
        &sink,
        "acme",
        "gus@people.test",
        json!({ "objection": "legitimate_interests", "grounds": "No scoring of me, please." }),
    )
    .await;
    let id = v["request_id"].as_str().unwrap().to_owned();

    // The queue offers the objection's own words and the one click.
    let html = staff.get("/requests").await.text().await.unwrap();
    assert!(html.contains("Stop the processing"), "{html}");
    assert!(html.contains("Uphold — state the compelling grounds"));
    assert!(html.contains(&format!("action=\"/requests/{id}/restrict\"")));

    let resp = submit(&staff, &format!("/requests/{id}/restrict"), &[]).await;
    assert_eq!(resp.status().as_u16(), 303, "{}", resp.status());
    let r = staff.json(&format!("/api/v1/requests/{id}")).await;
    assert_eq!(r["state"], "open");
    assert_eq!(r["restricted_ids"], json!([cid]));
    let customer = staff.json(&format!("/api/v1/customers/{cid}")).await;
    assert_eq!(customer["restricted"], true);
    let html = staff.get("/requests").await.text().await.unwrap();
    assert!(!html.contains(&format!("action=\"/requests/{id}/restrict\"")));

    // Twice is refused; so is lifting it on the record.
    let before = app.fingerprint().await;
    problem(
        staff
            .post(&format!("/api/v1/requests/{id}/restrict"), json!({}))
            .await,
        409,
    )
    .await;
    problem(
        staff
            .post(
                &format!("/api/v1/customers/{cid}/restrict"),
                json!({ "on": false }),
            )
            .await,
        409,
    )
    .await;
    assert_eq!(app.fingerprint().await, before);

    // Upheld: the request closes, the restriction stands (and the address
    // with it) until a lift is announced; with no notice the next run lifts it.
    let r: Value = staff
        .post(
            &format!("/api/v1/requests/{id}/reject"),
            json!({ "reason": "Scoring is needed to prevent fraud on your account." }),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(r["state"], "rejected");
    assert_eq!(r["has_address"], true);
    let customer = staff.json(&format!("/api/v1/customers/{cid}")).await;
    assert_eq!(customer["restricted"], true);
    let resp = staff
        .post(
            &format!("/api/v1/requests/{id}/lift"),
            json!({ "reason": "Your objection was decided.", "notice_days": 0 }),
        )
        .await;
    assert!(resp.status().is_success(), "{}", resp.status());
    let told = mail_to(&app, &sink, "gus@people.test").await;
    assert!(
        told.last()
            .unwrap()
            .text()
            .contains("Your objection was decided.")
    );
    crate::helpers::run_jobs(&app.state).await;
    let customer = staff.json(&format!("/api/v1/customers/{cid}")).await;
    assert_eq!(customer["restricted"], false);
    let r = staff.json(&format!("/api/v1/requests/{id}")).await;
    assert_eq!(r["has_address"], false);
}

#[tokio::test]
async fn restriction_bad_input_is_refused_and_changes_nothing() {
    let (app, sink) = app_with_smtp("").await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    staff.customer("Hal", "hal@people.test").await;

    // A ground on another kind of request.
    ask(&app, "acme", "hal@people.test", "copy").await;
    let path = link_in(
        &mail_to(&app, &sink, "hal@people.test").await,
        "/portal/acme/verify/",
    );
    let token = path.rsplit('/').next().unwrap().to_owned();
    problem(
        app.anonymous()
            .post(
                "/portal/acme/verify",
                json!({ "token": token, "ground": "unlawful" }),
            )
            .await,
        422,
    )
    .await;
    let v = verify_with(&app, &sink, "acme", "hal@people.test", json!({})).await;
    let id = v["request_id"].as_str().unwrap().to_owned();

    let other = app.create_tenant("other").await;
    let stranger = app.login_as(&other, Role::Staff).await;
    let before = app.fingerprint().await;
    // A copy request restricts nothing in one click and has nothing to lift.
    problem(
        staff
            .post(&format!("/api/v1/requests/{id}/restrict"), json!({}))
            .await,
        409,
    )
    .await;
    problem(
        staff
            .post(
                &format!("/api/v1/requests/{id}/lift"),
                json!({ "reason": "Nothing." }),
            )
            .await,
        409,
    )
    .await;
    // Another tenant's staff cannot touch it.
    for action in ["restrict", "lift"] {
        problem(
            stranger
                .post(
                    &format!("/api/v1/requests/{id}/{action}"),
                    json!({ "reason": "Because." }),
                )
                .await,
            404,
        )
        .await;
    }
    assert_eq!(app.fingerprint().await, before);
}

#[tokio::test]
async fn the_record_page_shows_the_objection_and_takes_fresh_consent() {
    let (app, sink) = app_with_smtp("").await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let cid = staff.customer("Ida", "ida@people.test").await;
    let resp = app
        .login_owner(&t)
        .await
        .send(
            reqwest::Method::PUT,
            "/api/v1/purposes/newsletter",
            Some(json!({ "labels": { "en": { "label": "Newsletter", "description": "Monthly news" } } })),
        )
        .await;
    assert!(resp.status().is_success(), "{}", resp.status());
    let page = format!("/customers/{cid}");
    let html = staff.get(&page).await.text().await.unwrap();
    assert!(!html.contains("Objected to direct marketing since"));
    assert!(!html.contains("name=\"fresh_consent\""));

    ask(&app, "acme", "ida@people.test", "objection").await;
    verify_with(
        &app,
        &sink,
        "acme",
        "ida@people.test",
        json!({ "objection": "marketing" }),
    )
    .await;
    let html = staff.get(&page).await.text().await.unwrap();
    assert!(
        html.contains("Objected to direct marketing since"),
        "{html}"
    );
    assert!(html.contains("name=\"fresh_consent\""));
    assert!(html.contains("The person gave fresh, explicit consent"));

    // Without the box, the opt-in is refused with the reason shown.
    let grant = [
        ("purpose", "newsletter"),
        ("decision", "granted"),
        ("basis", "consent"),
        ("evidence", "Signed form handed in at the desk"),
    ];
    let resp = submit(&staff, &format!("{page}/consent"), &grant).await;
    assert_eq!(resp.status().as_u16(), 409);
    let html = resp.text().await.unwrap();
    assert!(html.contains("objected to direct marketing"), "{html}");
    let customer = staff.json(&format!("/api/v1/customers/{cid}")).await;
    assert!(customer["objects_to_marketing"].is_string());

    // With it, the grant applies and the mark is lifted.
    let mut fresh = grant.to_vec();
    fresh.push(("fresh_consent", "yes"));
    let resp = submit(&staff, &format!("{page}/consent"), &fresh).await;
    assert_eq!(resp.status().as_u16(), 303, "{}", resp.status());
    let customer = staff.json(&format!("/api/v1/customers/{cid}")).await;
    assert!(customer["objects_to_marketing"].is_null());
    assert_eq!(customer["consent"]["newsletter"], true);
    let html = staff.get(&page).await.text().await.unwrap();
    assert!(!html.contains("Objected to direct marketing since"));
}
