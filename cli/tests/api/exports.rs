//! Exporting a customer list view: the same view as the list (filter and
//! search) without its page limit, the columns the role may see, CSV and
//! XLSX; one download by the one who asked, then the file is gone; each
//! export audited with its row count and never the search words; admins
//! can switch exports off for staff.

use std::io::Cursor;

use calamine::{Reader, Xlsx};
use chrono::TimeDelta;
use reqwest::Method;
use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{
    Session, Tenant, TestApp, count, expect, expect_status, expect_text, form_token, problem,
    run_jobs, spawn_app, spawn_app_with, submit,
};

/// Starts an export of `body` (format, state, q); the export.
async fn export(s: &Session, body: Value) -> Value {
    expect(s.post("/api/v1/exports", body).await, 201).await
}

/// The export's file, downloaded through its link.
async fn download(s: &Session, export: &Value) -> reqwest::Response {
    let url = export["download_url"].as_str().expect("a download link");
    s.get(url).await
}

/// A CSV file's rows, its byte-order mark checked and taken off.
fn csv_rows(bytes: &[u8]) -> Vec<Vec<String>> {
    let text = std::str::from_utf8(bytes).expect("UTF-8");
    let text = text
        .strip_prefix('\u{FEFF}')
        .expect("a byte-order mark first");
    let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    rows
}

/// The column `name` of a file's rows (header first).
fn column(rows: &[Vec<String>], name: &str) -> Vec<String> {
    let at = rows[0]
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {:?}", rows[0]));
    rows[1..].iter().map(|r| r[at].clone()).collect()
}

