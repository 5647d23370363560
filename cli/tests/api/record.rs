//! The record's own story: its field history with values before and after
//! (only for roles that may see the field, gone with the record when it is
//! shredded) and its tasks, which raise a notice to their assignee when due.

use chrono::Duration;
use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};
use steward::auth::Role;

use crate::erasure::files_containing;
use crate::helpers::{Session, TestApp, count, expect, problem, run_jobs, spawn_app};

/// A record with a phone and an admin-only custom field, then changed once.
async fn changed_record(admin: &Session) -> String {
    let resp = admin
        .post(
            "/api/v1/fields",
            json!({ "key": "vat_id", "label": "VAT ID", "type": "text", "visible_to": "admin" }),
        )
        .await;
    expect(resp, 201).await;
    let created = expect(
        admin
            .post(
                "/api/v1/customers",
                json!({ "name": "Håkon Brekke", "phone": "+47 912 34 567", "fields": { "vat_id": "NO999888777" } }),
            )
            .await,
        201,
    )
    .await;
    let id = created["id"].as_str().unwrap().to_owned();
    let path = format!("/api/v1/customers/{id}");
    let body =
        json!({ "version": 1, "phone": "+47 400 00 001", "fields": { "vat_id": "NO111222333" } });
    expect(admin.patch(&path, body).await, 200).await;
    id
}

fn field<'a>(change: &'a Value, name: &str) -> &'a Value {
    change["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["field"] == name)
        .unwrap_or_else(|| panic!("{name} in {change}"))
}

#[tokio::test]
async fn history_shows_before_and_after_only_for_fields_the_role_may_see() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let staff = app.login_as(&t, Role::Staff).await;
    let id = changed_record(&admin).await;
    let path = format!("/api/v1/customers/{id}/history");

    let seen = admin.json(&path).await;
    let items = seen["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{seen}");
    assert_eq!(items[0]["actor_id"], admin.user_id.to_string());
    let phone = field(&items[0], "phone");
    assert_eq!(phone["before"], "+4791234567");
    assert_eq!(phone["after"], "+4740000001");
    let vat = field(&items[0], "fields.vat_id");
    assert_eq!(vat["label"], "VAT ID");
    assert_eq!(vat["values_shown"], true);
    assert_eq!(vat["before"], "NO999888777");
    assert_eq!(vat["after"], "NO111222333");

    // Staff may not see the VAT ID: they learn it changed, not from what to what.
    let seen = staff.json(&path).await;
    let change = &seen["items"][0];
    assert_eq!(field(change, "phone")["after"], "+4740000001");
    let vat = field(change, "fields.vat_id");
    assert_eq!(vat["values_shown"], false);
    assert!(
        vat.get("before").is_none() && vat.get("after").is_none(),
        "{vat}"
    );
    assert!(!seen.to_string().contains("NO111222333") && !seen.to_string().contains("NO999"));

    // Reads are audited; the audit row names no value.
    let audit = app
        .login_owner(&t)
        .await
        .json("/api/v1/audit")
        .await
        .to_string();
    assert!(audit.contains("customer.history_read"));
    assert!(!audit.contains("NO111222333") && !audit.contains("40000001"));
}

#[tokio::test]
async fn history_pages_newest_first_and_refuses_bad_cursors_and_other_tenants() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let id = admin.customer("Ama Mensah", "ama@people.test").await;
    let path = format!("/api/v1/customers/{id}");
    for (version, company) in [(1, "First Ltd"), (2, "Second Ltd"), (3, "Third Ltd")] {
        expect(
            admin
                .patch(&path, json!({ "version": version, "company": company }))
                .await,
            200,
        )
        .await;
    }
    let first = admin.json(&format!("{path}/history?limit=2")).await;
    assert_eq!(first["items"].as_array().unwrap().len(), 2);
    assert_eq!(field(&first["items"][0], "company")["after"], "Third Ltd");
    let cursor = first["next_cursor"].as_str().unwrap();
    let rest = admin
        .json(&format!("{path}/history?limit=2&cursor={cursor}"))
        .await;
    assert_eq!(rest["items"].as_array().unwrap().len(), 1);
    assert_eq!(field(&rest["items"][0], "company")["before"], Value::Null);
    assert!(rest.get("next_cursor").is_none());

    let p = problem(
        admin.get(&format!("{path}/history?cursor=bogus")).await,
        422,
    )
    .await;
    assert!(p["errors"]["cursor"].is_string(), "{p}");
    problem(admin.get(&format!("{path}/history?limit=0")).await, 400).await;
    let other = app.create_tenant("other").await;
    let stranger = app.login_as(&other, Role::Admin).await;
    problem(stranger.get(&format!("{path}/history")).await, 404).await;
}

