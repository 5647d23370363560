//! The lists of the desk beyond customers — requests, notices and the audit
//! log — with their totals, numbered pages, sorts and combined filters, on
//! the pages and the API alike; parameters that cannot be read are a 400
//! naming them; a refused answer to a request shows the queue again with
//! the fault next to the action and what was entered kept.

use chrono::TimeDelta;
use serde_json::{Value, json};
use steward::auth::Role;

use crate::{
    helpers::{Session, expect, expect_text, problem, run_jobs, spawn_app, submit},
    overview::keep_for,
    pages::page,
    requests::{app_with_smtp, ask, verify},
};

/// How many notices a list page shows (`<article class="card"`).
fn cards(html: &str) -> usize {
    html.matches("<article class=\"card\"").count()
}

/// A 400 page or problem naming `param`.
async fn refused_param(s: &Session, path: &str, param: &str) {
    let resp = s.get(path).await;
    if path.starts_with("/api/") {
        let p = problem(resp, 400).await;
        let named = p["errors"][param].is_string() || p["detail"].as_str().unwrap().contains(param);
        assert!(named, "{path}: {p}");
    } else {
        let html = expect_text(resp, 400).await;
        assert!(html.contains(&format!("{param}: ")), "{path}: {html}");
    }
}

#[tokio::test]
async fn notices_and_the_audit_log_count_page_and_filter() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    keep_for(&admin, "P1D").await;
    for i in 0..55 {
        let id = admin
            .customer(&format!("Pat Page {i}"), &format!("pat{i}@people.test"))
            .await;
        admin.complete(&id).await;
    }
    app.clock.advance(TimeDelta::days(2));
    run_jobs(&app.state).await;
    let admin = app.login_as(&t, Role::Admin).await;

    // Notices: 55 open, 50 a page, numbered.
    let (status, html) = page(&admin, "/notifications").await;
    assert_eq!(status, 200);
    assert!(html.contains("55 notices · page 1 of 2"), "{html}");
    assert_eq!(cards(&html), 50);
    assert!(html.contains(r#"href="/notifications?page=2" rel="next""#));
    assert!(html.contains(r#"href="/notifications?page=1" aria-current="page""#));
    let (_, html) = page(&admin, "/notifications?page=2").await;
    assert_eq!(cards(&html), 5);
    assert!(html.contains(r#"href="/notifications?page=1" rel="prev""#));
    // The filters combine, and the page links keep them.
    let (_, html) = page(
        &admin,
        "/notifications?show=open&kind=customer.expired&page=2",
    )
    .await;
    assert_eq!(cards(&html), 5, "{html}");
    assert!(
        html.contains("href=\"/notifications?show=open&amp;kind=customer.expired&amp;page=1\"")
    );
    assert!(html.contains(r#"<option value="customer.expired" selected>"#));
    let (_, html) = page(&admin, "/notifications?kind=request.overdue").await;
    assert!(html.contains("0 notices") && cards(&html) == 0, "{html}");

    // The API: the same filters, a page number or the cursor, and the total.
    let api: Value = admin
        .json("/api/v1/notifications?kind=customer.expired&page=2&limit=50")
        .await;
    assert_eq!(api["total"], 55);
    assert_eq!(api["items"].as_array().unwrap().len(), 5);
    let first: Value = admin.json("/api/v1/notifications?limit=50").await;
    let cursor = first["next_cursor"].as_str().unwrap();
    let rest: Value = admin
        .json(&format!("/api/v1/notifications?cursor={cursor}"))
        .await;
    assert_eq!(rest["items"], api["items"], "the cursor still pages");
    assert_eq!(rest["total"], 55);
    let none: Value = admin
        .json("/api/v1/notifications?kind=task.due&state=all")
        .await;
    assert_eq!(
        (
            none["total"].as_u64(),
            none["items"].as_array().unwrap().len()
        ),
        (Some(0), 0)
    );

    // One acknowledged: closed and open counted apart, "all" both.
    let id = api["items"][0]["id"].as_str().unwrap();
    expect(
        admin
            .post(&format!("/api/v1/notifications/{id}/ack"), json!({}))
            .await,
        200,
    )
    .await;
    let (_, html) = page(&admin, "/notifications?show=closed&kind=customer.expired").await;
    assert!(html.contains("One notice") && cards(&html) == 1, "{html}");
    let (_, html) = page(&admin, "/notifications?show=all").await;
    assert!(html.contains("55 notices"), "{html}");
    let open: Value = admin.json("/api/v1/notifications").await;
    assert_eq!(open["total"], 54);

    for (path, param) in [
        ("/notifications?kind=bogus", "kind"),
        ("/notifications?show=everything", "show"),
        ("/notifications?page=0", "page"),
        ("/api/v1/notifications?kind=bogus", "kind"),
        ("/api/v1/notifications?page=1&cursor=abc", "page"),
        ("/api/v1/notifications?page=0", "page"),
    ] {
        refused_param(&admin, path, param).await;
    }

    // The audit log: the total of what the filter matches, numbered pages.
    let created: Value = admin
        .json("/api/v1/audit?action=customer.created&page=2&limit=50")
        .await;
    assert_eq!(created["total"], 55, "{created}");
    assert_eq!(created["items"].as_array().unwrap().len(), 5);
    let all: Value = admin.json("/api/v1/audit?limit=1").await;
    let total = all["total"].as_u64().unwrap();
    assert!(total > 110, "{total}");
    let (status, html) = page(&admin, "/settings/audit").await;
    assert_eq!(status, 200);
    let pages = total.div_ceil(100);
    assert!(
        html.contains(&format!("{total} entries · page 1 of {pages}")),
        "{html}"
    );
    assert!(html.contains(r#"href="/settings/audit?page=2" rel="next""#));
    let (status, html) = page(&admin, "/settings/audit?action=customer.created&page=1").await;
    assert_eq!(status, 200);
    assert!(html.contains("55 entries"), "{html}");
    let (_, html) = page(&admin, "/settings/audit?page=2").await;
    assert!(html.contains(r#"href="/settings/audit?page=2" aria-current="page""#));
    assert_eq!(
        html.matches("<tr><td data-label=\"#\">").count(),
        100.min(total as usize - 100)
    );
    for (path, param) in [
        ("/settings/audit?page=two", "page"),
        ("/api/v1/audit?page=0", "page"),
        ("/api/v1/audit?page=2&cursor=abc", "page"),
    ] {
        refused_param(&admin, path, param).await;
    }
}

#[tokio::test]
async fn the_requests_queue_sorts_filters_pages_and_keeps_a_refused_answer() {
    let (app, sink) = app_with_smtp("").await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    owner.customer("Cora Copy", "cora@people.test").await;
    owner.customer("Eric Erasure", "eric@people.test").await;
    ask(&app, "acme", "cora@people.test", "copy").await;
    let copy = verify(&app, &sink, "acme", "cora@people.test").await["request_id"]
        .as_str()
        .unwrap()
        .to_owned();
    app.clock.advance(TimeDelta::days(3));
    ask(&app, "acme", "eric@people.test", "erasure").await;
    let erasure = verify(&app, &sink, "acme", "eric@people.test").await["request_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let staff = app.login_as(&t, Role::Staff).await;

    let ids = |v: &Value| -> Vec<String> {
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_owned())
            .collect()
    };
    let by_due: Value = staff.json("/api/v1/requests").await;
    assert_eq!(by_due["total"], 2);
    assert_eq!(ids(&by_due), [copy.clone(), erasure.clone()]);
    let newest: Value = staff.json("/api/v1/requests?sort=-received").await;
    assert_eq!(ids(&newest), [erasure.clone(), copy.clone()]);
    let latest_due: Value = staff.json("/api/v1/requests?sort=-due").await;
    assert_eq!(ids(&latest_due), [erasure.clone(), copy.clone()]);
    let erasures: Value = staff.json("/api/v1/requests?kind=erasure&due=later").await;
    assert_eq!(
        (erasures["total"].as_u64(), ids(&erasures)),
        (Some(1), vec![erasure.clone()])
    );
    let none: Value = staff.json("/api/v1/requests?kind=copy&overdue=1").await;
    assert_eq!(none["total"], 0);
    let second: Value = staff
        .json("/api/v1/requests?state=all&sort=received&limit=1&page=2")
        .await;
    assert_eq!(
        (second["total"].as_u64(), ids(&second)),
        (Some(2), vec![erasure.clone()])
    );

    let (_, html) = page(&staff, "/requests?sort=-received").await;
    let (e, c) = (
        html.find(&format!("id=\"r-{erasure}\"")).unwrap(),
        html.find(&format!("id=\"r-{copy}\"")).unwrap(),
    );
    assert!(e < c, "the newest first");
    assert!(html.contains("2 requests"));
    assert!(html.contains(r#"<option value="-received" selected>"#));
    let (_, html) = page(&staff, "/requests?kind=erasure").await;
    assert!(html.contains("One request") && !html.contains(&format!("id=\"r-{copy}\"")));
    assert!(html.contains(r#"<a href="/requests">Show all open requests</a>"#));

    for (path, param) in [
        ("/requests?sort=name", "sort"),
        ("/requests?due=tomorrow", "due"),
        ("/requests?page=-1", "page"),
        ("/api/v1/requests?sort=name", "sort"),
        ("/api/v1/requests?kind=everything", "kind"),
        ("/api/v1/requests?overdue=1&due=soon", "due"),
        ("/api/v1/requests?overdue=maybe", "overdue"),
        ("/api/v1/requests?page=0", "page"),
    ] {
        refused_param(&staff, path, param).await;
    }
    let p = problem(
        staff.get("/api/v1/requests?due=tomorrow&kind=all").await,
        400,
    )
    .await;
    assert!(
        p["errors"]["due"].is_string() && p["errors"]["kind"].is_string(),
        "{p}"
    );

    // A refused answer shows the queue again, the fault under the field
    // and what was typed kept; nothing changes.
    let before = app.fingerprint().await;
    let resp = submit(
        &staff,
        &format!("/requests/{copy}/reject"),
        &[("reason", "  ")],
    )
    .await;
    let html = expect_text(resp, 422).await;
    assert!(
        html.contains("<h1>Requests</h1>"),
        "the queue, not an error page"
    );
    assert!(html.contains(&format!(
        r#"<p class="field-error" id="reject-{copy}-error">“Why (the person is told)” must not be empty.</p>"#
    )), "{html}");
    assert!(html.contains("<details open><summary>Reject</summary>"));
    let resp = submit(
        &staff,
        &format!("/requests/{copy}/extend"),
        &[("months", "3"), ("reason", "Archives take time")],
    )
    .await;
    let html = expect_text(resp, 422).await;
    assert!(
        html.contains(&format!(r#"id="months-{copy}-error""#)),
        "{html}"
    );
    assert!(
        html.contains(">Archives take time</textarea>"),
        "what was typed stays"
    );
    assert!(
        !html.contains(&format!(r#"id="extend-{copy}-error""#)),
        "the reason was fine"
    );
    assert_eq!(app.fingerprint().await, before, "refusals change nothing");

    // Extended once; the second time the refusal stands next to the request.
    let resp = submit(
        &staff,
        &format!("/requests/{copy}/extend"),
        &[("months", "1"), ("reason", "Archives take time")],
    )
    .await;
    assert_eq!(resp.status(), 303);
    let resp = submit(
        &staff,
        &format!("/requests/{copy}/extend"),
        &[("months", "1"), ("reason", "Again")],
    )
    .await;
    let html = expect_text(resp, 409).await;
    assert!(html.contains(&format!(
        r#"<p class="problem" role="alert" id="r-{copy}-problem">the request was already extended</p>"#
    )), "{html}");
    // Staff may not shred: the refusal is shown beside the erasure request.
    let resp = submit(&staff, &format!("/requests/{erasure}/fulfil"), &[]).await;
    let html = expect_text(resp, 403).await;
    assert!(
        html.contains(&format!(r#"id="r-{erasure}-problem""#)),
        "{html}"
    );
    let r: Value = staff.json(&format!("/api/v1/requests/{erasure}")).await;
    assert_eq!(r["state"], "open");
}
