//! The everyday desk: the inbox (each notice names its record, ticked
//! notices are acknowledged at once, the menu counts the open ones) and the
//! audit log page (filters, names instead of IDs, export to CSV).

use chrono::TimeDelta;
use reqwest::Method;
use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{Session, TestApp, count, expect, problem, run_jobs, spawn_app, submit};
use crate::pages::page;

/// Completed records under a two-second retention period, brought up as
/// expired; their IDs, in the order of `names`.
async fn expired(app: &TestApp, admin: &Session, names: &[&str]) -> Vec<String> {
    let resp = admin
        .send(
            Method::PUT,
            "/api/v1/retention",
            Some(json!({ "expire_after": "PT2S", "action": "notify" })),
        )
        .await;
    expect(resp, 200).await;
    let mut ids = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let id = admin
            .create_customer(json!({ "name": name, "email": format!("c{i}@people.test") }))
            .await;
        admin.complete(&id).await;
        ids.push(id);
    }
    app.clock.advance(TimeDelta::seconds(3));
    run_jobs(&app.state).await;
    ids
}

/// The open notices' IDs by the record they are about.
async fn open_notices(s: &Session) -> Vec<(String, String)> {
    s.json("/api/v1/notifications?state=open").await["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["customer_id"].as_str().unwrap().to_owned(),
                n["id"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn notice_of(notices: &[(String, String)], customer: &str) -> String {
    notices
        .iter()
        .find(|(c, _)| c == customer)
        .unwrap()
        .1
        .clone()
}

/// The menu's count of open notices, as the layout shows it.
fn menu_count(html: &str) -> Option<u64> {
    let at = html.find("<span class=\"count\" aria-hidden=\"true\">")?;
    let rest = &html[at..];
    let rest = &rest[rest.find('>')? + 1..];
    rest[..rest.find('<')?].parse().ok()
}

#[tokio::test]
async fn the_inbox_names_each_record_and_acknowledges_the_ticked_notices() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let ids = expired(
        &app,
        &admin,
        &[
            "Ingrid Expiring",
            "Olúwaseun Expiring",
            "Zoë Expiring",
            "Ada Expiring",
        ],
    )
    .await;
    let notices = open_notices(&admin).await;
    assert_eq!(notices.len(), 4);
    let resp = admin
        .post(
            &format!("/api/v1/customers/{}/anonymize", ids[2]),
            json!({ "confirm": ids[2] }),
        )
        .await;
    expect(resp, 200).await;
    let resp = admin
        .post(
            &format!("/api/v1/customers/{}/shred", ids[3]),
            json!({ "confirm": ids[3] }),
        )
        .await;
    expect(resp, 200).await;

    // Each heading names the record and the reason; the menu counts the open ones.
    let staff = app.login_as(&t, Role::Staff).await;
    let (_, html) = page(&staff, "/notifications").await;
    let heading = format!("<a href=\"/customers/{}\">Ingrid Expiring</a>", ids[0]);
    let h2 = html
        .split("<h2")
        .find(|h| h.contains(&heading))
        .expect(&html);
    assert!(h2.contains("Retention period over"), "{h2}");
    assert_eq!(menu_count(&html), Some(2), "{html}");
    assert!(html.contains("form=\"bulk\""));

    // Closed ones say in one sentence why, and name what remains.
    let (_, closed) = page(&staff, "/notifications?show=closed").await;
    assert!(closed.contains("Anonymized record"), "{closed}");
    assert!(closed.contains("Record no longer held"), "{closed}");
    assert!(
        closed.contains("because the record was anonymized."),
        "{closed}"
    );
    assert!(
        closed.contains("because the record was shredded."),
        "{closed}"
    );
    assert!(
        !closed.contains("Record:") && !closed.contains("closed: "),
        "{closed}"
    );

    // A notice of another organisation among the ticked refuses the lot.
    let other = app.create_tenant("other").await;
    let stranger = app.login_as(&other, Role::Admin).await;
    let theirs = expired(&app, &stranger, &["Someone Else"]).await;
    let foreign = notice_of(&open_notices(&stranger).await, &theirs[0]);
    let (a, b) = (notice_of(&notices, &ids[0]), notice_of(&notices, &ids[1]));
    let viewer = app.login_as(&t, Role::Viewer).await;
    let before = app.fingerprint().await;
    let resp = submit(
        &staff,
        "/notifications/ack",
        &[("id", &a), ("id", &foreign)],
    )
    .await;
    assert_eq!(resp.status(), 422);
    let resp = submit(
        &staff,
        "/notifications/ack",
        &[("id", &a), ("id", "not-a-notice")],
    )
    .await;
    assert_eq!(resp.status(), 422);
    let p = problem(
        staff
            .post("/api/v1/notifications/ack", json!({ "ids": [a, foreign] }))
            .await,
        422,
    )
    .await;
    assert!(p["errors"]["ids"].is_string(), "{p}");
    problem(
        staff
            .post("/api/v1/notifications/ack", json!({ "ids": [] }))
            .await,
        400,
    )
    .await;
    let resp = submit(&viewer, "/notifications/ack", &[("id", &a)]).await;
    assert_eq!(resp.status(), 403);
    assert_eq!(app.fingerprint().await, before, "nothing changed");
    assert_eq!(open_notices(&stranger).await.len(), 1);

    // Nothing ticked says so; the ticked ones close, one audit entry each.
    let resp = submit(&staff, "/notifications/ack", &[]).await;
    assert_eq!(resp.status(), 303);
    let resp = submit(&staff, "/notifications/ack", &[("id", &a), ("id", &b)]).await;
    assert_eq!(resp.status(), 303);
    assert!(open_notices(&staff).await.is_empty());
    let (_, html) = page(&staff, "/notifications").await;
    assert!(html.contains("2 notices are acknowledged"), "{html}");
    assert_eq!(menu_count(&html), None, "no count when nothing is open");
    let acked = count(
        &app.state.db.main,
        "SELECT COUNT(*) FROM audit_log WHERE action = 'notification.acknowledged'",
    )
    .await;
    assert_eq!(acked, 2);
    let (_, closed) = page(&staff, "/notifications?show=closed").await;
    assert!(closed.contains("Acknowledged by A staff on"), "{closed}");
    // Acknowledged again: a conflict, not a second entry.
    let resp = submit(&staff, "/notifications/ack", &[("id", &a)]).await;
    assert_eq!(resp.status(), 409);
}

/// The table rows of an audit log page.
fn audit_rows(html: &str) -> usize {
    html.matches("<tr><td data-label=\"#\">").count()
}

#[tokio::test]
async fn the_audit_log_filters_names_people_and_exports_what_it_shows() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let staff = app.login_as(&t, Role::Staff).await;
    let evil = "=HYPERLINK(\"http://evil.example\",\"x\")";
    let body = expect(
        admin
            .post("/api/v1/tokens", json!({ "name": evil, "role": "staff" }))
            .await,
        201,
    )
    .await;
    let token_id = body["id"].as_str().unwrap().to_owned();
    let program = Session {
        bearer: Some(body["token"].as_str().unwrap().to_owned()),
        csrf: None,
        client: crate::helpers::client(),
        ..admin.clone()
    };
    let by_staff = staff.customer("Ingrid Staff", "i@people.test").await;
    admin.customer("Olúwaseun Admin", "o@people.test").await;
    program.customer("Zoë Program", "z@people.test").await;
    let resp = staff
        .patch(
            &format!("/api/v1/customers/{by_staff}"),
            json!({ "version": 1, "company": "Acme" }),
        )
        .await;
    expect(resp, 200).await;

    // Names and words instead of IDs and codes; the code stays beside them.
    let (_, html) = page(&admin, "/settings/audit").await;
    assert!(
        html.contains("Record created<br><code class=\"muted\">customer.created</code>"),
        "{html}"
    );
    assert!(html.contains("A staff") && html.contains("(API token)"));
    assert!(!html.contains(&format!("user {}", staff.user_id)), "{html}");

    let (status, short) = page(&admin, "/audit").await;
    assert_eq!(status, 200);
    assert_eq!(
        audit_rows(&short),
        audit_rows(&html),
        "/audit is the same page"
    );

    // Who and what combine.
    let q = format!(
        "/settings/audit?actor={}&action=customer.created",
        staff.user_id
    );
    let (status, html) = page(&admin, &q).await;
    assert_eq!(status, 200);
    assert_eq!(audit_rows(&html), 1, "{html}");
    assert!(html.contains(&format!("/customers/{by_staff}")));
    let (_, html) = page(&admin, &format!("/settings/audit?actor={token_id}")).await;
    assert_eq!(audit_rows(&html), 1, "{html}");
    assert!(html.contains("HYPERLINK"), "the token by its name");

    // A record: every entry about it, and only those.
    let (_, html) = page(&admin, &format!("/settings/audit?record={by_staff}")).await;
    let about = count(
        &app.state.db.main,
        format!("SELECT COUNT(*) FROM audit_log WHERE target_id = '{by_staff}'"),
    )
    .await;
    assert!(about >= 2, "created and updated");
    assert_eq!(audit_rows(&html) as i64, about, "{html}");

    // A time range: nothing tomorrow; bad ranges and IDs are named.
    let tomorrow = (app.clock.now() + TimeDelta::days(1))
        .format("%Y-%m-%d")
        .to_string();
    let today = app.clock.now().format("%Y-%m-%d").to_string();
    let (_, html) = page(&admin, &format!("/settings/audit?from={tomorrow}")).await;
    assert_eq!(audit_rows(&html), 0);
    assert!(html.contains("No entries match"), "{html}");
    let (_, html) = page(
        &admin,
        &format!("/settings/audit?from={today}&to={today}&action=customer.created"),
    )
    .await;
    assert_eq!(audit_rows(&html), 3, "{html}");
    let (status, html) = page(
        &admin,
        &format!("/settings/audit?from={tomorrow}&to={today}"),
    )
    .await;
    assert_eq!(status, 422);
    assert!(html.contains("id=\"f-to-error\""), "{html}");
    let (status, html) = page(&admin, "/settings/audit?actor=nobody&from=yesterday").await;
    assert_eq!(status, 422);
    assert!(html.contains("id=\"f-actor-error\""), "{html}");

    // The export holds exactly the filtered entries, formula cells made text,
    // and is itself audited with its row count.
    let resp = submit(
        &admin,
        "/settings/audit/export",
        &[("action", "customer.created")],
    )
    .await;
    assert_eq!(resp.status(), 200);
    assert!(
        resp.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    assert!(
        resp.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    let csv = resp.text().await.unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("seq,at,actor_kind,actor,"), "{csv}");
    assert_eq!(lines.len(), 4, "a header and three entries: {csv}");
    assert!(
        lines[1..]
            .iter()
            .all(|l| l.contains(",customer.created,Record created,")),
        "{csv}"
    );
    assert!(csv.contains("\"'=HYPERLINK("), "a formula is text: {csv}");
    let detail: String = {
        use sea_orm::{ConnectionTrait, Statement};
        let db = &app.state.db.main;
        let row = db
            .query_one_raw(Statement::from_string(
                db.get_database_backend(),
                "SELECT detail FROM audit_log WHERE action = 'audit.exported'",
            ))
            .await
            .unwrap()
            .expect("the export is audited");
        row.try_get("", "detail").unwrap()
    };
    let detail: Value = serde_json::from_str(&detail).unwrap();
    assert_eq!(detail["rows"], 3, "{detail}");
    assert_eq!(detail["filter"]["action"], "customer.created");
    let resp = submit(&admin, "/settings/audit/export", &[("to", "not a day")]).await;
    assert_eq!(resp.status(), 422);
    let resp = submit(&staff, "/settings/audit/export", &[]).await;
    assert_eq!(resp.status(), 403);

    // The API takes the same filters.
    let page = admin
        .json(&format!(
            "/api/v1/audit?action=customer.created&actor={token_id}"
        ))
        .await;
    assert_eq!(page["items"].as_array().unwrap().len(), 1, "{page}");
    let p = problem(admin.get("/api/v1/audit?action=DROP%20TABLE").await, 422).await;
    assert!(p["errors"]["action"].is_string(), "{p}");
    let p = problem(admin.get("/api/v1/audit?actor=nobody").await, 422).await;
    assert!(p["errors"]["actor"].is_string(), "{p}");
    // A control character cannot be in any ID (PostgreSQL refuses NUL in
    // text): a 422 naming the filter, on both databases, not a failed query.
    let p = problem(admin.get("/api/v1/audit?record=ab%00c%09").await, 422).await;
    assert!(p["errors"]["record"].is_string(), "{p}");
    let (status, _) = crate::pages::page(&admin, "/settings/audit?record=ab%00c").await;
    assert_eq!(status, 422);
}