/// The sealed history rows of a record, as stored (their first bytes).
async fn sealed_history(app: &TestApp, id: &str) -> Vec<Vec<u8>> {
    let main = &app.state.db.main;
    let rows = main
        .query_all_raw(Statement::from_string(
            main.get_database_backend(),
            format!(
                "SELECT sealed FROM field_changes WHERE customer_id = {}",
                app.uuid_sql(id.parse().unwrap())
            ),
        ))
        .await
        .unwrap();
    rows.into_iter()
        .map(|r| {
            let bytes: Vec<u8> = r.try_get_by_index(0).unwrap();
            bytes[..32].to_vec()
        })
        .collect()
}

#[tokio::test]
async fn field_history_is_gone_after_a_shred_with_no_bytes_left_in_any_file() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let id = changed_record(&admin).await;
    let traces = sealed_history(&app, &id).await;
    assert_eq!(traces.len(), 1);
    let sqlite = app.database_url.starts_with("sqlite");
    if sqlite {
        app.state.db.fold_logs().await.unwrap();
        assert!(!files_containing(app.dir.path(), &traces[0]).is_empty());
    }
    let resp = admin
        .post(
            &format!("/api/v1/customers/{id}/shred"),
            json!({ "confirm": id }),
        )
        .await;
    expect(resp, 200).await;
    let rows = count(
        &app.state.db.main,
        format!(
            "SELECT COUNT(*) FROM field_changes WHERE customer_id = {}",
            app.uuid_sql(id.parse().unwrap())
        ),
    )
    .await;
    assert_eq!(rows, 0);
    problem(
        admin.get(&format!("/api/v1/customers/{id}/history")).await,
        410,
    )
    .await;
    if sqlite {
        for trace in &traces {
            assert_eq!(
                files_containing(app.dir.path(), trace),
                Vec::<String>::new()
            );
        }
    }
}

fn tomorrow(app: &TestApp) -> String {
    (app.clock.now() + Duration::days(1))
        .format("%Y-%m-%d")
        .to_string()
}

#[tokio::test]
async fn a_task_is_listed_noticed_to_its_assignee_when_due_and_marked_done() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let staff = app.login_as(&t, Role::Staff).await;
    let id = admin.customer("Chidi Okafor", "chidi@people.test").await;
    let tasks = format!("/api/v1/customers/{id}/tasks");
    let soon = (app.clock.now() + Duration::minutes(10)).to_rfc3339();
    let task = expect(
        admin
            .post(
                &tasks,
                json!({ "text": "Call Chidi about the renewal", "due_at": soon, "assignee_id": staff.user_id }),
            )
            .await,
        201,
    )
    .await;
    assert_eq!(task["assignee_id"], staff.user_id.to_string());
    assert_eq!(task["done"], false);
    let task_id = task["id"].as_str().unwrap().to_owned();
    let listed = staff.json(&tasks).await;
    assert_eq!(listed[0]["text"], "Call Chidi about the renewal");

    // Not due yet: no notice.
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["tasks_due"], 0);
    app.clock.advance(Duration::minutes(20));
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["tasks_due"], 1);
    // Raised once, however often the jobs run.
    assert_eq!(run_jobs(&app.state).await["tasks_due"], 0);
    let notices = staff.json("/api/v1/notifications?state=open").await;
    let notice = notices["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["kind"] == "task.due")
        .unwrap_or_else(|| panic!("{notices}"))
        .clone();
    assert_eq!(notice["assignee_id"], staff.user_id.to_string());
    assert_eq!(notice["task_id"], task_id);
    assert_eq!(notice["customer_id"], id);
    // The notice names no words of the task.
    assert!(!notices.to_string().contains("renewal"));

    let done = expect(
        staff
            .post(&format!("{tasks}/{task_id}/done"), json!({}))
            .await,
        200,
    )
    .await;
    assert_eq!(done["done"], true);
    assert_eq!(done["done_by"], staff.user_id.to_string());
    problem(
        staff
            .post(&format!("{tasks}/{task_id}/done"), json!({}))
            .await,
        409,
    )
    .await;
    let open = staff.json("/api/v1/notifications?state=open").await;
    assert!(!open.to_string().contains(&task_id), "{open}");
    let audit = app
        .login_owner(&t)
        .await
        .json("/api/v1/audit")
        .await
        .to_string();
    assert!(audit.contains("customer.task_added") && audit.contains("customer.task_done"));
    assert!(!audit.contains("renewal"));
}

