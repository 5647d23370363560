//! The overview at `/`: open notices by kind, open requests by due date,
//! records expired and expiring within 7 and 30 days, each a link into its
//! list and the same numbers as `GET /api/v1/overview`; what a viewer sees
//! of it; the requests count in the menu; the person's own activity.

use chrono::TimeDelta;
use serde_json::{Value, json};

use crate::{
    helpers::{Session, TestApp, expect, expect_text, run_jobs},
    pages::page,
    requests::{app_with_smtp, ask, verify},
};

/// The number shown on the overview's count `key` (`id="count-<key>"`).
fn tile(html: &str, key: &str) -> u64 {
    let at = html
        .find(&format!("id=\"count-{key}\""))
        .unwrap_or_else(|| panic!("no count {key} in {html}"));
    let rest = &html[at..];
    let n = &rest[rest.find("<span class=\"n\">").expect("a number") + 16..];
    n[..n.find('<').unwrap()].parse().unwrap()
}

/// Completed records are kept for `period`, then brought up as expired.
pub(crate) async fn keep_for(admin: &Session, period: &str) {
    let resp = admin
        .send(
            reqwest::Method::PUT,
            "/api/v1/retention",
            Some(json!({ "expire_after": period, "action": "notify" })),
        )
        .await;
    expect(resp, 200).await;
}

/// A completed record (the retention period applies to every completed
/// record, so the expiry dates differ by when each was completed).
async fn completed(owner: &Session, name: &str) -> String {
    let first = name.split(' ').next().unwrap().to_lowercase();
    let id = owner.customer(name, &format!("{first}@people.test")).await;
    owner.complete(&id).await;
    id
}

/// Three open requests — received 45, 25 and 2 days before now, so one
/// overdue, one due within 7 days and one later — and three records
/// completed under a 25-day period 26, 20 and 5 days before now: one
/// expired, one expiring in 5 days and one in 20. Returns the owner, who
/// did all of it, signed in at the end.
async fn what_waits(app: &TestApp, sink: &crate::mailbox::SmtpSink) -> Session {
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    keep_for(&owner, "P25D").await;
    for (name, email) in [
        ("Ola Overdue", "ola@people.test"),
        ("Sam Soon", "sam@people.test"),
        ("Lea Later", "lea@people.test"),
    ] {
        owner.customer(name, email).await;
    }
    let days = |n| app.clock.advance(TimeDelta::days(n));
    ask(app, "acme", "ola@people.test", "copy").await;
    verify(app, sink, "acme", "ola@people.test").await;
    days(19);
    completed(&app.login_owner(&t).await, "Exa Expired").await;
    days(1);
    ask(app, "acme", "sam@people.test", "erasure").await;
    verify(app, sink, "acme", "sam@people.test").await;
    days(5);
    completed(&app.login_owner(&t).await, "Fiona Five").await;
    days(15);
    completed(&app.login_owner(&t).await, "Twyla Twenty").await;
    days(3);
    ask(app, "acme", "lea@people.test", "copy").await;
    verify(app, sink, "acme", "lea@people.test").await;
    days(2);
    // The expired record and the requests' due dates raise their notices.
    run_jobs(&app.state).await;
    app.login_owner(&t).await
}