/// The tenant's audit entries with `action`, newest first.
async fn audited(owner: &Session, action: &str) -> Vec<Value> {
    let log = owner.json("/api/v1/audit?limit=200").await;
    log["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == action)
        .cloned()
        .collect()
}

struct Shop {
    app: TestApp,
    t: Tenant,
    owner: Session,
    staff: Session,
}

/// A tenant with a staff-visible and an admin-only custom field, and three
/// customers: one with a phone, field values and consent, one whose company
/// would start a formula, one complete.
async fn shop(app: TestApp) -> Shop {
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    for body in [
        json!({ "key": "tier", "label": "Tier", "type": "text" }),
        json!({ "key": "vat_id", "label": "VAT ID", "type": "text", "visible_to": "admin" }),
    ] {
        expect(owner.post("/api/v1/fields", body).await, 201).await;
    }
    let staff = app.login_as(&t, Role::Staff).await;
    // Only an admin may give the admin-only field a value.
    let ann = owner
        .create_customer(json!({
            "name": "Ann Zoë Ødegård", "email": "ann@example.test", "phone": "+49 30 1234567",
            "company": "Acme, \"the\" shop", "fields": { "tier": "gold", "vat_id": "DE123" }
        }))
        .await;
    staff.consent(&ann, "marketing_email", true).await;
    staff
        .create_customer(json!({
            "name": "Bob Formula", "email": "bob@example.test",
            "company": "=HYPERLINK(\"http://evil.test\")"
        }))
        .await;
    let cid = staff.customer("Cid Done", "cid@example.test").await;
    staff.complete(&cid).await;
    Shop {
        app,
        t,
        owner,
        staff,
    }
}

#[tokio::test]
async fn a_csv_export_holds_the_whole_view_with_the_columns_the_role_may_see() {
    let Shop {
        app: _app,
        owner,
        staff,
        ..
    } = shop(spawn_app().await).await;
    let e = export(&staff, json!({ "format": "csv" })).await;
    assert_eq!(e["state"], "ready");
    assert_eq!(e["rows"], 3);
    assert_eq!(e["format"], "csv");
    let resp = expect_status(download(&staff, &e).await, 200).await;
    let header = |n: &str| resp.headers()[n].to_str().unwrap().to_owned();
    assert_eq!(header("content-type"), "text/csv; charset=utf-8");
    let day = chrono::Utc::now().format("%Y-%m-%d");
    assert_eq!(
        header("content-disposition"),
        format!("attachment; filename=\"customers-{day}.csv\"")
    );
    let rows = csv_rows(&resp.bytes().await.unwrap());
    assert_eq!(rows.len(), 4, "a header and every record: {rows:?}");
    assert!(rows[0].contains(&"tier".to_owned()), "{:?}", rows[0]);
    assert!(
        !rows[0].contains(&"vat_id".to_owned()) && !rows.concat().contains(&"DE123".to_owned()),
        "an admin-only field is not in a staff export: {rows:?}"
    );
    assert_eq!(
        column(&rows, "name"),
        ["Ann Zoë Ødegård", "Bob Formula", "Cid Done"]
    );
    assert_eq!(column(&rows, "company")[0], "Acme, \"the\" shop");
    assert_eq!(column(&rows, "tier")[0], "gold");
    assert_eq!(column(&rows, "state"), ["active", "active", "complete"]);
    assert_eq!(column(&rows, "marketing_email consent"), ["yes", "", ""]);
    // Cells a spreadsheet would run as a formula are made text.
    assert_eq!(
        column(&rows, "company")[1],
        "'=HYPERLINK(\"http://evil.test\")"
    );
    assert_eq!(column(&rows, "phone")[0], "'+49301234567");

    // Once: the file is gone after its download.
    let again = problem(download(&staff, &e).await, 410).await;
    assert!(again["detail"].as_str().unwrap().contains("downloaded"));
    let id = e["id"].as_str().unwrap();
    let now = staff.json(&format!("/api/v1/exports/{id}")).await;
    assert_eq!(now["state"], "downloaded");
    assert!(now.get("download_url").is_none());

    // An admin's export has the admin-only field.
    let e = export(&owner, json!({ "format": "csv" })).await;
    let rows = csv_rows(&download(&owner, &e).await.bytes().await.unwrap());
    assert_eq!(column(&rows, "vat_id")[0], "DE123");
}

#[tokio::test]
async fn an_xlsx_export_reads_back_as_a_workbook() {
    let Shop {
        app: _app, staff, ..
    } = shop(spawn_app().await).await;
    let e = export(&staff, json!({ "format": "xlsx", "state": "active" })).await;
    assert_eq!(e["rows"], 2);
    let resp = expect_status(download(&staff, &e).await, 200).await;
    assert_eq!(
        resp.headers()["content-type"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    assert!(
        resp.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .ends_with(".xlsx\"")
    );
    let bytes = resp.bytes().await.unwrap().to_vec();
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let sheet = book.worksheet_range_at(0).unwrap().unwrap();
    let rows: Vec<Vec<String>> = sheet
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert_eq!(column(&rows, "name"), ["Ann Zoë Ødegård", "Bob Formula"]);
    // A workbook's text cells are never formulas: kept as they are.
    assert_eq!(
        column(&rows, "company")[1],
        "=HYPERLINK(\"http://evil.test\")"
    );
    assert_eq!(column(&rows, "phone")[0], "+49301234567");
}

#[tokio::test]
async fn filters_and_search_are_honoured_and_audited_without_the_search_words() {
    let Shop {
        app: _app,
        owner,
        staff,
        ..
    } = shop(spawn_app().await).await;
    let done = export(&staff, json!({ "format": "csv", "state": "complete" })).await;
    let rows = csv_rows(&download(&staff, &done).await.bytes().await.unwrap());
    assert_eq!(column(&rows, "name"), ["Cid Done"]);

    let found = export(&staff, json!({ "format": "csv", "q": "bob@example.test" })).await;
    assert_eq!(found["rows"], 1);
    let rows = csv_rows(&download(&staff, &found).await.bytes().await.unwrap());
    assert_eq!(column(&rows, "email"), ["bob@example.test"]);
    let named = export(&staff, json!({ "format": "csv", "q": "odeg" })).await;
    assert_eq!(named["rows"], 1);

    let exported = audited(&owner, "customers.exported").await;
    assert_eq!(exported.len(), 3);
    let by_email = exported
        .iter()
        .find(|e| e["target_id"] == found["id"])
        .expect("the export is the entry's target");
    assert_eq!(by_email["detail"]["rows"], 1);
    assert_eq!(by_email["detail"]["format"], "csv");
    assert_eq!(by_email["detail"]["filters"]["searched"], true);
    let filtered = exported.last().unwrap();
    assert_eq!(filtered["detail"]["filters"]["state"], "complete");
    assert_eq!(filtered["detail"]["filters"]["searched"], false);
    assert_eq!(filtered["detail"]["rows"], 1);
    assert_eq!(audited(&owner, "export.downloaded").await.len(), 2);
    // What was read is audited as a list's reads are.
    let listed = audited(&owner, "customer.listed").await;
    assert!(listed.iter().any(|e| e["detail"]["export"] == found["id"]));
    let log = owner.json("/api/v1/audit?limit=200").await.to_string();
    assert!(
        !log.contains("bob@example") && !log.contains("odeg"),
        "no search words in the audit log"
    );
}

#[tokio::test]
async fn viewers_cannot_export_and_admins_can_switch_it_off_for_staff() {
    let Shop {
        app,
        t,
        owner,
        staff,
    } = shop(spawn_app().await).await;
    let viewer = app.login_as(&t, Role::Viewer).await;
    problem(
        viewer
            .post("/api/v1/exports", json!({ "format": "csv" }))
            .await,
        403,
    )
    .await;

    let tenant = owner.json("/api/v1/tenant").await;
    assert_eq!(tenant["staff_may_export"], true, "on by default");
    let off = json!({ "staff_may_export": false });
    let changed = expect(owner.patch("/api/v1/tenant", off).await, 200).await;
    assert_eq!(changed["staff_may_export"], false);
    let refused = problem(
        staff
            .post("/api/v1/exports", json!({ "format": "csv" }))
            .await,
        403,
    )
    .await;
    assert!(
        refused["detail"]
            .as_str()
            .unwrap()
            .contains("switched exports off for staff"),
        "{refused}"
    );
    assert_eq!(
        count(&app.state.db.main, "SELECT COUNT(*) FROM exports").await,
        0
    );
    // Admins and owners always may.
    export(&owner, json!({ "format": "xlsx" })).await;
    let switched = audited(&owner, "tenant.settings_changed").await;
    assert_eq!(switched[0]["detail"]["staff_may_export"]["to"], false);
}

#[tokio::test]
async fn bad_input_is_refused_naming_the_field_and_keeps_nothing() {
    let Shop { app, staff, .. } = shop(spawn_app().await).await;
    for (body, field) in [
        (json!({ "format": "pdf" }), "format"),
        (json!({ "format": "csv", "state": "archived" }), "state"),
        (json!({ "format": "csv", "q": "a@" }), "q"),
    ] {
        let p = problem(staff.post("/api/v1/exports", body).await, 422).await;
        assert!(p["errors"][field].is_string(), "{p}");
    }
    assert_eq!(
        count(&app.state.db.main, "SELECT COUNT(*) FROM exports").await,
        0
    );
    assert_eq!(
        count(&app.state.db.keys, "SELECT COUNT(*) FROM export_keys").await,
        0
    );
}

#[tokio::test]
async fn only_the_one_who_asked_downloads_and_only_with_the_link() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    staff.customer("Ann Example", "ann@example.test").await;
    let other = app.login_as(&t, Role::Staff).await;
    let owner = app.login_owner(&t).await;
    let e = export(&staff, json!({ "format": "csv" })).await;
    let id = e["id"].as_str().unwrap();
    for s in [&other, &owner] {
        problem(s.get(&format!("/api/v1/exports/{id}")).await, 404).await;
        problem(download(s, &e).await, 404).await;
    }
    let anonymous = app.anonymous();
    expect_status(download(&anonymous, &e).await, 401).await;
    let wrong = format!("/api/v1/exports/{id}/download?token=not-the-token");
    problem(staff.get(&wrong).await, 403).await;
    // None of that used the download up.
    let rows = csv_rows(&download(&staff, &e).await.bytes().await.unwrap());
    assert_eq!(rows.len(), 2);
}

#[tokio::test]
async fn a_large_view_is_written_in_the_background() {
    let app = spawn_app_with("exports.inline_rows = 2\n").await;
    let Shop {
        app: _app, staff, ..
    } = shop(app).await;
    for i in 0..4 {
        staff
            .customer(
                &format!("More Person {i}"),
                &format!("more{i}@example.test"),
            )
            .await;
    }
    let e = export(&staff, json!({ "format": "csv" })).await;
    assert_eq!(e["state"], "running");
    let id = e["id"].as_str().unwrap();
    let mut now = e.clone();
    for _ in 0..200 {
        now = staff.json(&format!("/api/v1/exports/{id}")).await;
        if now["state"] != "running" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(now["state"], "ready", "{now}");
    assert_eq!(now["rows"], 7);
    // The link the first answer gave is the one that works.
    assert_eq!(now["download_url"], e["download_url"]);
    let rows = csv_rows(&download(&staff, &e).await.bytes().await.unwrap());
    assert_eq!(rows.len(), 8);
}

#[tokio::test]
async fn a_file_whose_writer_stopped_is_written_by_the_job_runner() {
    let Shop { app, staff, .. } = shop(spawn_app().await).await;
    let e = export(&staff, json!({ "format": "csv", "state": "active" })).await;
    let id: uuid::Uuid = e["id"].as_str().unwrap().parse().unwrap();
    // As an instance that stopped while writing leaves it.
    let past = (app.clock.now() - TimeDelta::minutes(5)).to_rfc3339();
    app.sql(&format!(
        "UPDATE exports SET state = 'running', rows = 0, lease_until = '{past}' WHERE id = {}",
        app.uuid_sql(id)
    ))
    .await;
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["exports"]["taken_over"], 1, "{summary}");
    let now = staff.json(&format!("/api/v1/exports/{id}")).await;
    assert_eq!(now["state"], "ready");
    assert_eq!(now["rows"], 2);
    let rows = csv_rows(&download(&staff, &now).await.bytes().await.unwrap());
    assert_eq!(rows.len(), 3, "written once, not twice: {rows:?}");
}

#[tokio::test]
async fn a_file_not_downloaded_in_time_is_deleted_with_its_key() {
    let Shop { app, t, .. } = shop(spawn_app().await).await;
    // A program's token: it outlives the hour, as a session would not.
    let program = app.token(&t, Role::Staff).await;
    let e = export(&program, json!({ "format": "xlsx" })).await;
    assert!(count(&app.state.db.main, "SELECT COUNT(*) FROM export_chunks").await > 0);
    app.clock.advance(TimeDelta::minutes(59));
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["exports"]["expired"], 0, "{summary}");
    app.clock.advance(TimeDelta::minutes(2));
    let summary = run_jobs(&app.state).await;
    assert_eq!(summary["exports"]["expired"], 1, "{summary}");
    let gone = problem(download(&program, &e).await, 410).await;
    assert!(
        gone["detail"].as_str().unwrap().contains("expired"),
        "{gone}"
    );
    assert_eq!(
        count(&app.state.db.main, "SELECT COUNT(*) FROM export_chunks").await,
        0
    );
    assert_eq!(
        count(&app.state.db.keys, "SELECT COUNT(*) FROM export_keys").await,
        0
    );
}

#[tokio::test]
async fn an_exported_file_imports_back_as_updates_of_every_record() {
    let Shop {
        app: _app, staff, ..
    } = shop(spawn_app().await).await;
    let e = export(&staff, json!({ "format": "csv" })).await;
    let bytes = download(&staff, &e).await.bytes().await.unwrap().to_vec();
    let resp = staff
        .raw(Method::POST, "/api/v1/imports", "text/csv", bytes)
        .await;
    let import = expect(resp, 201).await;
    assert_eq!(import["counts"]["update"], 3, "{import}");
    assert_eq!(import["counts"]["refused"], 0, "{import}");
    assert_eq!(import["counts"]["create"], 0, "{import}");
}

#[tokio::test]
async fn the_list_page_exports_its_view_through_a_form() {
    let Shop {
        app: _app, staff, ..
    } = shop(spawn_app().await).await;
    let page = expect_text(staff.get("/customers?state=complete").await, 200).await;
    assert!(page.contains("action=\"/exports\""), "an export control");
    let csrf = form_token(&page);
    let s = crate::helpers::Session {
        csrf: Some(csrf),
        ..staff.clone()
    };
    let resp = submit(
        &s,
        "/exports",
        &[("format", "csv"), ("state", "complete"), ("q", "cid")],
    )
    .await;
    assert_eq!(resp.status().as_u16(), 303);
    let to = resp.headers()["location"].to_str().unwrap().to_owned();
    assert!(to.starts_with("/exports/") && !to.contains("cid"), "{to}");
    let shown = expect_text(staff.get(&to).await, 200).await;
    // Attribute values come escaped (`&#x2f;` for `/`).
    let shown = shown.replace("&#x2f;", "/").replace("&amp;", "&");
    let link_at = shown
        .find("/api/v1/exports/")
        .unwrap_or_else(|| panic!("a download link: {shown}"));
    let link: String = shown[link_at..].chars().take_while(|c| *c != '"').collect();
    let rows = csv_rows(&staff.get(&link).await.bytes().await.unwrap());
    assert_eq!(column(&rows, "name"), ["Cid Done"]);
    let after = expect_text(staff.get(&to).await, 200).await;
    assert!(
        !after.contains("download?token"),
        "the link is gone once used"
    );
}