#[tokio::test]
async fn a_task_needs_a_sane_due_date_a_user_of_the_tenant_and_bounded_text() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let viewer = app.login_as(&t, Role::Viewer).await;
    let other = app.create_tenant("other").await;
    let outsider = app.login_as(&other, Role::Staff).await;
    let id = admin.customer("Mei Chen", "mei@people.test").await;
    let tasks = format!("/api/v1/customers/{id}/tasks");
    let me = admin.user_id;
    let before = app.fingerprint().await;
    for (body, field) in [
        (
            json!({ "text": "Call", "due_at": "", "assignee_id": me }),
            "due_at",
        ),
        (
            json!({ "text": "Call", "due_at": "2020-01-01", "assignee_id": me }),
            "due_at",
        ),
        (
            json!({ "text": "Call", "due_at": "next March", "assignee_id": me }),
            "due_at",
        ),
        (
            json!({ "text": "Call", "due_at": "2999-01-01", "assignee_id": me }),
            "due_at",
        ),
        (
            json!({ "text": "Call", "due_at": tomorrow(&app) }),
            "assignee_id",
        ),
        (
            json!({ "text": "Call", "due_at": tomorrow(&app), "assignee_id": outsider.user_id }),
            "assignee_id",
        ),
        (
            json!({ "text": "  ", "due_at": tomorrow(&app), "assignee_id": me }),
            "text",
        ),
        (
            json!({ "text": "x".repeat(501), "due_at": tomorrow(&app), "assignee_id": me }),
            "text",
        ),
    ] {
        let p = problem(admin.post(&tasks, body.clone()).await, 422).await;
        assert!(p["errors"][field].is_string(), "{body} → {p}");
    }
    problem(
        admin
            .post(&tasks, json!({ "due_at": tomorrow(&app) }))
            .await,
        422,
    )
    .await;
    let ok = json!({ "text": "Call", "due_at": tomorrow(&app), "assignee_id": me });
    problem(viewer.post(&tasks, ok.clone()).await, 403).await;
    problem(outsider.post(&tasks, ok.clone()).await, 404).await;
    let unknown = uuid::Uuid::now_v7();
    problem(
        admin
            .post(&format!("{tasks}/{unknown}/done"), json!({}))
            .await,
        404,
    )
    .await;
    assert_eq!(app.fingerprint().await, before);
}

#[tokio::test]
async fn tasks_go_with_the_record_when_it_is_shredded() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let id = admin.customer("Olu Bello", "olu@people.test").await;
    let tasks = format!("/api/v1/customers/{id}/tasks");
    let body = json!({ "text": "Send the contract", "due_at": tomorrow(&app), "assignee_id": admin.user_id });
    expect(admin.post(&tasks, body).await, 201).await;
    let sql = format!(
        "SELECT COUNT(*) FROM tasks WHERE customer_id = {}",
        app.uuid_sql(id.parse().unwrap())
    );
    assert_eq!(count(&app.state.db.main, sql.clone()).await, 1);
    let resp = admin
        .post(
            &format!("/api/v1/customers/{id}/shred"),
            json!({ "confirm": id }),
        )
        .await;
    expect(resp, 200).await;
    assert_eq!(count(&app.state.db.main, sql).await, 0);
}