#[tokio::test]
async fn the_overview_counts_what_waits_and_each_count_opens_its_list() {
    let (app, sink) = app_with_smtp("").await;
    let admin = what_waits(&app, &sink).await;

    let api: Value = admin.json("/api/v1/overview").await;
    assert_eq!(
        api["records"],
        json!({ "expired": 1, "expiring_within_7_days": 1, "expiring_within_30_days": 2 }),
        "{api}"
    );
    assert_eq!(
        api["requests"],
        json!({ "open": 3, "overdue": 1, "due_soon": 1, "due_later": 1 }),
        "{api}"
    );
    let kinds = &api["notices"]["by_kind"];
    assert_eq!(kinds["customer.expired"], 1, "{api}");
    assert_eq!(kinds["request.overdue"], 1, "{api}");
    assert_eq!(kinds["request.due_soon"], 1, "{api}");
    assert_eq!(kinds["task.due"], 0, "every kind is counted");
    // Each verified request also raised a notice when it came in.
    assert_eq!(kinds["request.received"], 3, "{api}");
    assert_eq!(api["notices"]["open"], 6);

    // The page shows the same numbers, each linked to the list it counts.
    let (status, html) = page(&admin, "/").await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains("<h1>Overview</h1>"));
    for (key, n) in [
        ("records-expired", 1),
        ("records-expiring-7", 1),
        ("records-expiring-30", 2),
        ("requests-overdue", 1),
        ("requests-soon", 1),
        ("requests-later", 1),
        ("notices-customer-expired", 1),
        ("notices-request-overdue", 1),
        ("notices-request-due-soon", 1),
        ("notices-request-received", 3),
    ] {
        assert_eq!(tile(&html, key), n, "{key}");
    }
    assert!(!html.contains("count-notices-task-due"), "no empty kinds");
    for link in [
        "/customers?state=expired",
        "/customers?state=expiring&amp;within=7",
        "/customers?state=expiring&amp;within=30",
        "/requests?due=overdue",
        "/requests?due=soon",
        "/requests?due=later",
        "/notifications?kind=customer.expired",
    ] {
        assert!(html.contains(&format!("href=\"{link}\"")), "{link}: {html}");
    }
    // Late things say so in words, not by colour alone.
    assert!(html.contains("Expired, waiting for a decision <span class=\"badge bad\">late</span>"));

    // Each link lists what its count counted.
    let overdue: Value = admin.json("/api/v1/requests?due=overdue").await;
    assert_eq!(overdue["total"], 1);
    let (_, listed) = page(&admin, "/requests?due=soon").await;
    assert!(listed.contains("One request"), "{listed}");
    assert!(
        listed.contains(r#"">Erasure</a> <span class="muted ref">R-"#),
        "the one due soon is the erasure"
    );
    let (_, notices) = page(&admin, "/notifications?kind=customer.expired").await;
    assert!(notices.contains("One notice"), "{notices}");

    // The menu counts the open requests, the overdue in words too.
    assert!(html.contains(r#"Requests <span class="count" aria-hidden="true">3</span> <span class="count overdue" aria-hidden="true">1 overdue</span><span class="skip"> 3 open requests, 1 overdue</span>"#), "{html}");

    // The admin's own latest entries, in words, newest first.
    let activity = &html[html.find("Your recent activity").unwrap()..];
    let completed = activity.find("Record completed").expect("in words");
    let created = activity.find("Record created").expect("in words");
    assert!(completed < created, "newest first: {activity}");
    assert!(!activity.contains("customer.completed"), "words, not codes");
    assert!(activity.contains("/settings/audit?actor="));
}

#[tokio::test]
async fn a_viewer_sees_notices_and_records_but_no_requests() {
    let (app, sink) = app_with_smtp("").await;
    let admin = what_waits(&app, &sink).await;
    let viewer = viewer_of(&app, &admin).await;

    let api: Value = viewer.json("/api/v1/overview").await;
    assert!(api.get("requests").is_none(), "{api}");
    assert_eq!(api["records"]["expired"], 1);
    assert_eq!(api["notices"]["open"], 6, "three new requests among them");
    let (status, html) = page(&viewer, "/").await;
    assert_eq!(status, 200);
    assert_eq!(tile(&html, "records-expiring-30"), 2);
    assert_eq!(tile(&html, "notices-customer-expired"), 1);
    assert!(!html.contains("count-requests"), "{html}");
    assert!(
        !html.contains("href=\"/requests"),
        "no requests link in the menu"
    );
    assert!(html.contains(": Signed in"), "their own sign-in: {html}");
    assert!(
        !html.contains("/settings/audit?actor="),
        "the log is for admins"
    );

    // Another organisation's overview counts nothing of this one.
    let stranger = app.login_owner(&app.create_tenant("elsewhere").await).await;
    let theirs: Value = stranger.json("/api/v1/overview").await;
    assert_eq!(theirs["records"]["expiring_within_30_days"], 0);
    assert_eq!(theirs["requests"]["open"], 0);
    assert_eq!(theirs["notices"]["open"], 0);

    // Signed out, `/` is the sign-in page.
    let resp = app.anonymous().get("/").await;
    assert_eq!(resp.status(), 303);
    assert_eq!(resp.headers()["location"], "/login");
    let html = expect_text(app.anonymous().get("/login").await, 200).await;
    assert!(html.contains("Sign in"));
}

/// A viewer of the admin's organisation, signed in.
async fn viewer_of(app: &TestApp, admin: &Session) -> Session {
    let resp = admin
        .post(
            "/api/v1/users",
            json!({ "email": "vic@acme.test", "name": "Vic Viewer", "role": "viewer", "password": crate::helpers::PASSWORD }),
        )
        .await;
    expect(resp, 201).await;
    app.login("acme", "vic@acme.test", crate::helpers::PASSWORD)
        .await
}
