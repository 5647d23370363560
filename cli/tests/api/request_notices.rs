//! Staff hear of a portal request at once: verifying it raises one inbox
//! notice for the team and the next requests run gives it one line in the
//! digest to the tenant's admins. An unverified request, or one applied at
//! once (a consent withdrawal), raises nothing; another tenant sees nothing.

use reqwest::StatusCode;
use serde_json::Value;
use steward::auth::Role;

use crate::{
    helpers::{Session, expect_status, problem, run_jobs},
    mailbox::{Received, SmtpSink},
    requests::{app_with_smtp, ask, mail_to, verify},
};

/// The open `request.received` notices the session sees.
async fn received(session: &Session) -> Vec<Value> {
    let listed = session
        .json("/api/v1/notifications?kind=request.received")
        .await;
    listed["items"].as_array().unwrap().clone()
}

/// The digests mailed to the tenant's owner.
fn digests(sink: &SmtpSink, owner: &str) -> Vec<Received> {
    sink.messages()
        .into_iter()
        .filter(|m| m.to.iter().any(|t| t == owner))
        .collect()
}

#[tokio::test]
async fn a_verified_request_raises_one_notice_and_one_digest_line() {
    let (app, sink) = app_with_smtp("").await;
    let acme = app.create_tenant("acme").await;
    let bravo = app.create_tenant("bravo").await;
    let staff = app.login_as(&acme, Role::Staff).await;
    let viewer = app.login_as(&acme, Role::Viewer).await;
    let owner = app.login_owner(&acme).await;
    let other = app.login_owner(&bravo).await;
    staff.customer("Ada", "ada@people.test").await;

    // Asked but not verified: nothing for staff.
    ask(&app, "acme", "ada@people.test", "copy").await;
    mail_to(&app, &sink, "ada@people.test").await;
    assert!(received(&owner).await.is_empty());
    assert!(digests(&sink, "owner@acme.test").is_empty());

    let id = verify(&app, &sink, "acme", "ada@people.test").await["request_id"]
        .as_str()
        .unwrap()
        .to_owned();
    // At once: one notice for the team, which staff and viewers see too.
    for session in [&owner, &staff, &viewer] {
        let notices = received(session).await;
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert_eq!(notices[0]["request_id"], id.as_str());
    }
    let inbox = staff.get("/notifications").await;
    let inbox = expect_status(inbox, 200).await.text().await.unwrap();
    assert!(inbox.contains("A new data request was verified"));
    assert!(inbox.contains(&format!("/requests/{id}")));
    assert!(!inbox.contains("ada@people.test"));

    // One digest line, however often the runner looks.
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["requests"]["received"], 1, "{summary}");
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["requests"]["received"], 0, "{summary}");
    let sent = digests(&sink, "owner@acme.test");
    assert_eq!(sent.len(), 1);
    let text = sent[0].text();
    let lines: Vec<&str> = text.lines().filter(|l| l.contains(&id)).collect();
    assert_eq!(lines.len(), 1, "{text}");
    assert!(lines[0].contains(&format!("/requests/{id}")));
    assert!(text.contains("New — verified") && text.contains("Copy request"));
    assert!(text.contains(&format!("https://steward.example/requests/{id}")));
    assert!(!text.contains("people.test"));
    assert!(sent[0].subject().contains("1 data-subject request new"));
    assert_eq!(received(&owner).await.len(), 1, "the run raises no second");

    // A withdrawal is applied at once: no notice, no line.
    ask(&app, "acme", "ada@people.test", "withdraw_consent").await;
    verify(&app, &sink, "acme", "ada@people.test").await;
    run_jobs(&app.state).await;
    assert_eq!(received(&owner).await.len(), 1);
    assert_eq!(digests(&sink, "owner@acme.test").len(), 1);

    // Another tenant hears nothing and cannot open the request.
    assert!(received(&other).await.is_empty());
    assert!(digests(&sink, "owner@bravo.test").is_empty());
    problem(other.get(&format!("/api/v1/requests/{id}")).await, 404).await;
    let page = other.get(&format!("/requests/{id}")).await;
    assert_eq!(page.status(), StatusCode::NOT_FOUND);

    // Bad input: an unknown kind of notice is a 400 naming it.
    let refused = problem(
        owner.get("/api/v1/notifications?kind=request.bogus").await,
        400,
    )
    .await;
    assert!(refused.to_string().contains("kind"));

    // Answering the request closes its notice.
    let resp = owner
        .post(
            &format!("/api/v1/requests/{id}/fulfil"),
            serde_json::json!({}),
        )
        .await;
    expect_status(resp, 200).await;
    assert!(received(&owner).await.is_empty());
}