#[tokio::test]
async fn the_record_page_sums_up_views_and_adds_and_completes_tasks() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let id = admin.customer("Ines Duarte", "ines@people.test").await;
    let page = format!("/customers/{id}");
    crate::helpers::expect_text(admin.get(&page).await, 200).await;
    let html = crate::helpers::expect_text(admin.get(&page).await, 200).await;
    assert!(
        html.contains("Viewed") && html.contains("by one person"),
        "{html}"
    );
    let read = r#"Record opened<br><code class="muted">customer.read</code>"#;
    assert!(!html.contains(read), "{html}");
    let html =
        crate::helpers::expect_text(admin.get(&format!("{page}?reads=show")).await, 200).await;
    assert!(html.contains(read), "{html}");

    let me = admin.user_id.to_string();
    let due = tomorrow(&app);
    let fields = [
        ("text", "Send the brochure"),
        ("due", due.as_str()),
        ("assignee", me.as_str()),
    ];
    let resp = crate::helpers::submit(&admin, &format!("{page}/tasks"), &fields).await;
    assert_eq!(resp.status(), 303);
    let html = crate::helpers::expect_text(admin.get(&page).await, 200).await;
    assert!(html.contains("Send the brochure") && html.contains("Mark done"));
    assert!(html.contains("Task added"), "the timeline tells it");
    let task = admin.json(&format!("/api/v1/customers/{id}/tasks")).await[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let resp = crate::helpers::submit(&admin, &format!("{page}/tasks/{task}/done"), &[]).await;
    assert_eq!(resp.status(), 303);
    let html = crate::helpers::expect_text(admin.get(&page).await, 200).await;
    assert!(html.contains("<s>Send the brochure</s>") && !html.contains("Mark done"));
    // A task refused on the page leaves a message, not a broken page.
    let bad = [
        ("text", "Late"),
        ("due", "2020-01-01"),
        ("assignee", me.as_str()),
    ];
    let resp = crate::helpers::submit(&admin, &format!("{page}/tasks"), &bad).await;
    assert!(resp.status().is_client_error() || resp.status() == 303);
    assert_eq!(
        admin
            .json(&format!("/api/v1/customers/{id}/tasks"))
            .await
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

/// A user of the tenant named `name`, with `role`, signed in.
async fn user_named(
    app: &TestApp,
    t: &crate::helpers::Tenant,
    (name, email): (&str, &str),
    role: Role,
) -> Session {
    let owner = app.login_owner(t).await;
    let password = crate::helpers::PASSWORD;
    let body = json!({ "email": email, "name": name, "role": role.as_str(), "password": password });
    expect(owner.post("/api/v1/users", body).await, 201).await;
    app.login(&t.slug, email, password).await
}

/// The timeline tells the steps of the data-subject requests that matched
/// the record (received and confirmed by the person, extended and rejected
/// by staff, named) and its hold, release and anonymization, newest first,
/// in words.
#[tokio::test]
async fn the_timeline_tells_the_records_requests_and_erasure_in_order() {
    let (app, sink) = crate::requests::app_with_smtp("").await;
    let t = app.create_tenant("acme").await;
    let admin = user_named(&app, &t, ("Ada Admin", "ada@acme.test"), Role::Admin).await;
    let id = admin.customer("Bo Lindqvist", "bo@people.test").await;
    let other = admin.customer("Someone Else", "else@people.test").await;
    crate::requests::ask(&app, "acme", "bo@people.test", "copy").await;
    app.clock.advance(Duration::minutes(5));
    let verified = crate::requests::verify(&app, &sink, "acme", "bo@people.test").await;
    let req = verified["request_id"].as_str().unwrap().to_owned();
    app.clock.advance(Duration::minutes(5));
    let extend = json!({ "months": 1, "reason": "We are gathering the archives." });
    expect(
        admin
            .post(&format!("/api/v1/requests/{req}/extend"), extend)
            .await,
        200,
    )
    .await;
    app.clock.advance(Duration::minutes(5));
    admin.hold(&id, "a dispute").await;
    app.clock.advance(Duration::minutes(5));
    let release = json!({ "on": false });
    expect(
        admin
            .post(&format!("/api/v1/customers/{id}/hold"), release)
            .await,
        200,
    )
    .await;
    app.clock.advance(Duration::minutes(5));
    let reject = json!({ "reason": "We hold no copy to send beyond what you have." });
    expect(
        admin
            .post(&format!("/api/v1/requests/{req}/reject"), reject)
            .await,
        200,
    )
    .await;
    app.clock.advance(Duration::minutes(5));
    let anonymize = json!({ "confirm": id });
    expect(
        admin
            .post(&format!("/api/v1/customers/{id}/anonymize"), anonymize)
            .await,
        200,
    )
    .await;

    let staff = user_named(&app, &t, ("Kim Staff", "kim@acme.test"), Role::Staff).await;
    let html = crate::helpers::expect_text(staff.get(&format!("/customers/{id}")).await, 200).await;
    let order = [
        "<p>Record anonymized</p>",
        "<p>Data request rejected: copy of data",
        "<p>Legal hold released</p>",
        "<p>Legal hold placed</p>",
        "<p>Data request deadline extended: copy of data",
        "<p>Data request confirmed by email: copy of data",
        "<p>Data request received: copy of data",
    ];
    let at: Vec<usize> = order
        .iter()
        .map(|m| html.find(m).unwrap_or_else(|| panic!("{m} in {html}")))
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "newest first: {at:?}");
    assert!(html.contains(&format!(
        r#"<a href="/requests/{req}">open the request</a>"#
    )));
    // Staff acted by name; the person through the portal.
    assert!(html.contains("· Ada Admin</p>"), "{html}");
    assert!(html.contains("· the customer</p>"), "{html}");
    assert!(!html.contains("customer.anonymized"), "words, not codes");
    // Another record's timeline does not tell this one's request.
    let html =
        crate::helpers::expect_text(staff.get(&format!("/customers/{other}")).await, 200).await;
    assert!(!html.contains("Data request"), "{html}");
}

/// A task that came due is noticed to its assignee only: in their inbox,
/// their menu's count and the API, not another staff user's (who cannot
/// acknowledge it either); admins oversee every notice. The record's task
/// list names the assignee.
#[tokio::test]
async fn a_due_task_is_noticed_to_its_assignee_and_not_to_other_staff() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let admin = app.login_as(&t, Role::Admin).await;
    let kim = user_named(&app, &t, ("Kim Assigned", "kim@acme.test"), Role::Staff).await;
    let lee = user_named(&app, &t, ("Lee Other", "lee@acme.test"), Role::Staff).await;
    let id = admin.customer("Chidi Okafor", "chidi@people.test").await;
    let soon = (app.clock.now() + Duration::minutes(10)).to_rfc3339();
    let body = json!({ "text": "Call back", "due_at": soon, "assignee_id": kim.user_id });
    expect(
        admin
            .post(&format!("/api/v1/customers/{id}/tasks"), body)
            .await,
        201,
    )
    .await;
    let html = crate::helpers::expect_text(lee.get(&format!("/customers/{id}")).await, 200).await;
    assert!(html.contains("for Kim Assigned"), "{html}");
    app.clock.advance(Duration::minutes(20));
    assert_eq!(run_jobs(&app.state).await["tasks_due"], 1);

    let task_notices = |v: &Value| -> Vec<Value> {
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|n| n["kind"] == "task.due")
            .cloned()
            .collect()
    };
    let mine = kim.json("/api/v1/notifications?state=open").await;
    let mine = task_notices(&mine);
    assert_eq!(mine.len(), 1);
    let notice = mine[0]["id"].as_str().unwrap().to_owned();
    let theirs = lee.json("/api/v1/notifications?state=open").await;
    assert!(task_notices(&theirs).is_empty(), "{theirs}");
    let overseen = admin.json("/api/v1/notifications?state=open").await;
    assert_eq!(task_notices(&overseen).len(), 1, "{overseen}");

    // The inbox pages and the menus' counts alike.
    let kim_inbox = crate::helpers::expect_text(kim.get("/notifications").await, 200).await;
    assert!(
        kim_inbox.contains(&format!(r#"id="n-{notice}""#)),
        "{kim_inbox}"
    );
    assert!(kim_inbox.contains(r#"<span class="count" aria-hidden="true">1</span>"#));
    let lee_inbox = crate::helpers::expect_text(lee.get("/notifications").await, 200).await;
    assert!(!lee_inbox.contains(&notice), "{lee_inbox}");
    assert!(!lee_inbox.contains(r#"<span class="count""#), "{lee_inbox}");

    // Lee cannot acknowledge what is not theirs; Kim can.
    problem(
        lee.post(&format!("/api/v1/notifications/{notice}/ack"), json!({}))
            .await,
        404,
    )
    .await;
    expect(
        kim.post(&format!("/api/v1/notifications/{notice}/ack"), json!({}))
            .await,
        200,
    )
    .await;
}
